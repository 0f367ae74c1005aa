import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { checkRepository, type CheckInput } from '../check/check-repository.js';
import { snapshot, type DiffSnapshot } from './snapshot.js';

/**
 * Checks both sides of a diff. Checking dominates the time of a large diff, so
 * the base side is checked on a worker thread while this thread checks the
 * head. Without the compiled worker (running from sources) or when it fails,
 * both are checked here, one after the other, with the same result.
 */
export async function checkSides(base: CheckInput | undefined, head: CheckInput | undefined): Promise<[DiffSnapshot | undefined, DiffSnapshot | undefined]> {
  const check = (input: CheckInput | undefined) => (input ? snapshot(checkRepository(input)) : undefined);
  const workerUrl = new URL('./check-worker.js', import.meta.url);
  if (!base || !head || workerUrl.protocol !== 'file:' || !existsSync(fileURLToPath(workerUrl))) return [check(base), check(head)];
  const worker = new Worker(workerUrl, { workerData: base });
  const fromWorker = new Promise<DiffSnapshot | undefined>((resolve) => {
    worker.once('message', (snap: DiffSnapshot) => resolve(snap));
    worker.once('error', () => resolve(undefined));
    worker.once('exit', () => resolve(undefined));
  });
  const headSnapshot = check(head);
  const baseSnapshot = (await fromWorker) ?? check(base);
  await worker.terminate();
  return [baseSnapshot, headSnapshot];
}
