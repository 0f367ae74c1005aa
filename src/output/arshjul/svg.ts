import type { Occurrence } from '../../arshjul/occurrences.js';
import { monthsOf, type YearWindow } from '../../arshjul/window.js';
import { angleOf, num, polar, ringSegment, type Point } from './geometry.js';
import { CATEGORY_STYLE, COLOURS, markShape, patternDef } from './style.js';
import { layoutWheel, SIZE, type PlacedItem, type WheelLayout } from './wheel-layout.js';
import { truncateShown as truncate } from '../text.js';
import { xml as escapeXml } from '../xml.js';
import { occurrenceDate } from '../../arshjul/occurrence-date.js';
import { CATEGORIES, type Category } from '../../arshjul/categories.js';
import type { Locale } from '../../i18n/locale.js';
import { words } from '../../i18n/words.js';
import { monthName } from '../../i18n/format.js';

export interface WheelOptions {
  locale: Locale;
  /** The heading above the wheel. */
  title: string;
  window: YearWindow;
  /** Categories that get a ring even in a year without events of theirs (keeps rings the same from year to year). */
  categories: readonly Category[];
  /** A line under the year in the hub, e.g. the year of the council period. */
  hubNote?: string;
  /** Today (YYYY-MM-DD); marked when it lies in the window. */
  today?: string;
  /** Prefix for element ids, so several wheels can share one HTML page. */
  idPrefix?: string;
  /** Draw the heading (title and "Årshjul 2027"); false when the page around it has one. Default true. */
  heading?: boolean;
  /** Draw the numbered list, the series and the legend beside and under the wheel; false when the page lists them as text. Default true. */
  key?: boolean;
}

const FONT = "DejaVu Sans, Verdana, Arial, Helvetica, sans-serif";
/** Average glyph width as a share of the font size; generous, so text never overflows its room. */
const GLYPH = 0.6;

/**
 * The årshjul as an SVG document: month sectors; a track per recurring series
 * with its title along it; a ring per category with marks for days and arcs for
 * spans; a band of month marks for events dated only to a month; labels, or
 * numbered badges in calendar order with a list; the series listed once; a
 * legend; a marker for today. Pure: the same input gives the same bytes.
 */
export function renderWheelSvg(occurrences: readonly Occurrence[], options: WheelOptions): string {
  const t = words(options.locale).arshjul;
  const withHeading = options.heading ?? true;
  const withKey = options.key ?? true;
  const layout = layoutWheel(occurrences, options.window, options.categories, withHeading ? SIZE.top : SIZE.margin - 10);
  const id = (name: string): string => `${options.idPrefix ?? ''}${name}`;
  const c = layout.center;
  const parts: string[] = [];
  const key = withKey ? keyOf(layout, options, id) : undefined;
  const w = withKey || layout.labelling.mode === 'labels' ? SIZE.width : Math.round(c.x * 2);
  const h = Math.round(Math.max(layout.bottom + SIZE.margin - 10, key?.bottom ?? 0));

  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img" aria-labelledby="${id('title')} ${id('desc')}" font-family="${FONT}">`,
    `<title id="${id('title')}">${escapeXml(`${options.title} ${options.window.label}`)}</title>`,
    `<desc id="${id('desc')}">${escapeXml(`${t.wheel} ${options.window.label}: ${layout.items.length + layout.tracks.reduce((n, tr) => n + tr.marks.length, 0)} ${t.events}`)}</desc>`,
    `<defs>${CATEGORIES.filter((cat) => layout.rings.some((r) => r.category === cat) || layout.items.some((i) => i.category === cat)).map((cat) => patternDef(id(`pattern-${cat}`), cat)).join('')}${trackPaths(layout, id)}</defs>`,
    `<rect width="${w}" height="${h}" fill="#ffffff"/>`,
  );
  if (withHeading) {
    parts.push(
      // Cut to the picture's width (bold runs about 0.65 em a glyph); the full title is the <title> above.
      `<text x="${SIZE.margin}" y="56" font-size="30" font-weight="bold" fill="${COLOURS.ink}">${escapeXml(truncate(options.title, Math.floor((w - 2 * SIZE.margin) / (30 * 0.65))))}</text>`,
      `<text x="${SIZE.margin}" y="88" font-size="18" fill="${COLOURS.muted}">${escapeXml(`${t.wheel} ${options.window.label}`)}</text>`,
    );
  }
  parts.push(rings(layout), tracks(layout, id, options.locale), months(layout, options), hub(c, options));
  parts.push(`<g class="events">${layout.items.map((item) => eventShape(item, c, id, options.locale)).join('')}</g>`);
  if (options.today && options.today >= options.window.start && options.today <= options.window.end) parts.push(todayMarker(c, angleOf(options.window, options.today, 0.5), t.today));
  parts.push(labelling(layout, options.locale));
  if (key) parts.push(key.svg);
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}

function rings(layout: WheelLayout): string {
  const c = layout.center;
  const bands = layout.rings.map((r, i) => `<path class="ring" data-category="${r.category}" d="${ringSegment(c, r.r1, r.r2, 0, 360)}" fill="${COLOURS.ring[i % 2]}" stroke="#c8c8c8" stroke-width="0.8"/>`);
  const band = layout.monthBand ? `<path class="month-band" d="${ringSegment(c, layout.monthBand.r1, layout.monthBand.r2, 0, 360)}" fill="#ffffff" stroke="#c8c8c8" stroke-width="0.8"/>` : '';
  return `<g class="rings">${bands.join('')}${band}</g>`;
}

/** The arcs the track titles are written along: clockwise in the upper half, anticlockwise in the lower, so text is never upside down. */
function trackPaths(layout: WheelLayout, id: (s: string) => string): string {
  const c = layout.center;
  return layout.tracks
    .filter((tr) => tr.label)
    .map((tr) => {
      const { a1, a2, r } = tr.label!;
      const mid = (((a1 + a2) / 2) % 360 + 360) % 360;
      const flip = mid > 90 && mid < 270;
      const from = polar(c, r, flip ? a2 : a1);
      const to = polar(c, r, flip ? a1 : a2);
      return `<path id="${id(`track-${tr.index}`)}" d="M${num(from.x)},${num(from.y)} A${num(r)},${num(r)} 0 0 ${flip ? 0 : 1} ${num(to.x)},${num(to.y)}"/>`;
    })
    .join('');
}

function tracks(layout: WheelLayout, id: (s: string) => string, locale: Locale): string {
  const c = layout.center;
  const out = layout.tracks.map((tr, i) => {
    const mid = (tr.r1 + tr.r2) / 2;
    const { colour } = CATEGORY_STYLE[tr.category];
    const band = `<path d="${ringSegment(c, tr.r1, tr.r2, 0, 360)}" fill="${COLOURS.ring[(i + 1) % 2]}" stroke="#c8c8c8" stroke-width="0.8"/>`;
    const rail = `<circle cx="${num(c.x)}" cy="${num(c.y)}" r="${num(mid)}" fill="none" stroke="${colour}" stroke-width="2" stroke-opacity="0.55"/>`;
    const marks = tr.marks.map((m) => eventShape(m, c, id, locale, tr.index)).join('');
    const label = tr.label
      ? `<text font-size="${SIZE.trackFont}" font-weight="bold" fill="${COLOURS.ink}" dy="0.35em"><textPath href="#${id(`track-${tr.index}`)}" startOffset="50%" text-anchor="middle">${escapeXml(tr.label.text)}</textPath></text>`
      : '';
    return `<g class="track" data-series="${tr.index}" data-category="${tr.category}">${band}${rail}${marks}${label}</g>`;
  });
  return `<g class="tracks">${out.join('')}</g>`;
}

function months(layout: WheelLayout, options: WheelOptions): string {
  const c = layout.center;
  const inner = SIZE.outer - SIZE.monthWidth;
  const out = monthsOf(options.window).map(({ month }, i) => {
    const a1 = i * 30;
    const p = polar(c, (inner + SIZE.outer) / 2, a1 + 15);
    const rule = [polar(c, SIZE.hole, a1), polar(c, SIZE.outer, a1)];
    return (
      `<g class="month" data-month="${month}">` +
      `<path d="${ringSegment(c, inner, SIZE.outer, a1, a1 + 30)}" fill="${COLOURS.month[i % 2]}" stroke="#ffffff" stroke-width="1.5"/>` +
      `<line x1="${num(rule[0]!.x)}" y1="${num(rule[0]!.y)}" x2="${num(rule[1]!.x)}" y2="${num(rule[1]!.y)}" stroke="${COLOURS.rule}" stroke-width="0.8"/>` +
      `<text x="${num(p.x)}" y="${num(p.y)}" dy="0.35em" text-anchor="middle" transform="rotate(${num(upright(a1 + 15))} ${num(p.x)} ${num(p.y)})" font-size="18" font-weight="bold" fill="${COLOURS.ink}">${escapeXml(monthName(options.locale, month))}</text>` +
      `</g>`
    );
  });
  return `<g class="months">${out.join('')}</g>`;
}

/** Rotation that lays text along the ring at `angle` and keeps it readable (never upside down). */
function upright(angle: number): number {
  const a = ((angle % 360) + 360) % 360;
  return a > 90 && a < 270 ? a - 180 : a;
}

function hub(c: Point, options: WheelOptions): string {
  const note = options.hubNote ? `<text x="${num(c.x)}" y="${num(c.y + 30)}" text-anchor="middle" font-size="12" fill="${COLOURS.muted}">${escapeXml(truncate(options.hubNote, 24))}</text>` : '';
  return `<g class="hub"><circle cx="${num(c.x)}" cy="${num(c.y)}" r="${SIZE.hole - 2}" fill="#ffffff" stroke="#c8c8c8"/><text x="${num(c.x)}" y="${num(c.y + 8)}" text-anchor="middle" font-size="${options.window.label.length > 4 ? 30 : 38}" font-weight="bold" fill="${COLOURS.ink}">${escapeXml(options.window.label)}</text>${note}</g>`;
}

/** A day's mark, a span's arc, or a month mark: a dotted arc over the month with a hollow mark in its middle. */
function eventShape(item: PlacedItem, c: Point, id: (s: string) => string, locale: Locale, series?: number): string {
  const o = item.occurrence;
  const tip = `<title>${escapeXml(`${occurrenceDate(locale, o)}: ${o.event.title}`)}</title>`;
  const attrs = `class="event ${item.form}" data-calendar="${escapeXml(o.calendar.id)}" data-event="${escapeXml(o.event.id)}" data-category="${item.category}"${series ? ` data-series="${series}"` : ` data-n="${item.n}"`}`;
  if (item.form === 'arc') {
    return `<g ${attrs}>${tip}<path d="${ringSegment(c, item.r1, item.r2, item.a1, item.a2)}" fill="url(#${id(`pattern-${item.category}`)})" stroke="${COLOURS.ink}" stroke-width="0.8"/></g>`;
  }
  if (item.form === 'month') {
    return `<g ${attrs}>${tip}${monthMark(c, item)}</g>`;
  }
  return `<g ${attrs}>${tip}${markShape(item.category, item.anchor.x, item.anchor.y, item.markSize)}</g>`;
}

function monthMark(c: Point, item: PlacedItem): string {
  const r = (item.r1 + item.r2) / 2;
  const p1 = polar(c, r, item.a1);
  const p2 = polar(c, r, item.a2);
  const { colour } = CATEGORY_STYLE[item.category];
  const arc = `<path d="M${num(p1.x)},${num(p1.y)} A${num(r)},${num(r)} 0 0 1 ${num(p2.x)},${num(p2.y)}" fill="none" stroke="${colour}" stroke-width="2.5" stroke-dasharray="2 4" stroke-linecap="round"/>`;
  const m = polar(c, r, (item.a1 + item.a2) / 2);
  return `${arc}${hollowMark(item.category, m.x, m.y, item.markSize)}`;
}

/** A category's mark drawn hollow: white inside, a thick outline in its colour. */
function hollowMark(category: Category, x: number, y: number, size: number): string {
  return markShape(category, x, y, size).replace(/fill="[^"]+" stroke="[^"]+" stroke-width="1"/, `fill="#ffffff" stroke="${CATEGORY_STYLE[category].colour}" stroke-width="2.5"`);
}

function todayMarker(c: Point, angle: number, label: string): string {
  const a = polar(c, SIZE.hole - 4, angle);
  const b = polar(c, SIZE.outer + 8, angle);
  const l = polar(c, SIZE.hole - 22, angle);
  return `<g class="today"><line x1="${num(a.x)}" y1="${num(a.y)}" x2="${num(b.x)}" y2="${num(b.y)}" stroke="#000000" stroke-width="2.5" stroke-dasharray="7 4"/><text x="${num(l.x)}" y="${num(l.y)}" dy="0.35em" text-anchor="middle" font-size="12" font-weight="bold" fill="#000000">${escapeXml(label)}</text></g>`;
}

function labelling(layout: WheelLayout, locale: Locale): string {
  const c = layout.center;
  if (layout.labelling.mode === 'labels') {
    const lead = (from: Point, angle: number, to: Point): string => {
      const elbow = polar(c, SIZE.outer + 8, angle);
      return `<polyline class="leader" points="${num(from.x)},${num(from.y)} ${num(elbow.x)},${num(elbow.y)} ${num(to.x)},${num(to.y)}" fill="none" stroke="${COLOURS.muted}" stroke-width="0.8" stroke-opacity="0.8"/>`;
    };
    const room = Math.floor((SIZE.width / 2 - SIZE.outer - 80) / (SIZE.labelFont * GLYPH));
    const out = layout.labelling.labels.map(({ item, x, y, side }) => {
      const date = occurrenceDate(locale, item.occurrence);
      const title = truncate(item.occurrence.event.title, Math.max(8, room - [...date].length - 2));
      const end = { x: side === 'right' ? x - 4 : x + 4, y };
      return `<g class="label" data-n="${item.n}">${lead(item.anchor, item.anchorAngle, end)}<text x="${num(x)}" y="${num(y)}" dy="0.35em" text-anchor="${side === 'right' ? 'start' : 'end'}" font-size="${SIZE.labelFont}" fill="${COLOURS.ink}"><tspan font-weight="bold">${escapeXml(date)}</tspan>  ${escapeXml(title)}</text></g>`;
    });
    return `<g class="labels">${out.join('')}</g>`;
  }
  // Each number: a guide from the month ring in to its mark, a tick on the rim at its date,
  // and a leader from the tick out to its badge. Badges keep the dates' order, so leaders never cross.
  const size = layout.labelling.badge;
  const monthInner = SIZE.outer - SIZE.monthWidth;
  const badges = layout.labelling.badges.map(({ item, at, angle }) => {
    const g1 = polar(c, monthInner, item.anchorAngle);
    const g2 = polar(c, Math.min(monthInner, (item.r1 + item.r2) / 2), item.anchorAngle);
    const rim = polar(c, SIZE.outer, item.anchorAngle);
    const tick = polar(c, SIZE.outer + 6, item.anchorAngle);
    const edge = polar(c, SIZE.outer + SIZE.badgeOffset - size, angle);
    const guide = `<line class="guide" x1="${num(g1.x)}" y1="${num(g1.y)}" x2="${num(g2.x)}" y2="${num(g2.y)}" stroke="${COLOURS.muted}" stroke-width="0.7" stroke-opacity="0.7"/>`;
    const leader = `<polyline class="leader" points="${num(rim.x)},${num(rim.y)} ${num(tick.x)},${num(tick.y)} ${num(edge.x)},${num(edge.y)}" fill="none" stroke="${COLOURS.ink}" stroke-width="0.9"/>`;
    return `<g class="badge" data-n="${item.n}">${guide}${leader}<circle cx="${num(at.x)}" cy="${num(at.y)}" r="${size}" fill="#ffffff" stroke="${COLOURS.ink}" stroke-width="1.2"/><text x="${num(at.x)}" y="${num(at.y)}" dy="0.35em" text-anchor="middle" font-size="${Math.round(size * 0.95)}" font-weight="bold" fill="${COLOURS.ink}">${item.n}</text></g>`;
  });
  return `<g class="badges">${badges.join('')}</g>`;
}

/** The key of a standalone wheel: the numbered list and the series beside it, the legend under it. Returns its SVG and bottom. */
function keyOf(layout: WheelLayout, options: WheelOptions, id: (s: string) => string): { svg: string; bottom: number } {
  const locale = options.locale;
  const tw = words(locale).wheel;
  const font = SIZE.labelFont;
  const lh = SIZE.lineHeight;
  const parts: string[] = [];
  const right = SIZE.width - SIZE.margin;
  const x = layout.labelling.mode === 'numbered' ? Math.round(layout.center.x * 2 + 10) : SIZE.margin;
  let y = layout.labelling.mode === 'numbered' ? layout.center.y - SIZE.outer - SIZE.badgeOffset : layout.bottom + 30;
  const chars = (px: number): number => Math.max(8, Math.floor(px / (font * GLYPH)));

  if (layout.labelling.mode === 'numbered' && layout.items.length > 0) {
    parts.push(`<text x="${x}" y="${num(y)}" font-size="${font + 2}" font-weight="bold" fill="${COLOURS.ink}">${escapeXml(tw.eventsHeading)}</text>`);
    y += lh + 4;
    let longest = 0;
    for (const i of layout.items) longest = Math.max(longest, [...occurrenceDate(locale, i.occurrence)].length);
    const dateWidth = Math.min(230, Math.max(80, Math.ceil(longest * font * GLYPH) + 12));
    const rows = layout.items.map((item) => {
      const o = item.occurrence;
      const row = `<g class="list-item" data-n="${item.n}">${item.form === 'month' ? hollowMark(item.category, x + 6, y, 10) : markShape(item.category, x + 6, y, 10)}<text x="${x + 40}" y="${num(y)}" dy="0.35em" text-anchor="end" font-size="${font}" font-weight="bold" fill="${COLOURS.ink}">${item.n}</text><text x="${x + 48}" y="${num(y)}" dy="0.35em" font-size="${font}" fill="${COLOURS.muted}">${escapeXml(truncate(occurrenceDate(locale, o), 30))}</text><text x="${x + 48 + dateWidth}" y="${num(y)}" dy="0.35em" font-size="${font}" fill="${COLOURS.ink}">${escapeXml(truncate(o.event.title, chars(right - x - 48 - dateWidth)))}</text></g>`;
      y += lh;
      return row;
    });
    parts.push(`<g class="list">${rows.join('')}</g>`);
    y += 16;
  }
  if (layout.tracks.length > 0) {
    parts.push(`<text x="${x}" y="${num(y)}" font-size="${font + 2}" font-weight="bold" fill="${COLOURS.ink}">${escapeXml(tw.seriesHeading)}</text>`);
    y += lh + 4;
    const rows = layout.tracks.map((tr) => {
      // The count stays when the title is cut: "Formannskapet · … (12 ganger)".
      const times = ` (${tw.times(tr.marks.length)})`;
      const head = `${truncate(`${tr.title}${tr.body && tr.body !== tr.title ? ` · ${tr.body}` : ''}`, Math.max(8, chars(right - x - 40) - times.length))}${times}`;
      const dates = wrap(tr.marks.map((m) => occurrenceDate(locale, m.occurrence)), chars(right - x - 44));
      const lines = [`<text x="${x + 40}" y="${num(y)}" dy="0.35em" font-size="${font}" font-weight="bold" fill="${COLOURS.ink}">${escapeXml(truncate(head, chars(right - x - 40)))}</text>`];
      const mark = `<text x="${x}" y="${num(y)}" dy="0.35em" font-size="${font}" font-weight="bold" fill="${COLOURS.ink}">${escapeXml(tr.letter)}</text>${markShape(tr.category, x + 28, y, 10)}`;
      dates.forEach((line, k) => lines.push(`<text x="${x + 40}" y="${num(y + (k + 1) * (lh - 2))}" dy="0.35em" font-size="${font - 1}" fill="${COLOURS.muted}">${escapeXml(line)}</text>`));
      const row = `<g class="series-item" data-series="${tr.index}">${mark}${lines.join('')}</g>`;
      y += (dates.length + 1) * (lh - 2) + 8;
      return row;
    });
    parts.push(`<g class="series">${rows.join('')}</g>`);
  }
  const listBottom = y;

  // The legend under the wheel: categories with their mark and pattern, then the shapes.
  const t = words(locale).arshjul;
  let ly = layout.bottom + 24;
  const lx = SIZE.margin;
  const width = layout.labelling.mode === 'numbered' ? Math.round(layout.center.x * 2) - 2 * SIZE.margin : SIZE.width - 2 * SIZE.margin;
  const per = Math.max(1, Math.floor(width / 230));
  const legend: string[] = [`<text x="${lx}" y="${ly}" font-size="${font + 1}" font-weight="bold" fill="${COLOURS.ink}">${escapeXml(tw.categoriesHeading)}</text>`];
  layout.rings.forEach((r, i) => {
    const cx = lx + (i % per) * 230;
    const cy = ly + 28 + Math.floor(i / per) * 28;
    legend.push(`<g class="legend-item" data-category="${r.category}"><rect x="${cx}" y="${cy - 9}" width="30" height="18" fill="url(#${id(`pattern-${r.category}`)})" stroke="${COLOURS.ink}" stroke-width="0.8"/>${markShape(r.category, cx + 44, cy, 12)}<text x="${cx + 58}" y="${cy}" dy="0.35em" font-size="${font}" fill="${COLOURS.ink}">${i + 1}. ${escapeXml(t.categories[r.category])}</text></g>`);
  });
  ly += 28 + Math.ceil(layout.rings.length / per) * 28 + 12;
  legend.push(`<text x="${lx}" y="${ly}" font-size="${font + 1}" font-weight="bold" fill="${COLOURS.ink}">${escapeXml(tw.formsHeading)}</text>`);
  const forms: [string, string][] = [
    [`<circle r="6" fill="#888888" stroke="${COLOURS.ink}" stroke-width="1"/>`, tw.formDay],
    [`<rect x="-15" y="-8" width="30" height="16" fill="#dddddd" stroke="${COLOURS.ink}" stroke-width="0.8"/>`, tw.formSpan],
    [`<line x1="-16" y1="0" x2="16" y2="0" stroke="${COLOURS.muted}" stroke-width="2.5" stroke-dasharray="2 4" stroke-linecap="round"/><circle r="6" fill="#ffffff" stroke="#888888" stroke-width="2.5"/>`, tw.formMonth],
    [`<line x1="-16" y1="0" x2="16" y2="0" stroke="${COLOURS.muted}" stroke-width="2"/><circle cx="-8" r="4.5" fill="#888888" stroke="${COLOURS.ink}"/><circle cx="8" r="4.5" fill="#888888" stroke="${COLOURS.ink}"/>`, tw.formSeries],
  ];
  const fper = Math.max(1, Math.floor(width / 300));
  forms.forEach(([shape, label], i) => {
    const cx = lx + (i % fper) * 300;
    const cy = ly + 28 + Math.floor(i / fper) * 28;
    legend.push(`<g class="legend-form"><g transform="translate(${cx + 16} ${cy})">${shape}</g><text x="${cx + 40}" y="${cy}" dy="0.35em" font-size="${font}" fill="${COLOURS.ink}">${escapeXml(label)}</text></g>`);
  });
  ly += 28 + Math.ceil(forms.length / fper) * 28;
  parts.push(`<g class="legend">${legend.join('')}</g>`);
  return { svg: parts.join('\n'), bottom: Math.max(listBottom, ly) + 10 };
}

/** Joins items with ", " into lines of at most `width` characters. */
function wrap(items: readonly string[], width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const item of items) {
    const next = line ? `${line}, ${item}` : item;
    if (line && [...next].length > width) {
      lines.push(`${line},`);
      line = item;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
