import type { CheckContext } from './context.js';
import type { Entry } from '../model/repository.js';

/**
 * `id/duplicate`: document ids are unique across the repository, and item ids
 * (units, focus areas, calendar events, materiality targets) within their document.
 */
export function checkIds(ctx: CheckContext): void {
  const first = new Map<string, Entry>();
  for (const entry of ctx.repo.all) {
    const seen = first.get(entry.id);
    if (!seen) {
      first.set(entry.id, entry);
      continue;
    }
    const line = seen.doc.source.span(...rangeOfId(seen)).line;
    ctx.report(entry, ['id'], 'value', {
      rule: 'id/duplicate',
      message: `id "${entry.id}" is already used by a ${seen.kind}`,
      hint: `first defined in ${seen.doc.source.path}:${line}; ids must be unique across the repository`,
    });
  }
  for (const entry of ctx.repo.all) {
    if (!entry.valid) continue;
    for (const [list, key] of itemLists(entry)) checkItems(ctx, entry, list, key);
  }
}

function rangeOfId(entry: Entry): [number, number] {
  const node = entry.doc.yaml.get('id', true) as { range?: [number, number, number] } | undefined;
  const r = node?.range ?? entry.doc.yaml.range;
  return [r[0], r[1]];
}

/** The lists inside a document whose items carry their own key. */
function itemLists(entry: Entry): [string, 'id' | 'target'][] {
  switch (entry.kind) {
    case 'Workspace':
      return [['units', 'id']];
    case 'Plan':
      return [['focusAreas', 'id']];
    case 'Calendar':
      return [['events', 'id']];
    case 'MaterialityAssessment':
      return [['entries', 'target']];
    default:
      return [];
  }
}

function checkItems(ctx: CheckContext, entry: Entry, list: string, key: 'id' | 'target'): void {
  const items = (entry.data as unknown as Record<string, unknown>)[list];
  if (!Array.isArray(items)) return;
  const seen = new Map<string, number>();
  items.forEach((item: Record<string, unknown>, index) => {
    const value = item[key];
    if (typeof value !== 'string') return;
    const before = seen.get(value);
    if (before === undefined) {
      seen.set(value, index);
      return;
    }
    ctx.report(entry, [list, index, key], 'value', {
      rule: 'id/duplicate',
      message: key === 'target' ? `target "${value}" is assessed twice in this assessment` : `${list} id "${value}" is used twice in this document`,
      hint: `the first is item ${before + 1} of ${list}`,
    });
  });
}
