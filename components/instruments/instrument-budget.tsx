import { getLocale, getTranslations } from 'next-intl/server';
import { SourceLink } from '@/components/ui/source-link';
import { formatMoney } from '@/lib/format';

type Budget = {
  budgetAmount: number | null;
  budgetCurrency: string | null;
  budgetText: string | null;
  budgetSource: { slug: string } | null;
};

/** The budget as stated, in its own currency, linked to the source of the number. */
export async function InstrumentBudget({ instrument: i }: { instrument: Budget }) {
  const locale = await getLocale();
  const t = await getTranslations('instrumentsPage');
  if (i.budgetAmount === null || !i.budgetCurrency || !i.budgetSource) {
    return <span className="text-zinc-600 dark:text-zinc-400">{t('noBudget')}</span>;
  }
  const amount = formatMoney(i.budgetAmount, i.budgetCurrency, locale);
  return (
    <SourceLink slug={i.budgetSource.slug} label={t('budgetSourceLabel', { amount, text: i.budgetText ?? amount })}>
      {amount}
    </SourceLink>
  );
}

/** The period in years, as far as it is known. */
export async function InstrumentPeriod({ start, end }: { start: number | null; end: number | null }) {
  const t = await getTranslations('instrumentsPage.period');
  // Years are printed as they are: grouping separators ("2,027") would be wrong.
  const text = start && end ? t('range', { start: String(start), end: String(end) }) : end ? t('until', { end: String(end) }) : start ? t('from', { start: String(start) }) : t('none');
  return <>{text}</>;
}
