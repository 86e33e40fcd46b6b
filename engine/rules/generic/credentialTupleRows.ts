// Passwords in rows of positional literals whose columns are named once above them: Go's table-driven tests
// (`[]struct{ name, user, pw string; ok bool }{ {"ok", "svc", "v", true}, … }`) and lists of credential tuples
// (`CREDENTIALS = [("ftp", "partner", "v"), …]`). The row has no key beside the value: the struct's field at the
// value's position, or the list's name and the tuple's shape (service, user, password), say what it is.
import { fileKind, isApiExamples } from '../../validators/fileKind';
import { nameWords, readSecretName } from '../../validators/secretName';
import { namedValueVerdict, passwordVerdict } from '../../validators/secretValue';
import { strongLooking } from '../prose';
import type { MatchContext, Rule } from '../../types';

/** How far above the row its header may be (a long table's rows are checked against the same header). */
const REACH = 3000;

/** A literal of the row before the value: a quoted string, a number, a bool or a name. */
const CELL = `(?:"[^"\\n\\\\]{0,80}"|'[^'\\n\\\\]{0,80}'|[\\w.-]{1,24})`;

/** The fields of a Go anonymous struct, in order (`name, user, pw string` / `wantErr bool`). */
function structFields(body: string): string[] {
  const fields: string[] = [];
  for (const line of body.split(/[\n;]/)) {
    const m = /^[ \t]{0,16}([A-Za-z_]\w{0,40}(?:[ \t]{0,4},[ \t]{0,4}[A-Za-z_]\w{0,40}){0,12})[ \t]{1,16}[*[\]\w.{}]{1,80}[ \t]{0,16}(?:`[^`\n]{0,200}`)?[ \t]{0,16}(?:\/\/[^\n]{0,400})?$/.exec(line);
    if (m) fields.push(...m[1]!.split(',').map((f) => f.trim()));
  }
  return fields;
}

/** The element index of the value in its row (commas outside quotes between the row's brace and the value). */
function cellIndex(row: string): number {
  let index = 0;
  let quote = '';
  for (const c of row) {
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === ',') index++;
  }
  return index;
}

/** Names of a list of logins (`CREDENTIALS`, `test_accounts`, `LOGINS`). */
const CREDENTIAL_LIST = /^(?:cred|creds|credentials|accounts?|logins?)$/;

function validateRow(value: string, ctx: MatchContext): boolean {
  const kind = fileKind(ctx.path);
  // Code and tests, and text of no known kind (a paste).
  if ((kind !== 'code' && kind !== 'test' && kind !== 'unknown') || isApiExamples(ctx.path)) return false;
  const text = ctx.text;
  const lineStart = text.lastIndexOf('\n', ctx.start - 1) + 1;
  const row = text.slice(lineStart, ctx.start - 1);
  const open = row.search(/[{(]/);
  if (open < 0) return false;
  const index = cellIndex(row.slice(open + 1));
  const above = text.slice(Math.max(0, lineStart - REACH), lineStart);
  const strict = kind === 'test';
  // A Go table: the struct's fields name the value's column.
  const struct = /\[\][ \t]*struct[ \t]*\{([^{}]{1,600})\}[ \t]*\{[^]*$/.exec(above);
  if (struct && !/\n[ \t]{0,40}\}[ \t]{0,40}\r?\n/.test(above.slice(struct.index + struct[0].indexOf('}') + 1).replace(/\{[^{}\n]*\}/g, ''))) {
    const field = structFields(struct[1]!)[index];
    const reading = field === undefined ? undefined : readSecretName(field);
    // Test tables are full of dummies (`correct-horse`, `hunter2`): a password there must look chosen (strongLooking).
    if (reading === undefined || namedValueVerdict(value, field!, reading, { strict, test: strict, quote: '"' }) !== undefined) return false;
    return reading.kind !== 'password' || strongLooking(value);
  }
  // A list of credential tuples: its name says so, and the value ends a tuple of three or more (service, user, password).
  const list = /(?:^|\n)[ \t]*([A-Za-z_]\w*)[ \t]*(?::[^=\n]{1,60})?(?:=|:=)[ \t]*[[({][ \t]*\r?\n(?:[ \t]*[({][^\n]*\r?\n){0,40}$/.exec(above);
  if (!list || !CREDENTIAL_LIST.test(nameWords(list[1]!).pop() ?? '')) return false;
  if (index < 2 || !/^["'][ \t]*[)}\]]/.test(text.slice(ctx.end, ctx.end + 4))) return false;
  return passwordVerdict(value, 'password', { strict, test: strict, quote: '"' }) === undefined && strongLooking(value);
}

export const credentialTupleRowRule: Rule = {
  id: 'generic-credential-row',
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  description: "Password in a row of a table named once above it (a Go test table's struct field, a list of credential tuples)",
  keywords: ['struct {', 'struct{', 'credentials', 'creds', 'accounts', 'logins'],
  keywordWindow: { before: 0, after: REACH },
  // A row's literals up to the value: a quoted string after one to six cells.
  pattern: new RegExp(`^[ \\t]{0,16}[{(][ \\t]{0,2}(?:${CELL}[ \\t]{0,2},[ \\t]{0,2}){1,6}["'](?<secret>[^"'\\s\\\\]{4,128})["']`, 'm'),
  validate: validateRow,
  skipPlaceholderCheck: true,
  envName: 'PASSWORD',
  severity: 'warning',
  docsUrl: 'https://cwe.mitre.org/data/definitions/798.html',
  revocationUrl: null,
  revocationNote: 'A password kept in code: change it at the service it opens, and read it from the environment or a secret store.',
  examples: {
    positives: (g) => [
      `func TestLogin(t *testing.T) {\n\ttests := []struct {\n\t\tname     string\n\t\tuser     string\n\t\tpassword string\n\t\twantErr  bool\n\t}{\n\t\t{"ok", "alice", "${g.s(`${g.pick(['Kestrel', 'Falcon', 'Maple'])}${g.digits(3)}!${g.pick(['xq', 'vw', 'zk'])}`)}", false},\n\t}\n`,
      `CREDENTIALS = [\n    ("ftp", "partner", "${g.s(`${g.pick(['Harbor', 'Falcon', 'Maple'])}.${g.pick(['Otter', 'Comet'])}.${g.digits(2)}`)}"),\n]\n`,
    ],
    negatives: (g) => [
      `\ttests := []struct {\n\t\tname, user, pw string\n\t\tok bool\n\t}{\n\t\t{"empty", "svc", "", false},\n\t\t{"placeholder", "svc", "<password>", false},\n\t}\n`,
      `\ttests := []struct {\n\t\tname, input, want string\n\t}{\n\t\t{"upper", "abc", "${g.alnum(12)}"},\n\t}\n`,
      `HOSTS = [\n    ("web", "10.0.0.1", "${g.alnum(12)}"),\n]\n`,
      `ACCOUNTS = [\n    ("alice", "admin", "Administrators"),\n]\n`,
    ],
  },
};
