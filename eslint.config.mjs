import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // Layers point one way (STYLE.md): routes and components read through lib/queries and write through lib/actions.
    files: ['app/**', 'components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/lib/db', '**/lib/db'],
              message: 'Routes and components never import the database client: read through lib/queries/<entity>.ts and write through lib/actions (or a lib function whose client defaults to db).',
            },
          ],
        },
      ],
    },
  },
  globalIgnores(['.next*/**', '**/.next*/**', 'lib/generated/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**', '.data/**']),
]);
