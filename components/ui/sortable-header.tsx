import { Link } from '@/lib/i18n/navigation';

type Props = { label: string; sorted?: 'ascending' | 'descending'; href: string | null; className?: string };

/** A column header that sorts by linking to the same view with another `sort`, and says how it is sorted. */
export function SortableHeader({ label, sorted, href, className = 'px-2 py-2 font-semibold' }: Props) {
  return (
    <th scope="col" aria-sort={sorted} className={className}>
      {href ? (
        <Link href={href} className="text-zinc-900 dark:text-zinc-100">
          {label}
          <span aria-hidden="true">{sorted === 'ascending' ? ' ▲' : sorted === 'descending' ? ' ▼' : ''}</span>
        </Link>
      ) : (
        label
      )}
    </th>
  );
}
