import { makeEscaper } from './unsafe.js';

/**
 * The one XML and HTML escaper (SVG, HTML reports and pages, JUnit), for element
 * content and quoted attribute values alike:
 *
 * - `& < > " '` and (as Handlebars does, for unquoted attributes) `` ` `` and `=`
 *   become character references; so do line feed and tab, so a value never
 *   starts a line of the file and keeps its line breaks inside attributes;
 * - control, bidi and separator characters show as `\u001b`: C0 controls are not
 *   XML 1.0 characters even as references, so an SVG with ESC or U+0001 in a
 *   title stays well-formed; what XML cannot hold at all (lone surrogates,
 *   U+FFFE, U+FFFF) is dropped;
 * - `::` and `##[` are broken with references (`&#58;:`, `&#35;#[`), which read back
 *   as the same text.
 */
const escape = makeEscaper({
  special: { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;', '=': '&#61;', '\n': '&#10;', '\t': '&#9;' },
  colon: '&#58;',
  hash: '&#35;',
  dropIllegal: true,
});

/** Text (or a number) safe in XML and HTML content and attribute values. */
export function xml(text: string | number): string {
  return escape(String(text));
}
