import { HASH_COMMAND, makeEscaper, UNSAFE_BUT_CR, visible } from './unsafe.js';

/**
 * Text from the repository made safe to print on a terminal or in a CI log:
 * control characters, bidirectional controls and U+2028/9 become visible escapes
 * (`\u001b`, `\u202e`), and CI logging commands are broken (`\u003a:`,
 * `\u0023#[`), so a value cannot recolour, retitle, move the cursor, hide lines
 * or speak to the CI runner (SECURITY.md). Formatters also never start a line
 * with such text: every line begins with planverk's own words or marks.
 */

const inLine = makeEscaper({ special: { '\n': visible('\n') }, colon: visible(':'), hash: visible('#') });
const keepingLines = makeEscaper({ colon: visible(':'), hash: visible('#') });

/** One value on one line: line breaks are escaped too (tabs are left alone). */
export function printable(text: string): string {
  return inLine(text);
}

/** A text that may span lines (a stack trace for PLAN_DEBUG): line feeds stay, the rest as in `printable`. */
export function printableLines(text: string): string {
  return keepingLines(text);
}

// The stdout net for whole documents: what the renderer let through, and the text of
// a repository's own templates, which is repository text too.
const DOCUMENT = new RegExp(`[${UNSAFE_BUT_CR}]|\\r(?!\\n)|${HASH_COMMAND}|^[^\\S\\n]*:(?=:)`, 'gm');

/**
 * A whole document (Markdown, HTML, SVG, ICS, JSON) for stdout: keeps line feeds,
 * CRLF (ICS) and tabs, escapes every other control, bidi and separator character,
 * breaks `##[` and `##vso[` anywhere and `::` at the start of a line (after
 * whitespace, which GitHub skips). The renderers escape every value already; this
 * catches the text of templates, which the repository writes too.
 */
export function printableDocument(text: string): string {
  return text.replace(DOCUMENT, (m) => (m === '#' ? visible('#') : m.endsWith(':') ? `${m.slice(0, -1)}${visible(':')}` : visible(m)));
}

// printableDocument(showControls(text)) in one pass: the same escapes, and `::` broken only
// where a line starts after a line feed (or at the start), since showControls leaves no other
// line break (lone CR, U+2028, U+2029) and no vertical tab or form feed for the whitespace
// before it. The line feed is matched rather than looked behind for: a lookbehind at every
// position made the pass twice as slow as the two it replaces.
const LINE_SPACE = '[^\\S\\n\\r\\v\\f\\u2028\\u2029]*';
const RENDERED = new RegExp(`[${UNSAFE_BUT_CR}]|\\r(?!\\n)|${HASH_COMMAND}|\\n${LINE_SPACE}:(?=:)`, 'g');
const RENDERED_LEAD = new RegExp(`^${LINE_SPACE}:(?=:)`);
const renderedEscape = (m: string) => (m === '#' ? visible('#') : m.endsWith(':') ? `${m.slice(0, -1)}${visible(':')}` : visible(m));

/**
 * A rendered template's raw output for stdout: exactly `printableDocument(showControls(text))`
 * (the escapes of a file written with --out, then the stdout net), in one pass over
 * the text instead of two. The same on text that has been through showControls already.
 */
export function printableRendered(text: string): string {
  const lead = RENDERED_LEAD.exec(text);
  if (lead === null) return text.replace(RENDERED, renderedEscape);
  return renderedEscape(lead[0]) + text.slice(lead[0].length).replace(RENDERED, renderedEscape);
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
