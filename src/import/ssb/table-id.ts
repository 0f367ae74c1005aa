import { basename } from 'node:path';
import type { Cube } from './cube.js';

/**
 * The SSB table a dataset read from a file belongs to: `--table`, else what the
 * dataset says (PxWebApi v2's extension.px.tableid, or a "12134: …" label), else
 * the one five-digit number in the file name (12134.json, ssb-09220-2025.json).
 * Undefined when none of them says.
 */
export function tableIdOf(flag: string | undefined, cube: Cube, file: string): string | undefined {
  if (flag !== undefined) return flag;
  if (cube.tableId !== undefined && /^\d{5}$/.test(cube.tableId)) return cube.tableId;
  const numbers = basename(file).match(/(?<!\d)\d{5}(?!\d)/g) ?? [];
  return numbers.length === 1 ? numbers[0] : undefined;
}
