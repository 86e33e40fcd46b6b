// Worker thread: builds its own scanners (one per config, on first use) from the configs it is given, then scans batches of files and
// posts back per-file results (masked findings only; no file text crosses the thread boundary).
import { parentPort, workerData } from 'node:worker_threads';
import type { HushConfig } from '../engine';
import { safeScanFile, ScannerSet, type FileScanSettings, type FileTask } from './scanFile';

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

const { config, settings } = workerData as WorkerInit;
const configs = new Map<number, HushConfig>([[0, config]]);
const scanners = new ScannerSet((id) => configs.get(id));

parentPort!.on('message', (msg: BatchRequest) => {
  for (const [id, c] of msg.configs ?? []) configs.set(id, c);
  parentPort!.postMessage({ id: msg.id, results: msg.tasks.map((t) => safeScanFile(scanners, t, settings)) });
});
