import { availableParallelism, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { parseFile, parseFast, type ParsedFile, type ParseOptions } from './parse-file.js';

/** Below this much YAML a second thread costs more to start than it saves. */
const PARALLEL_MIN_BYTES = 2 * 1024 * 1024;

/** The built worker; two folders up from both src/load and dist/load is the package root. */
const WORKER = new URL('../../dist/load/parse-worker.js', import.meta.url);

/**
 * Parses every file, like parseFile on each, but on a large repository with the
 * fast parser on a second thread for part of the files. The result is the same as
 * parsing one by one: the worker only runs the fast path and hands files that
 * need the slow path back to this thread.
 */
export async function parseFiles(
  files: readonly { path: string; bytes: Uint8Array }[],
  options: ParseOptions & {
    /** Use a second thread from this many bytes of YAML on (tests set 0). */
    parallelMinBytes?: number;
    /** 1: never a second thread; 2: always one (from parallelMinBytes on); default: when a core is idle. */
    threads?: 1 | 2;
  } = {},
): Promise<ParsedFile[]> {
  const total = files.reduce((n, f) => n + f.bytes.length, 0);
  const wanted = options.threads === 2 || options.parallelMinBytes === 0 ? true : options.threads === 1 ? false : idleCore();
  if (options.slowPath || total < (options.parallelMinBytes ?? PARALLEL_MIN_BYTES) || files.length < 2 || !wanted || availableParallelism() < 2) return files.map((f) => parseFile(f.path, f.bytes, options));
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
 * Whether another core is free: a second thread only pays when it gets a core of its
 * own. On a busy machine (load average at or above all cores but one) it competes
 * with this thread and makes the whole slower, measurably (docs/PERFORMANCE.md).
 */
function idleCore(): boolean {
  return (loadavg()[0] ?? 0) < availableParallelism();
}

/** Runs the worker on some files; undefined when it cannot run (then this thread parses them). */
function runWorker(files: Uint8Array[]): Promise<(Record<string, unknown>[] | null)[] | undefined> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(WORKER);
    } catch {
      resolve(undefined);
      return;
    }
    worker.once('message', (out: (Record<string, unknown>[] | null)[]) => {
      resolve(out);
      void worker.terminate();
    });
    worker.once('error', () => resolve(undefined));
    worker.once('exit', () => resolve(undefined));
    worker.postMessage(files);
  });
}
