// `hush` command line. Exit codes: 0 clean, 1 findings, 2 usage or runtime error.
// Each command's modules are imported when it runs (esbuild keeps them uninitialised until then), so a
// pre-commit `hush scan --staged` pays for no history, hook, redact or tree-scan code at start-up.
import { BaselineError } from './baseline';
import { GitError } from '../git/stagedDiff';
import { HookError } from '../git/hookInstaller';
import { ConfigError } from './loadConfig';
import { USAGE, UsageError } from './usage';
import { VERSION } from '../engine/version';

/** True when the arguments ask for a history scan (`scan … --history …`). */
function isHistoryScan(argv: readonly string[]): boolean {
  return argv[0] === 'scan' && argv.includes('--history');
}

async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '-h' || command === '--help' || command === 'help') {
    process.stdout.write(USAGE + '\n');
    return command ? 0 : 2;
  }
  if (command === '-v' || command === '--version') {
    process.stdout.write(VERSION + '\n');
    return 0;
  }
  if (isHistoryScan(argv)) return (await import('./commands/history')).historyCommand(rest, VERSION);
  if (command === 'scan') return (await import('./commands/scan')).scanCommand(rest, VERSION);
  if (command === 'hook') return (await import('./commands/hook')).hookCommand(rest);
  if (command === 'redact') return (await import('./commands/redact')).redactCommand(rest);
  if (command === 'where') return (await import('./commands/where')).whereCommand(rest);
  if (command === 'incident') return (await import('./commands/incident')).incidentCommand(rest, VERSION);
  if (command === 'fix') return (await import('./commands/fix')).fixCommand(rest);
  if (command === 'rules') return (await import('./commands/rules')).rulesCommand(rest);
  throw new UsageError(`unknown command "${command}"`);
}

/**
 * A report that cannot be written (a full disk, `> /dev/full`, a closed pipe) is a failure, exit 2, said in one
 * line rather than a stack trace. `hush redact | head` is the exception: a filter whose reader has gone is done.
 */
function watchOutput(argv: readonly string[]): void {
  let failure: NodeJS.ErrnoException | undefined;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    failure ??= e;
    if (e.code !== 'EPIPE') process.stderr.write(`hush: cannot write the output (${e.code ?? e.message})\n`);
  });
  process.on('exit', () => {
    if (failure && !(argv[0] === 'redact' && failure.code === 'EPIPE')) process.exitCode = 2;
  });
}

async function main(): Promise<void> {
  watchOutput(process.argv.slice(2));
  try {
    process.exitCode = await run(process.argv.slice(2));
  } catch (e) {
    if (e instanceof UsageError) process.stderr.write(`hush: ${e.message}\n\n${USAGE}\n`);
    else if (e instanceof ConfigError || e instanceof GitError || e instanceof HookError || e instanceof BaselineError) process.stderr.write(`hush: ${e.message}\n`);
    else process.stderr.write(`hush: ${(e as Error).message}\n`);
    process.exitCode = 2;
  }
}

void main();
