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
      // The look is in app/globals.css (.facet-option): a /deals page lists some 330 values, and the
      // utility classes written out on each were most of its HTML (and again in the page's data).
      className={muted && !selected ? 'facet-option facet-muted' : 'facet-option'}
    >
      <span aria-hidden="true" className="facet-box">
        {selected ? '✓' : ''}
      </span>
      <span className="facet-label">{label}</span>
      {count === undefined ? null : (
        <span className="facet-count" data-facet-count>
          {count}
        </span>
      )}
    </Link>
  );
}
