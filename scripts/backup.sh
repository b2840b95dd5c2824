#!/usr/bin/env bash
# Backs up a PCI Tracker database into one pg_dump archive (custom format): every record and every attachment, since
# attachments are stored in PostgreSQL (docs/adr/005). A SHA-256 file is written beside it. See docs/operations.md.
#
# Usage: scripts/backup.sh [DATABASE_URL | DATA_DIRECTORY] [BACKUP_FILE]
#   DATABASE_URL  postgresql://user@host:port/database (a libpq URL; the password from PGPASSWORD or ~/.pgpass).
#   DATA_DIRECTORY the embedded PostgreSQL's data folder (data/local/postgres): with the application stopped, the
#                 folder is archived whole (a cold copy, BACKUP_FILE default backups/pci-tracker-<UTC time>.tar.gz),
#                 since the embedded server ships no pg_dump. Refused while a server runs on it.
#                 Default: $DATABASE_URL, else the application's own SPRING_DATASOURCE_URL (jdbc:postgresql://...),
#                 SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD.
#   BACKUP_FILE   default: backups/pci-tracker-<UTC time>.dump
#   PG_BIN        folder holding pg_dump and pg_restore of the server's major version or newer (default: the PATH's).
set -euo pipefail

tool() { if [ -n "${PG_BIN:-}" ]; then echo "$PG_BIN/$1"; else echo "$1"; fi; }
sha256() { if command -v sha256sum >/dev/null 2>&1; then sha256sum "$@"; else shasum -a 256 "$@"; fi; }

# A cold copy of a stopped embedded server's data folder: every file but the lock, so nothing changes under tar.
backup_data_directory() {
  local data="$1" out="${2:-backups/pci-tracker-$(date -u +%Y%m%dT%H%M%SZ).tar.gz}"
  [ -f "$data/PG_VERSION" ] || { echo "$data is not a PostgreSQL data folder (no PG_VERSION)" >&2; exit 2; }
  if [ -f "$data/postmaster.pid" ] && kill -0 "$(head -n 1 "$data/postmaster.pid")" 2>/dev/null; then
    echo "PostgreSQL is running on $data: stop the application first (its embedded server stops with it)" >&2
    exit 1
  fi
  mkdir -p "$(dirname "$out")"
  local partial="$out.partial"
  trap 'rm -f "$partial"' EXIT
  trap 'echo "Backup FAILED: nothing was written to $out" >&2' ERR
  tar --create --gzip --file="$partial" --exclude=./postmaster.pid --directory="$data" .
  tar --list --gzip --file="$partial" ./PG_VERSION > /dev/null
  mv "$partial" "$out"
  trap - EXIT
  (cd "$(dirname "$out")" && sha256 "$(basename "$out")" > "$(basename "$out").sha256")
  echo "Backup written: $out ($(du -h "$out" | cut -f1), PostgreSQL $(cat "$data/PG_VERSION") data folder)"
}

if [ -n "${1:-}" ] && [ -d "$1" ]; then
  backup_data_directory "$@"
  exit 0
fi
url="${1:-${DATABASE_URL:-}}"
if [ -z "$url" ] && [ -n "${SPRING_DATASOURCE_URL:-}" ]; then
  # jdbc:postgresql://host:port/db?options -> postgresql://host:port/db (JDBC-only options such as currentSchema
  # mean nothing to libpq)
  url="${SPRING_DATASOURCE_URL#jdbc:}"
  url="${url%%\?*}"
  export PGUSER="${PGUSER:-${SPRING_DATASOURCE_USERNAME:-}}"
  export PGPASSWORD="${PGPASSWORD:-${SPRING_DATASOURCE_PASSWORD:-}}"
fi
if [ -z "$url" ]; then
  echo "usage: $0 DATABASE_URL [BACKUP_FILE]   (or set DATABASE_URL or SPRING_DATASOURCE_URL)" >&2
  exit 2
fi
out="${2:-backups/pci-tracker-$(date -u +%Y%m%dT%H%M%SZ).dump}"
mkdir -p "$(dirname "$out")"

# Written under a temporary name and renamed once complete and readable: a failed run never leaves a file that
# looks like a backup.
partial="$out.partial"
trap 'rm -f "$partial"' EXIT
trap 'echo "Backup FAILED: nothing was written to $out" >&2' ERR
"$(tool pg_dump)" --format=custom --compress=6 --no-password --file="$partial" --dbname="$url"
listing=$("$(tool pg_restore)" --list "$partial")
entries=$(printf '%s\n' "$listing" | grep -vc '^;' || true)
mv "$partial" "$out"
trap - EXIT
(cd "$(dirname "$out")" && sha256 "$(basename "$out")" > "$(basename "$out").sha256")
echo "Backup written: $out ($(du -h "$out" | cut -f1), $entries entries, $($(tool pg_dump) --version))"
