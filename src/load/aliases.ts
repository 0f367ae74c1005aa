import type { Document, Node } from 'yaml';
import { yamlLib } from './yaml-lib.js';

/** What aliases() found in one document. */
export interface AliasUse {
  /** How many alias nodes (`*name`) the document has. */
  count: number;
  /** The first alias that stands inside the node it names (`a: &x [*x]`), or undefined. */
  recursive?: [number, number];
}

/**
 * Counts the aliases of a document and finds one that names a node it stands in.
 * Both must be known before yaml's toJS runs: toJS looks up each alias among every
 * anchor before it (100,000 aliases take minutes), and turns a recursive alias into a
 * cyclic value that every later stage (the diff, the reports) would follow forever.
 * One walk in document order with an explicit stack, so deep nesting cannot overflow
 * it; an alias names the last node with its anchor before it, as in yaml.
 */
export function aliases(doc: Document.Parsed): AliasUse {
  const { isAlias, isMap, isPair, isSeq } = yamlLib();
  const anchors = new Map<string, unknown>();
  const open = new Set<unknown>();
  const out: AliasUse = { count: 0 };
  // Entries are nodes to enter, or an Exit that closes a node once its children are done.
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === null || typeof item !== 'object') continue;
    if (item instanceof Exit) {
      open.delete(item.node);
      continue;
    }
    if (isAlias(item)) {
      out.count++;
      if (!out.recursive && open.has(anchors.get(item.source))) out.recursive = [item.range?.[0] ?? 0, item.range?.[1] ?? 0];
      continue;
    }
    const anchor = (item as Node).anchor;
    if (anchor) anchors.set(anchor, item);
    if (!isMap(item) && !isSeq(item)) continue;
    open.add(item);
    stack.push(new Exit(item));
    const children: unknown[] = [];
    for (const child of item.items as unknown[]) {
      if (isPair(child)) children.push(child.key, child.value);
      else children.push(child);
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return out;
}

/**
 * How deep the collections of a parsed document may nest before it is refused
 * (yaml/too-deep). yaml's toJS recurses once a level, and whether 700 levels overflow the
 * stack depends on how warm the code is: a fixed limit says the same on every run. Plan
 * files nest a handful of levels; the plain parser already hands anything past 100 to yaml.
 */
export const MAX_NESTING = 200;

/** True when collections in the document nest deeper than `limit`; an explicit stack, so the walk itself cannot overflow. */
export function nestsDeeper(doc: Document.Parsed, limit = MAX_NESTING): boolean {
  const { isMap, isPair, isSeq } = yamlLib();
  const stack: [unknown, number][] = [[doc.contents, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (!isMap(item) && !isSeq(item)) continue;
    if (depth + 1 > limit) return true;
    for (const child of item.items as unknown[]) {
      if (isPair(child)) stack.push([child.key, depth + 1], [child.value, depth + 1]);
      else stack.push([child, depth + 1]);
    }
  }
  return false;
}

/** Marks where the walk leaves a collection. */
class Exit {
  constructor(readonly node: unknown) {}
}
