import { parentPort } from 'node:worker_threads';
import { decode } from './decode.js';
import { fastParse } from './fast-parse.js';

/**
 * A worker of parseFiles: reads files with the fast parser and sends back their
 * documents, or null for a file that needs the slow path (which the main thread
 * takes, so every diagnostic and position comes from one place).
 *
 * The documents travel as one JSON text: the main thread's JSON.parse builds them
 * about four times faster than structured clone does (docs/PERFORMANCE.md). JSON
 * cannot carry NaN, ±Infinity or -0, so a file with such a number is handed back too.
 */
parentPort?.once('message', (files: Uint8Array[]) => {
  const parts = files.map((bytes) => {
    const decoded = decode(bytes);
    if (!decoded.ok) return 'null';
    // As parseFile does: one leading BOM is allowed and dropped.
    const docs = fastParse(decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text);
    if (!docs) return 'null';
    let lossy = false;
    const json = JSON.stringify(docs, (_key, value: unknown) => {
      if (typeof value === 'number' && (value === 0 ? 1 / value < 0 : !Number.isFinite(value))) lossy = true;
      return value;
    });
    return lossy ? 'null' : json;
  });
  parentPort!.postMessage(`[${parts.join(',')}]`);
});
