import { getLocale, getTranslations } from 'next-intl/server';
import { LocalisedText } from '@/components/ui/localised-text';
import { nameLang } from '@/lib/format';
import { Link } from '@/lib/i18n/navigation';
import { PAPER_SOURCE } from '@/lib/paper';
import { placeOf } from '@/lib/paper/place';
import { type StoredClaim, claimOn } from '@/lib/records/claims';

type Props = {
  claims: readonly StoredClaim[];
  /** The value it qualifies: `value`, `stage`… or a link (`recommendations:3`). */
  field: string;
  /** How the paper's page names this value, to highlight its sentence: `deal:<slug>`. */
  cite: string;
  /** In a list, where most values are stated: mark only what is inferred or from elsewhere. */
  unstatedOnly?: boolean;
  /** Tells apart two renderings of one value on a page (the list's table and its cards). */
  idSuffix?: string;
};

/**
 * What a value rests on, beside it: a mark that says stated, inferred or from elsewhere, and a note
 * (on hover, on focus, on tap, and to screen readers as the mark's description) with the paper's
 * words and a link to the sentence, the reasoning, or the other source. Nothing for a value with no
 * recorded basis: the page then says nothing it cannot back.
 */
export async function ClaimNote({ claims, field, cite, unstatedOnly = false, idSuffix = '' }: Props) {
  const claim = claimOn(claims, field);
  if (!claim || (unstatedOnly && claim.basis === 'stated')) return null;
  const t = await getTranslations('basis');
  const locale = await getLocale();
  const paperT = await getTranslations('paper');
  const id = `claim-${cite.replace(/[^a-z0-9-]/gi, '-')}-${field.replace(/[^a-z0-9-]/gi, '-')}${idSuffix}`;
  const fromPaper = claim.source?.slug === PAPER_SOURCE;
  const place = fromPaper && claim.anchor ? placeOf(claim.anchor) : null;
  const where = !place
    ? claim.anchor
    : place.kind === 'paragraph'
      ? t('place.paragraph', { section: paperT(`sections.${place.section}`), number: place.number })
      : t(`place.${place.kind}`, { number: place.number });
  const href = fromPaper && claim.anchor ? `/paper?cite=${encodeURIComponent(`${cite}:${field}`)}#${claim.anchor}` : claim.source ? `/sources#${claim.source.slug}` : null;
  const vocab = await getTranslations('vocab');
  const mark = vocab(`claimBasis.${claim.basis}`);
  const markClass =
    claim.basis === 'stated'
      ? 'text-emerald-800 dark:text-emerald-300'
      : 'rounded border border-dashed border-amber-600 px-1 italic text-amber-900 dark:border-amber-400 dark:text-amber-200';

  return (
    <span className="claim group relative ml-1 inline-block align-baseline text-xs" data-basis={claim.basis}>
      {href ? (
        <Link href={href} aria-describedby={id} className={`no-underline hover:underline focus:underline ${markClass}`}>
          {mark}
        </Link>
      ) : (
        // Focusable so that a keyboard or a tap opens the note as a pointer's hover does.
        <span tabIndex={0} aria-describedby={id} className={`cursor-help ${markClass}`}>
          {mark}
        </span>
      )}
      <span
        role="tooltip"
        id={id}
        className="absolute left-0 top-full z-20 mt-1 hidden w-72 max-w-[80vw] rounded border border-zinc-300 bg-white p-2 text-left text-xs font-normal not-italic text-zinc-900 shadow-lg group-focus-within:block group-hover:block dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100"
      >
        {claim.basis === 'inferred' ? (
          <span>
            <span className="font-medium">{t('inferredBecause')}</span> <LocalisedText locale={locale} en={claim.reason ?? ''} ko={claim.reasonKo} />
          </span>
        ) : (
          <span>
            <span className="font-medium">{claim.basis === 'stated' && fromPaper ? t('statedInPaper', { place: where ?? '' }) : t.rich(claim.basis === 'stated' ? 'statedIn' : 'referenceFrom', { source: claim.source?.title ?? claim.source?.slug ?? '', work: (title) => <cite lang={nameLang(String(claim.source?.title ?? ''))}>{title}</cite> })}</span>
            {claim.quote ? (
              <q lang="en" className="mt-1 block">
                {claim.quote}
              </q>
            ) : null}
          </span>
        )}
      </span>
    </span>
  );
}
