import type { DiffResult } from '../../diff/semantic-diff.js';

/** The whole diff as one JSON object, for bots. */
export function diffJson(result: DiffResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
