/** An axis-aligned box in SVG coordinates. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Where a label went: its box and whether it sits away from its point (then a leader line helps). */
export interface Placement extends Box {
  far: boolean;
}

/**
 * Greedy label placement: each label (in the order given, most important first)
 * takes the first spot around its anchor that overlaps no point, no placed label
 * and stays inside `bounds`; trying rings at growing distances. When every spot
 * collides, the one with the least overlap wins, so a crowded plot degrades
 * gracefully instead of failing.
 */
export function placeLabels(
  labels: readonly { x: number; y: number; w: number; h: number }[],
  points: readonly Box[],
  bounds: Box,
): Placement[] {
  const placed: Box[] = [];
  const out: Placement[] = [];
  const directions = [
    [1, 0], [-1, 0], [0, -1], [0, 1], [1, -1], [-1, -1], [1, 1], [-1, 1],
  ] as const;
  for (const label of labels) {
    let best: Placement | undefined;
    let bestCost = Infinity;
    for (const [ring, gap] of [4, 12, 22, 34].entries()) {
      for (const [dx, dy] of directions) {
        const x = dx > 0 ? label.x + gap : dx < 0 ? label.x - gap - label.w : label.x - label.w / 2;
        const y = dy > 0 ? label.y + gap : dy < 0 ? label.y - gap - label.h : label.y - label.h / 2;
        const box = { x, y, w: label.w, h: label.h };
        const outside =
          Math.max(0, bounds.x - x) + Math.max(0, x + label.w - bounds.x - bounds.w) + Math.max(0, bounds.y - y) + Math.max(0, y + label.h - bounds.y - bounds.h);
        const cost = outside * 1000 + [...points, ...placed].reduce((s, b) => s + overlap(box, b), 0) * 10 + ring;
        if (cost < bestCost) {
          bestCost = cost;
          best = { ...box, far: ring >= 2 };
        }
        if (cost === ring) break;
      }
      if (bestCost === ring) break;
    }
    placed.push(best!);
    out.push(best!);
  }
  return out;
}

/** Whether any two boxes overlap (for tests). */
export function anyOverlap(boxes: readonly Box[]): boolean {
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) if (overlap(boxes[i]!, boxes[j]!) > 0) return true;
  return false;
}
