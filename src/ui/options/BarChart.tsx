import { parseISO } from 'date-fns';
import type { DayTotals } from '../../core/historyStats';
import { t, uiLanguage } from '../../platform/i18n';
import { formatNumber } from '../format';

/** A local day key (yyyy-MM-dd), read as that day's local midnight, in the person's locale. */
function formatDay(day: string, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(uiLanguage(), options).format(parseISO(day));
}

/** The outcomes the chart stacks, bottom to top. Snoozes are not breaks taken or missed: counted in the totals above. */
const CHART_SERIES = [
  { key: 'done', labelKey: 'optSeriesDone', className: 'bar-done' },
  { key: 'stoppedEarly', labelKey: 'optSeriesStoppedEarly', className: 'bar-early' },
  { key: 'skipped', labelKey: 'optSeriesSkipped', className: 'bar-skipped' },
] as const;

const WIDTH = 640;
const HEIGHT = 200;
const MARGIN = { top: 12, right: 12, bottom: 28, left: 34 };
const PLOT_W = WIDTH - MARGIN.left - MARGIN.right;
const PLOT_H = HEIGHT - MARGIN.top - MARGIN.bottom;

function total(d: DayTotals): number {
  return d.done + d.stoppedEarly + d.skipped;
}

/** Which days get a label under the axis: every day in a week, every fifth (ending today) in a month. */
function labelled(index: number, count: number): boolean {
  return count <= 10 || (count - 1 - index) % 5 === 0;
}

/**
 * Breaks per local day as stacked SVG bars (done, stopped early, skipped), with an `aria-label`
 * summary on the image and the same numbers in a table behind "Show as a table".
 */
export function BarChart({ days }: { days: DayTotals[] }) {
  const n = days.length;
  const maxTotal = days.reduce((m, d) => Math.max(m, total(d)), 0);
  const yMax = Math.max(1, maxTotal);
  const ticks = [...new Set([0, Math.ceil(yMax / 2), yMax])];
  const y = (v: number) => MARGIN.top + PLOT_H - (v / yMax) * PLOT_H;
  const slot = PLOT_W / Math.max(1, n);
  const barW = Math.min(36, slot * 0.65);
  const sums = { done: 0, stoppedEarly: 0, skipped: 0 };
  for (const d of days) {
    sums.done += d.done;
    sums.stoppedEarly += d.stoppedEarly;
    sums.skipped += d.skipped;
  }
  const summary = t('optChartSummary', [n, sums.done, sums.stoppedEarly, sums.skipped, maxTotal].map(formatNumber));
  const axisLabel = (day: string) =>
    n <= 10 ? formatDay(day, { weekday: 'short' }) : formatDay(day, { day: 'numeric', month: 'short' });

  return (
    <div class="chart" data-testid={`chart-${n}`}>
      <svg
        class="bars"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={summary}
        preserveAspectRatio="xMidYMid meet"
      >
        {ticks.map((v) => (
          <g key={v} class="tick">
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(v)} y2={y(v)} />
            <text x={MARGIN.left - 6} y={y(v)} dy="0.35em" text-anchor="end">
              {formatNumber(v)}
            </text>
          </g>
        ))}
        {days.map((d, i) => {
          const x = MARGIN.left + i * slot + (slot - barW) / 2;
          let base = 0;
          return (
            <g key={d.day} data-day={d.day}>
              {CHART_SERIES.map((s) => {
                const value = d[s.key];
                if (value === 0) return null;
                const top = y(base + value);
                const height = y(base) - top;
                base += value;
                return (
                  <rect
                    key={s.key}
                    class={s.className}
                    data-series={s.key}
                    data-value={value}
                    x={x}
                    y={top}
                    width={barW}
                    height={height}
                  >
                    <title>{`${formatDay(d.day, { weekday: 'short', day: 'numeric', month: 'short' })}: ${t(s.labelKey)} ${formatNumber(value)}`}</title>
                  </rect>
                );
              })}
              {labelled(i, n) && (
                <text
                  class="axis-label"
                  x={n > 10 && i === n - 1 ? x + barW : x + barW / 2}
                  y={HEIGHT - 8}
                  text-anchor={n > 10 && i === n - 1 ? 'end' : 'middle'}
                >
                  {axisLabel(d.day)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <ul class="legend" aria-hidden="true">
        {CHART_SERIES.map((s) => (
          <li key={s.key}>
            <span class={`swatch ${s.className}`} />
            {t(s.labelKey)}
          </li>
        ))}
      </ul>
      <details class="as-table">
        <summary>{t('optShowTable')}</summary>
        <table>
          <caption>{t('optTableCaption', n)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('optTableDay')}</th>
              {CHART_SERIES.map((s) => (
                <th scope="col" key={s.key}>
                  {t(s.labelKey)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.day} data-day={d.day}>
                <th scope="row">{formatDay(d.day, { weekday: 'short', day: 'numeric', month: 'short' })}</th>
                {CHART_SERIES.map((s) => (
                  <td key={s.key} data-series={s.key}>
                    {formatNumber(d[s.key])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
