#!/bin/sh
# tools/install-deps.sh — install the Debian packages dyad builds and tests with,
# only those missing. Versions are pinned by Debian 12 (bookworm) itself.
set -e
PKGS="build-essential pkg-config libicu-dev zlib1g-dev libsqlite3-dev libpq-dev libcmocka-dev
      wordnet-base iso-codes sqlite3 postgresql python3 libxml2-utils time clang"
missing=""
for p in $PKGS; do
	dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "installing:$missing" >&2
SUDO=""
[ "$(id -u)" = 0 ] || SUDO=sudo
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
