// `heroku config` prints an app's environment under a `=== <app> Config Vars` header, one `NAME:   value` row per
// variable with the values aligned into a column. Pasted into migration notes and tickets (Markdown, text), the
// rows are data wherever they sit: the header says so, and the prose rules do not read aligned `NAME:` columns.
import { lineStartNear } from '../detect/lineStartNear';
import { readSecretName } from '../validators/secretName';
import { isLiteralPassword, isLiteralToken } from '../validators/literalArgument';
import { passwordVerdict } from '../validators/secretValue';
import { fileKind } from '../validators/fileKind';
import type { MatchContext, Rule } from '../types';

/** The header `heroku config` prints first; its rows follow it without a blank line. */
const HEADER = /^=== [^\n]{1,80} Config Vars[ \t]*$/m;
/** A row of the table: `NAME:`, blanks, a value. */
const ROW = /^[A-Z][A-Z0-9_]{0,79}:[ \t]+\S[^\n]*$/;

/** How far back one row may reach. */
const ROW_REACH = 2000;

/** The match's line sits in a block of such rows that opens with the header. */
function underHeader(text: string, start: number): boolean {
  // Bounded walks back (a minified one-line text must not cost a walk of the line per candidate); a row longer than
  // ROW_REACH ends the table.
  let lineStart = lineStartNear(text, start, start - ROW_REACH);
  if (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10) return false;
  // Rows of one table: at most 200 of them back to the header.
  for (let rows = 0; rows < 200 && lineStart > 0; rows++) {
    const prevStart = lineStartNear(text, lineStart - 1, lineStart - 1 - ROW_REACH);
    if (prevStart > 0 && text.charCodeAt(prevStart - 1) !== 10) return false;
    const prev = text.slice(prevStart, lineStart - 1).replace(/\r$/, '');
    if (HEADER.test(prev)) return true;
    if (!ROW.test(prev)) return false;
    lineStart = prevStart;
  }
  return false;
}

function validateConfigVar(value: string, ctx: MatchContext): boolean {
  const kind = fileKind(ctx.path);
  if (kind === 'lockfile' || kind === 'minified') return false;
  const reading = readSecretName(ctx.keyName ?? '');
  if (!reading || !underHeader(ctx.text, ctx.start)) return false;
  return reading.kind === 'password' ? isLiteralPassword(value) && passwordVerdict(value, 'password') === undefined : isLiteralToken(value, 16);
}

export const herokuConfigVarRule: Rule = {
  id: 'heroku-config-var',
  provider: 'Heroku',
  family: 'generic',
  priority: 'generic',
  description: 'A secret in the `NAME:   value` rows `heroku config` prints under `=== <app> Config Vars`',
  keywords: ['config vars'],
  // The table's rows follow the header: up to 60 rows of ≤ 280 characters.
  keywordWindow: { before: 100, after: 16000 },
  pattern: /^(?<key>[A-Z][A-Z0-9_]{0,79}):[ \t]{1,60}(?<secret>[^\s"'`]{4,512})[ \t]*\r?$/m,
  skipPlaceholderCheck: false,
  validate: validateConfigVar,
  envName: 'SECRET',
  severity: 'error',
  docsUrl: 'https://devcenter.heroku.com/articles/config-vars',
  revocationUrl: null,
  revocationNote: 'The config dump shows every value: rotate the secrets it printed, and share `heroku config` output with the values cut.',
  examples: {
    positives: (g) => [
      `$ heroku config -a shop\n=== shop Config Vars\nLANG:                    en_US.UTF-8\nSECRET_KEY_BASE:         ${g.s(g.hex(128))}\nRAILS_MASTER_KEY:        ${g.s(g.hex(32))}\nRACK_ENV:                production\n`,
      `\`\`\`console\n=== api-prod Config Vars\nAPI_TOKEN:      ${g.s(g.alnum(40))}\n\`\`\`\n`,
    ],
    negatives: (g) => [
      `=== shop Config Vars\nLANG:              en_US.UTF-8\nSECRET_KEY_BASE:   ********\nWEB_CONCURRENCY:   2\n`,
      // Rows without the header are a README's aligned list, read by the other rules.
      `Settings\nSECRET_KEY_BASE:         ${g.hex(128)}\n`,
      `=== shop Config Vars\nLANG:   en_US.UTF-8\n\nSECRET_KEY_BASE:         ${g.hex(128)}\n`,
    ],
  },
};
