import type { Cube } from './cube.js';
import type { Selection } from './match.js';

/** One data request: the categories to ask for, by dimension id, in the table's dimension order. */
export type Request = Map<string, string[]>;

/** SSB's limit on the cells of one answer. */
export const MAX_CELLS = 800_000;

/**
 * The requests that fetch what the indicators of one table read, and nothing else:
 * per dimension the union of their categories (every year of the time dimension),
 * split by time, then region, then the other dimensions, until no request asks for
 * more than `maxCells` cells.
 */
export function planRequests(metadata: Cube, selections: readonly Selection[], maxCells = MAX_CELLS): Request[] {
  if (selections.length === 0) return [];
  const wanted = new Map<string, Set<string>>();
  const add = (dim: string, codes: Iterable<string>) => {
    const set = wanted.get(dim) ?? new Set<string>();
    for (const c of codes) set.add(c);
    wanted.set(dim, set);
  };
  const first = selections[0]!;
  for (const s of selections) {
    add(s.metric, [s.contents]);
    if (s.geo) add(s.geo.id, s.geo.codes);
    for (const [dim, code] of s.fixed) add(dim, [code]);
  }
  const request: Request = new Map();
  for (const d of metadata.dimensions) {
    const codes = d.id === first.time ? d.codes : d.codes.filter((c) => wanted.get(d.id)?.has(c));
    request.set(d.id, codes);
  }
  const order = [first.time, first.geo?.id, first.metric, ...metadata.dimensions.map((d) => d.id)].filter((d, i, all): d is string => d !== undefined && all.indexOf(d) === i);
  return split(request, order, maxCells);
}

function cells(request: Request): number {
  let n = 1;
  for (const codes of request.values()) n *= codes.length;
  return n;
}

/** Splits a request along the first dimension of `order` with more than one category, as little as needed. */
function split(request: Request, order: readonly string[], maxCells: number): Request[] {
  if (cells(request) <= maxCells) return [request];
  const dim = order.find((d) => (request.get(d)?.length ?? 0) > 1);
  if (dim === undefined) return [request];
  const codes = request.get(dim)!;
  const rest = cells(request) / codes.length;
  const per = Math.max(1, Math.floor(maxCells / rest));
  const out: Request[] = [];
  for (let i = 0; i < codes.length; i += per) {
    const part = new Map(request).set(dim, codes.slice(i, i + per));
    out.push(...split(part, order, maxCells));
  }
  return out;
}
