/**
 * Text from the repository made safe to print on a terminal or in a CI log: control
 * characters and bidirectional overrides become visible escapes (`\u001b`, `\u202e`),
 * so a value cannot recolour, retitle, move the cursor or hide lines (SECURITY.md).
 */

// eslint-disable-next-line no-control-regex
const UNSAFE_IN_LINE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_DOCUMENT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/g;

const escape = (ch: string) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** One value on one line: line breaks are escaped too (tabs are left alone). */
export function printable(text: string): string {
  return text.replace(UNSAFE_IN_LINE, escape);
}

/** A whole document (Markdown, HTML, SVG, ICS) for stdout: keeps line feeds, CRLF (ICS) and tabs, escapes the rest. */
export function printableDocument(text: string): string {
  return text.replace(UNSAFE_IN_DOCUMENT, escape);
}

/**
 * A copy of plain data (objects, arrays) with every string made printable: for the
 * interactive view, which draws values from a model rather than from text. Shared
 * objects stay shared.
 */
export function printableDeep<T>(value: T, seen = new Map<object, unknown>()): T {
  if (typeof value === 'string') return printable(value) as T;
  if (value === null || typeof value !== 'object') return value;
  const known = seen.get(value);
  if (known !== undefined) return known as T;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    seen.set(value, out);
    for (const item of value) out.push(printableDeep(item, seen));
    return out as T;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) return value; // Maps, dates: left as they are
  const out: Record<string, unknown> = {};
  seen.set(value, out);
  for (const [k, v] of Object.entries(value)) out[k] = printableDeep(v, seen);
  return out as T;
}
