// Runs a config's custom rules under a per-file time budget, the second line of defence behind the static
// proof (engine/detect/regexSafety.ts). A JavaScript regex cannot be interrupted on its own thread, so the
// rules run in a worker (dist/regexWorker.js) while the scanning thread waits, blocked, for at most the
// budget; past it the worker is terminated (V8 stops even a backtracking regex), the rule that was running
// is reported as timed out and the rest go on in a fresh worker. A round trip costs ~30 µs, paid only by
// files where a custom rule's keywords occur (or every file, for a rule without keywords).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { RegexHit, RegexJob, RegexRunner } from '../engine/detect/regexWindow';
import { DONE, READY, type RegexWorkerData } from './regexWorkerProtocol';

/** What all custom rules together may take on one file before the one running is stopped. */
export const CUSTOM_RULE_BUDGET_MS = 1000;
/** Starting a worker is not the rules' time: a loaded machine may take long to boot one. */
const WORKER_START_MS = 60_000;

interface Running {
  worker: Worker;
  port: MessagePort;
  words: Int32Array;
}

export class RegexGuard implements RegexRunner {
  private running: Running | undefined;

  constructor(
    private readonly script: string,
    readonly budgetMs = CUSTOM_RULE_BUDGET_MS,
  ) {}

  run(texts: readonly string[], jobs: readonly RegexJob[]): (RegexHit[] | 'timeout')[] {
    const results: (RegexHit[] | 'timeout')[] = new Array(jobs.length);
    let pending = jobs.map((_, k) => k);
    while (pending.length > 0) {
      const r = this.start();
      Atomics.store(r.words, DONE, 0);
      r.port.postMessage({ texts, jobs: pending.map((k) => jobs[k]) });
      const waited = Atomics.wait(r.words, DONE, 0, this.budgetMs);
      const stopped = waited === 'timed-out' && Atomics.load(r.words, DONE) !== 1;
      // V8 stops even a backtracking regex on terminate; what the worker sent before still arrives.
      if (stopped) void r.worker.terminate();
      let done = 0;
      for (let m = receiveMessageOnPort(r.port); m !== undefined; m = receiveMessageOnPort(r.port)) results[pending[done++]!] = m.message as RegexHit[] | 'timeout';
      if (stopped) {
        r.port.close();
        this.running = undefined;
      }
      if (done >= pending.length) break;
      // The job running when time ran out stops its rule; the other rules go on in a new worker.
      const rule = jobs[pending[done]!]!.rule;
      const rest = pending.slice(done);
      for (const k of rest) if (jobs[k]!.rule === rule) results[k] = 'timeout';
      pending = rest.filter((k) => results[k] === undefined);
    }
    return results;
  }

  /** Ends the worker (the next run starts a new one). */
  stop(): void {
    if (!this.running) return;
    void this.running.worker.terminate();
    this.running.port.close();
    this.running = undefined;
  }

  private start(): Running {
    if (this.running) return this.running;
    const { port1, port2 } = new MessageChannel();
    const state = new SharedArrayBuffer(8);
    const words = new Int32Array(state);
    const data: RegexWorkerData = { port: port2, state };
    const worker = new Worker(this.script, { workerData: data, transferList: [port2] });
    worker.unref();
    // An error in the worker leaves DONE unset: the wait below runs out and the rule is stopped.
    worker.on('error', () => undefined);
    Atomics.wait(words, READY, 0, WORKER_START_MS);
    this.running = { worker, port: port1, words };
    return this.running;
  }
}

let shared: RegexGuard | null | undefined;

/**
 * The thread's guard, started on first use; undefined when the worker script is not next to this bundle
 * (unit tests run from out/test: custom rules then run unguarded, as the built-in ones always do).
 */
export function regexGuard(script = join(__dirname, 'regexWorker.js')): RegexGuard | undefined {
  if (shared === undefined) shared = existsSync(script) ? new RegexGuard(script) : null;
  return shared ?? undefined;
}
