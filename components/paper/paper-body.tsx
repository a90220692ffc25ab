import { getTranslations } from 'next-intl/server';
import { localised, nameLang } from '@/lib/format';
import { Link } from '@/lib/i18n/navigation';
import { type Block, type PaperDocument, findQuote } from '@/lib/paper';
import type { Resting } from '@/lib/queries/paper';
import { PaperText } from './paper-text';

type Props = { doc: PaperDocument; references: Map<string, Resting[]>; quote: string | null; locale: string };
type TextBlock = Exclude<Block, { kind: 'heading' }>;

/**
 * The paper by section, paragraph, recommendation and footnote, each with its anchor; under each,
 * what in Ties rests on it. The paper is English; on the Korean pages the headings and notes around
 * it are Korean and the text keeps its own language.
 */
export async function PaperBody({ doc, references, quote, locale }: Props) {
  const t = await getTranslations('paper');
  const body = doc.blocks.filter((b) => b.kind !== 'footnote');
  const footnotes = doc.blocks.filter((b): b is Extract<Block, { kind: 'footnote' }> => b.kind === 'footnote');
  const footnoteLabel = (n: string) => t('footnoteLabel', { number: n });
  const basisT = await getTranslations('basis');
  const findingsT = await getTranslations('findings');
  // A value's name (`stage`), or a link's (`recommendations:3` → "link to recommendation 3").
  const fieldName = (field: string) => {
    const [name, key] = field.split(':');
    if (key) return basisT('linkField', { kind: basisT(`linkKind.${name === 'recommendations' ? 'recommendations' : name === 'instruments' ? 'instruments' : 'challenges'}`), key });
    return basisT.has(`field.${name}`) ? basisT(`field.${name}` as 'field.value') : field;
  };

  const restsOn = async (id: string) => {
    const items = references.get(id) ?? [];
    if (!items.length) return null;
    return (
      <div className="no-print mt-1 text-xs text-zinc-600 dark:text-zinc-400">
        <span className="font-medium">{t('restsOn')}</span>{' '}
        <ul className="inline">
          {items.map((r, i) => (
            <li key={i} className="inline after:content-['_·_'] last:after:content-none">
              {r.kind === 'key-figure' ? (
                <Link href={`/paper?cite=key-figure:${r.slug}#${id}`}>{t('keyFigure', { label: localised(locale, r.label, r.labelKo).text })}</Link>
              ) : r.kind === 'deal' ? (
                <Link href={`/deals/${r.slug}`}>{t('deal', { title: localised(locale, r.title, r.titleKo).text, fields: r.fields.map((f) => fieldName(f)).join(', ') })}</Link>
              ) : r.kind === 'instrument' ? (
                <Link href={`/instruments/${r.code}`}>{t('instrument', { acronym: r.acronym, fields: r.fields.map((f) => fieldName(f)).join(', ') })}</Link>
              ) : r.kind === 'country' ? (
                <Link href={`/countries/${r.code.toLowerCase()}`}>{t('country', { name: localised(locale, r.name, r.nameKo).text, fields: r.fields.map((f) => fieldName(f)).join(', ') })}</Link>
              ) : r.kind === 'finding' ? (
                <Link href={`/findings#${r.slug}`}>{findingsT('onPaper', { title: localised(locale, r.title, r.titleKo).text })}</Link>
              ) : r.kind === 'recommendation' ? (
                <Link href={`/recommendations/${r.number}`}>{t('recommendation', { number: r.number, title: localised(locale, r.title, r.titleKo).text })}</Link>
              ) : (
                <Link href={`/sources#${r.slug}`}>{t.rich('source', { title: r.title, work: (title) => <cite lang={nameLang(r.title)}>{title}</cite> })}</Link>
              )}
            </li>
          ))}
        </ul>
      </div>
    );
  };

  const block = async (b: TextBlock) => {
    const mark = quote ? findQuote(b.text, quote) : null;
    const anchor = (
      <a href={`#${b.id}`} className="no-print ml-1 text-zinc-400 no-underline hover:text-zinc-700 dark:hover:text-zinc-200" aria-label={t('linkTo', { id: b.id })}>
        ¶
      </a>
    );
    return (
      <div key={b.id} id={b.id} className={`scroll-mt-4 rounded target:bg-amber-50 dark:target:bg-amber-950/40 ${mark ? 'bg-amber-50 dark:bg-amber-950/40' : ''}`}>
        {b.kind === 'recommendation' ? (
          <p lang="en">
            <strong>{b.number})</strong> <PaperText text={b.text} mark={mark} footnoteLabel={footnoteLabel} />
            {anchor}
          </p>
        ) : (
          <p lang="en">
            <PaperText text={b.text} mark={mark} footnoteLabel={footnoteLabel} />
            {anchor}
          </p>
        )}
        {await restsOn(b.id)}
      </div>
    );
  };

  return (
    <article className="max-w-3xl space-y-4 leading-relaxed">
      {locale !== 'en' ? <p className="rounded border border-zinc-300 p-3 text-sm dark:border-zinc-700">{t('inEnglish')}</p> : null}
      {quote ? (
        <p role="status" className="no-print rounded border border-amber-400 p-3 text-sm">
          {t('highlighted')}
        </p>
      ) : null}
      {await Promise.all(
        body.map((b) =>
          b.kind === 'heading' ? (
            b.section.level === 1 ? (
              <h2 key={b.section.id} id={b.section.id} className="scroll-mt-4 pt-4">
                {b.section.chapter ? `${t('chapter', { number: b.section.chapter })}: ` : ''}
                {t(`sections.${b.section.id}`)}
              </h2>
            ) : (
              <h3 key={b.section.id} id={b.section.id} className="scroll-mt-4 pt-2">
                {t(`sections.${b.section.id}`)}
              </h3>
            )
          ) : (
            block(b)
          ),
        ),
      )}
      <section aria-labelledby="footnotes" className="border-t border-zinc-200 pt-4 text-sm dark:border-zinc-800">
        <h2 id="footnotes">{t('footnotes')}</h2>
        <ol className="mt-2 list-none space-y-2 pl-0">
          {await Promise.all(
            footnotes.map(async (f) => (
              <li key={f.id} id={f.id} className="scroll-mt-4 rounded target:bg-amber-50 dark:target:bg-amber-950/40">
                <span className="font-medium">{f.number}.</span>{' '}
                <span lang="en">
                  <PaperText text={f.text} footnoteLabel={footnoteLabel} />
                </span>
                {await restsOn(f.id)}
              </li>
            )),
          )}
        </ol>
      </section>
    </article>
  );
}
