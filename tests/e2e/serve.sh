#!/usr/bin/env bash
# Builds the app and serves it for the browser tests on a fresh database of their own.
set -euo pipefail
export NEXT_TELEMETRY_DISABLED=1
# One database per port, so two test servers on one machine never share a file.
db=".data/e2e-${E2E_PORT:-3100}.db"
export DATABASE_URL="file:$db"
rm -f "$db" "$db-wal" "$db-shm" "$db-journal"
npm run -s db:migrate
npm run -s db:seed
# The browser tests sign in as this admin (admins can do all an editor can).
TIES_ADMIN_EMAIL=editor@ties.test TIES_ADMIN_NAME='Eda Editor' TIES_ADMIN_PASSWORD='correct horse battery staple' npm run -s user:create-admin </dev/null
npx next build
# Bound to an address, as a server behind a reverse proxy or load balancer is started.
exec npx next start -H 127.0.0.1 -p "${E2E_PORT:-3100}"
