import type { DiffResult } from '../../diff/semantic-diff.js';
import { printableDocument } from '../../output/terminal.js';
import { diffJson } from './json.js';
import { diffMarkdown } from './md.js';
import { diffText } from './text.js';

/**
 * Every `plan diff` output format by name. Each escapes repository text for its
 * medium (text, Markdown, JSON); the Markdown also passes the stdout net of whole documents.
 */
export const DIFF_FORMATTERS: Record<string, (result: DiffResult, options: { color: boolean }) => string> = {
  text: diffText,
  md: (result) => printableDocument(diffMarkdown(result)),
  json: (result) => diffJson(result),
};
