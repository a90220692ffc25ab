// The findings list: /findings (what the paper finds, in its words) and /api/findings.
import type { FindingFilters } from '@/lib/filters/findings';
import { buildFindingQuery, parseFindingFilters } from '@/lib/filters/findings';
import { translatorFor } from '@/lib/i18n/translator';
import { findingsAsOf, listFindings } from '@/lib/queries/findings';
import { findingColumns } from '@/lib/records/finding';
import { findingFacetList } from './finding-facets';
import { type ListSpec, listOf, wholeRows } from './spec';

export const findingsList: ListSpec<'findings', FindingFilters> = {
  kind: 'findings',
  path: '/findings',
  parse: parseFindingFilters,
  build: buildFindingQuery,
  facets: findingFacetList,
  count: async (f, client) => (await listFindings(f, client)).length,
  describe(f, locale) {
    const t = translatorFor(locale, 'views');
    const words = translatorFor(locale, 'findings');
    const parts: string[] = [];
    if (f.q) parts.push(t('matching', { q: f.q }));
    if (f.actor.length) parts.push(words('describe.actor', { values: listOf(f.actor.map((v) => words(`actor.${v}`))) }));
    if (f.theme.length) parts.push(words('describe.theme', { values: listOf(f.theme.map((v) => words(`theme.${v}`))) }));
    return parts;
  },
  rows: (f, client) => wholeRows(findingColumns, listFindings(f, client)),
  asOf: (client) => findingsAsOf(client),
};
