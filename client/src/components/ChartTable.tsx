import { useTranslation } from 'react-i18next';

export interface ChartTableRow {
  /** The row's heading: its day, or what `rowHeading` names (a body, a region). */
  asOf: string;
  /** One text per column, in the order of `columns`. */
  cells: string[];
}

/**
 * The figures behind a chart, as a visible table beside it (the chart itself is hidden from assistive technology):
 * one row per day (or per what `rowHeading` names), in a region that scrolls sideways on its own on a narrow screen.
 */
export function ChartTable({
  columns,
  rows,
  footer,
  caption,
  rowHeading,
}: {
  columns: string[];
  rows: ChartTableRow[];
  footer?: { label: string; cells: string[] };
  /** Default: "the figures of the chart over time". */
  caption?: string;
  /** The heading of the rows' own column; default: the date. */
  rowHeading?: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="chart-table table-scroll">
      <table className="compact">
        <caption>{caption ?? t('dashboard.trendTable')}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeading ?? t('dashboard.date')}</th>
            {columns.map((column, i) => (
              <th scope="col" key={i}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.asOf}>
              <th scope="row">{row.asOf}</th>
              {row.cells.map((cell, i) => (
                <td key={i}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
        {footer && (
          <tfoot>
            <tr>
              <th scope="row">{footer.label}</th>
              {footer.cells.map((cell, i) => (
                <td key={i}>{cell}</td>
              ))}
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
