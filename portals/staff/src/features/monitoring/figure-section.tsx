import { Button, DataTable, useI18n } from '@ixl/ui';
import type { ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { downloadCsv, toCsv } from './csv.js';

/** Colours of the series (contrast ≥ 3:1 on white). */
const COLOURS = ['#0b5cad', '#b3541e', '#2e7d32', '#6a1b9a', '#ad1457'];

export interface FigureColumn<T> {
  key: string;
  header: string;
  /** Value shown in the table (and written to the CSV unless `csv` is given). */
  value: (row: T) => string | number | null;
  /** The CSV cell when the shown value is formatted (a percentage, an amount): a plain number. */
  csv?: (row: T) => string | number | null;
}

export interface FigureProps<T> {
  /** Stable id: the section's anchor and the CSV file name. */
  id: string;
  title: string;
  definition?: string;
  rows: T[];
  rowKey: (row: T) => string;
  columns: FigureColumn<T>[];
  /** Bar chart: the category label and the numeric series to draw. */
  chart?: { label: (row: T) => string; series: { name: string; value: (row: T) => number }[]; layout?: 'horizontal' | 'vertical' };
  /** The rows the chart draws when they differ from the table's (e.g. the years without the total row). */
  chartRows?: T[];
  period: string;
  children?: ReactNode;
}

/** One figure of the report: its definition, a chart, the table of its numbers and its CSV export. */
export function FigureSection<T>({ id, title, definition, rows, rowKey, columns, chart, chartRows, period, children }: FigureProps<T>) {
  const { t, lang } = useI18n();
  const drawn = chartRows ?? rows;
  const data = chart
    ? drawn.map((r) => Object.fromEntries([['label', chart.label(r)], ...chart.series.map((s, i) => [`s${i}`, s.value(r)])]))
    : [];
  const vertical = chart?.layout === 'vertical';
  return (
    <section className="ixl-card monitoring-figure" id={`figure-${id}`} aria-labelledby={`figure-${id}-title`} data-figure={id}>
      <h3 id={`figure-${id}-title`}>{title}</h3>
      {definition ? (
        <p className="monitoring-definition">
          <strong>{t('monitoring.definition')}:</strong> {definition}
        </p>
      ) : null}
      {children}
      {chart && drawn.length ? (
        <figure className="monitoring-chart" aria-label={t('monitoring.chartOf', { title })}>
          <ResponsiveContainer width="100%" height={vertical ? Math.max(180, drawn.length * 32 + 60) : 260}>
            <BarChart
              data={data}
              layout={vertical ? 'vertical' : 'horizontal'}
              margin={{ top: 8, right: 16, bottom: 8, left: vertical ? 8 : 0 }}
            >
              <CartesianGrid strokeDasharray="3 3" />
              {vertical ? (
                <XAxis type="number" allowDecimals={false} />
              ) : (
                <XAxis
                  dataKey="label"
                  interval={0}
                  angle={drawn.length > 6 ? -30 : 0}
                  textAnchor={drawn.length > 6 ? 'end' : 'middle'}
                  height={drawn.length > 6 ? 60 : 30}
                />
              )}
              {vertical ? <YAxis type="category" dataKey="label" width={140} /> : <YAxis allowDecimals={false} />}
              <Tooltip />
              {chart.series.length > 1 ? <Legend /> : null}
              {chart.series.map((s, i) => (
                <Bar key={s.name} dataKey={`s${i}`} name={s.name} fill={COLOURS[i % COLOURS.length]} isAnimationActive={false} />
              ))}
            </BarChart>
          </ResponsiveContainer>
        </figure>
      ) : null}
      {rows.length ? (
        <DataTable
          caption={title}
          captionHidden
          rows={rows}
          rowKey={rowKey}
          columns={columns.map((c) => ({ key: c.key, header: c.header, cell: (r: T) => c.value(r) ?? '—' }))}
        />
      ) : (
        <p>{t('monitoring.noData')}</p>
      )}
      <div className="ixl-actions monitoring-no-print">
        <Button
          variant="secondary"
          onClick={() =>
            downloadCsv(
              `ixl-${id}-${period}.csv`,
              toCsv(
                columns.map((c) => c.header),
                rows.map((r) => columns.map((c) => (c.csv ? c.csv(r) : c.value(r)))),
                lang,
              ),
            )
          }
        >
          {t('monitoring.csv', { title })}
        </Button>
      </div>
    </section>
  );
}

/** A headline number with its label and definition. */
export function Tile({ label, value, definition }: { label: string; value: string | number; definition?: string }) {
  return (
    <div className="monitoring-tile">
      <div className="monitoring-tile__value">{value}</div>
      <div className="monitoring-tile__label">{label}</div>
      {definition ? <p className="monitoring-definition">{definition}</p> : null}
    </div>
  );
}
