import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { parseFile, parseFast, type ParsedFile, type ParseOptions } from './parse-file.js';

/** Below this much YAML a second thread costs more to start than it saves. */
const PARALLEL_MIN_BYTES = 2 * 1024 * 1024;

/** The built worker; two folders up from both src/load and dist/load is the package root. */
const WORKER = new URL('../../dist/load/parse-worker.js', import.meta.url);

/**
 * Parses every file, like parseFile on each. With `threads: 2` (PLANVERK_THREADS=2),
 * a large repository's files are parsed partly on a second thread; the result is the
 * same as parsing one by one: the worker only runs the fast path and hands files that
 * need the slow path back to this thread.
 *
 * One thread is the default: on the 2-core machines measured, two threads that both
 * allocate heavily slow each other down more than the split saves, now that the plain
 * parser makes parsing cheap (docs/PERFORMANCE.md).
 */
export async function parseFiles(
  files: readonly { path: string; bytes: Uint8Array }[],
  options: ParseOptions & {
    /** Use a second thread from this many bytes of YAML on (tests set 0, with threads: 2). */
    parallelMinBytes?: number;
    /** 2: a second thread for large repositories; anything else: one thread. */
    threads?: 1 | 2;
  } = {},
): Promise<ParsedFile[]> {
  const total = files.reduce((n, f) => n + f.bytes.length, 0);
  if (options.slowPath || options.threads !== 2 || total < (options.parallelMinBytes ?? PARALLEL_MIN_BYTES) || files.length < 2 || availableParallelism() < 2) {
    return files.map((f) => parseFile(f.path, f.bytes, options));
  }
  // The worker starts while this thread parses the first part: give it a little less.
  let split = 0;
  for (let bytes = 0; split < files.length && bytes < total * 0.55; split++) bytes += files[split]!.bytes.length;
  const theirs = files.slice(split);
  const pending = runWorker(theirs.map((f) => f.bytes));
  const mine = files.slice(0, split).map((f) => parseFile(f.path, f.bytes, options));
  const results = await pending;
  return [
    ...mine,
    ...theirs.map((f, i) => {
      const docs = results?.[i];
      return docs ? parseFast(f.path, f.bytes, docs) : parseFile(f.path, f.bytes, options);
    }),
  ];
}

/**
 * Runs the worker on some files; undefined when it cannot run (then this thread parses
 * them). The documents come back as one JSON text: JSON.parse builds them here about
 * four times faster than structured clone would.
 */
function runWorker(files: Uint8Array[]): Promise<(Record<string, unknown>[] | null)[] | undefined> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(WORKER);
    } catch {
      resolve(undefined);
      return;
    }
    worker.once('message', (json: string) => {
      let out: unknown;
      try {
        out = JSON.parse(json);
      } catch {
        out = undefined;
      }
      resolve(Array.isArray(out) && out.length === files.length ? (out as (Record<string, unknown>[] | null)[]) : undefined);
      void worker.terminate();
    });
    worker.once('error', () => resolve(undefined));
    worker.once('exit', () => resolve(undefined));
    worker.postMessage(files);
  });
}
