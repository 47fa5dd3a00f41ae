#!/usr/bin/env bash
# Creates a new migration for BOTH providers from prisma/models.prisma:
#   scripts/migrate-dev.sh add_feed_etag
# Each provider's migration is computed by `prisma migrate dev --create-only` against a scratch database
# (your own database is not touched), into prisma/sqlite/migrations and prisma/postgres/migrations under
# the same folder name. Then both clients are regenerated. Apply to your database with `npx prisma migrate dev`
# (or `migrate deploy`); review the SQL first.
# PostgreSQL: uses PG_SERVER_URL (or TEST_DATABASE_URL), e.g. postgresql://postgres@127.0.0.1:5432/postgres,
# to create a scratch database; without one it starts a throwaway PostgreSQL 15 cluster under /tmp.
set -euo pipefail
cd "$(dirname "$0")/.."

name=${1:-}
if [[ ! $name =~ ^[A-Za-z0-9_]+$ ]]; then
  echo "usage: $0 MIGRATION_NAME   (letters, digits, underscores)" >&2
  exit 2
fi

prisma() { node node_modules/prisma/build/index.js "$@"; }
export CHECKPOINT_DISABLE=1 PRISMA_HIDE_UPDATE_MESSAGE=1
unset TIDEMARK_PRISMA_PROVIDER

scratch=$(mktemp -d /tmp/tidemark-migrate-dev.XXXXXX)
cleanup_pg=:
created=()
cleanup() {
  local status=$?
  eval "$cleanup_pg" || true
  rm -rf "$scratch"
  # Half a pair is worse than none: on failure, remove what this run created.
  if [[ $status != 0 && ${#created[@]} -gt 0 ]]; then rm -rf "${created[@]}"; echo "removed ${created[*]}" >&2; fi
}
trap cleanup EXIT

newest() { ls -1d "prisma/$1/migrations"/*_"$name" 2>/dev/null | sort | tail -n 1; }

# --- SQLite ---
echo "# SQLite"
DATABASE_URL="file:$scratch/sqlite.db" prisma migrate dev --create-only --name "$name"
sqlite_dir=$(newest sqlite)
[[ -n $sqlite_dir ]] || { echo "no SQLite migration was created" >&2; exit 1; }
created+=("$sqlite_dir")

# --- PostgreSQL ---
server=${PG_SERVER_URL:-${TEST_DATABASE_URL:-}}
if [[ -z $server ]]; then
  pgbin=/usr/lib/postgresql/15/bin
  [[ -x $pgbin/pg_ctl ]] || { echo "PostgreSQL 15 is not installed (apt-get install -y postgresql), or set PG_SERVER_URL" >&2; exit 1; }
  port=${PGPORT_SCRATCH:-55499}
  as_pg() { if [[ $(id -u) == 0 ]]; then su postgres -c "$1"; else bash -c "$1"; fi; }
  [[ $(id -u) == 0 ]] && chown postgres "$scratch"
  as_pg "$pgbin/initdb -D $scratch/pg -A trust -U postgres >/dev/null"
  as_pg "$pgbin/pg_ctl -D $scratch/pg -l $scratch/pg.log -w -o '-p $port -k $scratch -c listen_addresses=127.0.0.1' start >/dev/null"
  cleanup_pg="as_pg '$pgbin/pg_ctl -D $scratch/pg -m immediate stop' >/dev/null 2>&1"
  server="postgresql://postgres@127.0.0.1:$port/postgres"
fi
db="tidemark_migrate_dev_$$"
pg_url=$(node -e 'const u = new URL(process.argv[1]); u.pathname = "/" + process.argv[2]; console.log(u.toString())' "$server" "$db")
echo "# PostgreSQL"
DATABASE_URL=$pg_url prisma migrate dev --create-only --name "$name"
if [[ -n ${PG_SERVER_URL:-${TEST_DATABASE_URL:-}} ]]; then
  node -e 'const pg = require("pg"); const c = new pg.Client({ connectionString: process.argv[1] });
    c.connect().then(() => c.query(`DROP DATABASE IF EXISTS "${process.argv[2]}" WITH (FORCE)`)).finally(() => c.end());' "$server" "$db"
fi
pg_dir=$(newest postgres)
[[ -n $pg_dir ]] || { echo "no PostgreSQL migration was created" >&2; exit 1; }
created+=("$pg_dir")

# Same folder name on both sides, so the histories read alike.
want="prisma/postgres/migrations/$(basename "$sqlite_dir")"
[[ $pg_dir == "$want" ]] || { mv "$pg_dir" "$want"; created[-1]=$want; }

node scripts/generate.mjs >/dev/null
echo
echo "Created $sqlite_dir/migration.sql and $want/migration.sql (clients regenerated)."
echo "Review both, then apply: npx prisma migrate dev (DATABASE_URL picks the provider)."
