// The files "Move to .env" touches, read from the editor when open (unsaved text wins) or from disk, and
// git's own answer on whether `.env` is ignored (the `ignore` package when git or a repository is missing).
import { execFile } from 'node:child_process';
import { isGitAllowed } from '../git/exec';
import { readFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';
import ignore from 'ignore';
import type { EnvReservations } from './envReservations';

export interface EnvFileSet {
  envPath: string;
  envText: string | undefined;
  envExamplePath: string;
  envExampleText: string | undefined;
  gitignorePath: string;
  gitignoreText: string | undefined;
  envIgnored: boolean;
  /** The `.env` path as a line for `.gitignore`. */
  envPathForGitignore: string;
}

/** The part of an EnvFileSet the move and paste planners take, named as they take it, with the names still reserved. */
export function plannerEnvInputs(files: EnvFileSet, reservations?: EnvReservations) {
  const { envText, envExampleText, gitignoreText, envIgnored, envPathForGitignore } = files;
  const reservedNames = reservations?.reserved(files.envPath, envText);
  return { envText, envExampleText, gitignoreText, envIgnored, envPathForGitignore, reservedNames };
}

export type OpenText = (path: string) => string | undefined;

function read(path: string, openText: OpenText): string | undefined {
  const open = openText(path);
  if (open !== undefined) return open;
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** exit 0: ignored, 1: not ignored, anything else (no git, not a repository): undefined. */
export function gitCheckIgnore(path: string): Promise<boolean | undefined> {
  if (!isGitAllowed()) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    execFile('git', ['check-ignore', '-q', '--', path], { cwd: dirname(path), timeout: 5000, windowsHide: true }, (err) => {
      if (!err) return resolve(true);
      const code = (err as { code?: unknown }).code;
      resolve(code === 1 ? false : undefined);
    });
  });
}

export async function readEnvFiles(folder: string, envSetting: string, openText: OpenText): Promise<EnvFileSet> {
  const envPath = isAbsolute(envSetting) ? envSetting : join(folder, envSetting);
  const envExamplePath = join(dirname(envPath), `${basename(envPath)}.example`);
  const gitignorePath = join(folder, '.gitignore');
  const gitignoreText = read(gitignorePath, openText);
  const rel = relative(folder, envPath).split(sep).join('/');
  const envPathForGitignore = rel.startsWith('..') ? basename(envPath) : rel.includes('/') ? `/${rel}` : rel;
  let envIgnored = await gitCheckIgnore(envPath);
  if (envIgnored === undefined) envIgnored = gitignoreText !== undefined && !rel.startsWith('..') && ignore().add(gitignoreText).ignores(rel);
  return {
    envPath,
    envText: read(envPath, openText),
    envExamplePath,
    envExampleText: read(envExamplePath, openText),
    gitignorePath,
    gitignoreText,
    envIgnored,
    envPathForGitignore,
  };
}
