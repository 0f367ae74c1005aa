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

/** Text that may hold YAML features where js-yaml and yaml could disagree. */
const UNSAFE = [
  /(?:^|[\s[\]{},])[&*!]/, // anchors, aliases, tags (also catches "a & b": merely slower)
  /<</, // merge keys
  /^%/m, // directives
  /(?:^|[\s[{,])\?(?:\s|$)/, // complex keys
  /\t/, // tabs: indentation rules differ in detail
  /\r(?!\n)/, // a lone carriage return
  /^\.\.\.(?:\s|$)/m, // document end markers
  /[\u0085\u2028\u2029\ufeff]/, // line separators and a BOM inside the text
  /^[ ]*[\]}]/m, // a flow collection closed at the start of a line
  /[\]}][ ]*:(?:\s|$)/, // a flow collection as a key
];

// YAML 1.2 core schema, as the `yaml` library resolves plain scalars (its schema/core):
// the same patterns, tried in the same order, with the same conversions. js-yaml keeps
// one implicit type per tag, so each tag's patterns are tried inside one resolver.
const INT: [RegExp, (s: string) => number][] = [
  [/^0o[0-7]+$/, (s) => parseInt(s.substring(2), 8)],
  [/^[-+]?[0-9]+$/, (s) => parseInt(s, 10)],
  [/^0x[0-9a-fA-F]+$/, (s) => parseInt(s.substring(2), 16)],
];
const FLOAT: [RegExp, (s: string) => number][] = [
  [/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/, (s) => (s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY)],
  [/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, (s) => parseFloat(s)],
  [/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, (s) => parseFloat(s)],
];

function numberType(tag: string, forms: [RegExp, (s: string) => number][]) {
  return new jsyaml.Type(`tag:yaml.org,2002:${tag}`, {
    kind: 'scalar',
    resolve: (s: string | null) => s !== null && forms.some(([re]) => re.test(s)),
    construct: (s: string) => forms.find(([re]) => re.test(s))![1](s),
  });
}

const CORE = jsyaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    new jsyaml.Type('tag:yaml.org,2002:null', { kind: 'scalar', resolve: (s: string | null) => s === null || /^(?:~|[Nn]ull|NULL)?$/.test(s), construct: () => null }),
    new jsyaml.Type('tag:yaml.org,2002:bool', {
      kind: 'scalar',
      resolve: (s: string | null) => s !== null && /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(s),
      construct: (s: string) => s[0] === 't' || s[0] === 'T',
    }),
    numberType('int', INT),
    numberType('float', FLOAT),
  ],
});

/** The documents of `text` as plain data, or undefined when the slow path must decide. */
export function fastParse(text: string): Record<string, unknown>[] | undefined {
  for (const re of UNSAFE) if (re.test(text)) return undefined;
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
