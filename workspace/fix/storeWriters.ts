// The stores `hush fix` (and the editor's store quick fix) write to. The engine plans names and source
// edits; these adapters do the writing, each failing with a StoreError that says why and leaves the source
// alone (the caller edits the source only after `write` resolved):
//   dotenv   the gitignored `.env`, edited as text (the plan holds the edits);
//   dotenvx  the value encrypted into `.env` by @dotenvx/dotenvx in-process, private key in `.env.keys`;
//   pass / gopass  one entry per value, given on stdin (never argv), read back by a `.envrc` line for direnv.
import { spawn } from 'node:child_process';
import { lstatSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, join } from 'node:path';
import { dotenvStore, keyedStore, maskSecret, parseDotenv, type MoveToEnvPlan, type SecretStore, type StoreId } from '../../engine';
import { editFile, readUtf8 } from './fileWrites';

export class StoreError extends Error {}

export interface StoreContext {
  /** The project folder: `.env`, `.env.keys`, `.envrc` and `.gitignore` live here. */
  root: string;
  /** The `.env` file (dotenv, dotenvx). */
  envPath: string;
  /** Environment for the store tools (tests point GNUPGHOME and PASSWORD_STORE_DIR elsewhere). */
  env?: NodeJS.ProcessEnv;
  /** A tool that does not answer within this time (a locked GPG agent waiting for a passphrase) fails the write. */
  timeoutMs?: number;
}

export interface OpenedStore {
  id: StoreId;
  /** Names the entries; for dotenv it also plans the `.env` edits. */
  store: SecretStore;
  /** The `.env` text the plan edits (dotenv only). */
  envText?: string;
  /** Paths `.gitignore` must hold before the value is written (`.env`, `.env.keys`), relative to the root. */
  mustIgnore: string[];
  /** Lines a companion file needs, keyed by its path (the `.envrc` for direnv). */
  companionLines(names: readonly string[]): Map<string, string[]>;
  /** Writes the entries the plan adds; a StoreError when it could not. */
  write(plan: MoveToEnvPlan, added: ReadonlyArray<{ name: string; value: string }>): Promise<void>;
  /** Where the values went, for the summary (`.env`, `pass myapp/`). */
  where: string;
  /** Files the store itself writes (`.env`, `.env.keys`), for containment checks. */
  writes: string[];
}

export async function openStore(id: StoreId, ctx: StoreContext): Promise<OpenedStore> {
  if (id === 'dotenv') return openDotenv(ctx);
  if (id === 'dotenvx') return openDotenvx(ctx);
  return openPass(id, ctx);
}

function relativeName(ctx: StoreContext, path: string): string {
  return path.startsWith(ctx.root + '/') ? path.slice(ctx.root.length + 1) : basename(path);
}

function openDotenv(ctx: StoreContext): OpenedStore {
  const envText = readUtf8(ctx.envPath);
  const label = relativeName(ctx, ctx.envPath);
  return {
    id: 'dotenv',
    store: dotenvStore(envText, label),
    envText,
    mustIgnore: [label],
    companionLines: () => new Map(),
    where: label,
    writes: [ctx.envPath],
    write: async (plan) => {
      // The file is read again right before writing: nothing that changed since the plan is overwritten.
      if (readUtf8(ctx.envPath) !== envText) throw new StoreError(`${label} changed while the fix was planned`);
      editFile(ctx.envPath, envText, plan.env.edits);
    },
  };
}

type Dotenvx = typeof import('@dotenvx/dotenvx');

function loadDotenvx(): Dotenvx {
  try {
    // require, not import(): the CLI runs its bundle through a code cache where import() is unavailable;
    // the build turns this into dist/dotenvx.js (esbuild.mjs, dotenvxApart).
    return require('@dotenvx/dotenvx') as Dotenvx;
  } catch (e) {
    throw new StoreError(`@dotenvx/dotenvx cannot be loaded (${(e as Error).message})`);
  }
}

async function openDotenvx(ctx: StoreContext): Promise<OpenedStore> {
  const dotenvx = loadDotenvx();
  const label = relativeName(ctx, ctx.envPath);
  const envKeysFile = join(ctx.root, '.env.keys');
  // Quiet: the library logs to stdout, which is the language server's channel; no armor (a key service).
  const quiet = { quiet: true, noArmor: true, no1Password: true, noBitwarden: true } as const;
  for (const p of [ctx.envPath, envKeysFile]) {
    // The library writes through a link; its target could be anywhere.
    if (isSymlink(p)) throw new StoreError(`${basename(p)} is a symbolic link: dotenvx would write through it`);
  }
  const raw = readUtf8(ctx.envPath);
  const existing = new Map<string, string | undefined>();
  for (const name of parseDotenv(raw ?? '').keys()) {
    if (name === 'DOTENV_PUBLIC_KEY' || name.startsWith('DOTENV_PUBLIC_KEY_')) continue;
    existing.set(name, undefined);
  }
  for (const name of existing.keys()) {
    try {
      existing.set(name, dotenvx.getSync(name, { path: ctx.envPath, envKeysFile, ...quiet }));
    } catch {
      // Without the private key the name is still taken; its value just cannot be compared.
    }
  }
  return {
    id: 'dotenvx',
    store: keyedStore({
      id: 'dotenvx',
      label: `encrypted ${label} (dotenvx)`,
      existing,
      runNote: 'run the app with dotenvx run -- …',
    }),
    mustIgnore: ['.env.keys'],
    companionLines: () => new Map(),
    where: `${label} (encrypted, key in .env.keys)`,
    writes: [ctx.envPath, envKeysFile],
    write: async (_plan, added) => {
      for (const { name, value } of added) {
        let out;
        try {
          out = await dotenvx.set(name, value, { path: ctx.envPath, envKeysFile, encrypt: true, ...quiet });
        } catch (e) {
          throw new StoreError(`dotenvx could not store ${name} (${withoutValue((e as Error).message, value)})`);
        }
        const failed = out.processedEnvs.find((p) => (p as { error?: Error }).error);
        if (failed) throw new StoreError(`dotenvx could not store ${name} (${withoutValue((failed as { error?: Error }).error!.message, value)})`);
      }
    },
  };
}

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** The entry path prefix for a project: its folder name, kept to characters a store path can safely hold. */
export function passPrefix(root: string): string {
  return (
    basename(root)
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/^[.-]+/, '') || 'project'
  );
}

function openPass(id: 'pass' | 'gopass', ctx: StoreContext): OpenedStore {
  const prefix = passPrefix(ctx.root);
  const env = ctx.env ?? process.env;
  const storeDir = env.PASSWORD_STORE_DIR ?? join(homedir(), '.password-store');
  const existing = new Map<string, string | undefined>();
  try {
    for (const f of readdirSync(join(storeDir, prefix))) if (f.endsWith('.gpg')) existing.set(f.slice(0, -4), undefined);
  } catch {
    // No entries for this project yet.
  }
  const entry = (name: string) => `${prefix}/${name}`;
  return {
    id,
    store: keyedStore({
      id,
      label: id,
      existing,
      title: (names) => `Move to ${id}: ${names.map(entry).join(', ')}`,
      runNote: 'direnv loads it from .envrc',
    }),
    mustIgnore: [],
    companionLines: (names) => new Map([[join(ctx.root, '.envrc'), names.map((n) => `export ${n}="$(${id} show ${entry(n)})"`)]]),
    where: `${id} ${prefix}/`,
    writes: [],
    write: async (_plan, added) => {
      for (const { name, value } of added) {
        // pass needs --multiline to keep every line; gopass reads a piped stdin whole without it.
        await runStoreTool(id, ['insert', ...(id === 'pass' ? ['--multiline'] : []), '--force', entry(name)], value, ctx);
        // Read back before the source loses the value: Debian's gopass 1.5 prompts on the terminal instead of
        // reading stdin and stores an empty entry with exit 0.
        const stored = await runStoreTool(id, ['show', entry(name)], '', ctx);
        if (stored !== value && stored !== `${value}\n`) {
          await runStoreTool(id, ['rm', '--force', entry(name)], '', ctx).catch(() => undefined);
          throw new StoreError(`${id} did not store the value given on stdin (read back differs; gopass 1.5 as packaged by Debian cannot take stdin: use pass, or gopass from gopass.pw)`);
        }
      }
    },
  };
}

/** Runs `pass`/`gopass` with `input` on stdin and returns its stdout; a missing tool, a failure or a timeout is a StoreError. */
function runStoreTool(tool: string, args: string[], input: string, ctx: StoreContext): Promise<string> {
  const timeoutMs = ctx.timeoutMs ?? 20_000;
  return new Promise((resolve, reject) => {
    // Detached: no controlling terminal, so neither the tool nor GPG's pinentry can stop to ask on the user's
    // terminal (a locked key fails, or times out, instead); the whole group is killed at the deadline.
    const child = spawn(tool, args, { env: ctx.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true, detached: process.platform !== 'win32' });
    let timedOut = false;
    // Our own timer, cleared on every outcome: spawn's `timeout` option keeps a process that never started alive.
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (child.pid !== undefined && process.platform !== 'win32') process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, timeoutMs);
    const err: Buffer[] = [];
    const out: Buffer[] = [];
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stdin.on('error', () => undefined);
    child.on('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(new StoreError(e.code === 'ENOENT' ? `${tool} is not installed` : `${tool} could not be started (${e.code ?? e.message})`));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0 && !timedOut) return resolve(Buffer.concat(out).toString('utf8'));
      // The tool's own message names the cause (no key, a locked agent). The value went to stdin; a tool that
      // echoes its input on an error still never puts it in our message.
      const why = timedOut
        ? `it did not finish within ${Math.round(timeoutMs / 1000)} s (a locked GPG agent waiting for a passphrase?)`
        : withoutValue(Buffer.concat(err).toString('utf8').trim(), input).split('\n').slice(-2).join(' ') || `exit ${code}`;
      reject(new StoreError(`${tool} ${args[0]} failed: ${why}`));
    });
    child.stdin.end(input);
  });
}

/** A third-party message with the value (and each longer line of a multi-line value) masked. */
export function withoutValue(message: string, value: string): string {
  const pieces = [value, ...value.split(/\r?\n/).filter((line) => line.length >= 8)].filter((p) => p.length > 0);
  return pieces.reduce((text, piece) => text.split(piece).join(maskSecret(piece)), message);
}
