import type { StatusResult } from '../../model/indicator-status.js';
import type { Trend } from '../../model/indicator-trend.js';
import { STATUSES, type StatusCounts } from '../../model/scorecard.js';
import type { IndicatorStatus } from '../../model/indicator-status.js';
import type { Catalogue } from '../../i18n/words.js';
import { formatNumber as formatLocaleNumber } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locale.js';

/**
 * One symbol per status that differs by shape, not only by colour, so the
 * scorecard reads the same in black and white and for colour-blind readers.
 */
export const SYMBOL: Record<IndicatorStatus, string> = {
  reached: '★',
  'on-track': '●',
  'at-risk': '▲',
  'off-track': '✖',
  'no-data': '○',
  'no-target': '–',
};

/** The colour of each status in terminals (chalk / ink colour names). */
export const COLOR: Record<IndicatorStatus, 'green' | 'greenBright' | 'yellow' | 'red' | 'gray'> = {
  reached: 'greenBright',
  'on-track': 'green',
  'at-risk': 'yellow',
  'off-track': 'red',
  'no-data': 'gray',
  'no-target': 'gray',
};

const BARS = '▁▂▃▄▅▆▇█';

/** The lowest and highest of the values, by a loop, not Math.min(...values): an indicator may have more actuals than a call takes arguments. */
function extent(values: readonly number[]): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return [min, max];
}

/**
 * The values as a one-line bar chart, lowest value ▁ and highest █; a flat series sits in the middle.
 * The bars span at least a tenth of the largest value, so 92.8 → 93.6 reads as the small rise it
 * is and not as a climb from nothing (▁▂ rather than ▁█).
 */
export function sparkline(values: readonly number[]): string {
  if (values.length === 0) return '';
  const [min, max] = extent(values);
  if (max === min) return BARS[3]!.repeat(values.length);
  const span = Math.max(max - min, Math.max(Math.abs(max), Math.abs(min)) * 0.1);
  return values.map((v) => BARS[Math.round(((v - min) / span) * (BARS.length - 1))]!).join('');
}

/**
 * The scale a sparkline is read by: its lowest and highest value in the locale's numbers,
 * with the unit ("86,4–88,6 %", "3 200 – 4 100 tonn"); the dash is spaced when a bound
 * has a space or a minus sign in it. One value for a flat series, '' for none.
 */
export function seriesScale(values: readonly number[], unit: string | undefined, locale: Locale): string {
  if (values.length === 0) return '';
  const [min, max] = extent(values);
  const [lo, hi] = [formatNumber(min, locale), formatNumber(max, locale)];
  const dash = /[\s\u2212-]/.test(lo + hi) ? ' – ' : '–';
  const u = unitText(unit);
  return `${min === max ? lo : `${lo}${dash}${hi}`}${u ? ` ${u}` : ''}`;
}

/** How many of the latest values a table's sparkline shows, so that it and its scale fit the cell. */
export const SERIES_IN_TABLE = 20;

/**
 * A table's series cell: the sparkline of the latest SERIES_IN_TABLE values (… before
 * them when older ones are left out) and the scale of what it shows: "▁▁▂▂▃▃ 86,4–88,6 %".
 */
export function seriesCell(values: readonly number[], unit: string | undefined, locale: Locale): string {
  if (values.length === 0) return '';
  const shown = values.length > SERIES_IN_TABLE ? values.slice(-SERIES_IN_TABLE) : values;
  return `${shown === values ? '' : '…'}${sparkline(shown)} ${seriesScale(shown, unit, locale)}`;
}

/** A number in the locale's style, with fewer decimals the larger it is; plain spaces, as terminal tables align them. */
export function formatNumber(value: number, locale: Locale): string {
  const size = Math.abs(value);
  const maxDecimals = size >= 1000 ? 0 : size >= 100 ? 1 : 2;
  return formatLocaleNumber(value, locale, { maxDecimals }).replace(/\u00a0|\u202f/g, ' ');
}

/** A value with its unit where the unit is short enough to repeat in a table cell (percent). */
export function formatValue(value: number, unit: string | undefined, locale: Locale): string {
  const n = formatNumber(value, locale);
  return unit === 'percent' || unit === '%' ? `${n} %` : n;
}

/** A value and its year: "44,9 % (2025)". */
export function formatPoint(point: { year: number; value: number } | undefined, unit: string | undefined, locale: Locale): string {
  return point ? `${formatValue(point.value, unit, locale)} (${point.year})` : '–';
}

/** The unit as written in the unit column: percent as %, count as nothing, free text as it is. */
export function unitText(unit: string | undefined): string {
  if (!unit || unit === 'count') return '';
  return unit === 'percent' ? '%' : unit;
}

/** An arrow for the raw movement and the word for what it means for the indicator. */
export function trendText(trend: Trend | undefined, w: Catalogue): string {
  if (!trend) return '–';
  const arrow = trend.direction === 'steady' ? '→' : trend.slope > 0 ? '↗' : '↘';
  return `${arrow} ${w.scorecard.trend[trend.direction]}`;
}

/** The next target the indicator is measured against in the scorecard's year. */
export function nextTarget(result: StatusResult): { year: number; value: number } | undefined {
  return result.neededThisYear?.target ?? result.target;
}

/**
 * "20 indikatorer: ★ 3 nådd · ● 7 i rute …": the main five statuses always,
 * `no-target` when it occurs. The lead says what is counted: indicators, not goals.
 */
export function countsText(counts: StatusCounts, w: Catalogue): string {
  const total = STATUSES.reduce((sum, s) => sum + counts[s], 0);
  const parts = STATUSES.filter((s) => s !== 'no-target' || counts[s] > 0).map((s) => `${SYMBOL[s]} ${counts[s]} ${w.indicatorStatus[s].toLowerCase()}`);
  return `${w.scorecard.indicatorCount(total)}: ${parts.join(' · ')}`;
}
