import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { decode } from '../../src/load/decode.js';

/** One input file, as the loader saw it. */
export interface InputFile {
  path: string;
  bytes: Uint8Array;
}

/** The lines of a file as positions count them: decoded text, or raw bytes when it is not text. */
function linesOf(bytes: Uint8Array): string[] {
  const d = decode(bytes);
  const text = d.ok ? (d.text.charCodeAt(0) === 0xfeff ? d.text.slice(1) : d.text) : Buffer.from(bytes).toString('latin1');
  return text.split('\n');
}

/**
 * What is wrong with the diagnostics' files and positions, as readable lines (empty
 * when all is well): each names a file of the input, and its span lies inside it.
 */
export function positionProblems(diagnostics: readonly Diagnostic[], files: readonly InputFile[]): string[] {
  const lines = new Map(files.map((f) => [f.path, linesOf(f.bytes)]));
  const problems: string[] = [];
  for (const d of diagnostics) {
    const where = `${d.rule} ${d.file}:${d.line}:${d.column}-${d.endLine}:${d.endColumn}`;
    const file = lines.get(d.file);
    if (!file) {
      problems.push(`${where}: no such input file`);
      continue;
    }
    const ints = [d.line, d.column, d.endLine, d.endColumn].every((n) => Number.isInteger(n) && n >= 1);
    if (!ints) problems.push(`${where}: positions must be whole numbers from 1`);
    else if (d.endLine > file.length) problems.push(`${where}: past the last line (${file.length})`);
    else if (d.endLine < d.line || (d.endLine === d.line && d.endColumn < d.column)) problems.push(`${where}: ends before it starts`);
    else if (d.column > file[d.line - 1]!.length + 1) problems.push(`${where}: column past the end of line ${d.line} (${file[d.line - 1]!.length} characters)`);
    else if (d.endColumn > file[d.endLine - 1]!.length + 1) problems.push(`${where}: end column past the end of line ${d.endLine}`);
    if (typeof d.message !== 'string' || d.message === '' || typeof d.rule !== 'string') problems.push(`${where}: needs a rule and a message`);
  }
  return problems;
}

/** Keys found on Object.prototype that were not there before: prototype pollution. */
export function pollution(): string[] {
  return Object.getOwnPropertyNames(Object.prototype).filter((k) => !BASELINE.has(k));
}
const BASELINE = new Set(Object.getOwnPropertyNames(Object.prototype));
