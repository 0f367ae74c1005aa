import { oneLine, truncate } from './text.js';
import { makeEscaper, UNSAFE_CLASS } from './unsafe.js';

/**
 * The one Markdown escaper of planverk, for every Markdown it writes (reports,
 * matrix, trace, status, årshjul, the diff comment, the job summary): GitHub,
 * MkDocs (Python-Markdown) and Pages render a value as the text it is.
 *
 * - `&`, `<` and `>` become entities, so no value is HTML (`<script>`, `<img
 *   onerror>`, `<!--` that hides the rest of a comment) or an autolink;
 * - `\`, `` ` ``, `*`, `_`, `[`, `]` and `|` are backslash-escaped (both renderers
 *   read these escapes; `\|` keeps a table cell whole);
 * - line breaks become spaces, so a value cannot leave its heading, list item or
 *   table row, nor start a line;
 * - control, bidi and separator characters show as `\u001b`; `::` and `##[` are
 *   broken with entities (`&#58;:`, `&#35;#[`), which render as the text they stand for;
 * - `@name` gets a zero-width space after the `@` (`@&#8203;name`), so a title
 *   in a pull-request comment mentions nobody.
 */
const escape = makeEscaper({
  special: { '\\': '\\\\', '`': '\\`', '*': '\\*', '_': '\\_', '[': '\\[', ']': '\\]', '|': '\\|', '&': '&amp;', '<': '&lt;', '>': '&gt;' },
  colon: '&#58;',
  hash: '&#35;',
});

// GitHub mentions an @name not preceded by a word character (so e-mail addresses are left alone).
const MENTION = /(?<![A-Za-z0-9_])@(?=[A-Za-z0-9])/g;

/** Breaks `@user` and `@org/team` so they notify nobody: a zero-width space (as an entity) after the `@`. */
export function breakMentions(markup: string): string {
  return markup.indexOf('@') < 0 ? markup : markup.replace(MENTION, '@&#8203;');
}

/** A value as inline Markdown text: for a paragraph, a heading, a list item or a table cell. `max` cuts it first. */
export function mdText(text: string, max?: number): string {
  const line = oneLine(text);
  return breakMentions(escape(max === undefined ? line : truncate(line, max)));
}

const PLAIN_CODE = new RegExp(`^[^\`|@\\\\\\n${UNSAFE_CLASS}]+$`);

/**
 * A value as code (ids, paths, rule ids): a code span when it can be one as it is,
 * else escaped text. A code span shows its content literally, so it can hold no
 * escape: a backtick would end it, a `|` end a table cell, `::` reach the CI log
 * (and an `@name` is left to mdText, which breaks it, whatever a renderer does in code).
 */
export function mdCode(text: string, max = 200): string {
  return text.length <= max && PLAIN_CODE.test(text) && !text.includes('::') && !text.includes('##') ? `\`${text}\`` : mdText(text, max);
}
