import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';

type Counts = { deals: number; instruments: number; recommendations: number; sources: number };

const entries = [
  { key: 'deals', href: '/deals', message: 'countDeals' },
  { key: 'instruments', href: '/instruments', message: 'countInstruments' },
  { key: 'recommendations', href: '/recommendations', message: 'countRecommendations' },
  { key: 'sources', href: '/sources', message: 'countSources' },
] as const;

/** What the register holds, each count leading to its section. */
export async function RegisterCounts({ counts }: { counts: Counts }) {
  const t = await getTranslations('overview');
  return (
    <section aria-labelledby="counts" className="space-y-2">
      <h2 id="counts">{t('counts')}</h2>
      <ul className="flex flex-wrap gap-x-6 gap-y-1">
        {entries.map((e) => (
          <li key={e.key}>
            <Link href={e.href}>{t(e.message, { count: counts[e.key] })}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
