// Values that look like secrets by shape but are placeholders, templates, references or documented
// examples. Shared by every rule unless it opts out.
import { isWordLike, letterSegments, wordCoverage } from './valueStats';
import { valueHash } from '../fingerprint';
import { DEV_CHAIN_KEY_HASHES } from './devChainKeys';
import { segmentJson } from './base64Segment';

/**
 * Template syntaxes: ${VAR}, {{ var }}, %(var)s, <token>, $(VAR), $VAR, %VAR%, %env.VAR% (TeamCity), #{var}, <%= var %>.
 * A `<…>` holding `=`, `%`, `!`, `;` or the like is a stretch of a random value (a WordPress salt), not a name in
 * angle brackets. `#{Name` or `${Name` to the value's end is such a reference whose closing brace a rule's value
 * pattern left out (Octopus `Password=#{DbPassword};` read in prose). `user/$PASSWORD` (Oracle's `apps/$APPS_PWD` in
 * FNDCPASS and sqlplus lines) is a login whose password is a shell variable. `__SMTP_PASSWORD__` is a build-time
 * substitution token (Koha's koha-conf.xml template, Docker entrypoints' sed targets).
 */
const TEMPLATE =
  /\$\{[^}]*\}|\{\{[^}]*\}\}|\{%[^%]*%\}|%\([^)]*\)[sd]|<%[^%]{0,60}%>|<[^<>=%!;&^~*+|\\]{1,60}>|\$\([^)]*\)|#\{[^}]*\}|^\$[A-Za-z_][A-Za-z0-9_]*$|^%[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*%$|^\{[A-Za-z_][\w.-]*\}$|^\{\d{1,2}(?::[^}]{0,12})?\}$|^:[a-z_]+$|^[#$]\{[A-Za-z_][\w.:-]{0,60}$|^[\w.-]{1,30}\/\$\{?(?:[A-Za-z_]\w{0,60})?\}?$|^__[A-Z][A-Z0-9_]{1,60}__$/;

const REFERENCE =
  /^(?:process\.env|import\.meta\.env|os\.environ|os\.getenv|System\.getenv|Environment\.|ENV\[|ENV\.fetch|getenv\(|env\(|secrets\.|vault:|op:\/\/|arn:aws:secretsmanager|projects\/[^/]+\/secrets\/|sm:\/\/|keyvault:|akv:\/\/)/i;

/**
 * Words that mark a value as a stand-in when they are a whole segment of it (`your_api_key`, `SAMPLE-TOKEN`,
 * `<replace me>`). Matching whole segments, not substrings, keeps random values that happen to contain
 * `my` or `todo` from being dropped.
 */
const PLACEHOLDER_SEGMENTS = new Set([
  'your',
  'yours',
  'example',
  'examples',
  'sample',
  'samples',
  'dummy',
  'fake',
  'placeholder',
  'changeme',
  'changeit',
  'replace',
  'replaceme',
  'redacted',
  // What a value was replaced by (`old-value-removed`, `token-omitted`).
  'removed',
  'omitted',
  'scrubbed',
  'elided',
  'withheld',
  'censored',
  'todo',
  'fixme',
  'tbd',
  'insert',
  'enter',
  'here',
  'xxx',
  'xxxx',
  'mock',
  'fixture',
  'invalid',
  'notreal',
  'foobar',
  'lorem',
  'ipsum',
]);

/** Weak markers: only a placeholder when the whole value is made of such words (`my-secret`, `test_token`). */
const WEAK_SEGMENTS = new Set([
  'my',
  'test',
  'testing',
  'demo',
  'foo',
  'bar',
  'baz',
  'secret',
  'password',
  'passphrase',
  'token',
  'key',
  'api',
  'value',
  'string',
  'not',
  'a',
  'real',
  'the',
  'some',
  'this',
  'is',
  'default',
]);

/** Documented example credentials that providers publish in their docs. */
const DOCUMENTED_EXAMPLES = new Set(['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY']);

/**
 * Documented examples that look exactly like real keys, kept as value hashes (engine/fingerprint.ts) so the
 * repository holds no secret-looking literal. Found by the real-code benchmark (bench/quality/).
 */
const DOCUMENTED_EXAMPLE_HASHES = new Set([
  'f420161d76f067dd', // AWS KMS docs: the external key store proxy's example RawSecretAccessKey
  '2cafc0970149a84f', // Stripe API reference: the test-mode secret key every request example is written with
  // Published keys firmware carries on purpose (rw-dev17): the AES-128 key of FIPS-197 / RFC 4493 / SP 800-38A, which
  // crypto drivers' tests and LoRaWAN and SecOC examples reuse, and the Zigbee HA default trust-center link key
  // (`ZigBeeAlliance09` in hex) that every Zigbee stack holds for legacy joins. Both cases.
  '2ef2503d964e9668',
  '4d4281de01883b3c',
  'e07a1c500e3b0721',
  'de0942d3d04ec0fc',
  // DHL Parcel DE's published sandbox login password (user `user-valid`), which every DHL integration and its README
  // carries as the sandbox fallback (rw-dev20).
  'a21db2d5606c02ec',
]);

/**
 * Regular-expression source written where a value goes (a rule's `value: '[A-Za-z0-9_-]{22}'`, a schema's
 * pattern): a character class with a range or an escape and a quantifier, an escape with a quantifier, or a
 * group construct. Describes a secret's shape; is none.
 */
const REGEX_SOURCE = /\[[^\]\s]{0,40}(?:[A-Za-z0-9]-[A-Za-z0-9]|\\[dwsDWS])[^\]\s]{0,40}\](?:\{\d{1,5}(?:,\d{0,5})?\}|[+*?])|\\[dws][+*?{]|\(\?(?:[:=!]|<[=!A-Za-z])/;

/** Whether the value is regular-expression source rather than data. */
export function isRegexSource(value: string): boolean {
  return value.length >= 5 && REGEX_SOURCE.test(value);
}

export interface PlaceholderOptions {
  /**
   * The context already says the value is a password someone set (a password flag or label): keep values that
   * merely start like a weak password (`qwerty=74`, `Password1!`, `abc123!`); they are what people choose.
   */
  humanPassword?: boolean;
}

/** `$Welcome2024`: a password that starts with `$` (mixed case and a digit), not a `$VARIABLE`. */
function isDollarPassword(value: string): boolean {
  return /^\$[A-Za-z0-9_]{1,64}$/.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value) && /[0-9]/.test(value);
}

/**
 * A keyboard walk or count with a symbol and digits after it (`Qwerty@55`, `abc#2024`), or `qwerty` with digits that
 * are no count (`qwerty43?`): a weak password someone chose, not the bare dummy (`qwerty`, `qwerty123`, `abc123!`).
 */
function isKeyboardStartPassword(value: string): boolean {
  if (/^(?:qwerty|abc|123|0123|1234)[A-Za-z]{0,4}[@#$%^&*~?+=][A-Za-z0-9]{0,3}\d[A-Za-z0-9]{0,3}$/i.test(value)) return true;
  // A six-letter walk of any layout, a symbol, then digits (`Qwerty!58`, `zxcvbn.71`, `azerty#2024`).
  if (/^(?:qwerty|qwertz|azerty|zxcvbn|asdfgh|qazwsx)[!.@#$%&*?+=~_-]\d{2,4}$/i.test(value)) return true;
  // `qwerty43?`, `Qwerty853`, `asdf7391`: the walk with digits someone picked (not a count like `qwerty123` or
  // `asdf1234`, not a repeat like `qwerty000`), maybe a symbol after them.
  const digits = /^(?:qwerty|qwertz|azerty|zxcvbn|asdfgh|qazwsx|asdf)(\d{2,4})[!?@#$%^&*.+=~]{0,2}$/i.exec(value)?.[1];
  return digits !== undefined && !/^(\d)\1+$/.test(digits) && !'0123456789'.includes(digits) && !'9876543210'.includes(digits);
}

/**
 * Base64 of dummy words (`dGVzdC1zZWNyZXQtZm9yLXVuaXQtdGVzdHMtb25seQ==` is `test-secret-for-unit-tests-only`): a key's
 * shape made of a placeholder, as test configs write one. Only lower-case words joined by separators with a dummy
 * word among them: a Basic blob (`user:pw`) or random bytes never read so.
 */
function encodesDummyWords(value: string): boolean {
  if (value.length < 12 || value.length > 200 || value.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return false;
  let decoded: string;
  try {
    decoded = atob(value);
  } catch {
    return false;
  }
  // A Secret's `data:` encoded from a template, not from a value (`$(params.webhookSecret)`, `\${DB_PASSWORD}`, `{{ .pw }}`).
  if (ENCODED_TEMPLATE.test(decoded.trim())) return true;
  return value.length >= 16 && /^[a-z]{2,12}(?:[-_ .][a-z0-9]{1,12}){2,12}$/.test(decoded) && /(?:^|[-_ .])(?:test|tests|testing|dummy|example|fake|sample|placeholder|changeme)(?:[-_ .]|$)/.test(decoded);
}

/** A whole decoded value that is one template or reference. */
const ENCODED_TEMPLATE = /^(?:\$\{[A-Za-z_][\w.:-]{0,60}\}|\$\([A-Za-z_][\w.:-]{0,60}\)|\{\{[ \t]?[\w.$ |"'-]{1,60}\}\}|%[A-Za-z_][\w.]{0,60}%|<[A-Za-z_][\w .-]{0,60}>|#\{[A-Za-z_][\w.:-]{0,60}\})$/;

/** True when the value is a placeholder, template, reference or a documented example. */
export function isPlaceholder(value: string, options: PlaceholderOptions = {}): boolean {
  if (DOCUMENTED_EXAMPLES.has(value)) return true;
  if (encodesDummyWords(value)) return true;
  if (value.length >= 20) {
    const hash = valueHash(value);
    if (DOCUMENTED_EXAMPLE_HASHES.has(hash) || (value.length >= 64 && value.length <= 66 && DEV_CHAIN_KEY_HASHES.has(hash))) return true;
  }
  if (/EXAMPLE/.test(value)) return true;
  if (isRepeatedRun(value)) return true;
  if (spellsAlphabet(value)) return true;
  if ((TEMPLATE.test(value) && !(options.humanPassword && isDollarPassword(value))) || REFERENCE.test(value)) return true;
  if (isRegexSource(value)) return true;
  // A CTF flag (`flag{…}`, `HTB{…}`, `picoCTF{…}`): a challenge's answer, printed in every writeup, no credential.
  if (/^(?:flag|ctf|htb|thm|picoctf|[a-z]{2,8}ctf)\{[^\s{}]{3,}/i.test(value)) return true;
  // A batch file's delayed expansion (`!NAME!`, `!name:~0,8!`): a variable's name with no digits in it (a value
  // wrapped in `!` with digits, `!Summer2024!`, is a password people type).
  if (/^![A-Za-z_][A-Za-z_]{0,40}(?:!|:~[^!\s]{0,20}!?)$/.test(value)) return true;
  // Masked or filler values: xxxx, ****, ...., ####, ----, 0000
  // A long random token may hold `XXXX` by chance; filler runs of other characters, or of x in short values, never.
  if (/^(.)\1{5,}$/.test(value) || /([*.#_-])\1{3,}/.test(value) || /([xX])\1{7,}/.test(value) || (value.length < 24 && /([xX])\1{3,}/.test(value))) return true;
  // A long capitalised word run (`VERYLONGSECRET…`, `YOURSECRETHERE`) marks a made-up value.
  if (/[A-Z]{10,}/.test(value) && (value.match(/[A-Z]{10,}/g) ?? []).some((run) => isWordLike(run))) return true;
  // Elided values (`whsec_...`, `sk-…abcd`) are shortened for show, not usable.
  if (/(?:\.\.\.|…)/.test(value)) return true;
  if (
    /^(?:abc|123|0123|1234|qwerty|password|passwort|kennwort|wachtwoord|secret|token|null|none|undefined|true|false)/i.test(value) &&
    value.length < 16 &&
    !options.humanPassword &&
    !isKeyboardStartPassword(value)
  )
    return true;
  // A provider's prefix with a dummy word for its body (`whsec_test`, `sk_live_example`, `rk-dummy`): the shape shown, no key.
  if (/^[A-Za-z]{2,6}[_-](?:(?:live|test)[_-])?(?:test|example|dummy|fake|placeholder|changeme|secret|key|token|x{3,})$/i.test(value)) return true;
  if (isInstruction(value)) return true;
  const segments = letterSegments(value).map((s) => s.toLowerCase());
  // Only in values mostly made of words: a random token may contain `tbd` or `Fake` by chance.
  if (segments.some((s) => PLACEHOLDER_SEGMENTS.has(s)) && wordCoverage(value) >= 0.5) return true;
  const letters = segments.join('').length;
  return letters >= value.length * 0.6 && segments.length > 0 && segments.every((s) => WEAK_SEGMENTS.has(s)) && !isKeyboardStartPassword(value);
}

/** Verbs that open an instruction written where the value goes. */
const INSTRUCTION_VERB = /^(?:generate|replace|change|set|put|insert|fill|paste|create|run|use|add|make)$/;
/** Words of what the instruction asks for: a tool, a length or a kind of value (`…-with-openssl-rand-hex-32`). */
const INSTRUCTION_OBJECT =
  /^(?:with|using|via|openssl|rand|random|pwgen|uuidgen|urandom|base64|hex|your|own|real|long|strong|secure|secret|key|password|token|value|string|me|this|it|before|prod|production|deploy|deployment)$/;

/**
 * An instruction written where the value goes (`generate-with-openssl-rand-hex-32`, `replace_with_your_own_key`,
 * `set-a-long-random-string`): three or more lower-case words joined by `-`, `_` or blanks (a length may end it),
 * opening with a verb and naming what to put there.
 */
function isInstruction(value: string): boolean {
  if (!/^[a-z]+(?:[-_ ][a-z0-9]+){2,12}$/.test(value)) return false;
  const words = value.split(/[-_ ]/);
  return INSTRUCTION_VERB.test(words[0]!) && words.slice(1).some((w) => INSTRUCTION_OBJECT.test(w));
}

/** References to a secret kept elsewhere (vaults, cloud secret managers, Kubernetes, CloudFormation, env files). */
const STORE_REFERENCE =
  /^(?:!(?:Ref|Sub|GetAtt|ImportValue|Join|FindInMap|Secret|env|vault)\b|\{\{ ?resolve:|vault:|op:\/\/|ref\+|awssm:|sm:\/\/|gcp(?:sm)?:\/\/|azure(?:kv|keyvault)?:\/\/|keyvault:|akv:\/\/|secretKeyRef|valueFrom|arn:aws:|projects\/[^/]+\/secrets\/|file:|env:|ENV\[|secret:|secrets:|bws:|doppler:|infisical:|sops:|pass:|keyring:|cmd:)/i;

/** Template openers that may be cut where an unquoted value stops (`${DB_PASSWORD`, `{{ vault_pw`); build-time
 * substitutions (`__X__`, `@X@`, `@@X@@`) and Symfony's `%env(X)%`. A Windows `%NAME%` reference only whole (or an
 * upper-case name cut before its `%`): a password may start with `%` (`%Tiger42`). */
const TEMPLATE_START = /^(?:\$\{|\$\(|\$\$?[A-Za-z_]|\{\{|\{%|#\{|%\(|%[A-Za-z_][\w.]*%|%[A-Z_][A-Z0-9_]*$|<%|\[\[|@\{|\$\[|#\[|\{[A-Za-z_$][\w.$-]*\}?$|__[A-Z][A-Z0-9_]*__$|@@?[A-Za-z_][\w.]*@@?$|%env\()/;

/** Values that are masks: `****`, `•••`, `xxxx`, `<hidden>`, `[MASKED]`. */
// `*SENSITIVE*DATA*DELETED*`: what Windows Setup writes over passwords in the unattend copy it keeps (Panther).
const MASKED =
  /^(?:[*•●·x.#_-]{3,}|[*•●]+\w{0,4}|\w{0,4}[*•●]{3,}\w{0,4}|[<[({](?:hidden|masked|redacted|secret|removed|omitted|sensitive|filtered|password|censored|snip)[>\])}]|(?:REDACTED|MASKED|HIDDEN|CENSORED|FILTERED|SCRUBBED|OMITTED|REMOVED)(?:_\w+)?|\*SENSITIVE\*DATA\*DELETED\*)$/i;

/**
 * "Password" in other languages, and "new password" in them (`--user_pass=nowehaslo`): the field's name or a slot,
 * not a value (compared lower-case without separators).
 */
export const PASSWORD_WORDS_ABROAD: ReadonlySet<string> = new Set([
  'kennwort',
  'wachtwoord',
  'haslo',
  'hasło',
  'senha',
  'contraseña',
  'contrasena',
  'motdepasse',
  'sifre',
  'şifre',
  'nowehaslo',
  'nowehasło',
  'neuespasswort',
  'neueskennwort',
  'nouveaumotdepasse',
  'nuevacontraseña',
  'nuevacontrasena',
  'novasenha',
  'yenisifre',
  'yenişifre',
  'nieuwwachtwoord',
]);

/**
 * Dummy and filler words the labelling policy names, and types or schema words a password field is given
 * in specs (`password: string`, `password: "required"`), compared lower-case without separators.
 */
const DUMMY = new Set([
  'password',
  'passwort',
  ...PASSWORD_WORDS_ABROAD,
  'passw0rd',
  'p4ssw0rd',
  'pass',
  'passwd',
  'pwd',
  'pw',
  'secret',
  'secrets',
  'token',
  'apikey',
  'key',
  'example',
  'examples',
  'dummy',
  'test',
  'testing',
  'tests',
  'none',
  'null',
  'nil',
  'undefined',
  'changeme',
  'changeit',
  'todo',
  'tbd',
  'fixme',
  'xxx',
  'empty',
  'blank',
  'unset',
  'notset',
  'na',
  'nothing',
  'default',
  'required',
  'optional',
  'string',
  'str',
  'text',
  'varchar',
  'char',
  'bytes',
  'hidden',
  'sensitive',
  'secure',
  'encrypted',
  'masked',
  'redacted',
  'removed',
  'sample',
  'demo',
  'foo',
  'bar',
  'baz',
  'qux',
  'foobar',
  'abc',
  'abcd',
  'abcdef',
  'asdf',
  'qwerty',
  'admin',
  'root',
  'guest',
  'user',
  'username',
  'value',
  'yourpassword',
  'mypassword',
  'somepassword',
  'newpassword',
  'oldpassword',
  'userpassword',
  'dbpassword',
  'yourtoken',
  'mytoken',
  'yoursecret',
  'mysecret',
  'supersecret',
  'topsecret',
  'verysecret',
  'secretpassword',
  'mysecretpassword',
  'yourapikey',
  'myapikey',
  'true',
  'false',
  'yes',
  'no',
  'on',
  'off',
  'enabled',
  'disabled',
  'boolean',
  'bool',
  'int',
  'integer',
  'number',
  'object',
  'any',
  'unknown',
  'auto',
  'generated',
  'random',
  'prompt',
  'ask',
  'stdin',
  'env',
  'environment',
  'vault',
  'keyring',
  'keychain',
  'plain',
  'plaintext',
  'md5',
  'sha256',
  'bcrypt',
  'scram',
  'trust',
  'peer',
  'ident',
  'basic',
  'digest',
  'bearer',
  'oauth',
  'jwt',
  'ntlm',
  'kerberos',
  'ldap',
  'local',
  'internal',
  'external',
  'file',
  'inline',
  'secretkey',
  'privatekey',
  'accesstoken',
  'authtoken',
  'clientsecret',
  'apisecret',
  'passphrase',
  'insertpasswordhere',
  'enterpasswordhere',
  'correcthorsebatterystaple',
  'passwordhere',
  'placeholder',
  'replaceme',
  'notused',
  'unused',
  'ignored',
  'na',
]);

/** Concatenations of dummy words and digits (`mysecretpassword`, `changeme123`, `testpass`). */
function isDummyCompound(flat: string): boolean {
  if (!/^[a-z]+\d{0,4}$/.test(flat) || flat.length > 40) return false;
  const letters = flat.replace(/\d{1,4}$/, '');
  const PARTS = [
    'my',
    'your',
    'some',
    'super',
    'top',
    'very',
    'secret',
    'password',
    'passphrase',
    'phrase',
    'pass',
    'passwd',
    'pwd',
    'token',
    'key',
    'api',
    'test',
    'dummy',
    'fake',
    'sample',
    'example',
    'change',
    'me',
    'it',
    'default',
    'demo',
    'foo',
    'bar',
    'the',
    'dev',
    'local',
    'db',
    'user',
    'admin',
    'root',
    'new',
    'old',
    'here',
    'insert',
    'enter',
    'replace',
    'not',
    'real',
    'a',
    'placeholder',
    'value',
  ];
  // Word break by dynamic programming over the parts.
  const ok = new Array<boolean>(letters.length + 1).fill(false);
  ok[0] = true;
  for (let i = 1; i <= letters.length; i++) for (const p of PARTS) if (i >= p.length && ok[i - p.length] && letters.endsWith(p, i) && letters.slice(i - p.length, i) === p) ok[i] = true;
  return letters.length > 0 && ok[letters.length] === true && /secret|pass|pwd|token|key|test|dummy|fake|sample|example|change|placeholder|demo|foo/.test(letters);
}

/**
 * Stand-ins a person writes where a secret would go, beyond isPlaceholder: cut templates (`${DB_PASSWORD`),
 * references to secret stores, masks and the dummy words of the labelling policy (`changeme`, `test`,
 * `mysecretpassword`). Returns what it is, or undefined. Used under secret names, where short human values count.
 */
/** The digits running on into the letters, as hex and base36 spell them. */
const RUN = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * A run of the digits and letters written out again and again (`0123456789abcdef0123456789abcdef`, `abcdabcdabcd`):
 * the filler docs show where a key goes; a generated value never repeats itself.
 */
export function isRepeatedRun(value: string): boolean {
  const v = value.toLowerCase();
  for (let p = 4; p * 2 <= v.length; p++) {
    let periodic = true;
    for (let i = p; i < v.length && periodic; i++) periodic = v[i] === v[i - p];
    if (periodic) return RUN.includes(v.slice(0, p));
  }
  return false;
}

/**
 * The alphabet spelt out, in any case and through separators (`123456789:ABCdefGhIJKlmNoPQRsTUVwxyZ`, a bot token's
 * tutorial stand-in): twelve characters of the digit-and-letter run in order, eight of them letters. A generated value
 * never holds such a run.
 */
export function spellsAlphabet(value: string): boolean {
  if (value.length < 12) return false;
  const v = value.toLowerCase().replace(/[^0-9a-z]/g, '');
  let run = 1;
  for (let i = 1; i < v.length; i++) {
    const at = RUN.indexOf(v[i]!);
    run = at > 0 && RUN[at - 1] === v[i - 1] ? run + 1 : 1;
    if (run >= 12 && at >= 17) return true;
  }
  return false;
}

/** `password` in leetspeak (`pa$$word`, `P@ssw0rd`, `Pa55word`): a README's or a test's dummy, like the word itself. */
const PASSWORD_IN_LEET = /^p[a@4][s$5]{2}w[o0]rd(?:[0-9]{1,4}|!)?$/;

export function isStandIn(value: string): string | undefined {
  if (isPlaceholder(value)) return 'placeholder';
  if (TEMPLATE_START.test(value)) return 'template';
  if (STORE_REFERENCE.test(value)) return 'reference';
  if (MASKED.test(value)) return 'masked';
  const flat = value.toLowerCase().replace(/[\s_.-]+/g, '');
  if (DUMMY.has(flat) || (DUMMY.has(flat.replace(/\d{1,4}$/, '')) && !isKeyboardStartPassword(value)) || isDummyCompound(flat)) return 'dummy word';
  if (PASSWORD_IN_LEET.test(flat)) return 'dummy word';
  return undefined;
}

/**
 * The sample token of jwt.io and of countless API docs (HS256, `sub` 1234567890, `name` John Doe), whatever its
 * signature: a documented example, not a credential. Docs that rename the sample's user keep its subject and its
 * issued-at (1516239022, January 2018): those two together are the sample too.
 */
export function isDocumentedSampleJwt(token: string): boolean {
  const payload = token.split('.')[1];
  if (!payload) return false;
  const json = segmentJson(payload) as { sub?: unknown; name?: unknown; iat?: unknown } | null | undefined;
  return json?.sub === '1234567890' && (json.name === 'John Doe' || json.name === 'Jane Doe' || json.iat === 1516239022);
}
