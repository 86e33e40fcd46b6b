// What the user is told when the language server process dies: one message (RestartPolicy decides which),
// mentioning a workspace scan that the crash interrupted, so the scan command does not add a second error.
// The messages shown (crash notices and failed scans) are kept for the extension's API: the crash test counts them.
// Pure logic (no vscode import) so it is tested directly.

/** JSON-RPC error codes of a request that died with its connection: PendingResponseRejected, ConnectionInactive, MessageWriteError. */
const CONNECTION_LOST: readonly number[] = [-32097, -32096, -32099];

export class ServerNotices {
  /** Messages about the server shown to the user (crashes, failed scans), oldest first. */
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

  /** Notes a message about the server that is being shown; returns it. */
  record(text: string): string {
    this.shown.push(text);
    return text;
  }

  /** The text for a crash message (undefined: stay quiet); recorded as shown. */
  crashMessage(message: string | undefined, restarted: boolean): string | undefined {
    if (!message) return undefined;
    const text = restarted && this.scansRunning > 0 ? `${message} The workspace scan that was running stopped: run "Hush: Scan Workspace" again.` : message;
    return this.record(text);
  }
}

/** A request failed because the server went away (the crash message covers it), not because the request failed. */
export function isConnectionLost(e: unknown, clientRunning: boolean): boolean {
  const code = (e as { code?: unknown } | undefined)?.code;
  return !clientRunning || (typeof code === 'number' && CONNECTION_LOST.includes(code));
}
