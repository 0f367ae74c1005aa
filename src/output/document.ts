import { UNSAFE_BUT_CR, visible } from './unsafe.js';

const CONTROLS = new RegExp(`[${UNSAFE_BUT_CR}]|\\r(?!\\n)`, 'g');

/**
 * A whole document with every control, bidi and separator character shown as an
 * escape (`\u001b`); line feeds, CRLF and tabs stay. For what a renderer cannot
 * escape value by value: the text of a repository's own templates and
 * `{{{raw}}}` values, in `plan report` output on stdout and in files alike.
 */
export function showControls(text: string): string {
  return text.replace(CONTROLS, (ch) => visible(ch));
}
