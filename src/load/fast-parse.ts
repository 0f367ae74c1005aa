import jsyaml from 'js-yaml';

/**
 * The fast path of parsing: js-yaml, several times faster than the position-keeping
 * `yaml` library, for the plain YAML that plan files are made of. It must give
 * exactly the data the slow path gives, so it refuses (returns undefined) whenever
 * the two parsers could differ, and the caller then takes the slow path:
 *
 * - text with anchors, aliases, tags, merge keys, directives, complex keys, tabs,
 *   `...` markers, Unicode line separators or a flow collection closed at the start
 *   of a line (yaml warns about that one, js-yaml does not);
 * - anything js-yaml rejects: syntax errors, duplicate keys, nesting deeper than 100;
 * - a document that is not a mapping, an empty file or empty document (`yaml/empty`
 *   and non-mapping documents are worded by the slow path), a key `null` (yaml
 *   turns a null key into "", js-yaml into "null").
 *
 * Plain scalars resolve with the YAML 1.2 core schema rules of the `yaml` library
 * (same patterns, same order, same number conversion), not js-yaml's own, which
 * read e.g. `0b101` as a number. The differential test (test/load/fast-path.test.ts)
 * holds the two paths to identical diagnostics and data.
 */

/**
 * Whether `text` may hold YAML features where js-yaml and yaml could disagree: anchors,
 * aliases and tags (`&`, `*`, `!` where a node starts), merge keys (`<<`), directives
 * (`%` at a line start), complex keys (`?` where a node starts), tabs, a lone carriage
 * return, `...` document end markers, Unicode line separators or a BOM inside the text,
 * a flow collection closed at the start of a line (yaml warns about that, js-yaml does
 * not) and a flow collection used as a key. Errs on the careful side: text such as
 * "a & b" counts too, which only costs the slow path.
 */
export function mayDiffer(text: string): boolean {
  if (text.indexOf('\t') !== -1 || text.indexOf('<<') !== -1 || RARE.test(text)) return true;
  if (text.indexOf('\r') !== -1 && LONE_CR.test(text)) return true;
  if (text[0] === '%' || text.indexOf('\n%') !== -1) return true;
  if (DOC_END.test(text)) return true;
  if (text.indexOf(']') !== -1 || text.indexOf('}') !== -1) {
    if (FLOW_END_AT_LINE_START.test(text) || FLOW_KEY.test(text)) return true;
  }
  // Indicators that matter only where a node starts: look at the characters around them.
  INDICATOR.lastIndex = 0;
  for (let m = INDICATOR.exec(text); m !== null; m = INDICATOR.exec(text)) {
    const i = m.index;
    const c = text.charCodeAt(i);
    const prev = i === 0 ? 10 : text.charCodeAt(i - 1);
    if (c === 63) {
      // ? where a node starts, followed by white space: a complex key
      if ((prev <= 32 || prev === 91 || prev === 123 || prev === 44) && (i + 1 === text.length || text.charCodeAt(i + 1) <= 32)) return true;
    } else if (prev <= 32 || prev === 91 || prev === 93 || prev === 123 || prev === 125 || prev === 44) {
      return true; // & * ! where a node starts
    }
  }
  return false;
}

const RARE = /[\u0085\u2028\u2029\ufeff]/;
const LONE_CR = /\r(?!\n)/;
const DOC_END = /^\.\.\.(?:\s|$)/m;
const INDICATOR = /[&*!?]/g;
const FLOW_END_AT_LINE_START = /^ *[\]}]/m;
const FLOW_KEY = /[\]}] *:(?:\s|$)/;

/** What a plain scalar is under the YAML 1.2 core schema of the `yaml` library, or NOT for a string. */
const NOT = Symbol('string');
const OCT = /^0o[0-7]+$/;
const DEC = /^[-+]?[0-9]+$/;
const HEX = /^0x[0-9a-fA-F]+$/;
const NAN_INF = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/**
 * The `yaml` library's core tags (schema/core: null, bool, intOct, int, intHex,
 * floatNaN, floatExp, float), same patterns, same order, same conversions; the first
 * character only picks which patterns can match at all.
 */
export function coreScalar(s: string | null): unknown {
  if (s === null || s.length === 0) return null;
  const c = s.charCodeAt(0);
  if (c === 126) return s.length === 1 ? null : NOT; // ~
  if (c === 110 || c === 78) return s === 'null' || s === 'Null' || s === 'NULL' ? null : NOT;
  if (c === 116 || c === 84) return s === 'true' || s === 'True' || s === 'TRUE' ? true : NOT;
  if (c === 102 || c === 70) return s === 'false' || s === 'False' || s === 'FALSE' ? false : NOT;
  if (!((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46)) return NOT;
  if (OCT.test(s)) return parseInt(s.substring(2), 8);
  if (DEC.test(s)) return parseInt(s, 10);
  if (HEX.test(s)) return parseInt(s.substring(2), 16);
  if (NAN_INF.test(s)) return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (EXP.test(s)) return parseFloat(s);
  if (FLOAT.test(s)) return parseFloat(s);
  return NOT;
}

// One implicit type does all of it: js-yaml calls resolve and then, at once, construct.
let resolved: unknown;
const CORE = jsyaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    new jsyaml.Type('tag:yaml.org,2002:core', {
      kind: 'scalar',
      resolve: (s: string | null) => (resolved = coreScalar(s)) !== NOT,
      construct: () => resolved,
    }),
  ],
});

/** The documents of `text` as plain data, or undefined when the slow path must decide. */
export function fastParse(text: string): Record<string, unknown>[] | undefined {
  if (mayDiffer(text)) return undefined;
  let docs: unknown[];
  try {
    docs = jsyaml.loadAll(text, null, { schema: CORE });
  } catch {
    return undefined;
  }
  if (docs.length === 0) return undefined;
  for (const doc of docs) if (!isMapping(doc) || !safeKeys(doc)) return undefined;
  return docs as Record<string, unknown>[];
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** No key that the two parsers would spell differently, at any depth. */
function safeKeys(value: unknown): boolean {
  if (Array.isArray(value)) {
    for (const item of value) if (item !== null && typeof item === 'object' && !safeKeys(item)) return false;
    return true;
  }
  const map = value as Record<string, unknown>;
  for (const key in map) {
    if (key === 'null') return false;
    const v = map[key];
    if (v !== null && typeof v === 'object' && !safeKeys(v)) return false;
  }
  return true;
}
