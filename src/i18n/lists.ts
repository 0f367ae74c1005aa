import type { Choice } from '../import/ssb/match.js';

/** "K01 (Kvinner), K02 (Menn) og 3 til": a table's choices, the first few named, the rest counted by `more`. */
export function choiceList(choices: Choice[], total: number, more: (n: number) => string): string {
  return `${choices.map((c) => (c.label !== c.code ? `${c.code} (${c.label})` : c.code)).join(', ')}${total > choices.length ? more(total - choices.length) : ''}`;
}
