#!/bin/sh
# tests/e2e/run-postgres.sh — the PostgreSQL store against a real, throwaway
# server (tests/e2e/pg.sh: initdb in a temporary directory, loopback and a
# unix socket only, stopped on exit): the store unit tests, then the CLI —
# ingest/query/series/export give the same answers as SQLite, re-ingest adds
# nothing, a killed ingest loses and duplicates nothing, a foreign database
# and a refusing server fail clearly. Skips (exit 0) where no server can run.
set -u
DYAD=${DYAD:-$PWD/build/dyad}
BUILD=${BUILD:-build}
HERE=$(cd "$(dirname "$0")" && pwd)
[ -x "$DYAD" ] || { echo "FAIL: no dyad binary at $DYAD"; exit 1; }
[ -n "${DYAD_DICT:-}" ] || { [ -d "$PWD/dict" ] && export DYAD_DICT="$PWD/dict"; }
SHARED=$PWD/../shared/data/dictionaries
if [ -d "$SHARED/phoenix" ]; then
	set -- --verbs "$SHARED/petrarch1/CAMEO.verbpatterns.150430.txt" \
		--actors "$SHARED/phoenix/Phoenix.Countries.actors.txt" \
		--agents "$SHARED/phoenix/Phoenix.agents.txt"
else
	echo "note: ../shared/data/dictionaries absent: using dyad's own dictionaries"
	set --
fi

env=$(sh "$HERE/pg.sh" start)
rc=$?
if [ $rc = 77 ]; then
	echo "skip: cannot start a PostgreSQL server here"
	exit 0
fi
[ $rc = 0 ] || { echo "FAIL: pg.sh start"; exit 1; }
eval "$env"
T=$(mktemp -d /tmp/dyad-pgtest-XXXXXX)
trap 'sh "$HERE/pg.sh" stop "$PGTMP"; rm -rf "$T"' EXIT
trap 'exit 1' INT TERM
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
psql() { "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$PGTMP" -p "$PGPORT_DYAD" -U postgres "$@"; }
echo "server: $DYAD_PG_URL"

fails=0
ok() { echo "ok   $*"; }
bad() { echo "FAIL $*"; fails=$((fails + 1)); }
check() {
	d=$1
	shift
	if "$@"; then ok "$d"; else bad "$d"; fi
}

# 1. the library's own tests, on this server
psql -c 'CREATE DATABASE unit' dyad
if [ -x "$BUILD/tests/test_store" ]; then
	DYAD_TEST_PG_URL="postgresql://postgres@127.0.0.1:$PGPORT_DYAD/unit" "$BUILD/tests/test_store" >"$T/unit.log" 2>&1
	check "unit tests on PostgreSQL" [ $? = 0 ]
	grep -q "skip: DYAD_TEST_PG_URL" "$T/unit.log" && bad "unit tests did not see the server"
else
	echo "skip: $BUILD/tests/test_store not built (make unit)"
fi

# 2. CLI: the same corpus into SQLite and PostgreSQL gives the same answers
awk 'BEGIN {
	s[0] = "North Korea fired a ballistic missile toward Japan, officials said."
	s[1] = "South Korea condemned North Korea over the missile launch."
	s[2] = "The United States accused North Korea of dangerous provocations."
	s[3] = "Russian forces attacked Ukrainian positions near Kharkiv."
	s[4] = "Chinese Foreign Minister Wang Yi met his Russian counterpart in Beijing."
	split("AP Reuters Yonhap", outlet, " ")
	for (i = 0; i < 1500; i++)
		printf "{\"id\":\"p%05d\",\"date\":\"2024-%02d-%02d\",\"source\":\"%s\",\"url\":\"https://example.org/%d\",\"text\":\"%s %s Item \\\\t%d \\u00e9t\\u00e9.\"}\n",
			i, 1 + int(i / 150) % 12, 1 + int(i / 7) % 28, outlet[1 + i % 3], i, s[i % 5], s[(i * 3 + 1) % 5], i
}' >"$T/in.jsonl"
PG=$DYAD_PG_URL
"$DYAD" ingest "$@" "$T/in.jsonl" --db "$PG" --batch 100 2>"$T/i1.err"
check "ingest into PostgreSQL" [ $? = 0 ]
grep 'dyad ingest:' "$T/i1.err"
"$DYAD" ingest "$@" "$T/in.jsonl" --db "$T/ref.db" --batch 100 2>/dev/null
"$DYAD" ingest "$@" "$T/in.jsonl" --db "$PG" 2>"$T/i2.err"
check "re-ingest stores nothing new" grep -q "0 documents coded and stored, 0 events, 1500 unchanged" "$T/i2.err"
"$DYAD" query --db "$PG" --out jsonl | sort >"$T/pg.q"
"$DYAD" query --db "$T/ref.db" --out jsonl | sort >"$T/sq.q"
check "query: PostgreSQL equals SQLite ($(wc -l <"$T/pg.q") events)" cmp -s "$T/pg.q" "$T/sq.q"
for args in "--daily --out csv" "--source PRK --out tsv" "--dyad KOR-PRK --daily --out jsonl" \
	"--root 19 --from 2024-03-01 --to 2024-06-30 --out csv" "--text-contains kharkiv --out tsv" \
	"--target PRK --out tsv" "--target UKR --daily --out csv"; do
	"$DYAD" query --db "$PG" $args | sort >"$T/a"
	"$DYAD" query --db "$T/ref.db" $args | sort >"$T/b"
	check "query $args: same on both" cmp -s "$T/a" "$T/b"
done
for args in "--interval week" "--interval month --metric goldstein" "--source PRK --interval day --metric quad --daily" \
	"--target PRK --interval week"; do
	"$DYAD" series --db "$PG" $args >"$T/a"
	"$DYAD" series --db "$T/ref.db" $args >"$T/b"
	check "series $args: same on both" cmp -s "$T/a" "$T/b"
done
"$DYAD" export --db "$PG" --format gdelt | sort >"$T/a"
"$DYAD" export --db "$T/ref.db" --format gdelt | sort >"$T/b"
check "gdelt export: same on both" cmp -s "$T/a" "$T/b"
n=$(psql -tA -c 'SELECT count(*) FROM documents' dyad)
check "1500 documents in PostgreSQL" [ "$n" = 1500 ]

# 3. a changed document replaces its events atomically
sed 's/Item \\\\t7 /Item \\\\t7 Japan condemned North Korea. /' "$T/in.jsonl" >"$T/in2.jsonl"
"$DYAD" ingest "$@" "$T/in2.jsonl" --db "$PG" 2>"$T/i3.err"
check "changed document recoded" grep -q "1 documents coded and stored" "$T/i3.err"
"$DYAD" ingest "$@" "$T/in2.jsonl" --db "$T/ref.db" 2>/dev/null
"$DYAD" query --db "$PG" --doc p00007 | sort >"$T/a"
"$DYAD" query --db "$T/ref.db" --doc p00007 | sort >"$T/b"
check "its events replaced as on SQLite" cmp -s "$T/a" "$T/b"

# 4. kill -9 during ingest, twice, then finish: equals the clean database
psql -c 'CREATE DATABASE crash' dyad
CR="postgresql://postgres@127.0.0.1:$PGPORT_DYAD/crash"
for ms in 150 400 250; do
	"$DYAD" ingest "$@" "$T/in2.jsonl" --db "$CR" --batch 50 2>/dev/null &
	pid=$!
	sleep "$(awk -v ms="$ms" 'BEGIN { printf "%.3f", ms / 1000 }')"
	kill -KILL $pid 2>/dev/null
	wait $pid 2>/dev/null
	echo "killed at $ms ms: $(psql -tA -c 'SELECT count(*) FROM documents' crash 2>/dev/null || echo 0) documents"
done
"$DYAD" ingest "$@" "$T/in2.jsonl" --db "$CR" --batch 50 2>/dev/null
"$DYAD" query --db "$CR" | sort >"$T/a"
"$DYAD" query --db "$PG" | sort >"$T/b"
check "after kills: the same events as a clean run" cmp -s "$T/a" "$T/b"
d1=$(psql -tA -c 'SELECT md5(string_agg(id || hash || coder, $$,$$ ORDER BY id)) FROM documents' crash)
d2=$(psql -tA -c 'SELECT md5(string_agg(id || hash || coder, $$,$$ ORDER BY id)) FROM documents' dyad)
check "after kills: the same documents, once each" [ "$d1" = "$d2" ]

# 5. faults: a database of another application, a server that refuses
psql -c 'CREATE DATABASE other' dyad
psql -c 'CREATE TABLE documents(x int); INSERT INTO documents VALUES (1)' other
"$DYAD" ingest "$@" "$T/in.jsonl" --db "postgresql://postgres@127.0.0.1:$PGPORT_DYAD/other" 2>"$T/f1.err"
check "another application's database is refused" [ $? = 1 ]
check "  clearly" grep -q "not a dyad database" "$T/f1.err"
check "  and left alone" [ "$(psql -tA -c 'SELECT count(*) FROM documents' other)" = 1 ]
check "  (no dyad tables added)" [ "$(psql -tA -c "SELECT count(*) FROM pg_tables WHERE tablename IN ('events', 'dyad_meta')" other)" = 0 ]
"$DYAD" ingest "$@" "$T/in.jsonl" --db "postgresql://dyad:secret@127.0.0.1:1/dyad?connect_timeout=3" 2>"$T/f2.err"
check "a refusing server fails" [ $? = 1 ]
check "  saying it cannot connect" grep -q "cannot connect" "$T/f2.err"
check "  without printing the password" sh -c "! grep -q secret '$T/f2.err'"
"$DYAD" query --db "postgresql://postgres@127.0.0.1:$PGPORT_DYAD/nosuchdb" >/dev/null 2>"$T/f3.err"
check "a missing database fails clearly" grep -q "nosuchdb" "$T/f3.err"

echo "postgres: $fails failure(s)"
[ $fails = 0 ]
