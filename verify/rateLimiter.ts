// Spaces requests to one host: a scan with many findings of one provider never bursts at its API.

export interface LimiterClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

const realClock: LimiterClock = { now: () => Date.now(), sleep: (ms) => new Promise((r) => setTimeout(r, ms)) };

export class HostRateLimiter {
  private readonly nextSlot = new Map<string, number>();

  constructor(
    private readonly minIntervalMs: number,
    private readonly clock: LimiterClock = realClock,
  ) {}

  /** Runs `fn` once this host's next slot has come (slots are `minIntervalMs` apart, taken in call order). */
  async run<T>(host: string, fn: () => Promise<T>): Promise<T> {
    const now = this.clock.now();
    const slot = Math.max(now, this.nextSlot.get(host) ?? -Infinity);
    this.nextSlot.set(host, slot + this.minIntervalMs);
    if (slot > now) await this.clock.sleep(slot - now);
    return fn();
  }
}
