#!/bin/sh
# tests/e2e/pg.sh — a throwaway PostgreSQL server for tests.
#   pg.sh start    initdb in a new temporary directory (as the postgres user when
#                  run as root), listen on a unix socket there and on 127.0.0.1 at
#                  a free port, create database "dyad"; prints shell assignments:
#                  PGTMP=<dir> DYAD_PG_URL=postgresql://...   (eval them)
#   pg.sh stop DIR stop that server and remove DIR.
# Exit 77 from start means "cannot run a server here" (callers skip).
set -u
PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}

as_pg() { # run a command as the server's owner
	if [ "$(id -u)" = 0 ]; then
		if command -v runuser >/dev/null 2>&1; then runuser -u postgres -- "$@"
		else su postgres -s /bin/sh -c "$*"; fi
	else
		"$@"
	fi
}

free_port() {
	if command -v python3 >/dev/null 2>&1; then
		python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
	else
		echo $((20000 + $(od -An -N2 -tu2 /dev/urandom) % 40000))
	fi
}

case "${1:-}" in
start)
	if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/initdb" ]; then
		echo "pg.sh: no PostgreSQL server binaries (apt-get install postgresql)" >&2
		exit 77
	fi
	if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
		echo "pg.sh: no postgres user to run the server as" >&2
		exit 77
	fi
	dir=$(mktemp -d /tmp/dyad-pg-XXXXXX) || exit 1
	chmod 755 "$dir"
	[ "$(id -u)" = 0 ] && chown postgres "$dir"
	if ! as_pg "$PGBIN/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 \
		>"$dir/initdb.log" 2>&1; then
		cat "$dir/initdb.log" >&2
		rm -rf "$dir"
		exit 1
	fi
	for attempt in 1 2 3 4 5; do
		port=$(free_port)
		# fsync off: a test server need not survive power loss, only be fast
		if as_pg "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
			-o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off" \
			start >/dev/null 2>&1; then
			break
		fi
		port=""
	done
	if [ -z "$port" ]; then
		cat "$dir/server.log" >&2
		rm -rf "$dir"
		exit 1
	fi
	as_pg "$PGBIN/createdb" -h "$dir" -p "$port" -U postgres dyad >&2 || {
		as_pg "$PGBIN/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1
		rm -rf "$dir"
		exit 1
	}
	echo "PGTMP=$dir"
	echo "PGPORT_DYAD=$port"
	echo "DYAD_PG_URL=postgresql://postgres@127.0.0.1:$port/dyad"
	;;
stop)
	dir=${2:?usage: pg.sh stop DIR}
	case "$dir" in /tmp/dyad-pg-*) ;; *) echo "pg.sh: refusing to remove $dir" >&2; exit 2 ;; esac
	[ -d "$dir/data" ] && as_pg "$PGBIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1
	rm -rf "$dir"
	;;
*)
	echo "usage: pg.sh start | pg.sh stop DIR" >&2
	exit 2
	;;
esac
