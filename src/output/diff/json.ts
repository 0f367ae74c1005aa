import type { DiffResult } from '../../diff/semantic-diff.js';
import { jsonText } from '../json.js';

/** The whole diff as one JSON object, for bots. */
export function diffJson(result: DiffResult): string {
  return `${jsonText(result)}\n`;
}
