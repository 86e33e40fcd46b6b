// Worker thread of regexGuard.ts: runs custom rules' regexes so that one that hangs can be stopped. Each job's
// hits go back as their own message (so the guard knows which job was running when time ran out); a shared
// word says when all are done.
import { workerData } from 'node:worker_threads';
import { collectHits, scanFlags } from '../engine/detect/regexWindow';
import type { RegexJob } from '../engine/detect/regexWindow';
import { DONE, READY, type RegexWorkerData } from './regexWorkerProtocol';

{
  const { port, state } = workerData as RegexWorkerData;
  const words = new Int32Array(state);
  const compiled = new Map<string, RegExp>();
  port.on('message', ({ texts, jobs }: { texts: string[]; jobs: RegexJob[] }) => {
    jobs.forEach((job) => {
      const key = `${job.flags}/${job.source}`;
      let regex = compiled.get(key);
      if (!regex) compiled.set(key, (regex = new RegExp(job.source, scanFlags(job.flags))));
      let hits;
      try {
        hits = collectHits(regex, texts[job.text]!, job.from, job.to, { minEntropy: job.minEntropy });
      } catch {
        hits = 'timeout'; // e.g. V8's backtrack stack overflowing: the rule is stopped all the same
      }
      port.postMessage(hits);
    });
    Atomics.store(words, DONE, 1);
    Atomics.notify(words, DONE);
  });
  Atomics.store(words, READY, 1);
  Atomics.notify(words, READY);
}
