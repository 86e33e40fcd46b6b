import type * as ChildProcess from 'node:child_process';

// Loaded on first use: the CLI's entry imports the staged-diff and hook modules, and a plain scan of a folder never
// starts git, so node:child_process loaded at every start cost its time for nothing (~2-6 ms).
let loaded: typeof ChildProcess | undefined;

/** node:child_process, required when a git command is first run. */
export function childProcess(): typeof ChildProcess {
  return (loaded ??= require('node:child_process') as typeof ChildProcess);
}
