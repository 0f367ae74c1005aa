import type { CheckInput } from '../check/check-repository.js';
import type { Locale } from '../i18n/locale.js';
import { loadProject } from '../project/load-project.js';
import { snapshot, type DiffSnapshot } from './snapshot.js';

/**
 * Checks both sides of a diff through the one pipeline (loadProject on the files
 * git-source.ts read), one after the other. (A worker thread for the base
 * side paid while parsing was expensive; with the plain parser the two threads slow
 * each other down more than they overlap: 1.9 s against 2.3 s on 20,000 documents,
 * docs/PERFORMANCE.md.) Both sides speak the run's `locale` (DiffSources.locale).
 */
export function checkSides(base: CheckInput | undefined, head: CheckInput | undefined, locale?: Locale): [DiffSnapshot | undefined, DiffSnapshot | undefined] {
  const check = (input: CheckInput | undefined) => (input ? snapshot(loadProject(input, locale === undefined ? {} : { locale })) : undefined);
  return [check(base), check(head)];
}
