import type { Node, Pair, Scalar, YAMLMap } from 'yaml';

/**
 * Text edits at the positions of a parsed `yaml` document: each replaces
 * `text[start, end)`. Everything outside them stays byte for byte as it was —
 * comments, quoting, flow or block style, the other documents, line endings —
 * which re-serialising the document with `yaml` would not keep.
 */
export interface Splice {
  start: number;
  end: number;
  text: string;
}

/** Applies non-overlapping splices (in any order); two at one offset keep their given order. */
export function applySplices(text: string, splices: readonly Splice[]): string {
  const sorted = splices.map((s, i) => ({ s, i })).sort((a, b) => b.s.start - a.s.start || b.i - a.i);
  let out = text;
  for (const { s } of sorted) out = out.slice(0, s.start) + s.text + out.slice(s.end);
  return out;
}

/** The file's line break: CRLF when it has any, else LF. */
export function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** Where the line holding `pos` ends (before its CR LF or LF). */
export function lineEnd(text: string, pos: number): number {
  const nl = text.indexOf('\n', pos);
  if (nl === -1) return text.length;
  return nl > 0 && text[nl - 1] === '\r' ? nl - 1 : nl;
}

/** The column (0-based) of `pos` on its line. */
export function columnOf(text: string, pos: number): number {
  return pos - (text.lastIndexOf('\n', pos - 1) + 1);
}

/**
 * Where a node's content ends: yaml's range[1] of a block collection runs to the
 * start of the next line, so step back over white space to the last character.
 */
export function contentEnd(text: string, node: Node): number {
  let end = node.range![1];
  while (end > node.range![0] && /[ \t\r\n]/.test(text[end - 1]!)) end--;
  return end;
}

/** The end of a pair: of its value, or of its key when the value is empty. */
export function pairEnd(text: string, pair: Pair): number {
  const value = pair.value as Node | null;
  return value && value.range && value.range[1] > value.range[0] ? contentEnd(text, value) : contentEnd(text, pair.key as Node);
}

/** Replaces a scalar's text, keeping its quotes: `"…"` stays double-quoted, `'…'` single. */
export function replaceScalar(scalar: Scalar, text: string): Splice {
  const [start, end] = scalar.range!;
  const quote = scalar.type === 'QUOTE_DOUBLE' ? '"' : scalar.type === 'QUOTE_SINGLE' ? "'" : '';
  return { start, end, text: `${quote}${text}${quote}` };
}

/** The text between two neighbouring entries of a flow collection (", "), when it is a plain separator without a comment. */
export function flowSeparator(text: string, previousEnd: number, nextStart: number, fallback = ', '): string {
  const between = text.slice(previousEnd, nextStart);
  return between.includes('#') || !between.includes(',') ? fallback : between;
}

/**
 * Adds `key: value` as the last entry of a map: in a flow map after the last
 * entry with the map's own separator, in a block map on a new line after the last
 * entry's line (after its comment), at the column of the map's keys.
 */
export function addPair(text: string, map: YAMLMap, key: string, value: string): Splice {
  const pairs = map.items as Pair[];
  if (map.flow) {
    if (pairs.length === 0) {
      const at = map.range![0] + 1;
      return { start: at, end: at, text: `${key}: ${value}` };
    }
    const last = pairs[pairs.length - 1]!;
    const sep = pairs.length < 2 ? ', ' : flowSeparator(text, pairEnd(text, pairs[pairs.length - 2]!), (last.key as Node).range![0]);
    const at = pairEnd(text, last);
    return { start: at, end: at, text: `${sep}${key}: ${value}` };
  }
  const at = lineEnd(text, pairEnd(text, pairs[pairs.length - 1]!));
  const indent = ' '.repeat(columnOf(text, (pairs[0]!.key as Node).range![0]));
  return { start: at, end: at, text: `${eolOf(text)}${indent}${key}: ${value}` };
}

/** Where the `-` that starts a block sequence item is. */
export function dashPosition(text: string, item: Node): number {
  let at = item.range![0] - 1;
  while (at > 0 && text[at] !== '-') at--;
  return at;
}

/** The column of the `-` that starts a block sequence item. */
export function dashColumn(text: string, item: Node): number {
  return columnOf(text, dashPosition(text, item));
}
