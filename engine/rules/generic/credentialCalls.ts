// Passwords passed by position: the call says which argument is the password (`NetworkCredential("u", "pw")`,
// `HTTPBasicAuth('u', 'pw')`, requests' `auth=('u', 'pw')`, `DriverManager.getConnection(url, "u", "pw")`,
// `DBI->connect($dsn, "u", "pw")`, `smtp.PlainAuth("", "u", "pw", host)`, `ftp.login("u", "pw")`).
import { fileKind } from '../../validators/fileKind';
import { passwordVerdict } from '../../validators/secretValue';
import type { MatchContext, Rule } from '../../types';
import { madeUpPassword } from '../humanPasswords';

/**
 * Calls whose second argument is the password (user, password). HTTP clients' basic-auth calls (HTTPBasicAuth,
 * SetBasicAuth, NetworkCredential, requests' auth tuples) are http-basic-auth-call's (httpAuth.ts).
 */
const SECOND = [
  'HTTPDigestAuth',
  'HttpNtlmAuth',
  'HTTPProxyAuth',
  'DigestAuth',
  'BasicAuthentication',
  'UsernamePasswordCredential',
  'UsernamePasswordAuthenticationToken',
  'PasswordCredential',
  'login',
  'simple_bind_s',
  'simple_bind',
  'bind_s',
  'auth',
  'Credentials',
  'withCredentials',
  'setCredentials',
  'credentials',
  'PSCredential',
  'Auth',
  'authenticate',
  // Spring's `RestTemplateBuilder.basicAuthentication("u", "pw")`; java.net's `new PasswordAuthentication("u", "pw".toCharArray())`.
  'basicAuthentication',
  'PasswordAuthentication',
  // OkHttp's `Credentials.basic("u", "pw")` builds a Basic header from the pair.
  'Credentials\\.basic',
  // A type named for a login pair (`KafkaAuth("u", "pw")`, `BasicAWSCredentials("id", "secret")`, `SmtpCredential(…)`).
  '[A-Z][A-Za-z0-9]{0,30}(?:Auth|Credentials?)',
  // A login pair type or call named for it: `Creds("u", "pw")` (a Scala/Kotlin case class), `auth.signIn("u", "pw")`.
  'Creds',
  'signIn',
  'sign_in',
  // The mongo shell's `db.changeUserPassword("user", "pw")` (rw-dev11).
  'changeUserPassword',
  // Eclipse Paho's MQTT login: `client.username_pw_set("user", "pw")` (IoT course kits, Home Assistant scripts).
  'username_pw_set',
  // Jenkins' local user database in an init.groovy.d script: `hudsonRealm.createAccount("admin", "pw")` (rw-dev15).
  'createAccount',
  // puppetlabs-postgresql's `postgresql::postgresql_password('user', 'pw')`: hashes the clear password given to it (rw-dev3).
  'postgresql::postgresql_password',
  'postgresql_password',
];
/** Calls whose third argument is the password (host or URL or identity, user, password). */
const THIRD = [
  'getConnection',
  'mysqli_connect',
  'mysql_connect',
  'mysqli',
  'MySQLdb\\.connect',
  'pymysql\\.connect',
  'PDO',
  'connect',
  'ldap_bind',
  'FTP',
  'FTP_TLS',
  'PlainAuth',
  'CRAMMD5Auth',
  'Net::FTP->new',
  'Connection',
  'sqlsrv_connect',
  'oci_connect',
  'pg_connect_user',
  // Sequelize's `new Sequelize('db', 'user', 'pw', {…})`, MATLAB's `database('source', 'user', 'pw')`.
  'Sequelize',
  'database',
  // MongoDB's `MongoCredential.createCredential("u", "authDb", "pw".toCharArray())`.
  'createCredential',
  'createScramSha256Credential',
  'createScramSha1Credential',
  // PHP stack traces print the constructor call with its arguments (`#0 db.php(14): PDO->__construct('mysql:…', 'u', 'pw', Array)`).
  'PDO->__construct',
  'mysqli->__construct',
  // Django's `User.objects.create_user("u", "e@x", "pw")` and `create_superuser(…)`: username, email, password.
  'create_user',
  'create_superuser',
  // Ruby's `Net::FTP.new("host", "u", "pw")`, Groovy's `Sql.newInstance(url, "u", "pw", driver)`, Python keyring's
  // `keyring.set_password("service", "u", "pw")`.
  'Net::FTP\\.new',
  'Sql\\.newInstance',
  'keyring\\.set_password',
  // PHP's FTP, SSH2 and IMAP logins: `ftp_login($conn, 'u', 'pw')`, `ssh2_auth_password($conn, 'u', 'pw')`,
  // `imap_open('{host:993/imap/ssl}INBOX', 'u', 'pw')` (rw-dev16).
  'ftp_login',
  'ssh2_auth_password',
  'imap_open',
];

/**
 * Calls whose fourth argument is the password (handle, host, user, password), and Perl LWP's
 * `$ua->credentials("host:443", "realm", "user", "pw")` (with three arguments before the value; with one it is SECOND's).
 */
const FOURTH = ['mysql_real_connect', 'credentials'];

/**
 * Redis clients' `auth("pw")` (Jedis, phpredis `$redis->auth('pw')`, lua-resty-redis `red:auth("pw")`): a method
 * whose only argument is the password, read as one only in text that uses Redis.
 */
/** Ruby's calls without parentheses: Net::HTTP `req.basic_auth 'user', 'pw'`, Mechanize `agent.add_auth url, 'u', 'pw'`. */
const RUBY_SECOND = '(?<=\\.)(?:basic_auth|digest_auth)[ \\t]{1,4}';
const RUBY_BEFORE = /\.(?:basic_auth|digest_auth)[ \t]{1,4}(["'])[^"'\n]{1,120}\1[ \t]{0,4},[ \t]{0,4}$/;

const ONLY_ARGUMENT = '(?<=[.:>])auth[ \\t]{0,2}\\([ \\t]{0,4}';

const SECOND_CALL = new RegExp(`(?:^|\\.|->)(?:${SECOND.join('|')})$`);
const THIRD_CALL = new RegExp(`(?:^|\\.|->)(?:${THIRD.join('|')})$`);
const FOURTH_CALL = new RegExp(`(?:^|\\.|->)(?:${FOURTH.join('|')})$`);

const ARG = '(?:"[^"\\n]{0,120}"|\'[^\'\\n]{0,120}\'|[\\w.$>\\[\\]:-]{1,60})';
/** Blanks around an argument, with at most one line break: calls wrapped after `(` or a comma (`getConnection(\n  url, "u", "pw")`). */
const GAP = '[ \\t]{0,4}(?:\\r?\\n[ \\t]{0,40})?';
/** A (user, password) tuple given to a name that says so: `http_auth=(…)`, `svc_creds = (…)`, `DB_CREDENTIALS = (…)`. */
const TUPLE_NAME = '(?:http_auth|proxy_auth|basic_auth|digest_auth|[A-Za-z_]{0,30}(?:creds|credentials|CREDS|CREDENTIALS)|["\']auth["\'])';
/** Python keyword tuples (`basic_auth=("u", "pw")`, Elasticsearch, Jira) and PHP's Guzzle option `'auth' => ['u', 'pw']`. */
const TUPLE = `${TUPLE_NAME}[ \\t]{0,2}(?:=>|[=:])[ \\t]{0,2}[(\\[]`;

/** The call (or named tuple) whose argument list ends where the password starts. */
const CALL_BEFORE = new RegExp(`(?:((?:[\\w$]{1,40}(?:\\.|->|::)){0,4}[\\w$]{1,40})[ \\t]{0,2}\\(|(${TUPLE_NAME})[ \\t]{0,2}[=:][ \\t]{0,2}\\()([^()]*)$`);
/** A named pair closest to the password, tried first (a Guzzle option list is itself inside a call: `new Client([… 'auth' => [`). */
const TUPLE_BEFORE = new RegExp(`(${TUPLE_NAME})[ \\t]{0,2}(?:=>|[=:])[ \\t]{0,2}[(\\[]([^()[\\]]*)$`);

function validateCall(value: string, ctx: MatchContext): boolean {
  const kind = fileKind(ctx.path);
  if (kind === 'lockfile' || kind === 'example') return false;
  const head = ctx.text.slice(Math.max(0, ctx.start - 400), ctx.start - 1);
  if (RUBY_BEFORE.test(head)) return passwordVerdict(value, 'password', { strict: kind === 'test' || kind === 'minified', quote: ctx.text.charAt(ctx.start - 1) }) === undefined;
  const tuple = TUPLE_BEFORE.exec(head);
  const call = tuple ? [tuple[0], '', tuple[1], tuple[2]] : CALL_BEFORE.exec(head);
  if (!call) return false;
  const name = call[1] ?? '';
  const args = topLevelArguments(call[3] ?? '');
  if (args === undefined) return false;
  const last = name.split(/\.|->|::/).pop() ?? '';
  // Named positions first: `smtp.PlainAuth` is a THIRD call although its name ends in Auth.
  if (last === 'auth' && args.length === 0) return redisAuth(value, ctx, kind === 'test' || kind === 'minified');
  const position = call[2] ? 2 : THIRD_CALL.test(name) ? 3 : FOURTH_CALL.test(name) && args.length === 3 ? 4 : SECOND_CALL.test(name) ? 2 : 0;
  if (position === 0 || args.length !== position - 1) return false;
  // `connect(host, user, pw)`: only with a user given as a literal, so `connect(a, b, "x")` in other APIs stays quiet.
  if (position === 3 && /^(?:connect|Connection|Sequelize|database)$/.test(last) && !/^["']/.test(args[1]!.trim())) return false;
  // `mysql_real_connect(conn, host, user, pw, …)`: the user is a literal too (a variable pair is no hard-coded login).
  if (position === 4 && !/^["']/.test(args[2]!.trim())) return false;
  const strict = kind === 'test' || kind === 'minified';
  // In a test, a login call's password that reads as chosen (`Sofia.1996`, `coffee69`), not a dummy, is somebody's.
  return passwordVerdict(value, 'password', { strict, test: kind === 'test', quote: ctx.text.charAt(ctx.start - 1) }) === undefined;
}

/** `auth("pw")` alone: the call closes after the value, and the text uses Redis. */
function redisAuth(value: string, ctx: MatchContext, strict: boolean): boolean {
  if (!/^[ \t]{0,4}\)/.test(ctx.text.slice(ctx.end + 1, ctx.end + 8)) || !/redis/i.test(ctx.text)) return false;
  return passwordVerdict(value, 'password', { strict, quote: ctx.text.charAt(ctx.start - 1) }) === undefined;
}

/** Top-level arguments before the password (quotes respected, each untrimmed); undefined when they do not read as arguments. */
export function topLevelArguments(text: string): string[] | undefined {
  const args: string[] = [];
  let current = '';
  let quote = '';
  for (const c of text) {
    if (quote) {
      current += c;
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      quote = c;
      current += c;
    } else if (c === ',') {
      args.push(current);
      current = '';
    } else current += c;
  }
  if (quote || current.trim() !== '') return undefined;
  return args;
}

export const credentialCallRule: Rule = {
  id: 'generic-password-argument',
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  description: 'Hard-coded password passed to a login or connection call',
  keywords: [
    'credential',
    'postgresql_password(',
    'creds',
    'digestauth',
    'ntlmauth',
    'proxyauth',
    'login(',
    'bind_s',
    'simple_bind',
    'ldap_bind',
    'http_auth',
    'getconnection',
    'mysql',
    'connect(',
    'pdo(',
    'ftp(',
    'ftp_tls(',
    'plainauth',
    'crammd5auth',
    'auth(',
    'authenticationtoken',
    'authenticate(',
    'ftp->new',
    'connection(',
    '_connect(',
    'sequelize(',
    'database(',
    'basic_auth',
    'digest_auth',
    "'auth' =>",
    '"auth" =>',
    "'auth'=>",
    'basicauthentication',
    'passwordauthentication',
    'createcredential',
    'createscram',
    '->__construct(',
    'create_user(',
    'create_superuser(',
    'creds(',
    'signin(',
    'sign_in(',
    'ftp.new(',
    'sql.newinstance(',
    'set_password(',
    'changeuserpassword(',
    'username_pw_set(',
    'createaccount(',
    'ftp_login(',
    'ssh2_auth_password(',
    'imap_open(',
    'basic_auth ',
    'digest_auth ',
  ],
  keywordWindow: { before: 80, after: 460 },
  pattern: new RegExp(
    // Four-argument calls first: `credentials(` is also a two-argument call, and the first alternative that matches wins.
    `(?<![\\w$])(?:(?:${FOURTH.join('|')})[ \\t]{0,2}\\(${GAP}(?:${ARG}[ \\t]{0,4},${GAP}){3}|(?:(?:${[...SECOND, ...THIRD].join('|')})[ \\t]{0,2}\\(|${TUPLE})${GAP}(?:${ARG}[ \\t]{0,4},${GAP}){1,2}|${ONLY_ARGUMENT}|${RUBY_SECOND}${ARG}[ \\t]{0,4},[ \\t]{0,4})["'](?<secret>[^"'\\n\\\\]{3,200})["']`,
  ),
  validate: validateCall,
  skipPlaceholderCheck: true,
  envName: 'PASSWORD',
  severity: 'warning',
  docsUrl: 'https://cwe.mitre.org/data/definitions/798.html',
  revocationUrl: null,
  revocationNote: 'Change the password at the service the call logs in to, then read it from the environment or a secret store.',
  examples: {
    positives: (g) => {
      const human = () => madeUpPassword(g, 3, ['!', '#', '$', '&'], ['Ocean', 'Tiger', 'Pepper', 'Violet']);
      return [
        `es = Elasticsearch(hosts, http_auth=("elastic", "${g.s(human())}"))`,
        `    password => postgresql::postgresql_password('gitea', '${g.s(human())}'),`,
        `hudsonRealm.createAccount('readonly', '${g.s(human())}')`,
        `conn.simple_bind_s("cn=admin,dc=example,dc=org", "${g.s(human())}")`,
        `auth = HTTPDigestAuth("svc", "${g.s(human())}")`,
        `Connection c = DriverManager.getConnection("jdbc:postgresql://pg01/sales", "sales", "${g.s(human())}");`,
        `try (Connection c = DriverManager.getConnection(\n        "jdbc:oracle:thin:@db.lab:1521:orcl", "s${g.digits(7)}", "${g.s(human())}")) {`,
        `client.username_pw_set("group${g.digits(2)}", "${g.s(human())}")`,
        `my $dbh = DBI->connect("DBI:mysql:database=reports", "report", "${g.s(human())}");`,
        `auth := smtp.PlainAuth("", "mailer@acme.example", "${g.s(human())}", "smtp.acme.example")`,
        `ftp.login("acme", "${g.s(human())}")`,
        `svc_creds = ("bridge", "${g.s(human())}")`,
        `  val kafka = KafkaAuth("ingest", "${g.s(human())}")`,
        `$link = mysqli_connect("db01", "shop", "${g.s(human())}", "shop");`,
        `\tftp_login( $conn, 'erp_export', '${g.s(human())}' );`,
        `.header("Authorization", Credentials.basic("sync-bot", "${g.s(human())}"))`,
        `const sequelize = new Sequelize('crm', 'crm_app', '${g.s(human())}', { dialect: 'mariadb' });`,
        `conn = database('PlantHistorian', 'matlab_ro', '${g.s(human())}');`,
        `es = Elasticsearch("https://es:9200", basic_auth=("elastic", "${g.s(human())}"))`,
        `$client = new Client(['base_uri' => $url, 'auth' => ['svc', '${g.s(human())}']]);`,
        `MongoCredential c = MongoCredential.createCredential("app", "admin", "${g.s(human())}".toCharArray());`,
        `RestTemplate rt = new RestTemplateBuilder().basicAuthentication("svc", "${g.s(human())}").build();`,
        `return new PasswordAuthentication("proxyuser", "${g.s(human())}".toCharArray());`,
        `if (!mysql_real_connect(conn, "10.0.0.5", "telemetry", "${g.s(human())}", "telemetry", 3306, NULL, 0)) return 1;`,
        `#0 /var/www/shop/lib/db.php(14): PDO->__construct('mysql:host=loca...', 'shop', '${g.s(human())}', Array)`,
        `User.objects.create_superuser("admin", "admin@example.com", "${g.s(human())}")`,
        `    req.basic_auth 'sync', '${g.s(human())}'`,
        `db.getSiblingDB('admin').changeUserPassword('etl', '${g.s(human())}');`,
        `$ua->credentials("intranet.example.com:443", "Intranet", "nightly", "${g.s(human())}");`,
        `local red = redis:new()\nlocal ok, err = red:auth("${g.s(human())}")`,
      ];
    },
    negatives: () => [
      'var cred = new NetworkCredential(user, password);',
      'requests.get(url, auth=("acme", os.environ["PW"]))',
      "    password => postgresql::postgresql_password('gitea', $gitea_db_password),",
      'ftp.login("anonymous", "guest")',
      'svc_creds = (user, os.environ["BRIDGE_PASSWORD"])',
      'creds = ("bridge", "")',
      'val auth = KafkaAuth("ingest", System.getenv("KAFKA_PASSWORD"))',
      'HttpAuth("realm", "Basic")',
      'DriverManager.getConnection(url, "sa", "")',
      'client.login("user", "password")',
      'socket.connect("localhost", 8080, "tcp")',
      'mysql_real_connect(conn, host, user, "", db, 0, NULL, 0)',
      "$client = new Client(['auth' => [$user, $password]]);",
      'es = Elasticsearch(hosts, basic_auth=("elastic", os.environ["ES_PASSWORD"]))',
      "const sequelize = new Sequelize(process.env.DB, user, 'Tiger123!', { dialect: 'postgres' });",
      "const db = database('reports', 'Reports', 'Quarterly');",
      'mysql_real_connect(conn, "db", user, pass, "app", 0, NULL, 0)',
      "#0 /var/www/lib/db.php(14): PDO->__construct('mysql:host=loca...', 'shop', Object(SensitiveParameterValue), Array)",
      'User.objects.create_user("jdoe", "jdoe@example.com", password)',
      'router.auth("Tiger123!")', // hush:allow: a negative example (no Redis in its text); this file names Redis
      "req.basic_auth 'sync', ENV.fetch('SYNC_PASSWORD')",
      "req.basic_auth user, 'Tiger123!'",
      '$redis = new Redis(); $redis->auth(getenv("REDIS_PASSWORD"));',
      'keyring.set_password("corp-vpn", user, getpass.getpass())',
      'user = Creds(name, System.getenv("PW"))',
    ],
  },
};
