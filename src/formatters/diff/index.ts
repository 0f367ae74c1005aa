import type { DiffResult } from '../../diff/semantic-diff.js';
import { diffJson } from './json.js';
import { diffMarkdown } from './md.js';
import { diffText } from './text.js';

/** Every `plan diff` output format by name. */
export const DIFF_FORMATTERS: Record<string, (result: DiffResult, options: { color: boolean }) => string> = {
  text: diffText,
  md: (result) => diffMarkdown(result),
  json: (result) => diffJson(result),
};
