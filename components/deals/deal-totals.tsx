import { getLocale, getTranslations } from 'next-intl/server';
import { formatMoney } from '@/lib/format';

type Totals = { perCurrency: Array<{ currency: string; amount: number; deals: number }>; withoutValue: number };

/** Stated value per currency for the whole view (every page), never added across currencies. */
export async function DealTotals({ totals, count }: { totals: Totals; count: number }) {
  const locale = await getLocale();
  const t = await getTranslations('deals.totals');
  return (
    <section aria-labelledby="deal-totals" className="mb-4 rounded border border-zinc-200 p-3 text-sm dark:border-zinc-800">
      <h2 id="deal-totals" className="text-sm font-semibold">
        {t('heading')}
      </h2>
      {count === 0 ? (
        // "Every deal has a stated value" would be true of no deals, and misleading.
        <p className="mt-1" data-testid="deal-totals">
          {t('none')}
        </p>
      ) : (
        <>
          <ul className="mt-1 flex flex-wrap gap-x-6" data-testid="deal-totals">
            {totals.perCurrency.map((c) => (
              <li key={c.currency} data-currency={c.currency}>
                {t('perCurrency', { amount: formatMoney(c.amount, c.currency, locale), count: c.deals })}
              </li>
            ))}
            <li data-currency="none">{t('withoutValue', { count: totals.withoutValue })}</li>
          </ul>
          <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">{t('note')}</p>
        </>
      )}
    </section>
  );
}
