import { LocalisedText } from '@/components/ui/localised-text';
import { getTranslations } from 'next-intl/server';
import { SourceLink } from '@/components/ui/source-link';
import { formatMoney, localised } from '@/lib/format';
import { Link } from '@/lib/i18n/navigation';
import { locateQuote } from '@/lib/paper';
import { currencySchema } from '@/lib/schemas/common';
import type { getOverview } from '@/lib/queries/overview';

type KeyFigure = Awaited<ReturnType<typeof getOverview>>['keyFigures'][number];

/** The paper's headline numbers, each in the source's own words and linked to that source. */
export async function KeyFigures({ keyFigures, locale }: { keyFigures: KeyFigure[]; locale: string }) {
  const t = await getTranslations('overview');
  const common = await getTranslations('common');
  return (
    <section aria-labelledby="key-figures" className="space-y-3">
      <h2 id="key-figures">{t('keyFigures')}</h2>
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {keyFigures.map((k) => {
          const footnote = k.source.footnotes[0];
          // The sentence of the paper that states the figure, highlighted on the paper's page.
          const stated = k.quote ? locateQuote(k.quote) : null;
          return (
            <li key={k.slug} className="flex break-inside-avoid flex-col rounded-lg border border-zinc-200 p-4 dark:border-zinc-800 print:border-zinc-400">
              <p className="text-2xl font-semibold tabular-nums">
                {currencySchema.safeParse(k.unit).success ? formatMoney(k.value, k.unit, locale) : <LocalisedText locale={locale} en={k.valueText} ko={k.valueTextKo} />}
              </p>
              <p className="mt-1 text-sm">{localised(locale, k.label, k.labelKo).text}</p>
              <p className="mt-auto pt-2 text-xs text-zinc-600 dark:text-zinc-400 print:text-black [&_a]:underline">
                <q lang="en">{k.valueText}</q> ·{' '}
                <SourceLink slug={k.source.slug}>
                  {common('source')}
                  {footnote ? ` (${common('footnote', { number: footnote.number })})` : ''}
                </SourceLink>
                {stated ? (
                  <>
                    {' · '}
                    <Link href={`/paper?cite=key-figure:${k.slug}#${stated.id}`}>{t('inPaper')}</Link>
                  </>
                ) : null}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
