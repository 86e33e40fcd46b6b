// `hush rules [FILTER]`: every rule the scan would run (the built-in ones the config leaves on, plus its
// custom rules), as text or JSON: id, provider, family, variable name, where to revoke. docs/rules.md is
// generated from the same catalogue (report/ruleCatalog.ts).
import { makeScanner } from '../../workspace/scanFile';
import { formatRulesJson, formatRulesText, ruleCatalog } from '../../report/ruleCatalog';
import { findConfigFile, loadConfig } from '../loadConfig';
import { parseCommandArgs, USAGE, UsageError } from '../usage';

export function rulesCommand(args: string[]): number {
  const parsed = parseCommandArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string', short: 'f', default: 'text' }, config: { type: 'string', short: 'c' }, help: { type: 'boolean', short: 'h' } },
  });
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`--format must be text or json for rules (got "${values.format}")`);
  if (positionals.length > 1) throw new UsageError('rules takes at most one filter (a word of the id, provider or family)');
  const { config } = loadConfig(values.config ?? findConfigFile(process.cwd()));
  const filter = positionals[0]?.toLowerCase();
  const entries = ruleCatalog(makeScanner(config).rules).filter((e) => !filter || [e.id, e.provider, e.family].some((s) => s.toLowerCase().includes(filter)));
  const color = process.stdout.isTTY === true && !process.env.NO_COLOR;
  process.stdout.write(values.format === 'json' ? formatRulesJson(entries) : formatRulesText(entries, color));
  return 0;
}
