import { SdgCatalog, builtInCatalog, type TitleOverrides } from '../catalog/catalog.js';
import { appendAll, countBySeverity, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { withSuggestionBudget } from '../diagnostics/suggest.js';
import { diagnosticAt, parseFile, type LoadedDocument, type ParsedFile } from '../load/parse-file.js';
import { Repository, type Entry } from '../model/repository.js';
import type { SdgCatalog as CatalogFile } from '../model/schema-types.js';
import type { ProgressCallback } from '../progress.js';
import { checkRuleConfig, severities } from './config.js';
import { makeContext, type CheckContext } from './context.js';
import { outlineDocument, type FileOutline } from '../load/outline.js';
import { checkIds } from './ids.js';
import { checkReferences } from './references.js';
import { REPOSITORY_RULES } from './rules/index.js';
import { checkKind, checkSchema, type Kind } from './schema.js';
import { isDocumentKind } from '../kinds/registry.js';
import { checkSdgIds } from './sdg.js';
import { resolveLocale, type Locale } from '../i18n/locale.js';
import { today as todayOf } from '../i18n/today.js';
import { words } from '../i18n/words.js';

/** One file's bytes, by path relative to the root (with `/`). */
export interface SourceInput {
  path: string;
  bytes: Uint8Array;
}

export interface CheckInput {
  /** All files to check; `plan.yaml` among them. */
  files: readonly SourceInput[];
  /** The file named by Workspace.catalog, when there is one and it could be read. */
  catalogFile?: SourceInput;
  /** Problems found before parsing (unreadable files, skipped links). */
  diagnostics?: readonly Diagnostic[];
  maxAliasCount?: number;
  /**
   * Read every file with the position-keeping `yaml` parser and compile the schemas at
   * run time, instead of the fast parser and the build-time validators. Same result,
   * slower: kept for the differential test and as a fallback (PLANVERK_SLOW_PATH=1).
   */
  slowPath?: boolean;
  /** Files already parsed, in the order of `files`; a hole is parsed here (plan import and plan diff re-check with only the files that differ parsed anew). */
  parsed?: readonly (ParsedFile | undefined)[];
  /** Called after each file's documents have been parsed and schema-checked. */
  onProgress?: ProgressCallback;
  /**
   * The run's `--locale`. Without it the messages speak the workspace's `locale`
   * (plan.yaml), else (no plan.yaml) the language of `env`, else nb (resolveLocale).
   */
  locale?: Locale;
  /** The environment, for LC_ALL/LC_MESSAGES/LANG when there is no plan.yaml. */
  env?: Record<string, string | undefined>;
  /** The run's date, YYYY-MM-DD (the caller's today(io.env), so SOURCE_DATE_EPOCH counts); default today(). */
  today?: string;
}

export interface CheckResult {
  diagnostics: Diagnostic[];
  repo: Repository;
  catalog: SdgCatalog;
  summary: { files: number; documents: number; errors: number; warnings: number };
  /** The language the diagnostics were written in. */
  locale: Locale;
  /**
   * Every checked file with the lines, kinds and ids of its documents. Computed on
   * first call (only JUnit output needs it): the lines of a document read by the fast
   * path come from a re-parse with `yaml`, which clean documents otherwise never need.
   */
  outline(): FileOutline[];
}

/**
 * Checks a whole repository, in order: YAML syntax → schema → ids → references →
 * SDG ids → repository rules. Pure: it reads nothing from disk, collects every
 * problem and never throws on bad input.
 */
export function checkRepository(input: CheckInput): CheckResult {
  return withSuggestionBudget(SUGGESTION_BUDGET, () => check(input));
}

/** Edit-distance cells for "did you mean" hints per run: well under a second of work. */
const SUGGESTION_BUDGET = 50_000_000;

function check(input: CheckInput): CheckResult {
  const diagnostics: Diagnostic[] = [];
  appendAll(diagnostics, input.diagnostics ?? []);
  const entries: Entry[] = [];
  let workspace: Entry<'Workspace'> | undefined;
  let documents = 0;
  const parsedFiles: { path: string; documents: LoadedDocument[] }[] = [];
  const schemaPaths = new WeakMap<LoadedDocument, (string | number)[][]>();
  // The messages speak the workspace's language from the first file on, so plan.yaml is read first.
  const workspaceIndex = input.files.findIndex((f) => f.path === 'plan.yaml');
  const parseAt = (index: number, locale: Locale): ParsedFile =>
    input.parsed?.[index] ?? parseFile(input.files[index]!.path, input.files[index]!.bytes, { maxAliasCount: input.maxAliasCount, slowPath: input.slowPath, locale });
  const firstGuess = resolveLocale({ flag: input.locale, workspace: undefined, hasWorkspace: workspaceIndex >= 0, env: input.env });
  let workspaceParsed = workspaceIndex >= 0 ? parseAt(workspaceIndex, firstGuess) : undefined;
  const workspaceData = workspaceParsed?.documents[0]?.data;
  const locale = resolveLocale({
    flag: input.locale,
    workspace: workspaceData !== null && typeof workspaceData === 'object' ? (workspaceData as { locale?: unknown }).locale : undefined,
    hasWorkspace: workspaceIndex >= 0,
    env: input.env,
  });
  // plan.yaml's own YAML problems in the language it names (it had to be read to learn it).
  if (workspaceParsed && locale !== firstGuess && workspaceParsed.diagnostics.length > 0) workspaceParsed = parseAt(workspaceIndex, locale);
  const t = words(locale).ruleText;

  for (const [index, file] of input.files.entries()) {
    const parsed = index === workspaceIndex ? workspaceParsed! : parseAt(index, locale);
    appendAll(diagnostics, parsed.diagnostics);
    parsedFiles.push({ path: file.path, documents: parsed.documents });
    const isWorkspaceFile = file.path === 'plan.yaml';
    parsed.documents.forEach((doc, i) => {
      documents++;
      if (isWorkspaceFile && i > 0) {
        diagnostics.push(diagnosticAt(doc, [], 'start', { rule: 'schema/kind', severity: 'error', message: t['schema/kind'].onlyWorkspace }));
        return;
      }
      const entry = toEntry(doc, isWorkspaceFile ? 'Workspace' : undefined, diagnostics, input.slowPath === true, schemaPaths, locale);
      if (!entry) return;
      if (isWorkspaceFile) workspace = entry as Entry<'Workspace'>;
      entries.push(entry);
    });
    input.onProgress?.({ filesRead: input.files.length, filesTotal: input.files.length, documentsChecked: documents });
  }

  const catalog = input.catalogFile ? loadCatalogFile(input.catalogFile, diagnostics, input.maxAliasCount, input.slowPath === true, locale) : builtInCatalog();
  const repo = new Repository(workspace, entries);
  const ctx = makeContext(repo, catalog, severities(workspace), diagnostics, locale, input.today ?? todayOf());
  checkRuleConfig(ctx, workspace);
  checkIds(ctx);
  // References and SDG ids are checked in documents that failed their schema too, field by
  // field: a schema error in one field must not hide a bad reference in another. A field
  // the schema already reported on is skipped, so one mistake is one diagnostic.
  const fieldCtx = skippingSchemaErrors(ctx, schemaPaths);
  checkReferences(fieldCtx);
  checkSdgIds(fieldCtx);
  for (const rule of REPOSITORY_RULES) rule.run(ctx);

  const sorted = sortDiagnostics(diagnostics);
  let outline: FileOutline[] | undefined;
  return {
    diagnostics: sorted,
    repo,
    catalog,
    summary: { files: input.files.length, documents, ...countBySeverity(sorted) },
    locale,
    outline: () => (outline ??= parsedFiles.map((f) => ({ path: f.path, documents: f.documents.map(outlineDocument) }))),
  };
}

/** Kind and schema checks of one document; returns an entry when it has a known kind and a string id. */
function toEntry(doc: LoadedDocument, expected: Kind | undefined, out: Diagnostic[], slowPath: boolean, schemaPaths: WeakMap<LoadedDocument, (string | number)[][]>, locale: Locale): Entry | undefined {
  if (doc.broken) return brokenEntry(doc);
  const { kind, diagnostics } = checkKind(doc, expected, locale);
  appendAll(out, diagnostics);
  if (!kind) return undefined;
  const problems = checkSchema(doc, kind, slowPath, locale);
  appendAll(out, problems);
  // A missing key is reported at its parent: it says nothing about the parent's other fields.
  if (problems.length > 0) schemaPaths.set(doc, problems.flatMap((p) => (p.rule === 'schema/required' || !p.path ? [] : [p.path])));
  const id = (doc.data as Record<string, unknown>).id;
  if (typeof id !== 'string') return undefined;
  return { kind, id, data: doc.data as Entry['data'], doc, valid: problems.length === 0 };
}

/**
 * The context for the field checks that also read invalid documents: it drops reports on
 * documents with YAML errors (their data is partial) and on a field that is, or is inside
 * or contains, a field the schema reported on.
 */
function skippingSchemaErrors(ctx: CheckContext, schemaPaths: WeakMap<LoadedDocument, (string | number)[][]>): CheckContext {
  return {
    ...ctx,
    report(entry, path, target, problem) {
      if (!entry.valid) {
        if (entry.doc.broken) return;
        if ((schemaPaths.get(entry.doc) ?? []).some((p) => overlaps(p, path))) return;
      }
      ctx.report(entry, path, target, problem);
    },
  };
}

/** True when one path is the other or leads into it. */
function overlaps(a: readonly (string | number)[], b: readonly (string | number)[]): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** What can be learnt from a document with YAML errors: its kind and id, never checked further. */
function brokenEntry(doc: LoadedDocument): Entry | undefined {
  const data = doc.data as Record<string, unknown> | null;
  if (!data || typeof data !== 'object' || typeof data.id !== 'string' || !isDocumentKind(data.kind)) return undefined;
  return { kind: data.kind, id: data.id, data: data as unknown as Entry['data'], doc, valid: false };
}

/** Reads a workspace's own SDG titles; ids must exist in the built-in catalog. */
function loadCatalogFile(file: SourceInput, out: Diagnostic[], maxAliasCount: number | undefined, slowPath: boolean, locale: Locale): SdgCatalog {
  const parsed = parseFile(file.path, file.bytes, { maxAliasCount, slowPath, locale });
  appendAll(out, parsed.diagnostics);
  const doc = parsed.documents[0];
  if (!doc) return builtInCatalog();
  const problems = checkSchema(doc, 'SdgCatalog', slowPath, locale);
  appendAll(out, problems);
  if (problems.length > 0) return builtInCatalog();
  const data = doc.data as CatalogFile;
  const base = builtInCatalog();
  const overrides: TitleOverrides = {};
  for (const locale of ['nb', 'nn', 'en'] as const) {
    const titles = data[locale];
    if (!titles) continue;
    overrides[locale] = {};
    for (const [group, map, rule] of [
      ['goals', base.goals, 'sdg/unknown-target'],
      ['targets', base.targets, 'sdg/unknown-target'],
      ['indicators', base.indicators, 'sdg/unknown-indicator'],
    ] as const) {
      const given = titles[group] ?? {};
      overrides[locale]![group] = given as Record<string, string>;
      for (const id of Object.keys(given)) {
        if (id.startsWith('x-') || map.has(id)) continue;
        out.push(diagnosticAt(doc, [locale, group, id], 'key', { rule, severity: 'error', message: words(locale).ruleText[rule].catalogFile(group, id) }));
      }
    }
  }
  return new SdgCatalog(overrides);
}
