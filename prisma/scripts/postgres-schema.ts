// PostgreSQL needs its own Prisma schema (the provider is fixed per schema, and so is the generated
// client), but Ties keeps one data model: prisma/schema.postgres.prisma is derived from
// prisma/schema.prisma by this function, written by `npm run db:migration`, and checked by a test.
import { readFileSync } from 'node:fs';
import { SCHEMA_PATH } from './schema-engine';

const HEADER = `// GENERATED from prisma/schema.prisma by \`npm run db:migration\`: do not edit. Edit schema.prisma and
// run \`npm run db:migration -- <name>\`, which writes the migration for both databases and this file.
// It is committed because it is also the record of what prisma/migrations-postgres builds: the next
// PostgreSQL migration is the difference between this file and the new schema.

`;

/** Replaces exactly one match of `pattern` in `text`, or says which part of the schema is not as expected. */
function replaceOnce(text: string, pattern: RegExp, replacement: string, what: string): string {
  const matches = text.match(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`));
  if (matches?.length !== 1) throw new Error(`prisma/schema.prisma: expected one ${what}, found ${matches?.length ?? 0}.`);
  return text.replace(pattern, replacement);
}

/** The PostgreSQL schema for a SQLite schema: same models, other provider, other client folder. */
export function postgresSchemaText(sqliteSchema: string): string {
  let text = replaceOnce(sqliteSchema, /(datasource\s+\w+\s*\{[^}]*provider\s*=\s*)"sqlite"/, '$1"postgresql"', 'datasource with provider "sqlite"');
  text = replaceOnce(text, /(output\s*=\s*)"\.\.\/lib\/generated\/prisma"/, '$1"../lib/generated/prisma-pg"', 'generator output "../lib/generated/prisma"');
  return HEADER + text;
}

/** What prisma/schema.postgres.prisma should contain for today's prisma/schema.prisma. */
export function expectedPostgresSchema(schemaPath = SCHEMA_PATH): string {
  return postgresSchemaText(readFileSync(schemaPath, 'utf8'));
}
