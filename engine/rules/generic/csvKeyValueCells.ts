// A CSV export that lists settings as name and value cells (a crash reporter's custom keys, a feature-flag or
// remote-config dump: `…,session_token,<value>` at the end of a row, rw-dev11): the cell before the value names it.
// Only the last two cells of a row, only a name the shared grammar reads as a token, secret or key, and only a value
// that looks generated.
import { readSecretName } from '../../validators/secretName';
import { isLiteralToken } from '../../validators/literalArgument';
import { looksRandom } from '../../validators/valueStats';
import type { MatchContext, Rule } from '../../types';

function validateCell(value: string, ctx: MatchContext): boolean {
  // CSV and TSV files only (and text without a path): the path gate is only the cheap form of this check.
  if (ctx.path !== undefined && !/\.(?:csv|tsv)$/i.test(ctx.path)) return false;
  const reading = readSecretName(ctx.keyName ?? '');
  if (!reading || reading.weak === true || reading.kind === 'password') return false;
  return isLiteralToken(value, 16) && looksRandom(value);
}

export const csvKeyValueCellRule: Rule = {
  id: 'csv-named-value-cell',
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  description: "Token in a CSV row's last cell, named by the cell before it (a crash reporter's custom keys, a settings export)",
  keywords: ['token', 'secret', 'key'],
  keywordWindow: { before: 80, after: 300 },
  // The name cell after a delimiter, the same delimiter, the value, the line's end.
  pattern: /(?<=(?<d>[,;\t]))(?<key>[A-Za-z][A-Za-z0-9_.-]{1,60})\k<d>(?<secret>[^\s,;\t"']{16,256})(?=\r?\n|$)/,
  appliesToPath: (path) => path === undefined || /\.(?:csv|tsv)$/i.test(path),
  validate: validateCell,
  envName: 'SECRET',
  severity: 'warning',
  docsUrl: 'https://cwe.mitre.org/data/definitions/532.html',
  revocationUrl: null,
  revocationNote: 'The export carries the value as data: rotate it, and keep secrets out of custom keys and exported settings.',
  examples: {
    positives: (g) => [
      `${g.hex(32)},${g.hex(32)},Pixel 6,Android 14,session_token,${g.s(g.hex(40))}\n`,
      `${g.hex(32)},${g.hex(32)},Pixel 6,Android 14,backend_api_key,${g.s(g.alnum(32))}\n${g.hex(32)},${g.hex(32)},Pixel 6,Android 14,user_id,7694750\n`,
    ],
    negatives: (g) => [
      `${g.hex(32)},${g.hex(32)},Pixel 6,Android 14,app_build,4.8.1 (4811)\n`,
      'key,label\napi_key_hint,Enter the API key from your dashboard\n',
      `id,cache_key,${g.hex(40)}\n`,
      `row,session_token,{{SESSION_TOKEN_PLACEHOLDER_VALUE}}\n`,
    ],
  },
};
