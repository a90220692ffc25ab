import { getLocale, getTranslations } from 'next-intl/server';
import { SourceLink } from '@/components/ui/source-link';
import { formatMoney } from '@/lib/format';
import type { DealDetail } from '@/lib/queries/deal-detail';

/** The stated value in its own currency, linked to the source of the number, with the source's words. */
export async function DealValue({ deal: d }: { deal: DealDetail }) {
  const locale = await getLocale();
  const t = await getTranslations('dealDetail');
  const common = await getTranslations('common');
  if (d.valueAmount === null || !d.valueCurrency || !d.valueSource) {
    return <span className="text-zinc-600 dark:text-zinc-400">{common('noValue')}</span>;
  }
  const amount = formatMoney(d.valueAmount, d.valueCurrency, locale);
  const footnote = d.valueSource.footnotes[0];
  return (
    <>
      <SourceLink slug={d.valueSource.slug} label={t('valueSourceLabel', { amount, publisher: d.valueSource.publisher ?? d.valueSource.title })}>
        <span data-testid="deal-value">{amount}</span>
      </SourceLink>
      <span className="block text-xs text-zinc-600 dark:text-zinc-400">
        {t('valueWords', { text: d.valueText ?? amount })}
        {footnote ? ` (${common('footnote', { number: footnote.number })})` : ''}
      </span>
    </>
  );
}
