import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { type RecommendationFilters as Filters, buildRecommendationQuery, toggleRecommendationFilter } from '@/lib/filters/recommendations';
import { actors, recommendationStages } from '@/lib/schemas/recommendation';

/** Stage and actor filters as links, so a filtered scorecard is a plain, shareable URL. */
export async function RecommendationFilters({ filters }: { filters: Filters }) {
  const t = await getTranslations('recommendations.filters');
  const vocab = await getTranslations('vocab');
  const groups = [
    { key: 'stage' as const, values: recommendationStages, label: (v: string) => vocab(`recommendationStage.${v}`) },
    { key: 'actor' as const, values: actors, label: (v: string) => vocab(`actor.${v}`) },
  ];
  return (
    <nav aria-label={t('heading')} className="no-print mb-4 space-y-2 text-sm">
      {groups.map((g) => (
        <div key={g.key} className="flex flex-wrap items-center gap-2">
          <span className="font-semibold">{t(g.key)}:</span>
          {g.values.map((value) => {
            const on = (filters[g.key] as string[]).includes(value);
            const label = g.label(value);
            return (
              <Link
                key={value}
                href={`/recommendations${buildRecommendationQuery(toggleRecommendationFilter(filters, g.key, value))}`}
                aria-current={on ? 'true' : undefined}
                className={`rounded-full border px-2 py-0.5 no-underline ${on ? 'border-blue-700 bg-blue-50 font-semibold text-blue-900 dark:border-blue-300 dark:bg-blue-950 dark:text-blue-100' : 'border-zinc-300 text-zinc-800 dark:border-zinc-700 dark:text-zinc-200'}`}
              >
                <span className="sr-only">{on ? t('removePrefix') : t('addPrefix')}</span>
                {label}
              </Link>
            );
          })}
        </div>
      ))}
    </nav>
  );
}
