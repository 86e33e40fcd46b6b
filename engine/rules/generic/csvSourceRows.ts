// JUnit 5 `@CsvSource` rows: each string of the annotation (or each line of its `textBlock`) is a CSV row, and the
// test method's parameters after the annotation name the columns (`void login(String user, String password)`).
// A cell under a password's parameter, in a row whose other parameter names a login, is a hard-coded password —
// the same reading row-of-credentials gives a tuple under a header, for rows written as CSV text.
import { fileKind } from '../../validators/fileKind';
import { readSecretName } from '../../validators/secretName';
import { passwordVerdict } from '../../validators/secretValue';
import type { MatchContext, Rule } from '../../types';

/** How far the annotation may open before a cell, and its method's parameters follow. */
const REACH = 2000;

const PASSWORD_PARAM = /^(?:pass|passwd|password|passphrase|pw|pwd|secret|credential|userPassword|plainPassword)$/i;
const USER_PARAM = /^(?:user|username|userName|login|email|account|principal|name|userId|usr)$/i;

/** The annotation's opening before the cell, with its delimiter (`delimiter = '|'`) when it sets one. */
function annotationBefore(text: string, at: number): { start: number; delimiter: string } | undefined {
  const before = text.slice(Math.max(0, at - REACH), at);
  const open = before.lastIndexOf('@CsvSource');
  if (open < 0) return undefined;
  // The annotation must still be open: no `)` closing it followed by the method between it and the cell.
  const head = before.slice(open);
  if (/\)\s*(?:public\s+|protected\s+|private\s+)?(?:void|fun)\s/.test(head)) return undefined;
  const delimiter = /delimiter\s*=\s*'(.)'/.exec(head)?.[1] ?? ',';
  return { start: at - before.length + open, delimiter };
}

/** The method's parameter names after the annotation (`void login(String user, String password)`, Kotlin's `fun login(user: String, …)`). */
function parameterNames(text: string, from: number): string[] | undefined {
  const after = text.slice(from, from + REACH);
  const m = /\b(?:void|fun)\s+\w{1,80}\s*\(([^()]{0,400})\)/.exec(after);
  if (!m) return undefined;
  return m[1]!.split(',').map((p) => {
    const t = p.trim();
    const kotlin = /^(\w{1,40})\s*:/.exec(t);
    return kotlin ? kotlin[1]! : (/(\w{1,40})$/.exec(t)?.[1] ?? '');
  });
}

/** The row the cell sits in (a string's content or a text block's line) and the cell's index in it. */
function cellIndex(text: string, start: number, end: number, delimiter: string): { index: number; cells: number } | undefined {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  const line = text.slice(lineStart, lineEnd);
  // A row in a string (`"ops, pw",`): from the string's opening quote to its closing one; else the text block's line.
  const q1 = line.indexOf('"');
  const q2 = line.lastIndexOf('"');
  const inString = q1 >= 0 && q2 > q1 && q1 < start - lineStart && end - lineStart <= q2;
  const rowStart = inString ? lineStart + q1 + 1 : lineStart;
  const row = inString ? line.slice(q1 + 1, q2) : line;
  if (/^\s*#/.test(row) || row.includes('"""')) return undefined;
  const before = text.slice(rowStart, start);
  let index = 0;
  let quoted = false;
  for (const c of before) {
    if (c === "'") quoted = !quoted;
    else if (c === delimiter && !quoted) index++;
  }
  let cells = 1;
  quoted = false;
  for (const c of row) {
    if (c === "'") quoted = !quoted;
    else if (c === delimiter && !quoted) cells++;
  }
  return { index, cells };
}

export function validateCsvSourceCell(value: string, ctx: MatchContext): boolean {
  const kind = fileKind(ctx.path);
  if (kind !== 'code' && kind !== 'test' && kind !== 'unknown') return false;
  const annotation = annotationBefore(ctx.text, ctx.start);
  if (!annotation) return false;
  const names = parameterNames(ctx.text, ctx.start);
  const cell = cellIndex(ctx.text, ctx.start, ctx.end, annotation.delimiter);
  if (!names || !cell || cell.cells !== names.length || cell.index >= names.length) return false;
  const name = names[cell.index]!;
  if (!PASSWORD_PARAM.test(name) && readSecretName(name)?.kind !== 'password') return false;
  if (!names.some((n, i) => i !== cell.index && USER_PARAM.test(n))) return false;
  return passwordVerdict(value, 'password', { strict: true, test: true, quote: "'" }) === undefined;
}

export const csvSourceRowRule: Rule = {
  id: 'junit-csv-source-password',
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  description: "Hard-coded password in a JUnit @CsvSource row, under the test method's password parameter",
  keywords: ['@csvsource'],
  // The annotation comes first; the window's short lead only covers cell-shaped text just before it (`@ParameterizedTest`).
  keywordWindow: { before: 400, after: REACH },
  // A cell of a row (no blanks inside): after the row's opening quote or a delimiter (`,` or `|`), maybe in single
  // quotes; the validator finds the annotation, the row and the method's parameters.
  pattern: /(?<=(?:^|["',|])[ \t]{0,40}'?)(?<secret>[^\s,|"'#][^\s,|"']{2,127})(?='?[ \t]{0,40}(?:[,|"]|\r?\n|$))/m,
  validate: validateCsvSourceCell,
  skipPlaceholderCheck: true,
  envName: 'PASSWORD',
  severity: 'warning',
  docsUrl: 'https://junit.org/junit5/docs/current/user-guide/#writing-tests-parameterized-tests-sources-CsvSource',
  revocationUrl: null,
  revocationNote: 'Change the passwords of these accounts, then give the test its credentials from the environment or a test fixture that generates them.',
  examples: {
    positives: (g) => [
      `    @ParameterizedTest\n    @CsvSource({\n        "ops.admin, ${g.s(`${g.pick(['Harbor', 'Falcon', 'Maple'])}${g.digits(3)}!`)}",\n        "billing,   ${g.s(g.alnum(16))}"\n    })\n    void knownUsersSignIn(String user, String password) {\n        assertThat(service.login(user, password)).isTrue();\n    }\n`,
      `    @ParameterizedTest\n    @CsvSource(delimiter = '|', textBlock = """\n        svc-reporting | ${g.s(`${g.pick(['Copper', 'Violet'])}_${g.digits(2)}x${g.alnum(4)}`)}\n        """)\n    void serviceAccountsSignIn(String username, String password) {}\n`,
    ],
    negatives: (g) => [
      `    @CsvSource({"abc, ${g.alnum(16)}", "def, ${g.alnum(16)}"})\n    void upperCases(String input, String expected) {}\n`,
      `    @CsvSource({"alice, ''", "bob, password"})\n    void rejectsWeak(String user, String password) {}\n`,
    ],
  },
};
