import type { Rule } from '../types';
import { isLiteralPassword } from '../validators/literalArgument';
import { passwordVerdict } from '../validators/secretValue';
import { shannonEntropy } from '../validators/valueStats';
import { humanPassword } from './humanPasswords';
import { lineSaysNotSecret } from '../validators/notSecretRemark';
import { isLocalEchoLogin } from '../validators/localEchoLogin';

/** An UPDATE statement's SET clause before the value: a column assignment (`UPDATE users SET password = '…'`). */
const UPDATE_BEFORE_SET = /\bUPDATE[ \t]{1,4}[\w.`"[\]]{1,80}[ \t]{1,4}SET[ \t]/i;

/** The text of the value's line before it (at most 300 characters: a minified line is read no further). */
function lineBefore(text: string, at: number): string {
  const window = text.slice(Math.max(0, at - 300), at);
  return window.slice(window.lastIndexOf('\n') + 1);
}

/** The words a URL's template puts for its user and host (`postgresql://user:p%40ss@host/db` in an answer's example). */
const TEMPLATE_USER = /^(?:user|username|user_name|usr|myuser|dbuser|db_user)$/i;
const TEMPLATE_HOST = /^(?:host|hostname|myhost|dbhost|db_host|yourhost|your-host)$/i;

/** The URL's user and host are both template words: a shape shown, not a login (whatever its password). */
function templateLogin(text: string, start: number, end: number): boolean {
  const user = /\/\/([^:/@\s"'`]{0,100}):$/.exec(text.slice(Math.max(0, start - 120), start))?.[1];
  const host = /^@([A-Za-z0-9.[\]_-]{1,253})/.exec(text.slice(end, end + 260))?.[1];
  return user !== undefined && host !== undefined && TEMPLATE_USER.test(user) && TEMPLATE_HOST.test(host);
}

export const databaseRules: Rule[] = [
  {
    id: 'database-url-password',
    provider: 'Database',
    family: 'database',
    priority: 'context',
    description: 'Database or broker connection URL with a password',
    keywords: ['postgres://', 'postgresql://', 'mysql://', 'mariadb://', 'mongodb://', 'mongodb+srv://', 'redis://', 'rediss://', 'amqp://', 'amqps://', 'mssql://', 'sqlserver://', 'jdbc:'],
    pattern:
      /(?<![A-Za-z0-9+])(?:jdbc:)?(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql|sqlserver):\/\/(?<user>[^:/@\s"'`]{0,100}):(?<secret>[^@/\s"'`]{3,200})@(?<host>[A-Za-z0-9.[\]_-]{1,253})/,
    // User, password and host are one login: moved, reported and revoked together.
    parts: [
      { id: 'user', label: 'user', group: 'user', envName: 'DATABASE_USER' },
      { id: 'host', label: 'host', group: 'host', envName: 'DATABASE_HOST' },
    ],
    validate: (s, ctx) =>
      !/^\*+$/.test(s) && !/^(?:pass(?:word)?|pwd|secret|root|admin|postgres|guest|test|user)$/i.test(s) && !isLocalEchoLogin(ctx.text, ctx.start, ctx.end) && !templateLogin(ctx.text, ctx.start, ctx.end),
    envName: 'DATABASE_URL',
    docsUrl: 'https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING-URIS',
    revocationUrl: null,
    revocationNote: "Change the database user's password (ALTER USER … PASSWORD) or rotate it in your managed database console, then update every service that connects with it.",
    examples: {
      positives: (g) => [
        `DATABASE_URL=postgres://${g.p('app')}:${g.s(g.alnum(20))}@${g.p('db.internal')}:5432/app`,
        `const uri = "mongodb+srv://${g.p('admin')}:${g.s(g.alnum(16))}@${g.p('cluster0.ab1cd.mongodb.net')}/test";`,
        `redis_url: "redis://:${g.s(g.alnum(24))}@${g.p('cache')}:6379/0"`,
      ],
      negatives: (g) => {
        // Built at run time: a literal login in the bundle trips the extension packager's own secret check.
        const user = g.pick(['router', 'billing', 'ledger']);
        return [
          'postgres://user:password@localhost/db',
          // A template's user and host around a percent-encoded sample password (rw-dev25's Stack Overflow answer).
          `E.g. \`postgresql://user:p%40${g.lower(2)}${g.digits(1)}@host/db\`.`,
          'DATABASE_URL=postgres://app:${DB_PASSWORD}@db/app',
          'mysql://root@localhost/db',
          'redis://localhost:6379',
          // The password repeats the user on the developer's machine: a local default (rw-dev20).
          `DATABASE_URL=postgres://${user}:${user}@localhost:5432/${user}_dev`,
        ];
      },
    },
  },
  {
    id: 'jdbc-url-password',
    provider: 'Database',
    family: 'database',
    priority: 'context',
    description: 'JDBC URL with a password parameter',
    keywords: ['jdbc:'],
    pattern: /jdbc:[a-z0-9]{2,20}:[^\s"'`]{1,300}?[?&;]password=(?<secret>[^&;\s"'`]{3,200})/i,
    validate: (s) => !/^(?:pass(?:word)?|pwd|secret|\*+)$/i.test(s),
    envName: 'DATABASE_PASSWORD',
    docsUrl: 'https://jdbc.postgresql.org/documentation/use/#connection-parameters',
    revocationUrl: null,
    revocationNote: "Change the database user's password, then update every service that connects with it.",
    examples: {
      positives: (g) => [
        `spring.datasource.url=jdbc:postgresql://db:5432/app?user=app&password=${g.s(g.alnum(20))}`,
        `"jdbc:sqlserver://db:1433;databaseName=app;user=sa;password=${g.s(g.alnum(16))};encrypt=true"`,
      ],
      negatives: () => ['jdbc:postgresql://db:5432/app?user=app&password=${DB_PASSWORD}', 'jdbc:mysql://db/app?password=password'],
    },
  },
  {
    id: 'connection-string-password',
    provider: 'Database',
    family: 'database',
    priority: 'context',
    description: 'ADO.NET / ODBC connection string with a password',
    keywords: ['password=', 'pwd='],
    // SAP HANA's ODBC driver names its host `ServerNode`, DB2's CLI `Hostname` (rw-dev24's linked-server script).
    pattern: /(?:Server(?:Node)?|Data Source|Host(?:name)?|Address|Addr|Network Address|DSN)\s{0,2}=[^;"'\n]{1,200};(?:[^;"'\n]{0,200};){0,10}?\s{0,2}(?:Password|Pwd)\s{0,2}=\s{0,2}(?<secret>[^;"'\n]{3,200})/i,
    validate: (s) => !/^(?:pass(?:word)?|pwd|secret|\*+)$/i.test(s.trim()),
    envName: 'CONNECTION_STRING',
    docsUrl: 'https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-string-syntax',
    revocationUrl: null,
    revocationNote: "Change the database login's password, then update the connection string in your secret store.",
    examples: {
      positives: (g) => [
        `"DefaultConnection": "Server=tcp:demo.database.windows.net,1433;Initial Catalog=app;User ID=app;Password=${g.s(g.alnum(20))};Encrypt=True;"`,
        `conn = "Driver={PostgreSQL};Server=db;Port=5432;Database=app;Uid=app;Pwd=${g.s(g.alnum(18))};"`,
        `-- DSN of the HANA ODBC driver: Driver={HDBODBC};ServerNode=hanaprd01:30015;UID=CO_REPORT;PWD=${g.s(g.alnum(12))}\n`,
        `db2cli validate -connstring "DATABASE=SAMPLE;HOSTNAME=db2.example.org;PORT=50000;UID=db2inst1;PWD=${g.s(g.alnum(14))};"`,
      ],
      negatives: () => [
        'Server=db;Database=app;User Id=app;Password=<password>;',
        'Server=db;Database=app;Integrated Security=true;',
        'Driver={HDBODBC};ServerNode=hana01:30015;UID=SYSTEM;PWD=<password>;',
        // .NET composite formatting fills the slot later (`string.Format(…, db, user, pw)`).
        'string.Format("Server=rpt01;Database={0};User Id={1};Password={2};", db, user, pw)',
      ],
    },
  },
  {
    id: 'redis-requirepass',
    provider: 'Redis',
    family: 'database',
    priority: 'context',
    description: 'Redis server password (requirepass / masterauth)',
    keywords: ['requirepass', 'masterauth'],
    // In redis.conf, and set at run time (`CONFIG SET requirepass v` in redis-cli, its history or a script).
    pattern: /(?:^[ \t]{0,8}|\b[Cc][Oo][Nn][Ff][Ii][Gg][ \t]{1,4}[Ss][Ee][Tt][ \t]{1,4})(?:requirepass|masterauth)[ \t]{1,8}["']?(?<secret>[^\s"'#]{4,200})/m,
    // The slot holds the server's password and nothing else: varied characters, or a short one someone chose
    // (a name and digits: what people set on a home or lab server), never a variable nor redis.conf's own example.
    validate: (value) => !/^\$|^foobared$/.test(value) && (shannonEntropy(value) >= 2.5 || passwordVerdict(value, 'password', { compoundWords: true }) === undefined),
    envName: 'REDIS_PASSWORD',
    docsUrl: 'https://redis.io/docs/latest/operate/oss_and_stack/management/security/#authentication',
    revocationUrl: null,
    revocationNote: 'Set a new password (CONFIG SET requirepass, or ACL SETUSER) and update every client.',
    examples: {
      positives: (g) => [
        `bind 127.0.0.1\nrequirepass ${g.s(g.alnum(32))}\n`,
        `requirepass ${g.s(`${g.pick(['anna', 'lena'])}${g.digits(3)}`)}\n`,
        `port 6380\nmasterauth "${g.s(g.alnum(24))}"\n`,
        `redis-cli -h cache01 CONFIG SET requirepass ${g.s(g.alnum(20))}`,
      ],
      negatives: () => ['# requirepass foobared', 'requirepass ${REDIS_PASSWORD}', 'CONFIG SET requirepass "$NEW_PASS"'],
    },
  },
  {
    id: 'mysql-set-password',
    provider: 'MySQL',
    family: 'database',
    priority: 'context',
    description: "MySQL / MariaDB SET PASSWORD statement with the password in clear (`SET PASSWORD FOR 'u'@'h' = 'pw'`)",
    keywords: ['set password'],
    keywordWindow: { before: 4, after: 300 },
    pattern:
      /\b[sS][eE][tT][ \t]{1,4}[pP][aA][sS][sS][wW][oO][rR][dD](?:[ \t]{1,4}[fF][oO][rR][ \t]{1,4}[^\s=]{1,160}?)?[ \t]{0,4}=[ \t]{0,4}(?:[pP][aA][sS][sS][wW][oO][rR][dD][ \t]{0,2}\([ \t]{0,2})?'(?<secret>[^'\n]{1,128})'/,
    // `UPDATE users SET password = '…'` sets a column (what an application stores there, often a digest), not an
    // account's password; a remark on the line (`-- md5 of the old password, already hashed`) is the writer's word.
    validate: (value, ctx) => isLiteralPassword(value) && !UPDATE_BEFORE_SET.test(lineBefore(ctx.text, ctx.start)) && !lineSaysNotSecret(ctx.text, ctx.start, ctx.end),
    envName: 'MYSQL_PASSWORD',
    docsUrl: 'https://dev.mysql.com/doc/refman/8.0/en/set-password.html',
    revocationUrl: null,
    revocationNote: 'Set a new password for that account (ALTER USER … IDENTIFIED BY) and keep SQL with passwords out of histories and scripts.',
    examples: {
      positives: (g) => [`SET PASSWORD FOR 'root'@'localhost' = '${g.s(humanPassword(g))}';`, `mysql> set password = PASSWORD('${g.s(g.alnum(14))}');`],
      negatives: () => ["SET PASSWORD FOR 'app'@'%' = '<new password>';", "SET PASSWORD = '${NEW_PW}';", 'SET PASSWORD FOR x = PASSWORD(@pw);'],
    },
  },
  {
    id: 'redis-acl-file-password',
    provider: 'Redis',
    family: 'database',
    priority: 'context',
    description: 'Redis ACL user password in clear in users.acl or redis.conf (`user app on >password …`; ACL SETUSER is redis-acl-password)',
    keywords: ['on >'],
    keywordWindow: { before: 200, after: 400 },
    // `>` adds a password in clear (`#<sha256>` adds a hash); the rule list may put it anywhere after the user name.
    pattern: /^[ \t]{0,8}user[ \t]{1,4}[^\s>#]{1,64}(?:[ \t]{1,4}[^\s>]{1,80}){0,12}[ \t]{1,4}>(?<secret>[^\s"']{1,200})/m,
    validate: (value) => isLiteralPassword(value),
    envName: 'REDIS_PASSWORD',
    docsUrl: 'https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/',
    revocationUrl: null,
    revocationNote: "Set a new password for the user (ACL SETUSER with resetpass and a new one) and update every client; store the password's #<sha256> hash in the file instead.",
    examples: {
      positives: (g) => [`user default off\nuser app on >${g.s(humanPassword(g))} ~app:* +@read +@write\n`, `user reports resetchannels on >${g.s(g.alnum(20))} ~reports:* +get\n`],
      negatives: (g) => [`user metrics on #${g.hex(64)} ~* +info`, 'user default on nopass ~* &* +@all', 'user alice on >$ALICE_PASS ~cached:* +get'],
    },
  },
];
