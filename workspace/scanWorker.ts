// Worker thread: builds its own scanners (one per config, on first use) from the configs it is given, then scans batches of files and
// posts back per-file results (masked findings only; no file text crosses the thread boundary), or batches of a history's added text.
import { parentPort, workerData } from 'node:worker_threads';
import type { HushConfig } from '../engine';
import { scanHistoryBatch, type HistoryBatch, type HistoryBatchResult } from '../git/historyBatch';
import { safeScanFile, ScannerSet, type FileScanSettings, type FileTask } from './scanFile';
import { BEFORE_FIRST_ANSWER } from './codeCache';

export interface WorkerInit {
  config: HushConfig;
  settings: FileScanSettings;
}

export interface BatchRequest {
  id: number;
  tasks: FileTask[];
  /** Nested configs this worker has not been sent yet, by id (each sent once, before its first use). */
  configs?: [number, HushConfig][];
}

/** Added text of a history scan, scanned with the scan's own config (id 0). */
export interface HistoryBatchRequest {
  id: number;
  history: HistoryBatch;
}

/** A batch's answer; `error` when a history batch failed (a file's failure is its own result instead). */
export type BatchResponse = { id: number; results: unknown; error?: undefined } | { id: number; error: string };

/** Posts an answer; before the first one, lets the boot save the code cache (codeCache.ts BEFORE_FIRST_ANSWER). */
function answer(response: BatchResponse): void {
  const hook = (globalThis as Record<symbol, unknown>)[BEFORE_FIRST_ANSWER];
  if (typeof hook === 'function') {
    delete (globalThis as Record<symbol, unknown>)[BEFORE_FIRST_ANSWER];
    hook();
  }
  parentPort!.postMessage(response);
}

const { config, settings } = workerData as WorkerInit;
const configs = new Map<number, HushConfig>([[0, config]]);
const scanners = new ScannerSet((id) => configs.get(id));

function scanHistory(batch: HistoryBatch): HistoryBatchResult {
  const result = scanHistoryBatch(scanners.get(0), batch);
  // Custom rules stopped meanwhile: the scan goes on without them, the caller says so.
  if (scanners.timeouts.length > 0) result.ruleTimeouts = scanners.timeouts.splice(0);
  return result;
}

parentPort!.on('message', (msg: BatchRequest | HistoryBatchRequest) => {
  if ('history' in msg) {
    let response: BatchResponse;
    try {
      response = { id: msg.id, results: scanHistory(msg.history) };
    } catch (e) {
      response = { id: msg.id, error: (e as Error).message };
    }
    answer(response);
    return;
  }
  for (const [id, c] of msg.configs ?? []) configs.set(id, c);
  answer({ id: msg.id, results: msg.tasks.map((t) => safeScanFile(scanners, t, settings)) });
});
