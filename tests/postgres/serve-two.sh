#!/usr/bin/env bash
# Builds the app once and serves it twice, on two ports, against one fresh PostgreSQL database:
# a deployment of N instances behind a load balancer, with N = 2 and no balancer in front.
set -euo pipefail
: "${TIES_TEST_POSTGRES_URL:?set TIES_TEST_POSTGRES_URL to a PostgreSQL server whose role may create databases}"
export NEXT_TELEMETRY_DISABLED=1
# Its own build folder and ports, so it can run beside the SQLite browser tests.
export NEXT_DIST_DIR="${NEXT_DIST_DIR:-.next-pg}"
first="${PG_E2E_PORT:-3400}"
second=$((first + 1))
DATABASE_URL="$(node tests/postgres/fresh-database.mjs "ties_e2e_${first}")"
export DATABASE_URL
npm run -s db:migrate
npm run -s db:seed
TIES_ADMIN_EMAIL=editor@ties.test TIES_ADMIN_NAME='Eda Editor' TIES_ADMIN_PASSWORD='correct horse battery staple' npm run -s user:create-admin </dev/null
npx next build
node_modules/.bin/next start -H 127.0.0.1 -p "$first" &
one=$!
two=
trap 'kill $one $two 2>/dev/null || true' EXIT INT TERM
node -e '
  const url = process.argv[1];
  const deadline = Date.now() + 60_000;
  (async function poll() {
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) return;
    if (Date.now() > deadline) { console.error(`${url} did not answer`); process.exit(1); }
    setTimeout(poll, 250);
  })();
' "http://127.0.0.1:${first}/api/health"
node_modules/.bin/next start -H 127.0.0.1 -p "$second" &
two=$!
# Either instance stopping ends the pair, so a crash is not hidden behind the survivor.
wait -n "$one" "$two"
