import type { Scorecard } from '../../model/scorecard.js';
import { jsonText } from '../json.js';
import { printableDocument } from '../terminal.js';
import type { FormatOf } from '../formats.js';
import type { Renderer } from '../render.js';
import { statusMarkdown } from './markdown.js';
import { statusText } from './text.js';

/** The formats of `plan status`, as the registry (src/output/formats.ts) lists them. */
export type StatusFormat = FormatOf<'status'>;

/** The non-interactive scorecard formats; each returns the whole output as one string, printable on a terminal. */
export const STATUS_FORMATTERS: Record<StatusFormat, Renderer<Scorecard>> = {
  text: (card, ctx) => statusText(card, ctx.locale, ctx),
  md: (card, ctx) => printableDocument(statusMarkdown(card, ctx.locale)),
  json: (card) => `${jsonText(card)}\n`,
};
