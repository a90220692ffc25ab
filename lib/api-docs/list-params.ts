// The parameters of each list's API (/api/deals…), as zod schemas over the vocabularies the lists'
// parsers accept (lib/filters/*), with an example each. The OpenAPI document is written from these,
// and tests/unit/openapi.test.ts checks every one against the list's own parser.
import { z } from 'zod';
import { exportFormats } from '@/lib/export/respond';
import { dealSorts, flags, MAX_YEAR, MIN_YEAR } from '@/lib/filters/deals';
import { findingActors, findingThemes } from '@/lib/schemas/finding';
import { instrumentSorts, instrumentViews } from '@/lib/filters/instruments';
import { recommendationSorts } from '@/lib/filters/recommendations';
import { sourceSorts } from '@/lib/filters/sources';
import { routing } from '@/lib/i18n/routing';
import type { ListKind } from '@/lib/lists';
import { cooperationTypes, dealDomains, dealStages } from '@/lib/schemas/deal';
import { accessLevels, instrumentKinds, instrumentOwners } from '@/lib/schemas/instrument';
import { actors, recommendationStages } from '@/lib/schemas/recommendation';

export type ParamSpec = { name: string; schema: z.ZodType; example: string | string[] };

/** A parameter that may repeat (`country=PL&country=RO`). */
const many = (item: z.ZodType) => z.array(item);
const text = z.string().max(200);
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(80);
/** A day, today at the latest: a past view's date. */
export const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const listParams: Record<ListKind, ParamSpec[]> = {
  deals: [
    { name: 'q', schema: text, example: 'k9' },
    { name: 'country', schema: many(z.string().regex(/^[A-Za-z]{2}$/)), example: ['PL'] },
    { name: 'organisation', schema: many(slug), example: ['hanwha-aerospace'] },
    { name: 'system', schema: many(z.string().max(120)), example: ['K9'] },
    { name: 'domain', schema: many(z.enum(dealDomains)), example: ['land'] },
    { name: 'type', schema: many(z.enum(cooperationTypes)), example: [cooperationTypes[0]] },
    { name: 'stage', schema: many(z.enum(dealStages)), example: ['contract'] },
    { name: 'from', schema: z.int().min(MIN_YEAR).max(MAX_YEAR), example: '2020' },
    { name: 'to', schema: z.int().min(MIN_YEAR).max(MAX_YEAR), example: '2026' },
    { name: 'localisation', schema: z.enum(flags), example: 'yes' },
    { name: 'transfer', schema: z.enum(flags), example: 'yes' },
    { name: 'sort', schema: z.enum(dealSorts), example: '-value' },
    { name: 'page', schema: z.int().min(1).max(1_000_000), example: '1' },
    { name: 'asof', schema: day, example: '2026-06-30' },
  ],
  instruments: [
    { name: 'q', schema: text, example: 'fund' },
    { name: 'owner', schema: many(z.enum(instrumentOwners)), example: ['EU'] },
    { name: 'kind', schema: many(z.enum(instrumentKinds)), example: [instrumentKinds[0]] },
    { name: 'access', schema: many(z.enum(accessLevels)), example: [accessLevels[0]] },
    { name: 'sort', schema: z.enum(instrumentSorts), example: '-budget' },
    { name: 'view', schema: z.enum(instrumentViews), example: 'table' },
    { name: 'asof', schema: day, example: '2026-06-30' },
  ],
  recommendations: [
    { name: 'q', schema: text, example: 'DIANA' },
    { name: 'stage', schema: many(z.enum(recommendationStages)), example: ['not-assessed'] },
    { name: 'actor', schema: many(z.enum(actors)), example: ['nato'] },
    { name: 'sort', schema: z.enum(recommendationSorts), example: '-progress' },
    { name: 'asof', schema: day, example: '2026-06-30' },
  ],
  sources: [
    { name: 'q', schema: text, example: 'Fiott' },
    { name: 'sort', schema: z.enum(sourceSorts), example: '-date' },
    { name: 'page', schema: z.int().min(1).max(1_000_000), example: '1' },
    { name: 'asof', schema: day, example: '2026-06-30' },
  ],
  findings: [
    { name: 'q', schema: text, example: 'ever-warm' },
    { name: 'actor', schema: many(z.enum(findingActors)), example: ['korea'] },
    { name: 'theme', schema: many(z.enum(findingThemes)), example: ['challenge'] },
  ],
};

/** The export's own parameters, the same for every list. */
export const exportParams: ParamSpec[] = [
  { name: 'format', schema: z.enum(exportFormats), example: 'csv' },
  { name: 'locale', schema: z.enum(routing.locales), example: 'ko' },
];
