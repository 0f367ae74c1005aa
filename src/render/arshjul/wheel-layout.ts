import type { Occurrence } from '../../arshjul/occurrences.js';
import { clipToWindow, overlaps, type YearWindow } from '../../arshjul/window.js';
import { angleOf, assignLanes, polar, spread, spreadAround, type Point } from './geometry.js';
import { CATEGORIES, type Category } from '../../arshjul/categories.js';

/** Sizes of the wheel, in SVG user units. */
export const SIZE = { width: 1800, top: 130, outer: 400, monthWidth: 44, hole: 120, labelFont: 13, lineHeight: 20 };

/** Where one occurrence is drawn. */
export interface PlacedItem {
  /** Its number in the list (1-based, in date order). */
  n: number;
  /** The occurrence as it is, for text; its shape is drawn clipped to the window. */
  occurrence: Occurrence;
  category: Category;
  /** `mark` for a single day, `arc` for a whole month or a span. */
  form: 'mark' | 'arc';
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

/** Labels beside the wheel, or numbered badges round it with a list. */
export type Labelling =
  | { mode: 'labels'; labels: { item: PlacedItem; x: number; y: number; side: 'left' | 'right' }[] }
  | { mode: 'numbered'; badges: { item: PlacedItem; at: Point; angle: number }[] };

export interface WheelLayout {
  center: Point;
  rings: Ring[];
  items: PlacedItem[];
  labelling: Labelling;
  height: number;
}

/** Labels beside the wheel are tried up to this many events; beyond it, numbers read better. */
const MAX_LABELS = 24;

/**
 * Lays out a wheel: one ring per category (inner to outer in CATEGORIES order),
 * occurrences in lanes so none overlap, and labels beside the wheel when they fit
 * close to their marks, else numbered badges round the rim and a list.
 */
export function layoutWheel(occurrences: readonly Occurrence[], window: YearWindow, categories: readonly Category[]): WheelLayout {
  const inside = occurrences.filter((o) => overlaps(o, window));
  const clipped = clipToWindow(inside, window);
  const shown = CATEGORIES.filter((c) => categories.includes(c) || clipped.some((o) => o.event.category === c));
  const ringCats = shown.length > 0 ? shown : (['other'] as Category[]);
  const inner = SIZE.outer - SIZE.monthWidth;
  const width = (inner - SIZE.hole) / ringCats.length;
  const rings: Ring[] = ringCats.map((category, i) => ({ category, r1: SIZE.hole + i * width, r2: SIZE.hole + (i + 1) * width }));

  const placed = (center: Point): PlacedItem[] => {
    const items: PlacedItem[] = [];
    for (const ring of rings) {
      const mid = (ring.r1 + ring.r2) / 2;
      const own = clipped.map((o, i) => ({ o, i })).filter(({ o }) => o.event.category === ring.category);
      const degPerPx = 360 / (2 * Math.PI * mid);
      const spans = own.map(({ o }) => {
        if (o.shape === 'day') {
          const c = angleOf(window, o.start, 0.5);
          const half = (Math.min(14, width - 4) / 2 + 2) * degPerPx;
          return { a1: c - half, a2: c + half };
        }
        return { a1: angleOf(window, o.start, 0) + 0.3, a2: angleOf(window, o.end, 1) - 0.3 };
      });
      const { lanes, count } = assignLanes(spans);
      const laneWidth = width / count;
      own.forEach(({ o, i }, k) => {
        const r1 = ring.r1 + lanes[k]! * laneWidth + 1.5;
        const r2 = r1 + laneWidth - 3;
        const form = o.shape === 'day' ? 'mark' : 'arc';
        const anchorAngle = form === 'mark' ? angleOf(window, o.start, 0.5) : (spans[k]!.a1 + spans[k]!.a2) / 2;
        items.push({
          n: i + 1,
          occurrence: inside[i]!,
          category: ring.category,
          form,
          a1: spans[k]!.a1,
          a2: spans[k]!.a2,
          r1,
          r2,
          anchor: polar(center, (r1 + r2) / 2, anchorAngle),
          anchorAngle,
          markSize: Math.max(6, Math.min(14, laneWidth - 3)),
        });
      });
    }
    return items.sort((a, b) => a.n - b.n);
  };

  const labelCenter = { x: SIZE.width / 2, y: SIZE.top + SIZE.outer + 40 };
  const asLabels = placed(labelCenter);
  const labels = asLabels.length <= MAX_LABELS ? placeLabels(asLabels, labelCenter) : undefined;
  if (labels) {
    return { center: labelCenter, rings, items: asLabels, labelling: { mode: 'labels', labels }, height: labelCenter.y + SIZE.outer + 150 };
  }
  const center = { x: SIZE.outer + 140, y: SIZE.top + SIZE.outer + 40 };
  const items = placed(center);
  const badgeRadius = SIZE.outer + 26;
  const byAngle = [...items].sort((a, b) => norm(a.anchorAngle) - norm(b.anchorAngle));
  const gap = ((24 / (2 * Math.PI * badgeRadius)) * 360);
  const angles = spreadAround(byAngle.map((i) => norm(i.anchorAngle)), gap);
  const badges = byAngle.map((item, k) => ({ item, angle: angles[k]!, at: polar(center, badgeRadius, angles[k]!) })).sort((a, b) => a.item.n - b.item.n);
  const listBottom = SIZE.top + 20 + items.length * SIZE.lineHeight;
  return { center, rings, items, labelling: { mode: 'numbered', badges }, height: Math.max(center.y + SIZE.outer + 150, listBottom + 40) };
}

const norm = (a: number): number => ((a % 360) + 360) % 360;

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
