import { outlineDocument } from '../../src/load/outline.js';
import { parseFile } from '../../src/load/parse-file.js';
import { parsePlainYaml } from '../../src/load/plain-yaml.js';
import { findSpan } from '../../src/load/source-file.js';
import { yamlLib } from '../../src/load/yaml-lib.js';
import { canon } from '../helpers/canon.js';

/**
 * The comparisons the differential tests and the fuzzer share: the fast path
 * (plain parser, then yaml) against the slow path (yaml alone) on one file, and the
 * plain parser alone against yaml.
 */

const enc = new TextEncoder();

/** Options of yaml for reading a text as planverk does, with yaml's own duplicate-key check. */
const YAML_OPTIONS = { schema: 'core', version: '1.2', uniqueKeys: true, prettyErrors: false, logLevel: 'silent' } as const;

/** yaml's reading of a text: the data of each document, or undefined when it has any error or warning. */
export function yamlRead(text: string): string | undefined {
  const docs = yamlLib().parseAllDocuments(text, YAML_OPTIONS);
  if (!Array.isArray(docs)) return undefined;
  if (docs.some((d) => d.errors.length > 0 || d.warnings.length > 0)) return undefined;
  return canon(docs.map((d) => d.toJS({ maxAliasCount: 100 })));
}

/**
 * Why the plain parser and yaml disagree on `text`, or undefined when they agree:
 * whatever the plain parser accepts, yaml must read without an error or a warning,
 * into identical data (key order, numbers, prototypes).
 */
export function plainDifference(text: string): string | undefined {
  const plain = parsePlainYaml(text);
  if (plain === undefined) return undefined;
  const theirs = yamlRead(text);
  const mine = canon(plain);
  return mine === theirs ? undefined : `plain parser read ${mine}, yaml ${theirs ?? 'an error'}`;
}

/** Every path to a node of a value. */
function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value && typeof value === 'object') for (const k of Object.getOwnPropertyNames(value)) paths((value as Record<string, unknown>)[k], [...prefix, k], out);
  return out;
}

/**
 * Why the two paths disagree on one file, or undefined when they agree: the same
 * diagnostics (rule, message, position), the same data, and for a file the fast path
 * took, the same position of every node for every target and the same lines of every
 * document (what JUnit lists). Never throws for a disagreement: the fuzzer reports the
 * input with the reason.
 */
export function fileDifference(input: string | Uint8Array): string | undefined {
  const bytes = typeof input === 'string' ? enc.encode(input) : input;
  const slow = parseFile('f.yaml', bytes, { slowPath: true });
  const fast = parseFile('f.yaml', bytes);
  const diags = (p: typeof fast) => JSON.stringify(p.diagnostics);
  if (diags(fast) !== diags(slow)) return `diagnostics: fast ${diags(fast)}, slow ${diags(slow)}`;
  const data = (p: typeof fast) => p.documents.map((d) => canon(d.data)).join('\n');
  if (data(fast) !== data(slow)) return `data: fast ${data(fast)}, slow ${data(slow)}`;
  if (!fast.fast) return undefined;
  try {
    for (const [i, doc] of fast.documents.entries()) {
      const other = slow.documents[i]!;
      if (doc.index !== other.index) return `document ${i}: index ${doc.index}, slow ${other.index}`;
      const lines = (d: typeof doc) => JSON.stringify(outlineDocument(d));
      if (lines(doc) !== lines(other)) return `document ${i}: outline ${lines(doc)}, slow ${lines(other)}`;
      for (const path of paths(doc.data)) {
        for (const target of ['key', 'value', 'start'] as const) {
          const a = JSON.stringify(findSpan(doc.source, doc.yaml, path, target));
          const b = JSON.stringify(findSpan(other.source, other.yaml, path, target));
          if (a !== b) return `document ${i}, ${target} of ${JSON.stringify(path)}: ${a}, slow ${b}`;
        }
      }
    }
  } catch (error) {
    return `positions: ${String(error)}`;
  }
  return undefined;
}
