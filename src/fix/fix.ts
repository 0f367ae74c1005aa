import { isDeepStrictEqual } from 'node:util';
import type { Document, Node, YAMLSeq } from 'yaml';
import { isMap, isSeq } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { yamlLib } from '../load/yaml-lib.js';
import { applySplices, contentEnd, type Splice } from '../import/ssb/yaml-edit.js';

/** The rules `plan fix` repairs: mechanical, with one right answer. */
export const FIXABLE_RULES = ['sdg/numeric-id', 'indicator-years-order'] as const;
export type FixableRule = (typeof FIXABLE_RULES)[number];

/** One repair in a file: what the text was and what it became. */
export interface FixChange {
  rule: FixableRule;
  /** 1-based line of the repaired node, in the file as it was. */
  line: number;
  before: string;
  after: string;
}

export interface FileFix {
  text: string;
  changes: FixChange[];
}

/** How planverk reads YAML (src/load/parse-file.ts). */
const OPTIONS = { schema: 'core', version: '1.2', uniqueKeys: false, prettyErrors: false, logLevel: 'silent' } as const;

/**
 * The safe mechanical repairs of one file's text, in place: SDG ids written as numbers
 * get quotes (`3.4` → `"3.4"`), and the targets or actuals of an indicator that are only
 * out of order are sorted by year (a year given twice is left to the planner). Only the
 * repaired nodes change: comments, quoting and layout elsewhere stay byte for byte. The
 * result is read back and must differ from the original only where intended, else the
 * file is left as it was (no changes).
 */
export function fixFile(text: string, diagnostics: readonly Diagnostic[]): FileFix {
  const docs = yamlLib().parseAllDocuments(text, OPTIONS) as Document.Parsed[];
  if (!Array.isArray(docs) || docs.some((d) => d.errors.length > 0)) return { text, changes: [] };
  const offsets = lineOffsets(text);
  const at = (line: number, column: number) => (offsets[line - 1] ?? text.length) + column - 1;
  const splices: Splice[] = [];
  const changes: FixChange[] = [];
  const sorted = new Set<Node>();
  for (const d of diagnostics) {
    if (d.rule === 'sdg/numeric-id') {
      const start = at(d.line, d.column);
      const end = at(d.endLine, d.endColumn);
      const written = text.slice(start, end);
      if (!/^[0-9]+(\.[0-9A-Za-z]+)*$/.test(written)) continue;
      splices.push({ start, end, text: `"${written}"` });
      changes.push({ rule: d.rule, line: d.line, before: written, after: `"${written}"` });
    } else if (d.rule === 'indicator-years-order' && d.path && typeof d.path[0] === 'string') {
      const pos = at(d.line, d.column);
      const doc = docs.find((x) => x.range[0] <= pos && pos <= x.range[2]);
      const seq = doc?.getIn([d.path[0]], true);
      if (!isSeq(seq) || sorted.has(seq)) continue;
      sorted.add(seq);
      const fix = sortByYear(text, seq);
      if (!fix) continue;
      splices.push(...fix.splices);
      changes.push({ rule: d.rule, line: d.line, before: fix.before, after: fix.after });
    }
  }
  if (splices.length === 0) return { text, changes: [] };
  const after = applySplices(text, splices);
  return verified(text, after, docs.length) ? { text: after, changes: changes.sort((a, b) => a.line - b.line) } : { text, changes: [] };
}

/** Splices that put a sequence's items in year order, when every item has a distinct numeric year. */
function sortByYear(text: string, seq: YAMLSeq): { splices: Splice[]; before: string; after: string } | undefined {
  const items = seq.items as Node[];
  const years = items.map((item) => (isMap(item) ? item.get('year') : undefined));
  if (years.some((y) => typeof y !== 'number') || new Set(years).size !== years.length) return undefined;
  const order = items.map((_, i) => i).sort((a, b) => (years[a] as number) - (years[b] as number));
  const textOf = (item: Node) => text.slice(item.range![0], contentEnd(text, item));
  const splices = items.map((item, i) => ({ start: item.range![0], end: contentEnd(text, item), text: textOf(items[order[i]!]!) }));
  return { splices, before: years.join(', '), after: order.map((i) => years[i]).join(', ') };
}

/** The re-read text has as many documents, no YAML errors, and every document's keys as before. */
function verified(before: string, after: string, count: number): boolean {
  const docs = yamlLib().parseAllDocuments(after, OPTIONS) as Document.Parsed[];
  if (!Array.isArray(docs) || docs.length !== count || docs.some((d) => d.errors.length > 0)) return false;
  const keys = (d: Document.Parsed) => Object.keys((d.toJS() ?? {}) as object).sort();
  const old = yamlLib().parseAllDocuments(before, OPTIONS) as Document.Parsed[];
  return docs.every((d, i) => isDeepStrictEqual(keys(d), keys(old[i]!)));
}

function lineOffsets(text: string): number[] {
  const out = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) out.push(i + 1);
  return out;
}
