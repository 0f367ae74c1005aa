import { daysInMonth, parseIsoDate } from '../../arshjul/dates.js';
import type { YearWindow } from '../../arshjul/window.js';
import { MinHeap } from './min-heap.js';

/** A point on the canvas. */
export interface Point {
  x: number;
  y: number;
}

/** Degrees clockwise from 12 o'clock, where a day of the window lies. `at` 0 is the start of the day, 1 its end. */
export function angleOf(window: YearWindow, iso: string, at: number): number {
  const d = parseIsoDate(iso)!;
  const months = (d.year - window.year) * 12 + (d.month - window.startMonth);
  return (months + (d.day - 1 + at) / daysInMonth(d.year, d.month)) * 30;
}

/** The point at `radius` and `angle` (degrees clockwise from 12 o'clock) around a centre. */
export function polar(center: Point, radius: number, angle: number): Point {
  const rad = (angle * Math.PI) / 180;
  return { x: center.x + radius * Math.sin(rad), y: center.y - radius * Math.cos(rad) };
}

const f = (n: number): string => (Math.round(n * 100) / 100).toString();

/** An SVG path for the ring segment between two radii and two angles (a1 < a2, at most 360°). */
export function ringSegment(center: Point, r1: number, r2: number, a1: number, a2: number): string {
  if (a2 - a1 >= 359.99) {
    // A full ring: two half rings, since one arc cannot start and end at the same point.
    return `${ringSegment(center, r1, r2, a1, a1 + 180)} ${ringSegment(center, r1, r2, a1 + 180, a1 + 360)}`;
  }
  const large = a2 - a1 > 180 ? 1 : 0;
  const p1 = polar(center, r2, a1);
  const p2 = polar(center, r2, a2);
  const p3 = polar(center, r1, a2);
  const p4 = polar(center, r1, a1);
  return `M${f(p1.x)},${f(p1.y)} A${f(r2)},${f(r2)} 0 ${large} 1 ${f(p2.x)},${f(p2.y)} L${f(p3.x)},${f(p3.y)} A${f(r1)},${f(r1)} 0 ${large} 0 ${f(p4.x)},${f(p4.y)} Z`;
}

/** Rounds a number for SVG attributes. */
export const num = f;

/**
 * Greedy lane assignment of angular intervals inside one ring, so that no two
 * items of a lane overlap: in order of start, each item takes the lowest lane that
 * is free by then. Returns each item's lane and the number of lanes. Lanes freed
 * and lanes in use sit in two heaps, so thousands of events on one day cost
 * n log n, not n × lanes.
 */
export function assignLanes(items: readonly { a1: number; a2: number }[]): { lanes: number[]; count: number } {
  const order = items.map((_, i) => i).sort((i, j) => items[i]!.a1 - items[j]!.a1 || items[i]!.a2 - items[j]!.a2);
  const lanes = new Array<number>(items.length).fill(0);
  const busy = new MinHeap(); // key: the angle a lane is taken until; value: the lane
  const free = new MinHeap(); // key and value: the lane
  let count = 0;
  for (const i of order) {
    const { a1, a2 } = items[i]!;
    // Items come by start, so a lane free for this one stays free for the next.
    while (busy.size > 0 && busy.peekKey() <= a1) {
      const lane = busy.pop();
      free.push(lane, lane);
    }
    // NaN never fits a lane and never frees one (as `end <= a1` is false for it).
    const lane = free.size > 0 && !Number.isNaN(a1) ? free.pop() : count++;
    if (!Number.isNaN(a2)) busy.push(a2, lane);
    lanes[i] = lane;
  }
  return { lanes, count: Math.max(1, count) };
}

/**
 * Spreads values (sorted by their wish) so neighbours are at least `gap` apart,
 * staying within [min, max] and as close to their wishes as possible.
 * Returns undefined when they cannot fit.
 */
export function spread(wishes: readonly number[], gap: number, min: number, max: number): number[] | undefined {
  const n = wishes.length;
  if (n === 0) return [];
  if ((n - 1) * gap > max - min) return undefined;
  const out = wishes.map((w) => Math.min(Math.max(w, min), max));
  for (let i = 1; i < n; i++) out[i] = Math.max(out[i]!, out[i - 1]! + gap);
  if (out[n - 1]! > max) {
    out[n - 1] = max;
    for (let i = n - 2; i >= 0; i--) out[i] = Math.min(out[i]!, out[i + 1]! - gap);
  }
  return out;
}

/**
 * Spreads angles (degrees, sorted ascending in [0, 360)) around a circle so that
 * neighbours are at least `gap` degrees apart, moving each as little as it can.
 */
export function spreadAround(angles: readonly number[], gap: number): number[] {
  const n = angles.length;
  const out = [...angles];
  if (n < 2) return out;
  const step = Math.min(gap, 360 / n);
  for (let round = 0; round < 200; round++) {
    let moved = false;
    for (let i = 0; i < n; i++) {
      const j = (i + 1) % n;
      const b = j === 0 ? out[0]! + 360 : out[j]!;
      const deficit = step - (b - out[i]!);
      if (deficit > 1e-6) {
        out[i] = out[i]! - deficit / 2;
        if (j === 0) out[0] = out[0]! + deficit / 2;
        else out[j] = out[j]! + deficit / 2;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return out;
}
