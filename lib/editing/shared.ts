// Pieces the record editors (lib/records) share: whole numbers, reference checks, the choices of
// sources and countries, and keeping deals' search text current.
import { dealSearchText } from '@/lib/search';
import type { Db, FieldErrors, Option } from './types';

/** A whole number (a year), or undefined when empty; reported when it is not one. */
export function checkWhole(value: number | undefined, field: string, errors: FieldErrors): number | undefined {
  if (value !== undefined && Number.isFinite(value) && !Number.isInteger(value)) (errors[field] ??= []).push({ code: 'number' });
  return value;
}

/** The slugs among `wanted` that are not sources in the register. */
export async function missingSources(db: Db, wanted: string[]): Promise<string[]> {
  const unique = [...new Set(wanted.filter(Boolean))];
  if (!unique.length) return [];
  const found = await db.source.findMany({ where: { slug: { in: unique } }, select: { slug: true } });
  return unique.filter((s) => !found.some((f) => f.slug === s));
}

export const unknown = (values: string[]) => [{ code: 'unknown' as const, params: { values: values.join(', ') } }];

/** Sources an editor can cite: the ones still in the bibliography. */
export async function sourceOptions(db: Db): Promise<Option[]> {
  const sources = await db.source.findMany({ where: { retiredAt: null }, orderBy: { id: 'asc' }, select: { slug: true, title: true, publisher: true } });
  return sources.map((s) => ({ value: s.slug, label: `${s.title}${s.publisher ? ` (${s.publisher})` : ''}` }));
}

export async function countryOptions(db: Db): Promise<Option[]> {
  const countries = await db.country.findMany({ orderBy: { name: 'asc' }, select: { code: true, name: true } });
  return countries.map((c) => ({ value: c.code, label: `${c.name} (${c.code})` }));
}

/**
 * A deal's search text includes its country's and organisations' names (as the seed and the deal
 * editor build it), so renaming either rebuilds the search text of the deals that name it.
 */
export async function refreshDealSearchText(db: Db, where: { partnerCountryCode: string } | { organisationId: number }) {
  const deals = await db.deal.findMany({
    where: 'partnerCountryCode' in where ? where : { organisations: { some: { organisationId: where.organisationId } } },
    include: { partnerCountry: true, organisations: { include: { organisation: true }, orderBy: { organisationId: 'asc' } } },
  });
  for (const d of deals) {
    const searchText = dealSearchText({ ...d, country: d.partnerCountry, organisations: d.organisations.map((o) => o.organisation) });
    if (searchText !== d.searchText) await db.deal.update({ where: { id: d.id }, data: { searchText } });
  }
}

/** The ids behind the source slugs a record cites, read at once, as the `Refs` its row and links take. */
export async function sourceRefs(db: Db, slugs: readonly string[]): Promise<{ sourceId(slug: string): number }> {
  const found = slugs.length ? await db.source.findMany({ where: { slug: { in: [...new Set(slugs)] } }, select: { id: true, slug: true } }) : [];
  const ids = new Map(found.map((s) => [s.slug, s.id]));
  return {
    sourceId(slug) {
      const id = ids.get(slug);
      if (id === undefined) throw new Error(`Unknown source "${slug}"`);
      return id;
    },
  };
}
