// `hush` command line: scan files for secrets. Exit codes: 0 clean, 1 findings, 2 usage or runtime error.
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { HISTORY_USAGE, historyCommand, isHistoryScan } from './commands/history';
import { ConfigError, findConfigFile, loadConfig } from './loadConfig';
import { formatJson } from './format/json';
import { toSarif } from './format/sarif';
import { formatText } from './format/text';
import { makeScanner, scanPaths } from './scanPaths';

declare const HUSH_VERSION: string | undefined;
const VERSION = typeof HUSH_VERSION === 'string' ? HUSH_VERSION : '0.1.0';

const USAGE = `Usage: hush <command> [options]

Commands:
  scan [PATH...]        Scan files and directories (default: .) for secrets
${HISTORY_USAGE}

Options for scan:
  -f, --format FMT      text (default), json or sarif
  -o, --output FILE     write the report to FILE instead of stdout
  -c, --config FILE     config file (default: nearest .hush.json)
      --no-gitignore    also scan files that .gitignore excludes
      --max-file-size N skip files larger than N MB (default 10)
  -h, --help            show this help
  -v, --version         print the version

Exit codes: 0 no secrets, 1 secrets found, 2 usage or runtime error.
Values are always masked in output.`;

class UsageError extends Error {}

function run(argv: string[]): number {
  const [command, ...rest] = argv;
  if (!command || command === '-h' || command === '--help' || command === 'help') {
    process.stdout.write(USAGE + '\n');
    return command ? 0 : 2;
  }
  if (command === '-v' || command === '--version') {
    process.stdout.write(VERSION + '\n');
    return 0;
  }
  if (command === 'scan') return scanCommand(rest);
  throw new UsageError(`unknown command "${command}"`);
}

function scanCommand(args: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'text' },
        output: { type: 'string', short: 'o' },
        config: { type: 'string', short: 'c' },
        'no-gitignore': { type: 'boolean', default: false },
        'max-file-size': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  const format = values.format!;
  if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError(`--format must be text, json or sarif (got "${format}")`);
  let maxFileBytes: number | undefined;
  if (values['max-file-size'] !== undefined) {
    const mb = Number(values['max-file-size']);
    if (!Number.isFinite(mb) || mb <= 0) throw new UsageError('--max-file-size must be a positive number of megabytes');
    maxFileBytes = Math.round(mb * 1048576);
  }
  const paths = positionals.length > 0 ? positionals : ['.'];
  for (const p of paths) if (!existsSync(p)) throw new UsageError(`no such file or directory: ${p}`);

  const configPath = values.config ?? findConfigFile(paths[0]!);
  const { config } = loadConfig(configPath);
  const base = configPath ? dirname(resolve(configPath)) : process.cwd();
  const tty = process.stderr.isTTY === true;
  let lastProgress = 0;
  const report = scanPaths(paths, {
    config,
    base,
    gitignore: !values['no-gitignore'],
    maxFileBytes,
    onProgress: tty
      ? (files, bytes) => {
          const now = Date.now();
          if (now - lastProgress < 100) return;
          lastProgress = now;
          process.stderr.write(`\r\x1b[2KScanning… ${files} files, ${(bytes / 1048576).toFixed(1)} MB`);
        }
      : undefined,
  });
  if (tty) process.stderr.write('\r\x1b[2K');

  const out =
    format === 'json'
      ? formatJson(report)
      : format === 'sarif'
        ? JSON.stringify(toSarif(report, makeScanner(config).rules, VERSION), null, 2) + '\n'
        : formatText(report, values.output === undefined && process.stdout.isTTY === true);
  if (values.output) writeFileSync(values.output, out);
  else process.stdout.write(out);
  return report.findings.length > 0 ? 1 : 0;
}

function main(): void {
  if (isHistoryScan(process.argv.slice(2))) {
    void historyCommand(process.argv.slice(3), VERSION).then((code) => (process.exitCode = code));
    return;
  }
  try {
    process.exitCode = run(process.argv.slice(2));
  } catch (e) {
    if (e instanceof UsageError) process.stderr.write(`hush: ${e.message}\n\n${USAGE}\n`);
    else if (e instanceof ConfigError) process.stderr.write(`hush: ${e.message}\n`);
    else process.stderr.write(`hush: ${(e as Error).message}\n`);
    process.exitCode = 2;
  }
}

main();
