#!/usr/bin/env bash
# Starts a throw-away PostgreSQL cluster for the register tests and prints its URL.
#   eval "$(bash scripts/start-test-postgres.sh)"   exports VANBAN_TEST_POSTGRES and VANBAN_TEST_POSTGRES_DATA
# Listens on 127.0.0.1 only (port $VANBAN_TEST_POSTGRES_PORT, default 54329), trust authentication,
# data in $VANBAN_TEST_POSTGRES_DATA (default /tmp/vanban-test-postgres). Nothing stops it: the CI
# machine ends after the run. The tests restart it (pg_ctl restart) to check reconnecting.
set -euo pipefail

port="${VANBAN_TEST_POSTGRES_PORT:-54329}"
data="${VANBAN_TEST_POSTGRES_DATA:-/tmp/vanban-test-postgres}"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
if [[ -z "$bin" ]]; then
  echo "start-test-postgres: PostgreSQL is not installed (scripts/install-deps.sh --test installs it)" >&2
  exit 1
fi

# Run the server tools as the postgres user when we are root (initdb refuses root).
as_postgres() {
  if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if ! "$bin/pg_isready" -q -h 127.0.0.1 -p "$port"; then
  if [[ -f "$data/postmaster.pid" ]]; then as_postgres "$bin/pg_ctl" -D "$data" -m immediate stop >/dev/null 2>&1 || true; fi
  rm -rf "$data"
  mkdir -p "$data"
  [[ "$(id -u)" == 0 ]] && chown postgres: "$data"
  as_postgres "$bin/initdb" -D "$data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
  as_postgres "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 \
    -o "-p $port -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=100" start >/dev/null
fi

echo "export VANBAN_TEST_POSTGRES=postgres://postgres@127.0.0.1:$port/postgres"
echo "export VANBAN_TEST_POSTGRES_DATA=$data"
echo "export VANBAN_TEST_PG_CTL=$bin/pg_ctl"
