// A COBOL data item's initial value under a secret-like name (found while tuning on rw-dev7's code part):
// `01  WS-DB-PASSWORD  PIC X(12) VALUE 'v'.` The picture clause sits between the name and its VALUE, so the shared
// name grammar (name, separator, value) never pairs them; legacy batch programs keep database and FTP logins this way.
import { fileKind } from '../../validators/fileKind';
import { readSecretName } from '../../validators/secretName';
import { namedValueVerdict } from '../../validators/secretValue';
import type { MatchContext, Rule } from '../../types';

function validateCobolValue(value: string, ctx: MatchContext): boolean {
  const kind = fileKind(ctx.path);
  if (kind === 'lockfile' || kind === 'minified' || kind === 'prose') return false;
  const name = ctx.keyName;
  if (!name) return false;
  // COBOL names join words with `-` (`WS-FTP-PASS`); the shared reading takes `_`.
  const reading = readSecretName(name.replace(/-/g, '_'));
  if (!reading) return false;
  return namedValueVerdict(value, name, reading, { quote: ctx.text.charAt(ctx.start - 1) }) === undefined;
}

export const cobolValueRule: Rule = {
  id: 'generic-cobol-value',
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  description: "Hard-coded password or key as a COBOL data item's VALUE (01 WS-DB-PASSWORD PIC X(12) VALUE '…')",
  keywords: ['pic x', 'picture x'],
  keywordWindow: { before: 60, after: 160 },
  // Level number, name, the alphanumeric picture, VALUE (maybe IS) and a quoted literal.
  pattern:
    /\b\d{2}[ \t]{1,12}(?<key>[A-Za-z][A-Za-z0-9-]{0,29})[ \t]{1,12}PIC(?:TURE)?(?:[ \t]{1,4}IS)?[ \t]{1,4}X(?:\(\d{1,4}\))?[ \t]{1,12}VALUE(?:[ \t]{1,4}IS)?[ \t]{1,4}(?<q>['"])(?<secret>[^'"\n]{3,160})\k<q>/i,
  validate: validateCobolValue,
  skipPlaceholderCheck: false,
  envName: 'SECRET',
  severity: 'warning',
  docsUrl: 'https://cwe.mitre.org/data/definitions/798.html',
  revocationUrl: null,
  revocationNote: 'A generic secret: change it wherever it is issued, and read it at run time (a protected file, the job scheduler’s vault) instead of the program source.',
  examples: {
    positives: (g) => [`       01  WS-DB-PASSWORD    PIC X(12) VALUE '${g.s(`${g.upper(3)}@${g.digits(4)}`)}'.`, `       05  FTP-PASS          PICTURE X(16) VALUE "${g.s(g.alnum(14))}".`],
    negatives: (g) => [`       01  WS-DB-USER        PIC X(10) VALUE '${g.upper(7)}'.`, `       01  WS-PASSWORD       PIC X(12) VALUE SPACES.`, `       01  WS-PASSWORD-MSG   PIC X(30) VALUE 'ENTER PASSWORD'.`],
  },
};
