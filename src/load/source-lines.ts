import type { SourceInput } from '../check/check-repository.js';
import { decode } from './decode.js';

/**
 * The text of a line of any loaded file, for code frames: decoded the way the
 * parser decoded it (UTF-8 or UTF-16 by byte order mark), 1-based, without its
 * line break. Empty for unknown files and files that are not text.
 */
export function sourceLines(files: readonly SourceInput[]): (file: string, line: number) => string {
  const bytesOf = new Map(files.map((f) => [f.path, f.bytes]));
  const cache = new Map<string, string[] | undefined>();
  return (file, line) => {
    if (!cache.has(file)) {
      const bytes = bytesOf.get(file);
      const decoded = bytes ? decode(bytes) : undefined;
      const text = decoded?.ok ? (decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text) : undefined;
      cache.set(file, text?.split('\n'));
    }
    return cache.get(file)?.[line - 1]?.replace(/\r$/, '') ?? '';
  };
}
