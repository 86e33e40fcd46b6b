// What regexGuard.ts and its worker (regexWorker.ts) share: the worker's data and the shared words' meaning.
import type { MessagePort } from 'node:worker_threads';

/** Indexes into the shared Int32Array: all jobs done, the worker ready. */
export const DONE = 0;
export const READY = 1;

export interface RegexWorkerData {
  port: MessagePort;
  state: SharedArrayBuffer;
}
