// Which editor handles which kind of record, and where each record is shown.
import { localisedPath } from '@/lib/url';
import { countryEditor } from '@/lib/records/country';
import { dealEditor } from './deal';
import { instrumentEditor } from '@/lib/records/instrument';
import { keyFigureEditor } from '@/lib/records/key-figure';
import { organisationEditor } from '@/lib/records/organisation';
import { sourceEditor } from '@/lib/records/source';
import { type AnyEditor, type Entity, entities } from '@/lib/editing/types';

export const editors: Partial<Record<Entity, AnyEditor>> = {
  deal: dealEditor,
  instrument: instrumentEditor,
  source: sourceEditor,
  organisation: organisationEditor,
  country: countryEditor,
  'key-figure': keyFigureEditor,
};

export function editorFor(entity: string): AnyEditor | null {
  return (entities as readonly string[]).includes(entity) ? (editors[entity as Entity] ?? null) : null;
}

/** Where the register page lists each kind that has no page of its own. */
export const registerSections: Partial<Record<Entity, string>> = { organisation: 'organisations', country: 'countries', 'key-figure': 'key-figures' };

/** The record's own page; for kinds without one, its row on the editors' register page. */
export function recordPath(entity: Entity, key: string, locale: string): string {
  const section = registerSections[entity];
  const path =
    entity === 'deal'
      ? `/deals/${key}`
      : entity === 'instrument'
        ? `/instruments/${key}`
        : entity === 'source'
          ? `/sources#${key}`
          : section
            ? `/register#${section}-${key}`
            : historyPath(entity, key);
  return localisedPath(path, locale);
}

/** Where an editor edits a record. */
export function editPath(entity: Entity, key: string): string {
  const section = registerSections[entity];
  if (section) return `/register/${section}/${encodeURIComponent(key)}/edit`;
  return entity === 'deal' ? `/deals/${key}/edit` : entity === 'instrument' ? `/instruments/${key}/edit` : `/sources/${key}/edit`;
}

/** Where a record is shown as it stood on a past day (`?asof=`): its own page, or its history for kinds without one. */
export function pastPath(entity: Entity, key: string): string {
  const pages: Partial<Record<Entity, string>> = { deal: 'deals', instrument: 'instruments', organisation: 'organisations', country: 'countries' };
  const page = pages[entity];
  return page ? `/${page}/${encodeURIComponent(key)}` : historyPath(entity, key);
}

export const historyPath = (entity: Entity, key: string) => `/history/${entity}/${encodeURIComponent(key)}`;
