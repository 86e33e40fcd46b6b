// Child processes of the e2e suites: each runs in its own process group so that stopping it also stops
// what it started (VS Code's extension host, file watcher, agent host). Every group is remembered and
// killed on exit, also when a test fails or mocha is interrupted.
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { waitFor } from './waitFor';

const liveGroups = new Set<number>();

function killGroup(pgid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch {
    return false; // ESRCH: the group is gone
  }
}

function groupAlive(pgid: number): boolean {
  return killGroup(pgid, 0 as unknown as NodeJS.Signals);
}

process.on('exit', () => {
  for (const pgid of liveGroups) killGroup(pgid, 'SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    for (const pgid of liveGroups) killGroup(pgid, 'SIGKILL');
    process.exit(130);
  });
}

export interface ProcessGroup {
  readonly child: ChildProcess;
  readonly pgid: number;
  /** Resolves with the exit code (or signal) of the group leader. */
  readonly exited: Promise<number | NodeJS.Signals>;
  /** SIGTERM the whole group, then SIGKILL whatever is left after a grace period. */
  stop(): Promise<void>;
}

/** Starts `command` as the leader of a new process group, its output appended to `logFile`. */
export function startGroup(command: string, args: string[], options: SpawnOptions & { logFile: string }): ProcessGroup {
  mkdirSync(dirname(options.logFile), { recursive: true });
  const log = createWriteStream(options.logFile, { flags: 'a' });
  const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  if (child.pid === undefined) throw new Error(`could not start ${command}`);
  const pgid = child.pid;
  liveGroups.add(pgid);
  child.stdout?.pipe(log, { end: false });
  child.stderr?.pipe(log, { end: false });
  const exited = new Promise<number | NodeJS.Signals>((resolve) => {
    child.on('exit', (code, signal) => resolve(code ?? signal ?? -1));
    child.on('error', () => resolve(-1));
  });
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      killGroup(pgid, 'SIGTERM');
      try {
        await waitFor(() => !groupAlive(pgid), { timeoutMs: 5000, what: `process group ${pgid} to exit` });
      } catch {
        killGroup(pgid, 'SIGKILL');
        await waitFor(() => !groupAlive(pgid), { timeoutMs: 5000, what: `process group ${pgid} to die` }).catch(() => undefined);
      }
      liveGroups.delete(pgid);
      log.end();
    })());
  return { child, pgid, exited, stop };
}

/** Runs a command to completion (its own group, killed at the deadline); resolves with its exit code. */
export async function runToExit(command: string, args: string[], options: SpawnOptions & { logFile: string; timeoutMs: number }): Promise<number | NodeJS.Signals> {
  const group = startGroup(command, args, options);
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), options.timeoutMs)));
  const result = await Promise.race([group.exited, deadline]);
  clearTimeout(timer);
  await group.stop();
  if (result === 'timeout') throw new Error(`${command} ${args.join(' ')} did not finish within ${options.timeoutMs} ms (log: ${options.logFile})`);
  return result;
}
