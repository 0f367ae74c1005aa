import { isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap } from 'yaml';

/** A position span, 1-based. */
export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** The text of one file and what is needed to turn offsets into lines. */
export class SourceFile {
  /**
   * Offsets where lines start, counted from the text itself. (yaml's LineCounter
   * is fed by its lexer, which skips line breaks inside some broken input.)
   */
  readonly lineStarts: number[] = [0];
  constructor(
    /** Path relative to the repository root, with `/`. */
    readonly path: string,
    readonly text: string,
  ) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
  }

  /** A span from two offsets into the text. */
  span(start: number, end: number): Span {
    // The YAML parser reports some errors (an unclosed `{` at the end) one past the text: clamp.
    const from = Math.min(Math.max(0, start), this.text.length);
    const a = this.position(from);
    const b = this.position(Math.min(Math.max(from, end), this.text.length));
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }

  /** 1-based line and column of an offset. */
  position(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.lineStarts[low]! + 1 };
  }

  /** The text of one line (1-based), without its line break. */
  lineText(line: number): string {
    const start = this.lineStarts[line - 1];
    if (start === undefined) return '';
    const next = this.lineStarts[line];
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
  let node: unknown = doc.contents;
  let keyNode: Node | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = keyIndex(node).get(String(segment));
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
function keyIndex(map: YAMLMap): Map<string, Pair> {
  let index = KEY_INDEX.get(map);
  if (!index) {
    index = new Map();
    for (const p of map.items) {
      if (isPair(p) && isScalar(p.key) && !index.has(String(p.key.value))) index.set(String(p.key.value), p as Pair);
    }
    KEY_INDEX.set(map, index);
  }
  return index;
}
