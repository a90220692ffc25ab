import { getLocale, getTranslations } from 'next-intl/server';
import { formatIsoPartial, nameLang } from '@/lib/format';
import { SourceLink } from './source-link';

type CitedSource = {
  slug: string;
  authors: string | null;
  title: string;
  publisher: string | null;
  publishedOn: string | null;
  footnotes: Array<{ number: number }>;
};

/** The works a record cites, each linked to its entry in the bibliography. */
export async function CitedSources({ sources }: { sources: CitedSource[] }) {
  const locale = await getLocale();
  const common = await getTranslations('common');
  return (
    <ul className="space-y-2 text-sm">
      {sources.map((s) => (
        <li key={s.slug}>
          <span lang={nameLang(`${s.authors ?? ''}${s.title}${s.publisher ?? ''}`)}>
            {s.authors ? `${s.authors}, ` : ''}
            <SourceLink slug={s.slug}>“{s.title}”</SourceLink>
            {s.publisher ? `, ${s.publisher}` : ''}
          </span>
          {s.publishedOn ? `, ${formatIsoPartial(s.publishedOn, locale)}` : ''}
          {s.footnotes.length ? ` (${s.footnotes.map((f) => common('footnote', { number: f.number })).join(', ')})` : ''}
        </li>
      ))}
    </ul>
  );
}
