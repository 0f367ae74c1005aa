/** Builds bundle/ in memory: file name inside bundle/ → bytes. */
export function buildBundle(): Promise<Map<string, Uint8Array>>;
/** Writes bundle/, replacing what was there. */
export function writeBundle(): Promise<Map<string, Uint8Array>>;
export const BUNDLE_DIR: string;
