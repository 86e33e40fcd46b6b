// What the user is told when the language server process dies: one message (RestartPolicy decides which),
// mentioning a workspace scan that the crash interrupted, so the scan command does not add a second error.
// The messages shown are kept for the extension's API: the crash test counts them.
import { ErrorCodes, ResponseError } from 'vscode-languageclient/node';

const CONNECTION_LOST: readonly number[] = [ErrorCodes.PendingResponseRejected, ErrorCodes.ConnectionInactive, ErrorCodes.MessageWriteError];

export class ServerNotices {
  /** Crash messages shown to the user, oldest first. */
  readonly shown: string[] = [];
  private scansRunning = 0;

  /** Runs a workspace scan, remembering that one is under way while it does. */
  async duringScan<T>(scan: () => Promise<T>): Promise<T> {
    this.scansRunning++;
    try {
      return await scan();
    } finally {
      this.scansRunning--;
    }
  }

  /** The text for a crash message (undefined: stay quiet); recorded as shown. */
  crashMessage(message: string | undefined, restarted: boolean): string | undefined {
    if (!message) return undefined;
    const text = restarted && this.scansRunning > 0 ? `${message} The workspace scan that was running stopped: run "Hush: Scan Workspace" again.` : message;
    this.shown.push(text);
    return text;
  }
}

/** A request failed because the server went away (the crash message covers it), not because the request failed. */
export function isConnectionLost(e: unknown, clientRunning: boolean): boolean {
  return !clientRunning || (e instanceof ResponseError && CONNECTION_LOST.includes(e.code));
}
