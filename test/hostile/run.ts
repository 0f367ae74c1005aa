import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import { checkRepository, type CheckResult } from '../../src/check/check-repository.js';
import { json } from '../../src/output/diagnostics/json.js';
import { stylish } from '../../src/output/diagnostics/stylish.js';
import { sourceLines } from '../../src/load/source-lines.js';
import { loadRepository, type LoadOptions } from '../../src/workspace/load-repository.js';
import { pollution, positionProblems } from '../property/assertions.js';

export interface Outcome {
  result: CheckResult;
  /** `rule file` of every diagnostic. */
  found: string[];
  json: string;
  stylish: string;
}

/**
 * Loads and checks a repository on disk in-process (so prototype pollution would
 * show in this process), formats it both ways, and asserts what must hold for any
 * input: positions inside the files read, JSON that parses, a clean Object.prototype.
 */
export function run(dir: string, options: LoadOptions = {}): Outcome {
  const loaded = loadRepository(dir, options);
  const result = checkRepository(loaded);
  const files = loaded.catalogFile ? [...loaded.files, loaded.catalogFile] : loaded.files;
  const report = { diagnostics: result.diagnostics, summary: result.summary, lineText: sourceLines(files) };
  const out = { result, found: result.diagnostics.map((d) => `${d.rule} ${d.file}`), json: json(report, { locale: 'nb', color: false }), stylish: stylish(report, { locale: 'nb', color: false }) };
  const problems = positionProblems(
    result.diagnostics.filter((d) => files.some((f) => f.path === d.file)),
    files,
  );
  // Files that were not read (too large, links not followed) are still named, at 1:1, and exist.
  for (const d of result.diagnostics.filter((x) => !files.some((f) => f.path === x.file))) {
    lstatSync(join(loaded.root, d.file));
    if (d.line !== 1 || d.column !== 1) problems.push(`${d.rule} ${d.file}: an unread file is named at 1:1`);
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
  JSON.parse(out.json);
  const polluted = pollution();
  if (polluted.length > 0 || ({} as Record<string, unknown>).polluted !== undefined) throw new Error(`Object.prototype polluted: ${polluted.join(', ')}`);
  return out;
}
