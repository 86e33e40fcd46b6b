// Passwords given by position to a constructor of a login or client type, after the user: Rust's
// `Client::new("relay-admin", "pw")`, `new LdapClient(url, "cn=qa,…", "pw")`, C++ brace initialisation
// `CameraAuth kDefault{"admin", "pw"}`, `ApiUser("billing-bot", "pw")`, and Jedis' pool built with its timeout and
// password (`new JedisPool(config, "host", 6379, 2000, "pw")`). Calls named for a login (`login`, `PlainAuth`,
// `*Credentials`) are credentialCalls.ts's; this reads the types named for what holds the login.
import { fileKind } from '../../validators/fileKind';
import { passwordVerdict } from '../../validators/secretValue';
import type { MatchContext, Rule } from '../../types';
import { humanPassword } from '../humanPasswords';
import { topLevelArguments } from './credentialCalls';

/** A user given as a literal: a login name, an address or a DN (`relay-admin`, `qa@acme.test`, `cn=qa,dc=acme`). */
const USER_LITERAL = /^(["'])[A-Za-z][\w.@+=,-]{1,80}\1$/;

/** A login or client type, or a Redis pool. */
const TYPE_NAME = /^(?:(?:[A-Z]\w{0,40})?(?:Client|Auth|Credentials?|Creds|Login|User)|(?:Jedis|Redis)\w{0,20}Pool)$/;

/** Where the call's argument list opens: the last `(` or `{` not closed again before the value (`new JedisPoolConfig()` is skipped). */
function openingBracket(head: string): number {
  let depth = 0;
  for (let i = head.length - 1; i >= 0; i--) {
    const c = head.charAt(i);
    if (c === ')' || c === '}') depth++;
    else if (c === '(' || c === '{') {
      if (depth === 0) return i;
      depth--;
    } else if (c === '\n' || c === ';') return -1;
  }
  return -1;
}

function validateConstructorPassword(value: string, ctx: MatchContext): boolean {
  const kind = fileKind(ctx.path);
  if (kind === 'lockfile' || kind === 'minified' || kind === 'example' || kind === 'prose') return false;
  const head = ctx.text.slice(Math.max(0, ctx.start - 360), ctx.start - 1);
  const open = openingBracket(head);
  if (open < 0) return false;
  const args = topLevelArguments(head.slice(open + 1))?.map((a) => a.trim());
  if (args === undefined || args.length === 0) return false;
  const previous = args[args.length - 1]!;
  const callee = head.slice(0, open);
  // The type right before the bracket (`Client::new(`, `new LdapClient(`), or before a C++ variable (`CameraAuth kDefault{`).
  const direct = /([A-Za-z]\w{0,40})(?:::new)?[ \t]{0,2}$/.exec(callee)?.[1] ?? '';
  const type = TYPE_NAME.test(direct) ? direct : (/([A-Za-z]\w{0,40})[ \t]{1,4}[A-Za-z_]\w{0,40}[ \t]{0,2}$/.exec(callee)?.[1] ?? '');
  if (!TYPE_NAME.test(type)) return false;
  if (/^(?:Jedis|Redis)\w*Pool$/.test(type)) {
    // Jedis' pools: (config, host, port, timeout, password): the password follows the timeout.
    if (args.length < 4 || !/^\d{1,6}$/.test(previous)) return false;
  } else {
    // A login pair's own call (`HTTPDigestAuth("u", "pw")`, `KafkaAuth(…)`, `Creds(…)`) is generic-password-argument's.
    if (head.charAt(open) === '(' && args.length === 1 && /(?:Auth|Credentials?|Creds|Login)$/.test(type)) return false;
    if (!USER_LITERAL.test(previous) || /:\/\//.test(previous)) return false;
    // A type named for a user (`ApiUser`) takes the login alone: (user, password).
    if (/User$/.test(type) && args.length !== 1) return false;
  }
  // A letter and a digit or symbol: names, labels and words (`default`, `my-bucket`) are no password set here.
  if (!/[A-Za-z]/.test(value) || !/[\d!#$%&*+?@^~.]/.test(value)) return false;
  const strict = kind === 'test';
  return passwordVerdict(value, 'password', { strict, test: strict, quote: ctx.text.charAt(ctx.start - 1) }) === undefined;
}

/** Types named for what holds a login: a client, an auth or credentials object, a login or user record. */
const LOGIN_TYPE = '(?:[A-Z][A-Za-z0-9]{0,40})?(?:Client|Auth|Credentials?|Creds|Login|User)';
/** Arguments before the user: literals, names, calls without arguments (`&server.uri()`), numbers. */
const ARGS = '(?:[^(){}\\n;]|\\(\\)){0,300}';

export const constructorPasswordRule: Rule = {
  id: 'generic-constructor-password',
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  description: 'Hard-coded password passed by position to a client or login type, after its user',
  keywords: ['client::new(', 'client(', 'client{', 'auth{', 'auth(', 'credentials(', 'creds(', 'login(', 'user(', 'jedispool(', 'redispool('],
  keywordWindow: { before: 100, after: 460 },
  pattern: new RegExp(
    `(?<![\\w$])(?:${LOGIN_TYPE}(?:::new)?[ \\t]{0,2}\\(|${LOGIN_TYPE}[ \\t]{1,4}[A-Za-z_]\\w{0,40}[ \\t]{0,2}\\{|${LOGIN_TYPE}[ \\t]{0,2}\\{|(?:Jedis|Redis)\\w{0,20}Pool[ \\t]{0,2}\\()${ARGS}["'](?<secret>[^"'\\n\\\\]{6,128})["'][ \\t]{0,4}(?:[)}]|,[ \\t]{0,4}\\d{1,3}[ \\t]{0,4}\\))`,
  ),
  validate: validateConstructorPassword,
  skipPlaceholderCheck: true,
  envName: 'PASSWORD',
  severity: 'warning',
  docsUrl: 'https://cwe.mitre.org/data/definitions/798.html',
  revocationUrl: null,
  revocationNote: 'Change the password at the service the client logs in to, then read it from the environment or a secret store.',
  examples: {
    positives: (g) => [
      `    let c = super::Client::new("relay-admin", "${g.s(humanPassword(g))}");`,
      `    let c = Client::new(&server.uri(), "svc-tests", "${g.s(humanPassword(g))}");`,
      `static const CameraAuth kDefaultAuth{"admin", "${g.s(humanPassword(g))}"};`,
      `        return new JedisPool(new JedisPoolConfig(), "cache.acme.local", 6379, 2000, "${g.s(humanPassword(g))}");`,
      `LdapClient c = new LdapClient("ldaps://ldap.acme.example", "cn=sync,ou=svc,dc=acme,dc=example", "${g.s(humanPassword(g))}");`,
      `var user = new ApiUser("billing-bot", "${g.s(humanPassword(g))}");`,
    ],
    negatives: (g) => [
      'let c = Client::new("relay-admin", &password);',
      'let c = Client::new("https://api.example.com", "v2-beta1");',
      `new JedisPool(config, "cache.acme.local", 6379, "${humanPassword(g)}")`,
      'var user = new ApiUser("billing-bot", "Billing Bot");',
      `var user = new ApiUser("jdoe", "jdoe@example.com", "${humanPassword(g)}");`,
      'let s3 = StorageClient::new("eu-west-1", "media-assets");',
      'client = SlackClient("general", "deploy-bot")',
    ],
  },
};
