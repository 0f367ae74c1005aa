import type { Locale } from '../../i18n/locale.js';
import { words, type Catalogue } from '../../i18n/words.js';

/** How a measure is progressing, as a StatusReport says. */
export type Progress = 'not-started' | 'on-track' | 'at-risk' | 'delayed' | 'done' | 'stopped';

/**
 * The symbol of each progress: the shapes differ (circle, triangle, diamond, square,
 * tick), so the state reads without colour, in print and for colour-blind readers.
 */
export const PROGRESS_SYMBOLS: Record<Progress, string> = {
  'not-started': '○',
  'on-track': '●',
  'at-risk': '▲',
  delayed: '◆',
  done: '✓',
  stopped: '■',
};

/** Every fixed word of the tertialrapport, årsberetning and gevinstplan, in one language: the catalogue's `annualReport` section and its measure progress words. */
export type ReportWords = Catalogue['annualReport'] & { progress: Record<Progress, string> };

/** The words of the status reports in a locale, from the one catalogue in src/i18n/. */
export function reportWords(locale: Locale): ReportWords {
  const w = words(locale);
  return { ...w.annualReport, progress: w.measureProgress };
}
