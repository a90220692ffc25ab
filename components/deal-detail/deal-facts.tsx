import { getLocale, getTranslations } from 'next-intl/server';
import { ClaimNote } from '@/components/basis/claim-note';
import { LocalisedText } from '@/components/ui/localised-text';
import { SourceLink } from '@/components/ui/source-link';
import { formatPartial } from '@/lib/format';
import type { DealDetail } from '@/lib/queries/deal-detail';
import { DealValue } from './deal-value';

/** Every field of a deal, as a description list. */
export async function DealFacts({ deal: d }: { deal: DealDetail }) {
  const locale = await getLocale();
  const t = await getTranslations('dealDetail');
  const vocab = await getTranslations('vocab');
  const common = await getTranslations('common');

  // A deal's date has no source of its own: it is the date of the event that made it, so it links
  // to that event's source where one matches to the deal's precision, and to the deal's sources otherwise.
  const date = d.date && d.datePrecision ? formatPartial(d.date, d.datePrecision, locale) : null;
  const dateEvent = date ? d.events.find((e) => formatPartial(e.date, d.datePrecision ?? 'day', locale) === date) : undefined;
  // Yes, no, or not stated: where the source does not say, neither is shown.
  const flag = (on: boolean | null, help: string, field: string) => (
    <>
      <span className="font-medium">{vocab(`statedFlag.${on === null ? 'empty' : String(on)}`)}</span>
      {basis(field)}
      <span className="block text-xs text-zinc-600 dark:text-zinc-400">{help}</span>
    </>
  );

  // What each value rests on, beside it (components/basis/claim-note.tsx).
  const basis = (field: string) => <ClaimNote claims={d.claims} field={field} cite={`deal:${d.slug}`} />;

  // `as const` keeps each key a literal, so the message keys below are known at compile time.
  const rows = [
    { key: 'system', value: <LocalisedText locale={locale} en={d.system} ko={d.systemKo} /> },
    { key: 'domain', value: vocab(`domain.${d.domain}`) },
    { key: 'cooperationType', value: vocab(`cooperationType.${d.cooperationType}`) },
    {
      key: 'partnerCountry',
      value: (
        <>
          <LocalisedText locale={locale} en={d.partnerCountry.name} ko={d.partnerCountry.nameKo} />
          {basis('partnerCountry')}
        </>
      ),
    },
    {
      key: 'supplierSide',
      value: (
        <>
          {vocab(`supplierSide.${d.supplierSide ?? 'empty'}`)}
          {basis('supplierSide')}
        </>
      ),
    },
    {
      key: 'workCountry',
      value: (
        <>
          {d.workCountry ? <LocalisedText locale={locale} en={d.workCountry.name} ko={d.workCountry.nameKo} /> : vocab('statedFlag.empty')}
          {basis('workCountry')}
        </>
      ),
    },
    {
      key: 'value',
      value: (
        <>
          <DealValue deal={d} />
          {basis('value')}
        </>
      ),
    },
    {
      key: 'date',
      value: !date ? (
        common('undated')
      ) : (
        <>
          {dateEvent ? (
            <SourceLink slug={dateEvent.source.slug} label={t('dateSourceLabel', { date })}>
              {date}
            </SourceLink>
          ) : (
            <a href="#sources">{date}</a>
          )}
          {basis('date')}
        </>
      ),
    },
    {
      key: 'stage',
      value: (
        <>
          {d.stage ? vocab(`dealStage.${d.stage}`) : vocab('dealStage.empty')}
          {basis('stage')}
        </>
      ),
    },
    { key: 'localisation', value: flag(d.localisation, t('localisationHelp'), 'localisation') },
    { key: 'technologyTransfer', value: flag(d.technologyTransfer, t('transferHelp'), 'technologyTransfer') },
    { key: 'updated', value: formatPartial(d.updatedAt, 'day', locale) },
  ] as const;

  return (
    <section aria-labelledby="facts-heading" className="space-y-2">
      <h2 id="facts-heading">{t('factsHeading')}</h2>
      <dl className="divide-y divide-zinc-200 text-sm dark:divide-zinc-800">
        {rows.map((r) => (
          <div key={r.key} className="grid gap-1 py-2 sm:grid-cols-[12rem_1fr]" data-field={r.key}>
            <dt className="font-medium">{t(`fields.${r.key}`)}</dt>
            <dd className="tabular-nums">{r.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
