// Oracle's `user/password@connect_identifier` login outside a tool's command line (cli-oracle-password reads
// `sqlplus u/p@db`): a thin or OCI JDBC URL (`jdbc:oracle:thin:u/p@//host:1521/svc`), a `userid=u/p@db` parameter
// (sqlldr, exp, imp and their parameter files), a SQL*Plus `CONNECT u/p@db` line, and the same form in a note or
// comment whose line names Oracle (`DB (Oracle): gw_app/X@GWDB`).
import { isLiteralPassword } from '../validators/literalArgument';
import type { MatchContext, Rule } from '../types';
import { humanPassword } from './humanPasswords';
import { strongLooking } from './prose';

const USER = '[A-Za-z][A-Za-z0-9_$#]{0,29}';

/** What may stand right before `user/`: a JDBC URL's driver part, `userid=`, `CONNECT`, or a word boundary. */
const LEAD_IN = new RegExp(`(?:jdbc:oracle:(?:thin|oci8?):|userid[ \\t]{0,3}=[ \\t]{0,3}["']?|conn(?:ect)?[ \\t]{1,4})${USER}/$`, 'i');

/** The line names Oracle or one of its tools or files: the bare form is then a login, not a path or a package. */
const ORACLE_LINE = /oracle|sqlplus|sqlldr|tnsnames|\btns\b|\bSID\b|\bPDB\b/i;

function lineOf(text: string, start: number): string {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const to = text.indexOf('\n', start);
  return text.slice(from, to < 0 ? text.length : to);
}

function validate(secret: string, ctx: MatchContext): boolean {
  if (!isLiteralPassword(secret) || /^[$%{<]|^\*+$/.test(secret)) return false;
  const head = ctx.text.slice(Math.max(0, ctx.start - 64), ctx.start);
  if (LEAD_IN.test(head)) return true;
  // The bare form only with Oracle named on the line, a value that looks chosen and a database after the `@`, not a
  // version or branch (`actions/checkout@v4`, `gvenzl/setup-oracle-free@v1`: a package reference).
  if (/^@(?:v?[0-9]|main\b|master\b|latest\b)/i.test(ctx.text.slice(ctx.end, ctx.end + 8))) return false;
  return ORACLE_LINE.test(lineOf(ctx.text, ctx.start)) && strongLooking(secret) && !/^[A-Za-z-]+$/.test(secret);
}

export const oracleLoginRules: Rule[] = [
  {
    id: 'oracle-login-password',
    provider: 'Oracle',
    family: 'database',
    priority: 'context',
    description: 'Oracle password in a user/password@database login (JDBC URL, userid=, CONNECT, a note naming Oracle)',
    keywords: ['jdbc:oracle:', 'userid', 'conn ', 'connect ', 'oracle', 'sqlplus', 'sqlldr', 'tnsnames'],
    keywordWindow: { before: 200, after: 200 },
    pattern: new RegExp(`(?<![\\w$#/.@-])${USER}/(?<secret>[^\\s"'@/\`;,()]{1,128})@(?=//|[A-Za-z(])`),
    skipPlaceholderCheck: true,
    validate,
    envName: 'ORACLE_PASSWORD',
    severity: 'error',
    docsUrl: 'https://docs.oracle.com/en/database/oracle/oracle-database/19/netag/configuring-naming-methods.html',
    revocationUrl: null,
    revocationNote: 'Change the database user password (ALTER USER … IDENTIFIED BY …); keep it in an Oracle wallet or the environment.',
    examples: {
      positives: (g) => [
        `String url = "jdbc:oracle:thin:report/${g.s(humanPassword(g))}@//ora-dwh01.corp.local:1521/dwh";`,
        `sqlldr userid=loader/${g.s(g.lower(14))}@DWH control=C:\\oracle\\ctl\\customers.ctl`,
        `USERID=system/${g.s(g.alnum(12))}@PROD`,
        `CONNECT app_owner/${g.s(humanPassword(g))}@ORCLPDB1`,
        `2. 그룹웨어 DB (Oracle) 접속: gw_app/${g.s(`${g.alnum(6)}-${g.digits(2)}!`)}@GWDB`,
      ],
      negatives: (g) => [
        'jdbc:oracle:thin:@//ora-dwh01.corp.local:1521/dwh',
        'sqlldr userid=loader/$LOADER_PW@DWH control=x.ctl',
        'USERID=system/<password>@PROD',
        'CONNECT scott/****@orcl',
        `# oracle image: uses: actions/checkout@v4 and gvenzl/oracle-xe@${g.digits(2)}`,
        'Oracle docs: see docs/install@main for the setup',
        'uses: actions/setup-java@v4',
      ],
    },
  },
];
