// The OpenAPI document covers every route under app/api with the methods it exports, its schemas
// are valid JSON Schema 2020-12, and each list's documented parameters are what the list's parser takes.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { exportParams, listParams } from '@/lib/api-docs/list-params';
import { openApiDocument } from '@/lib/api-docs/openapi';
import { toRawParams } from '@/lib/filters/params';
import { listKinds, readView } from '@/lib/lists';

const root = path.resolve(__dirname, '../..');

/** Every route file under app/api, as the path it serves and the methods it exports. */
function apiRoutes(dir = path.join(root, 'app/api')): Array<{ path: string; methods: string[] }> {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return apiRoutes(full);
    if (!/^route\.tsx?$/.test(entry.name)) return [];
    const source = readFileSync(full, 'utf8');
    const methods = [...source.matchAll(/export (?:const|(?:async )?function) (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]!.toLowerCase());
    const route = `/${path.relative(root, path.dirname(full)).replace(/^app\//, '').replace(/\[(\w+)\]/g, '{$1}')}`;
    return [{ path: route, methods }];
  });
}

describe('the OpenAPI document', () => {
  for (const locale of ['en', 'ko']) {
    const doc = openApiDocument(locale);
    it(`(${locale}) describes every route under app/api and each method it exports`, () => {
      const routes = apiRoutes();
      expect(routes.length).toBeGreaterThan(6);
      for (const route of routes) {
        const item = (doc.paths as Record<string, Record<string, unknown>>)[route.path];
        expect(item, route.path).toBeDefined();
        for (const method of route.methods) expect(item?.[method], `${method} ${route.path}`).toBeDefined();
      }
    });

    it(`(${locale}) holds only valid JSON Schema 2020-12`, () => {
      const ajv = new Ajv2020({ strict: false, validateFormats: false });
      let compiled = 0;
      const visit = (node: unknown): void => {
        if (!node || typeof node !== 'object') return;
        for (const [key, value] of Object.entries(node)) {
          if (key === 'schema' && value && typeof value === 'object') {
            ajv.compile(value as object);
            compiled += 1;
          } else visit(value);
        }
      };
      visit(doc.paths);
      expect(compiled).toBeGreaterThan(40);
    });
  }
});

describe('each list’s documented parameters', () => {
  for (const kind of listKinds) {
    it(`${kind}: the list takes each example and every documented value, and drops a key it does not document`, () => {
      for (const p of listParams[kind]) {
        const one = new URLSearchParams();
        for (const v of ([] as string[]).concat(p.example)) one.append(p.name, v);
        // As the API reads a view: a register list's past day (`asof`) is one of its parameters.
        expect(readView(kind, toRawParams(one), { past: true }).dropped, `${p.name}=${String(p.example)}`).toEqual([]);
        const schema = p.schema as unknown as { options?: string[]; element?: { options?: string[] } };
        for (const value of schema.options ?? schema.element?.options ?? []) {
          expect(readView(kind, { [p.name]: value }, { past: true }).dropped, `${p.name}=${value}`).toEqual([]);
        }
      }
      expect(readView(kind, { undocumented: 'x' }, { past: true }).dropped).toEqual([{ key: 'undocumented', value: 'x' }]);
      expect(exportParams.map((p) => p.name)).toEqual(['format', 'locale']);
    });
  }
});
