import type { CheckResult } from '../check/check-repository.js';
import type { Kind } from '../check/schema.js';
import type { Okonomiplan } from '../model/okonomiplan/model.js';
import { okonomiplansOf } from './budget-diff.js';

/** One document as the diff needs it: plain data, so it can come back from a worker thread. */
export interface SnapshotEntry {
  id: string;
  kind: Kind;
  /** The file, relative to the root with `/`, and the document's place in it. */
  file: string;
  index: number;
  data: unknown;
  /** True when the document matched its schema. */
  valid: boolean;
}

/** A checked repository reduced to what the diff compares and reports. */
export interface DiffSnapshot {
  /** Every document with a known kind and an id, in file order. */
  entries: SnapshotEntry[];
  /** The plan.yaml Workspace data, when there is one. */
  workspace?: unknown;
  /** Files with at least one error, whose documents may be unreadable. */
  errorFiles: string[];
  summary: CheckResult['summary'];
  /** The økonomiplan of every valid Budget (src/diff/budget-diff.ts compares them). */
  okonomiplans?: Okonomiplan[];
}

/** Reduces a check result to its snapshot. */
export function snapshot(check: CheckResult): DiffSnapshot {
  const snap: DiffSnapshot = {
    // Documents with YAML errors are known by id to the checks, but their data is a
    // best guess: the diff treats them as unreadable, not as edited.
    entries: check.repo.all.filter((e) => !e.doc.broken).map((e) => ({ id: e.id, kind: e.kind, file: e.doc.source.path, index: e.doc.index, data: e.data, valid: e.valid })),
    errorFiles: [...new Set(check.diagnostics.filter((d) => d.severity === 'error').map((d) => d.file))],
    summary: check.summary,
    okonomiplans: okonomiplansOf(check.repo),
  };
  if (check.repo.workspace) snap.workspace = check.repo.workspace.data;
  return snap;
}

/** The documents of one kind, in file order; `validOnly` for those that matched their schema. */
export function ofKind(snap: DiffSnapshot | undefined, kind: Kind, validOnly = false): SnapshotEntry[] {
  return (snap?.entries ?? []).filter((e) => e.kind === kind && (!validOnly || e.valid));
}

/** The first document with each id; a duplicate id is an error the check already reports. */
export function byId(snap: DiffSnapshot | undefined): Map<string, SnapshotEntry> {
  const map = new Map<string, SnapshotEntry>();
  for (const e of snap?.entries ?? []) if (!map.has(e.id)) map.set(e.id, e);
  return map;
}
