import type { LoadedDocument } from '../load/parse-file.js';
import { kindSpec, type DocumentKind as Kind } from '../kinds/registry.js';
import type { PlanverkDocuments } from './schema-types.js';

/** The typed data of each kind, as the schemas define it (generated from the registry's schema files). */
export type KindData = { [K in Kind]: NonNullable<PlanverkDocuments[K]> };

/** One document of a known kind, with where it came from and whether its schema check passed. */
export interface Entry<K extends Kind = Kind> {
  kind: K;
  id: string;
  data: KindData[K];
  doc: LoadedDocument;
  /** True when the document matched its schema; only valid documents are fed to rules. */
  valid: boolean;
}

/**
 * The repository as a set of documents looked up by id and kind. Built from every
 * document with a known kind and an id, valid or not, so that a typo inside one
 * document does not turn every reference to it into a second error.
 */
export class Repository {
  readonly byId = new Map<string, Entry>();
  readonly all: Entry[] = [];
  private readonly kinds = new Map<Kind, Entry[]>();

  constructor(
    readonly workspace: Entry<'Workspace'> | undefined,
    entries: readonly Entry[],
  ) {
    for (const e of entries) this.add(e);
  }

  private add(entry: Entry): void {
    this.all.push(entry);
    // An id used twice (id/duplicate, an error of its own) stands for its first valid
    // document, else its first: the commands list and pick valid documents, so a view asked
    // for one must find that one, not an invalid namesake before it.
    const known = this.byId.get(entry.id);
    if (!known || (!known.valid && entry.valid)) this.byId.set(entry.id, entry);
    const list = this.kinds.get(entry.kind) ?? [];
    list.push(entry);
    this.kinds.set(entry.kind, list);
  }

  /** Every document of a kind, in file order. Pass `validOnly` for rules. */
  ofKind<K extends Kind>(kind: K, validOnly = false): Entry<K>[] {
    const list = (this.kinds.get(kind) ?? []) as Entry<K>[];
    return validOnly ? list.filter((e) => e.valid) : list;
  }

  /** The document with an id, when it has the expected kind. */
  get<K extends Kind>(id: string | null | undefined, kind: K): Entry<K> | undefined {
    if (id === null || id === undefined) return undefined;
    const e = this.byId.get(id);
    return e && e.kind === kind ? (e as Entry<K>) : undefined;
  }

  /** A valid plan and its valid parents, nearest first; stops at a cycle or an invalid plan. */
  planChain(plan: Entry<'Plan'>): Entry<'Plan'>[] {
    const chain: Entry<'Plan'>[] = [];
    const seen = new Set<string>();
    for (let p: Entry<'Plan'> | undefined = plan; p && p.valid && !seen.has(p.id); p = this.get(p.data.parent, 'Plan')) {
      seen.add(p.id);
      chain.push(p);
    }
    return chain;
  }

  /** Unit ids of the Workspace (read defensively: an invalid plan.yaml is still the workspace). */
  unitIds(): Set<string> {
    return (this.units ??= this.readUnitIds());
  }

  private units: Set<string> | undefined;

  private readUnitIds(): Set<string> {
    const units: unknown = this.workspace?.data.units;
    if (!Array.isArray(units)) return new Set();
    return new Set(units.flatMap((u: unknown) => (u !== null && typeof u === 'object' && typeof (u as { id?: unknown }).id === 'string' ? [(u as { id: string }).id] : [])));
  }
}

/**
 * A document's human title: the field the registry of kinds names (`name` for the
 * Workspace, `title` for the rest), when it is a string. Read defensively, so it
 * serves documents that failed their schema too (the diff names those).
 */
export function titleOf(entry: Entry): string | undefined {
  const field = kindSpec(entry.kind).titleField;
  const value: unknown = field === undefined ? undefined : ownField(entry.data, field);
  return typeof value === 'string' ? value : undefined;
}

/** The kinds whose documents declare a `status` of their own (FORMAT.md). */
export type StatusKind = 'Plan' | 'Measure' | 'Benefit';

/**
 * The `status` a plan, measure or benefit declares, as written (no default: a measure
 * without one is `planned` to the views, but it did not say so); undefined for other kinds.
 */
export function statusOf(entry: Entry): string | undefined {
  if (entry.kind !== 'Plan' && entry.kind !== 'Measure' && entry.kind !== 'Benefit') return undefined;
  const value: unknown = ownField(entry.data, 'status');
  return typeof value === 'string' ? value : undefined;
}

/** An own field of a document's data (a `constructor` key must not find Object's). */
function ownField(data: unknown, key: string): unknown {
  return typeof data === 'object' && data !== null && Object.hasOwn(data, key) ? (data as Record<string, unknown>)[key] : undefined;
}
