import type { CheckResult } from '../check/check-repository.js';
import type { Okonomiplan } from '../model/okonomiplan/model.js';
import type { Entry, Repository } from '../model/repository.js';
import { okonomiplansOf } from './budget-diff.js';

/** One side of a diff: its typed repository and what the diff reports about its health. */
export interface DiffSnapshot {
  /** The typed repository of the side (src/model/repository.ts), as every command sees it. */
  repo: Repository;
  /**
   * The documents the diff compares: every entry of the repository, in file order,
   * except documents with YAML errors. Those are known by id to the checks, but their
   * data is a best guess: the diff treats them as unreadable, not as edited.
   */
  entries: readonly Entry[];
  /** Files with at least one error, whose documents may be unreadable. */
  errorFiles: string[];
  summary: CheckResult['summary'];
  /** The økonomiplan of every valid Budget (src/diff/budget-diff.ts compares them). */
  okonomiplans: Okonomiplan[];
}

/** A checked side (loadProject's result) as the diff compares it. */
export function snapshot(check: Pick<CheckResult, 'repo' | 'diagnostics' | 'summary'>): DiffSnapshot {
  return {
    repo: check.repo,
    entries: check.repo.all.filter((e) => !e.doc.broken),
    errorFiles: [...new Set(check.diagnostics.filter((d) => d.severity === 'error').map((d) => d.file))],
    summary: check.summary,
    okonomiplans: okonomiplansOf(check.repo),
  };
}

/** The first readable document with each id; a duplicate id is an error the check already reports. */
export function byId(snap: DiffSnapshot | undefined): Map<string, Entry> {
  const map = new Map<string, Entry>();
  for (const e of snap?.entries ?? []) if (!map.has(e.id)) map.set(e.id, e);
  return map;
}

/** The file of a document, relative to the root with `/`, and its place in the file. */
export function placeOf(e: Entry): { file: string; index: number } {
  return { file: e.doc.source.path, index: e.doc.index };
}
