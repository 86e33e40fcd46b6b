// Secrets in a PostgreSQL dump's data: `COPY public.api_keys (id, owner, key, key_hash) FROM stdin;` is followed by
// one tab-separated row per line until `\.`. The header names each column, so the column named for a secret
// (`password`, `api_token`, or `key` in a table named for keys) says what its values are.
import { fileKind } from '../../validators/fileKind';
import { readSecretName, type SecretNameReading } from '../../validators/secretName';
import { namedValueVerdict } from '../../validators/secretValue';
import type { MatchContext, Rule } from '../../types';
import { lowerBound } from '../../lineIndex';

/** How far the rows may run after their COPY header. */
const MAX_ROWS_TEXT = 20_000;

const COPY_LINE = /COPY[ \t]{1,4}([\w."]{1,120})[ \t]{0,4}\(([^()\n]{1,2000})\)[ \t]{1,4}FROM[ \t]{1,4}stdin;[ \t]*\r?$/i;

interface CopyBlock {
  table: string;
  columns: string[];
  /** The rows lie in [bodyStart, bodyEnd): `\.` on a line of its own ends them. */
  bodyStart: number;
  bodyEnd: number;
}

/** The block last looked at: every row of a dump asks about the same one. */
let memo: { text: string; block: CopyBlock } | undefined;

/** Where `FROM stdin;` / `from stdin;` start in the last text asked about: two searches back from every row cost a walk of the whole text each. */
let stdinText: string | undefined;
let stdinAt: number[] = [];

/** The last `FROM stdin;` (either case) starting at or before `at`, or -1. */
function lastStdinBefore(text: string, at: number): number {
  if (text !== stdinText) {
    stdinText = text;
    stdinAt = [];
    for (const m of text.matchAll(/FROM stdin;|from stdin;/g)) stdinAt.push(m.index);
  }
  const i = lowerBound(stdinAt, at + 1) - 1;
  return i < 0 ? -1 : stdinAt[i]!;
}

/** The COPY block a row at `at` belongs to, if any. */
function copyBlock(text: string, at: number): CopyBlock | undefined {
  if (memo && memo.text === text && at >= memo.block.bodyStart && at < memo.block.bodyEnd) return memo.block;
  const from = lastStdinBefore(text, at);
  if (from < 0 || at - from > MAX_ROWS_TEXT) return undefined;
  const lineStart = text.lastIndexOf('\n', from) + 1;
  let lineEnd = text.indexOf('\n', from);
  if (lineEnd < 0) lineEnd = text.length;
  const m = COPY_LINE.exec(text.slice(Math.max(lineStart, from - 2200), lineEnd));
  if (!m) return undefined;
  const bodyStart = lineEnd + 1;
  const close = text.indexOf('\n\\.', lineEnd);
  const bodyEnd = close < 0 ? text.length : close + 1;
  if (at < bodyStart || at >= bodyEnd) return undefined;
  const block = { table: m[1]!.replace(/"/g, '').split('.').pop()!, columns: m[2]!.split(',').map((c) => c.trim().replace(/"/g, '')), bodyStart, bodyEnd };
  memo = { text, block };
  return block;
}

/** What a column holds: its own name's reading, or a bare `key`/`token`/`secret`/`value` read with the table's name. */
function columnReading(table: string, column: string): SecretNameReading | undefined {
  const own = readSecretName(column);
  if (own) return own;
  if (!/^(?:key|token|secret|value)$/i.test(column)) return undefined;
  const singular = table.replace(/s$/i, '');
  const reading = readSecretName(singular);
  return reading && !reading.weak ? reading : undefined;
}

function validateRow(value: string, ctx: MatchContext): boolean {
  if (fileKind(ctx.path) === 'lockfile') return false;
  const block = copyBlock(ctx.text, ctx.start);
  if (!block) return false;
  let lineStart = ctx.start;
  while (lineStart > 0 && ctx.text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  let column = 0;
  for (let i = lineStart; i < ctx.start; i++) if (ctx.text.charCodeAt(i) === 9) column++;
  const name = block.columns[column];
  const reading = name === undefined ? undefined : columnReading(block.table, name);
  if (!name || !reading || value === '\\N') return false;
  const verdict = namedValueVerdict(value, name, reading);
  return verdict === undefined;
}

export const sqlDumpColumnRule: Rule = {
  id: 'sql-dump-secret-column',
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  description: "Password, token or key in a database dump's data, in a column named for it (COPY … FROM stdin rows)",
  keywords: ['from stdin'],
  // The COPY line itself (before its keyword) matches the row pattern too; the validator drops it.
  keywordWindow: { before: 2200, after: MAX_ROWS_TEXT },
  pattern: /(?<=^|\t)(?<secret>[^\t\r\n\\]{8,200})(?=\t|\r?$)/m,
  validate: validateRow,
  skipPlaceholderCheck: true,
  envName: 'SECRET',
  severity: 'warning',
  docsUrl: 'https://www.postgresql.org/docs/current/sql-copy.html',
  revocationUrl: null,
  revocationNote: 'Revoke every credential in the dump (the rows are live keys or passwords), and keep dumps out of the repository.',
  examples: {
    positives: (g) => [
      `COPY public.api_keys (id, owner, key, key_hash, created_at) FROM stdin;\n1\tsearch@acme.example\t${g.s(`ak_${g.alnum(32)}`)}\t${g.hex(64)}\t2024-01-10 10:00:00+00\n\\.\n`,
      `COPY public.integrations (id, name, api_token) FROM stdin;\n7\tslack\t${g.s(g.alnum(40))}\n\\.\n`,
    ],
    negatives: (g) => [
      `COPY public.api_keys (id, owner, key_hash) FROM stdin;\n1\tsearch@acme.example\t${g.hex(64)}\n\\.\n`,
      `COPY public.users (id, email, password_hash) FROM stdin;\n1\tann@acme.example\t$2b$12$${g.alnum(53)}\n\\.\n`,
      `COPY public.api_keys (id, key) FROM stdin;\n\\.\n\n-- after the block\n${g.alnum(40)}\n`,
      `COPY public.settings (id, key, value) FROM stdin;\n1\tmax_upload_size\t10485760\n\\.\n`,
    ],
  },
};
