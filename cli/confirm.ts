// The consent rule for anything Hush sends over the network (`--verify`): the exact requests are always
// printed first; then `--yes` confirms them, a terminal asks, and a run with no terminal (CI, a pipe)
// without `--yes` is refused before anything is scanned or sent.
import { UsageError } from './usage';

/** Throws before the scan when `--verify` could not be confirmed (no `--yes`, no terminal to ask). */
export function requireConsentPossible(yes: boolean, interactive: boolean): void {
  if (yes || interactive) return;
  throw new UsageError('--verify sends each key to its provider: with no terminal to ask (CI, a pipe), add --yes to confirm. The requests are listed before anything is sent.');
}

export function isInteractive(): boolean {
  return process.stdin.isTTY === true && process.stderr.isTTY === true;
}

/** Asks on the terminal; anything but y/yes is a no. */
export async function askYesNo(question: string): Promise<boolean> {
  // Loaded when asked: `hush scan --staged` (a pre-commit hook) never pays for it.
  const { createInterface } = await import('node:readline');
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr });
    rl.question(`${question} [y/N] `, (answer) => {
      rl.close();
      resolve(/^y(?:es)?$/i.test(answer.trim()));
    });
    rl.on('close', () => resolve(false));
  });
}
