import type { SourceInput } from '../../check/check-repository.js';
import { closest } from '../../diagnostics/suggest.js';
import { UsageError } from '../../io.js';
import { decode } from '../../load/decode.js';
import type { Repository } from '../../model/repository.js';
import type { IndicatorInput } from './import-ssb.js';
import { type Catalogue } from '../../i18n/words.js';

/** The valid indicators with `source.ssb`, or only those --indicator names (each must exist and have one). */
export function selectIndicators(repo: Repository, only: readonly string[] | undefined, m: Catalogue['ssb']): IndicatorInput[] {
  const all = repo.ofKind('Indicator', true);
  for (const id of only ?? []) {
    const entry = all.find((e) => e.id === id);
    if (!entry) throw new UsageError(m.unknownIndicator(id, closest(id, all.map((e) => e.id))));
    if (!entry.data.source?.ssb) throw new UsageError(m.noSsb(id));
  }
  return all
    .filter((e) => e.data.source?.ssb && (only === undefined || only.length === 0 || only.includes(e.id)))
    .map((e) => ({
      id: e.id,
      file: e.doc.source.path,
      index: e.doc.index,
      source: e.data.source!.ssb!,
      actuals: e.data.actuals ?? [],
      ...(e.data.source!.retrieved !== undefined && { retrieved: e.data.source!.retrieved }),
    }));
}

/** The text of every file with an indicator to import into; UTF-16 files are left out (the import writes UTF-8 only). */
export function fileTexts(files: readonly SourceInput[], indicators: readonly IndicatorInput[]): Map<string, string> {
  const wanted = new Set(indicators.map((i) => i.file));
  const texts = new Map<string, string>();
  for (const f of files) {
    if (!wanted.has(f.path)) continue;
    const decoded = decode(f.bytes);
    if (decoded.ok && decoded.encoding === 'utf-8') texts.set(f.path, decoded.text);
  }
  return texts;
}

/** The new text as bytes, with the byte order mark the file had. */
export function encodeLike(files: readonly SourceInput[], path: string, text: string): Uint8Array {
  const old = files.find((f) => f.path === path)?.bytes;
  const bom = old !== undefined && old[0] === 0xef && old[1] === 0xbb && old[2] === 0xbf;
  return Buffer.from(bom ? `\uFEFF${text}` : text, 'utf8');
}
