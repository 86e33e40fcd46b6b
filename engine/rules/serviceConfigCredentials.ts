// Passwords and keys in the config files of particular tools, written in each tool's own syntax where the
// shared name/value grammar cannot read them: fetchmail's `user "u" there with password "p"`, Redis Sentinel's
// `sentinel auth-pass <master> <p>`, WildFly/Elytron `credential-reference clear-text`, RubyGems'
// `~/.gem/credentials`, Redis Sentinel's `sentinel-pass`, JAAS login modules' `user_<name>="…"` declarations (Kafka,
// ZooKeeper), rclone remotes' storage keys, Google app passwords (four groups of four letters) and OpenVPN static keys
// (`tls-auth` / `tls-crypt` / `secret` blocks, inline in .ovpn profiles); found on rw-dev11's data part: a dotted
// property separated from its value by blanks (spark-defaults.conf, `.properties`) and Kaggle's kaggle.json pair.
import type { ExampleGen, MatchContext, Rule } from '../types';
import { lineStartNear } from '../detect/lineStartNear';
import { isLiteralToken } from '../validators/literalArgument';
import { namedValueVerdict, passwordVerdict } from '../validators/secretValue';
import { readSecretName } from '../validators/secretName';
import { humanPassword } from './humanPasswords';

const base = {
  family: 'credential-file' as const,
  priority: 'context' as const,
  severity: 'warning' as const,
  skipPlaceholderCheck: true,
};

/**
 * The value of a quoted or bare capture: the pattern's `secret` group is the whole value either way. These slots
 * hold a password and nothing else (no identifier or message can sit there), so words run together
 * (`harbormilootter`) count as the passphrase someone set, as under a password's own name in a config file.
 */
const isPassword = (value: string) => passwordVerdict(value, 'password', { compoundWords: true }) === undefined;

/** Common four-letter words: a group made of one is a sentence's word, not a generated group. */
const SENTENCE_WORD =
  /\b(?:this|that|with|from|here|there|them|then|when|will|have|been|your|into|only|over|some|what|just|down|back|also|each|must|four|word|more|than|they|were|said|like|very|make|time|does|done|used|uses|once|both|same|next|last|keep)\b/;

const GEM_CREDENTIALS = /(?:^|[\\/])\.gem[\\/]credentials$/;

/** Postfix's SMTP client password map (`smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd`), not its `.db`. */
const SASL_PASSWD = /(?:^|[\\/])sasl_passwd(?:[._-][\w-]{1,20})?$/i;

/**
 * Java-style property files whose separator may be blanks alone: `spark-defaults.conf` (Spark's own format, values
 * aligned in a column) and `.properties` files (the format allows `key value`).
 */
const BLANK_SEPARATED_PROPERTIES = /(?:^|[\\/])(?:spark-defaults\.conf|[^\\/]+\.properties)$/i;

/** LDIF files (`ldapadd -f users.ldif`, `slapcat` exports). */
const LDIF = /\.ldif$/i;

const appPassword = (g: ExampleGen) => `${g.lower(4)} ${g.lower(4)} ${g.lower(4)} ${g.lower(4)}`;

/**
 * fetchmail's run-control syntax: a `poll`/`skip` server entry, with the password on its line or on a `user …`
 * line under it (`user "u" there with password "p"`).
 */
function fetchmailContext(ctx: MatchContext): boolean {
  // A fetchmailrc line is short: a line longer than 400 characters before the value is no such line.
  const lineStart = lineStartNear(ctx.text, ctx.start, ctx.start - 400);
  if (lineStart > 0 && ctx.text.charCodeAt(lineStart - 1) !== 10) return false;
  const line = ctx.text.slice(lineStart, ctx.start);
  if (/^[ \t]{0,8}(?:poll|skip)[ \t]/.test(line)) return true;
  return /^[ \t]{0,8}user(?:name)?[ \t]{1,4}["']?[^\s"']{1,100}["']?[ \t]/.test(line) && /^[ \t]{0,8}(?:poll|skip)[ \t]/m.test(ctx.text.slice(Math.max(0, lineStart - 400), lineStart));
}

/** An OpenVPN static key body: 16 lines of 32 hex digits (2048 bits). */
const staticKeyBody = (g: ExampleGen) => Array.from({ length: 16 }, () => g.hex(32)).join('\n');
const DASHES = '-----';

/** rclone's config file (`~/.config/rclone/rclone.conf`, `rclone.conf` beside a script). */
const RCLONE_CONF = /(?:^|[\\/])rclone\.conf$/i;

export const serviceConfigCredentialRules: Rule[] = [
  {
    ...base,
    id: 'rclone-remote-key',
    provider: 'rclone',
    description: 'Storage key of an rclone remote (`key`, `account_key`, `app_key`, `bearer_token` … in rclone.conf)',
    keywords: ['key', 'bearer_token', 'api_secret'],
    keywordWindow: { before: 20, after: 240 },
    // `pass`/`password` hold values rclone obscures (reversibly, by design), left to the generic rule's judgement.
    pattern: /^[ \t]{0,8}(?<key>key|account_key|app_key|api_key|application_key|access_key|secret_key|api_secret|bearer_token|client_secret|sas_url)[ \t]{0,4}=[ \t]{0,4}(?<secret>[^\s#;]{16,2000})/m,
    appliesToPath: (path) => path === undefined || RCLONE_CONF.test(path),
    // Path-less text (`hush redact`) reads as the file only with a remote's `type = …` line above.
    validate: (value, ctx) =>
      (RCLONE_CONF.test(ctx.path ?? '') || (ctx.path === undefined && /^\[[\w.-]{1,60}\][ \t]*\r?\n(?:[^[\n]*\n){0,12}?type[ \t]{0,4}=/m.test(ctx.text.slice(Math.max(0, ctx.start - 1200), ctx.start)))) &&
      isLiteralToken(value.replace(/=+$/, ''), 16),
    envName: 'RCLONE_CONFIG_KEY',
    docsUrl: 'https://rclone.org/docs/#config-file',
    revocationUrl: null,
    revocationNote: "Revoke the key at the storage provider (B2 application keys, the storage account's access keys) and keep rclone.conf encrypted (rclone config encryption).",
    examples: {
      positives: (g) => [`[b2]\ntype = b2\naccount = ${g.hex(12)}\nkey = ${g.s(`K00${g.alnum(28)}`)}\n`, `[az]\ntype = azureblob\naccount = acmebackup\nkey = ${g.s(`${g.base64(86)}==`)}\n`],
      negatives: (g) => [`[nas]\ntype = webdav\nurl = https://nas.home/dav\nuser = kenji\npass = ${g.base64url(40)}\n`, '[b2]\ntype = b2\nkey = YOUR_APPLICATION_KEY\n'],
    },
  },
  {
    ...base,
    id: 'openvpn-static-key',
    provider: 'OpenVPN',
    severity: 'error',
    description: 'OpenVPN static key (tls-auth / tls-crypt / secret), in a key file or inline in a .ovpn profile',
    keywords: ['begin openvpn static key'],
    keywordWindow: { before: 8, after: 900 },
    // A whole key has 16 lines; a profile pasted into notes or a ticket often keeps only a few of them, still the key's.
    pattern: /(?<secret>-----BEGIN OpenVPN Static key V1-----(?:\r?\n[0-9a-fA-F]{32}){2,16}\r?\n-----END OpenVPN Static key V1-----)/,
    // Not filler: lines of one repeated digit (`000…`) or one line copied down.
    validate: (value) => {
      const lines = value.split(/\r?\n/).slice(1, -1);
      return new Set(lines).size === lines.length && lines.every((l) => new Set(l.toLowerCase()).size >= 8);
    },
    envName: 'OPENVPN_TLS_KEY',
    maskPrefix: /^-----BEGIN OpenVPN Static key V1-----/,
    docsUrl: 'https://openvpn.net/community-resources/reference-manual-for-openvpn-2-6/#tls-mode-options',
    revocationUrl: null,
    revocationNote: 'Generate a new static key (openvpn --genkey secret), deploy it to the server and every client profile.',
    examples: {
      positives: (g) => [
        `<tls-auth>\n${g.s(`${DASHES}BEGIN OpenVPN Static key V1${DASHES}\n${staticKeyBody(g)}\n${DASHES}END OpenVPN Static key V1${DASHES}`)}\n</tls-auth>\nkey-direction 1\n`,
        `#\n# 2048 bit OpenVPN static key\n#\n${g.s(`${DASHES}BEGIN OpenVPN Static key V1${DASHES}\r\n${staticKeyBody(g).replace(/\n/g, '\r\n')}\r\n${DASHES}END OpenVPN Static key V1${DASHES}`)}\n`,
        `<tls-crypt>\n${g.s(`${DASHES}BEGIN OpenVPN Static key V1${DASHES}\n${g.hex(32)}\n${g.hex(32)}\n${DASHES}END OpenVPN Static key V1${DASHES}`)}\n</tls-crypt>\n`,
      ],
      negatives: (g) => [
        `<tls-auth>\n${DASHES}BEGIN OpenVPN Static key V1${DASHES}\n...\n${DASHES}END OpenVPN Static key V1${DASHES}\n</tls-auth>`,
        `${DASHES}BEGIN OpenVPN Static key V1${DASHES}\n${Array.from({ length: 4 }, () => '0'.repeat(32)).join('\n')}\n${DASHES}END OpenVPN Static key V1${DASHES}`,
        `${DASHES}BEGIN OpenVPN Static key V1${DASHES}\n${g.hex(32)}\n${DASHES}END OpenVPN Static key V1${DASHES}`,
      ],
    },
  },
  {
    ...base,
    id: 'fetchmailrc-password',
    provider: 'fetchmail',
    description: 'Mailbox password in a fetchmail run-control file (`user "u" there with password "p"`, `pass p`)',
    keywords: ['password', 'pass '],
    contextKeywords: ['poll ', 'skip '],
    keywordWindow: { before: 8, after: 140 },
    pattern: /(?<=[ \t])(?:password|pass|passwd)[ \t]{1,8}["']?(?<secret>[^\s"']{3,128})/,
    validate: (value, ctx) => fetchmailContext(ctx) && isPassword(value),
    envName: 'FETCHMAIL_PASSWORD',
    docsUrl: 'https://www.fetchmail.info/fetchmail-man.html#THE-RUN-CONTROL-FILE',
    revocationUrl: null,
    revocationNote: 'Change the mailbox password at the mail provider; fetchmail can read it from ~/.netrc instead.',
    examples: {
      positives: (g) => [
        `poll imap.example.org protocol IMAP\n  user "alerts@example.org" there with password "${g.s(humanPassword(g))}" is ops here\n`,
        `poll pop.example.org proto pop3 user "archive" pass ${g.s(`${g.alnum(10)}!${g.digits(2)}`)} keep\n`,
      ],
      negatives: () => ['poll imap.example.org protocol IMAP\n  user "ops" there with password "changeme"\n', 'Enter the password for the mailbox when fetchmail asks for it.'],
    },
  },
  {
    ...base,
    id: 'redis-sentinel-auth-pass',
    provider: 'Redis',
    description: 'Password Redis Sentinel uses for a monitored master (`sentinel auth-pass <master> <password>`)',
    keywords: ['auth-pass'],
    pattern:
      /(?:^[ \t]{0,8}|\b[Ss][Ee][Nn][Tt][Ii][Nn][Ee][Ll][ \t]{1,4}[Ss][Ee][Tt][ \t]{1,4}\S{1,64}[ \t]{1,4})(?:sentinel[ \t]{1,4})?auth-pass[ \t]{1,8}(?:[\w.-]{1,64}[ \t]{1,8})?["']?(?<secret>[^\s"'#]{4,200})/m,
    validate: (value, ctx) => {
      // The master's name comes first in sentinel.conf; `SENTINEL SET <master> auth-pass <p>` at run time.
      const line = ctx.text.slice(ctx.text.lastIndexOf('\n', ctx.start) + 1, ctx.start);
      return /auth-pass[ \t]{1,8}[\w.-]{1,64}[ \t]{1,8}["']?$/.test(line) || /SET[ \t]{1,4}\S{1,64}[ \t]{1,4}auth-pass[ \t]{1,8}["']?$/i.test(line) ? isPassword(value) : false;
    },
    envName: 'REDIS_PASSWORD',
    docsUrl: 'https://redis.io/docs/latest/operate/oss_and_stack/management/sentinel/#configuring-sentinel-instances-with-authentication',
    revocationUrl: null,
    revocationNote: 'Set a new password on the master and replicas (requirepass, masterauth) and on every Sentinel.',
    examples: {
      positives: (g) => [`sentinel monitor mymaster 10.0.0.11 6379 2\nsentinel auth-pass mymaster ${g.s(humanPassword(g))}\n`, `redis-cli -p 26379 SENTINEL SET mymaster auth-pass ${g.s(g.alnum(20))}`],
      negatives: () => ['sentinel auth-pass mymaster ${REDIS_PASSWORD}\n', '# sentinel auth-pass <master-name> <password>\n'],
    },
  },
  {
    ...base,
    id: 'redis-sentinel-pass',
    provider: 'Redis',
    description: 'Password Sentinels use to authenticate to each other (`sentinel sentinel-pass <password>`, Redis 6.2+)',
    keywords: ['sentinel-pass'],
    pattern: /^[ \t]{0,8}sentinel[ \t]{1,4}sentinel-pass[ \t]{1,8}["']?(?<secret>[^\s"'#]{4,200})/m,
    validate: (value) => !/^\$/.test(value) && isPassword(value),
    envName: 'REDIS_SENTINEL_PASSWORD',
    docsUrl: 'https://redis.io/docs/latest/operate/oss_and_stack/management/sentinel/#sentinel-password',
    revocationUrl: null,
    revocationNote: 'Set a new password for the Sentinels (`requirepass` on each Sentinel and `sentinel sentinel-pass` everywhere).',
    examples: {
      positives: (g) => [`port 26379\nsentinel sentinel-user sentinel-admin\nsentinel sentinel-pass ${g.s(humanPassword(g))}\n`, `sentinel sentinel-pass ${g.s(g.alnum(24))}`],
      negatives: () => ['sentinel sentinel-pass ${SENTINEL_PASSWORD}\n', '# sentinel sentinel-pass <password>\n'],
    },
  },
  {
    ...base,
    id: 'jaas-login-module-user',
    provider: 'Apache Kafka',
    description: "A user's password declared in a JAAS login module (`user_<name>=\"<password>\"` under Kafka's PlainLoginModule, ZooKeeper's DigestLoginModule)",
    keywords: ['user_'],
    keywordWindow: { before: 1200, after: 240 },
    pattern: /(?<![\w.-])user_[A-Za-z0-9][\w.@-]{0,63}[ \t]{0,4}=[ \t]{0,4}\\?"(?<secret>[^"\s\\]{3,200})\\?"/,
    // The declaration sits inside a login module's options: its `…LoginModule required` opens the stanza before it.
    validate: (value, ctx) =>
      /(?:PlainLoginModule|DigestLoginModule)[ \t]{1,8}required\b[^;]{0,1200}$/.test(ctx.text.slice(Math.max(0, ctx.start - 1200), ctx.start)) && !/^\$\{/.test(value) && isPassword(value),
    envName: 'KAFKA_USER_PASSWORD',
    docsUrl: 'https://kafka.apache.org/documentation/#security_sasl_plain_brokerconfig',
    revocationUrl: null,
    revocationNote: "Change the user's password in the broker's JAAS configuration (or move to SCRAM credentials kept in the cluster) and in each client's configuration.",
    examples: {
      positives: (g) => [
        `KafkaServer {\n    org.apache.kafka.common.security.plain.PlainLoginModule required\n    username="admin"\n    user_admin="${g.s(humanPassword(g))}"\n    user_alice="${g.s(g.alnum(18))}";\n};\n`,
        `Server {\n    org.apache.zookeeper.server.auth.DigestLoginModule required\n    user_super="${g.s(humanPassword(g))}";\n};\n`,
      ],
      negatives: () => ['KafkaServer {\n    org.apache.kafka.common.security.plain.PlainLoginModule required\n    user_admin="${ADMIN_PASSWORD}";\n};\n', 'user_name="alice"\nuser_role="admin"\n'],
    },
  },
  {
    ...base,
    id: 'wildfly-credential-reference',
    provider: 'WildFly',
    description: 'Clear-text password of a WildFly / JBoss EAP credential reference (`<credential-reference clear-text="…"/>`)',
    keywords: ['clear-text'],
    keywordWindow: { before: 260, after: 220 },
    pattern: /credential-reference(?:(?:[ \t]{1,8}[\w-]{1,40}="[^"\n]{0,200}"){0,4}[ \t]{1,8}clear-text="|=\{[^}\n]{0,200}?clear-text=["']?)(?<secret>[^,}"'\s]{3,200})/,
    validate: (value) => !/^\$\{/.test(value) && isPassword(value),
    envName: 'CREDENTIAL_STORE_PASSWORD',
    docsUrl: 'https://docs.wildfly.org/31/WildFly_Elytron_Security.html#CredentialReference',
    revocationUrl: null,
    revocationNote: 'Change the password of the store or datasource and keep it in a credential store (`store=… alias=…`) instead.',
    examples: {
      positives: (g) => [
        `<credential-store name="cs" location="cred.store">\n  <credential-reference clear-text="${g.s(humanPassword(g))}"/>\n</credential-store>`,
        `/subsystem=elytron/key-store=appKS:add(path=app.jks,credential-reference={clear-text=${g.s(g.alnum(16))}},type=JKS)`,
      ],
      negatives: () => ['<credential-reference clear-text="${env.KEYSTORE_PASSWORD}"/>', '<credential-reference store="cs" alias="ks-pw"/>'],
    },
  },
  {
    ...base,
    id: 'rubygems-credentials-file',
    provider: 'RubyGems',
    description: 'API key in ~/.gem/credentials (`:rubygems_api_key:` and one key per gem host)',
    keywords: [':rubygems_api_key:', '---'],
    pattern: /^:?[\w.:/-]{1,100}:[ \t]{1,4}(?:Bearer[ \t]{1,4})?["']?(?<secret>[A-Za-z0-9_-]{20,200})["']?[ \t]*$/m,
    appliesToPath: (path) => path === undefined || GEM_CREDENTIALS.test(path),
    // Path-less text (`hush redact`) reads as the file only when it names the rubygems key.
    validate: (value, ctx) => (GEM_CREDENTIALS.test(ctx.path ?? '') || (ctx.path === undefined && /^:rubygems_api_key:/m.test(ctx.text))) && isLiteralToken(value, 20),
    envName: 'GEM_HOST_API_KEY',
    docsUrl: 'https://guides.rubygems.org/api-key-scopes/',
    revocationUrl: 'https://rubygems.org/profile/api_keys',
    revocationNote: 'Revoke the key at the gem host it belongs to (rubygems.org, GitHub Packages, a private server).',
    examples: {
      positives: (g) => [`---\n:rubygems_api_key: ${g.s(g.hex(48))}\n:internal: ${g.s(g.hex(32))}\n`, `:rubygems_api_key: ${g.s(g.hex(48))}\n:github: Bearer ${g.s(g.alnum(40))}\n`],
      negatives: (g) => [`---\nrubygems_api_key: ${g.hex(48)}\n`, `:internal: ${g.hex(32)}\n`],
    },
  },
  {
    ...base,
    id: 'postfix-sasl-password',
    provider: 'Postfix',
    description: 'Relay password in a Postfix sasl_passwd map (`[smtp.host]:587 user:password`)',
    // Relay hosts are named for mail (`[smtp.…]`, `[mail.…]`, `[smtp-relay.…]`); the file's comment says postmap.
    keywords: ['smtp', 'mail', 'relay', 'postmap'],
    keywordWindow: { before: 300, after: 300 },
    // A lookup key (`[host]:port`, `host`, `@domain`, a sender address), blanks, then `user:password` to the line's end.
    pattern: /^[ \t]{0,4}(?:\[[\w.-]{1,253}\](?::\d{1,5})?|[\w.-]{1,253}(?::\d{1,5})?|[\w.+-]{0,64}@[\w.-]{1,253})[ \t]{1,40}[^\s:#]{1,200}:(?<secret>[^\s]{3,200})[ \t]*$/m,
    appliesToPath: (path) => path === undefined || SASL_PASSWD.test(path),
    // Path-less text reads as the map only with a bracketed relay key on the line, as the Postfix docs write it.
    validate: (value, ctx) =>
      (SASL_PASSWD.test(ctx.path ?? '') || (ctx.path === undefined && /^[ \t]{0,4}\[[\w.-]{1,253}\]/.test(ctx.text.slice(ctx.text.lastIndexOf('\n', ctx.start) + 1, ctx.start)))) && isPassword(value),
    envName: 'SMTP_RELAY_PASSWORD',
    docsUrl: 'https://www.postfix.org/SASL_README.html#client_sasl_enable',
    revocationUrl: null,
    revocationNote: 'Change the relay account password (or revoke the SMTP key) at the mail provider, then run postmap on the new map.',
    examples: {
      positives: (g) => [`# run postmap after editing\n[smtp.office365.com]:587    scanner@example.com:${g.s(humanPassword(g))}\n`, `[smtp-relay.example.net]:587 relay-user:${g.s(g.alnum(20))}\n`],
      negatives: () => ['[smtp.example.com]:587 user@example.com:password\n', '[smtp.example.com]:587 user@example.com:${SMTP_PASSWORD}\n'],
    },
  },
  {
    ...base,
    id: 'ldif-user-password',
    provider: 'LDAP',
    description: 'Clear-text `userPassword:` of an LDIF entry (a hash `{SSHA}…` or a base64 `userPassword::` is left alone)',
    keywords: ['userpassword:'],
    keywordWindow: { before: 8, after: 140 },
    pattern: /^userPassword:[ \t]{1,4}(?<secret>[^\s:][^\s]{2,127})[ \t]*$/im,
    appliesToPath: (path) => path === undefined || LDIF.test(path),
    // Path-less text reads as LDIF only inside an entry (`dn:` above).
    validate: (value, ctx) => (LDIF.test(ctx.path ?? '') || (ctx.path === undefined && /^dn:[ \t]/m.test(ctx.text.slice(Math.max(0, ctx.start - 1500), ctx.start)))) && isPassword(value),
    envName: 'LDAP_USER_PASSWORD',
    docsUrl: 'https://www.rfc-editor.org/rfc/rfc2849',
    revocationUrl: null,
    revocationNote: "Change the user's password in the directory (ldappasswd) and load hashed values ({SSHA}, {ARGON2}) instead.",
    examples: {
      positives: (g) => [
        `dn: uid=jdoe,ou=people,dc=example,dc=org\nobjectClass: inetOrgPerson\nuid: jdoe\nuserPassword: ${g.s(humanPassword(g))}\n`,
        `dn: cn=replicator,dc=example,dc=org\nobjectClass: simpleSecurityObject\nuserpassword: ${g.s(g.alnum(20))}\n`,
      ],
      negatives: (g) => [`dn: uid=jdoe,ou=people,dc=example,dc=org\nuserPassword: {SSHA}${g.base64(32)}\n`, `dn: uid=jdoe,dc=example\nuserPassword:: ${g.base64(24)}\n`],
    },
  },
  {
    ...base,
    id: 'google-app-password',
    provider: 'Google',
    description: 'Google app password (four groups of four letters) under a password name (msmtprc, muttrc, SMTP settings)',
    keywords: ['pass'],
    keywordWindow: { before: 60, after: 60 },
    pattern:
      /(?<![A-Za-z0-9])(?<key>(?:[A-Za-z0-9]{1,30}[_.-])?(?:pass|Pass|PASS)(?:word|wd|WORD|WD)?|[a-z][A-Za-z0-9]{0,30}Pass(?:word)?)["']?(?:[ \t]{0,4}[=:][ \t]{0,4}|[ \t]{1,20})["']?(?<secret>[a-z]{4} [a-z]{4} [a-z]{4} [a-z]{4})(?![A-Za-z0-9])/,
    // The four groups are random letters, not words of a sentence (`pass this down from here`) nor filler (`xxxx xxxx …`).
    validate: (value) => !SENTENCE_WORD.test(value) && !/\b([a-z])\1{3}\b/.test(value),
    envName: 'SMTP_PASSWORD',
    docsUrl: 'https://support.google.com/accounts/answer/185833',
    revocationUrl: 'https://myaccount.google.com/apppasswords',
    revocationNote: 'Revoke the app password in the Google account (Security → App passwords) and create a new one.',
    examples: {
      positives: (g) => [
        `account gmail\nhost smtp.gmail.com\nuser ops@example.com\npassword       ${g.s(appPassword(g))}\n`,
        `set smtp_pass = "${g.s(appPassword(g))}"`,
        `EMAIL_HOST_PASSWORD=${g.s(appPassword(g))}`,
      ],
      negatives: () => ['You can pass this down from here when ready', 'password must have four words', 'EMAIL_HOST_PASSWORD=xxxx xxxx xxxx xxxx'],
    },
  },
  {
    ...base,
    // Found while tuning on rw-dev11's data part: `spark.authenticate.secret   X`, `spark.ssl.keyStorePassword   X`.
    id: 'blank-separated-property-secret',
    provider: 'Generic',
    // A generic secret name's rule: it names no provider (its words would otherwise claim every `secret` key's provider).
    family: 'generic',
    description: 'Password or secret of a dotted property separated from its value by blanks only (spark-defaults.conf, .properties)',
    keywords: ['password', 'secret', 'token', 'passwd'],
    keywordWindow: { before: 120, after: 260 },
    pattern: /^[ \t]{0,8}(?<key>[A-Za-z][\w-]{0,40}(?:\.[\w-]{1,60}){1,8})[ \t]{1,40}(?<secret>[^\s#=:"'][^\s]{3,199})[ \t]*$/m,
    appliesToPath: (path) => path === undefined || BLANK_SEPARATED_PROPERTIES.test(path),
    validate: (value, ctx) => {
      const key = ctx.keyName ?? '';
      // Path-less text (`hush redact`, a paste) reads as spark-defaults only under a `spark.` key.
      if (!(ctx.path === undefined ? /^spark\./.test(key) : BLANK_SEPARATED_PROPERTIES.test(ctx.path)) || /^\$\{|^<|%\{/.test(value)) return false;
      const reading = readSecretName(key);
      if (!reading) return false;
      return namedValueVerdict(value, key, reading, { compoundWords: reading.kind === 'password' }) === undefined;
    },
    envName: 'SPARK_SECRET',
    docsUrl: 'https://spark.apache.org/docs/latest/configuration.html#dynamically-loading-spark-properties',
    revocationUrl: null,
    revocationNote: 'Change the password or secret where it is issued (keystore, cluster auth secret, catalog token) and pass it from a secret store or an environment variable instead of the properties file.',
    examples: {
      positives: (g) => [
        `spark.master                     yarn\nspark.authenticate               true\nspark.authenticate.secret        ${g.s(g.alnum(40))}\n`,
        `spark.ssl.enabled                true\nspark.ssl.keyStorePassword       ${g.s(`${g.pick(['Harbor', 'Quartz', 'Maple'])}${g.digits(4)}!`)}\n`,
      ],
      negatives: () => ['spark.ssl.trustStorePassword     ${TRUSTSTORE_PASSWORD}\nspark.eventLog.dir   s3a://logs/spark\n', 'spark.authenticate.secret.file   /etc/spark/secret.txt\n'],
    },
  },
  {
    ...base,
    // Found while tuning on rw-dev11's data part: `~/.kaggle/kaggle.json` is `{"username":"u","key":"<32 hex>"}`, also
    // written by a notebook's `json.dump({...})`; a bare `key` says nothing alone, the `username` beside it does.
    id: 'kaggle-api-key',
    provider: 'Kaggle',
    description: 'Kaggle API key (`"key"` beside `"username"`, as in kaggle.json)',
    keywords: ['username'],
    keywordWindow: { before: 4, after: 160 },
    pattern: /(?<q>\\?["'])username\k<q>[ \t]{0,4}:[ \t]{0,4}\k<q>[^"'\\\s]{1,64}\k<q>[ \t]{0,4},[ \t]{0,4}\k<q>key\k<q>[ \t]{0,4}:[ \t]{0,4}\k<q>(?<secret>[0-9a-f]{32})\k<q>/,
    validate: (value) => isLiteralToken(value, 32),
    envName: 'KAGGLE_KEY',
    docsUrl: 'https://www.kaggle.com/docs/api#authentication',
    revocationUrl: 'https://www.kaggle.com/settings/account',
    revocationNote: 'Expire the API token in Kaggle account settings and create a new one (it downloads a fresh kaggle.json).',
    examples: {
      positives: (g) => [`{"username":"${g.lower(6)}_${g.digits(2)}","key":"${g.s(g.hex(32))}"}\n`, `    json.dump({"username": "${g.lower(5)}", "key": "${g.s(g.hex(32))}"}, f)\n`],
      negatives: (g) => ['{"username":"your-kaggle-user","key":"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"}\n', `{"username": "${g.lower(6)}", "key": "sort_order"}\n`],
    },
  },
  {
    ...base,
    id: 'tasmota-password-command',
    provider: 'Tasmota',
    description: 'Password set by a Tasmota console command (`Backlog SSID1 …; Password1 …; MqttPassword …`, `WebPassword …`)',
    keywords: ['backlog', 'mqttpassword', 'webpassword'],
    keywordWindow: { before: 300, after: 300 },
    // The command, one blank, the value up to the next `;` of a Backlog (or the line's end, a code span's end).
    pattern: /(?<![\w.-])(?<key>[Pp]assword[1-3]|[Mm]qtt[Pp]assword|[Ww]eb[Pp]assword)[ \t]{1,4}(?<secret>[^\s;`'"]{4,64})(?=[ \t]{0,4}(?:;|`|\r?\n|$))/,
    validate: (value, ctx) => {
      // A Backlog's command (after `Backlog` or a `;` of one), or a command alone on its line or in a code span.
      const line = ctx.text.slice(Math.max(ctx.text.lastIndexOf('\n', ctx.start) + 1, ctx.start - 400), ctx.start);
      const key = ctx.keyName ?? '';
      const command = /\bBacklog[ \t][^\n]{0,300}$/i.test(line) || /(?:^|`)[ \t]{0,8}(?:[\w-]{0,20}[ \t]{0,2}(?:CMD|cmnd)[:/][ \t]{0,2})?\S{1,20}[ \t]{1,4}$/.test(line);
      return command && (!/^password[1-3]$/i.test(key) || /\bBacklog[ \t]/i.test(line)) && !/^\$|^%\w+%$|^\*+$/.test(value) && isPassword(value);
    },
    envName: 'TASMOTA_PASSWORD',
    docsUrl: 'https://tasmota.github.io/docs/Commands/',
    revocationUrl: null,
    revocationNote: 'Set a new password on the device (`MqttPassword`, `WebPassword`, `Password1`) and on the broker or Wi-Fi network it opens.',
    examples: {
      positives: (g) => [
        `Backlog SSID1 Home; Password1 ${g.s(humanPassword(g).replace(/[;\s]/g, ''))}; MqttHost 192.168.1.5; MqttUser tasmota; MqttPassword ${g.s(g.alnum(18))}; Topic plug_%06X`,
        `Then set the web login with \`WebPassword ${g.s(humanPassword(g).replace(/[;\s`]/g, ''))}\`.`,
      ],
      negatives: () => [
        '00:00:01.203 CMD: Backlog SSID1 Home; Password1 ****; MqttHost 192.168.1.5',
        'Backlog MqttHost 192.168.1.5; MqttPassword %mqtt_pass%; Topic plug',
        'if (password1 != password2) return;',
        'The WebPassword command sets the password of the web UI.',
      ],
    },
  },
  {
    ...base,
    id: 'keepass-xml-password',
    provider: 'KeePass',
    description: "An entry's password in a KeePass XML export (`<String><Key>Password</Key><Value>…</Value></String>`)",
    keywords: ['<key>password</key>'],
    keywordWindow: { before: 16, after: 240 },
    // KeePass writes protected fields with `ProtectInMemory="True"`; an export in clear keeps the attribute.
    pattern: /<Key>Password<\/Key>[ \t]{0,4}<Value(?:[ \t]{1,4}[A-Za-z]{1,30}="[^"<>\n]{0,20}"){0,3}>(?<secret>[^<>\n]{4,128})<\/Value>/,
    validate: (value) => value.trim() === value && isPassword(value),
    envName: 'KEEPASS_ENTRY_PASSWORD',
    docsUrl: 'https://keepass.info/help/base/importexport.html',
    revocationUrl: null,
    revocationNote: 'Every password in the export is exposed: change them, delete the export, and keep the database in its encrypted .kdbx form only.',
    examples: {
      positives: (g) => [
        `<Entry>\n  <String><Key>Title</Key><Value>Router</Value></String>\n  <String><Key>UserName</Key><Value>admin</Value></String>\n  <String><Key>Password</Key><Value ProtectInMemory="True">${g.s(humanPassword(g))}</Value></String>\n</Entry>\n`,
        `<String><Key>Password</Key><Value>${g.s(g.alnum(16))}</Value></String>`,
      ],
      negatives: () => ['<String><Key>Password</Key><Value ProtectInMemory="True"></Value></String>', '<String><Key>Password</Key><Value>changeme</Value></String>'],
    },
  },
  {
    ...base,
    id: 'wlan-profile-key-material',
    provider: 'Windows',
    description: 'Wi-Fi passphrase in a Windows WLAN profile export (`netsh wlan export profile key=clear`: `<keyMaterial>`)',
    keywords: ['keymaterial'],
    keywordWindow: { before: 16, after: 120 },
    // A passphrase is 8 to 63 characters (64 hex digits a raw key); `<protected>true</protected>` exports hold a long
    // encrypted blob instead, too long for this.
    pattern: /<keyMaterial>(?<secret>[^<>\n]{8,64})<\/keyMaterial>/,
    validate: (value) => value.trim() === value && passwordVerdict(value, 'wifi_password', { compoundWords: true }) === undefined,
    envName: 'WIFI_PASSWORD',
    docsUrl: 'https://learn.microsoft.com/en-us/windows/win32/nativewifi/wlan-profileschema-keymaterial-sharedkey-element',
    revocationUrl: null,
    revocationNote: "Change the network's passphrase on the access point and the devices that use it; export profiles without key=clear.",
    examples: {
      positives: (g) => [
        `<sharedKey>\n\t<keyType>passPhrase</keyType>\n\t<protected>false</protected>\n\t<keyMaterial>${g.s(humanPassword(g))}</keyMaterial>\n</sharedKey>\n`,
        `<sharedKey><keyType>passPhrase</keyType><protected>false</protected><keyMaterial>${g.s(g.alnum(20))}</keyMaterial></sharedKey>`,
      ],
      negatives: (g) => [
        `<sharedKey>\n\t<keyType>passPhrase</keyType>\n\t<protected>true</protected>\n\t<keyMaterial>01000000D08C9DDF0115D1118C7A00C04FC297EB${g.hex(200).toUpperCase()}</keyMaterial>\n</sharedKey>\n`,
        '<sharedKey><keyType>passPhrase</keyType><protected>false</protected><keyMaterial>password</keyMaterial></sharedKey>',
      ],
    },
  },
];
