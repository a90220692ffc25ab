import { getLocale, getTranslations } from 'next-intl/server';
import { LocalisedText } from '@/components/ui/localised-text';
import { Link } from '@/lib/i18n/navigation';
import { instrumentOwners } from '@/lib/schemas/instrument';
import type { InstrumentListItem } from '@/lib/queries/instruments';
import { fromParam } from '@/lib/views/back-link';
import { AccessLevel } from './access-level';
import { InstrumentBudget, InstrumentPeriod } from './instrument-budget';

/** The same instruments as cards, EU and NATO in two columns side by side (stacked on phones). */
/** `query`: the list view's query string, carried to each instrument's page for its way back. */
export async function InstrumentCards({ rows, query = '' }: { rows: InstrumentListItem[]; query?: string }) {
  const locale = await getLocale();
  const t = await getTranslations('instrumentsPage');
  const vocab = await getTranslations('vocab');
  const groups = instrumentOwners.map((owner) => ({ owner, rows: rows.filter((r) => r.owner === owner) })).filter((g) => g.rows.length);

  return (
    <div className="grid gap-6 lg:grid-cols-2" data-testid="instrument-cards">
      {groups.map((g) => (
        <section key={g.owner} aria-labelledby={`owner-${g.owner}`}>
          <h2 id={`owner-${g.owner}`} className="mb-3">
            {t('ownerGroup', { owner: vocab(`owner.${g.owner}`), count: g.rows.length })}
          </h2>
          <ul className="space-y-4">
            {g.rows.map((i) => (
              <li key={i.code}>
                <article
                  aria-labelledby={`card-${i.code}`}
                  className="break-inside-avoid rounded-lg border border-zinc-200 p-4 dark:border-zinc-800"
                  data-testid="instrument-card"
                >
                  <h3 id={`card-${i.code}`} className="text-base font-semibold">
                    <Link href={`/instruments/${i.code}${fromParam('instruments', query)}`}>{i.acronym}</Link>
                    <span className="block text-sm font-normal text-zinc-600 dark:text-zinc-400">
                      <LocalisedText locale={locale} en={i.name} ko={i.nameKo} />
                    </span>
                  </h3>
                  <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
                    {vocab(`owner.${i.owner}`)} · {vocab(`instrumentKind.${i.kind}`)}
                  </p>
                  <dl className="mt-3 space-y-2 text-sm">
                    <div>
                      <dt className="text-xs font-semibold uppercase tracking-wide text-zinc-600 dark:text-zinc-400">{t('columns.budget')}</dt>
                      <dd className="tabular-nums">
                        <InstrumentBudget instrument={i} />
                        {i.periodStart || i.periodEnd ? (
                          <>
                            {' · '}
                            <InstrumentPeriod start={i.periodStart} end={i.periodEnd} />
                          </>
                        ) : null}
                      </dd>
                    </div>
                    <div>
                      <dt className="text-xs font-semibold uppercase tracking-wide text-zinc-600 dark:text-zinc-400">{t('columns.access')}</dt>
                      <dd>
                        <AccessLevel level={i.accessLevel} />
                      </dd>
                    </div>
                    <div>
                      <dt className="text-xs font-semibold uppercase tracking-wide text-zinc-600 dark:text-zinc-400">{t('columns.terms')}</dt>
                      <dd>
                        <LocalisedText locale={locale} en={i.thirdCountryTerms} ko={i.thirdCountryTermsKo} />
                      </dd>
                    </div>
                  </dl>
                </article>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
