#!/bin/sh
# tools/cli_docs.sh — regenerate docs/cli.md from each command's --help:
#   tools/cli_docs.sh > docs/cli.md
DYAD=${DYAD:-build/dyad}
cat <<'HEAD'
# dyad command-line reference

Generated from each command's `--help` (`tools/cli_docs.sh > docs/cli.md`). Every command reads
stdin when no file is given, writes stdout, reports problems on stderr as `file:line: problem`,
and exits 0 on success, 1 when some input failed (the rest is still processed), 2 on a usage
error.
HEAD
for c in "" code validate eval dict ingest query series export; do
	printf '\n## dyad %s\n\n```\n' "$c"
	"$DYAD" $c --help 2>&1 | sed 's/[[:space:]]*$//'
	printf '```\n'
done
