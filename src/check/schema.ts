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
import { words, type Catalogue } from '../i18n/words.js';
import type { Locale } from '../i18n/locale.js';
import { DOCUMENT_KINDS, isDocumentKind, isKindName, KIND_NAMES, KIND_REGISTRY, SHARED_SCHEMAS, type DocumentKind, type KindName } from '../kinds/registry.js';

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
export function checkSchema(doc: LoadedDocument, kind: KindName, slowPath = false, locale: Locale = 'nb'): Diagnostic[] {
  const validate = validators(slowPath)[kind];
  if (validate(doc.data)) return [];
  return toDiagnostics(doc, cleanErrors(validate.errors ?? []), locale);
}

/** Checks that a document is a mapping with a known `kind`; returns the kind or diagnostics. */
export function checkKind(doc: LoadedDocument, expected?: Kind, locale: Locale = 'nb'): { kind?: Kind; diagnostics: Diagnostic[] } {
  const data = doc.data;
  const t = words(locale).ruleText;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { diagnostics: [diagnosticAt(doc, [], 'start', { rule: 'schema/type', severity: 'error', message: t['schema/type'].notMapping })] };
  }
  const kind = (data as Record<string, unknown>).kind;
  if (kind === undefined || kind === null) {
    return { diagnostics: [diagnosticAt(doc, [], 'start', { rule: 'schema/required', severity: 'error', message: t['schema/required'].kind, hint: t.common.oneOf(someOf(KINDS, undefined, locale)) })] };
  }
  if (isKindName(kind) && !isDocumentKind(kind)) {
    return { diagnostics: [diagnosticAt(doc, ['kind'], 'value', { rule: 'schema/kind', severity: 'error', message: t['schema/kind'].catalogOnly(kind), hint: t['schema/kind'].catalogHint(doc.source.path) })] };
  }
  if (!isDocumentKind(kind)) {
    // Not String(kind): a mapping with a `toString` key makes String() throw.
    const shown = typeof kind === 'string' ? kind : (JSON.stringify(kind) ?? typeof kind);
    const hint = didYouMean(closest(shown, KINDS, 1), locale) ?? t.common.oneOf(someOf(KINDS, undefined, locale));
    return { diagnostics: [diagnosticAt(doc, ['kind'], 'value', { rule: 'schema/kind', severity: 'error', message: t['schema/kind'].unknown(shown), hint })] };
  }
  if (expected && kind !== expected) {
    return { diagnostics: [diagnosticAt(doc, ['kind'], 'value', { rule: 'schema/kind', severity: 'error', message: t['schema/kind'].wrongFile(expected, kind) })] };
  }
  if (!expected && kind === 'Workspace') {
    return { diagnostics: [diagnosticAt(doc, ['kind'], 'value', { rule: 'schema/kind', severity: 'error', message: t['schema/kind'].workspaceOutside })] };
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

function toDiagnostics(doc: LoadedDocument, errors: ErrorObject[], locale: Locale): Diagnostic[] {
  return errors.map((e) => {
    const path = pathOf(e.instancePath);
    const { rule, message, hint, at, target } = describe(doc, e, path, locale);
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

/**
 * A path as YAML would write it, `budget[1].operating`, and the row's year when a list
 * item has one: `"budget[1].operating" (the 2028 row)`, in nb `«budget[1].operating» (raden for 2028)`.
 */
export function yamlPath(data: unknown, path: readonly (string | number)[], locale: Locale = 'en'): string {
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
  const quoted = locale === 'en' ? `"${text}"` : `«${text}»`;
  return year === undefined ? quoted : `${quoted} ${words(locale).hints.rowYear(year)}`;
}

/** "40,5" read as text where a number belongs: the decimal comma. */
function decimalComma(value: unknown, locale: Locale): string | undefined {
  return typeof value === 'string' && /^[-+]?\d+,\d+$/.test(value.trim()) ? words(locale).hints.decimalComma(value.trim().replace(',', '.')) : undefined;
}

/** An unknown key of digits right after `value: 40,` in a flow mapping: `{ value: 40,5 }` read as `value: 40` and key `5`. */
function decimalCommaKey(doc: LoadedDocument, path: (string | number)[], key: string, locale: Locale): string | undefined {
  if (!/^\d+$/.test(key)) return undefined;
  const [start] = findRange(doc.yaml, [...path, key], 'key');
  const before = /(\d+)\s*,\s*$/.exec(doc.source.text.slice(Math.max(0, start - 40), start));
  return before ? words(locale).hints.decimalComma(`${before[1]}.${key}`) : undefined;
}

/** A date of the right shape whose day the month does not have: "February 2027 has 28 days". */
function impossibleDate(value: unknown, locale: Locale): string | undefined {
  const m = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1) return undefined;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const w = words(locale);
  return day > days ? w.hints.impossibleDate(w.dates.months[month - 1]!, year, days) : undefined;
}

function describe(doc: LoadedDocument, e: ErrorObject, path: (string | number)[], locale: Locale): Described {
  const t = words(locale).ruleText;
  const where = path.length > 0 ? yamlPath(doc.data, path, locale) : t.common.theDocument;
  const rule = schemaRuleId(e.keyword);
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(e.params.additionalProperty);
      const allowed = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const hint = decimalCommaKey(doc, path, key, locale) ?? didYouMean(closest(key, allowed, 2), locale) ?? t['schema/additional-properties'].allowed(someOf(allowed, undefined, locale));
      return { rule, message: t['schema/additional-properties'].unknown(key), hint, at: [...path, key], target: 'key' };
    }
    case 'required':
      return { rule, message: t['schema/required'].missing(String(e.params.missingProperty), where), at: path, target: 'start' };
    case 'enum': {
      const allowed = (e.params.allowedValues as unknown[]).filter((v) => v !== null).map(String);
      const hint = didYouMean(closest(String(e.data), allowed, 1), locale) ?? t.common.oneOf(someOf(allowed, undefined, locale));
      return { rule, message: t['schema/enum'].notAllowed(String(e.data), where), hint, at: path, target: 'value' };
    }
    case 'const':
      return { rule, message: t['schema/const'].mustBe(where, JSON.stringify(e.params.allowedValue)), at: path, target: 'value' };
    case 'type': {
      const sdg = /sdg(Target|Indicator)Id/.exec(e.schemaPath);
      if (sdg && typeof e.data === 'number') {
        const written = writtenAt(doc, path);
        const n = t['sdg/numeric-id'];
        const what = sdg[1] === 'Target' ? n.target : n.indicator;
        const changed = written !== String(e.data);
        return { rule: 'sdg/numeric-id', message: changed ? n.read(what, written, String(e.data)) : n.readNumber(what, written), hint: n.hint(written), at: path, target: 'value' };
      }
      // SSB codes (table "09220", region "0220") lose their leading zero unquoted: say what YAML read.
      if (typeof e.data === 'number' && path.includes('ssb')) {
        const written = writtenAt(doc, path);
        const read = written === String(e.data) ? t['schema/type'].aNumber : t['schema/type'].number(e.data);
        return { rule, message: t['schema/type'].unquoted(where, written, read), hint: t['sdg/numeric-id'].hint(written), at: path, target: 'value' };
      }
      const number = /number|integer/.test(String(e.params.type));
      return { rule, message: t['schema/type'].mustBe(where, describeType(e.params.type, t), describeValue(e.data, t)), hint: number ? decimalComma(e.data, locale) : undefined, at: path, target: 'value' };
    }
    case 'pattern':
      if (String(e.params.pattern).startsWith('^[a-z0-9]')) {
        return { rule, message: t['schema/pattern'].badId(String(e.data)), hint: t['schema/pattern'].idHint, at: path, target: 'value' };
      }
      // What the pattern means in words: the catalogue's sentence for it, else the schema's (English) description.
      return { rule, message: t['schema/pattern'].mustMatch(where, String(e.params.pattern)), hint: words(locale).cliMore.patterns[String(e.params.pattern)] ?? (e.parentSchema as { description?: string } | undefined)?.description, at: path, target: 'value' };
    case 'maxLength':
      return { rule, message: t['schema/max-length'].tooLong(where, String(e.params.limit)), at: path, target: 'value' };
    case 'maxItems':
      return { rule, message: t['schema/max-items'].tooMany(where, String(e.params.limit)), at: path, target: 'value' };
    case 'minItems':
      return { rule, message: t['schema/min-items'].tooFew(where, String(e.params.limit)), at: path, target: 'value' };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum': {
      const words = t[rule === 'schema/maximum' || rule === 'schema/exclusive-minimum' ? rule : 'schema/minimum'];
      return { rule, message: words.limit(where, String(e.params.comparison), String(e.params.limit)), at: path, target: 'value' };
    }
    case 'format':
      return {
        rule,
        message: t['schema/format'].invalid(String(e.data), String(e.params.format)),
        hint: e.params.format === 'date' ? (impossibleDate(e.data, locale) ?? t['schema/format'].dateHint) : undefined,
        at: path,
        target: 'value',
      };
    default:
      return { rule, message: locale === 'en' ? `${where} ${e.message ?? 'is invalid'}` : t['schema/type'].invalid(where), at: path, target: 'value' };
  }
}

type RuleWords = Catalogue['ruleText'];

function describeType(type: unknown, t: RuleWords): string {
  const list = (Array.isArray(type) ? type : String(type).split(',')).filter((x) => x !== 'null');
  const types = t['schema/type'].types;
  return list.map((x) => types[String(x)] ?? String(x)).join(` ${t['schema/type'].or} `);
}

function describeValue(value: unknown, t: RuleWords): string {
  const w = t['schema/type'];
  if (value === null) return w.empty;
  if (Array.isArray(value)) return w.list;
  if (typeof value === 'object') return w.mapping;
  if (typeof value === 'number') return w.number(value);
  if (typeof value === 'boolean') return `${value}`;
  return w.text(String(value));
}
