// Checks one side of a diff on a worker thread, so both sides are checked at once.
import { parentPort, workerData } from 'node:worker_threads';
import { checkRepository, type CheckInput } from '../check/check-repository.js';
import { snapshot } from './snapshot.js';

parentPort?.postMessage(snapshot(checkRepository(workerData as CheckInput)));
