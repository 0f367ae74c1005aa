/** The outcome of turning a file's bytes into text. */
export type Decoded =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' }
  | { ok: false; rule: 'file/binary' | 'file/encoding'; message: string; offset: number };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Decodes a YAML file. YAML allows UTF-8 and UTF-16 (with a byte order mark);
 * a NUL byte in a file without a UTF-16 BOM means it is not text at all.
 */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return { ok: false, rule: 'file/binary', message: 'file is binary (it contains a NUL byte), not YAML text', offset: nul };
  }
  // Node's lenient decoder is much faster; a text without U+FFFD came from valid UTF-8,
  // and then dropping one leading BOM gives exactly what the strict decoder gives.
  const quick = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  if (!quick.includes('\uFFFD')) return { ok: true, text: quick.charCodeAt(0) === 0xfeff ? quick.slice(1) : quick, encoding: 'utf-8' };
  try {
    return { ok: true, text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    return { ok: false, rule: 'file/encoding', message: 'file is not valid UTF-8', offset: firstInvalidUtf8(bytes) };
  }
}

/** Offset of the first byte that breaks UTF-8, so the diagnostic can point at its line. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    for (let k = 1; k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += len;
  }
  return i;
}

/** 1-based line and column of a byte offset in a byte buffer (for files we could not decode). */
export function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
