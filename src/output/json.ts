import { makeEscaper, visible } from './unsafe.js';

/*
 * JSON.stringify escapes C0 controls and lone surrogates, but writes DEL, C1, bidi
 * controls and U+2028/9 as they are. They (and `::`, `##[`) can only stand inside a
 * string of the JSON text, where a \u escape reads back as the same character.
 */
const escape = makeEscaper({ colon: visible(':'), hash: visible('#') });

/** Any value as JSON text (`JSON.stringify` with `indent`) that carries nothing a terminal or CI log would act on. */
export function jsonText(value: unknown, indent = 2): string {
  return escape(JSON.stringify(value, null, indent));
}
