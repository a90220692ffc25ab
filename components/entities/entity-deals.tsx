import { getTranslations } from 'next-intl/server';
import { CountryLink } from '@/components/links/country-link';
import { DetailSection } from '@/components/ui/detail-section';
import { LocalisedText } from '@/components/ui/localised-text';
import { formatPartial } from '@/lib/format';
import { Link } from '@/lib/i18n/navigation';
import type { EntityDeal } from '@/lib/queries/entities';

type EntityDealsProps = {
  name: string;
  deals: EntityDeal[];
  total: number;
  /** The deals list narrowed to this organisation or country: `/deals?organisation=hyundai-rotem`. */
  listHref: string;
  /** Show each deal's partner country (an organisation's page) or not (a country's own page). */
  showPartner: boolean;
  locale: string;
};

/** An organisation's or a country's deals, newest first, one per line so that a phone reads them whole. */
export async function EntityDeals({ name, deals, total, listHref, showPartner, locale }: EntityDealsProps) {
  const t = await getTranslations('entities');
  const vocab = await getTranslations('vocab');
  const common = await getTranslations('common');
  return (
    <DetailSection id="deals" title={t('dealsHeading')}>
      <p data-testid="entity-deal-count">
        {t('dealsCount', { count: total, name })} {total > deals.length ? t('dealsShown', { shown: deals.length }) : null}
      </p>
      {deals.length > 0 ? (
        <ul aria-label={t('dealsTableCaption', { name })} className="divide-y divide-zinc-200 border-y border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
          {deals.map((d) => (
            <li key={d.slug} className="py-2" data-testid="entity-deal">
              <Link href={`/deals/${d.slug}`} className="font-medium">
                <LocalisedText locale={locale} en={d.title} ko={d.titleKo} />
              </Link>
              <dl className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm text-zinc-700 dark:text-zinc-300">
                {d.roles ? (
                  <div className="flex gap-1">
                    <dt className="font-medium">{t('columns.role')}:</dt>
                    <dd data-testid="entity-deal-role">{d.roles.length > 0 ? d.roles.map((r) => vocab(`organisationRole.${r}`)).join(', ') : t('roleNone')}</dd>
                  </div>
                ) : null}
                {showPartner ? (
                  <div className="flex gap-1">
                    <dt className="font-medium">{t('columns.partner')}:</dt>
                    <dd>
                      <CountryLink country={d.partnerCountry} locale={locale} />
                    </dd>
                  </div>
                ) : null}
                <div className="flex gap-1">
                  <dt className="font-medium">{t('columns.type')}:</dt>
                  <dd>{vocab(`cooperationType.${d.cooperationType}`)}</dd>
                </div>
                <div className="flex gap-1">
                  <dt className="font-medium">{t('columns.date')}:</dt>
                  <dd>{d.date && d.datePrecision ? formatPartial(d.date, d.datePrecision, locale) : common('undated')}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      ) : null}
      {total > 0 ? (
        <p className="no-print">
          <Link href={listHref} data-testid="entity-see-all">
            {t('seeAll', { count: total })}
          </Link>
        </p>
      ) : null}
    </DetailSection>
  );
}
