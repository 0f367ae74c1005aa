/**
 * Shaping text before it is escaped for a medium: on one line, and no longer than
 * a limit. Both are linear: a title of 100,000 spaces costs one pass, where the
 * replace of whitespace-newline-whitespace they stand in for backtracked
 * quadratically (13–24 s, SECURITY.md).
 */

import { UNSAFE_CLASS, visible } from './unsafe.js';

const BREAK = /\r\n|\r|\n/;
const UNSAFE = new RegExp(`[${UNSAFE_CLASS}]`, 'g');

/** The text on one line: each line break, with the whitespace around it, becomes one space. */
export function oneLine(text: string): string {
  // indexOf before the pattern: most values have no line break, and two scans cost less than a match.
  if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) return text;
  const parts = text.split(BREAK);
  const last = parts.length - 1;
  const out: string[] = [];
  parts.forEach((part, i) => {
    let s = part;
    if (i > 0) s = s.trimStart();
    if (i < last) s = s.trimEnd();
    if (s !== '' || i === 0) out.push(s);
  });
  return out.join(' ');
}

/** The text cut to `max` characters (code points, never half a pair), ending in an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  // Two code units per character at most: the slice holds more than `max` characters unless the text is short.
  const chars = Array.from(text.slice(0, 2 * max + 2));
  if (chars.length <= max) return text;
  return `${chars.slice(0, Math.max(1, max - 1)).join('').trimEnd()}…`;
}

/**
 * The text as a picture draws it: control, bidi and separator characters in their
 * visible form (`\u001b`, as the escapers show them). Cut and measure this, not the
 * raw text: ESC is one character in the YAML and six on the page.
 */
export function shown(text: string): string {
  return text.replace(UNSAFE, visible);
}

/**
 * The shown text (see `shown`) cut to `max` characters with an ellipsis: what fits in
 * a picture's line. Only the first `2 · max + 2` code units are looked at, so a
 * title of 100,000 characters costs no more than a short one.
 */
export function truncateShown(text: string, max: number): string {
  // A longer text has more than `max` characters in its head, so it is cut in any case.
  return truncate(shown(text.length > 2 * max + 2 ? text.slice(0, 2 * max + 2) : text), max);
}
