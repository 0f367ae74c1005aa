import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignLanes } from '../../../src/output/arshjul/geometry.js';

/** The first greedy assignment: each item, by start, takes the lowest lane whose end is at or before its start. */
function naiveLanes(items: readonly { a1: number; a2: number }[]): { lanes: number[]; count: number } {
  const order = items.map((_, i) => i).sort((i, j) => items[i]!.a1 - items[j]!.a1 || items[i]!.a2 - items[j]!.a2);
  const ends: number[] = [];
  const lanes = new Array<number>(items.length).fill(0);
  for (const i of order) {
    const item = items[i]!;
    let lane = ends.findIndex((end) => end <= item.a1);
    if (lane === -1) {
      lane = ends.length;
      ends.push(item.a2);
    } else {
      ends[lane] = item.a2;
    }
    lanes[i] = lane;
  }
  return { lanes, count: Math.max(1, ends.length) };
}

// Angles on a coarse grid, so that equal starts and ends (the ties) are common.
const angle = fc.integer({ min: 0, max: 72 }).map((n) => n * 5);
const span = fc.tuple(angle, fc.integer({ min: 0, max: 40 })).map(([a1, len]) => ({ a1, a2: a1 + len * 3 }));

describe('assignLanes', () => {
  it('gives the lanes of the first greedy assignment (lowest free lane, by start)', () => {
    fc.assert(fc.property(fc.array(span, { maxLength: 120 }), (items) => {
      expect(assignLanes(items)).toEqual(naiveLanes(items));
    }), { numRuns: 300 });
  });

  it('puts overlapping items in different lanes and reuses a lane once it is free', () => {
    expect(assignLanes([{ a1: 0, a2: 10 }, { a1: 5, a2: 15 }, { a1: 10, a2: 20 }, { a1: 16, a2: 30 }])).toEqual({ lanes: [0, 1, 0, 1], count: 2 });
    expect(assignLanes([])).toEqual({ lanes: [], count: 1 });
  });

  it('never frees a lane whose end is not a number, as the first assignment did not', () => {
    const items = [{ a1: 0, a2: Number.NaN }, { a1: 1, a2: 2 }, { a1: 3, a2: 4 }, { a1: Number.NaN, a2: 5 }];
    expect(assignLanes(items)).toEqual(naiveLanes(items));
  });
});
