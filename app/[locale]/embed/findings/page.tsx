import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { EmbedCredit } from '@/components/views/embed-credit';
import { localised } from '@/lib/format';
import { readView } from '@/lib/lists';
import { listFindings } from '@/lib/queries/findings';
import { localisedPath, publicOrigin } from '@/lib/url';
import { citeView } from '@/lib/views/citation';
import { describeView } from '@/lib/views/describe';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params, searchParams }: PageProps<'/[locale]/embed/findings'>): Promise<Metadata> {
  const { locale } = await params;
  const { filters } = readView('findings', await searchParams);
  return { title: (await describeView('findings', filters, locale)).line, robots: { index: false } };
}

/** /embed/findings?<the /findings view>: each finding's label and the paper's words, for an iframe. */
export default async function EmbedFindings({ params, searchParams }: PageProps<'/[locale]/embed/findings'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { filters, query } = readView('findings', await searchParams);
  const origin = publicOrigin(await headers());
  const t = await getTranslations('findings');
  const [rows, cite] = await Promise.all([listFindings(filters), citeView('findings', filters, query, locale, origin)]);
  const base = `${origin}${localisedPath('/findings', locale)}`;
  return (
    <>
      <h1 className="mb-2 text-base font-semibold">{cite.description.line}</h1>
      <ol className="space-y-2 text-sm" data-testid="embed-findings">
        {rows.map((f) => (
          <li key={f.slug} data-finding={f.slug}>
            <span className="text-xs text-zinc-700 dark:text-zinc-300">{t(`theme.${f.theme as 'offer'}`)} · </span>
            <a href={`${base}#${f.slug}`} target="_top" className="font-medium">
              {localised(locale, f.title, f.titleKo).text}
            </a>
            <q lang="en" className="block text-zinc-800 dark:text-zinc-200">
              {f.quote}
            </q>
          </li>
        ))}
      </ol>
      <EmbedCredit cite={cite} />
    </>
  );
}
