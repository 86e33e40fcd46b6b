// Whether a value assigned to a secret's name is itself a secret. Context decides, not entropy: under a
// password's name a human-made value (`Summer2024!`, `hunter2`) is a secret unless it is a placeholder, a
// template or reference, code, a label or message, a form field's name, a hash or verifier, an encrypted
// blob, a masked value, a documented example or a dummy word. Under a token's, key's or secret's name the
// value must also look like a token (not necessarily high-entropy). Placeholders proper live in placeholder.ts.
import { isCamelPassphrase, isPascalPassphrase } from './pascalPassphrase';
import { isSymbolEndedPassphrase } from './symbolPassphrase';
import { isHashOrEncrypted } from './storedHash';
import { isDeviceSyntax } from './deviceSyntax';
import { POWERSHELL_CMDLET } from './literalArgument';
import { isHandMadeJwt, isUnsignedOrAnonJwt } from './tokenStructure';
import { isDocumentedSampleJwt, isStandIn } from './placeholder';
import { characterClasses, isHexNumber, isSequentialOrRepeated, isWordLike, isWordy, looksRandom, shannonEntropy, wordCoverage } from './valueStats';
import { isSecretWord, nameWords, readSecretName, type SecretNameKind, type SecretNameReading } from './secretName';

/** Why a value is not a secret (for tests and tuning), or undefined when it is one. */
export type ValueVerdict = string | undefined;

/** Words in a sentence that make a spaced value a label, prompt or message, not a passphrase. */
const UI_WORDS = new Set([
  'enter',
  'your',
  'please',
  'confirm',
  'the',
  'is',
  'are',
  'must',
  'invalid',
  'new',
  'old',
  'current',
  'forgot',
  'reset',
  'show',
  'hide',
  'type',
  'incorrect',
  'wrong',
  'required',
  'field',
  'be',
  'at',
  'least',
  'characters',
  'match',
  'not',
  'do',
  'does',
  'for',
  'to',
  'of',
  'and',
  'or',
  'a',
  'an',
  'this',
  'that',
  'with',
  'you',
  'has',
  'have',
  'been',
  'was',
  'will',
  'can',
  'change',
  'update',
  'set',
  'choose',
  'create',
  'repeat',
  'again',
  'here',
  'log',
  'sign',
  'in',
  'login',
  'strength',
  'weak',
  'strong',
  'too',
  'short',
  'long',
  'expired',
  'error',
  'failed',
  'success',
  'successfully',
  'updated',
  'changed',
  'sent',
  'email',
  'link',
  'no',
  'yes',
  'our',
  'we',
  'if',
  'when',
  'it',
  'by',
  'from',
  'on',
  'use',
  'using',
  'used',
  'should',
  'may',
]);

const DOMAIN = /^(?:[a-z0-9-]{1,63}\.)+(?:com|org|net|io|dev|app|local|internal|lan|corp|cloud|co|uk|de|fr|us|eu|info|biz|me|ai|svc|cluster|example|test|localhost)$/;
// A top-level domain is letters: `1qaz@WSX.89` is a keyboard-walk password, not an address.
const EMAIL = /^[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})*\.[A-Za-z][\w-]{1,62}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A dotted property path whose last part names a secret (`javax.net.ssl.trustStorePassword`, `auth.credentials.password`,
 * `app.jwt.secret`): the name of a setting, not its value. A dotted passphrase (`igloo.glacier.bramble`) ends in a word.
 */
export function isPropertyPath(value: string): boolean {
  const parts = value.split('.');
  // Each part an identifier in lower camelCase, snake_case or kebab-case (`trustStorePassword`, `client_secret`).
  if (parts.length < 2 || parts.length > 9 || !parts.every((p) => /^[a-z][a-z0-9]{0,30}(?:[A-Z][a-z0-9]{1,30}){0,6}$|^[a-z][a-z0-9]{0,30}(?:[_-][a-z0-9]{1,30}){1,6}$/.test(p))) return false;
  const last = nameWords(parts[parts.length - 1]!).pop();
  return last !== undefined && last.length >= 3 && isSecretWord(last);
}

/** A host name under a common top-level domain (`build.nvidia.com`, `db.internal`). */
export function isHostName(value: string): boolean {
  return DOMAIN.test(value);
}

export interface ValueOptions {
  /** Tests and minified bundles: ask for a generated-looking value. */
  strict?: boolean;
  /** The quote around the value ('' when unquoted): `'$Word1'` is a literal, `"$WORD"` and `$WORD` are variables. */
  quote?: string;
  /**
   * A test file (with `strict`): a password a person chose, away from the words dummies are made of, counts; a JWT
   * made by hand (no time claim, no issuer) is a fixture.
   */
  test?: boolean;
  /** Token names only: the name is weak (`geocoder_key`), so only a clearly random value counts. */
  weak?: boolean;
  /** A config file: a literal UUID under a bare `token` is the token a service issued, not a request id of code. */
  config?: boolean;
  /**
   * Passwords only: the value is data under a password's own name (quoted, outside tests), so two or more words
   * run together in lower case (`madridmonkey`, `autumnrosebud`) read as a password someone chose.
   */
  compoundWords?: boolean;
}

/** Endings of single long words (`configuration`, `unencrypted`, `placeholder`), not of two words run together. */
const SINGLE_WORD_END = /(?:tion|sion|ment|ness|ity|ing|ings|ed|able|ible|ous|ive|ist|ism|ize|ise|ally|ical|ence|ance|ency|ship|less|ware|ure)$/;
/** Parts that make a compound a dummy or a name (`mysecretpassword`, `testuser`, `adminadmin`, `defaultvalue`). */
export const DUMMY_PART =
  /pass|secret|admin|test|demo|sample|example|default|dummy|change|user|guest|root|login|qwerty|hidden|empty|null|local|token|required|optional|temp|todo|fixme|foobar|hello|world|correcthorse|keyring|keychain|vault|unknown|something|anything|nothing|whatever/;
/** Product and technology names: a vendor default or a setting (`postgresql`, `kubernetes`), not a chosen compound. */
export const PRODUCT_NAME =
  /javascript|typescript|postgres|mysql|maria|mongo|redis|kubernetes|docker|jenkins|grafana|elastic|kibana|rabbit|keycloak|oracle|tomcat|wordpress|drupal|joomla|nextcloud|gitlab|github|bitbucket|ubuntu|debian|centos|windows|linux|ansible|terraform|openshift|minio|zabbix|nagios|sonar|nexus|artifactory|portainer|airflow|metabase|cassandra|influx|memcache|openldap|activemq|kafka|zookeeper|wildfly|jboss|weblogic|websphere/;

/**
 * Two or more words run together (`winterjanuary`, `WalnutBadgerOtter`, `violetBiscuit`): not one long word, not a
 * dummy or a field name.
 */
export function isCompoundWordPassword(value: string): boolean {
  const lower = value.toLowerCase();
  const dummyOrProduct = (w: string) => DUMMY_PART.test(w) || PRODUCT_NAME.test(w);
  if (isPascalPassphrase(value, dummyOrProduct) || isCamelPassphrase(value, dummyOrProduct)) return true;
  return /^[A-Za-z][a-z]{9,31}$/.test(value) && !SINGLE_WORD_END.test(value) && !DUMMY_PART.test(lower) && !PRODUCT_NAME.test(lower);
}

/** A `$` that starts a human password rather than a variable (`$Pepper391`, `$Welcome053`). */
// Not `$__file{…}`, `$__env{…}` (Grafana), `$env:NAME` (PowerShell) or `$name(…)`: those read a value from elsewhere.
export const DOLLAR_PASSWORD = /^\$[A-Z][a-z]{2,}\d{2,}\W?$|^\$(?![Ee][Nn][Vv]:[A-Za-z_])\w*[^\w${(]/;

/** Algorithm and cipher names: a setting beside a secret (`jwt_secret_algorithm: HS256`), never the secret. */
const ALGORITHM =
  /^(?:[HRPE]S(?:256|384|512)|EdDSA|Ed(?:25519|448)|X25519|AES[-_]?(?:128|192|256)(?:[-_](?:GCM|CBC|CTR|ECB|CFB|OFB|SIV|XTS|CCM))?|(?:HMAC[-_]?)?SHA[-_]?(?:1|224|256|384|512)|HMAC[-_]?MD5|MD5|ChaCha20(?:[-_]Poly1305)?|XChaCha20(?:[-_]Poly1305)?|RSA[-_]?(?:OAEP(?:[-_]256)?|PSS|2048|3072|4096)|PBKDF2(?:[-_]SHA(?:1|256|512))?|3DES|Blowfish|Twofish|SCRAM[-_]SHA[-_]?(?:1|256|512)(?:[-_]PLUS)?|argon2(?:id|i|d)?|b?crypt|scrypt|yescrypt|sha(?:256|512)[-_]crypt)$/i;

/**
 * The shell's working directory (`PWD=/srv/app` on a command line, `PWD: /workspace` in a compose file, `"PWD=/app"`
 * in `docker inspect`): `PWD` and `OLDPWD` are the variables the shell sets to a directory, not a password, when the
 * value is a path. A password under those names is not a bare path.
 */
export function isWorkingDirectory(key: string, value: string): boolean {
  return /^(?:old)?pwd$/i.test(key.replace(/^.*[.:[\]]/, '')) && /^(?:~|\/|[A-Za-z]:\\)[\w.~/\\-]{0,200}$/.test(value) && /[A-Za-z]{2}/.test(value);
}

/** Rejections shared by every kind of secret name. */
function commonVerdict(value: string, key: string, quote = ''): ValueVerdict {
  const v = value.trim();
  if (v.length === 0) return 'empty';
  if (isWorkingDirectory(key, v)) return 'a working directory';
  // In single quotes (PHP, shell, Ruby, Python) `$word` is no variable; a capitalised word with digits after `$`
  // is a password anywhere.
  const literalDollar = v.startsWith('$') && (quote === "'" || DOLLAR_PASSWORD.test(v)) && !/^\$[{(]/.test(v);
  const standIn = literalDollar ? isStandIn(v.slice(1)) : isStandIn(v);
  if (standIn) return standIn;
  if (isHashOrEncrypted(v)) return 'hash or encrypted';
  if (isDeviceSyntax(v, quote)) return 'device syntax, not a value';
  // The jwt.io sample (`sub` 1234567890, John Doe) in docs and specs: the JWT rule leaves it, so under a name too.
  if (v.startsWith('eyJ') && isDocumentedSampleJwt(v)) return 'documented example';
  if (ALGORITHM.test(v)) return 'an algorithm name';
  // A PowerShell cmdlet (`$pw = ConvertTo-SecureString '…' -AsPlainText`): the command, with the value after it.
  if (POWERSHELL_CMDLET.test(v)) return 'a PowerShell command';
  // A Windows product key (five groups of five from its 24-letter alphabet) under a bare `Key` (unattend's
  // `<ProductKey><Key>`): a licence, and the generic volume licence keys are published.
  if (/^key$/i.test(key) && /^[BCDFGHJKMNPQRTVWXY2-46-9]{5}(?:-[BCDFGHJKMNPQRTVWXY2-46-9]{5}){4}$/.test(v)) return 'a product key';
  if (/^(?:https?|ftp|wss?|file):\/\/(?![^/@\s:]{0,200}:[^/@\s]{0,200}@)/i.test(v) || /^data:[\w/+.-]+[;,]/.test(v)) return 'url';
  if (EMAIL.test(v) || DOMAIN.test(v)) return 'address';
  // Code between two string literals read as one quoted value (`"…: "+e);n=R({u:[I]}),i="cors"` in a bundle).
  if ((v.match(/\)[;,]|\(\{|\}\)|[;,][\w$]{1,3}=/g) ?? []).length >= 2) return 'code between strings';
  // An AWS Signature V4 credential scope (`AKID/20240101/us-east-1/s3/aws4_request`): sent in every request header.
  if (/\/aws4_request$/.test(v)) return 'a signature scope';
  if (/^[\d\s:./+-]+$/.test(v) && !/^\d{6,}$/.test(v)) return 'number or date';
  if (isHexNumber(v)) return 'a hex number or address';
  if (/^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(v)) return 'timestamp';
  if (/^[\^~>=<v]{0,2}\d+\.\d+(?:\.\d+)?(?:[-+][\w.]+)?$/.test(v)) return 'version';
  // Straight sequences and repeats (`qwertyui`, `12345678`, `aaaaaa`); a keyboard walk with a twist counts.
  if (isPureSequence(v)) return 'sequence';
  if (isAlphabet(v)) return 'an alphabet';
  // `from-env`, `use-vault`, `see-docs`: where the value comes from, written in its place.
  if (POINTER.test(v)) return 'a pointer to the value';
  // Misspelt dummies (`pasword`, `passwrod`, `secert`).
  if (/^[a-z]{5,10}$/i.test(v) && ['password', 'secret', 'changeme'].some((d) => nearlyEqual(v.toLowerCase(), d))) return 'dummy word';
  // Paths: `/run/secrets/db`, `./secrets/pw.txt`, `~/.pgpass`, `C:\…`.
  // Route patterns count as paths: their parameters are names (`/vault/secrets/:secretId`, `/keys/{keyId}`).
  const route = v.replace(/\/(?::[A-Za-z_]\w*\??|\{[A-Za-z_]\w*\}|\[{1,2}(?:\.{3})?[A-Za-z_]\w*\]{1,2})(?=\/|$)/g, '/param');
  if (/^(?:~|\.{1,2})?\/[\w./-]*$/.test(route) && /[a-z]{2}/i.test(route) && (route.split('/').length > 2 || /\.\w{1,5}$/.test(route))) return 'path';
  if (/^[A-Za-z]:\\/.test(v)) return 'path';
  if (/\.(?:js|ts|json|py|rb|go|java|html|css|md|txt|ya?ml|sh|png|svg|jpg|pem|key|crt|p12|pfx|jks|env|conf|cfg|ini|properties|xml)$/i.test(v)) return 'file name';
  // The value spells a name: the key itself, another secret's name, or an identifier made of words (form
  // field names and ids, constants naming a variable: `passwordInput`, `DB_PASSWORD`, `user-password`).
  if (sameName(v, key) || isFieldOrVariableName(v) || isConstantName(v) || isPropertyPath(v)) return 'a name';
  // Public identifiers under a secret-ish name: Twilio account / API key SIDs, Mapbox public tokens.
  // RevenueCat's public SDK keys (`appl_…`, `goog_…`, `amzn_…`) ship in every app build, PostHog's project keys
  // (`phc_…`) in every page that loads its snippet.
  if (
    /^(?:AC|PN|MG|AP|CA)[0-9a-f]{32}$/.test(v) ||
    /^pk\.eyJ/.test(v) ||
    /^pk_(?:live|test)_[A-Za-z0-9]{20,}$/.test(v) ||
    /^(?:appl|goog|amzn|strp)_[A-Za-z0-9]{20,40}$/.test(v) ||
    /^phc_[A-Za-z0-9]{30,50}$/.test(v)
  )
    return 'a public identifier';
  // A label or message (`Password`, `Mot de passe`, `Enter your password`, `Passwort vergessen?`).
  if (isLabel(v)) return 'label or message';
  // Words naming a secret (`Client-Geheimnis`, `Webhook-Signaturgeheimnis`): an i18n string, not a value.
  const parts = v.split(/[ _-]/);
  if (parts.length <= 5 && parts.every((p) => /^(?:\p{Lu}?\p{Ll}+|\p{Lu}+)$/u.test(p)) && readSecretName(v) !== undefined) return 'label or message';
  return undefined;
}

// The digits run on into the letters as in hex and base36 (`0123456789abcdef`).
const ROWS = ['0123456789abcdefghijklmnopqrstuvwxyz', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm', '1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p'];

/**
 * Every neighbour pair steps along the same keyboard row or alphabet (either way) or repeats. A walk that turns
 * onto another row (`zaq12wsx`: a column, the digits, a column) is a password people choose, not filler.
 */
function isPureSequence(value: string): boolean {
  const v = value.toLowerCase();
  if (v.length < 4) return false;
  return ROWS.some((r) => {
    for (let i = 1; i < v.length; i++) {
      const a = v[i - 1]!;
      const b = v[i]!;
      if (a !== b && !r.includes(a + b) && !r.includes(b + a)) return false;
    }
    return true;
  });
}

/**
 * A character set spelled out (`abc…xyzABC…XYZ0123456789`, or one without look-alikes such as
 * `ABCDEFGHJKLMNPQRSTUVWXYZ23456789`): a password generator's alphabet, not a password. Nearly every
 * neighbour is the next character.
 */
function isAlphabet(value: string): boolean {
  if (value.length < 16) return false;
  let steps = 0;
  for (let i = 1; i < value.length; i++) if (value.charCodeAt(i) === value.charCodeAt(i - 1) + 1) steps++;
  return steps >= (value.length - 1) * 0.8;
}

const POINTER =
  /^(?:(?:from|use|see|via|in|ask|read|load|get|set|check)[-_](?:env|environment|vault|docs?|wiki|file|config|secrets?|keychain|keyring|kms|ssm|ci|pipeline|manager|1password|bitwarden|lastpass|admin|ops|team|me)|(?:env|vault|file|config|secret|ci|runtime)[-_](?:var|variable|value|only|provided|injected|supplied|ref|lookup))$/i;

/** Edit distance at most one (a typo or a transposition). */
function nearlyEqual(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)) return true;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i);
}

/** The value is the key spelled again (`name="password" value="password"`, `DB_PASS=db_pass`). */
function sameName(value: string, key: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const k = norm(key.split(/[.:]/).pop() ?? key);
  return k.length > 0 && norm(value) === k;
}

/** Identifiers made of words, of which one names a secret: `passwordInput`, `DB_PASSWORD`, `#password`, `user-password`. */
function isFieldOrVariableName(value: string): boolean {
  const v = value.replace(/^[#.$@:]/, '');
  if (!/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(v)) return false;
  const words = nameWords(v);
  if (words.length === 0) return false;
  const secretWord = words.some((w) => isSecretWord(w)) || readSecretName(v) !== undefined;
  // snake_case / kebab-case / CONSTANT / camelCase made of real words only.
  const wordsOnly = /^(?:[a-z]+(?:[_.-][a-z0-9]+)*|[A-Z][A-Z0-9]*(?:[_.-][A-Z0-9]+)+|[a-z]+(?:[A-Z][a-z0-9]*)+|[A-Z][a-z]+(?:[A-Z][a-z0-9]*)+)$/.test(v);
  return secretWord && wordsOnly && !/\d{3,}/.test(v) && !looksRandom(v) && wordCoverage(v) >= 0.5;
}

/** CONSTANT_CASE made of words (`VALUE_SPECIFIED_IN_NO_LOG_PARAMETER`, `NOT_SET`): a constant's name. */
function isConstantName(value: string): boolean {
  if (!/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(value)) return false;
  const parts = value.split('_').filter((p) => /[A-Z]/.test(p));
  return parts.length >= 2 && parts.filter((p) => p.length >= 3 && isWordLike(p)).length >= Math.ceil(parts.length / 2);
}

/** Labels, prompts and messages: words with spaces or end punctuation, or a single secret word in any language. */
export function isLabel(value: string): boolean {
  const v = value.trim();
  if (isSecretWord(v.replace(/[:?!.…]{1,4}$/, '')) || /^(?:mot de passe|pass phrase|kata sandi)\s*[:?]?$/i.test(v)) return true;
  if (!/\s/.test(v)) return false;
  if (/[:?!…]$/.test(v) && /[A-Za-z\u00C0-\uFFFF]{2}/.test(v)) return true;
  const words = v.split(/\s+/);
  const lower = words.map((w) => w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''));
  if (lower.some((w) => UI_WORDS.has(w) || isSecretWord(w))) return true;
  // Title Case or a sentence: `Confirm Password`, `Bitte Kennwort eingeben`.
  if (/^\p{Lu}/u.test(words[0]!) && words.length >= 2 && words.every((w) => /^[\p{L}'’-]+[.,]?$/u.test(w))) return true;
  // A passphrase is lower-case words or words joined by symbols; prose with punctuation inside is a message.
  return /[,;()"]/.test(v) || words.length > 8;
}

/** The verdict for a value under a name already read (readSecretName): the password checks or the token checks. */
export function namedValueVerdict(value: string, name: string, reading: SecretNameReading, options: Omit<ValueOptions, 'weak'> = {}): ValueVerdict {
  return reading.kind === 'password' ? passwordVerdict(value, name, options) : tokenVerdict(value, name, reading.kind, { ...options, weak: reading.weak === true });
}

/**
 * Whether a value under a password's name is a password someone set. `quoted` tells a literal from code where
 * the syntax has both; `strict` asks for a generated-looking value (tests and minified files).
 */
/** Three letters of Chinese, Japanese or Korean script at the value's start. */
const CJK_PHRASE_START = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー]{3}/u;
const CJK_LETTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー]/gu;

/** IEC 61131 / Siemens operands: `%MW100`, `%IX0.3`, `%QD8`, `DB12.DBD40`, `DB5.DBX2.1`. */
const PLC_OPERAND = /^(?:%[IQM][XBWDL]?\d{1,5}(?:\.\d{1,2})?|DB\d{1,5}\.DB[XBWD]\d{1,5}(?:\.\d)?)$/;

export function isPlcOperand(value: string): boolean {
  return PLC_OPERAND.test(value);
}

export function passwordVerdict(value: string, key: string, options: ValueOptions = {}): ValueVerdict {
  const strict = options.strict === true;
  const common = commonVerdict(value, key, options.quote);
  if (common && !(common === 'label or message' && isSymbolEndedPassphrase(value))) return common;
  if (value.length < 4) return 'too short';
  if (value.length > 128) return 'too long for a password';
  if (/^\d+$/.test(value) && value.length < 6) return 'a number';
  if (/\s/.test(value) && !isPassphrase(value) && !isSymbolEndedPassphrase(value)) return 'words with spaces';
  // Longer than any digest people use as a password (a 64-digit WPA key is one): a stored hash (Grafana, PBKDF2).
  if (/^[0-9a-f]{65,}$/i.test(value)) return 'a long hex digest';
  // Bytes written as `0x` and hex (SQL Server's `0x0200…` hashes, an app's encrypted `PASSWORD=0x…`, rw-dev18): a
  // stored or encrypted form no one types as a password.
  if (/^0x[0-9a-f]{32,}$/i.test(value)) return 'a hex blob';
  // A PLC operand (`%MW100`, `%I0.3`, `DB12.DBD40`, `MW20`): where an HMI or a register map reads a value, not a password
  // (rw-dev20's TIA Portal notes list them beside tag names in the columns of a login list).
  if (PLC_OPERAND.test(value)) return 'a PLC address';
  // Letters of other scripts only (`确认密码`, `Введите`): a word or phrase of an i18n string; people type passwords on a
  // Latin layout, with digits or symbols when the value is meant to be one.
  if (/^[\p{L}\p{M}]+\p{P}{0,2}$/u.test(value) && !/[A-Za-z]/.test(value)) return 'a word in another script';
  // A sentence of Chinese, Japanese or Korean running into a Latin word (`パスワード管理ツールの「CI builder」を参照`): text
  // whose quoted or bracketed name the value's end cut, not a password.
  if (CJK_PHRASE_START.test(value) && (/[「」『』、。（）：]/u.test(value) || (value.match(CJK_LETTER) ?? []).length * 2 >= value.length)) return 'a phrase in another script';
  // Letters only and made of words (`overEvery`, `Unerwartete`): an identifier or a word, not a password someone set.
  if (/^[A-Za-z]+$/.test(value) && (isWordy(value) || /^[a-z]+(?:[A-Z][a-z]+)+$/.test(value)) && !(options.compoundWords && !strict && isCompoundWordPassword(value))) return 'a word or identifier';
  // Four or more capitalised words run together (`PassWordMustBeAtLeast6Chars`): a message key, not a password.
  // Four such words under a password's own name, none a form's or a message's (`MapleSunshineDragonWinter`), are a
  // passphrase someone set.
  if ((value.match(/[A-Z][a-z]{2,}/g) ?? []).filter(isWordLike).length >= 4 && !/[^A-Za-z0-9.]/.test(value) && !(options.compoundWords && !strict && isCompoundWordPassword(value))) return 'words run together';
  if (strict && !looksRandom(value) && (value.length < 12 || /\s/.test(value)) && !(options.test === true && isChosenNotDummy(value))) return 'a short value in a test or bundle';
  return undefined;
}

/**
 * What test dummies are made of: the words of the field (`pass`, `pwd`, `secret`), of testing (`test`, `fake`,
 * `mock`, `dummy`, `foo`), of right and wrong (`valid`, `wrong`, `bad`), famous dummies (`hunter2`, `letmein`),
 * and counting digits (`123`, `1234`).
 */
const TEST_DUMMY_PART =
  /p[a@4]s{1,2}|pw|pwd|s[e3]cr[e3]t|t[e3]st|fake|mock|dumm|stub|fixture|foo|bar|baz|qux|quux|abc|xyz|example|sample|demo|user|admin|root|guest|wrong|bad|invalid|valid|correct|incorrect|right|good|new|old|other|another|some|my|your|hunter|letmein|changeme|default|login|qwert|asdf|12{1,2}3|0000|1111|(\w)\1\1/i;

/**
 * A password a person chose, in a test file: letters and digits (maybe a symbol), 8 to 40 characters, with none of
 * the dummies' parts (`coffee69`, `Sofia.1996`, `Hello736!` are somebody's; `password1`, `test1234`, `foobar99`
 * and `hunter2` are a test's).
 */
function isChosenNotDummy(value: string): boolean {
  if (value.length < 8 || value.length > 40 || /\s/.test(value)) return false;
  if (!/[A-Za-z]{3}/.test(value) || !/\d/.test(value)) return false;
  return !TEST_DUMMY_PART.test(value);
}

/**
 * A value that points at another one (`SMTP_PASSWORD: "same as imap"`, `siehe oben`, `ask ops`, `igual que o de prod`):
 * a note where the value would be, in the languages configs are commented in.
 */
const REFERS_ELSEWHERE = /^(?:same (?:as|like)|see|siehe|wie (?:bei|oben|im|in)|ask|comme (?:pour|le|la|sur)|idem|igual (?:a|que|ao)|mesmo (?:que|do|da)|mismo que)(?= |$)/i;

/** Whether the text where a value starts is such a note (`siehe Passwortsafe`, `see vault`). */
export function refersElsewhere(text: string): boolean {
  return REFERS_ELSEWHERE.test(text);
}

/**
 * Lower-case words separated by single spaces, at least three of them: a passphrase, not a message. A later word
 * that is an option (`openssl rand -base64 24`, `pwgen -s 20 1`) makes it the command that makes a password.
 */
function isPassphrase(value: string): boolean {
  const words = value.split(' ');
  if (REFERS_ELSEWHERE.test(value)) return false;
  return words.length >= 3 && words.length <= 8 && words.every((w) => /^[a-z0-9!@#$%^&*+=~-]{2,20}$/.test(w)) && !words.slice(1).some((w) => /^--?[a-z]/.test(w));
}

/** Whether a value under a token's, key's, secret's or credential's name looks like one (random-ish, unbroken). */
export function tokenVerdict(value: string, key: string, kind: SecretNameKind, options: ValueOptions = {}): ValueVerdict {
  const strict = options.strict === true;
  // Shape first (cheap, and it rejects most candidates: identifiers, words, type names), stand-ins after.
  if (/\s/.test(value)) return 'words with spaces';
  if (value.length < 8) return 'too short';
  // Issued tokens are ASCII; a letter of another script makes a word (`API-Schlüssel`, an i18n label).
  if (/[^\x00-\x7F]/.test(value)) return 'not ASCII';
  // Short lower-case words joined by dots or colons under a key's or token's name (`SESSION_KEY = 'acme.sid'`,
  // `TOKEN_KEY = 'auth.token'`): the name of a cookie, a storage slot or a property, not the key itself.
  if (kind !== 'secret' && value.length < 20 && /^[a-z]{2,10}(?:[.:][a-z]{2,10}){1,2}$/.test(value)) return 'a dotted name';
  const uuid = UUID.test(value);
  const random = looksRandom(value);
  if (options.weak && !(random && value.length >= 20 && !uuid)) return 'weak name, not clearly random';
  // Under `auth` or `credentials`, a short upper-case word with a version is a method (`auth=MSCHAPV2`, `NTLM`).
  if (kind === 'credential' && /^[A-Z][A-Z_-]{1,14}\d{0,2}$/.test(value)) return 'an upper-case method name';
  // Jenkins steps' `credential: 'p4-buildfarm'`, `credentials: 'deploy-key'`: lower-case words joined by hyphens name a
  // stored credential's id.
  if (kind === 'credential' && /^[a-z][a-z0-9]{0,20}(?:-[a-z][a-z0-9]{0,20}){1,5}$/.test(value)) return 'a credential id in kebab case';
  const tokenLike =
    random ||
    uuid ||
    // Secrets and credentials set by people (a season, a year, a word and a symbol): mixed classes, not one plain word.
    // Under a credential's name, not a signed URL's credential scope (`X-Goog-Credential=sa%40p.iam…%2Fgoog4_request`).
    ((kind === 'secret' || (kind === 'credential' && !/%[0-9A-F]{2}|[/@]/i.test(value))) && !strict && characterClasses(value) >= 3 && value.length >= 10 && !/^[A-Za-z]+\d{0,4}$/.test(value)) ||
    // Lower-entropy tokens that are still not words: hex and base32 runs, long mixed alphanumerics.
    ((/^[0-9a-f]{16,}$/i.test(value) || /^[A-Z2-7]{16,}=*$/.test(value)) && !isSequentialOrRepeated(value)) ||
    (value.length >= 16 && characterClasses(value) >= 2 && shannonEntropy(value) >= 3 && wordCoverage(value) < 0.5 && !isWordy(value));
  if (!tokenLike) return 'not token-like';
  // An Ethereum address (`link_token: '0x…'` names a token contract): public; a private key is 64 hex digits.
  if (/^0x[0-9a-fA-F]{40}$/.test(value)) return 'an Ethereum address';
  if (isUnsignedOrAnonJwt(value)) return 'an unsigned or anon-role JWT';
  if (options.test && isHandMadeJwt(value)) return "a test's hand-made JWT";
  const common = commonVerdict(value, key, options.quote);
  if (common) return common;
  // A UUID is a credential under a key's, secret's or qualified token's name (`CONSUL_TOKEN`, Postmark, Heroku);
  // under a bare `token` it is as often a request id, except in a config file (`[pilot] token = "<uuid>"`): a request
  // id is made at run time, not written there. In tests and docs UUIDs are fake ids.
  if (uuid && (strict || (kind === 'token' && nameWords(key).length < 2 && options.config !== true) || kind === 'credential')) return 'a UUID under a bare token name';
  // An integration key written as a UUID is an app's OAuth client id (DocuSign's `IntegrationKey` beside its `UserId`,
  // rw-dev18); integration keys that are secrets have other forms (PagerDuty's 32 hex digits, Duo's 20 letters).
  if (uuid && kind === 'key' && /integration[ _.-]?key$/i.test(key)) return 'a UUID integration key (a client id)';
  // A signing key written as a UUID names a stored key pair (Authentik blueprints' `signing_key: <pk>`): key material
  // for signing is a PEM, a JWK or a long random secret, not a UUID.
  if (uuid && kind === 'key' && /^signing[ _.-]?key$/i.test(key)) return 'a UUID signing key (a key pair id)';
  return undefined;
}
