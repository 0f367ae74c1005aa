import { createRequire } from 'node:module';
import type JsYaml from 'js-yaml';
import { coreScalar, NOT_CORE } from './core-scalar.js';
import { parsePlainYaml } from './plain-yaml.js';

export { coreScalar } from './core-scalar.js';

/**
 * The fast path of parsing, in two tiers: the plain parser (src/load/plain-yaml.ts)
 * for the plain YAML that plan files are made of, then js-yaml for more; both several
 * times faster than the position-keeping `yaml` library. Each must give exactly the
 * data the slow path gives, so each refuses (returns undefined) whenever it could
 * differ, and the caller then takes the slow path. The js-yaml tier refuses:
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
 * a flow collection that spans lines (yaml is stricter about their indentation) or is
 * used as a key, a quoted scalar that spans lines, and `#` glued to a token (yaml
 * rejects `"a"#c`). Errs on the careful
 * side: text such as "a & b" or a bracket inside a quoted title counts too, which only
 * costs the slow path. One pass over the characters.
 */
export function mayDiffer(text: string): boolean {
  let depth = 0; // open flow brackets on this line
  let prev = 10; // as if after a line break
  for (let i = 0, n = text.length; i < n; i++) {
    const c = text.charCodeAt(i);
    // Letters, digits and most punctuation need no look: skip them quickly.
    if ((c >= 65 && c <= 90 && c !== 91) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 32) {
      prev = c;
      continue;
    }
    switch (c) {
      case 10: // \n
        if (depth !== 0) return true;
        break;
      case 9: // tab
      case 0x85:
      case 0x2028:
      case 0x2029:
      case 0xfeff:
        return true;
      case 13: // \r
        if (text.charCodeAt(i + 1) !== 10) return true;
        break;
      case 38: // &
      case 42: // *
      case 33: // !
        if (prev <= 32 || prev === 91 || prev === 93 || prev === 123 || prev === 125 || prev === 44) return true;
        break;
      case 63: // ?
        if ((prev <= 32 || prev === 91 || prev === 123 || prev === 44) && (i + 1 === n || text.charCodeAt(i + 1) <= 32)) return true;
        break;
      case 60: // <
        if (text.charCodeAt(i + 1) === 60) return true;
        break;
      case 37: // %
        if (prev === 10) return true;
        break;
      case 35: // #
        if (!(prev === 32 || prev === 10 || (prev >= 48 && prev <= 57) || (prev >= 65 && prev <= 90) || (prev >= 97 && prev <= 122))) return true;
        break;
      case 46: // .
        if (prev === 10 && text.startsWith('...', i) && (i + 3 === n || text.charCodeAt(i + 3) <= 32)) return true;
        break;
      case 34: // "
      case 39: {
        // ' — a quoted scalar where a node starts: skip to its end, which must be on this line
        if (!(prev <= 32 || prev === 91 || prev === 123 || prev === 44)) break;
        let j = i + 1;
        for (; j < n; j++) {
          const q = text.charCodeAt(j);
          if (q === 10 || q === 13) return true; // spans lines: yaml is stricter about the indentation
          if (c === 34 && q === 92) j++; // \ escapes the next character
          else if (q === c) {
            if (c === 39 && text.charCodeAt(j + 1) === 39) j++; // '' is a quote inside '…'
            else break;
          }
        }
        if (j >= n) return true;
        i = j;
        break;
      }
      case 91: // [
      case 123: // {
        depth++;
        break;
      case 93: // ]
      case 125: {
        // }
        if (--depth < 0) return true;
        let j = i + 1;
        while (text.charCodeAt(j) === 32) j++;
        if (text.charCodeAt(j) === 58) {
          // a flow collection as a key: `{…}: v`, or `[{…} :]` inside a flow collection
          const after = text.charCodeAt(j + 1);
          if (j + 1 === n || after <= 32 || after === 44 || after === 93 || after === 125 || after === 91 || after === 123) return true;
        }
        break;
      }
      default:
    }
    prev = c;
  }
  return depth !== 0;
}

/** js-yaml with the core schema of the `yaml` library; loaded when a file first needs it. */
let jsYaml: { lib: typeof JsYaml; schema: JsYaml.Schema } | undefined;
function jsYamlCore() {
  if (jsYaml) return jsYaml;
  const lib = createRequire(import.meta.url)('js-yaml') as typeof JsYaml;
  // One implicit type does all of it: js-yaml calls resolve and then, at once, construct.
  let resolved: unknown;
  const schema = lib.FAILSAFE_SCHEMA.extend({
    implicit: [
      new lib.Type('tag:yaml.org,2002:core', {
        kind: 'scalar',
        resolve: (s: string | null) => (resolved = coreScalar(s)) !== NOT_CORE,
        construct: () => resolved,
      }),
    ],
  });
  return (jsYaml = { lib, schema });
}

/** The documents of `text` as plain data, or undefined when the slow path must decide. */
export function fastParse(text: string): Record<string, unknown>[] | undefined {
  return parsePlainYaml(text) ?? jsYamlParse(text);
}

/** The second tier alone: js-yaml, for what the plain parser does not know (exported for the differential tests). */
export function jsYamlParse(text: string): Record<string, unknown>[] | undefined {
  if (mayDiffer(text)) return undefined;
  let docs: unknown[];
  try {
    const { lib, schema } = jsYamlCore();
    docs = lib.loadAll(text, null, { schema });
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
