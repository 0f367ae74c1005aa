import { ruleText, type CheckContext } from './context.js';
import type { Entry } from '../model/repository.js';
import { lineAt } from '../load/parse-file.js';
import { kindSpec, type ItemList } from '../kinds/registry.js';

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
    const t = ruleText(ctx)['id/duplicate'];
    ctx.report(entry, ['id'], 'value', {
      rule: 'id/duplicate',
      message: t.document(entry.id, seen.kind),
      hint: t.documentHint(`${seen.doc.source.path}:${line}`),
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
    const t = ruleText(ctx)['id/duplicate'];
    ctx.report(entry, [...path, index, key], 'value', {
      rule: 'id/duplicate',
      message: key === 'target' ? t.target(value) : key === 'unit' ? t.unit(value) : t.item(list, value, path.length > 1),
      hint: t.itemHint(before + 1, list),
    });
  });
}
