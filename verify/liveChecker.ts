// Sends a planned validity check and reads the answer: at most one request per fingerprint at a time, each
// host's requests spaced out, results cached with their time, and any failure to get an answer a quick
// "unknown" rather than a wait. The caller has shown the plan's endpoint and had it confirmed.
import { readAnswer, verifierById, type PlannedRequest, type Validity } from '../engine/verify';
import { httpsRequest, NoAnswerError, type HttpsOptions } from './httpsRequest';
import { HostRateLimiter, type LimiterClock } from './rateLimiter';
import { signSigV4 } from './sigv4';
import type { ValidityCache } from './validityCache';

export const DEFAULT_TIMEOUT_MS = 5000;
export const DEFAULT_HOST_INTERVAL_MS = 1000;

export interface LiveCheckerOptions {
  cache?: ValidityCache;
  /** Deadline for one request (default 5 s). */
  timeoutMs?: number;
  /** Minimum time between two requests to the same host (default 1 s). */
  hostIntervalMs?: number;
  /** Tests only: connect to a local server instead (see HttpsOptions.connectTo); never from settings or the environment. */
  connectTo?: HttpsOptions['connectTo'];
  /** Tests only: the local server's CA. */
  ca?: string;
  now?(): Date;
  limiterClock?: LimiterClock;
}

export class LiveChecker {
  private readonly inflight = new Map<string, Promise<Validity>>();
  private readonly limiter: HostRateLimiter;
  private readonly memory = new Map<string, Validity>();

  constructor(private readonly options: LiveCheckerOptions = {}) {
    this.limiter = new HostRateLimiter(options.hostIntervalMs ?? DEFAULT_HOST_INTERVAL_MS, options.limiterClock);
  }

  /** The last known result for a fingerprint: this session's, else the cache's (fresh ones only). */
  known(fingerprint: string): Validity | undefined {
    return this.memory.get(fingerprint) ?? this.options.cache?.fresh(fingerprint);
  }

  /** The last result whatever its age (for an incident report). */
  last(fingerprint: string): Validity | undefined {
    return this.memory.get(fingerprint) ?? this.options.cache?.last(fingerprint);
  }

  /** Checks a confirmed plan. A fresh cached result is returned as it is unless `recheck`. */
  check(plan: PlannedRequest, opts: { recheck?: boolean; signal?: AbortSignal } = {}): Promise<Validity> {
    if (!opts.recheck) {
      const cached = this.known(plan.fingerprint);
      if (cached && cached.state !== 'unknown') return Promise.resolve(cached);
    }
    let running = this.inflight.get(plan.fingerprint);
    if (!running) {
      running = this.send(plan, opts.signal).finally(() => this.inflight.delete(plan.fingerprint));
      this.inflight.set(plan.fingerprint, running);
    }
    return running;
  }

  private async send(plan: PlannedRequest, signal: AbortSignal | undefined): Promise<Validity> {
    const spec = verifierById(plan.verifier);
    const host = new URL(plan.url).hostname;
    const now = () => (this.options.now?.() ?? new Date()).toISOString();
    const base = { verifier: plan.verifier, endpoint: plan.endpoint };
    let result: Validity;
    try {
      const answer = await this.limiter.run(host, () =>
        httpsRequest(signSigV4(plan), { timeoutMs: this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS, signal, connectTo: this.options.connectTo, ca: this.options.ca }),
      );
      const reading = spec ? readAnswer(spec, answer.status, answer.body) : { state: 'unknown' as const, detail: `HTTP ${answer.status}` };
      result = { state: reading.state, checkedAt: now(), ...base, detail: reading.detail };
    } catch (e) {
      const offline = e instanceof NoAnswerError ? e.offline : true;
      result = { state: 'unknown', checkedAt: now(), ...base, detail: e instanceof NoAnswerError ? e.message : `no answer (${(e as Error).message})`, ...(offline ? { offline: true } : {}) };
    }
    this.memory.set(plan.fingerprint, result);
    this.options.cache?.set(plan.fingerprint, result);
    return result;
  }
}
