import { getTranslations } from 'next-intl/server';
import { ClaimNote } from '@/components/basis/claim-note';
import { InstrumentBudget, InstrumentPeriod } from '@/components/instruments/instrument-budget';
import type { InstrumentDetail } from '@/lib/queries/instruments';

/** Owner, kind, budget (with the source's own words) and period. */
export async function InstrumentFacts({ instrument: i }: { instrument: InstrumentDetail }) {
  const t = await getTranslations('instrumentDetail');
  const vocab = await getTranslations('vocab');
  const common = await getTranslations('common');
  const row = 'grid gap-1 py-2 sm:grid-cols-[10rem_1fr]';
  // What each value rests on, beside it (components/basis/claim-note.tsx).
  const basis = (field: string) => <ClaimNote claims={i.claims} field={field} cite={`instrument:${i.code}`} />;
  return (
    <section aria-labelledby="facts-heading" className="space-y-2">
      <h2 id="facts-heading">{t('factsHeading')}</h2>
      <dl className="divide-y divide-zinc-200 text-sm dark:divide-zinc-800">
        <div className={row}>
          <dt className="font-medium">{t('owner')}</dt>
          <dd>{vocab(`owner.${i.owner}`)}</dd>
        </div>
        <div className={row}>
          <dt className="font-medium">{t('kind')}</dt>
          <dd>{vocab(`instrumentKind.${i.kind}`)}</dd>
        </div>
        <div className={row}>
          <dt className="font-medium">{t('budget')}</dt>
          <dd className="tabular-nums" data-testid="instrument-budget">
            <InstrumentBudget instrument={i} />
            {basis('budget')}
            {i.budgetText && i.budgetSource ? (
              <span className="block text-xs text-zinc-600 dark:text-zinc-400">
                {t('budgetWords', { text: i.budgetText })}
                {i.budgetSource.footnotes[0] ? ` (${common('footnote', { number: i.budgetSource.footnotes[0].number })})` : ''}
              </span>
            ) : null}
          </dd>
        </div>
        <div className={row}>
          <dt className="font-medium">{t('period')}</dt>
          <dd className="tabular-nums">
            <InstrumentPeriod start={i.periodStart} end={i.periodEnd} />
            {basis('period')}
          </dd>
        </div>
      </dl>
    </section>
  );
}
