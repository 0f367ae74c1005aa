import type { Locale } from '../../i18n/locale.js';
import type { IndicatorModel } from '../../model/report-model.js';
import { formatNumber } from '../../i18n/format.js';
import { words } from '../../i18n/words.js';
import { xml } from '../xml.js';
import { FONT, n, textWidth } from './units.js';

const W = 240;
const H = 84;
/** The top band holds the labels of the value needed and of the target, above the plot. */
const PAD = { left: 34, right: 8, top: 20, bottom: 16 };
const AXIS = '#8a949e';
/** The latest actual's mark by status: a shape and a colour, so it reads without colour too. */
const STATUS_MARK: Partial<Record<IndicatorModel['status'], { shape: 'circle' | 'triangle' | 'square'; colour: string }>> = {
  reached: { shape: 'circle', colour: '#0b6e4f' },
  'on-track': { shape: 'circle', colour: '#0b6e4f' },
  'at-risk': { shape: 'triangle', colour: '#9a5b00' },
  'off-track': { shape: 'square', colour: '#b3261e' },
};
const LINE = '#1f5f9e';
const ACCENT = '#0b6e4f';
/** The font stack as an attribute value, escaped once rather than once a chart (a report draws thousands). */
const FONT_ATTR = xml(FONT);

/**
 * The value the plan needs in `year`: on the straight path from the baseline (or
 * the first actual) through the targets; the last target's after it; null before
 * the path starts or without targets.
 */
export function neededValue(ind: Pick<IndicatorModel, 'baseline' | 'actuals' | 'targets'>, year: number): number | null {
  const start = ind.baseline ?? ind.actuals[0];
  if (!start || ind.targets.length === 0 || year <= start.year) return null;
  const path = [start, ...ind.targets.filter((t) => t.year > start.year)];
  for (let i = 1; i < path.length; i++) {
    const [a, b] = [path[i - 1]!, path[i]!];
    if (year <= b.year) return a.value + ((b.value - a.value) * (year - a.year)) / (b.year - a.year);
  }
  return path[path.length - 1]!.value;
}

/**
 * A small line chart of one indicator: the actuals as a line with dots, the
 * baseline as a hollow dot, the targets as diamonds joined to the baseline by a
 * dashed line (the path the plan expects), the value that path needs in `year`
 * (the report's year; default: the year of the latest actual) as a ring, labelled
 * above the plot with the last target; a year after the last point widens the
 * time axis to it. Empty string when there is nothing to draw.
 */
export function renderIndicatorChart(ind: IndicatorModel, locale: Locale, year?: number): string {
  const points = [...(ind.baseline ? [ind.baseline] : []), ...ind.actuals, ...ind.targets];
  if (points.length === 0) return '';
  // Loops, not Math.min(...years): an indicator may have more points than a call takes arguments.
  let [y0, y1, v0, v1] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const p of points) {
    y0 = Math.min(y0, p.year);
    y1 = Math.max(y1, p.year);
    v0 = Math.min(v0, p.value);
    v1 = Math.max(v1, p.value);
  }
  // The value needed this year, on the straight path to the target: a ring where the actual should be.
  const neededYear = year ?? ind.actuals[ind.actuals.length - 1]?.year;
  const needed = neededYear === undefined ? null : neededValue(ind, neededYear);
  // A report year after every point (the last target passed): the axis reaches it, so the ring is drawn.
  if (needed !== null) y1 = Math.max(y1, neededYear!);
  if (v0 === v1) [v0, v1] = [v0 - 1, v1 + 1];
  // Zero-based when the values are non-negative and zero is not far below them; otherwise
  // the axis starts near the data and a break mark on it says that it does not start at 0.
  const zeroBased = v0 >= 0 && v0 <= v1 * 0.5;
  const padV = (v1 - v0) * 0.12;
  [v0, v1] = zeroBased ? [0, v1 + padV] : [v0 - padV, v1 + padV];
  // Room on the left for the longer value label (a six-digit value ran past the picture's edge).
  const left = Math.max(PAD.left, Math.ceil(Math.max(textWidth(formatNumber(round(v1), locale), 8), textWidth(formatNumber(round(v0), locale), 8))) + 7);
  const x = (year: number) => left + (y1 === y0 ? 0.5 : (year - y0) / (y1 - y0)) * (W - left - PAD.right);
  const y = (value: number) => PAD.top + (1 - (value - v0) / (v1 - v0)) * (H - PAD.top - PAD.bottom);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" class="planverk-chart" font-family="${FONT_ATTR}">`,
    `<title>${xml(ind.title)}</title>`,
    `<line x1="${left}" y1="${H - PAD.bottom}" x2="${W - PAD.right}" y2="${H - PAD.bottom}" stroke="#c9d0d8" stroke-width="1"/>`,
    `<line x1="${left}" y1="${PAD.top}" x2="${left}" y2="${H - PAD.bottom}" stroke="${AXIS}" stroke-width="1"/>`,
    `<text x="${left - 3}" y="${n(PAD.top + 3)}" font-size="8" fill="#4a5561" text-anchor="end">${xml(formatNumber(round(v1), locale))}</text>`,
    `<text x="${left - 3}" y="${n(H - PAD.bottom)}" font-size="8" fill="#4a5561" text-anchor="end">${xml(formatNumber(round(v0), locale))}</text>`,
  ];
  if (!zeroBased) {
    // A zigzag across the value axis: the axis is cut, it does not start at zero.
    // Below the plot, where no point can hide it: the axis goes on past its start, cut by two strokes.
    const by = H - PAD.bottom + 4;
    out.push(`<g class="axis-break" stroke="${AXIS}" stroke-width="1.2"><line x1="${left}" y1="${H - PAD.bottom}" x2="${left}" y2="${by + 4}"/><line x1="${left - 4}" y1="${by + 1}" x2="${left + 4}" y2="${by - 2}"/><line x1="${left - 4}" y1="${by + 4}" x2="${left + 4}" y2="${by + 1}"/></g>`);
  }
  // A target line at the last target's value, so the distance to it is plain.
  const goal = ind.targets[ind.targets.length - 1];
  if (goal) out.push(`<line x1="${left}" y1="${n(y(goal.value))}" x2="${W - PAD.right}" y2="${n(y(goal.value))}" stroke="${ACCENT}" stroke-width="0.8" stroke-dasharray="1 2" class="target-line"/>`);
  const start = ind.baseline ?? ind.actuals[0];
  if (start && ind.targets.length > 0) {
    const path = [start, ...ind.targets.filter((t) => t.year > start.year)];
    out.push(`<polyline points="${path.map((p) => `${n(x(p.year))},${n(y(p.value))}`).join(' ')}" fill="none" stroke="${ACCENT}" stroke-width="1" stroke-dasharray="3 3"/>`);
  }
  if (ind.actuals.length > 0) {
    out.push(`<polyline points="${ind.actuals.map((p) => `${n(x(p.year))},${n(y(p.value))}`).join(' ')}" fill="none" stroke="${LINE}" stroke-width="2"/>`);
    for (const p of ind.actuals) out.push(`<circle cx="${n(x(p.year))}" cy="${n(y(p.value))}" r="2.2" fill="${LINE}"><title>${p.year}: ${xml(formatNumber(p.value, locale))}</title></circle>`);
  }
  if (ind.baseline) {
    out.push(`<circle cx="${n(x(ind.baseline.year))}" cy="${n(y(ind.baseline.value))}" r="3" fill="#ffffff" stroke="${LINE}" stroke-width="1.5"><title>${ind.baseline.year}: ${xml(formatNumber(ind.baseline.value, locale))}</title></circle>`);
  }
  // The needed mark goes here, under the status mark, so the actual's shape stays visible.
  const neededAt = out.length;
  const mark = STATUS_MARK[ind.status];
  const last = ind.actuals[ind.actuals.length - 1];
  if (mark && last) {
    const [cx, cy] = [x(last.year), y(last.value)];
    const title = `<title>${last.year}: ${xml(formatNumber(last.value, locale))}</title>`;
    const attrs = `fill="${mark.colour}" stroke="#ffffff" stroke-width="1" class="status status-${ind.status}"`;
    if (mark.shape === 'circle') out.push(`<circle cx="${n(cx)}" cy="${n(cy)}" r="4" ${attrs}>${title}</circle>`);
    else if (mark.shape === 'square') out.push(`<rect x="${n(cx - 3.5)}" y="${n(cy - 3.5)}" width="7" height="7" ${attrs}>${title}</rect>`);
    else out.push(`<path d="M${n(cx)} ${n(cy - 4.5)} L${n(cx + 4.5)} ${n(cy + 3.5)} L${n(cx - 4.5)} ${n(cy + 3.5)} Z" ${attrs}>${title}</path>`);
  }
  for (const p of ind.targets) {
    const cx = x(p.year);
    const cy = y(p.value);
    out.push(`<path d="M${n(cx)} ${n(cy - 4)} L${n(cx + 4)} ${n(cy)} L${n(cx)} ${n(cy + 4)} L${n(cx - 4)} ${n(cy)} Z" fill="${ACCENT}"><title>${p.year}: ${xml(formatNumber(p.value, locale))}</title></path>`);
  }
  const w = words(locale).matrixTrace;
  const top: string[] = [];
  if (needed !== null && neededYear! >= y0 && neededYear! <= y1) {
    const [cx, cy] = [x(neededYear!), y(needed)];
    const text = `${w.needed(neededYear!)}: ${formatNumber(round(needed), locale)}`;
    out.splice(
      neededAt,
      0,
      `<g class="needed"><line x1="${n(cx - 6)}" y1="${n(cy)}" x2="${n(cx + 6)}" y2="${n(cy)}" stroke="${ACCENT}" stroke-width="1.5"/><circle cx="${n(cx)}" cy="${n(cy)}" r="3.2" fill="none" stroke="${ACCENT}" stroke-width="1.5"><title>${xml(text)}</title></circle></g>`,
    );
    top.push(text);
  }
  if (goal) top.push(`${w.targetValue(goal.year)}: ${formatNumber(goal.value, locale)}`);
  // Both labels when they fit side by side, else the first alone.
  const fits = top.length < 2 || textWidth(top[0]!, 8) + textWidth(top[1]!, 8) + 10 <= W - 4 - PAD.right;
  if (top[0]) out.push(`<text x="4" y="11" font-size="8" fill="${ACCENT}">${xml(top[0])}</text>`);
  if (top[1] && fits) out.push(`<text x="${W - PAD.right}" y="11" font-size="8" fill="${ACCENT}" text-anchor="end">${xml(top[1])}</text>`);
  out.push(
    `<text x="${left + 6}" y="${H - 3}" font-size="9" fill="#4a5561">${y0}</text>`,
    `<text x="${W - PAD.right}" y="${H - 3}" font-size="9" fill="#4a5561" text-anchor="end">${y1}</text>`,
    '</svg>',
  );
  return out.join('');
}

/** Axis labels with at most three significant digits' worth of decimals. */
function round(value: number): number {
  const abs = Math.abs(value);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
  return Number(value.toFixed(digits));
}
