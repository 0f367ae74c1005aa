import type { DiffResult, SideInfo } from '../../diff/semantic-diff.js';
import { formatNumber } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locale.js';
import { reportLabel } from '../../i18n/report-label.js';
import { oneLine, truncate } from '../text.js';
import { words, type Catalogue } from '../../i18n/words.js';

/** Formats numbers the way the report's readers write them (nb: 1 500; en: 1,500). */
export function numberFormat(locale: DiffResult['locale']): (n: number, signed?: boolean) => string {
  return (n, signed = false) => formatNumber(n, locale, { maxDecimals: 6, signed });
}

/**
 * A value from a document, short and on one line: strings as they are, a number
 * as the report's readers write it (nb `−0,4`, `12 345`), the rest in YAML flow
 * style. Four-digit numbers are not grouped: they are mostly years (2029, not 2 029).
 */
export function valueText(value: unknown, max = 160, locale?: Locale): string {
  if (typeof value === 'number' && locale !== undefined) return formatNumber(value, locale, { maxDecimals: 6, grouping: Math.abs(value) >= 10000 });
  return truncate(oneLine(typeof value === 'string' ? value : flow(value)), max);
}

/** A document's `status` value in the report's words (`adopted` → Vedtatt), or the value itself when it has none. */
export function statusValueText(kind: unknown, value: unknown, locale: Locale): string {
  if (value === undefined || value === null) return '–';
  const key = kind === 'Plan' ? `planStatus.${String(value)}` : kind === 'Measure' ? `measureStatus.${String(value)}` : undefined;
  const benefit = kind === 'Benefit' ? (words(locale).scorecard.benefit as Record<string, string>)[String(value)] : undefined;
  return (key !== undefined ? reportLabel(locale, key) : benefit) ?? String(value);
}

/** `main (1a2b3c4)`, or the working tree. */
export function sideName(side: SideInfo, labels: Catalogue['diff']): string {
  const name = side.label === 'working tree' ? labels.workingTree : side.label;
  return side.commit && !side.label.includes(side.commit.slice(0, 7)) ? `${name} (${side.commit.slice(0, 7)})` : name;
}

/** One line about a side's health: files, documents and whether it validates. */
export function sideHealth(side: SideInfo, labels: Catalogue['diff']): string {
  if (!side.present) return labels.noPlan;
  const counts = labels.counts(side.files, side.documents);
  if (side.errors > 0) return `${counts}, ${labels.errors(side.errors)}: ${labels.runValidate}`;
  return `${counts}, ${labels.valid}${side.warnings > 0 ? ` (${labels.warnings(side.warnings)})` : ''}`;
}

/** YAML flow style, as planners write short mappings: `{ year: 2030, operating: -1200 }`. */
function flow(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(flow).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    const pairs = Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => `${plain(k)}: ${flow(v)}`);
    return pairs.length > 0 ? `{ ${pairs.join(', ')} }` : '{}';
  }
  return typeof value === 'string' ? plain(value) : String(value);
}

/** A string unquoted when YAML would read it back as the same string, else quoted. */
function plain(s: string): string {
  const risky = s === '' || /^[\s\-?:,[\]{}#&*!|>'"%@`]|[:#,[\]{}]\s|[:,]$|\s$/.test(s) || /^(true|false|null|~|yes|no|[-+]?(\d[\d_]*(\.\d*)?|\.\d+)([eE][-+]?\d+)?|0x[\da-fA-F]+|0o[0-7]+|\.inf|\.nan)$/i.test(s);
  return risky ? JSON.stringify(s) : s;
}
