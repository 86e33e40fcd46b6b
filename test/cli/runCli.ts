// Runs the built CLI (dist/cli.js) as a user would (temp trees: test/support/tempTree.ts).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../support/paths';

export const CLI = join(ROOT, 'dist', 'cli.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  /** Killed at the deadline (a hang): code is then -1. */
  timedOut?: boolean;
}

/** Every run has a deadline, so a hang fails its test instead of stalling the suite. */
export const CLI_DEADLINE_MS = 60_000;

export function runCli(args: string[], cwd: string, input?: string, options: { timeout?: number; env?: NodeJS.ProcessEnv } = {}): CliResult {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    timeout: options.timeout ?? CLI_DEADLINE_MS,
    killSignal: 'SIGKILL',
    maxBuffer: 256 * 1024 * 1024,
  });
  const timedOut = (r.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
  return { code: r.status ?? -1, stdout: r.stdout ?? '', stderr: r.stderr ?? '', ...(timedOut ? { timedOut } : {}) };
}

/** runCli with bytes in and out (nothing decoded): for output that must be byte-exact. */
export function runCliBytes(args: string[], cwd: string, input: Buffer, timeout = CLI_DEADLINE_MS): { code: number; stdout: Buffer; stderr: string; timedOut?: boolean } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, input, env: { ...process.env, NO_COLOR: '1' }, timeout, killSignal: 'SIGKILL', maxBuffer: 256 * 1024 * 1024 });
  const timedOut = (r.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
  return { code: r.status ?? -1, stdout: r.stdout ?? Buffer.alloc(0), stderr: r.stderr?.toString('utf8') ?? '', ...(timedOut ? { timedOut } : {}) };
}
