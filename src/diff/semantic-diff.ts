import { isLocale, type Locale } from '../i18n/locale.js';
import { titleOf, type Entry } from '../model/repository.js';
import { diffValue, type Change } from './diff-value.js';
import { diffOkonomiplans, type OkonomiplanDiff } from './budget-diff.js';
import { byId, placeOf, type DiffSnapshot } from './snapshot.js';
import { summarise, type DiffSummary } from './summarise.js';

export type { Change } from './diff-value.js';

/** One side as the diff sees it: what was read and, when it had a plan.yaml, the checked repository. */
export interface DiffSide {
  label: string;
  commit?: string;
  snapshot?: DiffSnapshot;
}

/** What the report says about each side, so a reviewer knows when one no longer validates. */
export interface SideInfo {
  label: string;
  commit?: string;
  /** False when the side has no plan.yaml (the repository is created or deleted). */
  present: boolean;
  files: number;
  documents: number;
  errors: number;
  warnings: number;
}

/** A document that differs between the sides, matched by id whatever its file. */
export interface DocumentDiff {
  id: string;
  kind: string;
  title?: string;
  /** `moved` alone is not a change: the document is the same, in another file. */
  status: 'added' | 'removed' | 'changed' | 'moved';
  /** The file on the head side (the base side for a removed document). */
  file: string;
  /** The file on the base side, when the document moved. */
  from?: string;
  /** Every difference inside a changed document; empty for added, removed and moved ones. */
  changes: Change[];
  /**
   * For a removed document whose file has errors on the head side (or an added
   * one whose file had errors on the base side): it may not be gone (or new),
   * only unreadable there.
   */
  fileHasErrors?: 'base' | 'head';
}

export interface DiffResult {
  base: SideInfo;
  head: SideInfo;
  /** True when a document was added, removed or changed (moves do not count). */
  changed: boolean;
  counts: { added: number; removed: number; changed: number; moved: number };
  documents: DocumentDiff[];
  summary: DiffSummary;
  /** What changed in each økonomiplan (src/diff/budget-diff.ts). */
  okonomiplan?: OkonomiplanDiff[];
  /** The report locale: the head workspace's, else the base's, else nb. */
  locale: Locale;
  /** What budget figures are in (Workspace.amountUnit and currency; head first). */
  amountUnit: number;
  currency: string;
}

/** A document diff with its place (file, index) for sorting. */
type Ordered = DocumentDiff & { order: [string, number] };

/**
 * Compares two checked repositories by document id. Pure: the git reading and
 * the checks happen before. A document moved to another file or reordered is
 * the same document; inside a document, lists are matched by natural key.
 */
export function semanticDiff(base: DiffSide, head: DiffSide): DiffResult {
  const before = byId(base.snapshot);
  const after = byId(head.snapshot);
  const brokenBefore = new Set(base.snapshot?.errorFiles);
  const brokenAfter = new Set(head.snapshot?.errorFiles);
  const documents: Ordered[] = [];

  for (const [id, b] of after) {
    const a = before.get(id);
    const { file, index } = placeOf(b);
    const order: [string, number] = [file, index];
    if (!a) {
      const doc: Ordered = { id, kind: b.kind, ...title(b), status: 'added', file, changes: [], order };
      if (brokenBefore.has(file)) doc.fileHasErrors = 'base';
      documents.push(doc);
      continue;
    }
    const changes: Change[] = [];
    diffValue('', '', a.data, b.data, changes);
    const from = placeOf(a).file;
    const moved = from !== file;
    if (changes.length === 0 && !moved) continue;
    const doc: Ordered = { id, kind: b.kind, ...title(b), status: changes.length > 0 ? 'changed' : 'moved', file, changes, order };
    if (moved) doc.from = from;
    documents.push(doc);
  }
  for (const [id, a] of before) {
    if (after.has(id)) continue;
    const { file, index } = placeOf(a);
    const doc: Ordered = { id, kind: a.kind, ...title(a), status: 'removed', file, changes: [], order: [file, index] };
    if (brokenAfter.has(file)) doc.fileHasErrors = 'head';
    documents.push(doc);
  }
  documents.sort((x, y) => (x.order[0] < y.order[0] ? -1 : x.order[0] > y.order[0] ? 1 : x.order[1] - y.order[1]) || (x.id < y.id ? -1 : 1));

  const counts = { added: 0, removed: 0, changed: 0, moved: 0 };
  for (const d of documents) counts[d.status]++;
  return {
    base: sideInfo(base),
    head: sideInfo(head),
    changed: counts.added + counts.removed + counts.changed > 0,
    counts,
    documents: documents.map(({ order: _order, ...d }) => d),
    summary: summarise(base.snapshot, head.snapshot, documents),
    okonomiplan: diffOkonomiplans(base.snapshot?.okonomiplans, head.snapshot?.okonomiplans),
    locale: workspaceField(head, base, 'locale', isLocale) ?? 'nb',
    amountUnit: workspaceField(head, base, 'amountUnit', (x): x is number => typeof x === 'number' && x > 0) ?? 1,
    currency: workspaceField(head, base, 'currency', (x): x is string => typeof x === 'string' && /^[A-Z]{3}$/.test(x)) ?? 'NOK',
  };
}

function title(e: Entry): { title?: string } {
  const t = titleOf(e);
  return t === undefined ? {} : { title: t };
}

function sideInfo(side: DiffSide): SideInfo {
  const info: SideInfo = {
    label: side.label,
    present: side.snapshot !== undefined,
    files: side.snapshot?.summary.files ?? 0,
    documents: side.snapshot?.summary.documents ?? 0,
    errors: side.snapshot?.summary.errors ?? 0,
    warnings: side.snapshot?.summary.warnings ?? 0,
  };
  if (side.commit) info.commit = side.commit;
  return info;
}

/** A Workspace setting from the head side, else the base side, when it has the expected form (a side's plan.yaml may fail its schema). */
function workspaceField<K extends 'locale' | 'amountUnit' | 'currency', T>(head: DiffSide, base: DiffSide, key: K, ok: (x: unknown) => x is T): T | undefined {
  for (const side of [head, base]) {
    const workspace = side.snapshot?.repo.workspace;
    const value: unknown = workspace && Object.hasOwn(workspace.data, key) ? workspace.data[key] : undefined;
    if (ok(value)) return value;
  }
  return undefined;
}
