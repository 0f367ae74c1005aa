/**
 * Groups items under each key they name, in item order: an item appears once under
 * a key even when it names the key twice (as a `filter(… includes(key))` over the
 * items would list it). Built once, so a view that joins documents by id stays
 * linear in the number of documents instead of scanning every list for every item.
 */
export function groupBy<T, V>(items: readonly T[], keysOf: (item: T) => readonly unknown[], valueOf: (item: T) => V): Map<string, V[]> {
  const groups = new Map<string, V[]>();
  for (const item of items) {
    const keys = keysOf(item);
    const seen = keys.length > 1 ? new Set<unknown>() : undefined;
    for (const key of keys) {
      if (typeof key !== 'string' || seen?.has(key)) continue;
      seen?.add(key);
      const list = groups.get(key);
      if (list) list.push(valueOf(item));
      else groups.set(key, [valueOf(item)]);
    }
  }
  return groups;
}
