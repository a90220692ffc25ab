import { Link } from '@/lib/i18n/navigation';

type Props = {
  /** The view with this value switched on or off (from the facet object). */
  href: string;
  selected: boolean;
  /** What a screen reader hears: the facet, the value and its count ("Technology transfer: Yes, 3 deals"). */
  name: string;
  label: string;
  /** How many rows of the view have it; none for a switch that narrows nothing (stated values only). */
  count?: number;
  /** Identifies the control across a change of view, so focus can come back to it. */
  control: string;
  value: string;
  /** A value no row of the view has: shown, but quieter. */
  muted?: boolean;
};

/**
 * One facet value: a link, so the view works and shares without JavaScript, that is a checkbox to
 * assistive technology and looks like one. Space toggles it like a checkbox (see FilterFocus).
 */
export function FacetOption({ href, selected, name, label, count, control, value, muted = false }: Props) {
  return (
    <Link
      href={href}
      role="checkbox"
      aria-checked={selected}
      aria-label={name}
      data-filter-control={control}
      data-value={value}
      className={`group flex items-start gap-2 rounded px-1 py-0.5 no-underline hover:bg-zinc-100 dark:hover:bg-zinc-800 ${
        selected ? 'font-semibold text-blue-900 dark:text-blue-100' : muted ? 'text-zinc-600 dark:text-zinc-400' : 'text-zinc-800 dark:text-zinc-200'
      }`}
    >
      <span
        aria-hidden="true"
        className={`mt-0.5 grid size-4 shrink-0 place-items-center rounded-sm border text-[0.7rem] leading-none ${
          selected ? 'border-blue-800 bg-blue-800 text-white dark:border-blue-300 dark:bg-blue-300 dark:text-zinc-950' : 'border-zinc-500 bg-white dark:border-zinc-400 dark:bg-zinc-900'
        }`}
      >
        {selected ? '✓' : ''}
      </span>
      <span className="min-w-0 flex-1 break-words">{label}</span>
      {count === undefined ? null : (
        <span className="tabular-nums text-zinc-600 dark:text-zinc-400" data-facet-count>
          {count}
        </span>
      )}
    </Link>
  );
}
