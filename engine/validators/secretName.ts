// What a name says about the value assigned to it. `DB_PASSWORD`, `dbPass`, `SMTP_PW`, `rootpw`,
// `client_secret`, `apiKey`, `mot_de_passe`, `пароль` name secrets; `passwordField`, `token_type`,
// `nextToken`, `passwordPolicy`, `bypass` do not. Shared by every detector that reads a name before a value
// (assignments, config keys, command-line flags, prose labels), so they all agree on what a name means.
//
// A name is split into words (any casing and separator: camelCase, snake_case, kebab-case, dotted paths,
// spaces), lower-case concatenations are split where they end with a secret word (`dbpassword`, `rootpw`,
// `apikey`), and the last secret word decides: its kind, and whether a word next to it makes the name
// describe something else (`password_hash`, `forgotPassword`, `csrf_token`).

import type { MatchStartGroup } from '../types';
import { ownString } from '../detect/ownString';

export type SecretNameKind = 'password' | 'secret' | 'token' | 'key' | 'credential';

/** Words (lower case) that name a password, in English abbreviations and other languages. */
const PASSWORD_WORDS = [
  'password',
  'passwords',
  'passwd',
  'passphrase',
  'passcode',
  'pwd',
  'pw',
  'pass',
  'passw',
  'pword',
  'psw',
  'pswd',
  'pswrd',
  'pwrd',
  // Wi-Fi and VPN pre-shared keys (wpa_supplicant `psk=`, NetworkManager `psk=`) are passphrases people choose.
  'psk',
  // SSSD's `ldap_default_authtok`: the bind password.
  'authtok',
  'passe',
  'passwort',
  'kennwort',
  'motdepasse',
  'mdp',
  'contrasena',
  'contraseña',
  'clave',
  'senha',
  'parola',
  'wachtwoord',
  'haslo',
  'hasło',
  'losenord',
  'lösenord',
  'salasana',
  'sifre',
  'şifre',
  'heslo',
  'jelszo',
  'jelszó',
  'passord',
  'adgangskode',
  'lozinka',
  'geslo',
  'sandi',
  'katasandi',
  'пароль',
  'пароля',
  '密码',
  '密碼',
  '口令',
  '비밀번호',
  '암호',
  'パスワード',
];
const SECRET_WORDS = ['secret', 'secrets', 'geheim', 'geheimnis'];
/** Words before `seed` that make it a one-time-password seed (an authenticator's shared secret). */
const OTP_WORDS = new Set(['totp', 'otp', 'hotp', 'mfa', 'tfa']);
// `tok` only as a word of its own (`tok`, `apiTok`, `AUTH_TOK`): the short name people give a token in code.
const TOKEN_WORDS = ['token', 'tokens', 'tok', 'pat', 'salt'];
const CREDENTIAL_WORDS = ['credential', 'credentials', 'cred', 'creds', 'auth'];

/** Kinds of key whose value is a credential (a bare `key` names too many other things to count). */
export const KEY_KINDS = [
  'api',
  'access',
  'auth',
  'private',
  'app',
  'application',
  'write',
  'master',
  'signing',
  'encryption',
  'account',
  'storage',
  'hmac',
  'shared',
  'license',
  'sdk',
  'service',
  'admin',
  'server',
  'subscription',
  'primary',
  'secondary',
  // PayU's `second_key` (`drugi klucz`): the MD5 key that signs its notifications.
  'second',
  'ingest',
  'integration',
  'merchant',
  'webhook',
  'secret',
  'client',
  'consumer',
  'session',
  'jwt',
  'cookie',
  'user',
  'partner',
  // ASP.NET's <machineKey validationKey=… decryptionKey=…>: the keys that sign and encrypt cookies and view state.
  'validation',
  'decryption',
  // The verb or the short form (`ENCRYPT_KEY`, `decryptKey`, `CIPHER_KEY`, `crypto_key`): the key that encrypts, as
  // `encryption_key` is (rw-dev13's `--dart-define=ENCRYPT_KEY=…`).
  'encrypt',
  'decrypt',
  'cipher',
  'crypto',
  // ManageEngine's technician key (`TECHNICIAN_KEY`, `$techKey`, `TechKey` in a module's config): a UUID that acts
  // as the technician in ServiceDesk Plus's API (rw-dev13).
  'tech',
  'technician',
];

const WORD_KIND = new Map<string, SecretNameKind>([
  ...PASSWORD_WORDS.map((w) => [w, 'password'] as const),
  ...SECRET_WORDS.map((w) => [w, 'secret'] as const),
  ...TOKEN_WORDS.map((w) => [w, 'token'] as const),
  ...CREDENTIAL_WORDS.map((w) => [w, 'credential'] as const),
]);
const KEY_KIND_SET = new Set(KEY_KINDS);
/** `key` in German (`HmacSchluessel`, `api.schlüssel`): read as `key`, so only after a kind of credential is it strong. */
const KEY_TRANSLATIONS = ['schluessel', 'schlüssel', 'schlussel'];

/** Secret words a lower-case concatenation may end with (`dbpassword`, `rootpw`, `clientsecret`), longest first. */
const SUFFIXES = [...PASSWORD_WORDS, ...SECRET_WORDS, 'token', 'tokens', 'credentials', 'credential', 'creds'].filter((w) => w.length >= 2).sort((a, b) => b.length - a.length);

/** Concatenations that end like a secret word but are other words (`bypass`, `lowpass`, `compat`). */
const NOT_COMPOUNDS = new Set([
  'bypass',
  'compass',
  'encompass',
  'overpass',
  'underpass',
  'surpass',
  'trespass',
  'multipass',
  'lowpass',
  'highpass',
  'bandpass',
  'allpass',
  'subpass',
  'renderpass',
  'firstpass',
  'onepass',
  'twopass',
  'secondpass',
  'oldpwd',
  'getpwd',
  'hasspass',
  'impass',
  'carpass',
  'buspass',
  'boardingpass',
  'seasonpass',
  'backstagepass',
  'mountainpass',
  'klasse',
  'fingerprint',
  'tokenpass',
  'minipass',
  'atpass',
  'fastpass',
  'autopass',
  'skippass',
]);

/** Words after the secret word that make the name describe something else (`passwordField`, `token_type`). */
const NON_SECRET_AFTER = new Set([
  // Vault's `token_accessor` / `secret_id_accessor`: a handle to look a token up or revoke it, not the token.
  'accessor',
  // A TLS pre-shared key's identity (`TLSPSKIdentity=PSK-FS01`, `psk_identity`): the name the key is sent under.
  'identity',
  // A Wi-Fi network's name beside its password (`SECRET_SSID` in Arduino's secrets.h, Zephyr's
  // `CONFIG_WIFI_CREDENTIALS_STATIC_SSID`): public, broadcast by the access point (rw-dev17).
  'ssid',
  'name',
  'names',
  'type',
  'types',
  'field',
  'fields',
  'label',
  'labels',
  'id',
  'ids',
  'url',
  'uri',
  'urls',
  'endpoint',
  'path',
  'file',
  'files',
  'dir',
  'length',
  'len',
  'size',
  'count',
  'min',
  'max',
  'regex',
  'pattern',
  'policy',
  'policies',
  'hint',
  'prompt',
  'message',
  'msg',
  'error',
  'err',
  'errors',
  'placeholder',
  'input',
  'header',
  'param',
  'params',
  // The name of the setting that holds a secret (`SECRET_PROPERTY = "app.jwt.secret"`, `TRUSTSTORE_PASSWORD_PROP`).
  'property',
  'properties',
  'prop',
  'props',
  'env',
  'var',
  'variable',
  'ref',
  'reference',
  'arn',
  'hash',
  'hashed',
  // A token's fingerprint is a digest of it; a claim holds a claim's name (`PasswordClaim = "pwd_changed_at"`).
  'fingerprint',
  'claim',
  'hashes',
  'digest',
  'checksum',
  'sha',
  'md',
  'expiry',
  'expires',
  'expiration',
  'expired',
  'ttl',
  'timeout',
  'lifetime',
  'format',
  'mode',
  'enabled',
  'required',
  'provider',
  'store',
  'manager',
  'service',
  'class',
  'prefix',
  'suffix',
  'event',
  'state',
  'status',
  'version',
  'location',
  'source',
  'kind',
  'scope',
  'scopes',
  'audience',
  'issuer',
  'algorithm',
  'alg',
  'algo',
  'encoding',
  'lookup',
  'index',
  'position',
  'start',
  'end',
  'limit',
  'usage',
  'strength',
  'rules',
  'rule',
  'reset',
  'changed',
  'visible',
  'visibility',
  'toggle',
  'icon',
  'button',
  'btn',
  'form',
  'text',
  'title',
  'description',
  'selector',
  'handler',
  'callback',
  'validator',
  'validation',
  'generator',
  'parser',
  'request',
  'response',
  'result',
  'cache',
  'last',
  'used',
  'updated',
  'created',
  'date',
  'time',
  'at',
  'spec',
  'specs',
  'alias',
  'origin',
  // Added with the password names: UI, policy and mechanism words (`password_salt`, `passThrough`, `PasswordAuthentication`).
  'through',
  'thru',
  'encrypted',
  'enc',
  // `password_encryption: scram-sha-256` (PostgreSQL), `password_scheme`: how passwords are stored, not one.
  'encryption',
  'scheme',
  'cipher',
  'ciphertext',
  'complexity',
  'rotation',
  'history',
  'attempts',
  'attempt',
  'retries',
  'retry',
  'authentication',
  'based',
  'less',
  'protected',
  'protection',
  'grant',
  'flow',
  'hasher',
  'hashers',
  'encoder',
  'iterations',
  'rounds',
  'cost',
  'component',
  'view',
  'page',
  'screen',
  'dialog',
  'modal',
  'box',
  'widget',
  'container',
  'wrapper',
  'element',
  'el',
  'ctrl',
  'control',
  'controller',
  'check',
  'checker',
  'meter',
  'indicator',
  'mask',
  'masked',
  'chars',
  'char',
  'characters',
  'digits',
  'symbols',
  'uppercase',
  'lowercase',
  'age',
  'days',
  'duration',
  'period',
  'interval',
  'column',
  'col',
  'attr',
  'attribute',
  'command',
  'cmd',
  'script',
  'program',
  'helper',
  'util',
  'utils',
  'module',
  'plugin',
  'mgr',
  'fail',
  'rate',
  'filter',
  'threshold',
  'criteria',
  'requirements',
  'requirement',
  'constraint',
  'constraints',
  'show',
  'shown',
  'hidden',
  'option',
  'options',
  'sent',
  'verified',
  'valid',
  'invalid',
  'match',
  'mismatch',
  'confirmed',
  'set',
  'exists',
  'present',
  'missing',
  'empty',
  'stdin',
  'prompted',
  'keyring',
  'keychain',
  'vault',
  'entry',
  'item',
  'method',
  'methods',
  'auth',
  'login',
  'change',
  'forgot',
  'recovery',
  'mgmt',
  'storage',
  'host',
  'port',
  'bucket',
  'table',
  'key',
  'keys',
  'user',
  'username',
  'users',
  'email',
  'realm',
  'domain',
  'mechanism',
  'strategy',
  'backend',
  'driver',
  'database',
  'db',
  'schema',
  'verifier',
  'challenge',
  'version',
]);

/** Words before the secret word that make the name describe something else (`nextToken`, `public_key`). */
const NON_SECRET_BEFORE = new Set([
  // Helm charts' `existingSecret: name` (and `existing_secret_name`): the name of a Kubernetes Secret to read, not a value.
  'existing',
  'page',
  'next',
  'prev',
  'previous',
  'continuation',
  'pagination',
  'cursor',
  'sync',
  'csrf',
  'xsrf',
  'bos',
  'eos',
  'pad',
  'unk',
  'sep',
  'cls',
  'mask',
  'special',
  'max',
  'min',
  'num',
  'total',
  'input',
  'output',
  'prompt',
  'completion',
  'forgot',
  'public',
  'is',
  'has',
  'show',
  'hide',
  'use',
  'enable',
  'disable',
  'require',
  'requires',
  'validate',
  'check',
  'no',
  'start',
  'end',
  'eof',
  'cancellation',
  'cancel',
  'lexer',
  'parser',
  'syntax',
  'ast',
  'jsx',
  'css',
  'html',
  'design',
  'theme',
  'color',
  // Concurrency and idempotency tokens (`ChangeToken`, `ClientRequestToken`): identifiers, not credentials.
  'change',
  'request',
  'idempotency',
  'lifecycle',
  'action',
  'term',
  // OpenTravel (OTA) messages' `EchoToken`: the sender's request id, echoed back in the response.
  'echo',
  // A seat map's `holdToken` (seats.io): the id of seats held during checkout, handed to every buyer's browser.
  'hold',
  // Accessors, checks and UI words before a password word (`getPassword`, `verifyPassword`, `togglePassword`).
  'get',
  'verify',
  'hashed',
  'encrypt',
  'encrypted',
  'decrypt',
  'encode',
  'encoded',
  'generate',
  'gen',
  'reset',
  'forget',
  'lost',
  'toggle',
  'label',
  'placeholder',
  'expired',
  'invalid',
  'wrong',
  'bad',
  'incorrect',
  'weak',
  'strong',
  'empty',
  'missing',
  'required',
  'needs',
  'must',
  'compare',
  'matching',
  'mismatch',
  'on',
  'handle',
  'update',
  'should',
  'can',
  'allow',
  'skip',
  'was',
  'did',
  'will',
  'render',
  'shadow',
  'depth',
  'sub',
  'blur',
  'bloom',
  'post',
  'first',
  'second',
  'third',
  'final',
  'multi',
  'single',
  'one',
  'two',
  'each',
  'per',
  'gpu',
  'compute',
  'draw',
  'light',
  'geometry',
  'opaque',
  'transparent',
  'low',
  'high',
  'band',
  'notch',
  'boarding',
  'bus',
  'season',
  'hall',
  'free',
  'day',
  'week',
  'ski',
  'verification',
  'split',
  'tokenizer',
  'word',
  'string',
  'literal',
  'keyword',
  'punctuation',
  'operator',
  'identifier',
  'delimiter',
  'whitespace',
  'comment',
  'regex',
  'template',
  'number',
  'bracket',
  'brace',
  'paren',
  'newline',
  'indent',
  'dedent',
  'ident',
  'all',
  'any',
  'every',
  'some',
  'none',
  'delim',
  'dimension',
  'percentage',
  'unicode',
  'function',
]);

/** Name words in order: camelCase humps, snake/kebab/dotted parts, letters of any script; digits dropped. */
export function nameWords(name: string): string[] {
  const raw = name.match(/\p{Lu}+(?!\p{Ll})|\p{Lu}?\p{Ll}+|[\p{Lo}\p{Lm}]+/gu) ?? [];
  const words = raw.map((w) => w.toLowerCase());
  // Multi-word spellings of one word (`mot_de_passe`, `PassWord`, `kata_sandi`).
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    if (w === 'mot' && next === 'de' && words[i + 2] === 'passe') {
      out.push('motdepasse');
      i += 2;
    } else if ((w === 'pass' && (next === 'word' || next === 'wd' || next === 'phrase' || next === 'wort' || next === 'code')) || (w === 'kata' && next === 'sandi')) {
      out.push(w + next);
      i++;
    } else out.push(w);
  }
  return out;
}

/**
 * Words repeat across names far more than names do (`db`, `user`, `config`), and a word that is no secret word is
 * tried against every suffix and secret word: their splits are kept (bounded, cleared when full).
 */
const splits = new Map<string, readonly string[]>();

/** Splits `dbpassword` → db + password, `rootpw` → root + pw, `apikey` → api + key; other words stay whole. */
export function splitCompound(word: string): readonly string[] {
  let split = splits.get(word);
  if (split === undefined) {
    if (splits.size >= 4096) splits.clear();
    // The kept parts are slices of the key: of a copy, not of the scanned text (see ownString).
    const own = ownString(word);
    splits.set(own, (split = splitWord(own)));
  }
  return split;
}

function splitWord(word: string): readonly string[] {
  if (WORD_KIND.has(word) || NOT_COMPOUNDS.has(word) || word.length < 4) return [word];
  if (word.endsWith('key') && KEY_KIND_SET.has(word.slice(0, -3))) return [word.slice(0, -3), 'key'];
  for (const k of KEY_TRANSLATIONS) if (word.endsWith(k) && KEY_KIND_SET.has(word.slice(0, -k.length))) return [word.slice(0, -k.length), 'key'];
  for (const suffix of SUFFIXES) {
    if (word.length - suffix.length < 2 || !word.endsWith(suffix)) continue;
    // Short endings only after a word-like start (`rootpw`, `dbpwd`), never inside longer words.
    if (suffix.length <= 3 && !/^[a-z]{2,12}$/.test(word.slice(0, -suffix.length))) continue;
    return [...splitCompound(word.slice(0, -suffix.length)), suffix];
  }
  // Scripts without spaces between words (`数据库密码`): a password word at the end is the name's last word.
  if (/\p{Lo}/u.test(word)) {
    const w = PASSWORD_WORDS.find((p) => /\p{Lo}/u.test(p) && word.endsWith(p) && word.length > p.length);
    if (w) return [word.slice(0, -w.length), w];
  }
  // A secret word followed by a qualifier (`passwordhash`, `tokentype`, `secretname`).
  for (const [w] of WORD_KIND) {
    if (w.length >= 4 && word.startsWith(w) && NON_SECRET_AFTER.has(word.slice(w.length))) return [w, word.slice(w.length)];
  }
  return [word];
}

export interface SecretNameReading {
  kind: SecretNameKind;
  /** The secret word that decided (`password`, `pw`, `token`, `key`). */
  word: string;
  /** A `key` after a word that is no kind of credential (`geocoder_key`): only a strongly random value counts. */
  weak?: boolean;
}

/** Words before `key` that make it a lookup key, not a credential (`cache_key`, `sort_key`, `primary_key` in a DB). */
const NOT_SECRET_KEYS = new Set([
  'cache',
  'sort',
  'partition',
  // A software product or activation key (`<ProductKey>` in a Windows answer file) is a licence, not access.
  'product',
  'activation',
  // A signage player's or licence dongle's `hardwareKey`: the device's id, shown in its admin page.
  'hardware',
  'foreign',
  'unique',
  'composite',
  'hash',
  'range',
  'row',
  'lookup',
  'dict',
  'map',
  // A MapTiler key sits in every browser's map-style URL (`?key=`), restricted by origin: public by design.
  'maptiler',
  'object',
  'item',
  'i18n',
  'translation',
  'message',
  'label',
  'idempotency',
  'dedup',
  'dedupe',
  'group',
  'event',
  'ssh',
  'gpg',
  'pgp',
  'react',
  'list',
  'track',
  'state',
  'query',
  'search',
  'redis',
  'storage',
  'local',
  'session',
  'index',
  'sequence',
  'shard',
  'bucket',
  'object',
  'primary',
  'surrogate',
  'natural',
  'compound',
  'join',
  'parent',
  'child',
  'node',
  'entity',
  'record',
  'field',
  'column',
  'table',
  'property',
  'prop',
  'attr',
  'attribute',
  'config',
  'setting',
  'settings',
  'env',
  'var',
  'name',
  'id',
  'type',
  'hot',
  'short',
  'shortcut',
  'keyboard',
  'music',
  'piano',
  'menu',
  'accelerator',
  'mod',
  'modifier',
  'meta',
  'alt',
  'ctrl',
  'shift',
  'enter',
  'escape',
  'tab',
  'space',
  'arrow',
  'function',
  'media',
  'file',
  'path',
  'url',
  'route',
  'feature',
  'flag',
  // Feature-flag and release tooling keys name an entity, not access (LaunchDarkly's `environmentKey: env-<uuid>`,
  // Optimizely's `experimentKey`/`variationKey`, `localeKey`). Flagsmith's server-side `ser.` key has its own rule.
  'environment',
  'experiment',
  'variation',
  'variant',
  'locale',
  'language',
  'region',
  'metric',
  'log',
  'trace',
  'span',
  'tag',
  'tags',
  'cookie',
  'header',
  'param',
  'query',
  'form',
  'input',
  'output',
  'result',
  'data',
  'value',
  'default',
  'custom',
  'unique',
  'global',
  'public',
  'publishable',
  'anon',
  'rsa',
  'ecdsa',
  'ed25519',
  'host',
  'known',
  'authorized',
  'verify',
  'verification',
  'certificate',
  'cert',
  'x509',
  'jwks',
  'jwk',
  'kid',
  'next',
  'prev',
  'page',
  'cursor',
  // A rate limiter's bucket (`rate_limit_key`, `throttle_key`): the client it counts, not a credential.
  'limit',
  'ratelimit',
  'limiter',
  'throttle',
]);

/** Words that make a browser-side (search, site) key the server-side one. */
const ADMIN_KEY_WORDS = new Set(['admin', 'write', 'master', 'server']);

/**
 * Nouns of NON_SECRET_BEFORE that also name a service or product: before `api` (`SYNC_API_KEY`, `RENDER_API_KEY`)
 * they name whose API key it is. A sync token is a pagination cursor, but a sync secret or key is none (`SYNC_SECRET`).
 */
const SERVICE_NOUNS = new Set(['sync', 'render', 'design', 'theme', 'compute', 'post']);
const PAGINATION_WORDS = new Set(['sync', 'page', 'next', 'prev', 'previous', 'continuation', 'pagination', 'cursor']);
/** Words before `post` that make it a postal operator (`CANADA_POST_PASSWORD`, `AUSTRALIA_POST_API_KEY`, rw-dev20). */
const POSTAL_OPERATORS = new Set(['canada', 'australia', 'swiss', 'deutsche', 'austrian', 'singapore', 'hongkong', 'israel', 'japan', 'india', 'zealand', 'nz', 'royal']);
function namesAService(before: string, previous: string | undefined, secretWord: string, beforeThat?: string): boolean {
  if (before === 'post' && beforeThat !== undefined && POSTAL_OPERATORS.has(beforeThat)) return true;
  if (SERVICE_NOUNS.has(before) && previous === 'api') return true;
  // A sync account's password (`SyncPassword` in a desktop client's settings, rw-dev2): a cursor has a token, never a password.
  if (before === 'sync' && before === previous && (secretWord === 'password' || secretWord === 'passwd')) return true;
  return PAGINATION_WORDS.has(before) && before === previous && secretWord === 'secret';
}

/**
 * Names of public-by-design identifiers (see readName): a push registration token (FCM, APNs, GCM, a device's push
 * token; not a bare `PUSH_TOKEN`, which may push to a registry), a card token, a CodePush key, Mixpanel's project token
 * (in every web and app build; its API secret is the credential), and the keys mobile SDKs ship in every copy of the
 * app (rw-dev13): ironSource's app key, Flurry's API key, Midtrans'
 * client key (its server key is the secret), an Apple crash report's `crashReporterKey` (an anonymous device id), and
 * FortiOS's `set fortitoken` (the serial of the admin's FortiToken, `FTKMOB…`), Algolia Insights' user token (an
 * anonymous visitor id, rw-dev16) and an HTML `data-app-key` / `data-site-key` attribute (a widget's key, in every page).
 * An FCM server key or an APNs auth key is none of these: only `token` (and these SDKs' `key`) ends the name.
 */
const PUBLIC_ID_NAME =
  /(?:^|[^a-z])(?:fcm|apns|gcm|device[ _.-]?push|expo[ _.-]?push|card)[ _.-]?(?:device[ _.-]?|registration[ _.-]?|reg[ _.-]?)?tokens?$|(?:^|[^a-z])code[ _.-]?push[ _.-]?(?:deployment[ _.-]?)?key$|(?:^|[^a-z])mixpanel[ _.-]?(?:project[ _.-]?)?token$|(?:^|[^a-z])(?:iron[ _.-]?source[ _.-]?app|flurry(?:[ _.-]?api)?|crash[ _.-]?reporter|midtrans[ _.-]?client)[ _.-]?key$|(?:^|[^a-z])forti[ _.-]?token$|(?:^|[^a-z])insights[ _.-]?(?:user[ _.-]?)?token$|^data-(?:[a-z0-9]{1,20}-){0,3}(?:app|site|widget)-key$/;
const publicIdName = (name: string) => PUBLIC_ID_NAME.test(name.replace(/([a-z0-9])(?=[A-Z])/g, '$1_').toLowerCase());

/** Names repeat a lot in a file and across files: their readings are kept (bounded, cleared when full). */
const readings = new Map<string, SecretNameReading | undefined>();

/** What kind of secret the name says its value is, or undefined when it names no secret (or names something else). */
export function readSecretName(name: string): SecretNameReading | undefined {
  if (name.length === 0 || name.length > 200) return undefined;
  const known = readings.get(name);
  if (known !== undefined || readings.has(name)) return known;
  if (readings.size >= 4096) readings.clear();
  const reading = readName(name);
  readings.set(ownString(name), reading);
  return reading;
}

function readName(name: string): SecretNameReading | undefined {
  // Public by design (`publicKeyToken`, `NEXT_PUBLIC_…`, a publishable or anonymous key, Shopify's Storefront access
  // token that every storefront page carries: `X-Shopify-Storefront-Access-Token`, `storefrontAccessToken`).
  if (/public|publishable|(?:^|[^a-z])anon(?:ymous)?(?:[^a-z]|$)|storefront[_-]?access/i.test(name)) return undefined;
  // nginx's upstream directives (`proxy_pass`, `fastcgi_pass unix:/run/php-fpm.sock`) and Apache's `ProxyPass` pass a
  // request on to an address: `pass` is the verb there (rw-dev12). Written so, in lower case or Apache's CamelCase
  // only: `PROXY_PASS` / `proxyPass` are a proxy's password.
  if (/^(?:proxy|fastcgi|uwsgi|scgi|grpc|memcached)_pass$|^ProxyPass(?:Reverse|Match)?$/.test(name)) return undefined;
  // A digest of the password under its own name: Asterisk's `md5secret`, PJSIP's `md5_cred`, and FreeRADIUS's hashed
  // password attributes (`NT-Password`, `SSHA-Password`, `Crypt-Password`); `Cleartext-Password` is the password.
  if (/(?:^|[^a-z0-9])md5[_-]?(?:secret|cred|password|pass)$|^(?:NT|LM|S?MD5|S?SHA\d?|SSHA2-\d{3}|SHA2-\d{3}|Crypt|NS-MTA-MD5)-Password$/i.test(name)) return undefined;
  // The salt of a password-authenticated key exchange (Matter's `spake2_salt`, ESP provisioning's SRP6a `srp_salt`,
  // rw-dev17) is sent in the clear during the handshake: public by design, as the verifier beside it is no password.
  if (/(?:^|[^a-z])(?:spake2p?|srp6?a?)[_.-]?salt$/i.test(name)) return undefined;
  // U-Boot's autoboot stop string (`bootstopkey=` / `bootdelaykey=` in the environment, `fw_setenv bootstopkey X`,
  // `CONFIG_AUTOBOOT_STOP_STR`, rw-dev17): the password of the bootloader's console; its `…sha256` forms are digests.
  if (/^(?:boot(?:stop|delay)key|(?:CONFIG_)?AUTOBOOT_(?:STOP|DELAY)_STR)$/i.test(name)) return { kind: 'password', word: 'key' };
  // Drone's `from_secret: NAME` names the secret the value comes from: a reference, never the value.
  if (/^from[_-]?secret$/i.test(name)) return undefined;
  // Identifiers public by design under a credential word: a device's push registration (`fcm_token`,
  // `apnsDeviceToken`, `devicePushToken`), a tokenised card (`card_token`: Stripe's `tok_…`, made in the browser with
  // the publishable key), a CodePush deployment key (built into every copy of the app), Mixpanel's project token.
  if (publicIdName(name)) return undefined;
  // Redis's own names for its passwords as other configs spell them (`requirePass` in NixOS, `masterAuth`): `require`
  // before a secret word is otherwise a switch (`requirePassword: true`). The bare `requirepass` is Redis's own
  // syntax, read by its rules (redis.conf, redis-server flags, argument lists); prefixed it is a variable holding it
  // (`redis_requirepass` in Ansible vars, `REDIS_MASTERAUTH`).
  if (/(?:^|[._:-])(?:require(?:_p|P)ass|master(?:_a|A)uth)$|[._:-](?:requirepass|masterauth|REQUIREPASS|MASTERAUTH)$/.test(name)) return { kind: 'password', word: 'pass' };
  // Moodle's site-wide pepper (`$CFG->passwordsaltmain`, the older ones kept as `passwordsaltalt1` …): every stored
  // password hash depends on it, a secret, not a salt stored beside a hash.
  if (/^passwordsalt(?:main|alt\d{1,2})$/.test(name)) return { kind: 'secret', word: 'secret' };
  // Mumble's Ice interface secrets (`icesecretwrite=` / `icesecretread=` in mumble-server.ini): whoever holds the write one
  // administers the server.
  if (/^icesecret(?:write|read)$/i.test(name)) return { kind: 'secret', word: 'secret' };
  // Nextcloud's and ownCloud's `'passwordsalt' => '…'` in config.php is the same site-wide secret; as a salt word it
  // is still dropped beside a stored hash (a user row's own salt).
  if (name === 'passwordsalt') return { kind: 'secret', word: 'salt' };
  // Cisco's `enable secret` kept by automation (netmiko's `ENABLE_SECRET`, `enable_secret:` in inventories): the
  // privileged-mode password; `enable` before `secret` is otherwise a switch (`enableSecretScan`), read no further.
  if (/(?:^|[._-])enable[_-]secret$|^enableSecret$|^ENABLE_SECRET$|[a-z]EnableSecret$/.test(name)) return { kind: 'password', word: 'secret' };
  // An LDAP bind's credential (Keycloak's and WildFly's `bindCredential`, `ldap.bindCredential`, Shibboleth IdP's
  // `idp.authn.LDAP.bindDNCredential`): the bind account's password.
  if (/(?:^|[._:-])bind[_-]?(?:dn[_-]?)?credentials?$/i.test(name)) return { kind: 'password', word: 'credential' };
  const words = nameWords(name)
    .flatMap((w) => splitCompound(w))
    .map((w) => (KEY_TRANSLATIONS.includes(w) ? 'key' : w));
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    let kind = WORD_KIND.get(w);
    let weak = false;
    // A pre-shared key (RouterOS `wpa2-pre-shared-key=`, IPsec `pre_shared_key`, `PresharedKey`) is a passphrase
    // people set, as `psk` is: a password, not a generated key.
    if (w === 'key' && i > 0 && (words[i - 1] === 'preshared' || (words[i - 1] === 'shared' && words[i - 2] === 'pre'))) {
      return words.slice(i + 1).some((a) => NON_SECRET_AFTER.has(a)) ? undefined : { kind: 'password', word: 'psk' };
    }
    if (w === 'key' && i > 0) {
      kind = 'key';
      // `api_key`, `secret_key` name a credential; `geocoder_key`, `deterministic_key` may (the value decides).
      weak = !KEY_KIND_SET.has(words[i - 1]!);
      if (weak && NOT_SECRET_KEYS.has(words[i - 1]!)) return undefined;
      // Keys meant for browsers: Algolia search-only, reCAPTCHA site, Pusher app keys; a search key named admin or
      // write (`SEARCH_ADMIN_KEY`, `algoliaWriteKey`) is the one that changes the index, a secret.
      const heads = words.slice(0, i);
      if (heads.some((b) => b === 'search' || b === 'site' || b === 'pusher') && !heads.some((b) => ADMIN_KEY_WORDS.has(b))) return undefined;
      // A key the name says ships to browsers (`SEGMENT_BROWSER_WRITE_KEY`, `GOOGLE_MAPS_BROWSER_KEY`, rw-dev23):
      // public by design, even a write key (Segment's browser source takes its events from every visitor's page).
      if (heads.some((b) => b === 'browser' || b === 'frontend') && !heads.some((b) => b === 'admin' || b === 'server' || b === 'master')) return undefined;
      // Pterodactyl's `RECAPTCHA_WEBSITE_KEY`: a captcha's website key is its site key.
      if (words[i - 1] === 'website' && heads.some((b) => /captcha$/.test(b))) return undefined;
    }
    // `seed` only as a one-time password's (`TOTP_SEED`, `otpSeed`, `MFA_SEED`): a random or database seed is none.
    if (w === 'seed') kind = i > 0 && OTP_WORDS.has(words[i - 1]!) ? 'secret' : undefined;
    // `pat` only as a word of its own (`GITLAB_PAT`, `azure-pat`, `myPAT`), never inside `compat` or `Pattern`.
    if (w === 'pat' && !/(?:^|[_.-])pat(?:$|[_.-])|(?:^|[a-z])PAT$|^Pat$/i.test(name)) kind = undefined;
    if (kind === undefined) continue;
    const after = words.slice(i + 1);
    if (after.some((a) => NON_SECRET_AFTER.has(a))) return undefined;
    // `hashed` anywhere before the word (Safe Exam Browser's `hashedQuitPassword`, `hashedAdminPassword`): a digest.
    if (i > 1 && words.slice(0, i - 1).includes('hashed')) return undefined;
    // `api_key` is decided by `key`: the word before it is its kind, not a qualifier.
    // `api_key` is decided by the word before `api`; `CSRF_SECRET_KEY`, `JWT_SIGNING_KEY` are keys whatever precedes.
    const strongKind = kind === 'key' && !weak && /^(?:secret|signing|encryption|master|private|hmac)$/.test(words[i - 1]!);
    const before = strongKind ? undefined : kind === 'key' && !weak ? words[i - 2] : words[i - 1];
    // TR-069's `ConnectionRequestPassword` is the password an ACS gives to reach the device, not a request's id.
    const connectionRequest = before === 'request' && words[i - 2] === 'connection' && kind === 'password';
    // An environment variable's `RENDER_TOKEN` is Render's (the hosting service's) deploy token, not a renderer's state
    // (rw-dev8's ECS task definition): only written in capitals, with `render` alone before the secret word.
    const renderService = before === 'render' && i === 1 && /^RENDER_[A-Z]+$/.test(name);
    if (
      before !== undefined &&
      NON_SECRET_BEFORE.has(before) &&
      !namesAService(before, words[i - 1], w, words[kind === 'key' && !weak ? i - 3 : i - 2]) &&
      !connectionRequest &&
      !isServiceCheckToken(words, i) &&
      !renderService
    )
      return undefined;
    return weak ? { kind, word: w, weak } : { kind, word: w };
  }
  return undefined;
}

/** Flows that mail or text a user a one-time token (`email_verification_token`, `password_update_token`): per-user data. */
const USER_FLOW_WORDS = new Set(['email', 'mail', 'phone', 'sms', 'account', 'user', 'signup', 'registration', 'password', 'reset', 'confirm', 'confirmation', 'device', 'otp', 'last', 'next', 'new', 'old']);

/**
 * A service's own check or update token (Slack's and Redox's `verification_token`, `webhook_verification_token`, a
 * desktop app's `UpdateToken` for its update server, rw-dev12/13/17; WhatsApp's and Messenger's webhook
 * `VERIFY_TOKEN`, rw-dev19): the shared value a webhook or an update server checks. `verification` and `update` before `token` otherwise name a user's mailed token or a step.
 */
function isServiceCheckToken(words: readonly string[], i: number): boolean {
  const before = words[i - 1];
  if (words[i] !== 'token' || (before !== 'verification' && before !== 'verify' && before !== 'update') || i !== words.length - 1) return false;
  const head = words[i - 2];
  return head === undefined || !USER_FLOW_WORDS.has(head);
}

/** Whether the name says its value is a secret of some kind. */
export function namesASecret(name: string): boolean {
  return readSecretName(name) !== undefined;
}

/** Whether the name says its value is a password (as opposed to a token, key or other secret). */
export function namesAPassword(name: string): boolean {
  return readSecretName(name)?.kind === 'password';
}

/** Words that name a secret, for values that are themselves labels (`"password": "Kennwort"`). */
export function isSecretWord(word: string): boolean {
  return WORD_KIND.has(word.toLowerCase()) && word.length >= 3;
}

/**
 * Regex source (no flags needed: ASCII letters are written case-insensitively) of a secret word inside a name,
 * for candidate patterns. It over-matches on purpose (`bypass`, `tokenizer`, `monkey` match); readSecretName
 * decides. Grouped by first letter, and SECRET_NAME_FIRST_CHAR lists those letters, so V8 rejects most
 * positions with one character test.
 */
export const SECRET_NAME_WORD_SOURCE = [
  '[pP](?:[aA][sS][sS](?:[wW](?:[oO][rR][dDtT]|[dD])?|[pP][hH][rR][aA][sS][eE]|[cC][oO][dD][eE])?|[wW](?:[dD]|[rR][dD]|[oO][rR][dD])?|[sS][wW](?:[rR]?[dD])?|[sS][kK]|[aA][rR][oO][lL][aA]|(?<![A-Za-z])[aA][tT])',
  '(?<=[a-z])PAT',
  '[sS](?:[eE](?:[cC][rR][eE][tT]|[nN][hH][aA]|[eE][dD])|[aA](?:[lL](?:[tT]|[aA][sS][aA][nN][aA])|[nN][dD][iI])|[iI][fF][rR][eE]|[cC][hH][lL](?:[uU][eE]?|ü|Ü)[sS][sS][eE][lL])',
  '[tT][oO][kK](?:[eE][nN])?',
  '[cC](?:[rR][eE][dD](?:[eE][nN][tT][iI][aA][lL])?|[oO][nN][tT][rR][aA][sS][eE](?:ñ|[nN])[aA]|[lL][aA][vV][eE])',
  '[aA](?:[uU][tT][hH]|[dD][gG][aA][nN][gG][sS][kK][oO][dD][eE])',
  '[kK][eE](?:[yY]|[nN][nN][wW][oO][rR][tT])',
  '[mM][dD][pP]',
  '[wW][aA][cC][hH][tT][wW][oO][oO][rR][dD]',
  '[hH](?:[aA][sS](?:ł|[lL])[oO]|[eE][sS][lL][oO])',
  '[lL](?:(?:ö|[oO])[sS][eE][nN][oO][rR][dD]|[oO][zZ][iI][nN][kK][aA])',
  '[gG][eE](?:[hH][eE][iI][mM]|[sS][lL][oO])',
  '[jJ][eE][lL][sS][zZ](?:ó|[oO])',
  '[şŞ][iI][fF][rR][eE]',
  '[пП]арол[ьяе]',
  '密[码碼]',
  '口令',
  '비밀번호',
  '암호',
  'パスワード',
].join('|');

/**
 * Where a word of SECRET_NAME_WORD_SOURCE starts, as Rule.matchStarts groups: every word it matches begins with
 * one of the first group's words (ASCII case folded), or one character before one of the second's (`şifre` and
 * `Şifre`, `пароль` and `Пароль`: the prefilter folds only ASCII case). Kept in step with the source above
 * (test/unit/validators/secretNameStarts.test.ts enumerates its words).
 */
export const SECRET_NAME_STARTS: readonly MatchStartGroup[] = [
  {
    words: [
      'pass',
      'pw',
      'psw',
      'psk',
      'parola',
      'pat',
      'secret',
      'seed',
      'senha',
      'schl',
      'salt',
      'salasana',
      'sandi',
      // `tok` also declares `token`.
      'tok',
      'cred',
      'contrase',
      'clave',
      'auth',
      'adgangskode',
      'key',
      'kennwort',
      'mdp',
      'wachtwoord',
      'haslo',
      'hasło',
      'heslo',
      'losenord',
      'lösenord',
      'lozinka',
      'geheim',
      'geslo',
      'jelsz',
      '密码',
      '密碼',
      '口令',
      '비밀번호',
      '암호',
      'パスワード',
    ],
    before: 0,
  },
  { words: ['ifre', 'ароль', 'ароля', 'ароле'], before: 1 },
];

/** The first characters of SECRET_NAME_WORD_SOURCE's words (a lookahead in front of it lets V8 skip ahead). */
export const SECRET_NAME_FIRST_CHAR = '[pPsStTcCaAkKmMwWhHlLgGjJşŞпП密口비암パ]';

/** Prefilter keywords (lower case; the prefilter folds other scripts' characters, engine/detect/prefilter.ts). */
export const SECRET_NAME_KEYWORDS: readonly string[] = [
  'pass',
  'psw',
  'psk',
  ...[...'d_-.=: "\'`]\\>,()|?<r0123456789\t'].map((c) => `pw${c}`),
  'secret',
  // A one-time-password seed (`TOTP_SEED`, `otpSeed`, `mfa-seed`): readName takes `seed` only after those words.
  'otp_seed',
  'otpseed',
  'otp-seed',
  'mfa_seed',
  'mfaseed',
  'token',
  ...[...'_-.=: "\'`]\\>,)\t'].map((c) => `tok${c}`),
  'cred',
  'salt',
  ...KEY_KINDS.flatMap((k) => [`${k}key`, `${k}-key`, `${k}.key`]),
  '_key',
  '_pat',
  '-pat',
  'pat=',
  'pat ',
  'pat:',
  'pat"',
  "pat'",
  'pat>',
  'pat\\',
  'kennwort',
  'schluessel',
  'schlüssel',
  'schlussel',
  'mdp',
  'contrase',
  'clave',
  'senha',
  'parola',
  'wachtwoord',
  'haslo',
  'hasło',
  'senord',
  'salasana',
  'ifre',
  'heslo',
  'jelsz',
  'geheim',
  'adgangskode',
  'lozinka',
  'geslo',
  'sandi',
  'ароль',
  'ароля',
  '密码',
  '密碼',
  '비밀번호',
  'パスワード',
];
