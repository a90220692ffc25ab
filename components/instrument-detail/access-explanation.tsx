import { getLocale, getTranslations } from 'next-intl/server';
import { ClaimNote } from '@/components/basis/claim-note';
import { AccessLevel } from '@/components/instruments/access-level';
import { LocalisedText } from '@/components/ui/localised-text';
import type { InstrumentDetail } from '@/lib/queries/instruments';

/** What South Korea's access means in practice: the level, its definition, and the concrete note. */
export async function AccessExplanation({ instrument: i }: { instrument: InstrumentDetail }) {
  const locale = await getLocale();
  const t = await getTranslations('instrumentDetail');
  return (
    <section
      aria-labelledby="access-heading"
      className="space-y-3 rounded-lg border border-blue-200 bg-blue-50/60 p-4 dark:border-blue-900 dark:bg-blue-950/40"
      data-testid="access-explanation"
    >
      <h2 id="access-heading">{t('accessHeading')}</h2>
      <div className="text-sm">
        <p className="text-xs uppercase tracking-wide text-zinc-600 dark:text-zinc-400">{t('accessLevel')}</p>
        <AccessLevel level={i.accessLevel} size="md" />
        <ClaimNote claims={i.claims} field="accessLevel" cite={`instrument:${i.code}`} />
      </div>
      <p>
        <LocalisedText locale={locale} en={i.accessNote} ko={i.accessNoteKo} />
      </p>
    </section>
  );
}
