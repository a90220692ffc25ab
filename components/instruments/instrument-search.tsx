import { getLocale, getTranslations } from 'next-intl/server';
import { getPathname } from '@/lib/i18n/navigation';
import { DEFAULT_INSTRUMENT_SORT, DEFAULT_INSTRUMENT_VIEW, type InstrumentFilters, instrumentFacetKeys } from '@/lib/filters/instruments';

/** A plain GET form: the search joins the URL and keeps the other choices as hidden fields. */
export async function InstrumentSearch({ filters }: { filters: InstrumentFilters }) {
  const locale = await getLocale();
  const t = await getTranslations('instrumentsPage');
  const keep = instrumentFacetKeys.flatMap((key) => filters[key].map((value) => ({ key, value })));
  return (
    <form role="search" method="get" action={getPathname({ href: '/instruments', locale })} className="no-print flex flex-wrap items-end gap-2">
      <label className="flex min-w-0 flex-1 flex-col gap-1 text-sm">
        <span className="font-medium">{t('search.label')}</span>
        <input
          type="search"
          name="q"
          defaultValue={filters.q ?? ''}
          placeholder={t('search.placeholder')}
          maxLength={200}
          className="w-full min-w-0 rounded border border-zinc-400 bg-white px-2 py-1 dark:border-zinc-600 dark:bg-zinc-900"
        />
      </label>
      {keep.map((k) => (
        <input key={`${k.key}=${k.value}`} type="hidden" name={k.key} value={k.value} />
      ))}
      {filters.sort !== DEFAULT_INSTRUMENT_SORT ? <input type="hidden" name="sort" value={filters.sort} /> : null}
      {filters.view !== DEFAULT_INSTRUMENT_VIEW ? <input type="hidden" name="view" value={filters.view} /> : null}
      <button type="submit" className="rounded border border-zinc-400 px-3 py-1 text-sm dark:border-zinc-600">
        {t('search.submit')}
      </button>
    </form>
  );
}
