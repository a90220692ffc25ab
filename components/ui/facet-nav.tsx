import { FacetOption } from '@/components/ui/facet-option';
import { Link } from '@/lib/i18n/navigation';

export type FacetGroup = {
  key: string;
  name: string;
  options: ReadonlyArray<{ value: string; label: string; count: number; selected: boolean; href: string; name: string }>;
};

type Props = {
  label: string;
  /** "Clear all filters", when a filter is set. */
  clear: { href: string; text: string } | null;
  groups: readonly FacetGroup[];
  /** Columns side by side between the phone and the wide layout (where they stack beside the results). */
  columns: 2 | 3;
};

const grid = { 2: 'sm:grid-cols-2', 3: 'sm:grid-cols-3' } as const;
const span = { 2: 'sm:col-span-2', 3: 'sm:col-span-3' } as const;

/**
 * A small list's facets: a heading per facet and a checkbox-link per value with its count in the
 * current view (the instruments and the findings; /deals has more kinds of filter, see DealFacets).
 */
export function FacetNav({ label, clear, groups, columns }: Props) {
  return (
    <nav aria-label={label} className={`grid gap-5 text-sm ${grid[columns]} lg:grid-cols-1`}>
      {clear ? (
        <p className={`${span[columns]} lg:col-span-1`}>
          <Link href={clear.href} data-filter-control="clear-all" className="font-medium">
            {clear.text}
          </Link>
        </p>
      ) : null}
      {groups.map((group) => (
        <section key={group.key} aria-labelledby={`facet-${group.key}`}>
          <h2 id={`facet-${group.key}`} className="mb-1 text-sm font-semibold">
            {group.name}
          </h2>
          <ul className="space-y-0.5" data-facet={group.key}>
            {group.options.map((v) => (
              <li key={v.value}>
                <FacetOption href={v.href} selected={v.selected} name={v.name} label={v.label} count={v.count} control={`${group.key}=${v.value}`} value={v.value} muted={v.count === 0} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </nav>
  );
}
