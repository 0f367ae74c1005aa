import { parentPort } from 'node:worker_threads';
import { decode } from './decode.js';
import { fastParse } from './fast-parse.js';

/**
 * A worker of parseFiles: reads files with the fast parser and sends back their
 * documents as plain data, or null for a file that needs the slow path (which the
 * main thread takes, so every diagnostic and position comes from one place).
 */
parentPort?.once('message', (files: Uint8Array[]) => {
  const out = files.map((bytes) => {
    const decoded = decode(bytes);
    if (!decoded.ok) return null;
    // As parseFile does: one leading BOM is allowed and dropped.
    return fastParse(decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text) ?? null;
  });
  parentPort!.postMessage(out);
});
