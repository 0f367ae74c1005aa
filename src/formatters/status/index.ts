import type { Scorecard } from '../../model/scorecard.js';
import { printableDocument } from '../printable.js';
import type { Locale } from './labels.js';
import { statusMarkdown } from './markdown.js';
import { statusText } from './text.js';

export type StatusFormat = 'text' | 'md' | 'json';

/** The non-interactive scorecard formats; each returns the whole output as one string, printable on a terminal. */
export const STATUS_FORMATTERS: Record<StatusFormat, (card: Scorecard, locale: Locale, options: { color: boolean }) => string> = {
  text: statusText,
  md: (card, locale) => printableDocument(statusMarkdown(card, locale)),
  json: (card) => `${JSON.stringify(card, null, 2)}\n`,
};
