// Validity results by fingerprint, kept in one small JSON file per user so the CLI and the editor share them
// and a key is not asked about again for a day. An entry holds the fingerprint (rule id + SHA-256 prefix),
// the state, when it was checked, the verifier and the masked endpoint: never a value. "unknown" results are
// not kept (the next check tries again).
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Validity } from '../engine/verify';

export const CACHE_MAX_AGE_MS = 24 * 3600 * 1000;
const MAX_ENTRIES = 10_000;

interface CacheFileShape {
  version: 1;
  entries: Record<string, Validity>;
}

/** `$XDG_CACHE_HOME/hush/validity.json`, `~/.cache/hush/…`, `~/Library/Caches/hush/…`, `%LOCALAPPDATA%\hush\…`. */
export function defaultCachePath(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home: string = homedir()): string {
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'hush', 'validity.json');
  if (platform === 'win32') return join(env.LOCALAPPDATA || join(home, 'AppData', 'Local'), 'hush', 'validity.json');
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'hush', 'validity.json');
  return join(home, '.cache', 'hush', 'validity.json');
}

export class ValidityCache {
  private entries: Map<string, Validity> | undefined;

  constructor(
    /** The file; undefined keeps results in memory only. */
    readonly path: string | undefined,
    private readonly maxAgeMs = CACHE_MAX_AGE_MS,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** A result younger than the maximum age. */
  fresh(fingerprint: string): Validity | undefined {
    const v = this.load().get(fingerprint);
    if (!v) return undefined;
    const age = this.now().getTime() - new Date(v.checkedAt).getTime();
    return age >= 0 && age < this.maxAgeMs ? v : undefined;
  }

  /** The last result whatever its age (an incident report shows it with its time). */
  last(fingerprint: string): Validity | undefined {
    return this.load().get(fingerprint);
  }

  set(fingerprint: string, v: Validity): void {
    if (v.state === 'unknown') return;
    // Another process (the CLI, a second editor window) may have written meanwhile: merge, newest wins.
    this.entries = undefined;
    const entries = this.load();
    entries.set(fingerprint, sanitized(v));
    while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
    this.save(entries);
  }

  private load(): Map<string, Validity> {
    if (this.entries) return this.entries;
    this.entries = new Map();
    if (!this.path) return this.entries;
    try {
      const parsed = JSON.parse(readFileSync(this.path, 'utf8')) as Partial<CacheFileShape>;
      if (parsed.version === 1 && parsed.entries && typeof parsed.entries === 'object') {
        for (const [fp, v] of Object.entries(parsed.entries)) if (isValidity(v)) this.entries.set(fp, sanitized(v));
      }
    } catch {
      // Missing or unreadable: start empty (it is only a cache).
    }
    return this.entries;
  }

  private save(entries: Map<string, Validity>): void {
    if (!this.path) return;
    try {
      mkdirSync(dirname(this.path), { recursive: true, mode: 0o700 });
      const tmp = `${this.path}.${process.pid}.tmp`;
      const data: CacheFileShape = { version: 1, entries: Object.fromEntries(entries) };
      writeFileSync(tmp, JSON.stringify(data, null, 1) + '\n', { mode: 0o600 });
      renameSync(tmp, this.path);
    } catch {
      // A read-only home: results stay in memory for this run.
    }
  }
}

function isValidity(v: unknown): v is Validity {
  const o = v as Partial<Validity> | null;
  return !!o && (o.state === 'live' || o.state === 'rejected') && typeof o.checkedAt === 'string' && typeof o.verifier === 'string' && typeof o.endpoint === 'string' && typeof o.detail === 'string';
}

/** Exactly the documented fields: nothing else can end up in the file. */
function sanitized(v: Validity): Validity {
  return { state: v.state, checkedAt: v.checkedAt, verifier: v.verifier, endpoint: v.endpoint, detail: v.detail, ...(v.offline ? { offline: true } : {}) };
}
