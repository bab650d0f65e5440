#!/bin/sh
# tests/e2e/run-store.sh — the SQLite event store through the CLI: ingest is
# idempotent, changed documents and new coder versions replace their events,
# query/series/export work and agree, charts parse as SVG, and faults (not a
# dyad database, read-only location, full disk) fail clearly without leaving
# anything half-written. Needs $DYAD; uses sqlite3 and xmllint when present.
set -u
DYAD=${DYAD:-$PWD/build/dyad}
[ -x "$DYAD" ] || { echo "FAIL: no dyad binary at $DYAD"; exit 1; }
[ -n "${DYAD_DICT:-}" ] || { [ -d "$PWD/dict" ] && export DYAD_DICT="$PWD/dict"; }
# The Phoenix dictionaries in ../shared give a stable set of events to store;
# without them dyad's own dict/ is used (content checks skip if it codes nothing).
SHARED=$PWD/../shared/data/dictionaries
if [ -d "$SHARED/phoenix" ]; then
	set -- --verbs "$SHARED/petrarch1/CAMEO.verbpatterns.150430.txt" \
		--actors "$SHARED/phoenix/Phoenix.Countries.actors.txt" \
		--actors "$SHARED/phoenix/Phoenix.International.actors.txt" \
		--agents "$SHARED/phoenix/Phoenix.agents.txt"
else
	echo "note: ../shared/data/dictionaries absent: using dyad's own dictionaries"
	set --
fi
T=$(mktemp -d /tmp/dyad-store-XXXXXX)
MNT=""
cleanup() {
	[ -n "$MNT" ] && umount "$MNT" 2>/dev/null
	rm -rf "$T"
}
trap cleanup EXIT INT TERM
fails=0
ok() { echo "ok   $*"; }
bad() { echo "FAIL $*"; fails=$((fails + 1)); }
skip() { echo "skip $*"; }
check() { # description command...
	d=$1
	shift
	if "$@"; then ok "$d"; else bad "$d"; fi
}
have() { command -v "$1" >/dev/null 2>&1; }

# corpus: N documents over several weeks from three outlets, wire-style sentences
corpus() { # N [variant]
	awk -v n="$1" -v variant="${2:-}" 'BEGIN {
		s[0] = "North Korea fired a ballistic missile toward Japan on %s, officials said."
		s[1] = "South Korea condemned North Korea over the missile launch."
		s[2] = "The United States accused North Korea of dangerous provocations."
		s[3] = "Russian forces attacked Ukrainian positions near Kharkiv."
		s[4] = "Chinese Foreign Minister Wang Yi met his Russian counterpart in Beijing."
		s[5] = "Japan urged North Korea to return to dialogue."
		split("AP Reuters Yonhap", outlet, " ")
		split("Monday Tuesday Wednesday Thursday Friday", wd, " ")
		for (i = 0; i < n; i++) {
			day = 1 + int(i / 7) % 28; month = 1 + int(i / 196) % 12
			t = sprintf(s[i % 6], wd[1 + i % 5]) " " sprintf(s[(i + 1) % 6], wd[1 + (i + 2) % 5])
			printf "{\"id\":\"doc-%06d\",\"date\":\"2024-%02d-%02d\",\"source\":\"%s\",\"url\":\"https://example.org/%d\",\"text\":\"%s Report %d%s.\"}\n", i, month, day, outlet[1 + i % 3], i, t, i, variant
		}
	}'
}

sq() { sqlite3 -batch -noheader "$@"; }

corpus 300 >"$T/in.jsonl"
DB="$T/events.db"

# 1. ingest, then again: nothing new
"$DYAD" ingest "$@" "$T/in.jsonl" --db "$DB" 2>"$T/ingest1.err"
check "ingest exits 0" [ $? = 0 ]
check "ingest reports 300 documents" grep -q "300 documents coded" "$T/ingest1.err"
"$DYAD" query --db "$DB" --out jsonl | sort >"$T/q1"
"$DYAD" ingest "$@" "$T/in.jsonl" --db "$DB" 2>"$T/ingest2.err"
check "second ingest codes nothing" grep -q "0 documents coded and stored, 0 events, 300 unchanged" "$T/ingest2.err"
"$DYAD" query --db "$DB" --out jsonl | sort >"$T/q2"
check "second ingest changes no event" cmp -s "$T/q1" "$T/q2"
EVENTS=$(wc -l <"$T/q1")
echo "info: $EVENTS events stored from 300 documents"

if have sqlite3; then
	check "300 documents stored" [ "$(sq "$DB" 'SELECT count(*) FROM documents')" = 300 ]
	check "journal is WAL" [ "$(sq "$DB" 'PRAGMA journal_mode')" = wal ]
	check "integrity" [ "$(sq "$DB" 'PRAGMA integrity_check')" = ok ]
else
	skip "sqlite3 shell not installed: document counts not checked"
fi

# 2. a changed text is recoded; a new coder version recodes everything
sed 's/Report 7\./Report 7, updated: Japan condemned North Korea./' "$T/in.jsonl" >"$T/in2.jsonl"
"$DYAD" ingest "$@" "$T/in2.jsonl" --db "$DB" 2>"$T/ingest3.err"
check "one changed document recoded" grep -q "1 documents coded and stored" "$T/ingest3.err"
"$DYAD" ingest "$@" "$T/in2.jsonl" --db "$DB" --coder-version test-v2 2>"$T/ingest4.err"
check "new coder version recodes all" grep -q "300 documents coded and stored" "$T/ingest4.err"
if have sqlite3; then
	check "still 300 documents" [ "$(sq "$DB" 'SELECT count(*) FROM documents')" = 300 ]
	check "every document under the new version" \
		[ "$(sq "$DB" "SELECT count(*) FROM documents WHERE coder = 'test-v2'")" = 300 ]
	check "doc-000007 has its new text" \
		[ "$(sq "$DB" "SELECT count(*) FROM documents WHERE id = 'doc-000007' AND text LIKE '%updated%'")" = 1 ]
fi

# 3. query, series, export
"$DYAD" query --db "$DB" --out jsonl | sort >"$T/q2"
EVENTS=$(wc -l <"$T/q2")
check "query --out csv has a header" sh -c "'$DYAD' query --db '$DB' --out csv | head -n 1 | grep -q '^doc,sentence,date,source'"
check "query --daily --out tsv" sh -c "'$DYAD' query --db '$DB' --daily --out tsv | head -n 1 | grep -q 'mentions'"
"$DYAD" query --db "$DB" --from 2024-02-01 --to 2024-01-01 >/dev/null 2>&1
check "--from after --to is refused" [ $? = 2 ]
"$DYAD" query --db "$DB" --bogus >/dev/null 2>&1
check "unknown option is refused" [ $? = 2 ]
"$DYAD" series --db "$DB" --interval week --metric count >"$T/series.tsv"
check "series exits 0" [ $? = 0 ]
check "series header" sh -c "head -n 1 '$T/series.tsv' | grep -q '^period	count'"
if [ "$EVENTS" -gt 0 ]; then
	total=$(awk -F'\t' 'NR > 1 { s += $2 } END { print s + 0 }' "$T/series.tsv")
	all=$("$DYAD" query --db "$DB" --out tsv | awk 'NR > 1 && $3 != ""' | wc -l)
	check "weekly counts sum to the dated events ($total = $all)" [ "$total" = "$all" ]
	"$DYAD" series --db "$DB" --source PRK --interval month --metric quad --plot "$T/prk.svg" >/dev/null
	check "series --plot writes a chart" [ -s "$T/prk.svg" ]
	if have xmllint; then
		check "chart is well-formed XML" xmllint --noout "$T/prk.svg"
		check "chart has a title, axes and a line per QuadClass" sh -c "
			[ \$(xmllint --xpath 'count(//*[local-name()=\"polyline\"])' '$T/prk.svg') -ge 4 ] &&
			xmllint --xpath 'string(//*[local-name()=\"title\"])' '$T/prk.svg' | grep -q 'source PRK' &&
			[ \$(xmllint --xpath 'count(//*[local-name()=\"line\" and @class=\"axis\"])' '$T/prk.svg') = 2 ]"
	else
		check "chart looks like SVG" grep -q '<svg xmlns' "$T/prk.svg"
	fi
	"$DYAD" export --db "$DB" --format gdelt --output "$T/gdelt.tsv" 2>/dev/null
	if [ $? = 0 ] && [ -s "$T/gdelt.tsv" ]; then
		check "gdelt export has 61 columns on every line" \
			sh -c "awk -F'\t' 'NF != 61 { bad = 1 } END { exit bad }' '$T/gdelt.tsv'"
	else
		skip "gdelt export not available yet"
	fi
	"$DYAD" export --db "$DB" --format phoenix --output "$T/phoenix.tsv" 2>/dev/null
	if [ $? = 0 ] && [ -s "$T/phoenix.tsv" ]; then
		check "phoenix export has 26 columns on every line" \
			sh -c "awk -F'\t' 'NF != 26 { bad = 1 } END { exit bad }' '$T/phoenix.tsv'"
	else
		skip "phoenix export not available yet"
	fi
	"$DYAD" export --db "$DB" --format jsonl --output "$T/all.jsonl"
	check "jsonl export equals query" sh -c "sort '$T/all.jsonl' | cmp -s - '$T/q2'" 
	# one-a-day: the mention counts add up to all events
	m=$("$DYAD" query --db "$DB" --daily --out csv | awk -F, 'NR > 1 { s += $(NF - 3) } END { print s + 0 }')
	check "one-a-day mentions sum to the events ($m = $EVENTS)" [ "$m" = "$EVENTS" ]
else
	skip "the coder produced no events: series/export content checks skipped"
fi
"$DYAD" series --db "$DB" --plot "$T/empty.svg" --source ZZZ >/dev/null
check "an empty series still draws" grep -q 'no events' "$T/empty.svg"

# 4. faults
printf 'these are my notes, not a database\n' >"$T/notes.txt"
cp "$T/notes.txt" "$T/notes.orig"
"$DYAD" ingest "$@" "$T/in.jsonl" --db "$T/notes.txt" 2>"$T/f1.err"
rc=$?
check "ingest into a non-database fails" [ $rc = 1 ]
check "  with a clear message" grep -q "not a dyad database" "$T/f1.err"
check "  and the file is untouched" cmp -s "$T/notes.txt" "$T/notes.orig"
"$DYAD" query --db "$T/notes.txt" >/dev/null 2>"$T/f2.err"
check "query of a non-database fails clearly" grep -q "not a dyad database" "$T/f2.err"
if have sqlite3; then
	sq "$T/other.db" 'CREATE TABLE t(x); INSERT INTO t VALUES (42);'
	cp "$T/other.db" "$T/other.orig"
	"$DYAD" ingest "$@" "$T/in.jsonl" --db "$T/other.db" 2>"$T/f3.err"
	check "another program's SQLite database is refused" grep -q "another application" "$T/f3.err"
	check "  and left as it was" cmp -s "$T/other.db" "$T/other.orig"
fi
"$DYAD" query --db "$T/absent.db" >/dev/null 2>"$T/f4.err"
check "query of a missing database fails" grep -q "no such database" "$T/f4.err"
check "  without creating it" [ ! -e "$T/absent.db" ]

# read-only and full filesystems: small tmpfs mounts when we may mount
MNT="$T/mnt"
mkdir -p "$MNT"
if mount -t tmpfs -o size=64k tmpfs "$MNT" 2>/dev/null; then
	mount -o remount,ro "$MNT"
	"$DYAD" ingest "$@" "$T/in.jsonl" --db "$MNT/new.db" 2>"$T/f5.err"
	rc=$?
	check "ingest on a read-only filesystem fails" [ $rc = 1 ]
	check "  saying why" grep -qi "read-only\|cannot create\|cannot open" "$T/f5.err"
	check "  creating nothing" [ ! -e "$MNT/new.db" ]
	umount "$MNT"
	# an existing store on a filesystem turned read-only: ingest refuses, query works
	mount -t tmpfs -o size=16m tmpfs "$MNT"
	cp "$DB" "$MNT/ro.db"
	mount -o remount,ro "$MNT"
	"$DYAD" ingest "$@" "$T/in2.jsonl" --db "$MNT/ro.db" --coder-version v3 2>"$T/f6.err"
	check "ingest into a read-only database fails" [ $? = 1 ]
	check "  saying it is read-only" grep -qi "read-only" "$T/f6.err"
	n=$("$DYAD" query --db "$MNT/ro.db" 2>"$T/f7.err" | wc -l)
	check "query of a read-only database works ($n events)" [ "$n" = "$EVENTS" ]
	umount "$MNT"
	# full disk: the store dies mid-ingest; what is there is whole, and a
	# rerun with room finishes to exactly the clean result
	corpus 3000 >"$T/big.jsonl"
	"$DYAD" ingest "$@" "$T/big.jsonl" --db "$T/clean.db" --batch 200 2>/dev/null
	mount -t tmpfs -o size=640k tmpfs "$MNT"
	"$DYAD" ingest "$@" "$T/big.jsonl" --db "$MNT/full.db" --batch 200 2>"$T/f8.err"
	rc=$?
	check "ingest on a full disk fails" [ $rc = 1 ]
	check "  saying the disk is full" grep -qi "disk full\|disk is full\|No space" "$T/f8.err"
	if have sqlite3; then
		check "  the database is intact" [ "$(sq "$MNT/full.db" 'PRAGMA integrity_check' 2>/dev/null)" = ok ]
		partial=$(sq "$MNT/full.db" 'SELECT count(*) FROM documents' 2>/dev/null)
		torn=$(sq "$MNT/full.db" "ATTACH '$T/clean.db' AS c;
			SELECT count(*) FROM documents d JOIN c.documents cd ON cd.id = d.id
			WHERE (SELECT count(*) FROM events e WHERE e.doc_pk = d.doc_pk)
			   != (SELECT count(*) FROM c.events ce WHERE ce.doc_pk = cd.doc_pk)" 2>/dev/null)
		check "  holding whole documents only ($partial stored, $torn torn)" [ "$torn" = 0 ]
	fi
	cp "$MNT/full.db" "$T/full.db"
	[ -e "$MNT/full.db-wal" ] && cp "$MNT/full.db-wal" "$T/full.db-wal"
	umount "$MNT"
	"$DYAD" ingest "$@" "$T/big.jsonl" --db "$T/full.db" --batch 200 2>/dev/null
	check "  a rerun with room completes" [ $? = 0 ]
	"$DYAD" query --db "$T/full.db" | sort >"$T/full.q"
	"$DYAD" query --db "$T/clean.db" | sort >"$T/clean.q"
	check "  to exactly the clean run's events" cmp -s "$T/full.q" "$T/clean.q"
	if have sqlite3; then
		check "  and documents" [ "$(sq "$T/full.db" 'SELECT id, hash, coder FROM documents ORDER BY id' | md5sum)" = \
			"$(sq "$T/clean.db" 'SELECT id, hash, coder FROM documents ORDER BY id' | md5sum)" ]
	fi
else
	MNT=""
	skip "cannot mount tmpfs here: read-only and full-disk checks use ulimit instead"
	corpus 3000 >"$T/big.jsonl"
	( trap '' XFSZ; ulimit -f 256; exec "$DYAD" ingest "$@" "$T/big.jsonl" --db "$T/lim.db" --batch 200 ) 2>"$T/f8.err"
	check "ingest past the file size limit fails" [ $? = 1 ]
	check "  saying why" grep -qi "too large\|disk full\|No space" "$T/f8.err"
fi

echo "store: $fails failure(s)"
[ $fails = 0 ]
