// What `hush where` and `hush incident report` are about: a fingerprint (`rule-id:0123456789abcdef`, as
// every report prints it), a bare value hash, or FILE:LINE[:COLUMN] pointing at a finding. With a file, the
// value itself is known for the run (memory only) and is also matched as plain text.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { Finding, HushConfig, Rule } from '../engine';
import { LineIndex } from '../engine/lineIndex';
import { makeScanner } from '../workspace/scanFile';
import { findConfigFile, loadConfig } from './loadConfig';
import { UsageError } from './usage';

export interface Target {
  valueHash: string;
  fingerprint?: string;
  /** The rule id (the fingerprint's first part, or the finding's). */
  ruleId?: string;
  /** FILE:LINE form: the finding, its file's text and where it was reported. */
  finding?: Finding;
  text?: string;
  reportedAt?: { file: string; line: number };
  /** The folder the target belongs to (its file's, else the current one). */
  dir: string;
}

const FINGERPRINT = /^([a-z0-9][a-z0-9/-]*):([0-9a-f]{16})$/;
const VALUE_HASH = /^[0-9a-f]{16}$/;
const FILE_LINE = /^(.+?):(\d+)(?::(\d+))?$/;

/** The project config for a folder, with its ignore list left out: an ignored value is still a place. */
export function searchConfig(dir: string): HushConfig {
  const { config } = loadConfig(findConfigFile(dir));
  return { ...config, ignore: [] };
}

export function resolveTarget(arg: string, cwd = process.cwd()): { target: Target; note?: string } {
  const fileLine = FILE_LINE.exec(arg);
  if (fileLine && existsSync(resolve(cwd, fileLine[1]!)) && statSync(resolve(cwd, fileLine[1]!)).isFile()) {
    return fromFile(resolve(cwd, fileLine[1]!), Number(fileLine[2]), fileLine[3] ? Number(fileLine[3]) : undefined, cwd);
  }
  const fp = FINGERPRINT.exec(arg);
  if (fp) return { target: { valueHash: fp[2]!, fingerprint: arg, ruleId: fp[1]!.split('/')[0], dir: cwd } };
  if (VALUE_HASH.test(arg)) return { target: { valueHash: arg, dir: cwd } };
  if (fileLine) throw new UsageError(`no such file: ${fileLine[1]}`);
  throw new UsageError(`"${arg}" is neither a fingerprint (rule-id:0123456789abcdef, as reports print it) nor FILE:LINE`);
}

function fromFile(path: string, line: number, column: number | undefined, cwd: string): { target: Target; note?: string } {
  const display = relative(cwd, path).split('\\').join('/');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${display}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const scanner = makeScanner(searchConfig(dirname(path)));
  const lines = new LineIndex(text);
  const onLine = scanner.scan(text, { path: display, suppressions: false }).filter((f) => {
    const s = lines.position(f.start);
    const e = lines.position(f.end);
    if (line < s.line + 1 || line > e.line + 1) return false;
    return column === undefined || ((line > s.line + 1 || column >= s.character + 1) && (line < e.line + 1 || column <= e.character + 1));
  });
  const f = onLine[0];
  if (!f) throw new UsageError(`no secret found at ${display}:${line}${column ? `:${column}` : ''}`);
  const note = onLine.length > 1 ? `${display}:${line} holds ${onLine.length} secrets; using the first (${f.masked}); give FILE:LINE:COLUMN for another` : undefined;
  return {
    target: { valueHash: f.fingerprint.slice(f.fingerprint.lastIndexOf(':') + 1), fingerprint: f.fingerprint, ruleId: f.ruleId, finding: f, text, reportedAt: { file: display, line }, dir: dirname(path) },
    note,
  };
}

/** The rule behind a target (built-in, or the project's custom rules). */
export function ruleOf(ruleId: string | undefined, dir: string): Rule | undefined {
  if (!ruleId) return undefined;
  return makeScanner(searchConfig(dir)).rules.find((r) => r.id === ruleId);
}
