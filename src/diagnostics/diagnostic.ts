import type { RuleId } from './rules.js';

/** How bad a problem is. `off` exists only in configuration, never on a Diagnostic. */
export type Severity = 'error' | 'warning';

/** One problem found in a repository, by any stage (load, schema, references, rules). */
export interface Diagnostic {
  /** Stable rule id of the catalogue (src/diagnostics/rules.ts), e.g. `ref/unknown-id`. */
  rule: RuleId;
  severity: Severity;
  message: string;
  /** What to do about it, when we know. */
  hint?: string;
  /** Path relative to the repository root, with `/`. */
  file: string;
  /** 1-based positions of the offending node. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Path inside the document (keys and indexes), when the problem is inside one. */
  path?: (string | number)[];
}

/** Counts per severity. */
export function countBySeverity(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++;
    else warnings++;
  }
  return { errors, warnings };
}

/** Sorts diagnostics by file, line, column and rule, so output is deterministic. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}

/**
 * Appends `items` to `out` one by one. `out.push(...items)` passes every item as an
 * argument on the call stack, which overflows ("Maximum call stack size exceeded") at
 * about 120,000 items: a file with 150,000 unknown keys has that many diagnostics.
 */
export function appendAll<T>(out: T[], items: readonly T[]): void {
  for (const item of items) out.push(item);
}
