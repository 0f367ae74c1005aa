import { compareTargets } from '../../catalog/target-order.js';
import type { Locale } from '../../i18n/locale.js';
import type { MaterialityModel } from '../../model/report-model.js';
import { formatNumber } from '../../i18n/format.js';
import { reportLabel as label } from '../../i18n/report-label.js';
import { placeLabels, type Box, type Placement } from './label-layout.js';
import { truncate } from '../../output/text.js';
import { xml } from '../../output/xml.js';
import { FONT, n, textWidth } from './units.js';

const PLOT = 440;
const LEFT = 76;
const TOP = 56;
const LEGEND_X = LEFT + PLOT + 36;
const WIDTH = LEGEND_X + 380;
const ACCENT = '#0b6e4f';
const MUTED = '#8a94a0';

/** Where each dot and label of the matrix goes; exported so tests can check that labels never overlap. */
export interface MatrixLayout {
  /** Entries in drawing order: prioritised first, then by score. */
  entries: MaterialityModel['entries'];
  pos: Map<string, { x: number; y: number }>;
  /** Label boxes, in the order of `entries`. */
  places: Placement[];
  px: (v: number) => number;
  py: (v: number) => number;
  lo: number;
  hi: number;
}

const FONT_SIZE = 11;

/** Lays out the dots and labels of the matrix. */
export function layoutMatrix(m: MaterialityModel): MatrixLayout {
  const lo = m.scale.min - 0.5;
  const hi = m.scale.max + 0.5;
  const span = hi - lo;
  const px = (v: number) => LEFT + ((v - lo) / span) * PLOT;
  const py = (v: number) => TOP + PLOT - ((v - lo) / span) * PLOT;
  const entries = [...m.entries].sort((a, b) => Number(b.prioritised) - Number(a.prioritised) || b.sum - a.sum || compareTargets(a.target, b.target));

  // Targets with the same scores share a cell: a few sit on a small circle around
  // the spot with labels placed around them; a crowd is laid out as a grid inside
  // the cell, each label right of its dot, so nothing overlaps.
  const cell = PLOT / span;
  const fontSize = FONT_SIZE;
  const groups = new Map<string, typeof entries>();
  for (const e of entries) groups.set(`${e.influence}/${e.significance}`, [...(groups.get(`${e.influence}/${e.significance}`) ?? []), e]);
  const pos = new Map<string, { x: number; y: number }>();
  const fixed = new Map<string, Box & { far: boolean }>();
  for (const list of groups.values()) {
    const cx = px(list[0]!.influence);
    const cy = py(list[0]!.significance);
    if (list.length <= 3) {
      const radius = list.length === 1 ? 0 : 12;
      list.forEach((e, i) => {
        const angle = -Math.PI / 2 + (2 * Math.PI * i) / list.length;
        pos.set(e.target, { x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle) });
      });
      continue;
    }
    const rowHeight = 14;
    const maxRows = Math.max(1, Math.floor((cell - 6) / rowHeight));
    const cols = Math.ceil(list.length / maxRows);
    const rows = Math.ceil(list.length / cols);
    const colWidth = (cell - 6) / cols;
    const left = cx - cell / 2 + 3;
    const top = cy - (rows * rowHeight) / 2;
    list.forEach((e, i) => {
      const x = left + (i % cols) * colWidth + 5;
      const y = top + Math.floor(i / cols) * rowHeight + rowHeight / 2;
      pos.set(e.target, { x, y });
      fixed.set(e.target, { x: x + 6, y: y - (fontSize + 2) / 2, w: textWidth(e.target, fontSize) + 4, h: fontSize + 2, far: false });
    });
  }
  const dots: Box[] = entries.map((e) => ({ x: pos.get(e.target)!.x - 5, y: pos.get(e.target)!.y - 5, w: 10, h: 10 }));
  const free = entries.filter((e) => !fixed.has(e.target));
  const freePlaces = placeLabels(
    free.map((e) => ({ ...pos.get(e.target)!, w: textWidth(e.target, fontSize) + 4, h: fontSize + 2 })),
    [...dots, ...fixed.values()],
    { x: LEFT, y: TOP, w: PLOT, h: PLOT },
  );
  free.forEach((e, i) => fixed.set(e.target, freePlaces[i]!));
  const places = entries.map((e) => fixed.get(e.target)!);

  return { entries, pos, places, px, py, lo, hi };
}

/**
 * The materiality matrix as a self-contained SVG: influence across, significance
 * up, one dot per assessed target (prioritised ones filled and bold), the
 * threshold line `significance + influence = threshold`, labels placed so they do
 * not overlap, and a legend listing every target with its title.
 */
export function renderMatrixSvg(m: MaterialityModel, locale: Locale): string {
  const t = (key: string) => label(locale, key) ?? key;
  const { entries, pos, places, px, py, lo, hi } = layoutMatrix(m);
  const fontSize = FONT_SIZE;
  const out: string[] = [];
  const legendRows = entries.length;
  const height = Math.max(TOP + PLOT + 64, TOP + 110 + legendRows * 16 + 10);
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="matrix-title" class="planverk-matrix" font-family="${xml(FONT)}">`,
    `<title id="matrix-title">${xml(`${t('matrix.title')}: ${m.title}`)}</title>`,
    `<rect x="0" y="0" width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    `<text x="${LEFT}" y="28" font-size="16" font-weight="600" fill="#1d2733">${xml(m.title)}</text>`,
  );
  // Grid: one cell per score pair, tick labels at whole scores.
  out.push(`<g stroke="#dfe3e8" stroke-width="1">`);
  for (const v of [...scores(m.scale.min, m.scale.max), m.scale.max + 1]) {
    out.push(`<line x1="${n(px(v - 0.5))}" y1="${TOP}" x2="${n(px(v - 0.5))}" y2="${TOP + PLOT}"/>`, `<line x1="${LEFT}" y1="${n(py(v - 0.5))}" x2="${LEFT + PLOT}" y2="${n(py(v - 0.5))}"/>`);
  }
  out.push('</g>', `<g font-size="12" fill="#4a5561">`);
  for (const v of scores(m.scale.min, m.scale.max)) {
    out.push(`<text x="${n(px(v))}" y="${TOP + PLOT + 18}" text-anchor="middle">${v}</text>`, `<text x="${LEFT - 10}" y="${n(py(v) + 4)}" text-anchor="end">${v}</text>`);
  }
  out.push(
    '</g>',
    `<text x="${n(LEFT + PLOT / 2)}" y="${TOP + PLOT + 42}" text-anchor="middle" font-size="13" fill="#1d2733">${xml(t('matrix.influence'))} →</text>`,
    `<text transform="translate(${LEFT - 40} ${n(TOP + PLOT / 2)}) rotate(-90)" text-anchor="middle" font-size="13" fill="#1d2733">${xml(t('matrix.significance'))} →</text>`,
  );
  // Threshold: on whole-number scores, the staircase between the cells below the
  // threshold and those at or above it; otherwise the line significance + influence = threshold.
  if (m.threshold !== null) {
    const whole = m.scale.max - m.scale.min <= MAX_TICKS && Number.isInteger(m.threshold) && m.entries.every((e) => Number.isInteger(e.significance) && Number.isInteger(e.influence));
    const clampY = (v: number) => Math.min(hi, Math.max(lo, v));
    let points: [number, number][] = [];
    if (whole) {
      for (let x = m.scale.min; x <= m.scale.max; x++) {
        const y = clampY(m.threshold - x - 0.5);
        if (y >= hi) continue; // no cell of this column reaches the threshold
        if (points.length === 0 && x > m.scale.min) points.push([x - 0.5, hi]);
        points.push([x - 0.5, y], [x + 0.5, y]);
      }
    } else {
      const x1 = Math.max(lo, m.threshold - hi);
      const x2 = Math.min(hi, m.threshold - lo);
      if (x1 <= x2) points = [[x1, m.threshold - x1], [x2, m.threshold - x2]];
    }
    if (points.length > 0) {
      out.push(
        `<polyline class="threshold" points="${points.map(([x, y]) => `${n(px(x))},${n(py(y))}`).join(' ')}" fill="none" stroke="${ACCENT}" stroke-width="1.5" stroke-dasharray="6 4"/>`,
      );
    }
  }
  // Leader lines, then dots, then labels on top.
  out.push('<g class="entries">');
  entries.forEach((e, i) => {
    const p = pos.get(e.target)!;
    const box = places[i]!;
    if (box.far) {
      const lx = Math.min(Math.max(p.x, box.x), box.x + box.w);
      const ly = Math.min(Math.max(p.y, box.y), box.y + box.h);
      out.push(`<line x1="${n(p.x)}" y1="${n(p.y)}" x2="${n(lx)}" y2="${n(ly)}" stroke="${MUTED}" stroke-width="0.75"/>`);
    }
  });
  entries.forEach((e, i) => {
    const p = pos.get(e.target)!;
    const box = places[i]!;
    const tip = `${e.target} ${e.title} (${t('col.significance')} ${formatNumber(e.significance, locale)}, ${t('col.influence')} ${formatNumber(e.influence, locale)})`;
    const circle = e.prioritised
      ? `<circle cx="${n(p.x)}" cy="${n(p.y)}" r="5" fill="${ACCENT}"/>`
      : `<circle cx="${n(p.x)}" cy="${n(p.y)}" r="4.5" fill="#ffffff" stroke="${MUTED}" stroke-width="1.5"/>`;
    out.push(
      `<g class="entry${e.prioritised ? ' prioritised' : ''}" data-target="${xml(e.target)}"><title>${xml(tip)}</title>${circle}` +
        `<text x="${n(box.x + 2)}" y="${n(box.y + box.h - 3)}" font-size="${fontSize}"${e.prioritised ? ` font-weight="700" fill="${ACCENT}"` : ' fill="#4a5561"'}>${xml(e.target)}</text></g>`,
    );
  });
  out.push('</g>');
  // Legend: the symbols, then every target with its title.
  let y = TOP + 6;
  out.push(
    `<g class="legend" font-size="12" fill="#1d2733">`,
    `<circle cx="${LEGEND_X + 6}" cy="${y}" r="5" fill="${ACCENT}"/><text x="${LEGEND_X + 18}" y="${y + 4}">${xml(t('matrix.prioritised'))}</text>`,
  );
  y += 20;
  out.push(`<circle cx="${LEGEND_X + 6}" cy="${y}" r="4.5" fill="#ffffff" stroke="${MUTED}" stroke-width="1.5"/><text x="${LEGEND_X + 18}" y="${y + 4}">${xml(t('matrix.notPrioritised'))}</text>`);
  if (m.threshold !== null) {
    y += 20;
    out.push(
      `<line x1="${LEGEND_X}" y1="${y}" x2="${LEGEND_X + 14}" y2="${y}" stroke="${ACCENT}" stroke-width="1.5" stroke-dasharray="4 3"/>` +
        `<text x="${LEGEND_X + 18}" y="${y + 4}">${xml(`${t('matrix.threshold')}: ${t('col.significance').toLowerCase()} + ${t('col.influence').toLowerCase()} ≥ ${formatNumber(m.threshold, locale)}`)}</text>`,
    );
  }
  y += 30;
  for (const e of [...entries].sort((a, b) => compareTargets(a.target, b.target))) {
    out.push(
      `<text x="${LEGEND_X}" y="${y}" font-size="11"${e.prioritised ? ' font-weight="700"' : ' fill="#4a5561"'}><tspan>${xml(e.target)}</tspan><tspan x="${LEGEND_X + 34}">${xml(truncate(e.title, 50))}</tspan></text>`,
    );
    y += 16;
  }
  out.push('</g>', '</svg>');
  return `${out.join('\n')}\n`;
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
  if (!Number.isFinite(min) || !Number.isFinite(max) || max < min) return [];
  const step = Math.max(1, Math.ceil((max - min) / MAX_TICKS));
  const count = Math.min(MAX_TICKS, Math.floor((max - min) / step));
  return Array.from({ length: count + 1 }, (_, i) => min + i * step);
}

