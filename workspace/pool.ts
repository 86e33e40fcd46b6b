// A fixed set of scan workers. Batches go to the worker with the fewest pending batches; the caller
// bounds how many are in flight, so nothing queues without limit.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { WORKER_CODE_CACHE } from './codeCache';
import type { HushConfig } from '../engine/config';
import type { FileResult } from './types';
import type { FileTask } from './scanFile';
import type { HistoryBatch, HistoryBatchResult } from '../git/historyBatch';
import type { BatchRequest, BatchResponse, HistoryBatchRequest, WorkerInit } from './scanWorker';

/**
 * A small young generation per worker: each file's text is garbage as soon as it is scanned, and V8 would
 * otherwise grow every worker's nursery towards its default maximum. On a 100,000-file tree this keeps the
 * scanning process ~30 MB smaller at no cost in speed (measured with `npm run bench -- load`). The old
 * generation is left alone: a big file must never run a worker out of memory.
 */
const WORKER_YOUNG_GENERATION_MB = 8;

/** The built worker entry next to the running bundle (dist/scanWorker.js). */
export function defaultWorkerScript(): string {
  return join(__dirname, 'scanWorker.js');
}

/**
 * How a worker starts `script`: through scanWorkerBoot.js (its bundle from V8's code cache, see codeCache.ts) when
 * the CLI's launcher runs this process from the cache and the boot file sits beside the script; else the script.
 */
function workerEntry(script: string): { entry: string; argv: string[] } {
  const boot = join(dirname(script), 'scanWorkerBoot.js');
  if ((globalThis as Record<symbol, unknown>)[WORKER_CODE_CACHE] === true && existsSync(boot)) return { entry: boot, argv: [script] };
  return { entry: script, argv: [] };
}

/** A batch waiting for its worker: a file batch resolves empty when the worker fails, a history batch rejects. */
interface Waiting {
  resolve(results: unknown): void;
  reject?(error: Error): void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Waiting>;
  /** Nested config ids this worker has been sent. */
  known: Set<number>;
}

export class ScanPool {
  private readonly slots: Slot[] = [];
  private nextId = 0;
  private failure: Error | undefined;

  constructor(size: number, script: string, init: WorkerInit) {
    const { entry, argv } = workerEntry(script);
    for (let i = 0; i < size; i++) {
      const worker = new Worker(entry, { argv, workerData: init, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
      const slot: Slot = { worker, pending: new Map(), known: new Set() };
      slot.worker.on('message', (msg: BatchResponse) => {
        const waiting = slot.pending.get(msg.id);
        slot.pending.delete(msg.id);
        if (msg.error === undefined) waiting?.resolve(msg.results);
        else waiting?.reject?.(new Error(msg.error));
      });
      const fail = (err: Error) => {
        this.failure ??= err;
        for (const waiting of slot.pending.values()) settleEmpty(waiting, err);
        slot.pending.clear();
      };
      slot.worker.on('error', fail);
      slot.worker.on('exit', (code) => {
        if (slot.pending.size > 0) fail(new Error(`scan worker exited with code ${code}`));
      });
      this.slots.push(slot);
    }
  }

  /** First worker failure, if any (its batches resolved empty). */
  get error(): Error | undefined {
    return this.failure;
  }

  /** The worker with the fewest batches pending. */
  private leastBusy(): Slot {
    let slot = this.slots[0]!;
    for (const s of this.slots) if (s.pending.size < slot.pending.size) slot = s;
    return slot;
  }

  /** `configOf(id)` gives a nested config the chosen worker may not have yet. */
  run(tasks: FileTask[], configOf?: (id: number) => HushConfig | undefined): Promise<FileResult[]> {
    if (this.failure) return Promise.resolve([]);
    const slot = this.leastBusy();
    const id = this.nextId++;
    let configs: [number, HushConfig][] | undefined;
    for (const t of tasks) {
      if (t.configId === undefined || slot.known.has(t.configId)) continue;
      const config = configOf?.(t.configId);
      if (!config) continue;
      slot.known.add(t.configId);
      (configs ??= []).push([t.configId, config]);
    }
    return new Promise((resolve) => {
      slot.pending.set(id, { resolve: resolve as (results: unknown) => void });
      slot.worker.postMessage((configs ? { id, tasks, configs } : { id, tasks }) satisfies BatchRequest);
    });
  }

  /** Scans a history batch with the pool's config; rejects when a worker fails (a history's findings are never dropped). */
  scanHistory(history: HistoryBatch): Promise<HistoryBatchResult> {
    if (this.failure) return Promise.reject(this.failure);
    const slot = this.leastBusy();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      slot.pending.set(id, { resolve: resolve as (results: unknown) => void, reject });
      slot.worker.postMessage({ id, history } satisfies HistoryBatchRequest);
    });
  }

  /** Stops every worker; pending file batches resolve empty, history batches reject. */
  async close(): Promise<void> {
    for (const slot of this.slots) {
      for (const waiting of slot.pending.values()) settleEmpty(waiting, new Error('scan workers closed'));
      slot.pending.clear();
    }
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

function settleEmpty(waiting: Waiting, error: Error): void {
  if (waiting.reject) waiting.reject(error);
  else waiting.resolve([]);
}
