import type { CheckResult, SourceInput } from '../../check/check-repository.js';
import { parseFile, type ParsedFile } from '../../load/parse-file.js';
import { loadProject, type ProjectOptions } from '../../project/load-project.js';
import type { LoadedRepository } from '../../workspace/load-repository.js';

/**
 * Checks the repository as it would be with the import's files: the same check
 * as `plan validate`, on the new bytes of the changed files and the parsed files
 * of the others, so nothing is written that would not validate. Pure.
 */
export function checkAfter(loaded: LoadedRepository, parsed: readonly ParsedFile[], changed: readonly { path: string; bytes: Uint8Array }[], run: Pick<ProjectOptions, 'locale' | 'env' | 'today'> = {}): { result: CheckResult; files: SourceInput[] } {
  const byPath = new Map(changed.map((c) => [c.path, c.bytes]));
  const files = loaded.files.map((f) => (byPath.has(f.path) ? { path: f.path, bytes: byPath.get(f.path)! } : f));
  const reparsed = files.map((f, i) => (byPath.has(f.path) ? parseFile(f.path, f.bytes) : parsed[i]!));
  return { result: loadProject({ files, root: loaded.root, ...(loaded.catalogFile && { catalogFile: loaded.catalogFile }) }, { ...run, parsed: reparsed }), files };
}
