import { en } from './en.js';
import type { Locale } from './locale.js';
import { nb } from './nb.js';
import { nn } from './nn.js';

/** Every word planverk prints, by section; the bokmål catalogue defines the keys. */
export type Catalogue = typeof nb;

const CATALOGUES: Record<Locale, Catalogue> = { nb, nn, en };

/** The words of a locale. */
export function words(locale: Locale): Catalogue {
  return CATALOGUES[locale];
}

/** Fills `{name}` placeholders; unknown names stay as they are. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (m, key: string) => (key in values ? String(values[key]) : m));
}
