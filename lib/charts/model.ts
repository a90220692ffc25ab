// What a chart draws, as plain data: one bar per value, each with the link that narrows the view to
// it. The page's SVG, the downloads (SVG, PNG, CSV) and the tables are all drawn from one of these,
// so none can say something another does not.

/** One bar: its value's code (`PL`, `2024`, `licensed-production`), its name, its number, its link. */
export type ChartBar = { key: string; label: string; value: number; href: string };

/** `deals`: a count of deals; otherwise the ISO 4217 currency of stated values, never mixed. */
export type ChartUnit = { kind: 'deals' } | { kind: 'money'; currency: string };

export type Chart = {
  /** `country`, `year`, `type`, or `value-EUR` (stated value in euros by partner country). */
  id: string;
  title: string;
  unit: ChartUnit;
  /** The CSV's name for the bars' key column: `country`, `year`, `cooperation_type`. */
  keyColumn: string;
  bars: ChartBar[];
};

export const chartIds = ['country', 'year', 'type'] as const;

/** A chart id: one of {@link chartIds}, or `value-` and a currency code. */
export function isChartId(id: string): boolean {
  return (chartIds as readonly string[]).includes(id) || /^value-[A-Z]{3}$/.test(id);
}
