// The one safe runner every request and notification goes through: it honours cancellation and turns an
// exception into a logged error and an empty answer, so a bug in one feature never kills the server.
import { type CancellationToken, LSPErrorCodes, ResponseError } from 'vscode-languageserver';

export interface Logger {
  error(message: string): void;
  info(message: string): void;
}

function describe(e: unknown): string {
  // Stack traces point at code, never at document text: safe to log.
  return e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e);
}

export function runSafe<T>(log: Logger, what: string, fallback: T, token: CancellationToken | undefined, fn: () => T | Promise<T>): Promise<T | ResponseError<void>> {
  return new Promise((resolve) => {
    // setImmediate lets queued cancellations and newer edits arrive before the work starts.
    setImmediate(async () => {
      if (token?.isCancellationRequested) return resolve(new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled'));
      try {
        const result = await fn();
        if (token?.isCancellationRequested) return resolve(new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled'));
        resolve(result);
      } catch (e) {
        log.error(`Hush: ${what} failed: ${describe(e)}`);
        resolve(fallback);
      }
    });
  });
}

/** For notifications and background work: errors are logged, never thrown. */
export function runSafeAsync(log: Logger, what: string, fn: () => void | Promise<void>): void {
  try {
    const p = fn();
    if (p) p.catch((e: unknown) => log.error(`Hush: ${what} failed: ${describe(e)}`));
  } catch (e) {
    log.error(`Hush: ${what} failed: ${describe(e)}`);
  }
}

/**
 * For long requests that honour cancellation themselves and answer with a partial result (a cancelled
 * workspace scan still returns what it found): errors become a ResponseError instead of a fake result.
 */
export async function runSafeAsResult<T>(log: Logger, what: string, fn: () => Promise<T>): Promise<T | ResponseError<void>> {
  try {
    return await fn();
  } catch (e) {
    log.error(`Hush: ${what} failed: ${describe(e)}`);
    return new ResponseError(-32603, `Hush: ${what} failed (see Output → Hush)`);
  }
}
