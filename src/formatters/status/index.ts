import type { Scorecard } from '../../model/scorecard.js';
import { jsonText } from '../../output/json.js';
import { printableDocument } from '../../output/terminal.js';
import type { Renderer } from '../../output/render.js';
import { statusMarkdown } from './markdown.js';
import { statusText } from './text.js';

export type StatusFormat = 'text' | 'md' | 'json';

/** The non-interactive scorecard formats; each returns the whole output as one string, printable on a terminal. */
export const STATUS_FORMATTERS: Record<StatusFormat, Renderer<Scorecard>> = {
  text: (card, ctx) => statusText(card, ctx.locale, ctx),
  md: (card, ctx) => printableDocument(statusMarkdown(card, ctx.locale)),
  json: (card) => `${jsonText(card)}\n`,
};
