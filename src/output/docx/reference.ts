import { unzipSync } from 'fflate';

/**
 * word/styles.xml of a reference .docx (a municipality's own template), or
 * undefined when the bytes are not a zip with that part. Only that one part is
 * inflated, and only up to a size no styles part reaches, so a zip bomb stops here.
 */
export function referenceStyles(bytes: Uint8Array): string | undefined {
  try {
    const files = unzipSync(bytes, { filter: (f) => f.name === 'word/styles.xml' && f.originalSize < 20 * 1024 * 1024 });
    const part = files['word/styles.xml'];
    return part ? new TextDecoder('utf-8').decode(part) : undefined;
  } catch {
    return undefined;
  }
}
