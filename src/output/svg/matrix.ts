import { compareTargets } from '../../catalog/target-order.js';
import type { Locale } from '../../i18n/locale.js';
import { words } from '../../i18n/words.js';
import type { MaterialityEntryModel, MaterialityModel } from '../../model/report-model.js';
import { priorityOverride } from '../../model/materiality.js';
import { formatNumber } from '../../i18n/format.js';
import { reportLabel as label } from '../../i18n/report-label.js';
import { placeLabels, type Box } from './label-layout.js';
import { truncateShown } from '../text.js';
import { xml } from '../xml.js';
import { FONT, n, textWidth } from './units.js';

const PLOT = 440;
const LEFT = 76;
const TOP = 56;
const LEGEND_X = LEFT + PLOT + 40;
const PANEL = 420;
const WIDTH = LEGEND_X + PANEL + 16;
const ACCENT = '#0b6e4f';
const MUTED = '#4a5561';
const ABOVE = '#e6f2ec';
/** Up to this many assessed targets the panel lists each with its full title; beyond, it lists the targets of each cell. */
const TITLED_LIST = 30;
const ID_FONT = 10;
const ID_LINE = 13;
const MARK = { raised: '↑', lowered: '↓' } as const;

/** A text of the matrix with the box it is expected to take (estimated from the font size). */
export interface MatrixLabel extends Box {
  text: string;
}

/** One occupied score pair of the matrix: its targets, and whether they are listed in the cell or counted. */
export interface MatrixCell {
  significance: number;
  influence: number;
  entries: MaterialityEntryModel[];
  /** Ids drawn in the cell (true), or a count in the cell with the ids in the list beside (false). */
  listed: boolean;
}

/** Where everything of the plot goes; exported so tests can check that its texts never overlap. */
export interface MatrixLayout {
  /** Score ranges the axes show: the used scores, which may be fewer than the scale's. */
  x: { min: number; max: number };
  y: { min: number; max: number };
  /** Whether an axis shows less than the whole scale. */
  cropped: boolean;
  /** One cell per whole score pair (on a whole-number scale of at most MAX_TICKS steps), else one mark per pair. */
  whole: boolean;
  cells: MatrixCell[];
  /** The texts inside the plot, with their estimated boxes. */
  labels: MatrixLabel[];
  px: (v: number) => number;
  py: (v: number) => number;
  cellW: number;
  cellH: number;
}

function range(values: number[], fallback: { min: number; max: number }): { min: number; max: number } {
  let [min, max] = [Infinity, -Infinity];
  for (const v of values) if (Number.isFinite(v)) [min, max] = [Math.min(min, v), Math.max(max, v)];
  return min <= max ? { min, max } : fallback;
}

function idText(e: MaterialityEntryModel, threshold: number | null): string {
  const o = priorityOverride(e, threshold);
  return o ? `${MARK[o]}${e.target}` : e.target;
}

/** Lays out the cells and the texts of the plot. */
export function layoutMatrix(m: MaterialityModel): MatrixLayout {
  const x = range(m.entries.map((e) => e.influence), m.scale);
  const y = range(m.entries.map((e) => e.significance), m.scale);
  const cropped = x.min > m.scale.min || x.max < m.scale.max || y.min > m.scale.min || y.max < m.scale.max;
  const whole =
    x.max - x.min <= MAX_TICKS && y.max - y.min <= MAX_TICKS && (m.threshold === null || Number.isInteger(m.threshold)) &&
    m.entries.every((e) => Number.isInteger(e.significance) && Number.isInteger(e.influence));
  const pad = (r: { min: number; max: number }) => (whole ? 0.5 : Math.max((r.max - r.min) * 0.06, 0.5));
  const [xlo, xhi, ylo, yhi] = [x.min - pad(x), x.max + pad(x), y.min - pad(y), y.max + pad(y)];
  const px = (v: number) => LEFT + ((v - xlo) / (xhi - xlo)) * PLOT;
  const py = (v: number) => TOP + PLOT - ((v - ylo) / (yhi - ylo)) * PLOT;
  const cellW = whole ? PLOT / (xhi - xlo) : 0;
  const cellH = whole ? PLOT / (yhi - ylo) : 0;

  const byPair = new Map<string, MaterialityEntryModel[]>();
  for (const e of m.entries) {
    const key = `${e.significance}/${e.influence}`;
    const list = byPair.get(key);
    if (list) list.push(e);
    else byPair.set(key, [e]);
  }
  const cells: MatrixCell[] = [...byPair.values()].map((list) => ({
    significance: list[0]!.significance,
    influence: list[0]!.influence,
    entries: list.sort((a, b) => compareTargets(a.target, b.target)),
    listed: false,
  }));
  cells.sort((a, b) => b.significance + b.influence - (a.significance + a.influence) || b.significance - a.significance || b.influence - a.influence);

  const labels: MatrixLabel[] = [];
  if (whole) {
    for (const c of cells) {
      const [cx, cy] = [px(c.influence), py(c.significance)];
      const texts = c.entries.map((e) => idText(e, m.threshold));
      const colW = Math.max(...texts.map((s) => textWidth(s, ID_FONT))) + 6;
      const maxCols = Math.max(1, Math.floor((cellW - 8) / colW));
      const maxRows = Math.max(1, Math.floor((cellH - 8) / ID_LINE));
      if (texts.length <= maxCols * maxRows) {
        c.listed = true;
        const cols = Math.ceil(texts.length / maxRows);
        const rows = Math.ceil(texts.length / cols);
        const left = cx - (cols * colW - 6) / 2;
        const top = cy - (rows * ID_LINE) / 2;
        texts.forEach((s, i) => {
          labels.push({ text: s, x: left + Math.floor(i / rows) * colW, y: top + (i % rows) * ID_LINE, w: textWidth(s, ID_FONT), h: ID_LINE });
        });
      } else {
        // Too many to list: the count in the cell, and below it the overrides if they fit.
        const count = String(c.entries.length);
        labels.push({ text: count, x: cx - textWidth(count, 18) / 2, y: cy - 16, w: textWidth(count, 18), h: 20 });
        const overrides = c.entries.filter((e) => priorityOverride(e, m.threshold)).map((e) => idText(e, m.threshold));
        const room = Math.floor((cy + cellH / 2 - 4 - (cy + 6)) / ID_LINE);
        const lines = overrides.length <= room ? overrides : overrides.length > 0 && room > 0 ? [summary(c.entries, m.threshold)] : [];
        lines.forEach((s, i) => labels.push({ text: s, x: cx - textWidth(s, ID_FONT) / 2, y: cy + 6 + i * ID_LINE, w: textWidth(s, ID_FONT), h: ID_LINE }));
      }
    }
  } else {
    // A wide or fractional scale: one mark per score pair, its id or count placed where it overlaps nothing.
    const marks = cells.map((c) => ({ x: px(c.influence), y: py(c.significance) }));
    const texts = cells.map((c) => (c.entries.length === 1 ? idText(c.entries[0]!, m.threshold) : String(c.entries.length)));
    const places = placeLabels(
      marks.map((p, i) => ({ ...p, w: textWidth(texts[i]!, ID_FONT) + 4, h: ID_LINE })),
      marks.map((p) => ({ x: p.x - 5, y: p.y - 5, w: 10, h: 10 })),
      { x: LEFT, y: TOP, w: PLOT, h: PLOT },
    );
    places.forEach((b, i) => labels.push({ text: texts[i]!, x: b.x + 2, y: b.y, w: b.w - 4, h: b.h }));
  }
  return { x, y, cropped, whole, cells, labels, px, py, cellW, cellH };
}

/** "↑2 ↓1": how many of a cell's targets are raised and lowered. */
function summary(entries: MaterialityEntryModel[], threshold: number | null): string {
  const count = (o: 'raised' | 'lowered') => entries.filter((e) => priorityOverride(e, threshold) === o).length;
  return (['raised', 'lowered'] as const).filter((o) => count(o) > 0).map((o) => `${MARK[o]}${count(o)}`).join(' ');
}

/** Words of `text` in lines no wider than `width` at `fontSize`; a word longer than a line gets a line of its own. */
function wrap(text: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fontSize) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The materiality matrix as a self-contained SVG: influence across, significance
 * up, both axes cropped to the scores in use (and marked so). Each score pair is a
 * cell, shaded when it reaches the threshold; a cell lists its targets' ids when
 * they fit and shows their count when they do not. Prioritised ids are bold,
 * overrides of the threshold are marked ↑ (prioritised below it) or ↓ (left out
 * above it). Beside the plot: the legend, and either every target with its full
 * title (a short assessment) or every cell's targets (a long one).
 */
export function renderMatrixSvg(m: MaterialityModel, locale: Locale): string {
  const t = (key: string) => label(locale, key) ?? key;
  const w = words(locale).matrixTrace;
  const layout = layoutMatrix(m);
  const { px, py, whole, cellW, cellH } = layout;
  const prioritisedOf = new Map(m.entries.map((e) => [e.target, e] as const));
  const body: string[] = [];
  const sig = t('col.significance').toLowerCase();
  const inf = t('col.influence').toLowerCase();

  // Cells (whole scores) or grid lines, shaded where the sum reaches the threshold.
  const xs = scores(layout.x.min, layout.x.max);
  const ys = scores(layout.y.min, layout.y.max);
  if (whole) {
    body.push('<g class="cells" stroke="#dfe3e8" stroke-width="1">');
    for (const s of ys) {
      for (const i of xs) {
        const above = m.threshold !== null && s + i >= m.threshold;
        body.push(`<rect x="${n(px(i) - cellW / 2)}" y="${n(py(s) - cellH / 2)}" width="${n(cellW)}" height="${n(cellH)}" fill="${above ? ABOVE : '#ffffff'}"/>`);
      }
    }
    body.push('</g>');
  } else {
    body.push(`<rect x="${LEFT}" y="${TOP}" width="${PLOT}" height="${PLOT}" fill="#ffffff" stroke="#dfe3e8"/>`, '<g stroke="#eef0f3" stroke-width="1">');
    for (const i of xs) body.push(`<line x1="${n(px(i))}" y1="${TOP}" x2="${n(px(i))}" y2="${TOP + PLOT}"/>`);
    for (const s of ys) body.push(`<line x1="${LEFT}" y1="${n(py(s))}" x2="${LEFT + PLOT}" y2="${n(py(s))}"/>`);
    body.push('</g>');
  }
  body.push(`<g font-size="12" fill="${MUTED}">`);
  for (const i of xs) body.push(`<text x="${n(px(i))}" y="${TOP + PLOT + 18}" text-anchor="middle">${xml(formatNumber(i, locale))}</text>`);
  for (const s of ys) body.push(`<text x="${LEFT - 10}" y="${n(py(s) + 4)}" text-anchor="end">${xml(formatNumber(s, locale))}</text>`);
  body.push(
    '</g>',
    `<text x="${n(LEFT + PLOT / 2)}" y="${TOP + PLOT + 40}" text-anchor="middle" font-size="13" fill="#1d2733">${xml(t('matrix.influence'))} →</text>`,
    `<text transform="translate(${LEFT - 40} ${n(TOP + PLOT / 2)}) rotate(-90)" text-anchor="middle" font-size="13" fill="#1d2733">${xml(t('matrix.significance'))} →</text>`,
  );
  if (layout.cropped) {
    // The axes start at the lowest score in use, not at the scale's minimum: a cut mark at each start, and a note.
    const mark = (x0: number, y0: number, vertical: boolean) =>
      vertical
        ? `<path d="M${n(x0 - 5)} ${n(y0 + 3)} l10 -4 M${n(x0 - 5)} ${n(y0 + 7)} l10 -4" stroke="${MUTED}" stroke-width="1.2" fill="none"/>`
        : `<path d="M${n(x0 + 3)} ${n(y0 + 5)} l4 -10 M${n(x0 + 7)} ${n(y0 + 5)} l4 -10" stroke="${MUTED}" stroke-width="1.2" fill="none"/>`;
    body.push(
      `<g class="axis-cut">${mark(LEFT, TOP + PLOT, true)}${mark(LEFT, TOP + PLOT, false)}</g>`,
      `<text x="${n(LEFT + PLOT / 2)}" y="${TOP + PLOT + 58}" text-anchor="middle" font-size="11" fill="${MUTED}">${xml(w.cropped(`${formatNumber(layout.y.min, locale)}–${formatNumber(layout.y.max, locale)}`, `${formatNumber(layout.x.min, locale)}–${formatNumber(layout.x.max, locale)}`, `${formatNumber(m.scale.min, locale)}–${formatNumber(m.scale.max, locale)}`))}</text>`,
    );
  }
  // Threshold: on whole scores, the staircase between the cells below it and those at or above it.
  if (m.threshold !== null) {
    const [xlo, xhi, ylo, yhi] = whole
      ? [layout.x.min - 0.5, layout.x.max + 0.5, layout.y.min - 0.5, layout.y.max + 0.5]
      : [layout.x.min, layout.x.max, layout.y.min, layout.y.max];
    const clampY = (v: number) => Math.min(yhi, Math.max(ylo, v));
    let points: [number, number][] = [];
    if (whole) {
      for (let i = layout.x.min; i <= layout.x.max; i++) {
        const y = clampY(m.threshold - i - 0.5);
        if (y >= yhi) continue; // no cell of this column reaches the threshold
        if (points.length === 0 && i > layout.x.min) points.push([i - 0.5, yhi]);
        points.push([i - 0.5, y], [i + 0.5, y]);
      }
    } else {
      const x1 = Math.max(xlo, m.threshold - yhi);
      const x2 = Math.min(xhi, m.threshold - ylo);
      if (x1 <= x2) points = [[x1, m.threshold - x1], [x2, m.threshold - x2]];
    }
    if (points.length > 0) {
      body.push(`<polyline class="threshold" points="${points.map(([a, b]) => `${n(px(a))},${n(py(b))}`).join(' ')}" fill="none" stroke="${ACCENT}" stroke-width="1.5" stroke-dasharray="6 4"/>`);
    }
  }
  // The plot's texts: ids (bold when prioritised) or counts.
  const tip = (e: MaterialityEntryModel) => `${e.target} ${e.title} (${t('col.significance')} ${formatNumber(e.significance, locale)}, ${t('col.influence')} ${formatNumber(e.influence, locale)})`;
  body.push('<g class="entries">');
  if (!whole) for (const c of layout.cells) body.push(`<circle cx="${n(px(c.influence))}" cy="${n(py(c.significance))}" r="4" fill="${c.entries.some((e) => e.prioritised) ? ACCENT : '#ffffff'}" stroke="${ACCENT}" stroke-width="1.2"/>`);
  for (const l of layout.labels) {
    const id = l.text.replace(/^[↑↓]/, '');
    const e = prioritisedOf.get(id);
    const isCount = /^\d+$/.test(l.text) && !e;
    if (isCount) {
      const big = l.h >= 20;
      body.push(`<text class="count" x="${n(l.x + l.w / 2)}" y="${n(l.y + l.h - (big ? 4 : 3))}" text-anchor="middle" font-size="${big ? 18 : ID_FONT}" font-weight="700" fill="#1d2733">${xml(l.text)}</text>`);
    } else if (e) {
      body.push(
        `<g class="entry${e.prioritised ? ' prioritised' : ''}" data-target="${xml(e.target)}"><title>${xml(tip(e))}</title><text x="${n(l.x)}" y="${n(l.y + l.h - 3)}" font-size="${ID_FONT}"${e.prioritised ? ` font-weight="700" fill="${ACCENT}"` : ` fill="${MUTED}"`}>${xml(l.text)}</text></g>`,
      );
    } else {
      body.push(`<text class="overrides" x="${n(l.x)}" y="${n(l.y + l.h - 3)}" font-size="${ID_FONT}" fill="#1d2733">${xml(l.text)}</text>`);
    }
  }
  body.push('</g>');

  // Legend and list.
  let y = TOP + 6;
  const legend: string[] = [`<g class="legend" font-size="12" fill="#1d2733">`];
  const row = (symbol: string, text: string) => {
    legend.push(`${symbol}<text x="${LEGEND_X + 40}" y="${y + 4}">${xml(text)}</text>`);
    y += 19;
  };
  // The legend's samples are ids of this assessment, so a reader finds them in the plot.
  const sample = (test: (e: MaterialityEntryModel) => boolean, fallback: string) => xml(m.entries.find(test)?.target ?? fallback);
  row(`<text x="${LEGEND_X}" y="${y + 4}" font-size="${ID_FONT}" font-weight="700" fill="${ACCENT}">${sample((e) => e.prioritised, '3.4')}</text>`, t('matrix.prioritised'));
  row(`<text x="${LEGEND_X}" y="${y + 4}" font-size="${ID_FONT}" fill="${MUTED}">${sample((e) => !e.prioritised, '3.5')}</text>`, t('matrix.notPrioritised'));
  if (m.threshold !== null) {
    row(
      `<rect x="${LEGEND_X}" y="${y - 6}" width="26" height="12" fill="${ABOVE}" stroke="#dfe3e8"/><line x1="${LEGEND_X}" y1="${y + 6}" x2="${LEGEND_X + 26}" y2="${y + 6}" stroke="${ACCENT}" stroke-width="1.5" stroke-dasharray="4 3"/>`,
      `${t('matrix.threshold')}: ${sig} + ${inf} ≥ ${formatNumber(m.threshold, locale)}`,
    );
    const overrides = new Set(m.entries.map((e) => priorityOverride(e, m.threshold)));
    if (overrides.has('raised')) row(`<text x="${LEGEND_X}" y="${y + 4}" font-size="${ID_FONT}" font-weight="700" fill="${ACCENT}">${MARK.raised}${sample((e) => priorityOverride(e, m.threshold) === 'raised', '')}</text>`, w.raised);
    if (overrides.has('lowered')) row(`<text x="${LEGEND_X}" y="${y + 4}" font-size="${ID_FONT}" fill="${MUTED}">${MARK.lowered}${sample((e) => priorityOverride(e, m.threshold) === 'lowered', '')}</text>`, w.lowered);
  }
  if (layout.cells.some((c) => whole && !c.listed)) row(`<text x="${LEGEND_X}" y="${y + 5}" font-size="14" font-weight="700">12</text>`, w.count);
  y += 14;
  if (m.entries.length <= TITLED_LIST) {
    legend.push(`<text x="${LEGEND_X}" y="${y}" font-size="12" font-weight="600">${xml(w.targets)}</text>`);
    y += 18;
    for (const e of [...m.entries].sort((a, b) => compareTargets(a.target, b.target))) {
      // Bold text runs wider than the estimate: wrap it a little earlier.
      const lines = wrap(e.title, PANEL - 60, e.prioritised ? 11.8 : 11);
      legend.push(`<text x="${LEGEND_X}" y="${y}" font-size="11"${e.prioritised ? ` font-weight="700" fill="${ACCENT}"` : ` fill="${MUTED}"`}>${xml(idText(e, m.threshold))}</text>`);
      lines.forEach((line, i) => legend.push(`<text x="${LEGEND_X + 44}" y="${y + i * 14}" font-size="11"${e.prioritised ? ' font-weight="700"' : ''}>${xml(line)}</text>`));
      y += Math.max(1, lines.length) * 14 + 3;
    }
  } else {
    legend.push(`<text x="${LEGEND_X}" y="${y}" font-size="12" font-weight="600">${xml(w.byCell)}</text>`);
    y += 18;
    for (const c of layout.cells) {
      legend.push(`<text x="${LEGEND_X}" y="${y}" font-size="11" font-weight="600" fill="#1d2733">${xml(w.cell(formatNumber(c.significance, locale), formatNumber(c.influence, locale), c.entries.length))}</text>`);
      y += 15;
      let x = LEGEND_X + 8;
      for (const e of c.entries) {
        const s = idText(e, m.threshold);
        const width = textWidth(s, ID_FONT);
        if (x + width > LEGEND_X + PANEL && x > LEGEND_X + 8) {
          x = LEGEND_X + 8;
          y += ID_LINE;
        }
        legend.push(`<g class="list-entry" data-target="${xml(e.target)}"><title>${xml(tip(e))}</title><text x="${n(x)}" y="${y}" font-size="${ID_FONT}"${e.prioritised ? ` font-weight="700" fill="${ACCENT}"` : ` fill="${MUTED}"`}>${xml(s)}</text></g>`);
        x += width + 8;
      }
      y += ID_LINE + 6;
    }
  }
  legend.push('</g>');
  const height = Math.ceil(Math.max(TOP + PLOT + (layout.cropped ? 72 : 56), y + 4));
  return `${[
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="matrix-title" class="planverk-matrix" font-family="${xml(FONT)}">`,
    `<title id="matrix-title">${xml(`${t('matrix.title')}: ${m.title}`)}</title>`,
    `<rect x="0" y="0" width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    // Cut to the picture's width (a semibold glyph runs about 0.62 em); the full title is the <title> above.
    `<text x="${LEFT}" y="28" font-size="16" font-weight="600" fill="#1d2733">${xml(truncateShown(m.title, Math.floor((WIDTH - LEFT - 16) / (16 * 0.62))))}</text>`,
    ...body,
    ...legend,
    '</svg>',
  ].join('\n')}\n`;
}

/** Most grid lines and tick labels per axis; a wider scale gets them at a coarser step. */
const MAX_TICKS = 20;

/**
 * The whole scores from `min` to `max` to draw a grid line or tick at: each one
 * on a small scale, at most MAX_TICKS + 1 evenly stepped ones on a wide one. A
 * valid assessment may declare any integer scale, and one line per score of
 * `scale: { min: 0, max: 1e9 }` ran `plan matrix` out of memory (found by the
 * property tests); counting steps rather than adding 1 also ends where adding 1
 * to a huge number changes nothing.
 */
function scores(min: number, max: number): number[] {
  min = Math.ceil(min);
  max = Math.floor(max);
  if (!Number.isFinite(min) || !Number.isFinite(max) || max < min) return [];
  const step = Math.max(1, Math.ceil((max - min) / MAX_TICKS));
  const count = Math.min(MAX_TICKS, Math.floor((max - min) / step));
  return Array.from({ length: count + 1 }, (_, i) => min + i * step);
}
