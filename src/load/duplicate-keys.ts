import type { Document, Node } from 'yaml';
import { yamlLib } from './yaml-lib.js';

/**
 * Offsets of every mapping key that repeats an earlier key of the same mapping.
 * yaml's own `uniqueKeys` check compares each key with every earlier one, which
 * takes minutes on a file with 100,000 keys; this uses a set per mapping and an
 * explicit stack (no recursion, so deep nesting cannot overflow it). Scalar keys
 * are equal when their values are (1 and "1" differ, as in yaml); other keys are
 * left alone.
 */
export function duplicateKeys(doc: Document.Parsed): [number, number][] {
  const { isAlias, isMap, isPair, isScalar, isSeq } = yamlLib();
  const found: [number, number][] = [];
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node || isAlias(node)) continue;
    if (isSeq(node)) {
      for (const item of node.items) stack.push(item);
    } else if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = pair.key as Node | null;
        if (isScalar(key)) {
          const id = `${typeof key.value}:${String(key.value)}`;
          if (seen.has(id)) found.push([key.range?.[0] ?? 0, key.range?.[1] ?? 0]);
          seen.add(id);
        } else stack.push(key);
        stack.push(pair.value);
      }
    }
  }
  return found.sort((a, b) => a[0] - b[0]);
}
