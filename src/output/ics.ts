import { makeEscaper, visible } from './unsafe.js';

/*
 * RFC 5545 TEXT allows no control characters; they show as a visible escape, whose
 * backslash is itself escaped, like `::` and `##[`.
 */
const escape = makeEscaper({
  special: { '\\': '\\\\', ';': '\\;', ',': '\\,', '\n': '\\n' },
  colon: `\\${visible(':')}`,
  hash: `\\${visible('#')}`,
  control: (ch) => `\\${visible(ch)}`,
});

/** RFC 5545 TEXT escaping: backslash, semicolon, comma and line breaks; controls and CI commands shown as escapes. */
export function icsText(text: string): string {
  return escape(text.replace(/\r\n?/g, '\n'));
}

/** Folds a content line into pieces of at most 75 octets, never inside a UTF-8 character. */
export function fold(line: string): string {
  const encoder = new TextEncoder();
  if (encoder.encode(line).length <= 75) return line;
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = encoder.encode(ch).length;
    // Continuation lines start with a space, which counts towards their 75 octets.
    const limit = out.length === 0 ? 75 : 74;
    if (size + n > limit) {
      out.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  out.push(current);
  return out.join('\r\n ');
}
