import type { CheckContext } from './context.js';
import type { Entry } from '../model/repository.js';
import { lineAt } from '../load/parse-file.js';
import { kindSpec, withArticle, type ItemList } from '../kinds/registry.js';

/**
 * `id/duplicate`: document ids are unique across the repository, and item ids
 * (units, focus areas, calendar events, materiality targets, budget frames by unit and
 * the changes of each frame) within their document.
 */
export function checkIds(ctx: CheckContext): void {
  const first = new Map<string, Entry>();
  for (const entry of ctx.repo.all) {
    const seen = first.get(entry.id);
    if (!seen) {
      first.set(entry.id, entry);
      continue;
    }
    const line = lineAt(seen.doc, ['id']);
    ctx.report(entry, ['id'], 'value', {
      rule: 'id/duplicate',
      message: `id "${entry.id}" is already used by ${withArticle(seen.kind)}`,
      hint: `first defined in ${seen.doc.source.path}:${line}; ids must be unique across the repository`,
    });
  }
  for (const entry of ctx.repo.all) {
    if (!entry.valid) continue;
    for (const [list, key] of itemLists(entry)) checkItems(ctx, entry, list, key);
  }
}

/** The lists inside a document whose items carry their own key, by path, as the registry of kinds lists them. */
function itemLists(entry: Entry): [(string | number)[], ItemList['key']][] {
  const data = entry.data as unknown as Record<string, unknown>;
  return kindSpec(entry.kind).items.flatMap((item): [(string | number)[], ItemList['key']][] => {
    const nested = item.nested;
    const outer: [(string | number)[], ItemList['key']] = [[item.list], item.key];
    if (!nested) return [outer];
    const items = data[item.list];
    const inner = Array.isArray(items) ? items.map((_, i): [(string | number)[], ItemList['key']] => [[item.list, i, nested.list], nested.key]) : [];
    return [outer, ...inner];
  });
}

function checkItems(ctx: CheckContext, entry: Entry, path: (string | number)[], key: ItemList['key']): void {
  let items: unknown = entry.data;
  for (const segment of path) items = (items as Record<string | number, unknown> | null | undefined)?.[segment];
  if (!Array.isArray(items)) return;
  const list = path.filter((s) => typeof s === 'string').join('.');
  const seen = new Map<string, number>();
  items.forEach((item: Record<string, unknown>, index) => {
    const value = item[key];
    if (typeof value !== 'string') return;
    const before = seen.get(value);
    if (before === undefined) {
      seen.set(value, index);
      return;
    }
    ctx.report(entry, [...path, index, key], 'value', {
      rule: 'id/duplicate',
      message: key === 'target' ? `target "${value}" is assessed twice in this assessment` : key === 'unit' ? `unit "${value}" has two frames in this budget` : `${list} id "${value}" is used twice in this ${path.length > 1 ? 'frame' : 'document'}`,
      hint: `the first is item ${before + 1} of ${list}`,
    });
  });
}
