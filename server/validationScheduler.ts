// When a document is validated: edits are coalesced (everything already queued runs as one validation on
// the next tick), large rescans wait for typing to pause, and a generation number per document lets a
// validation that was overtaken by a newer edit drop its result.

/** Incremental rescans are cheap and run on the next tick; big rescans wait for typing to pause. */
const LARGE_RESCAN_CHARS = 256 * 1024;
const LARGE_RESCAN_DEBOUNCE_MS = 200;

export class ValidationScheduler {
  private readonly timers = new Map<string, NodeJS.Timeout | NodeJS.Immediate>();
  private readonly generations = new Map<string, number>();

  /** `validate` runs a validation (safely: it must not throw); `pendingChars` sizes the rescan it faces. */
  constructor(
    private readonly validate: (uri: string) => void,
    private readonly pendingChars: (uri: string) => number,
  ) {}

  /** Debounce: coalesce everything already queued; wait longer only when the rescan is large, never when `now` (a paste, an open). */
  schedule(uri: string, now = false): void {
    this.cancel(uri);
    this.generations.set(uri, (this.generations.get(uri) ?? 0) + 1);
    if (now) return this.validate(uri);
    const run = () => {
      this.timers.delete(uri);
      this.validate(uri);
    };
    this.timers.set(uri, this.pendingChars(uri) > LARGE_RESCAN_CHARS ? setTimeout(run, LARGE_RESCAN_DEBOUNCE_MS) : setImmediate(run));
  }

  cancel(uri: string): void {
    const timer = this.timers.get(uri);
    if (!timer) return;
    clearTimeout(timer as NodeJS.Timeout);
    clearImmediate(timer as NodeJS.Immediate);
    this.timers.delete(uri);
  }

  /** Changes with every `schedule`: a validation that started under another generation was overtaken. */
  generation(uri: string): number | undefined {
    return this.generations.get(uri);
  }
}
