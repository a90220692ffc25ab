import { getTranslations } from 'next-intl/server';
import { AccessLevel } from '@/components/instruments/access-level';
import { DetailSection } from '@/components/ui/detail-section';
import { LocalisedText } from '@/components/ui/localised-text';
import { Link } from '@/lib/i18n/navigation';
import type { EntityInstrument } from '@/lib/queries/entities';

function InstrumentName({ instrument, locale }: { instrument: EntityInstrument; locale: string }) {
  return (
    <Link href={`/instruments/${instrument.code}`}>
      {instrument.acronym}
      {instrument.acronym === instrument.name ? null : (
        <>
          {' — '}
          <LocalisedText locale={locale} en={instrument.name} ko={instrument.nameKo} />
        </>
      )}
    </Link>
  );
}

/** The EU and NATO instruments its deals are linked to. */
export async function LinkedInstruments({ instruments, locale }: { instruments: EntityInstrument[]; locale: string }) {
  const t = await getTranslations('entities');
  const vocab = await getTranslations('vocab');
  return (
    <DetailSection id="instruments" title={t('instrumentsHeading')} isEmpty={instruments.length === 0} empty={t('instrumentsNone')}>
      <ul className="list-disc space-y-1 pl-5">
        {instruments.map((i) => (
          <li key={i.code}>
            <InstrumentName instrument={i} locale={locale} /> <span className="text-sm text-zinc-600 dark:text-zinc-400">({vocab(`owner.${i.owner}`)})</span>
          </li>
        ))}
      </ul>
    </DetailSection>
  );
}

/** Every instrument with South Korea's access to it, as the register records it (for South Korea only). */
export async function KoreanAccess({ instruments, locale }: { instruments: EntityInstrument[]; locale: string }) {
  const t = await getTranslations('entities');
  const vocab = await getTranslations('vocab');
  return (
    <DetailSection id="access" title={t('accessHeading')}>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">{t('accessIntro')}</p>
      <ul className="divide-y divide-zinc-200 border-y border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
        {instruments.map((i) => (
          <li key={i.code} className="grid gap-1 py-2 sm:grid-cols-[minmax(0,1fr)_minmax(0,1fr)] sm:gap-4">
            <span>
              <InstrumentName instrument={i} locale={locale} />
              <span className="block text-sm text-zinc-600 dark:text-zinc-400">
                {t('accessColumns.owner')}: {vocab(`owner.${i.owner}`)}
              </span>
            </span>
            <span>
              <span className="sr-only">{t('accessColumns.access')}: </span>
              <AccessLevel level={i.accessLevel} />
            </span>
          </li>
        ))}
      </ul>
    </DetailSection>
  );
}
