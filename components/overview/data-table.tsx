export type TableCell = { value: string; numeric?: boolean };

type DataTableProps = {
  caption: string;
  columns: TableCell[];
  /** The first cell of each row is its header. */
  rows: TableCell[][];
  /** An optional totals row. */
  footer?: TableCell[];
};

const cellClass = (numeric?: boolean) => `px-2 py-1 ${numeric ? 'text-right tabular-nums' : 'text-left'}`;

function Row({ cells, strong }: { cells: TableCell[]; strong?: boolean }) {
  return (
    <tr className={`border-t border-zinc-200 dark:border-zinc-800 print:border-zinc-400 ${strong ? 'font-semibold' : ''}`}>
      {cells.map((cell, i) =>
        i === 0 ? (
          <th key={i} scope="row" className={`${cellClass(cell.numeric)} font-medium`}>
            {cell.value}
          </th>
        ) : (
          <td key={i} className={cellClass(cell.numeric)}>
            {cell.value}
          </td>
        ),
      )}
    </tr>
  );
}

/** A plain table of a chart's numbers, already formatted for the page's language. */
export function DataTable({ caption, columns, rows, footer }: DataTableProps) {
  return (
    <table className="w-full border-collapse">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          {columns.map((c, i) => (
            <th key={i} scope="col" className={`${cellClass(c.numeric)} font-medium`}>
              {c.value}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((cells, i) => (
          <Row key={i} cells={cells} />
        ))}
      </tbody>
      {footer ? (
        <tfoot>
          <Row cells={footer} strong />
        </tfoot>
      ) : null}
    </table>
  );
}
