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
  if (command === 'rules') return (await import('./commands/rules')).rulesCommand(rest);
  throw new UsageError(`unknown command "${command}"`);
}

async function main(): Promise<void> {
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
