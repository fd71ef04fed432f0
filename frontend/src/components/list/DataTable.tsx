import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type SortDirection = 'ascending' | 'descending';

/** How the table is sorted: the column's `sortKey` and the direction. */
export interface TableSort {
  key: string;
  direction: SortDirection;
}

/** One column: its header, how a row fills its cell, and whether it sorts. */
export interface Column<T> {
  /** Stable key of the column (React key). */
  id: string;
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** The cell names the row (rendered as <th scope="row">). */
  rowHeader?: boolean;
  className?: string;
  /** Makes the header a sort button for this key (needs `sort` and `onSort` on the table). */
  sortKey?: string;
  /** The direction of the first click on this header (dates read newest first). */
  firstDirection?: SortDirection;
  /** The header text the "sort by" button names when `header` is not plain text. */
  sortLabel?: string;
}

interface DataTableProps<T> {
  columns: readonly (Column<T> | false | null | undefined)[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  caption: ReactNode;
  /** Hides the caption visually (it stays the table's accessible name). */
  captionHidden?: boolean;
  /** Extra classes of the DSFR table block (fr-table--sm, fr-mt-2w…). */
  className?: string;
  /** data-testid of the table block. */
  testId?: string;
  /** data-testid of the <table> itself. */
  tableTestId?: string;
  rowTestId?: (row: T) => string | undefined;
  sort?: TableSort | null;
  onSort?: (sort: TableSort) => void;
  /** Rows after the data rows (a totals line). */
  footer?: ReactNode;
}

/** The one DSFR table of the interface: column configuration over rows, sortable headers announce their order. */
export function DataTable<T>({
  columns,
  rows,
  rowKey,
  caption,
  captionHidden = false,
  className,
  testId,
  tableTestId,
  rowTestId,
  sort = null,
  onSort,
  footer,
}: DataTableProps<T>) {
  const shown = columns.filter((c): c is Column<T> => typeof c === 'object' && c !== null);
  const classes = ['fr-table', captionHidden ? 'fr-table--no-caption' : null, className].filter(Boolean).join(' ');
  return (
    <div className={classes} data-testid={testId}>
      <div className="fr-table__wrapper">
        {/* Focusable so a keyboard can scroll a table wider than the screen (axe: scrollable-region-focusable). */}
        <div className="fr-table__container" tabIndex={0}>
          <div className="fr-table__content">
            <table data-testid={tableTestId}>
              <caption>{caption}</caption>
              <thead>
                <tr>
                  {shown.map((column) =>
                    column.sortKey !== undefined && onSort !== undefined ? (
                      <SortHeader key={column.id} column={column} sortKey={column.sortKey} sort={sort} onSort={onSort} />
                    ) : (
                      <th key={column.id} scope="col">
                        {column.header}
                      </th>
                    ),
                  )}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={rowKey(row)} data-testid={rowTestId?.(row)}>
                    {shown.map((column) =>
                      column.rowHeader === true ? (
                        <th key={column.id} scope="row" className={column.className}>
                          {column.cell(row)}
                        </th>
                      ) : (
                        <td key={column.id} className={column.className}>
                          {column.cell(row)}
                        </td>
                      ),
                    )}
                  </tr>
                ))}
                {footer}
              </tbody>
            </table>
          </div>
        </div>
      </div>
    </div>
  );
}

/** A sortable header: aria-sort says how the table is sorted, the button changes it. */
function SortHeader<T>({
  column,
  sortKey,
  sort,
  onSort,
}: {
  column: Column<T>;
  sortKey: string;
  sort: TableSort | null;
  onSort: (sort: TableSort) => void;
}) {
  const { t } = useTranslation();
  const direction = sort?.key === sortKey ? sort.direction : undefined;
  const next: SortDirection =
    direction === 'ascending' ? 'descending' : direction === 'descending' ? 'ascending' : (column.firstDirection ?? 'ascending');
  const label = column.sortLabel ?? (typeof column.header === 'string' ? column.header : sortKey);
  return (
    <th scope="col" aria-sort={direction}>
      <button
        type="button"
        className="boucle-sort-button"
        title={t('list.sortBy', { column: label })}
        onClick={() => {
          onSort({ key: sortKey, direction: next });
        }}
      >
        {column.header}
        <span aria-hidden="true" className="boucle-sort-icon">
          {direction === 'ascending' ? ' ▲' : direction === 'descending' ? ' ▼' : ' ↕'}
        </span>
      </button>
    </th>
  );
}
