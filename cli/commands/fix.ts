// `hush fix [PATH...] [--store dotenv|dotenvx|pass|gopass] [--dry-run]`: moves every uncommitted secret in
// the given files and folders (default: the current folder) to the store, replaces each with the language's
// environment reference, and prints a masked summary. Exit 0 when everything found was moved (or nothing
// was found), 1 when something was not (listed: committed secrets are to be revoked first), 2 on usage errors.
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CONFIG_FILE_NAMES, isStoreId, STORE_IDS, type HushConfig, type StoreId } from '../../engine';
import { walkFiles } from '../../workspace/walk';
import { fixFiles, type FixResult } from '../../workspace/fix/fixFiles';
import { findConfigFile, loadConfig } from '../loadConfig';
import { parseCommandArgs, UsageError } from '../usage';

async function expand(paths: readonly string[], configFor: (file: string) => HushConfig): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const abs = resolve(p);
    if (!statSync(abs).isDirectory()) {
      out.push(abs);
      continue;
    }
    for await (const f of walkFiles(abs, { exclude: configFor(resolve(abs, 'x')).exclude })) out.push(f.absolute);
  }
  return [...new Set(out)];
}

export function formatFixSummary(r: FixResult): string {
  const lines: string[] = [];
  const verb = r.dryRun ? 'would move' : 'moved';
  for (const m of r.moved) lines.push(`${verb}  ${m.file}:${m.line}  ${m.ruleId}  ${m.masked} → ${m.names.join(', ')}`);
  for (const c of r.cleared) lines.push(`${r.dryRun ? 'would clear' : 'cleared'}  ${c.file}:${c.line}  ${c.ruleId}  ${c.masked}: the saved output of cell ${c.cell}`);
  for (const c of r.committed) lines.push(`not moved  ${c.file}:${c.line}  ${c.ruleId}  ${c.masked}: ${c.reason}`);
  for (const f of r.failed) lines.push(`not moved  ${f.file}${f.line ? `:${f.line}` : ''}${f.ruleId ? `  ${f.ruleId}  ${f.masked}` : ''}: ${f.reason}`);
  const total = r.moved.length + r.cleared.length + r.committed.length + r.failed.length;
  if (total === 0) lines.push('Nothing to move: no uncommitted secrets in these files.');
  else {
    lines.push('');
    lines.push(`${r.moved.length} ${verb}${r.where && r.moved.length > 0 ? ` to ${r.where}` : ''}, ${r.committed.length} already committed (revoke first), ${r.failed.length} could not be moved.`);
    if (r.cleared.length > 0) lines.push(`${r.cleared.length} in notebook outputs: ${r.dryRun ? 'those outputs would be cleared' : 'those outputs were cleared'} (the cells' code is unchanged).`);
    if (r.committed.length > 0) lines.push('A committed secret stays in git history: revoke it at its provider, then move the new one.');
    for (const n of r.notes) lines.push(`Note: ${n}${/[.…]$/.test(n) ? '' : '.'}`);
    if (r.dryRun) lines.push('Dry run: nothing was changed.');
  }
  return lines.join('\n') + '\n';
}

export async function fixCommand(args: string[]): Promise<number> {
  const parsed = parseCommandArgs({
    args,
    allowPositionals: true,
    options: {
      store: { type: 'string', short: 's' },
      'dry-run': { type: 'boolean', short: 'n', default: false },
      'env-file': { type: 'string' },
      config: { type: 'string', short: 'c' },
    },
  });
  const { values, positionals } = parsed;
  if (values.store !== undefined && !isStoreId(values.store)) throw new UsageError(`--store must be one of ${STORE_IDS.join(', ')} (got "${values.store}")`);
  const paths = positionals.length > 0 ? positionals : ['.'];
  for (const p of paths) if (!existsSync(p)) throw new UsageError(`no such file or directory: ${p}`);
  const root = process.cwd();
  const configs = new Map<string, HushConfig>();
  const configFor = (file: string): HushConfig => {
    const path = values.config ?? findConfigFile(dirname(file));
    const key = path ?? '';
    let c = configs.get(key);
    if (!c) configs.set(key, (c = loadConfig(path).config));
    return c;
  };
  const rootConfig = values.config ?? findConfigFile(root) ?? resolve(root, CONFIG_FILE_NAMES[0]!);
  const store: StoreId = (values.store as StoreId | undefined) ?? (existsSync(rootConfig) ? loadConfig(rootConfig).config.store : undefined) ?? 'dotenv';
  const files = await expand(paths, configFor);
  const result = await fixFiles({ files, root, store, envPath: values['env-file'], dryRun: values['dry-run']!, configFor });
  process.stdout.write(formatFixSummary(result));
  return result.committed.length + result.failed.length > 0 ? 1 : 0;
}
