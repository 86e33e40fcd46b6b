// Installs the pre-commit hook that runs `hush scan --staged`, without ever dropping a hook already there:
// a plain hook is kept and chained (it runs first, then Hush), husky's `.husky/pre-commit` gets a marked
// block, and a pre-commit framework setup is pointed at the `hush-staged` hook id instead. Re-running
// updates the block in place; `uninstall` removes it and restores what was chained.
import { childProcess } from './childProcess';
import { chmodSync, existsSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { VERSION } from '../engine/version';
import { GitError } from './stagedDiff';

export const BEGIN = '# >>> hush pre-commit (managed by `hush hook install`; remove with `hush hook uninstall`)';
export const END = '# <<< hush pre-commit';
export const CHAINED_SUFFIX = '.hush-chained';

export class HookError extends Error {}

export interface HookContext {
  /** Directory inside the repository to act on (default: cwd). */
  cwd: string;
  /** The node binary and CLI script the hook should run (resolved at install time). */
  node: string;
  script: string;
}

export interface HookOutcome {
  /** What was done, one line each, for the user. */
  messages: string[];
}

function gitOut(cwd: string, args: string[]): string {
  const r = childProcess().spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (r.error) throw new GitError(`cannot run git: ${(r.error as NodeJS.ErrnoException).code ?? r.error.message}`);
  if (r.status !== 0) throw new GitError(r.stderr.trim().split('\n')[0] || `git ${args.join(' ')} failed`);
  return r.stdout.trim();
}

interface RepoLayout {
  top: string;
  hooksDir: string;
  husky: boolean;
  preCommitConfig: string | undefined;
}

function layout(cwd: string): RepoLayout {
  let top: string;
  try {
    top = gitOut(cwd, ['rev-parse', '--show-toplevel']);
  } catch (e) {
    throw new HookError(`not inside a git work tree (${(e as Error).message})`);
  }
  const gitPath = gitOut(cwd, ['rev-parse', '--git-path', 'hooks']);
  const hooksDir = isAbsolute(gitPath) ? gitPath : resolve(cwd, gitPath);
  const hooksPathSetting = childProcess().spawnSync('git', ['config', '--get', 'core.hooksPath'], { cwd, encoding: 'utf8' }).stdout.trim();
  const husky = /(^|[\\/])\.husky([\\/]|$)/.test(hooksPathSetting) || existsSync(join(top, '.husky', 'pre-commit'));
  const pc = join(top, '.pre-commit-config.yaml');
  return { top, hooksDir, husky, preCommitConfig: existsSync(pc) ? pc : undefined };
}

const shQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** The marked block: run Hush by the path resolved at install time, else from PATH, else a local npx. */
export function hookBlock(node: string, script: string): string {
  return [
    BEGIN,
    'hush_run() {',
    `  if [ -f ${shQuote(script)} ] && [ -x ${shQuote(node)} ]; then ${shQuote(node)} ${shQuote(script)} "$@"`,
    '  elif command -v hush >/dev/null 2>&1; then hush "$@"',
    '  elif command -v npx >/dev/null 2>&1 && npx --no hush --version >/dev/null 2>&1; then npx --no hush "$@"',
    '  else echo "hush: not found (moved or uninstalled?): staged changes were NOT scanned for secrets. Reinstall with: hush hook install" >&2; return 0',
    '  fi',
    '}',
    'hush_run scan --staged || {',
    '  echo "hush: commit blocked. Fix the above and commit again (bypass once, at your own risk: git commit --no-verify)." >&2',
    '  exit 1',
    '}',
    END,
  ].join('\n');
}

/**
 * The husky block as inserted into an existing `.husky/pre-commit`: after `pad` (what the file needed to end
 * the last line and leave one blank line), with that pad and the file's mode recorded on the END line, so
 * uninstall cuts exactly the inserted bytes and gives the file back byte for byte (CRLF, blank lines, mode).
 */
function huskyInsert(block: string, pad: string, mode: number | undefined): string {
  return `${pad}${block} ${JSON.stringify({ pad, ...(mode === undefined ? {} : { mode }) })}\n`;
}

/** The husky file without the inserted block, as it was before, and its mode then; undefined when the block was not inserted by huskyInsert. */
function huskyOriginal(text: string): { text: string; mode?: number } | undefined {
  const start = text.indexOf(BEGIN);
  if (start < 0) return undefined;
  const endAt = text.indexOf(END, start);
  if (endAt < 0) return undefined;
  const lineEnd = text.indexOf('\n', endAt);
  const stop = lineEnd < 0 ? text.length : lineEnd + 1;
  let info: { pad?: unknown; mode?: unknown };
  try {
    info = JSON.parse(text.slice(endAt + END.length, lineEnd < 0 ? text.length : lineEnd).trim() || 'null') ?? {};
  } catch {
    return undefined;
  }
  if (typeof info.pad !== 'string' || text.slice(start - info.pad.length, start) !== info.pad) return undefined;
  return { text: text.slice(0, start - info.pad.length) + text.slice(stop), ...(typeof info.mode === 'number' ? { mode: info.mode } : {}) };
}

function modeOf(path: string): number | undefined {
  try {
    return statSync(path).mode & 0o7777;
  } catch {
    return undefined;
  }
}

function stripBlock(text: string): string {
  const start = text.indexOf(BEGIN);
  if (start < 0) return text;
  const endAt = text.indexOf(END, start);
  const stop = endAt < 0 ? text.length : endAt + END.length;
  return (text.slice(0, start) + text.slice(stop)).replace(/\n{3,}/g, '\n\n');
}

/** Runs the kept hook first, only if git would have run it (executable), and stops on its failure. */
function chainLine(): string {
  return `chained="$(dirname "$0")/pre-commit${CHAINED_SUFFIX}"\nif [ -x "$chained" ]; then "$chained" "$@" || exit $?; fi`;
}

function writeExecutable(path: string, text: string): void {
  writeFileSync(path, text);
  chmodSync(path, 0o755);
}

function isPreCommitFramework(text: string): boolean {
  return /File generated by pre-commit|pre-commit\.com/.test(text);
}

export function preCommitSnippet(): string {
  return ['  - repo: https://github.com/hush-dev/hush', `    rev: v${VERSION}`, '    hooks:', '      - id: hush-staged'].join('\n');
}

export function installHook(ctx: HookContext, force: boolean): HookOutcome {
  const repo = layout(ctx.cwd);
  const block = hookBlock(ctx.node, ctx.script);
  const messages: string[] = [];

  if (repo.preCommitConfig && !force) {
    const configured = readFileSync(repo.preCommitConfig, 'utf8').includes('hush-staged');
    return {
      messages: configured
        ? ['.pre-commit-config.yaml already runs the hush-staged hook: nothing to do.']
        : [
            'This repository uses the pre-commit framework (.pre-commit-config.yaml). Add Hush there, under `repos:`:',
            preCommitSnippet(),
            'then run `pre-commit install`. (Or `hush hook install --force` to chain a git hook anyway.)',
          ],
    };
  }

  if (repo.husky) {
    const path = join(repo.top, '.husky', 'pre-commit');
    const existed = existsSync(path);
    const current = existed ? readFileSync(path, 'utf8') : '';
    // Re-installing: start again from the file as it was before the first install (its mode too).
    const earlier = current.includes(BEGIN) ? huskyOriginal(current) : undefined;
    const before = earlier?.text ?? (current.includes(BEGIN) ? stripBlock(current).replace(/\s*$/, '') + '\n' : current);
    const mode = earlier ? earlier.mode : existed ? modeOf(path) : undefined;
    const pad = before === '' ? '' : before.endsWith('\n\n') || before.endsWith('\r\n\r\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
    writeExecutable(path, before + huskyInsert(block, pad, existed || earlier ? mode : undefined));
    messages.push(current.includes(BEGIN) ? `Updated the Hush block in ${path}.` : `Added a Hush block to ${path} (husky runs it on every commit).`);
    return { messages };
  }

  mkdirSync(repo.hooksDir, { recursive: true });
  const path = join(repo.hooksDir, 'pre-commit');
  const chained = path + CHAINED_SUFFIX;
  const existing = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  if (existing !== undefined && existing.includes(BEGIN)) {
    // Ours already: refresh the block (the CLI may have moved), keep everything else as it is.
    const start = existing.indexOf(BEGIN);
    const endAt = existing.indexOf(END, start);
    const updated = existing.slice(0, start) + block + (endAt < 0 ? '\n' : existing.slice(endAt + END.length));
    writeExecutable(path, updated);
    messages.push(updated === existing ? `Hush pre-commit hook already installed: ${path}` : `Updated the Hush pre-commit hook: ${path}`);
    return { messages };
  }
  let header = '#!/bin/sh\n';
  if (existing !== undefined) {
    if (existsSync(chained)) {
      if (!force) throw new HookError(`${chained} already exists (left by an earlier install?); move it away or use --force`);
      // A user's hook is never lost: the earlier chained one is kept under the first free number.
      let n = 1;
      while (existsSync(`${chained}.${n}`)) n++;
      renameSync(chained, `${chained}.${n}`);
      messages.push(`Kept the hook chained by an earlier install as ${chained}.${n} (it no longer runs; the hook now chained is the one that replaced Hush's).`);
    }
    if (isPreCommitFramework(existing)) messages.push('Chaining to the pre-commit framework hook; adding the hush-staged id to .pre-commit-config.yaml is the cleaner way.');
    renameSync(path, chained);
    header += `# The hook that was here runs first (hush hook uninstall puts it back).\n${chainLine()}\n\n`;
    messages.push(`Kept the existing pre-commit hook: it now runs first, from ${chained}.`);
  }
  writeExecutable(path, header + block + '\n');
  messages.push(`Installed the Hush pre-commit hook: ${path}`);
  return { messages };
}

export function uninstallHook(ctx: Pick<HookContext, 'cwd'>): HookOutcome {
  const repo = layout(ctx.cwd);
  const messages: string[] = [];
  const huskyPath = join(repo.top, '.husky', 'pre-commit');
  if (existsSync(huskyPath)) {
    const text = readFileSync(huskyPath, 'utf8');
    if (text.includes(BEGIN)) {
      const original = huskyOriginal(text);
      if (original && original.text === '' && original.mode === undefined) rmSync(huskyPath);
      else if (original) {
        writeFileSync(huskyPath, original.text);
        if (original.mode !== undefined) chmodSync(huskyPath, original.mode);
      } else {
        // A block from an older version (nothing recorded): remove it as it was added.
        const rest = stripBlock(text).replace(/\s*$/, '');
        if (rest === '' || /^#![^\n]*$/.test(rest)) rmSync(huskyPath);
        else writeFileSync(huskyPath, rest + '\n');
      }
      messages.push(`Removed the Hush block from ${huskyPath}.`);
    }
  }
  const path = join(repo.hooksDir, 'pre-commit');
  const chained = path + CHAINED_SUFFIX;
  if (existsSync(path) && readFileSync(path, 'utf8').includes(BEGIN)) {
    if (existsSync(chained)) {
      renameSync(chained, path);
      messages.push(`Restored the previous pre-commit hook: ${path}`);
    } else {
      const rest = stripBlock(readFileSync(path, 'utf8')).replace(/\s*$/, '');
      if (rest === '' || /^#![^\n]*$/.test(rest)) rmSync(path);
      else writeExecutable(path, rest + '\n');
      messages.push(`Removed the Hush pre-commit hook: ${path}`);
    }
  }
  if (messages.length === 0) messages.push('No Hush pre-commit hook found: nothing to do.');
  return { messages };
}

/** The running CLI, as the hook should call it: this node binary and this script, symlinks resolved. */
export function currentCli(): { node: string; script: string } {
  const script = process.argv[1] ? realpathSync(process.argv[1]) : '';
  return { node: process.execPath, script };
}
