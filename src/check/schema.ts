import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { closest, didYouMean, someOf } from '../diagnostics/suggest.js';
import { schemaRuleId, type RuleId } from '../diagnostics/rules.js';
import { diagnosticAt, writtenAt, type LoadedDocument } from '../load/parse-file.js';
import { findRange, type Target } from '../load/source-file.js';
import { words } from '../i18n/words.js';
import { DOCUMENT_KINDS, isDocumentKind, isKindName, KIND_NAMES, KIND_REGISTRY, SHARED_SCHEMAS, type DocumentKind, type KindName, withArticle } from '../kinds/registry.js';

/** Schema file of each document kind, in `schemas/`, as the registry of kinds says. */
export const KIND_SCHEMAS = Object.fromEntries(DOCUMENT_KINDS.map((k) => [k, KIND_REGISTRY[k].schema])) as Record<Kind, string>;

/** A kind of the repository's documents. */
export type Kind = DocumentKind;
export const KINDS: readonly Kind[] = DOCUMENT_KINDS;

export const SCHEMA_DIR = new URL('../../schemas/', import.meta.url);

/** Reads a schema file from `schemas/`. */
export function readSchema(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(file, SCHEMA_DIR), 'utf8')) as Record<string, unknown>;
}

type Validators = Record<KindName, ValidateFunction>;
let compiled: Validators | undefined;
/** The generated validators; null once they were found missing or stale. */
let generated: Validators | null | undefined;

/** The validators compiled at build time (scripts/gen-validators.mjs), when they are there. */
const GENERATED = new URL('../../generated/validators.cjs', import.meta.url);

/** Compiles every schema once per process, with ajv at run time: the slow path. */
function compiledValidators(): Validators {
  if (compiled) return compiled;
  const require = createRequire(import.meta.url);
  const { Ajv2020 } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;
  const ajv = new Ajv2020({ allErrors: true, strict: true, verbose: true });
  addFormats(ajv);
  for (const file of [...SHARED_SCHEMAS, ...KIND_NAMES.map((k) => KIND_REGISTRY[k].schema)]) ajv.addSchema(readSchema(file));
  const byId = (file: string) => ajv.getSchema(`https://planverk.no/schemas/v1/${file}`)!;
  const out: Partial<Validators> = {};
  for (const kind of KIND_NAMES) out[kind] = byId(KIND_REGISTRY[kind].schema);
  return (compiled = out as Validators);
}

/**
 * The standalone validators generated from the schemas at build time: the same
 * ajv code, without loading ajv or compiling at every start. Falls back to
 * compiling when the build has not generated them, or generated them from other
 * schemas than those in schemas/ now (a stale build would check against the old ones).
 */
function validators(slowPath: boolean): Validators {
  if (slowPath) return compiledValidators();
  if (generated === undefined) generated = loadGenerated(fileURLToPath(GENERATED), schemaHash()) ?? null;
  return generated ?? compiledValidators();
}

/**
 * The generated validators in `file`, or undefined when there are none or they were
 * generated from other schemas: the file records the hash of the schemas it was made
 * from (scripts/gen-validators.mjs), and it must be `hash`.
 */
export function loadGenerated(file: string, hash: string): Validators | undefined {
  if (!existsSync(file)) return undefined;
  const mod = createRequire(import.meta.url)(file) as Validators & { schemaHash?: unknown };
  return mod.schemaHash === hash ? mod : undefined;
}

/**
 * A hash of every schema file in `dir`, in name order: the same hash that
 * scripts/gen-validators.mjs records in the file it generates.
 */
export function schemaHash(dir: URL = SCHEMA_DIR): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.schema.json')).sort()) {
    hash.update(name).update('\0').update(readFileSync(new URL(name, dir))).update('\0');
  }
  return hash.digest('hex');
}

/**
 * Checks one document against the schema of its kind. Returns the diagnostics;
 * an empty list means the document has the shape the later checks rely on.
 * `slowPath` validates with schemas compiled at run time instead of the generated code.
 */
export function checkSchema(doc: LoadedDocument, kind: KindName, slowPath = false): Diagnostic[] {
  const validate = validators(slowPath)[kind];
  if (validate(doc.data)) return [];
  return toDiagnostics(doc, cleanErrors(validate.errors ?? []));
}

/** Checks that a document is a mapping with a known `kind`; returns the kind or diagnostics. */
export function checkKind(doc: LoadedDocument, expected?: Kind): { kind?: Kind; diagnostics: Diagnostic[] } {
  const data = doc.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { diagnostics: [diagnosticAt(doc, [], 'start', { rule: 'schema/type', severity: 'error', message: 'a document must be a mapping with `kind` and `id`' })] };
  }
  const kind = (data as Record<string, unknown>).kind;
  if (kind === undefined || kind === null) {
    return { diagnostics: [diagnosticAt(doc, [], 'start', { rule: 'schema/required', severity: 'error', message: 'missing required key "kind"', hint: `one of: ${someOf(KINDS)}` })] };
  }
  if (isKindName(kind) && !isDocumentKind(kind)) {
    return { diagnostics: [diagnosticAt(doc, ['kind'], 'value', { rule: 'schema/kind', severity: 'error', message: `${kind} documents are read only from the file that Workspace.catalog in plan.yaml names`, hint: `set \`catalog: ${doc.source.path}\` in plan.yaml, or remove this document` })] };
  }
  if (!isDocumentKind(kind)) {
    // Not String(kind): a mapping with a `toString` key makes String() throw.
    const shown = typeof kind === 'string' ? kind : (JSON.stringify(kind) ?? typeof kind);
    const hint = didYouMean(closest(shown, KINDS, 1)) ?? `one of: ${someOf(KINDS)}`;
    return { diagnostics: [diagnosticAt(doc, ['kind'], 'value', { rule: 'schema/kind', severity: 'error', message: `unknown kind "${shown}"`, hint })] };
  }
  if (expected && kind !== expected) {
    return { diagnostics: [diagnosticAt(doc, ['kind'], 'value', { rule: 'schema/kind', severity: 'error', message: `this file must hold the ${expected} document, not ${withArticle(kind)}` })] };
  }
  if (!expected && kind === 'Workspace') {
    return { diagnostics: [diagnosticAt(doc, ['kind'], 'value', { rule: 'schema/kind', severity: 'error', message: 'the Workspace document belongs in plan.yaml at the repository root' })] };
  }
  return { kind: kind as Kind, diagnostics: [] };
}

/**
 * Drops ajv's bookkeeping errors: for an optional value (`anyOf: [X, null]`) ajv
 * reports the failed `null` branch and the `anyOf` itself besides the real problem.
 */
function cleanErrors(errors: ErrorObject[]): ErrorObject[] {
  // A value that has the type of one branch of an `anyOf` (a list of SSB region codes)
  // and fails that branch otherwise: the other branches' "must be a string" says nothing useful.
  const anyOfAt = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  const deeper = (p: string) => errors.some((e) => e.instancePath.startsWith(`${p}/`) || (e.instancePath === p && e.keyword !== 'type' && e.keyword !== 'anyOf'));
  const kept = errors.filter(
    (e) => e.keyword !== 'anyOf' && !(e.keyword === 'type' && (e.params.type === 'null' || (anyOfAt.has(e.instancePath) && deeper(e.instancePath)))),
  );
  // The branches' type errors at one place are one problem: "a string or a list".
  const types = new Map<string, string[]>();
  for (const e of kept) if (e.keyword === 'type' && anyOfAt.has(e.instancePath)) types.set(e.instancePath, [...(types.get(e.instancePath) ?? []), String(e.params.type)]);
  const merged = kept.map((e) => (e.keyword === 'type' && types.has(e.instancePath) ? { ...e, params: { type: types.get(e.instancePath)!.join(',') } } : e));
  const seen = new Set<string>();
  return merged.filter((e) => {
    const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function pathOf(instancePath: string): (string | number)[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function toDiagnostics(doc: LoadedDocument, errors: ErrorObject[]): Diagnostic[] {
  return errors.map((e) => {
    const path = pathOf(e.instancePath);
    const { rule, message, hint, at, target } = describe(doc, e, path);
    return diagnosticAt(doc, at, target, { rule, severity: 'error', message, hint });
  });
}

interface Described {
  rule: RuleId;
  message: string;
  hint?: string;
  at: (string | number)[];
  target: Target;
}

const ID_HINT = 'ids use lowercase letters a–z, digits, ".", "_" and "-", and start with a letter or digit';

/** The check stage's words; English until it takes the run's locale. */
const HINTS = words('en').hints;
const MONTHS = words('en').dates.months;

/**
 * A path as YAML would write it, `budget[1].operating`, and the row's year when a list
 * item has one: `"budget[1].operating" (the 2028 row)`.
 */
export function yamlPath(data: unknown, path: readonly (string | number)[]): string {
  let text = '';
  let year: string | undefined;
  let node: unknown = data;
  for (const part of path) {
    text += typeof part === 'number' ? `[${part}]` : text === '' ? part : `.${part}`;
    node = node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[part] : undefined;
    if (typeof part === 'number' && node !== null && typeof node === 'object') {
      const y = (node as { year?: unknown }).year;
      year = typeof y === 'number' || typeof y === 'string' ? String(y) : undefined;
    }
  }
  return year === undefined ? `"${text}"` : `"${text}" ${HINTS.rowYear(year)}`;
}

/** "40,5" read as text where a number belongs: the decimal comma. */
function decimalComma(value: unknown): string | undefined {
  return typeof value === 'string' && /^[-+]?\d+,\d+$/.test(value.trim()) ? HINTS.decimalComma(value.trim().replace(',', '.')) : undefined;
}

/** An unknown key of digits right after `value: 40,` in a flow mapping: `{ value: 40,5 }` read as `value: 40` and key `5`. */
function decimalCommaKey(doc: LoadedDocument, path: (string | number)[], key: string): string | undefined {
  if (!/^\d+$/.test(key)) return undefined;
  const [start] = findRange(doc.yaml, [...path, key], 'key');
  const before = /(\d+)\s*,\s*$/.exec(doc.source.text.slice(Math.max(0, start - 40), start));
  return before ? HINTS.decimalComma(`${before[1]}.${key}`) : undefined;
}

/** A date of the right shape whose day the month does not have: "February 2027 has 28 days". */
function impossibleDate(value: unknown): string | undefined {
  const m = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1) return undefined;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day > days ? HINTS.impossibleDate(MONTHS[month - 1]!, year, days) : undefined;
}

function describe(doc: LoadedDocument, e: ErrorObject, path: (string | number)[]): Described {
  const where = path.length > 0 ? yamlPath(doc.data, path) : 'the document';
  const rule = schemaRuleId(e.keyword);
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(e.params.additionalProperty);
      const allowed = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const hint = decimalCommaKey(doc, path, key) ?? didYouMean(closest(key, allowed, 2)) ?? `allowed keys: ${someOf(allowed)}; keys starting with "x-" are kept for your own data`;
      return { rule, message: `unknown key "${key}"`, hint, at: [...path, key], target: 'key' };
    }
    case 'required':
      return { rule, message: `missing required key "${String(e.params.missingProperty)}" in ${where}`, at: path, target: 'start' };
    case 'enum': {
      const allowed = (e.params.allowedValues as unknown[]).filter((v) => v !== null).map(String);
      const hint = didYouMean(closest(String(e.data), allowed, 1)) ?? `one of: ${someOf(allowed)}`;
      return { rule, message: `"${String(e.data)}" is not an allowed value of ${where}`, hint, at: path, target: 'value' };
    }
    case 'const':
      return { rule, message: `${where} must be ${JSON.stringify(e.params.allowedValue)}`, at: path, target: 'value' };
    case 'type': {
      const sdg = /sdg(Target|Indicator)Id/.exec(e.schemaPath);
      if (sdg && typeof e.data === 'number') {
        const written = writtenAt(doc, path);
        const what = sdg[1] === 'Target' ? 'SDG target' : 'SDG indicator';
        const changed = written !== String(e.data);
        return {
          rule: 'sdg/numeric-id',
          message: changed
            ? `${what} ${written} is written without quotes, so YAML reads it as the number ${String(e.data)}`
            : `${what} ${written} is written without quotes, so YAML reads it as a number`,
          hint: `write it as a string: "${written}"`,
          at: path,
          target: 'value',
        };
      }
      // SSB codes (table "09220", region "0220") lose their leading zero unquoted: say what YAML read.
      if (typeof e.data === 'number' && path.includes('ssb')) {
        const written = writtenAt(doc, path);
        const read = written === String(e.data) ? 'a number' : `the number ${String(e.data)}`;
        return { rule, message: `${where}: ${written} is written without quotes, so YAML reads it as ${read}`, hint: `write it as a string: "${written}"`, at: path, target: 'value' };
      }
      const number = /number|integer/.test(String(e.params.type));
      return { rule, message: `${where} must be ${describeType(e.params.type)}, not ${describeValue(e.data)}`, hint: number ? decimalComma(e.data) : undefined, at: path, target: 'value' };
    }
    case 'pattern':
      if (String(e.params.pattern).startsWith('^[a-z0-9]')) {
        return { rule, message: `"${String(e.data)}" is not a valid id`, hint: ID_HINT, at: path, target: 'value' };
      }
      // The schema's description says in words what the pattern means.
      return { rule, message: `${where} must match ${String(e.params.pattern)}`, hint: (e.parentSchema as { description?: string } | undefined)?.description, at: path, target: 'value' };
    case 'maxLength':
      return { rule, message: `${where} is longer than ${String(e.params.limit)} characters`, at: path, target: 'value' };
    case 'maxItems':
      return { rule, message: `${where} has more than ${String(e.params.limit)} items`, at: path, target: 'value' };
    case 'format':
      return {
        rule,
        message: `"${String(e.data)}" is not a valid ${String(e.params.format)}`,
        hint: e.params.format === 'date' ? (impossibleDate(e.data) ?? 'write dates as YYYY-MM-DD, e.g. 2027-06-10') : undefined,
        at: path,
        target: 'value',
      };
    default:
      return { rule, message: `${where} ${e.message ?? 'is invalid'}`, at: path, target: 'value' };
  }
}

function describeType(type: unknown): string {
  const list = (Array.isArray(type) ? type : String(type).split(',')).filter((t) => t !== 'null');
  const words = list.map((t) => (t === 'object' ? 'a mapping' : t === 'array' ? 'a list' : t === 'integer' ? 'a whole number' : `a ${String(t)}`));
  return words.join(' or ');
}

function describeValue(value: unknown): string {
  if (value === null) return 'empty (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'number') return Number.isInteger(value) ? `the number ${value}` : `the number ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  return `the text "${String(value)}"`;
}
