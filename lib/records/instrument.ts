// An instrument's flat form: the columns of its export, and the fields of its editor and import.
import { type Column, isoInstant } from './column';

/** What the columns read of an instrument. */
export type InstrumentRow = {
  code: string;
  acronym: string;
  name: string;
  nameKo: string | null;
  owner: string;
  kind: string;
  budgetAmount: number | null;
  budgetCurrency: string | null;
  budgetText: string | null;
  budgetSource: { slug: string } | null;
  periodStart: number | null;
  periodEnd: number | null;
  thirdCountryTerms: string;
  accessLevel: string;
  accessNote: string;
  accessNoteKo: string | null;
  summary: string;
  summaryKo: string | null;
  updatedAt: Date;
};

export const instrumentColumns: Column<InstrumentRow>[] = [
  { name: 'code', value: (i) => i.code },
  { name: 'acronym', value: (i) => i.acronym },
  { name: 'name', value: (i) => i.name },
  { name: 'name_ko', value: (i) => i.nameKo },
  { name: 'owner', value: (i) => i.owner },
  { name: 'kind', value: (i) => i.kind },
  { name: 'budget_amount', value: (i) => i.budgetAmount },
  { name: 'budget_currency', value: (i) => i.budgetCurrency },
  { name: 'budget_text', value: (i) => i.budgetText },
  { name: 'budget_source', value: (i) => i.budgetSource?.slug ?? null },
  { name: 'period_start', value: (i) => i.periodStart },
  { name: 'period_end', value: (i) => i.periodEnd },
  { name: 'third_country_terms', value: (i) => i.thirdCountryTerms },
  { name: 'access_level', value: (i) => i.accessLevel },
  { name: 'access_note', value: (i) => i.accessNote },
  { name: 'access_note_ko', value: (i) => i.accessNoteKo },
  { name: 'summary', value: (i) => i.summary },
  { name: 'summary_ko', value: (i) => i.summaryKo },
  { name: 'updated_at', value: (i) => isoInstant(i.updatedAt) },
  { name: 'url', value: (i, origin) => `${origin}/instruments/${i.code}` },
];
