import type { DiffResult } from '../../diff/semantic-diff.js';
import { printableDocument } from '../printable.js';
import { diffJson } from './json.js';
import { diffMarkdown } from './md.js';
import { diffText } from './text.js';

/** Every `plan diff` output format by name; all of them are printed, so repository text in them is made printable. */
export const DIFF_FORMATTERS: Record<string, (result: DiffResult, options: { color: boolean }) => string> = {
  text: diffText,
  md: (result) => printableDocument(diffMarkdown(result)),
  json: (result) => diffJson(result),
};
