import { join, resolve } from 'node:path';
import { today } from '../i18n/today.js';
import { EXIT, UsageError, type Io } from '../io.js';
import { parseFile, type ParsedFile } from '../load/parse-file.js';
import { parseLoadConfig } from '../workspace/load-repository.js';
import { checkAfter } from '../import/ssb/check-after.js';
import { formatReport } from '../import/ssb/format-report.js';
import { importSsb } from '../import/ssb/import-ssb.js';
import { encodeLike, fileTexts, selectIndicators } from '../import/ssb/indicators.js';
import type { Clock } from '../import/ssb/limiter.js';
import { loadTables } from '../import/ssb/load-tables.js';
import type { ActualStatus } from '../import/ssb/merge-actuals.js';
import { DEFAULT_API } from '../import/ssb/pxweb.js';
import { classifySources } from '../import/ssb/sources.js';
import { printErrors } from '../project/error-policy.js';
import { loadProject } from '../project/load-project.js';
import { atomicWrite } from '../write/atomic-write.js';
import { renderLocale } from './load-model.js';
import { words } from '../i18n/words.js';
import type { Locale } from '../i18n/locale.js';

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
  let parsed: readonly ParsedFile[] = [];
  const run = { ...(options.locale !== undefined && { locale: options.locale }), env: io.env, today: today(io.env) };
  // Parsed here once (the check after the edit re-parses only the edited files), in the run's language:
  // --locale, else plan.yaml's locale, else nb, as loadProject would choose.
  const parseAll = (files: readonly { path: string; bytes: Uint8Array }[]): readonly ParsedFile[] => {
    const plan = files.find((f) => f.path === 'plan.yaml');
    const locale = options.locale ?? (plan ? parseLoadConfig(Buffer.from(plan.bytes).toString('utf8')).locale : undefined) ?? 'nb';
    return (parsed = files.map((f) => parseFile(f.path, f.bytes, { locale })));
  };
  const before = loadProject({ dir: resolve(io.cwd, dir ?? '.') }, { ...run, parsed: parseAll });
  const loaded = before;
  const locale = options.locale ?? renderLocale(before.repo.workspace?.data.locale);
  const m = words(locale).ssb;
  if (sources.bad.length > 0) throw new UsageError(m.badSource(sources.bad[0]!));
  if (sources.dirs.length > (options.dir === undefined ? 1 : 0)) throw new UsageError(m.twoFolders(options.dir ?? sources.dirs[0]!, sources.dirs.at(-1)!));
  const api = options.api ?? DEFAULT_API;
  if (!/^https?:\/\/[^/]/.test(api)) throw new UsageError(m.badApi(api));
  if (before.summary.errors > 0) {
    printErrors(io, before, loaded.files, { locale });
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
  const outcome = importSsb(indicators, tables, fileTexts(loaded.files, indicators), { defaultRegion, status: options.status, today: hooks.today ?? today(io.env) });
  const changed = outcome.files.map((f) => ({ path: f.path, bytes: encodeLike(loaded.files, f.path, f.text) }));
  // An indicator named with --indicator whose table is not part of this run is not imported: say so.
  const notGiven = options.indicators?.length ? indicators.filter((i) => !tables.has(i.source.table)).map((i) => ({ id: i.id, table: i.source.table })) : [];
  const report = formatReport(outcome, { unusedTables: unused, notGiven, tables: tables.size, dryRun: options.dryRun === true, files: changed.length }, locale);
  const after = changed.length > 0 ? checkAfter(loaded, parsed, changed, run) : undefined;
  if (after && after.result.summary.errors > 0) {
    io.stdout.write(report);
    io.stderr.write(`plan: ${m.wouldBreak(after.result.summary.errors)}\n`);
    printErrors(io, after.result, after.files, { locale });
    return EXIT.problems;
  }
  if (!options.dryRun) for (const f of changed) atomicWrite(join(loaded.root, f.path), f.bytes, { force: true, within: loaded.root });
  io.stdout.write(report);
  return unused.length > 0 || notGiven.length > 0 || outcome.reports.some((r) => r.problems.length > 0) ? EXIT.problems : EXIT.ok;
}
