import { getLocale, getTranslations } from 'next-intl/server';
import { DetailSection } from '@/components/ui/detail-section';
import { Link } from '@/lib/i18n/navigation';
import { type FindingsOf, findingsOf } from '@/lib/queries/findings';
import { FindingCard } from './finding-card';

/**
 * "What the paper finds" on a deal's, instrument's, recommendation's or country's page: the findings
 * the paper states where it names that record, in its words. Nothing at all where there are none.
 */
export async function PaperFindings({ of }: { of: FindingsOf }) {
  const found = await findingsOf(of);
  if (!found.length) return null;
  const locale = await getLocale();
  const t = await getTranslations('findings');
  return (
    <DetailSection id="findings" title={t('section.heading')}>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">{t('section.intro')}</p>
      <ul className="space-y-3" data-testid="paper-findings">
        {found.map((f) => (
          <li key={f.slug}>
            <FindingCard finding={f} locale={locale} links={false} level="h3" />
          </li>
        ))}
      </ul>
      <p className="no-print text-sm">
        <Link href="/findings">{t('section.all')}</Link>
      </p>
    </DetailSection>
  );
}
