// What to do when the language server process dies: restart it, quietly after the first time, and give up
// after a few crashes in a short window, so the user sees one clear message instead of a loop of errors.
// Pure logic (no vscode import) so it is tested directly.

export interface RestartDecision {
  restart: boolean;
  /** Shown to the user once; undefined means stay quiet (the output channel has the details). */
  message?: string;
  kind?: 'info' | 'error';
}

export class RestartPolicy {
  private crashes: number[] = [];
  private toldRestarted = false;

  constructor(
    private readonly maxRestarts = 3,
    private readonly windowMs = 3 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  onClosed(): RestartDecision {
    const t = this.now();
    this.crashes = this.crashes.filter((c) => t - c < this.windowMs);
    this.crashes.push(t);
    if (this.crashes.length > this.maxRestarts) {
      return {
        restart: false,
        kind: 'error',
        message: `Hush: the language server stopped ${this.crashes.length} times in ${Math.round(this.windowMs / 60_000)} minutes and was not restarted, so files are not being checked for secrets. Run "Hush: Restart Language Server" to try again; "Hush: Show Output" has the details.`,
      };
    }
    if (this.toldRestarted) return { restart: true };
    this.toldRestarted = true;
    return { restart: true, kind: 'info', message: 'Hush: the language server stopped unexpectedly and was restarted.' };
  }

  /** After the user restarts it by hand: a fresh budget. */
  reset(): void {
    this.crashes = [];
  }
}
