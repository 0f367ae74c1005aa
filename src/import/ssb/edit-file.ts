import { isDeepStrictEqual } from 'node:util';
import type { Document } from 'yaml';
import { parsePlainYaml } from '../../load/plain-yaml.js';
import { yamlLib } from '../../load/yaml-lib.js';
import { actualsSplices, type EditProblem } from './edit-actuals.js';
import type { ActualsPlan } from './merge-actuals.js';
import { applySplices, type Splice } from './yaml-edit.js';

/** The import's changes to one Indicator document of a file. */
export interface DocumentEdit {
  /** The document's index in its file. */
  index: number;
  plan: ActualsPlan;
  /** The new `source.retrieved`, when it is set. */
  retrieved?: string;
}

export type FileEditResult = { ok: true; text: string } | { ok: false; index: number; problem: EditProblem };

/** How planverk reads YAML (src/load/parse-file.ts): 1.2, core schema; warnings are not printed. */
const OPTIONS = { schema: 'core', version: '1.2', uniqueKeys: false, prettyErrors: false, logLevel: 'silent' } as const;

/**
 * Applies the import's edits to the text of one file, in place: only the edited
 * scalars and the inserted lines change. The result is read back (as the loader
 * reads it) and must give
 * exactly the data intended — the edited documents with their new actuals and
 * `source.retrieved`, every other document as it was — or the file is refused
 * (a layout the edits do not handle, say) rather than written wrong.
 */
export function editFile(text: string, edits: readonly DocumentEdit[]): FileEditResult {
  const before = parse(text);
  const splices: Splice[] = [];
  for (const edit of edits) {
    const doc = before[edit.index];
    if (!doc) return { ok: false, index: edit.index, problem: { code: 'not-editable', what: 'shape' } };
    const result = actualsSplices(text, doc, edit.plan, edit.retrieved);
    if (!result.ok) return { ok: false, index: edit.index, problem: result.problem };
    splices.push(...result.splices);
  }
  const after = applySplices(text, splices);
  const reread = dataOf(after, before.length);
  const old = dataOf(text, before.length, before)!;
  if (!reread) return { ok: false, index: edits[0]?.index ?? 0, problem: { code: 'not-editable', what: 'verify' } };
  for (const [i, data] of reread.entries()) {
    if (!isDeepStrictEqual(data, expected(old[i], edits.find((e) => e.index === i)))) return { ok: false, index: i, problem: { code: 'not-editable', what: 'verify' } };
  }
  return { ok: true, text: after };
}

function parse(text: string): Document.Parsed[] {
  return yamlLib().parseAllDocuments(text, OPTIONS) as Document.Parsed[];
}

/**
 * The data of every document of a text, as planverk's loader reads it: with the
 * fast parser where it reads the file (it reads what `yaml` reads, several times
 * faster), else with `yaml`. Undefined when the text has YAML errors or another
 * number of documents than `count`.
 */
function dataOf(text: string, count: number, parsed?: Document.Parsed[]): unknown[] | undefined {
  const fast = parsePlainYaml(text);
  if (fast && fast.length === count) return fast;
  const docs = parsed ?? parse(text);
  if (docs.length !== count || docs.some((d) => d.errors.length > 0)) return undefined;
  return docs.map((d) => d.toJS({ maxAliasCount: 100 }));
}

/** What a document must read as after its edit. */
function expected(data: unknown, edit: DocumentEdit | undefined): unknown {
  if (!edit) return data;
  const out = { ...(data as Record<string, unknown>) };
  if (edit.plan.updates.length > 0 || edit.plan.inserts.length > 0) out.actuals = edit.plan.result;
  if (edit.retrieved !== undefined) out.source = { ...(out.source as Record<string, unknown>), retrieved: edit.retrieved };
  return out;
}
