import { shown, truncate } from '../../output/text.js';
import { xml } from '../../output/xml.js';
import type { BenefitMap } from './gevinstplan.js';

/** A Mermaid flowchart of a benefits map (left to right: measure → change → benefit → goal). Labels are quoted, `"` and line breaks removed. */
export function benefitMapMermaid(map: BenefitMap): string {
  const ids = new Map(map.nodes.map((n, i) => [n.id, `n${i}`]));
  const label = (text: string) => text.replace(/["\r\n#`]/g, ' ').replace(/[<>]/g, ' ').trim();
  const shapes = ['["', '("', '(["', '[["'] as const;
  const ends = ['"]', '")', '"])', '"]]'] as const;
  const lines = ['flowchart LR', ...map.nodes.map((n) => `  ${ids.get(n.id)}${shapes[n.column]}${label(n.label)}${ends[n.column]}`), ...map.edges.map(([a, b]) => `  ${ids.get(a)} --> ${ids.get(b)}`)];
  return `${lines.join('\n')}\n`;
}

const COL_W = 220;
const GAP = 40;
const BOX_H = 46;
const ROW = 58;
const COLOURS = ['#e6f0fa', '#f3f6f8', '#e7f4ec', '#fdf1e0'];

/**
 * Wraps a label as it is drawn (control characters in their visible form) into lines of
 * at most `max` characters: two lines, a word longer than a line cut into pieces, the
 * rest cut with …. The box's <title> holds the whole label.
 */
function wrap(text: string, max = 28): string[] {
  const head = text.length > 4 * max ? text.slice(0, 4 * max) : text;
  const pieces: string[] = [];
  for (const word of shown(head).split(/\s+/).filter(Boolean)) {
    const chars = Array.from(word);
    for (let i = 0; i < chars.length; i += max) pieces.push(chars.slice(i, i + max).join(''));
  }
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    if (line && [...`${line} ${piece}`].length > max) {
      lines.push(line);
      line = piece;
      // A third line: the second ends in … instead.
      if (lines.length === 2) return [lines[0]!, truncate(`${lines[1]!} ${line}`, max)];
    } else line = line ? `${line} ${piece}` : piece;
  }
  lines.push(line);
  // The label was cut before it was wrapped, and what was left fits: it still ends in ….
  if (head !== text) {
    const last = Array.from(lines[lines.length - 1]!);
    lines[lines.length - 1] = `${last.slice(0, max - 1).join('')}…`;
  }
  return lines;
}

/** The benefits map as an SVG: four columns (measure, change, benefit, goal), each node a box, links as lines. */
export function benefitMapSvg(map: BenefitMap, title: string): string {
  const rows = [0, 0, 0, 0];
  const pos = new Map<string, { x: number; y: number }>();
  for (const n of map.nodes) pos.set(n.id, { x: n.column * (COL_W + GAP), y: (rows[n.column]!++) * ROW });
  const height = Math.max(1, ...rows) * ROW;
  const width = 4 * COL_W + 3 * GAP;
  const edges = map.edges.map(([a, b]) => {
    const p = pos.get(a)!;
    const q = pos.get(b)!;
    return `<line x1="${p.x + COL_W}" y1="${p.y + BOX_H / 2}" x2="${q.x}" y2="${q.y + BOX_H / 2}" stroke="#5b6670" stroke-width="1.2" marker-end="url(#arrow)"/>`;
  });
  const boxes = map.nodes.map((n) => {
    const p = pos.get(n.id)!;
    const lines = wrap(n.label);
    const text = lines.map((l, i) => `<tspan x="${p.x + 8}" y="${p.y + (lines.length === 1 ? 28 : 19 + i * 16)}">${xml(l)}</tspan>`).join('');
    return `<g><title>${xml(n.label)}</title><rect x="${p.x}" y="${p.y}" width="${COL_W}" height="${BOX_H}" rx="${n.column === 2 ? 14 : 4}" fill="${COLOURS[n.column]}" stroke="#1d2733" stroke-width="${n.column === 2 ? 2 : 1}"/><text font-size="12" font-family="system-ui, sans-serif" fill="#1d2733">${text}</text></g>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="-2 -2 ${width + 4} ${height + 4}" width="${width + 4}" height="${height + 4}" role="img" aria-label="${xml(title)}"><title>${xml(title)}</title><defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#5b6670"/></marker></defs>${edges.join('')}${boxes.join('')}</svg>`;
}
