// The OpenAPI 3.1 description of Ties' HTTP interface, written from the zod schemas the routes
// validate with (the tracker's change) and answer with (lib/api-docs/responses.ts), and from each
// list's parameters (list-params.ts), in English for /api/openapi.json or Korean for the /ko/api page.
import { z } from 'zod';
import { SESSION_COOKIE } from '@/lib/auth/sessions';
import { chartFormats } from '@/lib/charts/files';
import { translatorFor } from '@/lib/i18n/translator';
import { routing } from '@/lib/i18n/routing';
import { listKinds, type ListKind } from '@/lib/lists';
import { MAX_BODY_BYTES } from '@/lib/api';
import { recommendationChangeSchema } from '@/lib/schemas/recommendation';
import { releasesSchema } from '@/lib/releases/api-schema';
import { type ParamSpec, day, exportParams, listParams } from './list-params';
import { comparisonSchema, registerComparisonSchema, errorSchema, exportSchema, healthSchema, recommendationConflictSchema, recommendationDetailSchema, recommendationSavedSchema } from './responses';

type JsonSchema = Record<string, unknown>;

/** A zod schema as JSON Schema 2020-12 (OpenAPI 3.1's dialect), without its own `$schema`. */
export function jsonSchema(schema: z.ZodType, io: 'input' | 'output' = 'output'): JsonSchema {
  const out = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as JsonSchema;
  // The document names the dialect once (jsonSchemaDialect); each schema need not repeat it.
  delete out.$schema;
  return out;
}

const json = (schema: z.ZodType, description: string) => ({ description, content: { 'application/json': { schema: jsonSchema(schema) } } });

export function openApiDocument(locale: string = routing.defaultLocale) {
  const t = translatorFor(locale, 'apiDocs');
  const r = translatorFor(locale, 'releases');
  const error = (description: string) => json(errorSchema, description);
  const errors = {
    badParams: error(t('responses.badParams')),
    notFound: error(t('responses.notFound')),
    unavailable: error(t('responses.unavailable')),
  };
  const params: Record<string, string> = {
    q: t('params.q'),
    country: t('params.country'),
    organisation: t('params.organisation'),
    system: t('params.system'),
    domain: t('params.domain'),
    type: t('params.type'),
    stage: t('params.stage'),
    from: t('params.from'),
    to: t('params.to'),
    localisation: t('params.localisation'),
    transfer: t('params.transfer'),
    sort: t('params.sort'),
    page: t('params.page'),
    owner: t('params.owner'),
    kind: t('params.kind'),
    access: t('params.access'),
    view: t('params.view'),
    actor: t('params.actor'),
    theme: t('params.theme'),
    format: t('params.format'),
    locale: t('params.locale'),
    asof: t('params.asof'),
  };
  const query = (p: ParamSpec) => {
    const schema = jsonSchema(p.schema, 'input');
    return { name: p.name, in: 'query', required: false, description: params[p.name] ?? p.name, schema, example: p.example, ...(schema.type === 'array' ? { style: 'form', explode: true } : {}) };
  };
  const summaries: Record<ListKind, string> = { deals: t('operations.deals'), instruments: t('operations.instruments'), recommendations: t('operations.recommendations'), sources: t('operations.sources'), findings: t('operations.findings') };
  const listOperation = (kind: ListKind) => ({
    get: {
      operationId: `list-${kind}`,
      tags: ['lists'],
      summary: summaries[kind],
      description: t('operations.listDescription'),
      parameters: [...listParams[kind], ...exportParams].map(query),
      responses: {
        '200': {
          description: t('responses.export'),
          headers: { 'X-Ties-As-Of': { description: t('responses.asOf'), schema: { type: 'string' } } },
          content: {
            'application/json': { schema: jsonSchema(exportSchema(kind)) },
            'text/csv': { schema: { type: 'string' }, description: t('responses.csv') },
          },
        },
        '400': errors.badParams,
        '503': errors.unavailable,
      },
    },
  });
  const number = { name: 'number', in: 'path', required: true, description: t('params.number'), schema: { type: 'integer', minimum: 1, maximum: 10 }, example: 4 };
  const atom = (description: string) => ({ description, content: { 'application/atom+xml': { schema: { type: 'string' } } } });
  const plain = (description: string) => ({ description, content: { 'text/plain': { schema: { type: 'string' } } } });
  // A feed follows a view's filters: its order, page, layout and past day mean nothing to it.
  const feedView = (kind: ListKind) => listParams[kind].filter((p) => !['sort', 'page', 'view', 'asof'].includes(p.name)).map(query);

  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: { title: t('title'), version: '1', description: t('description'), license: { name: t('license'), identifier: 'LicenseRef-Ties' } },
    servers: [{ url: '/' }],
    tags: [
      { name: 'lists', description: t('tags.lists') },
      { name: 'tracker', description: t('tags.tracker') },
      { name: 'feeds', description: t('tags.feeds') },
      { name: 'service', description: t('tags.service') },
      { name: 'releases', description: r('api.tag') },
    ],
    paths: {
      ...Object.fromEntries(listKinds.map((kind) => [`/api/${kind}`, listOperation(kind)])),
      '/api/recommendations/{number}': {
        parameters: [number],
        get: {
          operationId: 'get-recommendation',
          tags: ['tracker'],
          summary: t('operations.recommendation'),
          parameters: [
            { name: 'page', in: 'query', required: false, description: t('params.historyPage'), schema: { type: 'integer', minimum: 1 }, example: 1 },
            { name: 'asof', in: 'query', required: false, description: t('params.asof'), schema: jsonSchema(day), example: '2026-06-30' },
          ],
          responses: { '200': json(recommendationDetailSchema, t('responses.recommendation')), '400': errors.badParams, '404': errors.notFound, '503': errors.unavailable },
        },
        patch: {
          operationId: 'change-recommendation',
          tags: ['tracker'],
          summary: t('operations.change'),
          description: t('operations.changeDescription', { bytes: MAX_BODY_BYTES }),
          security: [{ session: [] }],
          requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(recommendationChangeSchema, 'input') } } },
          responses: {
            '200': json(recommendationSavedSchema, t('responses.saved')),
            '400': error(t('responses.notJson')),
            '401': error(t('responses.signIn')),
            '403': error(t('responses.crossSite')),
            '404': errors.notFound,
            '409': json(recommendationConflictSchema, t('responses.conflict')),
            '413': error(t('responses.tooLarge')),
            '415': error(t('responses.notJsonType')),
            '422': error(t('responses.invalid')),
            '503': errors.unavailable,
          },
        },
      },
      '/api/recommendations/changes': {
        get: {
          operationId: 'compare-days',
          tags: ['tracker'],
          summary: t('operations.compare'),
          parameters: [
            { name: 'from', in: 'query', required: true, description: t('params.fromDay'), schema: jsonSchema(day), example: '2026-06-01' },
            { name: 'to', in: 'query', required: true, description: t('params.toDay'), schema: jsonSchema(day), example: '2026-09-01' },
            { name: 'format', in: 'query', required: false, description: t('params.format'), schema: { type: 'string', enum: ['json', 'csv'] }, example: 'csv' },
          ],
          responses: {
            '200': { description: t('responses.comparison'), content: { 'application/json': { schema: jsonSchema(comparisonSchema) }, 'text/csv': { schema: { type: 'string' }, description: t('responses.csv') } } },
            '400': errors.badParams,
            '503': errors.unavailable,
          },
        },
      },
      '/api/register/changes': {
        get: {
          operationId: 'compare-register-days',
          tags: ['lists'],
          summary: t('operations.compareRegister'),
          parameters: [
            { name: 'from', in: 'query', required: true, description: t('params.fromDay'), schema: jsonSchema(day), example: '2026-06-01' },
            { name: 'to', in: 'query', required: true, description: t('params.toDay'), schema: jsonSchema(day), example: '2026-09-01' },
            { name: 'format', in: 'query', required: false, description: t('params.format'), schema: { type: 'string', enum: ['json', 'csv'] }, example: 'csv' },
          ],
          responses: {
            '200': { description: t('responses.registerComparison'), content: { 'application/json': { schema: jsonSchema(registerComparisonSchema) }, 'text/csv': { schema: { type: 'string' }, description: t('responses.csv') } } },
            '400': errors.badParams,
            '503': errors.unavailable,
          },
        },
      },
      '/api/health': {
        get: {
          operationId: 'health',
          tags: ['service'],
          summary: t('operations.health'),
          responses: { '200': json(healthSchema, t('responses.healthy')), '503': json(healthSchema, t('responses.unhealthy')) },
        },
      },
      '/api/og/{list}': {
        get: {
          operationId: 'preview-card',
          tags: ['service'],
          summary: t('operations.card'),
          parameters: [{ name: 'list', in: 'path', required: true, description: t('params.list'), schema: { type: 'string', enum: [...listKinds] }, example: 'deals' }, query(exportParams[1]!)],
          responses: { '200': { description: t('responses.card'), content: { 'image/png': { schema: { type: 'string', contentMediaType: 'image/png' } } } }, '404': errors.notFound },
        },
      },
      '/api/charts/deals/{chart}': {
        get: {
          operationId: 'deals-chart',
          tags: ['lists'],
          summary: t('operations.chart'),
          parameters: [
            { name: 'chart', in: 'path', required: true, description: t('params.chart'), schema: { type: 'string', pattern: '^(country|year|type|map|value-[A-Z]{3})$' }, example: 'country' },
            { name: 'format', in: 'query', required: false, description: t('params.chartFormat'), schema: { type: 'string', enum: [...chartFormats] }, example: 'svg' },
            query(exportParams[1]!),
            ...listParams.deals.map(query),
          ],
          responses: {
            '200': {
              description: t('responses.chart'),
              content: { 'image/svg+xml': { schema: { type: 'string' } }, 'image/png': { schema: { type: 'string', contentMediaType: 'image/png' } }, 'text/csv': { schema: { type: 'string' } } },
            },
            '400': errors.badParams,
            '404': errors.notFound,
            '503': errors.unavailable,
          },
        },
      },
      '/api/releases': {
        get: { operationId: 'list-releases', tags: ['releases'], summary: r('api.list'), responses: { '200': json(releasesSchema, r('api.listAnswer')), '503': errors.unavailable } },
      },
      '/api/releases/{version}/{file}': {
        get: {
          operationId: 'release-file',
          tags: ['releases'],
          summary: r('api.file'),
          description: r('api.fileDescription'),
          parameters: [
            { name: 'version', in: 'path', required: true, description: r('api.version'), schema: { type: 'string', pattern: '^\\d{4}\\.\\d{1,3}$' }, example: '2026.1' },
            { name: 'file', in: 'path', required: true, description: r('api.fileName'), schema: { type: 'string' }, example: 'ties-2026.1.zip' },
          ],
          responses: {
            '200': {
              description: r('api.fileAnswer'),
              content: {
                'application/zip': { schema: { type: 'string', contentMediaType: 'application/zip' } },
                'application/json': { schema: { type: 'object' } },
                'text/csv': { schema: { type: 'string' } },
                'application/yaml': { schema: { type: 'string' } },
                'application/vnd.sqlite3': { schema: { type: 'string', contentMediaType: 'application/vnd.sqlite3' } },
              },
            },
            '404': errors.notFound,
            '503': errors.unavailable,
          },
        },
      },
      '/api/openapi.json': {
        get: { operationId: 'openapi', tags: ['service'], summary: t('operations.openapi'), responses: { '200': { description: t('responses.openapi'), content: { 'application/json': { schema: { type: 'object' } } } } } },
      },
      '/recommendations/feed.xml': {
        get: {
          operationId: 'feed-recommendations',
          tags: ['feeds'],
          summary: t('operations.feedAll'),
          description: t('operations.feedLanguage'),
          parameters: feedView('recommendations'),
          responses: { '200': atom(t('responses.feed')), '400': plain(t('responses.badParams')), '503': plain(t('responses.unavailable')) },
        },
      },
      '/recommendations/{number}/feed.xml': {
        parameters: [number],
        get: { operationId: 'feed-recommendation', tags: ['feeds'], summary: t('operations.feedOne'), description: t('operations.feedLanguage'), responses: { '200': atom(t('responses.feed')), '404': plain(t('responses.notFound')), '503': plain(t('responses.unavailable')) } },
      },
      ...Object.fromEntries(
        (['deals', 'instruments', 'sources'] as const).map((kind) => [
          `/${kind}/feed.xml`,
          {
            get: {
              operationId: `feed-${kind}`,
              tags: ['feeds'],
              summary: t(`operations.feedList.${kind}`),
              description: t('operations.feedLanguage'),
              parameters: feedView(kind),
              responses: { '200': atom(t('responses.feed')), '400': plain(t('responses.badParams')), '503': plain(t('responses.unavailable')) },
            },
          },
        ]),
      ),
    },
    components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE, description: t('session') } } },
  };
}

export type OpenApiDocument = ReturnType<typeof openApiDocument>;
