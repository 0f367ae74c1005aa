import type { Scorecard } from '../../model/scorecard.js';
import { jsonText } from '../../output/json.js';
import { printableDocument } from '../../output/terminal.js';
import type { Locale } from '../../i18n/locale.js';
import { statusMarkdown } from './markdown.js';
import { statusText } from './text.js';

export type StatusFormat = 'text' | 'md' | 'json';

/** The non-interactive scorecard formats; each returns the whole output as one string, printable on a terminal. */
export const STATUS_FORMATTERS: Record<StatusFormat, (card: Scorecard, locale: Locale, options: { color: boolean }) => string> = {
  text: statusText,
  md: (card, locale) => printableDocument(statusMarkdown(card, locale)),
  json: (card) => `${jsonText(card)}\n`,
};
