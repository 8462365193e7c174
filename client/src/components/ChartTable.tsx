import { useTranslation } from 'react-i18next';

export interface ChartTableRow {
  /** The row's day, its heading. */
  asOf: string;
  /** One text per column, in the order of `columns`. */
  cells: string[];
}

/**
 * The figures behind a chart, as a visible table beside it (the chart itself is hidden from assistive technology):
 * one row per day, in a region that scrolls sideways on its own on a narrow screen.
 */
export function ChartTable({
  columns,
  rows,
  footer,
}: {
  columns: string[];
  rows: ChartTableRow[];
  footer?: { label: string; cells: string[] };
}) {
  const { t } = useTranslation();
  return (
    <div className="chart-table table-scroll">
      <table className="compact">
        <caption>{t('dashboard.trendTable')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.date')}</th>
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
