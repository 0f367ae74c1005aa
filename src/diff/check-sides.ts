import type { CheckInput, SourceInput } from '../check/check-repository.js';
import type { Locale } from '../i18n/locale.js';
import { parseFile, type ParsedFile } from '../load/parse-file.js';
import { loadProject } from '../project/load-project.js';
import { snapshot, type DiffSnapshot } from './snapshot.js';

/**
 * Checks both sides of a diff through the one pipeline (loadProject on the files
 * git-source.ts read), one after the other. (A worker thread for the base
 * side paid while parsing was expensive; with the plain parser the two threads slow
 * each other down more than they overlap: 1.9 s against 2.3 s on 20,000 documents,
 * docs/PERFORMANCE.md.) Both sides speak the run's `locale` (DiffSources.locale).
 *
 * A pull request edits a few files of thousands, so with a `locale` the base side takes
 * the head side's parse of every file it has unchanged (same path, same bytes, same
 * parser settings): parsing is pure, and what the checks read of a parsed file they do
 * not change (plan import re-checks parsed files the same way). The diff then finds
 * those documents' data identical without walking it.
 */
export function checkSides(base: CheckInput | undefined, head: CheckInput | undefined, locale?: Locale): [DiffSnapshot | undefined, DiffSnapshot | undefined] {
  const options = locale === undefined ? {} : { locale };
  const check = (input: CheckInput | undefined, parsed?: readonly (ParsedFile | undefined)[]) =>
    input ? snapshot(loadProject(input, parsed ? { ...options, parsed } : options)) : undefined;
  if (locale === undefined || !head || !base || head.slowPath || base.slowPath) {
    const baseSnapshot = check(base);
    return [baseSnapshot, check(head)];
  }
  const settings = { maxAliasCount: head.maxAliasCount, locale };
  const headParsed = head.files.map((f) => parseFile(f.path, f.bytes, settings));
  const headSnapshot = check(head, headParsed);
  let baseParsed: (ParsedFile | undefined)[] | undefined;
  if (base.maxAliasCount === head.maxAliasCount) {
    const byPath = new Map<string, { file: SourceInput; parsed: ParsedFile }>();
    head.files.forEach((file, i) => byPath.set(file.path, { file, parsed: headParsed[i]! }));
    // Unmatched files stay holes: checkRepository parses them itself.
    baseParsed = base.files.map((file) => {
      const same = byPath.get(file.path);
      return same && sameBytes(same.file.bytes, file.bytes) ? same.parsed : undefined;
    });
  }
  return [check(base, baseParsed), headSnapshot];
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a === b || (a.length === b.length && Buffer.from(a.buffer, a.byteOffset, a.length).equals(b));
}
