// Every interface string exists in both languages, no message is an empty string, and every message
// is used by the source: a key nobody calls fails, and so does a call of a key that does not exist.
import { describe, expect, it } from 'vitest';
import { deal, dealColumns } from '@/lib/records/deal';
import { instrument, instrumentColumns } from '@/lib/records/instrument';
import { recommendationColumns } from '@/lib/records/recommendation';
import { sourceColumns } from '@/lib/records/source';
import { findingColumns } from '@/lib/records/finding';
import { findingActors, findingThemes } from '@/lib/schemas/finding';
import { dealSorts, flags } from '@/lib/filters/deals';
import { instrumentSorts } from '@/lib/filters/instruments';
import { recommendationSorts } from '@/lib/filters/recommendations';
import { cooperationTypes, dealDomains, dealStages, organisationRoles, supplierSides } from '@/lib/schemas/deal';
import { accessLevels, instrumentKinds, instrumentOwners } from '@/lib/schemas/instrument';
import { actors, historyKinds, milestoneFields, milestoneStates, recommendationStages } from '@/lib/schemas/recommendation';
import { organisationKinds, organisationOrigins } from '@/lib/schemas/organisation';
import { sourceKinds } from '@/lib/schemas/source';
import { editors } from '@/lib/records/registry';
import { entities } from '@/lib/editing/types';
import { claimBases } from '@/lib/records/claims';
import { importableKinds } from '@/lib/import/kinds';
import { ANY, type KeyUses, findKeyUses, clientIntlImports } from './support/message-keys';
import { catalogueParts, catalogues } from '@/lib/i18n/messages';

const { en, ko } = catalogues;

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const english = leaves(en as Tree);
const korean = leaves(ko as Tree);

/** The columns a list sorts by: its sort values without the descending sign. */
const sortColumns = (sorts: readonly string[]) => [...new Set(sorts.map((s) => s.replace(/^-/, '')))];
const names = (columns: ReadonlyArray<{ name: string }>) => columns.map((c) => c.name);

/**
 * Keys built from a value the compiler only knows as a string (a column read from the database),
 * and the closed vocabulary that value comes from. A new pattern in the source must be added here.
 */
const vocabularies: Record<string, readonly string[]> = {
  'vocab.domain.*': dealDomains,
  'vocab.cooperationType.*': cooperationTypes,
  'vocab.dealStage.*': dealStages,
  'vocab.organisationRole.*': organisationRoles,
  'vocab.owner.*': instrumentOwners,
  'vocab.instrumentKind.*': instrumentKinds,
  'vocab.accessLevel.*': accessLevels,
  'vocab.accessLevelDefinition.*': accessLevels,
  'vocab.actor.*': actors,
  'vocab.recommendationStage.*': recommendationStages,
  'vocab.recommendationStageDefinition.*': recommendationStages,
  'tracker.kind.*': historyKinds,
  'tracker.milestoneState.*': milestoneStates,
  'tracker.milestoneField.*': milestoneFields,
  'tracker.priorityState.*': ['yes', 'no'],
  'sourcesPage.kind.*': sourceKinds,
  'vocab.organisationKind.*': organisationKinds,
  'vocab.organisationOrigin.*': organisationOrigins,
  // The yes/no facets (localisation, technology transfer) label their values with these.
  'deals.facets.*': flags,
  // A yes / no / not stated field's choices in the record editor (vocab.statedFlag.empty names the empty one).
  'vocab.statedFlag.*': ['true', 'false', 'empty'],
  // What a value rests on, in the record editor's choices and beside each value (empty: none recorded).
  'vocab.claimBasis.*': [...claimBases, 'empty'],
  'vocab.supplierSide.*': [...supplierSides, 'empty'],
  // The values and links a claim names, on the paper's page.
  // A country's claims show on /paper only where the paper states them: its IP4 partnership.
  'basis.field.*': [...Object.keys(deal.table.claims.claimable), ...Object.keys(instrument.table.claims.claimable), 'ip4'],
  'basis.linkKind.*': ['recommendations', 'instruments', 'challenges'],
  'views.sortColumns.deals.*': sortColumns(dealSorts),
  'views.sortColumns.instruments.*': sortColumns(instrumentSorts),
  'views.sortColumns.recommendations.*': sortColumns(recommendationSorts),
  'exports.columns.deals.*': names(dealColumns),
  'exports.columns.instruments.*': names(instrumentColumns),
  'exports.columns.recommendations.*': names(recommendationColumns),
  'exports.columns.sources.*': names(sourceColumns),
  'exports.columns.findings.*': names(findingColumns),
  'findings.actor.*': findingActors,
  'findings.theme.*': findingThemes,
  // Revisions name what happened; forms and histories name each editor's fields. Help is optional
  // (a form shows it where the catalogue has it), so any field may have it.
  'editing.action.*': ['create', 'update', 'retire', 'restore'],
  // A register record's past view names each value of a field that has a vocabulary (components/editing/past-record.tsx).
  'vocab.*': entities.flatMap((entity) =>
    (editors[entity]?.fields ?? []).flatMap((f) => [
      ...(f.vocab?.startsWith('vocab.') ? (f.options ?? []).map((o) => `${f.vocab!.replace(/^vocab\./, '')}.${o}`) : []),
      ...(f.secondVocab?.startsWith('vocab.') ? (f.secondOptions ?? []).map((o) => `${f.secondVocab!.replace(/^vocab\./, '')}.${o}`) : []),
    ]),
  ),
  // The CSV import names the kind of record a file holds.
  'import.kinds.*': importableKinds().map((k) => k.entity),
  ...Object.fromEntries(
    entities.flatMap((entity) => [
      [`editing.fields.${entity}.*`, names(editors[entity]?.fields ?? [])],
      [`editing.help.${entity}.*`, names(editors[entity]?.fields ?? []).filter((field) => english.has(`editing.help.${entity}.${field}`))],
    ]),
  ),
};

describe('messages', () => {
  it('keeps each top-level namespace in one file of a catalogue, so that no file overrides another', () => {
    for (const parts of [catalogueParts.en, catalogueParts.ko]) {
      const namespaces = parts.flatMap((part) => Object.keys(part));
      expect(namespaces.filter((name, i) => namespaces.indexOf(name) !== i)).toEqual([]);
    }
  });

  it('has every English key in Korean, and no Korean key without English', () => {
    expect([...english.keys()].filter((k) => !korean.has(k))).toEqual([]);
    expect([...korean.keys()].filter((k) => !english.has(k))).toEqual([]);
  });

  it('has no empty message', () => {
    expect([...english, ...korean].filter(([, v]) => !v.trim()).map(([k]) => k)).toEqual([]);
  });

  it('uses in Korean no placeholder the English message does not pass', () => {
    const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)(?=[,}])/g)].map((m) => m[1]))].sort();
    // Korean may leave out a plural's count (it does not inflect), but a variable English never passes would break.
    const mismatched = [...english].filter(([k, v]) => placeholders(korean.get(k) ?? '').some((p) => !placeholders(v).includes(p)));
    expect(mismatched.map(([k]) => k)).toEqual([]);
  });
});

describe('message keys in the source', () => {
  // Reading the whole source with the type checker takes a few seconds; do it once.
  let uses: KeyUses;
  const used = () => {
    uses ??= findKeyUses();
    const keys = new Set(uses.keys);
    for (const pattern of uses.patterns.keys()) for (const value of vocabularies[pattern] ?? []) keys.add(pattern.replace(ANY, value));
    return keys;
  };

  it('can read every translator and key', { timeout: 120_000 }, () => {
    used();
    expect(uses.unreadable).toEqual([]);
    const unknown = [...uses.patterns].filter(([pattern]) => !vocabularies[pattern]).map(([pattern, at]) => `${pattern} (${at.join(', ')})`);
    expect(unknown, 'a key built at run time from a value with no known vocabulary: add it to `vocabularies`').toEqual([]);
  });

  it('calls no key that is missing in the messages', { timeout: 120_000 }, () => {
    expect([...used()].filter((k) => !english.has(k)).sort()).toEqual([]);
  });

  it('leaves translation to the server: no client component imports next-intl’s client side', () => {
    // Pages carry no message provider (and no ~12 kB formatter); client components take their
    // words as props, and links read the locale from the address (lib/i18n/link.tsx).
    const { clientFiles, offending } = clientIntlImports();
    expect(clientFiles, 'found no client component: the scan is broken').toBeGreaterThan(5);
    expect(offending).toEqual([]);
  });

  it('has no message that the source never uses', { timeout: 120_000 }, () => {
    const keys = used();
    expect([...english.keys()].filter((k) => !keys.has(k))).toEqual([]);
  });
});
