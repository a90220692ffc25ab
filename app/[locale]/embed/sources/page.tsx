import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { EmbedCredit } from '@/components/views/embed-credit';
import { formatIsoPartial, nameLang } from '@/lib/format';
import { readView } from '@/lib/lists';
import { listSources } from '@/lib/queries/sources';
import { localisedPath, publicOrigin } from '@/lib/url';
import { citeView } from '@/lib/views/citation';
import { describeView } from '@/lib/views/describe';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params, searchParams }: PageProps<'/[locale]/embed/sources'>): Promise<Metadata> {
  const { locale } = await params;
  const { filters } = readView('sources', await searchParams);
  return { title: (await describeView('sources', filters, locale)).line, robots: { index: false } };
}

/** /embed/sources?<the /sources view>: every work of that view (all pages), cited, for an iframe. */
export default async function EmbedSources({ params, searchParams }: PageProps<'/[locale]/embed/sources'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { filters, query } = readView('sources', await searchParams);
  const origin = publicOrigin(await headers());
  const t = await getTranslations('sourcesPage');
  const [sources, cite] = await Promise.all([listSources(filters), citeView('sources', filters, query, locale, origin)]);
  const base = `${origin}${localisedPath('/sources', locale)}`;
  return (
    <>
      <h1 className="mb-2 text-base font-semibold">{cite.description.line}</h1>
      <ol className="list-decimal space-y-1 pl-5 text-sm" data-testid="embed-sources">
        {sources.map((s) => (
          <li key={s.slug} data-slug={s.slug}>
            <span className="text-xs text-zinc-700 dark:text-zinc-300">{t(`kind.${s.kind}`)}: </span>
            <span lang={nameLang(`${s.authors ?? ''}${s.title}${s.publisher ?? ''}`)}>
              {s.authors ? `${s.authors}, ` : ''}
              <a href={`${base}#${s.slug}`} target="_top">
                “{s.title}”
              </a>
              {s.publisher ? `, ${s.publisher}` : ''}
            </span>
            {s.publishedOn ? `, ${formatIsoPartial(s.publishedOn, locale)}` : ''}.
          </li>
        ))}
      </ol>
      <EmbedCredit cite={cite} />
    </>
  );
}
