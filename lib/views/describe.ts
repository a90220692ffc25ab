// A one-line description of a list view ("Deals · partner: Poland · since 2024 · by value"),
// used above the results, in the page title, the link preview, the Open Graph card and exports.
import { oncePerRequest } from '@/lib/cache/per-request';
import { db } from '@/lib/db';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { DEFAULT_DEAL_SORT, type DealFilters } from '@/lib/filters/deals';
import { DEFAULT_INSTRUMENT_SORT, type InstrumentFilters } from '@/lib/filters/instruments';
import { DEFAULT_RECOMMENDATION_SORT, type RecommendationFilters } from '@/lib/filters/recommendations';
import { DEFAULT_SOURCE_SORT, type SourceFilters } from '@/lib/filters/sources';
import { localised } from '@/lib/format';
import { type Translate, translatorFor } from '@/lib/i18n/translator';
import type { ListFilters, ListKind } from './lists';

export type ViewDescription = { title: string; parts: string[]; line: string };

const SEPARATOR = ' · ';

/** "by value, descending"; nothing for the list's default order. */
function sortPart(t: Translate, sort: string, defaultSort: string, column: (key: string) => string): string[] {
  if (sort === defaultSort) return [];
  const descending = sort.startsWith('-');
  return [t(descending ? 'sortDescending' : 'sortAscending', { column: column(sort.replace(/^-/, '')) })];
}

const listOf = (values: string[]) => values.join(', ');

async function dealParts(f: DealFilters, locale: string, t: Translate, client: PrismaClient): Promise<string[]> {
  const vocab = translatorFor(locale, 'vocab');
  const columns = translatorFor(locale, 'views.sortColumns.deals');
  const [countries, organisations] = await Promise.all([
    f.country.length ? client.country.findMany({ where: { code: { in: f.country } }, select: { code: true, name: true, nameKo: true } }) : [],
    f.organisation.length
      ? client.organisation.findMany({ where: { slug: { in: f.organisation } }, select: { slug: true, name: true, nameKo: true } })
      : [],
  ]);
  const countryName = (code: string) => {
    const c = countries.find((x) => x.code === code);
    return c ? localised(locale, c.name, c.nameKo).text : code;
  };
  const organisationName = (slug: string) => {
    const o = organisations.find((x) => x.slug === slug);
    return o ? localised(locale, o.name, o.nameKo).text : slug;
  };
  const parts: string[] = [];
  if (f.q) parts.push(t('matching', { q: f.q }));
  if (f.country.length) parts.push(t('deals.country', { values: listOf(f.country.map(countryName)) }));
  if (f.organisation.length) parts.push(t('deals.organisation', { values: listOf(f.organisation.map(organisationName)) }));
  if (f.system.length) parts.push(t('deals.system', { values: listOf(f.system) }));
  if (f.domain.length) parts.push(t('deals.domain', { values: listOf(f.domain.map((v) => vocab(`domain.${v}`))) }));
  if (f.type.length) parts.push(t('deals.type', { values: listOf(f.type.map((v) => vocab(`cooperationType.${v}`))) }));
  if (f.stage.length) parts.push(t('deals.stage', { values: listOf(f.stage.map((v) => vocab(`dealStage.${v}`))) }));
  if (f.from !== undefined && f.to !== undefined) parts.push(f.from === f.to ? t('deals.inYear', { year: f.from }) : t('deals.years', { from: f.from, to: f.to }));
  else if (f.from !== undefined) parts.push(t('deals.since', { year: f.from }));
  else if (f.to !== undefined) parts.push(t('deals.until', { year: f.to }));
  if (f.localisation) parts.push(t(`deals.localisation.${f.localisation}`));
  if (f.transfer) parts.push(t(`deals.transfer.${f.transfer}`));
  parts.push(...sortPart(t, f.sort, DEFAULT_DEAL_SORT, (c) => columns(c)));
  if (f.page > 1) parts.push(t('page', { page: f.page }));
  return parts;
}

function instrumentParts(f: InstrumentFilters, locale: string, t: Translate): string[] {
  const vocab = translatorFor(locale, 'vocab');
  const columns = translatorFor(locale, 'views.sortColumns.instruments');
  const parts: string[] = [];
  if (f.q) parts.push(t('matching', { q: f.q }));
  if (f.owner.length) parts.push(t('instruments.owner', { values: listOf(f.owner.map((v) => vocab(`owner.${v}`))) }));
  if (f.kind.length) parts.push(t('instruments.kind', { values: listOf(f.kind.map((v) => vocab(`instrumentKind.${v}`))) }));
  if (f.access.length) parts.push(t('instruments.access', { values: listOf(f.access.map((v) => vocab(`accessLevel.${v}`))) }));
  parts.push(...sortPart(t, f.sort, DEFAULT_INSTRUMENT_SORT, (c) => columns(c)));
  return parts;
}

function recommendationParts(f: RecommendationFilters, locale: string, t: Translate): string[] {
  const vocab = translatorFor(locale, 'vocab');
  const columns = translatorFor(locale, 'views.sortColumns.recommendations');
  const parts: string[] = [];
  if (f.q) parts.push(t('matching', { q: f.q }));
  if (f.stage.length) parts.push(t('recommendations.stage', { values: listOf(f.stage.map((v) => vocab(`recommendationStage.${v}`))) }));
  if (f.actor.length) parts.push(t('recommendations.actor', { values: listOf(f.actor.map((v) => vocab(`actor.${v}`))) }));
  parts.push(...sortPart(t, f.sort, DEFAULT_RECOMMENDATION_SORT, (c) => columns(c)));
  return parts;
}

function sourceParts(f: SourceFilters, locale: string, t: Translate): string[] {
  const sorts = translatorFor(locale, 'sourcesPage.sort');
  const parts: string[] = [];
  if (f.q) parts.push(t('matching', { q: f.q }));
  if (f.sort !== DEFAULT_SOURCE_SORT) parts.push(sorts(f.sort));
  if (f.page > 1) parts.push(t('page', { page: f.page }));
  return parts;
}

/**
 * Describes a view in the reader's language. Reads the names of chosen countries and firms. Once per
 * request: the page's title, its toolbar's citation and its embed code all ask for the same words.
 */
export const describeView = oncePerRequest('views.describe', describeViewNow) as typeof describeViewNow;

async function describeViewNow<K extends ListKind>(kind: K, filters: ListFilters[K], locale: string, client: PrismaClient = db): Promise<ViewDescription> {
  const t = translatorFor(locale, 'views');
  const nav = translatorFor(locale, 'nav');
  const title = nav(kind);
  let parts: string[];
  switch (kind) {
    case 'deals':
      parts = await dealParts(filters as DealFilters, locale, t, client);
      break;
    case 'instruments':
      parts = instrumentParts(filters as InstrumentFilters, locale, t);
      break;
    case 'recommendations':
      parts = recommendationParts(filters as RecommendationFilters, locale, t);
      break;
    default:
      parts = sourceParts(filters as SourceFilters, locale, t);
  }
  return { title, parts, line: [title, ...parts].join(SEPARATOR) };
}
