// The files "Move to .env" touches, read from the editor when open (unsaved text wins) or from disk, and
// git's own answer on whether `.env` is ignored (the `ignore` package when git or a repository is missing).
import { execFile } from 'node:child_process';
import { isGitAllowed } from '../git/exec';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { readSmallFile } from '../git/boundedRead';
import { outsideFolder } from './storeContainment';
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
  /**
   * Why the store files must not be touched, in words for a greyed-out action: one resolves outside the
   * workspace folder (a setting or a symlink pointing elsewhere), or is not a regular file, or is too large.
   */
  problem?: string;
}

/** The part of an EnvFileSet the move and paste planners take, named as they take it, with the names still reserved. */
export function plannerEnvInputs(files: EnvFileSet, reservations?: EnvReservations) {
  const { envText, envExampleText, gitignoreText, envIgnored, envPathForGitignore } = files;
  const reservedNames = reservations?.reserved(files.envPath, envText);
  return { envText, envExampleText, gitignoreText, envIgnored, envPathForGitignore, reservedNames };
}

export type OpenText = (path: string) => string | undefined;

/** The editor's text, or the file's (a regular file under the size cap); a problem is recorded, not thrown. */
function read(path: string, label: string, openText: OpenText, problems: string[]): string | undefined {
  const open = openText(path);
  if (open !== undefined) return open;
  const r = readSmallFile(path);
  if ('text' in r) return r.text;
  // A folder where the file should be is said by the writability check ("cannot be written (it is a folder)").
  if ('problem' in r && !r.folder) problems.push(`${label} ${r.problem}`);
  return undefined;
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

/** The store file setting as it applies to a document: a notebook cell's bare `.env` name sits beside its
 * notebook (where the kernel's working directory, and so `load_dotenv()`, finds it); a path stays as set. */
export function envSettingFor(ctx: { cell?: boolean; path: string | undefined; settings: { envFile: string } }): string {
  const setting = ctx.settings.envFile;
  if (!ctx.cell || !ctx.path || isAbsolute(setting) || /[\\/]/.test(setting)) return setting;
  return join(dirname(ctx.path), setting);
}

export async function readEnvFiles(folder: string, envSetting: string, openText: OpenText): Promise<EnvFileSet> {
  const envPath = isAbsolute(envSetting) ? resolve(envSetting) : resolve(folder, envSetting);
  const envExamplePath = join(dirname(envPath), `${basename(envPath)}.example`);
  const gitignorePath = join(folder, '.gitignore');
  const problems: string[] = [];
  // Every store file must resolve inside the workspace folder, symlinks followed (dangling ones too): a setting
  // or a committed link must never make "Move to .env" append to a file elsewhere on the machine.
  for (const [path, label] of [
    [envPath, envSetting],
    [envExamplePath, basename(envExamplePath)],
    [gitignorePath, '.gitignore'],
  ] as const) {
    const outside = outsideFolder(folder, path);
    if (outside) problems.push(`${label} ${outside}`);
  }
  const gitignoreText = read(gitignorePath, '.gitignore', openText, problems);
  const rel = relative(folder, envPath).split(sep).join('/');
  const envPathForGitignore = rel.startsWith('..') ? basename(envPath) : rel.includes('/') ? `/${rel}` : rel;
  let envIgnored = await gitCheckIgnore(envPath);
  if (envIgnored === undefined) envIgnored = gitignoreText !== undefined && !rel.startsWith('..') && ignore().add(gitignoreText).ignores(rel);
  const envText = read(envPath, envSetting, openText, problems);
  const envExampleText = read(envExamplePath, basename(envExamplePath), openText, problems);
  return {
    envPath,
    envText,
    envExamplePath,
    envExampleText,
    gitignorePath,
    gitignoreText,
    envIgnored,
    envPathForGitignore,
    ...(problems.length > 0 ? { problem: problems[0] } : {}),
  };
}
