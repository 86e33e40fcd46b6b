// Passwords inside URLs of any scheme the provider and database rules do not cover (`bolt://`, `nats://`,
// `mqtts://`, `smtp://`, `sftp://`, `clickhouse://`, `snowflake://`, SQLAlchemy's `postgresql+asyncpg://`)
// and in Go's MySQL DSN (`user:pw@tcp(host)/db`). Only the password part is reported.
import { fileKind } from '../../validators/fileKind';
import { isStandIn } from '../../validators/placeholder';
import { looksRandom } from '../../validators/valueStats';
import type { MatchContext, Rule } from '../../types';

/** Schemes other rules own (basic-auth-url, database-url-password): left to them. */
const COVERED = /^(?:https?|ftps?|git\+https|jdbc:.*|postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql|sqlserver)$/i;

/** Values that only name the password field in docs (`scheme://user:password@host`). */
const URL_PLACEHOLDER = /^(?:pass(?:word|wd)?|pw|pwd|secret|token|apikey|api_key|key|x+|\*+|\.+|[0-9]{1,5}|changeme|p@ssw0rd)$/i;

function validateUrlPassword(value: string, ctx: MatchContext): boolean {
  if (fileKind(ctx.path) === 'lockfile') return false;
  const head = ctx.text.slice(Math.max(0, ctx.start - 160), ctx.start);
  const scheme = /([a-z][a-z0-9+.-]{1,30}):\/\/[^:/@\s"'`]{0,100}:$/i.exec(head)?.[1];
  if (scheme !== undefined && COVERED.test(scheme)) return false;
  // Escapes in a string (`pa\uD7FFss`) belong to parser tests, not to a password someone set.
  if (/\\[ux]/.test(value)) return false;
  // Oracle BRM's encrypted password (`pcp://root.0.0.0.1:&aes|08|0D5E…@cm:11960`, Infranet.properties): ciphertext.
  if (/^&(?:aes|ozt)\|[0-9A-Fa-f|]{16,}$/.test(value)) return false;
  if (fileKind(ctx.path) === 'test' && !looksRandom(value)) return false;
  const decoded = safeDecode(value);
  return !URL_PLACEHOLDER.test(decoded) && isStandIn(decoded) === undefined && !/^\$\w+$|^%\w+%$/.test(decoded);
}

export function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export const urlPasswordRule: Rule = {
  id: 'url-password',
  provider: 'URL credentials',
  family: 'token-format',
  priority: 'format',
  description: 'Password in a URL or DSN (user:password@host)',
  keywords: ['://'],
  keywordWindow: { before: 40, after: 340 },
  pattern: /(?<![A-Za-z0-9+.-])[a-z][a-z0-9+.-]{1,30}:\/\/[^:/@\s"'`<>]{0,100}:(?<secret>[^@/\s"'`<>]{3,200})@[A-Za-z0-9.[\]_-]{1,253}/,
  validate: validateUrlPassword,
  skipPlaceholderCheck: true,
  envName: 'URL_PASSWORD',
  severity: 'warning',
  docsUrl: 'https://www.rfc-editor.org/rfc/rfc3986#section-3.2.1',
  revocationUrl: null,
  revocationNote: 'Change the password at the service in the URL, then keep the URL without it (or read the whole URL from a secret store).',
  examples: {
    positives: (g) => [
      `neo4j_uri: bolt://neo4j:${g.s(`${g.alnum(6)}=${g.alnum(3)}`)}@graph01:7687`,
      `nats_url: nats://orders:${g.s(`${g.alnum(5)}*${g.alnum(4)}`)}@nats:4222`,
      `engine = create_engine("mssql+pyodbc://etl:${g.s(`${g.alnum(8)}-${g.alnum(4)}`)}@mssql-erp/ERP")`,
      `MAILER_DSN=smtp://mailer%40acme.example:${g.s(g.alnum(14))}@smtp.office365.com:587`,
    ],
    negatives: () => [
      'smtp://user:password@smtp.example.com',
      'sftp://reports:${SFTP_PASSWORD}@files.example.com',
      'nats://nats:4222',
      'amqp://guest:guest@localhost',
      'infranet.failover.1=pcp://root.0.0.0.1:&aes|08|0D5E11BFDD97D2769D9B0DBFBD1BBF7EE03F1642861DFA57502C7FB85A654267@cm02:11960/service/admin_client 1',
    ],
  },
};

/** Go's MySQL driver DSN: `user:password@tcp(host:3306)/db` (no scheme). */
export const goMysqlDsnRule: Rule = {
  id: 'mysql-dsn-password',
  provider: 'Database',
  family: 'database',
  priority: 'context',
  description: "MySQL DSN with a password (Go's go-sql-driver format user:password@tcp(host)/db)",
  keywords: ['@tcp(', '@unix('],
  keywordWindow: { before: 280, after: 8 },
  pattern: /(?<![A-Za-z0-9_.-])[A-Za-z0-9_.-]{1,64}:(?<secret>[^@/\s"'`<>]{3,200})@(?:tcp|unix)\(/,
  validate: (s) => isStandIn(safeDecode(s)) === undefined && !URL_PLACEHOLDER.test(s),
  skipPlaceholderCheck: true,
  envName: 'MYSQL_PASSWORD',
  docsUrl: 'https://github.com/go-sql-driver/mysql#dsn-data-source-name',
  revocationUrl: null,
  revocationNote: "Change the MySQL user's password (ALTER USER … IDENTIFIED BY …), then read the DSN from the environment.",
  examples: {
    positives: (g) => [`db, err := sql.Open("mysql", "migrator:${g.s(g.alnum(24))}@tcp(mysql-main:3306)/app?parseTime=true")`, `DSN=app:${g.s(`${g.alnum(10)}!`)}@unix(/var/run/mysqld/mysqld.sock)/app`],
    negatives: () => ['sql.Open("mysql", "root:@tcp(localhost:3306)/db")', 'dsn := "app:password@tcp(db:3306)/app"'],
  },
};
