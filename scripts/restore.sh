#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh into a fresh database: one that does not exist yet (it is created) or
# exists and is empty. Never into a database holding tables: restore beside the damaged one, check it, then point the
# application at it (SPRING_DATASOURCE_URL). All or nothing: one transaction, stopping at the first error.
# See docs/operations.md.
#
# Usage: scripts/restore.sh BACKUP_FILE TARGET_DATABASE_URL
#        scripts/restore.sh BACKUP.tar.gz TARGET_DATA_DIRECTORY   (a cold copy of an embedded server's data folder,
#                         unpacked into a folder that does not exist or is empty; start the application on it with
#                         --app.embedded-postgres.data-directory=TARGET_DATA_DIRECTORY, or move it to data/local/postgres)
#   TARGET_DATABASE_URL  postgresql://user@host:port/new_database (password from PGPASSWORD or ~/.pgpass); the user
#                        needs CREATEDB to create it, and the right to create the unaccent and pg_trgm extensions.
#   PG_BIN               folder holding pg_restore and psql (default: the PATH's).
set -euo pipefail

tool() { if [ -n "${PG_BIN:-}" ]; then echo "$PG_BIN/$1"; else echo "$1"; fi; }
sha256() { if command -v sha256sum >/dev/null 2>&1; then sha256sum "$@"; else shasum -a 256 "$@"; fi; }

if [ $# -ne 2 ]; then
  echo "usage: $0 BACKUP_FILE TARGET_DATABASE_URL" >&2
  exit 2
fi
backup="$1"
url="$2"
[ -f "$backup" ] || { echo "No backup file $backup" >&2; exit 2; }
if [ -f "$backup.sha256" ]; then
  (cd "$(dirname "$backup")" && sha256 --check --quiet "$(basename "$backup").sha256") \
    || { echo "$backup does not match its SHA-256: refusing to restore a damaged backup" >&2; exit 1; }
fi

if [[ "$backup" == *.tar.gz ]]; then
  if [ -e "$url" ] && [ -n "$(ls -A "$url")" ]; then
    echo "$url is not empty: restore into a new folder" >&2
    exit 1
  fi
  mkdir -p "$url"
  trap 'rm -rf "$url"; echo "Restore FAILED: $url was removed" >&2' ERR
  tar --extract --gzip --file="$backup" --directory="$url"
  chmod 700 "$url"
  echo "Restored $backup into $url (PostgreSQL $(cat "$url/PG_VERSION") data folder)"
  exit 0
fi

base="${url%%\?*}"
database="${base##*/}"
if ! [[ "$database" =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]]; then
  echo "The target database name must be letters, digits and _ (got '$database')" >&2
  exit 2
fi
maintenance="${base%/*}/postgres"
psql=("$(tool psql)" --no-psqlrc --no-password --quiet --tuples-only --no-align -v ON_ERROR_STOP=1)

exists=$("${psql[@]}" --dbname="$maintenance" -c "SELECT count(*) FROM pg_database WHERE datname = '$database'")
if [ "$exists" = "1" ]; then
  tables=$("${psql[@]}" --dbname="$url" -c \
    "SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')")
  if [ "$tables" != "0" ]; then
    echo "Database $database already holds $tables tables: restore into a new database" >&2
    exit 1
  fi
else
  "${psql[@]}" --dbname="$maintenance" -c "CREATE DATABASE \"$database\" TEMPLATE template0 ENCODING 'UTF8'"
fi

trap 'echo "Restore FAILED: one transaction, so $database holds nothing of the backup (drop it if this script created it)" >&2' ERR
"$(tool pg_restore)" --no-owner --no-acl --exit-on-error --single-transaction --no-password --dbname="$url" "$backup"
echo "Restored $backup into $database: $("${psql[@]}" --dbname="$url" -c \
  "SELECT (SELECT count(*) FROM issue) || ' recommendations, ' || (SELECT count(*) FROM attachment) || ' attachments'")"
