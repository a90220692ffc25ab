// A deal's flat form: the columns of its export, and the fields of its editor and import.
import type { DatePrecision } from '@/lib/schemas/common';
import { formatPartialDate } from '@/lib/schemas/common';
import { type Column, isoInstant } from './column';

/** What the columns read of a deal: a stored deal with its links' slugs (the editor's and the export's rows both are). */
export type DealRow = {
  slug: string;
  title: string;
  titleKo: string | null;
  system: string;
  domain: string;
  cooperationType: string;
  stage: string;
  partnerCountryCode: string;
  organisations: ReadonlyArray<{ role: string; organisation: { slug: string } }>;
  date: Date | null;
  datePrecision: string | null;
  valueAmount: number | null;
  valueCurrency: string | null;
  valueText: string | null;
  valueSource: { slug: string } | null;
  localisation: boolean;
  technologyTransfer: boolean;
  summary: string;
  summaryKo: string | null;
  sources: ReadonlyArray<{ slug: string }>;
  updatedAt: Date;
};

export const dealColumns: Column<DealRow>[] = [
  { name: 'slug', value: (d) => d.slug },
  { name: 'title', value: (d) => d.title },
  { name: 'title_ko', value: (d) => d.titleKo },
  { name: 'system', value: (d) => d.system },
  { name: 'domain', value: (d) => d.domain },
  { name: 'cooperation_type', value: (d) => d.cooperationType },
  { name: 'stage', value: (d) => d.stage },
  { name: 'partner_country', value: (d) => d.partnerCountryCode },
  { name: 'organisations', value: (d) => d.organisations.map((o) => `${o.organisation.slug}:${o.role}`) },
  { name: 'date', value: (d) => (d.date ? formatPartialDate(d.date, (d.datePrecision ?? 'day') as DatePrecision) : null) },
  { name: 'value_amount', value: (d) => d.valueAmount },
  { name: 'value_currency', value: (d) => d.valueCurrency },
  { name: 'value_text', value: (d) => d.valueText },
  { name: 'value_source', value: (d) => d.valueSource?.slug ?? null },
  { name: 'localisation', value: (d) => d.localisation },
  { name: 'technology_transfer', value: (d) => d.technologyTransfer },
  { name: 'summary', value: (d) => d.summary },
  { name: 'summary_ko', value: (d) => d.summaryKo },
  { name: 'sources', value: (d) => d.sources.map((s) => s.slug) },
  { name: 'updated_at', value: (d) => isoInstant(d.updatedAt) },
  { name: 'url', value: (d, origin) => `${origin}/deals/${d.slug}` },
];
