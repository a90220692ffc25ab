// The instruments list: /instruments and /api/instruments.
import { cachedRead } from '@/lib/cache/read-cache';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { DEFAULT_INSTRUMENT_SORT, DEFAULT_INSTRUMENT_VIEW, type InstrumentFilters, buildInstrumentQuery, parseInstrumentFilters } from '@/lib/filters/instruments';
import { translatorFor } from '@/lib/i18n/translator';
import { listInstruments } from '@/lib/queries/instruments';
import { instrumentColumns } from '@/lib/records/instrument';
import { instrumentFacetList } from './instrument-facets';
import { type ListFollow, type ListSpec, listOf, sortPart, wholeRows } from './spec';

export const instrumentsList: ListSpec<'instruments', InstrumentFilters> = {
  kind: 'instruments',
  path: '/instruments',
  parse: parseInstrumentFilters,
  build: buildInstrumentQuery,
  facets: instrumentFacetList,
  count: async (f, client) => (await listInstruments(f, client)).length,
  describe(f, locale) {
    const t = translatorFor(locale, 'views');
    const vocab = translatorFor(locale, 'vocab');
    const columns = translatorFor(locale, 'views.sortColumns.instruments');
    const parts: string[] = [];
    if (f.q) parts.push(t('matching', { q: f.q }));
    if (f.owner.length) parts.push(t('instruments.owner', { values: listOf(f.owner.map((v) => vocab(`owner.${v}`))) }));
    if (f.kind.length) parts.push(t('instruments.kind', { values: listOf(f.kind.map((v) => vocab(`instrumentKind.${v}`))) }));
    if (f.access.length) parts.push(t('instruments.access', { values: listOf(f.access.map((v) => vocab(`accessLevel.${v}`))) }));
    parts.push(...sortPart(t, f.sort, DEFAULT_INSTRUMENT_SORT, (c) => columns(c)));
    return parts;
  },
  rows: (f, client) => wholeRows(instrumentColumns, listInstruments(f, client)),
  asOf: cachedRead('instruments.asOf', ['register'], async (client: PrismaClient) => (await client.instrument.aggregate({ _max: { updatedAt: true } }))._max.updatedAt),
};

export const instrumentFollow: ListFollow<InstrumentFilters> = {
  entity: 'instrument',
  follow: (f) => ({ ...f, sort: DEFAULT_INSTRUMENT_SORT, view: DEFAULT_INSTRUMENT_VIEW, asof: undefined }),
  // Tens of instruments: the list itself says which it holds.
  inView: async (f, codes, client) => {
    const wanted = new Set(codes);
    return (await listInstruments(f, client)).filter((i) => wanted.has(i.code)).map((i) => ({ key: i.code, title: `${i.acronym}: ${i.name}`, titleKo: i.nameKo ? `${i.acronym}: ${i.nameKo}` : null }));
  },
  href: (code) => `/instruments/${code}`,
};
