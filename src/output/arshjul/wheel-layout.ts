import type { Occurrence } from '../../arshjul/occurrences.js';
import { clipToWindow, overlaps, type YearWindow } from '../../arshjul/window.js';
import { angleOf, assignLanes, polar, spread, type Point } from './geometry.js';
import { CATEGORIES, type Category } from '../../arshjul/categories.js';
import { truncateShown } from '../text.js';

/**
 * Sizes of the wheel, in SVG user units. From the centre out: the hub, one track
 * per recurring series, one ring per category (lanes inside it), a band for
 * events dated only to a month, the month ring, and numbered badges outside it.
 */
export const SIZE = {
  width: 1800,
  margin: 40,
  /** Room above the wheel for the heading (none when the heading is left out). */
  top: 120,
  outer: 420,
  monthWidth: 46,
  hole: 92,
  /** Badge centres lie this far outside the rim; badges have radius `badge`. */
  badgeOffset: 60,
  badge: 14,
  labelFont: 14,
  lineHeight: 22,
  trackFont: 13,
};

/** A recurring event is a series when the same title and body occur at least this many times in a window. */
export const SERIES_MIN = 3;
/** More characters than the longest track (its whole circle) holds: a longer name is cut before it is measured. */
const TRACK_NAME_MAX = 200;

/** Where one occurrence is drawn. */
export interface PlacedItem {
  /** Its number in the list (1-based, in date order); 0 for a mark of a series track. */
  n: number;
  /** The occurrence as it is, for text; its shape is drawn clipped to the window. */
  occurrence: Occurrence;
  category: Category;
  /** `mark` for a single day, `arc` for a span of days, `month` for an event dated only to a month. */
  form: 'mark' | 'arc' | 'month';
  a1: number;
  a2: number;
  r1: number;
  r2: number;
  /** The point its leader line starts from. */
  anchor: Point;
  anchorAngle: number;
  markSize: number;
}

export interface Ring {
  category: Category;
  r1: number;
  r2: number;
}

/** A recurring series: one track, its marks, and its title along the track where it fits. */
export interface Track {
  /** 1-based, in order of the series' first occurrence. */
  index: number;
  title: string;
  body?: string;
  category: Category;
  r1: number;
  r2: number;
  marks: PlacedItem[];
  /** A letter for the series (A, B, …), shown on the track when its name does not fit there. */
  letter: string;
  /** The text on the track (its name, or its letter when the name does not fit) and its arc (degrees) on the track's middle. */
  label?: { text: string; a1: number; a2: number; r: number };
}

/** Labels beside the wheel, or numbered badges round it with a list. */
export type Labelling =
  | { mode: 'labels'; labels: { item: PlacedItem; x: number; y: number; side: 'left' | 'right' }[] }
  | { mode: 'numbered'; badges: { item: PlacedItem; at: Point; angle: number }[]; badge: number };

export interface WheelLayout {
  center: Point;
  rings: Ring[];
  tracks: Track[];
  /** The band for month-only events, when there are any. */
  monthBand?: { r1: number; r2: number };
  /** Events that are not part of a series, numbered in calendar order. */
  items: PlacedItem[];
  labelling: Labelling;
  /** The bottom of the wheel with its badges. */
  bottom: number;
  height: number;
}

/** Labels beside the wheel are tried up to this many events; beyond it, numbers read better. */
const MAX_LABELS = 24;
/** Width a mark is given when lanes are assigned, in units at the smallest radius a ring can have. */
const MARK_ROOM = 18;

/** The key that makes occurrences one series: same title, body and category. */
export function seriesKey(o: Occurrence): string {
  return `${o.event.title}\u0000${o.event.body ?? ''}\u0000${o.event.category}`;
}

/**
 * Lays out a wheel. Recurring series (the same title and body at least SERIES_MIN
 * times) get a track each, next to the hub, with a mark per occurrence and the
 * title along the track; every other event goes in its category's ring (days and
 * spans, in lanes so none overlap) or, when dated only to a month, in the month
 * band by the month ring. Those events are labelled beside the wheel when they
 * are few and the labels fit close to their marks, else numbered in calendar
 * order by badges round the rim, in the same order clockwise, so that no two
 * leader lines cross. `top` is the room above the wheel (0 without a heading).
 */
export function layoutWheel(occurrences: readonly Occurrence[], window: YearWindow, categories: readonly Category[], top: number = SIZE.top): WheelLayout {
  const inside = occurrences.filter((o) => overlaps(o, window));
  const clipped = clipToWindow(inside, window);
  const counts = new Map<string, number>();
  for (const o of inside) counts.set(seriesKey(o), (counts.get(seriesKey(o)) ?? 0) + 1);
  const isSeries = (o: Occurrence): boolean => (counts.get(seriesKey(o)) ?? 0) >= SERIES_MIN;

  const singles = inside.map((o, i) => ({ o, c: clipped[i]!, n: 0 })).filter(({ o }) => !isSeries(o));
  singles.forEach((s, k) => (s.n = k + 1));
  const seriesKeys = [...new Set(inside.filter(isSeries).map(seriesKey))];

  // Month-only events: one lane per event of the same month.
  const monthOnly = singles.filter((s) => s.c.shape === 'month');
  const monthLane = new Map<number, number>();
  const perMonth = new Map<string, number>();
  for (const s of monthOnly) {
    const m = s.c.start.slice(0, 7);
    monthLane.set(s.n, perMonth.get(m) ?? 0);
    perMonth.set(m, (perMonth.get(m) ?? 0) + 1);
  }
  const bandLanes = Math.max(0, ...perMonth.values());

  // Lanes per category ring, from the marks' angular room at the smallest radius they can get.
  const shown = CATEGORIES.filter((c) => categories.includes(c) || singles.some((s) => s.c.shape !== 'month' && s.o.event.category === c));
  const ringCats = shown.length > 0 ? shown : (['other'] as Category[]);
  const degAt = (r: number): number => 360 / (2 * Math.PI * r);
  const nominal = SIZE.hole + 60;
  const spansOf = (cat: Category) =>
    singles
      .filter((s) => s.c.shape !== 'month' && s.o.event.category === cat)
      .map((s) => {
        if (s.c.shape === 'day') {
          const c = angleOf(window, s.c.start, 0.5);
          const half = (MARK_ROOM / 2) * degAt(nominal);
          return { s, a1: c - half, a2: c + half };
        }
        return { s, a1: angleOf(window, s.c.start, 0) + 0.3, a2: angleOf(window, s.c.end, 1) - 0.3 };
      });
  const perRing = ringCats.map((cat) => {
    const spans = spansOf(cat);
    return { cat, spans, ...assignLanes(spans) };
  });

  // Radii, from the rim inwards.
  const monthInner = SIZE.outer - SIZE.monthWidth;
  const bandWidth = bandLanes > 0 ? Math.min(16, 56 / bandLanes) * bandLanes + 4 : 0;
  const ringsOuter = monthInner - bandWidth;
  const totalLanes = perRing.reduce((sum, r) => sum + r.count, 0);
  let trackWidth = 24;
  let laneWidth = Math.min(20, (ringsOuter - SIZE.hole - seriesKeys.length * trackWidth - 4) / totalLanes);
  if (laneWidth < 9 && seriesKeys.length > 0) {
    trackWidth = 18;
    laneWidth = (ringsOuter - SIZE.hole - seriesKeys.length * trackWidth - 4) / totalLanes;
  }
  laneWidth = Math.max(5, laneWidth);
  const ringsInner = ringsOuter - totalLanes * laneWidth;
  const tracksInner = Math.max(SIZE.hole + 4, ringsInner - seriesKeys.length * trackWidth);
  trackWidth = seriesKeys.length > 0 ? Math.min(trackWidth, (ringsInner - tracksInner) / seriesKeys.length) : trackWidth;

  const rings: Ring[] = [];
  let r = ringsInner;
  for (const p of perRing) {
    rings.push({ category: p.cat, r1: r, r2: r + p.count * laneWidth });
    r += p.count * laneWidth;
  }

  const place = (center: Point): { items: PlacedItem[]; tracks: Track[] } => {
    const items: PlacedItem[] = [];
    perRing.forEach((p, i) => {
      const ring = rings[i]!;
      p.spans.forEach(({ s, a1, a2 }, k) => {
        const r1 = ring.r1 + p.lanes[k]! * laneWidth + 1;
        const r2 = r1 + laneWidth - 2;
        const form = s.c.shape === 'day' ? 'mark' : 'arc';
        // Spans are pointed at on their first day, like day marks, so that the numbers (in order of
        // first day) and the points their leaders go to run round the wheel in the same order.
        const anchorAngle = angleOf(window, s.c.start, 0.5);
        const mid = (r1 + r2) / 2;
        items.push({ n: s.n, occurrence: s.o, category: p.cat, form, a1, a2, r1, r2, anchor: polar(center, mid, anchorAngle), anchorAngle, markSize: Math.max(5, Math.min(14, laneWidth - 3)) });
      });
    });
    const bandLane = bandLanes > 0 ? (bandWidth - 4) / bandLanes : 0;
    for (const s of monthOnly) {
      const lane = monthLane.get(s.n)!;
      const r1 = monthInner - 2 - (lane + 1) * bandLane;
      const r2 = r1 + bandLane;
      const a1 = angleOf(window, s.c.start, 0) + 1;
      const a2 = angleOf(window, s.c.end, 1) - 1;
      const anchorAngle = angleOf(window, s.c.start, 0.5);
      items.push({ n: s.n, occurrence: s.o, category: s.o.event.category, form: 'month', a1, a2, r1, r2, anchor: polar(center, (r1 + r2) / 2, anchorAngle), anchorAngle, markSize: Math.max(6, Math.min(12, bandLane - 3)) });
    }
    items.sort((a, b) => a.n - b.n);

    const tracks: Track[] = seriesKeys.map((key, i) => {
      const r1 = tracksInner + i * trackWidth;
      const r2 = r1 + trackWidth;
      const own = inside.map((o, j) => ({ o, c: clipped[j]! })).filter(({ o }) => seriesKey(o) === key);
      const first = own[0]!.o;
      const mid = (r1 + r2) / 2;
      const marks = own.map(({ o, c }): PlacedItem => {
        const form = c.shape === 'day' ? 'mark' : c.shape === 'month' ? 'month' : 'arc';
        const a1 = form === 'mark' ? angleOf(window, c.start, 0.5) : angleOf(window, c.start, 0) + (form === 'month' ? 1 : 0.3);
        const a2 = form === 'mark' ? a1 : angleOf(window, c.end, 1) - (form === 'month' ? 1 : 0.3);
        const anchorAngle = (a1 + a2) / 2;
        return { n: 0, occurrence: o, category: o.event.category, form, a1, a2, r1: r1 + 2, r2: r2 - 2, anchor: polar(center, mid, anchorAngle), anchorAngle, markSize: Math.max(6, Math.min(14, trackWidth - 6)) };
      });
      return { index: i + 1, letter: letterOf(i), title: first.event.title, ...(first.event.body ? { body: first.event.body } : {}), category: first.event.category, r1, r2, marks };
    });
    placeTrackLabels(tracks, center);
    return { items, tracks };
  };

  const base = { rings, ...(bandLanes > 0 ? { monthBand: { r1: monthInner - bandWidth, r2: monthInner } } : {}) };
  const reach = SIZE.outer + SIZE.badgeOffset + SIZE.badge + 2;
  if (singles.length <= MAX_LABELS) {
    const labelCenter = { x: SIZE.width / 2, y: top + reach };
    const asLabels = place(labelCenter);
    const labels = placeLabels(asLabels.items, labelCenter);
    if (labels) {
      const bottom = labelCenter.y + reach;
      return { center: labelCenter, ...base, ...asLabels, labelling: { mode: 'labels', labels }, bottom, height: bottom };
    }
  }
  const center = { x: SIZE.margin + reach, y: top + reach };
  const placed = place(center);
  const badgeRadius = SIZE.outer + SIZE.badgeOffset;
  const fits = Math.floor((2 * Math.PI * badgeRadius) / (2 * SIZE.badge + 3));
  const badge = placed.items.length <= fits ? SIZE.badge : Math.max(8, Math.floor(((2 * Math.PI * badgeRadius) / placed.items.length - 2) / 2));
  const gap = ((2 * badge + 3) / (2 * Math.PI * badgeRadius)) * 360;
  // Badges keep the events' order clockwise from 12 o'clock: a spread along [0, 360), not round it,
  // so that the numbers rise clockwise and the leader lines (rim → badge) never cross.
  const step = Math.min(gap, 360 / Math.max(1, placed.items.length));
  const wishes = placed.items.map((i) => Math.min(Math.max(i.anchorAngle, 0), 360));
  const angles = spread(wishes, step, step / 2, 360 - step / 2) ?? wishes.map((_, k) => step / 2 + k * step);
  const badges = placed.items.map((item, k) => ({ item, angle: angles[k]!, at: polar(center, badgeRadius, angles[k]!) }));
  const bottom = center.y + reach;
  return { center, ...base, ...placed, labelling: { mode: 'numbered', badges, badge }, bottom, height: bottom };
}

const norm = (a: number): number => ((a % 360) + 360) % 360;

/** The axis-aligned box of an arc of text: sampled along the arc at its inner and outer edge. */
export function arcBox(center: Point, r: number, a1: number, a2: number, half: number): { x1: number; y1: number; x2: number; y2: number } {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (let k = 0; k <= 24; k++) {
    const a = a1 + ((a2 - a1) * k) / 24;
    for (const rr of [r - half, r + half]) {
      const p = polar(center, rr, a);
      x1 = Math.min(x1, p.x);
      y1 = Math.min(y1, p.y);
      x2 = Math.max(x2, p.x);
      y2 = Math.max(y2, p.y);
    }
  }
  return { x1, y1, x2, y2 };
}

/**
 * Puts each track's title along the track in a gap between its marks, where the
 * text's box (as a browser measures it: the axis-aligned box of the curved text)
 * meets no other track's title. Gaps near 3, 6, 9 and 12 o'clock are tried first,
 * as text there is nearly straight and its box small.
 */
function placeTrackLabels(tracks: Track[], center: Point): void {
  const placed: { x1: number; y1: number; x2: number; y2: number }[] = [];
  const axisDistance = (a: number): number => {
    const m = norm(a) % 90;
    return Math.min(m, 90 - m);
  };
  for (const track of tracks) {
    const r = (track.r1 + track.r2) / 2;
    const pad = ((track.marks[0]?.markSize ?? 10) / (2 * Math.PI * r)) * 360 + 0.5;
    const edges = track.marks.map((m) => [m.a1 - pad, m.a2 + pad] as const).sort((a, b) => a[0] - b[0]);
    for (const text of [trackName(track), track.letter]) {
      const need = (([...text].length * SIZE.trackFont * 0.62 + 8) / (2 * Math.PI * r)) * 360;
      const candidates: number[] = [];
      if (edges.length === 0) for (let a = 0; a < 360; a += 2) candidates.push(a);
      for (let i = 0; i < edges.length; i++) {
        const from = edges[i]![1];
        const to = i + 1 < edges.length ? edges[i + 1]![0] : edges[0]![0] + 360;
        for (let a = from + need / 2; a <= to - need / 2 + 1e-9; a += 1) candidates.push(a);
      }
      candidates.sort((a, b) => axisDistance(a) - axisDistance(b) || a - b);
      for (const mid of candidates) {
        const box = arcBox(center, r, mid - need / 2, mid + need / 2, SIZE.trackFont * 0.7);
        if (placed.some((p) => p.x1 < box.x2 && box.x1 < p.x2 && p.y1 < box.y2 && box.y1 < p.y2)) continue;
        placed.push(box);
        track.label = { text, a1: mid - need / 2, a2: mid + need / 2, r };
        break;
      }
      if (track.label) break;
    }
  }
}

/** A series' name on its track: the body when it is shorter than the title ("Formannskapet"), else the title. */
export function trackName(track: Pick<Track, 'title' | 'body'>): string {
  // Measured as drawn (a control character shows as \u001b), and never longer than a track can hold.
  const [title, body] = [truncateShown(track.title, TRACK_NAME_MAX), track.body ? truncateShown(track.body, TRACK_NAME_MAX) : undefined];
  return body && [...body].length < [...title].length ? body : title;
}

/** A, B, …, Z, AA, AB, … */
function letterOf(i: number): string {
  return i < 26 ? String.fromCharCode(65 + i) : letterOf(Math.floor(i / 26) - 1) + String.fromCharCode(65 + (i % 26));
}

/** Labels in two columns beside the wheel; undefined when one would land too far from its mark. */
function placeLabels(items: readonly PlacedItem[], center: Point): { item: PlacedItem; x: number; y: number; side: 'left' | 'right' }[] | undefined {
  const out: { item: PlacedItem; x: number; y: number; side: 'left' | 'right' }[] = [];
  for (const side of ['right', 'left'] as const) {
    const own = items.filter((i) => (norm(i.anchorAngle) < 180) === (side === 'right')).map((item) => ({ item, wish: polar(center, SIZE.outer + 24, item.anchorAngle).y }));
    own.sort((a, b) => a.wish - b.wish);
    const ys = spread(own.map((o) => o.wish), SIZE.lineHeight, center.y - SIZE.outer - 30, center.y + SIZE.outer + 30);
    if (!ys) return undefined;
    if (own.some((o, k) => Math.abs(ys[k]! - o.wish) > 120)) return undefined;
    const x = side === 'right' ? center.x + SIZE.outer + 60 : center.x - SIZE.outer - 60;
    own.forEach((o, k) => out.push({ item: o.item, x, y: ys[k]!, side }));
  }
  return out.sort((a, b) => a.item.n - b.item.n);
}
