import type { DiffResult } from '../../diff/semantic-diff.js';
import type { FormatOf } from '../formats.js';
import type { Renderer } from '../render.js';
import { printableDocument } from '../terminal.js';
import { diffJson } from './json.js';
import { diffMarkdown } from './md.js';
import { diffText } from './text.js';

/**
 * Every `plan diff` output format by name. Each escapes repository text for its
 * medium (text, Markdown, JSON); the Markdown also passes the stdout net of whole documents.
 * Their words follow the locale of the head side's workspace (`result.locale`), not `ctx.locale`.
 */
export const DIFF_FORMATTERS: Record<FormatOf<'diff'>, Renderer<DiffResult>> = {
  text: diffText,
  md: (result) => printableDocument(diffMarkdown(result)),
  json: (result) => diffJson(result),
};
