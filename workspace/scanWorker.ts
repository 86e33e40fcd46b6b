// Worker thread: builds its own scanner from the config it is given, then scans batches of files and
// posts back per-file results (masked findings only; no file text crosses the thread boundary).
import { parentPort, workerData } from 'node:worker_threads';
import type { HushConfig } from '../engine';
import { makeScanner, safeScanFile, type FileScanSettings, type FileTask } from './scanFile';

export interface WorkerInit {
  config: HushConfig;
  settings: FileScanSettings;
}

export interface BatchRequest {
  id: number;
  tasks: FileTask[];
}

const { config, settings } = workerData as WorkerInit;
const scanner = makeScanner(config);

parentPort!.on('message', (msg: BatchRequest) => {
  parentPort!.postMessage({ id: msg.id, results: msg.tasks.map((t) => safeScanFile(scanner, t, settings)) });
});
