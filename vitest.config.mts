// Unit tests only; the browser tests under tests/e2e belong to Playwright.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.dirname(fileURLToPath(import.meta.url)) } },
  test: {
    environment: 'node',
    include: ['tests/unit/**/*.test.ts'],
    globalSetup: ['tests/setup/node20.ts'],
    // Starting the Wasm schema engine and building a database from the migrations takes seconds.
    testTimeout: 30_000,
    // A test file's beforeAll migrates and seeds a database: on PostgreSQL, over many round trips.
    hookTimeout: 60_000,
  },
});
