// `hush where <fingerprint|FILE:LINE> [PATH...]`: every place a value is used, in the current folder and
// each PATH (other clones), their gitignored files and their git histories; masked, in rotation order.
// Exit 0 found nowhere, 1 found, 2 error.
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { makeScanner } from '../../workspace/scanFile';
import { findPlaces, folderLabel } from '../../workspace/findPlaces';
import { formatPlacesJson, formatPlacesText, type PlacesReport } from '../../report/places';
import { resolveTarget, searchConfig } from '../target';
import { parseCommandArgs, UsageError } from '../usage';

/** `.` first, then each PATH once. */
export function searchRoots(paths: readonly string[], cwd = process.cwd()): { path: string; label: string }[] {
  const out = new Map<string, string>([[resolve(cwd), '.']]);
  for (const p of paths) {
    const abs = resolve(cwd, p);
    if (!existsSync(abs) || !statSync(abs).isDirectory()) throw new UsageError(`not a folder: ${p}`);
    if (!out.has(abs)) out.set(abs, folderLabel(abs, cwd));
  }
  return [...out].map(([path, label]) => ({ path, label }));
}

/** A terminal line that rewrites itself, or nothing. */
export function progressLine(): ((note: { files: number; commits: number; current: string }) => void) | undefined {
  if (process.stderr.isTTY !== true) return undefined;
  return (n) => process.stderr.write(`\r\x1b[2KSearching… ${n.files} files, ${n.commits} commits  ${n.current.slice(-50)}`);
}

export async function whereCommand(args: readonly string[]): Promise<number> {
  const parsed = parseCommandArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f', default: 'text' },
      output: { type: 'string', short: 'o' },
      'no-history': { type: 'boolean', default: false },
    },
  });
  const { values, positionals } = parsed;
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`--format must be text or json (got "${values.format}")`);
  const [what, ...paths] = positionals;
  if (!what) throw new UsageError('where needs a fingerprint or FILE:LINE: hush where <fingerprint|FILE:LINE> [PATH...]');
  const { target, note } = resolveTarget(what);
  if (note) process.stderr.write(`hush: ${note}\n`);
  const roots = searchRoots(paths);
  const progress = progressLine();
  const value = target.finding && target.text ? target.text.slice(target.finding.start, target.finding.end) : undefined;
  const found = await findPlaces({
    roots,
    valueHash: target.valueHash,
    value,
    masked: target.finding?.masked ?? '…',
    scannerFor: (dir) => makeScanner(searchConfig(dir)),
    history: !values['no-history'],
    onProgress: progress,
  });
  if (progress) process.stderr.write('\r\x1b[2K');
  const first = found.places[0];
  const report: PlacesReport = {
    target: { fingerprint: target.fingerprint ?? first?.fingerprint, valueHash: target.valueHash, masked: target.finding?.masked ?? first?.masked ?? '…', provider: target.finding?.provider },
    ...found,
  };
  const out = values.format === 'json' ? formatPlacesJson(report) : formatPlacesText(report);
  if (values.output) writeFileSync(values.output, out);
  else process.stdout.write(out);
  return found.places.length > 0 ? 1 : 0;
}
