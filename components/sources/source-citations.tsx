import { getLocale, getTranslations } from 'next-intl/server';
import { LocalisedText } from '@/components/ui/localised-text';
import { Link } from '@/lib/i18n/navigation';
import { formatPartial, localised } from '@/lib/format';
import type { SourceCitationsOf } from '@/lib/queries/sources';

type Item = { key: string; node: React.ReactNode };
type Group = { key: string; items: Item[]; total?: number };

/**
 * Everything in the register that cites one work, grouped by what it is, each linked. Deals, deal
 * values and deal events show the first few, then how many more there are.
 */
export async function SourceCitations({ citations: s }: { citations: SourceCitationsOf | undefined }) {
  const locale = await getLocale();
  const t = await getTranslations('sourcesPage');
  const text = (en: string, ko: string | null) => <LocalisedText locale={locale} en={en} ko={ko} />;

  if (!s) return <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">{t('notCited')}</p>;
  // `as const` keeps each key a literal, so the message keys below are known at compile time.
  const groups = (
    [
      { key: 'deals', total: s.totals.deals, items: s.deals.map((d) => ({ key: d.slug, node: <Link href={`/deals/${d.slug}`}>{text(d.title, d.titleKo)}</Link> })) },
      {
        key: 'instruments',
        items: s.instruments.map((i) => ({ key: i.code, node: <Link href={`/instruments/${i.code}`}>{i.acronym}</Link> })),
      },
      {
        key: 'recommendations',
        items: s.recommendations.map((r) => ({
          key: String(r.number),
          node: <Link href={`/recommendations/${r.number}`}>{t('numbered', { number: r.number })} {text(r.title, r.titleKo)}</Link>,
        })),
      },
      // Challenges and key figures have no page of their own: challenges are named, key figures
      // lead to the overview, where they are shown.
      { key: 'challenges', items: s.challenges.map((c) => ({ key: c.slug, node: <>{t('numbered', { number: c.number })} {text(c.title, c.titleKo)}</> })) },
      {
        key: 'keyFigures',
        items: s.keyFigures.map((k) => ({ key: k.slug, node: <Link href="/#key-figures">{text(k.label, k.labelKo)}</Link> })),
      },
      {
        key: 'dealValues',
        total: s.totals.dealValues,
        items: s.dealValues.map((d) => ({
          key: d.slug,
          node: <Link href={`/deals/${d.slug}`}>{t('valueOf', { value: d.valueText ?? '', title: localised(locale, d.title, d.titleKo).text })}</Link>,
        })),
      },
      {
        key: 'instrumentBudgets',
        items: s.instrumentBudgets.map((i) => ({
          key: i.code,
          node: <Link href={`/instruments/${i.code}`}>{t('budgetOf', { acronym: i.acronym, text: i.budgetText ?? '' })}</Link>,
        })),
      },
      {
        key: 'dealEvents',
        total: s.totals.dealEvents,
        items: s.dealEvents.map((e) => ({
          key: String(e.id),
          node: (
            <Link href={`/deals/${e.deal.slug}#event-${e.id}`}>
              {formatPartial(e.date, e.datePrecision, locale)}: {text(e.description, e.descriptionKo)}
            </Link>
          ),
        })),
      },
    ] as const satisfies ReadonlyArray<Group>
  ).filter((g) => g.items.length);

  if (!groups.length) return <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">{t('notCited')}</p>;
  return (
    <div className="mt-3">
      <p className="text-sm font-medium">{t('citedBy')}</p>
      <dl className="mt-1 space-y-1 text-sm" data-testid="cited-by">
        {groups.map((g) => (
          <div key={g.key} className="grid gap-x-3 sm:grid-cols-[10rem_1fr]" data-group={g.key}>
            <dt className="text-zinc-600 dark:text-zinc-400">{t(`groups.${g.key}`)}</dt>
            <dd>
              <ul className="flex flex-wrap gap-x-3 gap-y-0.5">
                {g.items.map((item) => (
                  <li key={item.key} className="after:ml-3 after:text-zinc-400 after:content-['·'] last:after:content-none">
                    {item.node}
                  </li>
                ))}
                {'total' in g && g.total > g.items.length ? <li className="text-zinc-600 dark:text-zinc-400">{t('more', { count: g.total - g.items.length })}</li> : null}
              </ul>
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
