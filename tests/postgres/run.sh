#!/usr/bin/env bash
# The PostgreSQL half of the tests: the Vitest files that open a database, again, with
# createTempDatabase on a real server, then two production instances on one database in a real
# browser. Needs TIES_TEST_POSTGRES_URL.
set -euo pipefail
if [ -z "${TIES_TEST_POSTGRES_URL:-}" ]; then
  if [ -n "${CI:-}" ]; then
    echo 'TIES_TEST_POSTGRES_URL is not set: CI must test PostgreSQL too (see .ci/run).' >&2
    exit 1
  fi
  echo 'Skipping the PostgreSQL tests: set TIES_TEST_POSTGRES_URL=postgresql://user:password@127.0.0.1:5432/db (a role that may create databases).'
  exit 0
fi
# Only the files that open a database: the others ran already in test:unit and would test nothing new.
mapfile -t files < <(grep -l -e createTempDatabase -e testPostgresUrl tests/unit/*.test.ts)
TIES_TEST_DATABASE=postgresql npx vitest run "${files[@]}"
npx playwright test --config playwright.postgres.config.ts
