import type { ReactNode } from 'react';
import { useI18n } from './i18n.js';

export interface Column<T> {
  key: string;
  header: string;
  cell: (row: T) => ReactNode;
}

/** A data table with a caption; on a phone each row becomes a labelled card. */
export function DataTable<T>({
  caption,
  captionHidden,
  columns,
  rows,
  rowKey,
}: {
  caption: string;
  /** For screen readers only (when a heading just above says the same). */ captionHidden?: boolean;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
}) {
  return (
    <div className="ixl-table-wrap">
      <table className="ixl-table ixl-table--stack">
        <caption className={captionHidden ? 'ixl-sr-only' : undefined}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col">
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((c) => (
                <td key={c.key} data-label={c.header}>
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** "1–20 of 300" with previous/next buttons (cursor pagination: the caller keeps the cursors). */
export function Pager({
  from,
  to,
  total,
  hasPrevious,
  hasNext,
  onPrevious,
  onNext,
  busy,
}: {
  from: number;
  to: number;
  total: number;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious(): void;
  onNext(): void;
  busy?: boolean;
}) {
  const { t } = useI18n();
  return (
    <div className="ixl-pager">
      <p aria-live="polite" style={{ margin: 0 }}>
        {t('pager.range', { from, to, total })}
      </p>
      <button type="button" className="ixl-button ixl-button--secondary" disabled={!hasPrevious || busy} onClick={onPrevious}>
        {t('pager.previous')}
      </button>
      <button type="button" className="ixl-button ixl-button--secondary" disabled={!hasNext || busy} onClick={onNext}>
        {t('pager.next')}
      </button>
    </div>
  );
}
