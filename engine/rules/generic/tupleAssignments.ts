// Several names assigned several literals at once: Python, Lua and Go `user, pw = "u", "p"`, F# `let u, p = "u", "p"`,
// JavaScript `const [USER, PASS] = ['u', 'p']`. The value belongs to the name at its own position, so a password
// name second in the list takes the second literal (an assignment read name by name would hand it the first).
import { fileKind } from '../../validators/fileKind';
import { SECRET_NAME_KEYWORDS, readSecretName } from '../../validators/secretName';
import { namedValueVerdict } from '../../validators/secretValue';
import type { MatchContext, Rule } from '../../types';
import { madeUpPassword } from '../humanPasswords';

const LITERAL = `(?:"[^"\\n]{0,120}"|'[^'\\n]{0,120}')`;

/** What may stand before the list of names on its line: a declaration word, an opening bracket. */
const LINE_HEAD = /(?:^|\n)[ \t]{0,40}(?:(?:let|var|val|const|local|my|our)[ \t]{1,4})?[[(]?[ \t]{0,2}$/;

/** The names, the operator and the literals before the value, up to the value's opening quote. */
const NAMES_AND_VALUES = new RegExp(
  `(?<![\\w$])(?<names>[\\w$]{1,40}(?:[ \\t]{0,2},[ \\t]{0,2}[\\w$]{1,40}){1,3})[ \\t]{0,2}[\\])]?[ \\t]{0,2}:?=[ \\t]{0,2}[[(]?[ \\t]{0,2}(?<values>(?:${LITERAL}[ \\t]{0,2},[ \\t]{0,2}){1,3})$`,
);

/** Files whose tuples are no assignments of code: the rule is skipped there (Rule.appliesToPath), its validator says the same. */
function tuplesApply(path: string | undefined): boolean {
  const kind = fileKind(path);
  return kind !== 'lockfile' && kind !== 'minified' && kind !== 'example' && kind !== 'prose';
}

function validateTuple(value: string, ctx: MatchContext): boolean {
  const kind = fileKind(ctx.path);
  if (!tuplesApply(ctx.path) || !ctx.keyName) return false;
  const lineStart = ctx.text.lastIndexOf('\n', ctx.start - 1) + 1;
  const line = ctx.text.slice(lineStart, ctx.start - 1);
  const split = NAMES_AND_VALUES.exec(line);
  if (!split?.groups || !LINE_HEAD.test(line.slice(0, split.index))) return false;
  const names = split.groups.names!.split(',').map((n) => n.trim());
  const before = split.groups.values!.match(new RegExp(`${LITERAL}[ \\t]{0,2},`, 'g')) ?? [];
  // The value is the last literal, at the position of the last name: one literal a name.
  if (before.length !== names.length - 1 || names[names.length - 1] !== ctx.keyName) return false;
  if (!/^[ \t]{0,2}(?:[\])][ \t]{0,2})?(?:;|\r?\n|$|[ \t]{1,4}(?:#|\/\/|--))/.test(ctx.text.slice(ctx.end + 1, ctx.end + 12))) return false;
  const reading = readSecretName(ctx.keyName);
  if (!reading) return false;
  return namedValueVerdict(value, ctx.keyName, reading, { strict: kind === 'test', quote: ctx.text.charAt(ctx.start - 1) }) === undefined;
}

export const tupleAssignmentRule: Rule = {
  id: 'generic-tuple-assignment',
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  description: 'Hard-coded password or token assigned with other literals at once (user, pw = "u", "…")',
  keywords: [...SECRET_NAME_KEYWORDS],
  keywordWindow: { before: 200, after: 400 },
  pattern: new RegExp(
    `(?<![\\w$])(?:[\\w$]{1,40}[ \\t]{0,2},[ \\t]{0,2}){1,3}(?<key>[\\w$]{1,40})[ \\t]{0,2}[\\])]?[ \\t]{0,2}:?=[ \\t]{0,2}[[(]?[ \\t]{0,2}(?:${LITERAL}[ \\t]{0,2},[ \\t]{0,2}){1,3}["'](?<secret>[^"'\\n\\\\]{3,200})["']`,
  ),
  // The operator, the first literal and the comma after it: rare in code, while the names before them start at every
  // identifier of the window.
  windowNeeds: new RegExp(`=[ \\t]{0,2}[[(]?[ \\t]{0,2}${LITERAL}[ \\t]{0,2},[ \\t]{0,2}["']`),
  appliesToPath: tuplesApply,
  validate: validateTuple,
  skipPlaceholderCheck: true,
  envName: 'PASSWORD',
  severity: 'warning',
  docsUrl: 'https://cwe.mitre.org/data/definitions/798.html',
  revocationUrl: null,
  revocationNote: 'Change the password or key where it is issued, then read it from the environment or a secret store.',
  examples: {
    positives: (g) => {
      const human = () => madeUpPassword(g, 3, ['!', '#', '?'], ['Harbor', 'Falcon', 'Maple', 'Cobalt']);
      return [
        `let ftpUser, ftpPass = "crm-import", "${g.s(human())}"`,
        `const [LEGACY_USER, LEGACY_PASS] = ['migrator', '${g.s(human())}'];`,
        `    db_user, db_password = "report", "${g.s(`${g.alnum(14)}#${g.digits(2)}`)}"`,
        `local host, user, password = "10.0.0.5", "game", "${g.s(human())}"`,
        `client_id, client_secret = "ingest-svc", "${g.s(g.hex(40))}"`,
      ];
    },
    negatives: () => [
      'let ftpUser, ftpPass = "crm-import", System.getenv("FTP_PASS")',
      'user, password = "admin", "changeme"',
      'user, password = credentials()',
      'const [user, password] = ["user", "password"];',
      'first, password = "a", "Harbor123!", extra',
      'f(user, password = "x", "y")',
    ],
  },
};
