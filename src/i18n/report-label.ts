import type { Locale } from './locale.js';
import { words } from './words.js';

/**
 * A word of the report templates by its dotted key (`{{t "section.goals"}}`):
 * `status.<status>` reads the shared indicator-status vocabulary, every other
 * key the catalogue's `report` section. Undefined when no such key exists.
 */
export function reportLabel(locale: Locale, key: string): string | undefined {
  const w = words(locale);
  const table = (key.startsWith('status.') ? prefixed(w.indicatorStatus, 'status.') : w.report) as Record<string, string>;
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** Every key templates can ask for, for documentation and tests. */
export function reportLabelKeys(): string[] {
  const w = words('nb');
  return [...Object.keys(w.report), ...Object.keys(w.indicatorStatus).map((s) => `status.${s}`)];
}

const PREFIXED = new WeakMap<object, Record<string, string>>();

function prefixed(table: Record<string, string>, prefix: string): Record<string, string> {
  let out = PREFIXED.get(table);
  if (!out) PREFIXED.set(table, (out = Object.fromEntries(Object.entries(table).map(([k, v]) => [`${prefix}${k}`, v]))));
  return out;
}
