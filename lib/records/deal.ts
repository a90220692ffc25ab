// A deal's flat form: the columns of its export, and the fields of its editor and import.
import { type DatePrecision, formatPartialDate, parsePartialDate } from '@/lib/schemas/common';
import type { DealData } from '@/lib/schemas/deal';
import { dealSearchText } from '@/lib/search';
import { type Column, isoInstant } from './column';

type Named = { name: string; nameKo?: string | null };

/**
 * A parsed deal as its database row (without its slug and links), given what it points at: its
 * value's source id, and its country's and organisations' names for the search text. The seed and
 * the deal editor both write deals through this.
 */
export function dealRow(d: DealData, refs: { valueSourceId: number | null; country: Named; organisations: readonly Named[] }) {
  const when = d.date ? parsePartialDate(d.date) : null;
  return {
    title: d.title,
    titleKo: d.titleKo ?? null,
    system: d.system,
    domain: d.domain,
    cooperationType: d.cooperationType,
    partnerCountryCode: d.partnerCountry,
    valueAmount: d.value?.amount ?? null,
    valueCurrency: d.value?.currency ?? null,
    valueText: d.value?.text ?? null,
    valueSourceId: refs.valueSourceId,
    date: when?.date ?? null,
    datePrecision: when?.precision ?? null,
    year: when ? when.date.getUTCFullYear() : null,
    stage: d.stage,
    localisation: d.localisation,
    technologyTransfer: d.technologyTransfer,
    summary: d.summary,
    summaryKo: d.summaryKo ?? null,
    searchText: dealSearchText({ ...d, country: refs.country, organisations: refs.organisations }),
  };
}

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
