/** The roles JSON-stat gives dimensions; other dimensions are classifications. */
export type Role = 'time' | 'geo' | 'metric';

/** One dimension of a cube: its categories in index order. */
export interface Dimension {
  id: string;
  label: string;
  role?: Role;
  codes: string[];
  /** Category code → label (the code itself where the dataset gives none). */
  labels: Map<string, string>;
  /** Category code → its notes (JSON-stat `category.note`). */
  notes: Map<string, string[]>;
  /** Category code → position. */
  index: Map<string, number>;
}

/** What one cell holds: a value (null when missing) and SSB's status symbol, if any. */
export interface Cell {
  value: unknown;
  status: string | null;
}

/**
 * A JSON-stat dataset read into one shape, whatever its version: dimensions with
 * their categories, and the cells in row-major order (the last dimension varies
 * fastest), as JSON-stat lays them out.
 */
export interface Cube {
  label?: string;
  /** When the dataset was last updated (ISO 8601), as the dataset says. */
  updated?: string;
  /** The SSB table id the dataset names itself (extension.px.tableid, or a "12134: …" label). */
  tableId?: string;
  dimensions: Dimension[];
  /** Number of cells. */
  size: number;
  /** False for a metadata answer, which has dimensions but no values. */
  hasValues: boolean;
  cell(index: number): Cell;
}

/** The dimension with an id, if the cube has it. */
export function dimensionOf(cube: Cube, id: string): Dimension | undefined {
  return cube.dimensions.find((d) => d.id === id);
}

/** The cell at one category of every dimension (by dimension id), or undefined when a code is not in the cube. */
export function cellAt(cube: Cube, codes: ReadonlyMap<string, string>): Cell | undefined {
  let index = 0;
  for (const d of cube.dimensions) {
    const code = codes.get(d.id) ?? (d.codes.length === 1 ? d.codes[0] : undefined);
    const position = code === undefined ? undefined : d.index.get(code);
    if (position === undefined) return undefined;
    index = index * d.codes.length + position;
  }
  return cube.cell(index);
}

/** A dimension from its categories (codes in order, with labels and notes). */
export function makeDimension(id: string, label: string, codes: string[], labels = new Map<string, string>(), notes = new Map<string, string[]>(), role?: Role): Dimension {
  const index = new Map(codes.map((c, i) => [c, i]));
  const d: Dimension = { id, label, codes, labels, notes, index };
  if (role) d.role = role;
  return d;
}

/**
 * One cube from several answers for the same table (a request split by time or
 * region): the union of the categories, in the order first seen, with the cells
 * of each part (where parts overlap, the first wins). The parts must have the same
 * dimensions; a cell no part has is null.
 */
export function mergeCubes(parts: readonly Cube[]): Cube {
  if (parts.length === 1) return parts[0]!;
  const first = parts[0]!;
  const dimensions = first.dimensions.map((d) => {
    const codes: string[] = [];
    const labels = new Map<string, string>();
    const notes = new Map<string, string[]>();
    for (const part of parts) {
      const own = dimensionOf(part, d.id)!;
      for (const c of own.codes) {
        if (labels.has(c)) continue;
        codes.push(c);
        labels.set(c, own.labels.get(c) ?? c);
        if (own.notes.has(c)) notes.set(c, own.notes.get(c)!);
      }
    }
    return makeDimension(d.id, d.label, codes, labels, notes, d.role);
  });
  const size = dimensions.reduce((n, d) => n * d.codes.length, 1);
  const cells: Cell[] = new Array<Cell>(size);
  const empty: Cell = { value: null, status: null };
  for (const part of parts) copyCells(part, dimensions, cells);
  const merged: Cube = { dimensions, size, hasValues: parts.every((p) => p.hasValues), cell: (i) => cells[i] ?? empty };
  const updated = parts.map((p) => p.updated).filter((u): u is string => u !== undefined).sort().at(-1);
  if (updated !== undefined) merged.updated = updated;
  if (first.label !== undefined) merged.label = first.label;
  if (first.tableId !== undefined) merged.tableId = first.tableId;
  return merged;
}

/** Copies every cell of `part` to its place in the merged layout. */
function copyCells(part: Cube, dimensions: readonly Dimension[], cells: Cell[]): void {
  const own = dimensions.map((d) => dimensionOf(part, d.id)!);
  // Position in the merged layout of each of the part's categories, per dimension.
  const places = own.map((d, i) => d.codes.map((c) => dimensions[i]!.index.get(c)!));
  const position = own.map(() => 0);
  for (let n = 0; n < part.size; n++) {
    let target = 0;
    for (let i = 0; i < dimensions.length; i++) target = target * dimensions[i]!.codes.length + places[i]![position[i]!]!;
    cells[target] ??= part.cell(n);
    for (let i = own.length - 1; i >= 0; i--) {
      if (++position[i]! < own[i]!.codes.length) break;
      position[i] = 0;
    }
  }
}
