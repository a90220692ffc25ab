import { Link } from '@/lib/i18n/navigation';

type Props = {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  labels: { nav: string; previous: string; next: string; page: string };
};

/** Previous / next links and the current position; plain links, so they work without JavaScript. */
export function Pagination({ page, pageCount, hrefFor, labels }: Props) {
  if (pageCount <= 1) return null;
  const linkClass = 'rounded border border-zinc-300 px-3 py-1 dark:border-zinc-700';
  return (
    <nav aria-label={labels.nav} className="no-print mt-4 flex items-center gap-3 text-sm">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev" className={linkClass}>
          {labels.previous}
        </Link>
      ) : null}
      <span aria-current="page">{labels.page}</span>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} rel="next" className={linkClass}>
          {labels.next}
        </Link>
      ) : null}
    </nav>
  );
}
