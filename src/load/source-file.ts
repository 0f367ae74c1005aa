import type { Document, Node, Pair, YAMLMap } from 'yaml';
import { yamlLib } from './yaml-lib.js';

/** A position span, 1-based. */
export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/**
 * Where the lines of a text start, counted from the text itself on first use.
 * Positions follow the `yaml` library's LineCounter exactly: a line starts at
 * offset 0 and after every `\n` (so `\r\n` is one break and a lone `\r` none).
 */
export class LineIndex {
  private starts: number[] | undefined;
  constructor(private readonly text: string) {}

  /** Offsets at which lines start, in order. */
  get lineStarts(): readonly number[] {
    if (this.starts) return this.starts;
    const starts = [0];
    for (let i = this.text.indexOf('\n'); i !== -1; i = this.text.indexOf('\n', i + 1)) starts.push(i + 1);
    return (this.starts = starts);
  }

  /**
   * Kept for callers written for yaml's LineCounter, which fill it line by line:
   * the index is computed from the text, so there is nothing to add.
   */
  addNewLine(_offset: number): number {
    return this.lineStarts.length;
  }

  /** 1-based line and column of an offset (the algorithm of yaml's LineCounter.linePos). */
  linePos(offset: number): { line: number; col: number } {
    const starts = this.lineStarts;
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (offset < starts[mid]!) high = mid;
      else low = mid + 1;
    }
    if (starts[low - 1] === offset) return { line: low, col: 1 };
    if (low === 0) return { line: 0, col: offset };
    return { line: low, col: offset - starts[low - 1]! + 1 };
  }
}

/** The text of one file and what is needed to turn offsets into lines. */
export class SourceFile {
  readonly lineCounter: LineIndex;
  constructor(
    /** Path relative to the repository root, with `/`. */
    readonly path: string,
    readonly text: string,
  ) {
    this.lineCounter = new LineIndex(text);
  }

  /** A span from two offsets into the text. */
  span(start: number, end: number): Span {
    // The YAML parser reports some errors (an unclosed `{` at the end) one past the text: clamp.
    const from = Math.min(Math.max(0, start), this.text.length);
    const a = this.lineCounter.linePos(from);
    const b = this.lineCounter.linePos(Math.min(Math.max(from, end), this.text.length));
    return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
  }

  /** The text of one line (1-based), without its line break. */
  lineText(line: number): string {
    const starts = this.lineCounter.lineStarts;
    const start = starts[line - 1];
    if (start === undefined) return '';
    const next = starts[line];
    return this.text.slice(start, next === undefined ? this.text.length : next).replace(/\r?\n$/, '');
  }
}

/**
 * Where in a document a problem sits: the key of a mapping entry, the value, or
 * only the first line of the value (for problems with a whole mapping, such as a
 * missing property, where underlining fifty lines helps nobody).
 */
export type Target = 'key' | 'value' | 'start';

/**
 * Finds the offsets of the node at `path` inside a parsed YAML document. When the
 * path leads past what exists, the deepest existing node is used, so every problem
 * still gets a position inside the file.
 */
export function findRange(doc: Document.Parsed, path: readonly (string | number)[], target: Target): [number, number] {
  const { isMap, isPair, isScalar, isSeq } = yamlLib();
  let node: unknown = doc.contents;
  let keyNode: Node | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = keyIndex(node, isPair, isScalar).get(String(segment));
      if (!pair) break;
      keyNode = pair.key as Node;
      node = pair.value ?? pair.key;
    } else if (isSeq(node)) {
      const item = typeof segment === 'number' ? node.items[segment] : undefined;
      if (item === undefined) break;
      keyNode = undefined;
      node = item;
    } else break;
  }
  const chosen = (target === 'key' && keyNode ? keyNode : node) as Node | null | undefined;
  const range = chosen?.range ?? doc.range;
  return [range[0], range[1]];
}

/** Like findRange, then cut to the end of the first line when the target is 'start'. */
export function findSpan(source: SourceFile, doc: Document.Parsed, path: readonly (string | number)[], target: Target): Span {
  const [start, end] = findRange(doc, path, target);
  if (target !== 'start') return source.span(start, end);
  const newline = source.text.indexOf('\n', start);
  const lineEnd = newline === -1 || newline > end ? end : newline;
  return source.span(start, source.text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd);
}

const KEY_INDEX = new WeakMap<YAMLMap, Map<string, Pair>>();

/**
 * The first pair of each scalar key of a mapping, built once per mapping: a
 * document with 100,000 unknown keys gets 100,000 diagnostics, each looking up
 * its key, and a linear search each time made that quadratic.
 */
function keyIndex(map: YAMLMap, isPair: (x: unknown) => x is Pair, isScalar: (x: unknown) => boolean): Map<string, Pair> {
  let index = KEY_INDEX.get(map);
  if (!index) {
    index = new Map();
    for (const p of map.items) {
      if (isPair(p) && isScalar(p.key) && !index.has(String((p.key as { value: unknown }).value))) index.set(String((p.key as { value: unknown }).value), p);
    }
    KEY_INDEX.set(map, index);
  }
  return index;
}
