// A password filled into a format string's credential slot: `fmt.Sprintf("%s:%s@tcp(%s)/%s", "u", "pw", …)`,
// PHP `sprintf('ftp://%s:%s@%s/', 'u', 'pw', $host)`, .NET `string.Format("…;Password={2};", db, "u", "pw")`,
// Python `"%s:%s@%s" % ("u", "pw", h)` and `"…password={}".format("pw")`. The format says which argument is the
// password: the slot after `user:` and before `@`, or the slot after `password=`.
import { fileKind } from '../../validators/fileKind';
import { passwordVerdict } from '../../validators/secretValue';
import type { MatchContext, Rule } from '../../types';
import { madeUpPassword } from '../humanPasswords';

const LIT = `(?:"[^"\\n]{1,200}"|'[^'\\n]{1,200}')`;
/** The format literal and the arguments after it, up to the value's opening quote (read on at most 400 characters). */
const FORMAT_BEFORE = new RegExp(
  `(?:[\\w$]{0,40}(?:printf|Sprintf|format|Format)[ \\t]{0,2}\\([ \\t]{0,2}(?<f1>${LIT})[ \\t]{0,2},|(?<f2>${LIT})[ \\t]{0,2}(?:%[ \\t]{0,2}\\(|\\.format\\())(?<args>[^()\\n]{0,300})$`,
);
/** printf verbs and .NET/Python braces; `%%` is a literal percent sign. */
const SLOT = /%%|%(?:\d{1,2}\$)?[-+ #0]{0,3}\d{0,3}(?:\.\d{1,3})?[sdvqrxXif]|\{(\d{0,2})(?::[^}]{0,12})?\}/g;
/** Text of the format just before a password slot: `password=`, `Pwd=`, `:pass `. */
const PASSWORD_BEFORE = /(?:pass(?:word|wd)?|pwd|passphrase)[ \t]{0,2}[=:][ \t]{0,2}["']?$/i;

/** Indexes (0-based, among the arguments after the format) that fill a password slot. */
function passwordSlots(format: string): Set<number> {
  const slots = new Set<number>();
  let next = 0;
  let previousEnd = -1;
  for (const m of format.matchAll(SLOT)) {
    if (m[0] === '%%') continue;
    const index = m[1] !== undefined && m[1] !== '' ? Number(m[1]) : next++;
    const before = format.slice(0, m.index);
    const userBefore = previousEnd >= 0 && before.slice(previousEnd) === ':' && format.charAt(m.index + m[0].length) === '@';
    if (userBefore || PASSWORD_BEFORE.test(before)) slots.add(index);
    previousEnd = m.index + m[0].length;
  }
  return slots;
}

/** Top-level arguments before the value (quotes respected); undefined when the text does not read as arguments. */
function argumentsBefore(text: string): number | undefined {
  let count = 0;
  let quote = '';
  let current = '';
  for (const c of text) {
    if (quote) {
      if (c === quote) quote = '';
      current += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      current += c;
    } else if (c === ',') {
      if (current.trim() === '') return undefined;
      count++;
      current = '';
    } else current += c;
  }
  return quote || current.trim() !== '' ? undefined : count;
}

function validateFormatArgument(value: string, ctx: MatchContext): boolean {
  const kind = fileKind(ctx.path);
  if (kind === 'lockfile' || kind === 'minified' || kind === 'example' || kind === 'prose') return false;
  const m = FORMAT_BEFORE.exec(ctx.text.slice(Math.max(0, ctx.start - 400), ctx.start - 1));
  if (!m?.groups) return false;
  const format = (m.groups.f1 ?? m.groups.f2 ?? '').slice(1, -1);
  const position = argumentsBefore(m.groups.args ?? '');
  if (position === undefined || !passwordSlots(format).has(position)) return false;
  return passwordVerdict(value, 'password', { strict: kind === 'test', quote: ctx.text.charAt(ctx.start - 1) }) === undefined;
}

export const formatArgumentRule: Rule = {
  id: 'generic-format-password-argument',
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  description: "Hard-coded password filled into a format string's credential slot (user:%s@host, password={2})",
  keywords: ['printf(', 'format(', ' % ('],
  keywordWindow: { before: 60, after: 420 },
  pattern: /(?<=[,(][ \t]{0,4})["'](?<secret>[^"'\n\\]{3,120})["'](?=[ \t]{0,4}[,)])/,
  validate: validateFormatArgument,
  skipPlaceholderCheck: true,
  envName: 'PASSWORD',
  severity: 'warning',
  docsUrl: 'https://cwe.mitre.org/data/definitions/798.html',
  revocationUrl: null,
  revocationNote: 'Change the password at the service the connection logs in to, then read it from the environment or a secret store.',
  examples: {
    positives: (g) => {
      const human = () => madeUpPassword(g, 3, ['!', '#', '?'], ['Harbor', 'Falcon', 'Maple', 'Cobalt']);
      return [
        `\treturn fmt.Sprintf("%s:%s@tcp(%s)/%s", "report", "${g.s(human())}", "10.20.0.5:3306", "legacy")`,
        `$ftp = sprintf('ftp://%s:%s@%s/', 'seeblick', '${g.s(`${g.alnum(12)}&${g.digits(2)}`)}', 'ftp.example.net');`,
        `    string.Format("Server=rpt01;Database={0};User Id={1};Password={2};", db, "rpt_user", "${g.s(human())}");`,
        `url = "postgresql://%s:%s@%s/app" % ("app", "${g.s(human())}", host)`,
        `dsn = "host=db user=etl password={}".format("${g.s(human())}")`,
      ];
    },
    negatives: () => [
      'return fmt.Sprintf("%s:%s@tcp(%s)/%s", user, pass, host, db)',
      'fmt.Sprintf("%s:%s@tcp(%s)/%s", "report", os.Getenv("PW"), "db", "x")',
      'msg = "%s logged in as %s" % ("alice", "Harbor123!")',
      'log.Printf("user %s: %s", "alice", "Harbor123!")',
      'string.Format("Server=rpt01;Database={0};User Id={1};Password={2};", db, "rpt_user", pw)',
      'url = "postgresql://%s:%s@%s/app" % ("app", "changeme", host)',
    ],
  },
};
