// Names handed out in `.env` edits that the server cannot see in the file yet. Two fixes applied quickly one
// after the other are both planned against the same `.env` text; without this the second would pick the
// same free name for a different value and the file would end with a duplicate name.

interface Reservation {
  /** The `.env` text the edit was planned against; once the text differs the edit landed (or was replaced). */
  base: string | undefined;
  names: Map<string, string>;
  at: number;
}

/** An edit that never lands (rejected, undone before it was saved) stops reserving its names after this. */
export const RESERVATION_TTL_MS = 2 * 60_000;

export class EnvReservations {
  private readonly byEnv = new Map<string, Reservation[]>();

  constructor(private readonly now: () => number = Date.now) {}

  /** name → value hash still promised for this `.env`, given the text the server sees now. */
  reserved(envPath: string, envText: string | undefined): Map<string, string> {
    const live = (this.byEnv.get(envPath) ?? []).filter((r) => r.base === envText && this.now() - r.at < RESERVATION_TTL_MS);
    if (live.length > 0) this.byEnv.set(envPath, live);
    else this.byEnv.delete(envPath);
    const out = new Map<string, string>();
    for (const r of live) for (const [name, hash] of r.names) out.set(name, hash);
    return out;
  }

  /** Called for every edit handed to the client that adds entries to `.env`. */
  record(envPath: string, envText: string | undefined, added: ReadonlyArray<{ name: string; valueHash: string }>): void {
    if (added.length === 0) return;
    const list = this.byEnv.get(envPath) ?? [];
    list.push({ base: envText, names: new Map(added.map((a) => [a.name, a.valueHash])), at: this.now() });
    this.byEnv.set(envPath, list);
  }
}
