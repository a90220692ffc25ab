// Prints the URL of a fresh, empty database named $1 on the server TIES_TEST_POSTGRES_URL names,
// dropping any leftover of that name first (its role needs CREATEDB).
import pg from 'pg';

const serverUrl = process.env.TIES_TEST_POSTGRES_URL;
const name = process.argv[2];
if (!serverUrl || !/^[a-z_][a-z0-9_]*$/.test(name ?? '')) {
  console.error('Usage: TIES_TEST_POSTGRES_URL=postgresql://… node tests/postgres/fresh-database.mjs <database_name>');
  process.exit(2);
}
const client = new pg.Client({ connectionString: serverUrl });
await client.connect();
try {
  // An autovacuum worker on a leftover database cannot be ended by a role that is not superuser: retry.
  for (let attempt = 1; ; attempt += 1) {
    try {
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      break;
    } catch (error) {
      if (attempt >= 40 || !['42501', '55006'].includes(error.code)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  // Text sorts by code point, as on SQLite (see the README).
  await client.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C'`);
} finally {
  await client.end();
}
const url = new URL(serverUrl);
url.pathname = `/${name}`;
console.log(url.toString());
