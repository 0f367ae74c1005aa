import { num } from './geometry.js';
import type { Category } from '../../arshjul/categories.js';

/**
 * Category colours from the Okabe–Ito palette (safe for colour-blind readers),
 * each with its own mark shape and arc pattern so the wheel still reads when
 * printed in greyscale.
 */
export const CATEGORY_STYLE: Record<Category, { colour: string; shape: Shape; pattern: Pattern }> = {
  political: { colour: '#0072B2', shape: 'circle', pattern: 'solid' },
  budget: { colour: '#E69F00', shape: 'square', pattern: 'diagonal' },
  reporting: { colour: '#009E73', shape: 'diamond', pattern: 'dots' },
  planning: { colour: '#CC79A7', shape: 'triangle', pattern: 'cross' },
  deadline: { colour: '#D55E00', shape: 'down', pattern: 'horizontal' },
  people: { colour: '#56B4E9', shape: 'hexagon', pattern: 'vertical' },
  other: { colour: '#777777', shape: 'plus', pattern: 'backslash' },
};

type Shape = 'circle' | 'square' | 'diamond' | 'triangle' | 'down' | 'hexagon' | 'plus';
type Pattern = 'solid' | 'diagonal' | 'dots' | 'cross' | 'horizontal' | 'vertical' | 'backslash';

const INK = '#1a1a1a';

/** The `<pattern>` that fills a category's arcs: a light tint with dark strokes. */
export function patternDef(id: string, category: Category): string {
  const { colour, pattern } = CATEGORY_STYLE[category];
  const bg = `<rect width="8" height="8" fill="${colour}" fill-opacity="${pattern === 'solid' ? 0.85 : 0.35}"/>`;
  const line = (d: string): string => `<path d="${d}" stroke="${INK}" stroke-width="1.1" fill="none"/>`;
  const body = {
    solid: '',
    diagonal: line('M-2,2 L2,-2 M0,8 L8,0 M6,10 L10,6'),
    backslash: line('M-2,6 L2,10 M0,0 L8,8 M6,-2 L10,2'),
    dots: `<circle cx="4" cy="4" r="1.4" fill="${INK}"/>`,
    cross: line('M0,4 L8,4 M4,0 L4,8'),
    horizontal: line('M0,4 L8,4'),
    vertical: line('M4,0 L4,8'),
  }[pattern];
  return `<pattern id="${id}" width="8" height="8" patternUnits="userSpaceOnUse">${bg}${body}</pattern>`;
}

/** A category's mark, centred on (x, y), `size` pixels across. */
export function markShape(category: Category, x: number, y: number, size: number, extra = ''): string {
  const { colour, shape } = CATEGORY_STYLE[category];
  const h = size / 2;
  const paint = `fill="${colour}" stroke="${INK}" stroke-width="1"${extra}`;
  const poly = (pts: [number, number][]): string => `<polygon points="${pts.map(([px, py]) => `${num(x + px)},${num(y + py)}`).join(' ')}" ${paint}/>`;
  switch (shape) {
    case 'circle':
      return `<circle cx="${num(x)}" cy="${num(y)}" r="${num(h)}" ${paint}/>`;
    case 'square':
      return `<rect x="${num(x - h * 0.9)}" y="${num(y - h * 0.9)}" width="${num(h * 1.8)}" height="${num(h * 1.8)}" ${paint}/>`;
    case 'diamond':
      return poly([[0, -h * 1.15], [h * 1.15, 0], [0, h * 1.15], [-h * 1.15, 0]]);
    case 'triangle':
      return poly([[0, -h * 1.1], [h * 1.1, h * 0.9], [-h * 1.1, h * 0.9]]);
    case 'down':
      return poly([[0, h * 1.1], [h * 1.1, -h * 0.9], [-h * 1.1, -h * 0.9]]);
    case 'hexagon':
      return poly(Array.from({ length: 6 }, (_, i) => [h * Math.cos((i * Math.PI) / 3), h * Math.sin((i * Math.PI) / 3)] as [number, number]));
    case 'plus': {
      const t = h * 0.4;
      return poly([[-t, -h], [t, -h], [t, -t], [h, -t], [h, t], [t, t], [t, h], [-t, h], [-t, t], [-h, t], [-h, -t], [-t, -t]]);
    }
  }
}

export const COLOURS = { ink: INK, muted: '#555555', ring: ['#fbfbfb', '#efefef'], month: ['#e4e4e4', '#d2d2d2'], rule: '#9a9a9a' };
