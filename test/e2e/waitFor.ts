// Polling with a deadline: the e2e suites wait for state, never for a fixed time.

/** Thrown from a probe to stop waiting at once (the awaited state can no longer come). */
export class WaitAborted extends Error {}

export interface WaitOptions {
  timeoutMs: number;
  /** What is awaited, for the error message. */
  what: string;
  intervalMs?: number;
}

/** Resolves with the first truthy value of `probe`, or rejects naming `what` once the deadline passes. */
export type Truthy<T> = Exclude<T, false | 0 | '' | null | undefined>;

export async function waitFor<T>(probe: () => T | Promise<T>, options: WaitOptions): Promise<Truthy<T>> {
  const deadline = Date.now() + options.timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value as Truthy<T>;
    } catch (error) {
      if (error instanceof WaitAborted) throw error;
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const cause = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`timed out after ${options.timeoutMs} ms waiting for ${options.what}${cause}`);
    }
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 100));
  }
}
