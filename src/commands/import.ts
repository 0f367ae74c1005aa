import { join, resolve } from 'node:path';
import { checkRepository } from '../check/check-repository.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { closest } from '../diagnostics/suggest.js';
import { stylish } from '../formatters/stylish.js';
import { isoToday } from '../model/benefit-status.js';
import { EXIT, UsageError, type Io } from '../io.js';
import { decode } from '../load/decode.js';
import { parseFile } from '../load/parse-file.js';
import { sourceLines } from '../load/source-lines.js';
import { checkAfter } from '../import/ssb/check-after.js';
import { formatReport } from '../import/ssb/format-report.js';
import { importSsb, type IndicatorInput } from '../import/ssb/import-ssb.js';
import type { Clock } from '../import/ssb/limiter.js';
import { loadTables } from '../import/ssb/load-tables.js';
import { MESSAGES, type Locale, type Messages } from '../import/ssb/messages.js';
import type { ActualStatus } from '../import/ssb/merge-actuals.js';
import { DEFAULT_API } from '../import/ssb/pxweb.js';
import { classifySources } from '../import/ssb/sources.js';
import type { Repository } from '../model/repository.js';
import { loadRepository, type LoadedRepository } from '../workspace/load-repository.js';
import { atomicWrite } from '../write/atomic-write.js';
import { renderLocale } from './load-model.js';

export interface ImportSsbOptions {
  /** JSON-stat files, five-digit table ids, and at most one folder (the repository). */
  sources: string[];
  /** --root: the repository folder. */
  dir?: string;
  dryRun?: boolean;
  /** --indicator: import only these. */
  indicators?: string[];
  api?: string;
  /** --table: the table of a file that does not say. */
  table?: string;
  status?: ActualStatus;
  locale?: Locale;
}

/** What tests replace: the network client's fetch, clock and limits, and today's date. */
export interface ImportHooks {
  fetch?: typeof fetch;
  clock?: Clock;
  timeoutMs?: number;
  maxCells?: number;
  today?: string;
}

/**
 * `plan import ssb`: reads the tables (files, or fetched from PxWebApi), writes the
 * figures into the indicators' actuals in place, and prints what changed. Nothing
 * is written in a dry run, nor when the repository would not validate afterwards.
 * Exit 0 done (also with nothing to change), 1 some indicator or table could not be
 * matched or the result would not validate, 2 the import could not run.
 */
export async function importSsbCommand(options: ImportSsbOptions, io: Io, hooks: ImportHooks = {}): Promise<number> {
  const sources = classifySources(options.sources, io.cwd);
  const dir = options.dir ?? sources.dirs[0];
  const loaded = loadRepository(resolve(io.cwd, dir ?? '.'));
  const parsed = loaded.files.map((f) => parseFile(f.path, f.bytes));
  const before = checkRepository({ ...loaded, parsed });
  const locale = options.locale ?? renderLocale(before.repo.workspace?.data.locale);
  const m = MESSAGES[locale];
  if (sources.bad.length > 0) throw new UsageError(m.badSource(sources.bad[0]!));
  if (sources.dirs.length > (options.dir === undefined ? 1 : 0)) throw new UsageError(m.twoFolders(options.dir ?? sources.dirs[0]!, sources.dirs.at(-1)!));
  const api = options.api ?? DEFAULT_API;
  if (!/^https?:\/\/[^/]/.test(api)) throw new UsageError(m.badApi(api));
  if (before.summary.errors > 0) {
    io.stderr.write(stylish({ diagnostics: errorsOf(before.diagnostics), summary: { ...before.summary, warnings: 0 }, lineText: sourceLines(loaded.files) }, { color: false }));
    io.stderr.write(`plan: ${m.repositoryHasErrors(before.summary.errors)}\n`);
    return EXIT.problems;
  }
  const indicators = selectIndicators(before.repo, options.indicators, m);
  const tableIds = sources.files.length === 0 && sources.tables.length === 0 ? [...new Set(indicators.map((i) => i.source.table))] : sources.tables;
  if (indicators.length === 0 && tableIds.length === 0 && sources.files.length === 0) {
    io.stdout.write(`${m.nothingToImport}\n`);
    return EXIT.ok;
  }
  const defaultRegion = before.repo.workspace?.data.municipalityNumber ?? undefined;
  const { tables, unused } = await loadTables(
    { files: sources.files, tables: tableIds, table: options.table },
    indicators,
    { cwd: io.cwd, api, defaultRegion, fetch: hooks.fetch, clock: hooks.clock, timeoutMs: hooks.timeoutMs, maxCells: hooks.maxCells },
    m,
  );
  const outcome = importSsb(indicators, tables, fileTexts(loaded, indicators), { defaultRegion, status: options.status, today: hooks.today ?? isoToday() });
  const changed = outcome.files.map((f) => ({ path: f.path, bytes: encodeLike(loaded, f.path, f.text) }));
  // An indicator named with --indicator whose table is not part of this run is not imported: say so.
  const notGiven = options.indicators?.length ? indicators.filter((i) => !tables.has(i.source.table)).map((i) => ({ id: i.id, table: i.source.table })) : [];
  const report = formatReport(outcome, { unusedTables: unused, notGiven, tables: tables.size, dryRun: options.dryRun === true, files: changed.length }, locale);
  const after = checkAfter(loaded, parsed, changed);
  if (after.result.summary.errors > 0) {
    io.stdout.write(report);
    io.stderr.write(`plan: ${m.wouldBreak(after.result.summary.errors)}\n`);
    io.stderr.write(stylish({ diagnostics: errorsOf(after.result.diagnostics), summary: { ...after.result.summary, warnings: 0 }, lineText: sourceLines(after.files) }, { color: false }));
    return EXIT.problems;
  }
  if (!options.dryRun) for (const f of changed) atomicWrite(join(loaded.root, f.path), f.bytes, { force: true, within: loaded.root });
  io.stdout.write(report);
  return unused.length > 0 || notGiven.length > 0 || outcome.reports.some((r) => r.problems.length > 0) ? EXIT.problems : EXIT.ok;
}

/** The errors only: warnings do not stop an import, so they are not shown with it. */
function errorsOf(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => d.severity === 'error');
}

/** The valid indicators with `source.ssb`, or only those --indicator names (each must exist and have one). */
function selectIndicators(repo: Repository, only: readonly string[] | undefined, m: Messages): IndicatorInput[] {
  const all = repo.ofKind('Indicator', true);
  for (const id of only ?? []) {
    const entry = all.find((e) => e.id === id);
    if (!entry) throw new UsageError(m.unknownIndicator(id, closest(id, all.map((e) => e.id))));
    if (!entry.data.source?.ssb) throw new UsageError(m.noSsb(id));
  }
  return all
    .filter((e) => e.data.source?.ssb && (only === undefined || only.length === 0 || only.includes(e.id)))
    .map((e) => ({
      id: e.id,
      file: e.doc.source.path,
      index: e.doc.index,
      source: e.data.source!.ssb!,
      actuals: e.data.actuals ?? [],
      ...(e.data.source!.retrieved !== undefined && { retrieved: e.data.source!.retrieved }),
    }));
}

/** The text of every file with an indicator to import into; UTF-16 files are left out (the import writes UTF-8 only). */
function fileTexts(loaded: LoadedRepository, indicators: readonly IndicatorInput[]): Map<string, string> {
  const wanted = new Set(indicators.map((i) => i.file));
  const texts = new Map<string, string>();
  for (const f of loaded.files) {
    if (!wanted.has(f.path)) continue;
    const decoded = decode(f.bytes);
    if (decoded.ok && decoded.encoding === 'utf-8') texts.set(f.path, decoded.text);
  }
  return texts;
}

/** The new text as bytes, with the byte order mark the file had. */
function encodeLike(loaded: LoadedRepository, path: string, text: string): Uint8Array {
  const old = loaded.files.find((f) => f.path === path)?.bytes;
  const bom = old !== undefined && old[0] === 0xef && old[1] === 0xbb && old[2] === 0xbf;
  return Buffer.from(bom ? `\uFEFF${text}` : text, 'utf8');
}
