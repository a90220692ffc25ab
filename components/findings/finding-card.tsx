import { getTranslations } from 'next-intl/server';
import { CountryLink } from '@/components/links/country-link';
import { LocalisedText } from '@/components/ui/localised-text';
import { localised } from '@/lib/format';
import { Link } from '@/lib/i18n/navigation';
import { placeOf } from '@/lib/paper/place';
import type { FindingItem } from '@/lib/queries/findings';

type Props = {
  finding: FindingItem;
  locale: string;
  /** The list shows every link; a record's own page leaves them out (the reader is on one of them). */
  links?: boolean;
  /** The heading level the card's title takes on its page. */
  level?: 'h2' | 'h3';
};

/** Where in the paper an anchor stands, in words: "South Korea, paragraph 1", "recommendation 3". */
export async function placeText(anchor: string): Promise<string> {
  const t = await getTranslations('basis');
  const paperT = await getTranslations('paper');
  const place = placeOf(anchor);
  if (!place) return anchor;
  return place.kind === 'paragraph' ? t('place.paragraph', { section: paperT(`sections.${place.section}`), number: place.number }) : t(`place.${place.kind}`, { number: place.number });
}

/**
 * One finding: what kind it is and whom it is about, a short label, the paper's words (English on
 * every page), the place that states them (linked to the paper, highlighted there) and the records
 * the paper names with them.
 */
export async function FindingCard({ finding: f, locale, links = true, level = 'h2' }: Props) {
  const t = await getTranslations('findings');
  const Heading = level;
  const linked = [
    { key: 'deals', items: f.deals.map((d) => ({ key: d.slug, node: <Link href={`/deals/${d.slug}`}>{localised(locale, d.title, d.titleKo).text}</Link> })) },
    { key: 'instruments', items: f.instruments.map((i) => ({ key: i.code, node: <Link href={`/instruments/${i.code}`}>{i.acronym}</Link> })) },
    { key: 'recommendations', items: f.recommendations.map((r) => ({ key: String(r.number), node: <Link href={`/recommendations/${r.number}`}>{t('recommendation', { number: r.number })}</Link> })) },
    { key: 'countries', items: f.countries.map((c) => ({ key: c.code, node: <CountryLink country={c} locale={locale} /> })) },
  ] as const;

  return (
    <article id={f.slug} className="scroll-mt-4 break-inside-avoid rounded-lg border border-zinc-200 p-4 target:border-blue-600 target:ring-2 target:ring-blue-600 dark:border-zinc-800" data-finding={f.slug} data-theme={f.theme}>
      <p className="text-xs uppercase tracking-wide text-zinc-600 dark:text-zinc-400">
        {t(`theme.${f.theme as 'offer'}`)} · {f.actors.map((a) => t(`actor.${a.actor as 'korea'}`)).join(', ')}
      </p>
      <Heading className="mt-1 text-base font-semibold">
        <LocalisedText locale={locale} en={f.title} ko={f.titleKo} />
      </Heading>
      <blockquote lang="en" className="mt-2 border-l-4 border-zinc-300 pl-3 dark:border-zinc-700">
        <p>“{f.quote}”</p>
      </blockquote>
      <p className="mt-2 text-sm">
        {t('inThePaper')}{' '}
        <Link href={`/paper?cite=${encodeURIComponent(`finding:${f.slug}`)}#${f.anchor}`} data-testid="finding-place">
          {await placeText(f.anchor)}
        </Link>
      </p>
      {links && linked.some((l) => l.items.length) ? (
        <dl className="mt-2 space-y-1 text-sm">
          {linked
            .filter((l) => l.items.length)
            .map((l) => (
              <div key={l.key} className="flex flex-wrap gap-x-2">
                <dt className="font-medium">{t(`linked.${l.key}`)}:</dt>
                <dd>
                  <ul className="inline">
                    {l.items.map((item) => (
                      <li key={item.key} className="inline after:content-['_·_'] last:after:content-none">
                        {item.node}
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
            ))}
        </dl>
      ) : null}
    </article>
  );
}
