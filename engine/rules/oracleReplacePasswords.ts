// Oracle's `ALTER USER u IDENTIFIED BY new REPLACE old`: a user changing their own password gives the old one too
// (the database asks for it under a password verify function). The generic rule reads the new password after
// `IDENTIFIED BY`; the old one after `REPLACE` is a password as well, often still valid on a standby or another
// schema (rw-dev9).
import { fileKind } from '../validators/fileKind';
import { passwordVerdict } from '../validators/secretValue';
import type { MatchContext, Rule } from '../types';

function validate(value: string, ctx: MatchContext): boolean {
  const kind = fileKind(ctx.path);
  if (kind === 'lockfile' || kind === 'minified' || kind === 'example') return false;
  // `:old_pw`, `&old_pw`, `?`: a bind variable or substitution, not the password.
  if (/^[:&?]/.test(value)) return false;
  return passwordVerdict(value, 'password', { quote: '"', strict: kind === 'test', compoundWords: kind !== 'test' }) === undefined;
}

export const oracleReplacePasswordRules: Rule[] = [
  {
    id: 'oracle-replace-old-password',
    provider: 'Oracle',
    family: 'database',
    priority: 'context',
    description: "Old password after `REPLACE` in Oracle's `ALTER USER … IDENTIFIED BY new REPLACE old`",
    keywords: ['identified by'],
    keywordWindow: { before: 4, after: 300 },
    pattern: /\bIDENTIFIED[ \t]{1,4}BY[ \t]{1,4}(?:"[^"\n]{1,128}"|[^\s";]{1,128})[ \t]{1,4}REPLACE[ \t]{1,4}"?(?<secret>[^\s";`]{4,128})"?(?=[ \t]{0,8}(?:;|\r?\n|$))/i,
    validate,
    envName: 'ORACLE_PASSWORD',
    severity: 'error',
    docsUrl: 'https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/ALTER-USER.html',
    revocationUrl: null,
    revocationNote: 'The old password was given in clear with the new one: change the password again (and on every database that shared it), then keep both out of scripts.',
    examples: {
      positives: (g) => [
        `ALTER USER app_owner IDENTIFIED BY "${g.lower(5)}${g.digits(3)}@Q" REPLACE "${g.s(`${g.pick(['walnut', 'harbor', 'copper'])}${g.digits(3)}`)}";`,
        `alter user scott identified by ${g.alnum(12)} replace ${g.s(`${g.pick(['Tiger', 'Falcon'])}${g.digits(2)}!`)};`,
      ],
      negatives: (g) => [
        `ALTER USER app_owner IDENTIFIED BY "${g.alnum(12)}";`,
        `ALTER USER app_owner IDENTIFIED BY :new_pw REPLACE :old_pw;`,
        `ALTER USER app_owner IDENTIFIED BY &new REPLACE changeme;`,
        'the syntax is `ALTER USER … IDENTIFIED BY new REPLACE old`;',
      ],
    },
  },
];
