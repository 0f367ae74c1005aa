/**
 * The one definition of what text from the repository must never carry into any
 * output as it is (SECURITY.md, "Output cannot steer the terminal"):
 *
 * - control characters: C0 except tab and line feed (so also CR, which lets a line
 *   overwrite itself), DEL and C1 (terminal escapes, BEL, NEL);
 * - bidirectional controls (Trojan Source) and the separators U+2028 and U+2029;
 * - CI logging commands: the first colon of every `::` (GitHub workflow commands)
 *   and the first `#` of `##[` or `##word[` (`##[group]`, Azure's `##vso[`,
 *   TeamCity's `##teamcity[`), which some CI systems read anywhere in a line.
 *
 * Each medium (terminal, Markdown, XML, JSON, workflow commands, ICS) shows them
 * its own way, through `makeEscaper`; every escaper is one linear pass.
 */

/** The control, bidi and separator characters but CR, as the body of a regex character class. */
export const UNSAFE_BUT_CR = '\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069\\u2028\\u2029';

/** Every control, bidi and separator character (CR too), as the body of a regex character class. */
export const UNSAFE_CLASS = `${UNSAFE_BUT_CR}\\r`;

/** Matches the `:` to replace in `::` (regex source). */
export const COLON_COMMAND = ':(?=:)';

/** Matches the `#` to replace in `##[`, `##vso[`, `##teamcity[` (regex source; linear: a run of letters is scanned once). */
export const HASH_COMMAND = '#(?=#[A-Za-z]*\\[)';

/** `\u001b`: how a character that must not be printed shows instead, in every medium. */
export function visible(ch: string): string {
  return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** How one medium writes what it must not carry as it is. */
export interface EscapeRules {
  /** Characters with a meaning in the medium, and what each becomes (checked first). */
  special?: Readonly<Record<string, string>>;
  /** What the first colon of `::` becomes. */
  colon: string;
  /** What the first `#` of `##[` or `##vso[` becomes. */
  hash: string;
  /** How a control, bidi or separator character shows; default `visible`. */
  control?: (ch: string) => string;
  /** Also drop what XML 1.0 cannot hold at all: lone surrogates, U+FFFE and U+FFFF. */
  dropIllegal?: boolean;
}

const ILLEGAL = '|[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]|[\\ufffe\\uffff]';

/** Builds a medium's escaper from its rules: one regex, one pass, linear in the text. */
export function makeEscaper(rules: EscapeRules): (text: string) => string {
  const special = new Map(Object.entries(rules.special ?? {}));
  const chars = [...special.keys()].map((c) => c.replace(/[\\\]^-]/g, '\\$&')).join('');
  const pattern = new RegExp(`[${UNSAFE_CLASS}${chars}]|${COLON_COMMAND}|${HASH_COMMAND}${rules.dropIllegal ? ILLEGAL : ''}`, 'g');
  const control = rules.control ?? visible;
  return (text) =>
    text.replace(pattern, (m) => {
      const own = special.get(m);
      if (own !== undefined) return own;
      if (m === ':') return rules.colon;
      if (m === '#') return rules.hash;
      const code = m.charCodeAt(0);
      if (code >= 0xd800 && code <= 0xdfff) return '';
      if (code === 0xfffe || code === 0xffff) return '';
      return control(m);
    });
}
