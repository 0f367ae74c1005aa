import { readdirSync, readFileSync } from 'node:fs';
import type { Tree } from '../helpers/tree.js';

/** A fixture folder of test/fixtures/budget as an inline tree (path → text). */
export function fixtureTree(name: string): Tree {
  const dir = new URL(`../fixtures/budget/${name}/`, import.meta.url);
  return Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(new URL(f, dir), 'utf8')]));
}

/** The 1-based line of the `nth` (0-based) occurrence of `needle` in `text`. */
export function lineOf(text: string, needle: string, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`fixture: "${needle}" (occurrence ${nth}) not found`);
  }
  return text.slice(0, at).split('\n').length;
}

/** Replaces `from` by `to` in one file of a tree; the replacement must happen. */
export function edited(tree: Tree, file: string, from: string, to: string): Tree {
  const text = tree[file]!;
  if (!text.includes(from)) throw new Error(`fixture: "${from}" not in ${file}`);
  return { ...tree, [file]: text.replace(from, to) };
}
