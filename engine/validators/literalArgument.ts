// Whether a value written after a password flag or label is a real value: not a variable, a substitution, a
// prompt, a template or a documentation stand-in. Context (a flag that takes a password, a `Password:` label)
// already says the value is a password; human passwords are often short words with digits (`Summer2024!`), so
// no entropy threshold applies here, only the checks that tell a literal from a reference or a placeholder.
import { isIntegrityDigest, isPasswordHash } from './storedHash';

export { isPasswordHash };
import { isPlaceholder, PASSWORD_WORDS_ABROAD } from './placeholder';
import { isHexNumber, isWordLike, letterSegments, shannonEntropy } from './valueStats';

/**
 * Shell, batch, PowerShell, CI and template references in the value. A `$` inside a value is kept as a character
 * (`Pa$$w0rd` is a password people type); `$NAME`, `$name`, `$securePassword` (one case, or letters only),
 * `${`, `$(` and `$env:` mark a reference, while `$Welcome2024` (mixed case and digits) is a password.
 */
const REFERENCE_INSIDE = /^\$[^A-Za-z]|\$[({]|\$env:|\{\{|\}\}|%\(|\{[0-9]*\}|`|^:[A-Za-z_]|^\?$|^\.\.\.|…/;

/**
 * A Windows `%NAME%` reference inside the value (at most 8 looked at), or a TeamCity parameter reference, whose
 * name is dotted (`%env.SIGNING_PASSWORD%`, `%system.teamcity.build.id%`).
 */
const PERCENT_NAME = /%([A-Za-z_][A-Za-z0-9_]{0,60}(?:\.[A-Za-z_][A-Za-z0-9_]{0,60}){0,6})%/g;

/**
 * Names a `%NAME%` reference is written with: upper case (`%DB_PASS%`), lower case (`%pw%`), capitalised words
 * (`%ProgramFiles%`) or camelCase words (`%dbPass%`). Letters of mixed case between two `%` of a generated password
 * (`…%aB3C%…`, `…%pQrs%…`) spell no name.
 */
const REFERENCE_NAME = /^(?:[A-Z_][A-Z0-9_]*|[a-z_][a-z0-9_]*|(?:[A-Z][a-z0-9]+)+|[a-z]{2,}(?:[A-Z][a-z0-9]{2,})+)$/;

function holdsPercentReference(value: string): boolean {
  if (!value.includes('%')) return false;
  let n = 0;
  for (const m of value.matchAll(PERCENT_NAME)) {
    if (m[1]!.split('.').every((part) => REFERENCE_NAME.test(part))) return true;
    if (++n >= 8) return true;
  }
  return false;
}

/** Stand-ins written in docs for "put your password here" (lower-cased, separators removed). */
const STAND_INS = new Set([
  'password',
  'passwd',
  'pass',
  'pwd',
  'pw',
  'passw0rd',
  'passphrase',
  'secret',
  'secrets',
  'token',
  'apikey',
  'apitoken',
  'key',
  'mypassword',
  'mypass',
  'mypwd',
  'mysecret',
  'mytoken',
  'myapikey',
  'mykey',
  'mysecretpassword',
  'mysecretkey',
  'yourpassword',
  'yourpass',
  'yoursecret',
  'yourtoken',
  'yourapikey',
  'yourkey',
  'userpassword',
  'dbpassword',
  'dbpass',
  'rootpassword',
  'rootpass',
  'adminpassword',
  'adminpass',
  'newpassword',
  'oldpassword',
  'thepassword',
  'somepassword',
  'strongpassword',
  'securepassword',
  'supersecret',
  'supersecretpassword',
  'topsecret',
  'verysecret',
  'secretpassword',
  'secretkey',
  'accesstoken',
  'authtoken',
  'changeme',
  'changeit',
  'changethis',
  'replaceme',
  'redacted',
  'hidden',
  'masked',
  'removed',
  'omitted',
  'none',
  'null',
  'nil',
  'undefined',
  'empty',
  'blank',
  'todo',
  'tbd',
  'xxx',
  'example',
  'sample',
  'dummy',
  'fake',
  'test',
  'testing',
  'demo',
  'foo',
  'bar',
  'foobar',
  'baz',
  'qux',
  'value',
  'string',
  'stdin',
  'prompt',
  'ask',
  'env',
  'file',
  'true',
  'false',
  'yes',
  'no',
  'on',
  'off',
  'default',
  'required',
  'optional',
  'username',
  'user',
  'login',
  'name',
  'host',
  'hostname',
  'port',
  'database',
  'db',
  'notasecret',
  'mysecretvalue',
  'secretvalue',
  'p',
  'pa',
  'passwordhere',
  'tokenhere',
  'keyhere',
  'here',
  // Vendor defaults written as defaults in docs (`admin`/`admin`, Oracle's scott/tiger): left to the reader.
  'admin',
  'root',
  'guest',
  'administrator',
  'toor',
  'postgres',
  'mysql',
  'sa',
  'oracle',
  'tiger',
  'manager',
  'public',
  'private',
]);

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '9': 'g', '@': 'a', $: 's' };

/** The value with the separators a stand-in may carry removed, lower-cased (`YOUR_PASSWORD` → `yourpassword`). */
const folded = (value: string) => value.toLowerCase().replace(/[\s_.\-[\]<>{}()*'"]/g, '');

/**
 * A generated password that happens to open with `$` (`$Dq!7…=k`): a name of one to three letters, then symbols
 * inside and small, capital letters and digits, 16 or more in all. Names of variables are longer words (`$DB_PASS$@`,
 * `$password!`), and what follows one is a path, a port or another variable, not a run like this.
 */
function generatedAfterDollar(value: string): boolean {
  return (
    value.length >= 16 &&
    /^\$[A-Za-z]{1,3}[!#%&*+=?@^~]/.test(value) &&
    /[a-z]/.test(value) &&
    /[A-Z]/.test(value) &&
    /[0-9]/.test(value) &&
    !/[/\\:{}()]/.test(value) &&
    (value.match(/[A-Z]/g)?.length ?? 0) >= 3
  );
}

/** A reference, template, prompt or stand-in rather than a value someone typed. */
export function isStandIn(value: string): boolean {
  if (value.length === 0) return true;
  if (REFERENCE_INSIDE.test(value) || holdsPercentReference(value) || isPlaceholder(value, { humanPassword: true })) return true;
  // `$NAME`, `$securePassword`, `$DB_PASS$@`: a variable, unless shaped like a password (`$Welcome2024`).
  if (/^\$[A-Za-z_]/.test(value) && !(/^\$[A-Za-z0-9_]{1,64}$/.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value) && /[0-9]/.test(value)) && !generatedAfterDollar(value)) return true;
  // `+rndPass`: ktpass's keyword for a random password (no value given).
  if (/^\+rndpass$/i.test(value)) return true;
  // `!NAME!`: cmd's delayed expansion of a variable (`setlocal EnableDelayedExpansion`), as `%NAME%`.
  if (/^![A-Za-z_][A-Za-z0-9_]{0,63}!$/.test(value)) return true;
  // `@path` reads the value from a file (`vault kv put … password=@pw.txt`, `curl -d @body.json`, httpie `k=@f`).
  if (/^@(?:[./~]|[\w-]{1,64}\.(?:txt|json|ya?ml|pem|key|env|csv|xml|crt|p12|pfx|pub|bin|dat|cfg|conf|ini|properties|sql|secret)$)/.test(value)) return true;
  // Brackets and angle brackets around a word mark a slot to fill: `[password]`, `<token>`, `{password}`.
  if (/^[[<{(].*[\]>})]$/.test(value)) return true;
  // ALL_CAPS words name a variable or a slot (`PASSWORD`, `DB_PASS`, `YOUR_TOKEN`, `MYSQL_ROOT_PASSWORD`).
  if (/^[A-Z][A-Z_]*$/.test(value) && value.length >= 3 && (value.includes('_') || value.length <= 12 || isWordLike(value))) return true;
  const f = folded(value);
  if (STAND_INS.has(f) || PASSWORD_WORDS_ABROAD.has(f)) return true;
  // Leetspeak spellings of a stand-in (`s3cr3t`, `p4ssw0rd`, `P@ssw0rd`).
  if (STAND_INS.has(f.replace(/[0134579@$]/g, (c) => LEET[c] ?? c))) return true;
  // Stand-ins with a number or a repeat (`password1`, `secret123`, `token-2`), spelled-out slots (`your-db-password`).
  if (/^(?:my|your|the|some|new|old|db|user|admin|root)?(?:password|passwd|pass|pwd|secret|token|apikey|key)s?[0-9]{0,3}$/.test(f)) return true;
  if (/^(?:your|my|enter|insert|put|replace|set|some)/.test(f) && /(?:password|passwd|pass|pwd|secret|token|key|here)$/.test(f)) return true;
  // Names that spell out what they hold (`db_password`, `change-password`, `newToken`): a variable or a field, not a value.
  if (/^[A-Za-z]+(?:[_-][A-Za-z]+)*$/.test(value) && /(?:^|[_-]|[a-z](?=[A-Z]))(?:password|passwd|pass|pwd|secret|token|key|Password|Passwd|Pass|Pwd|Secret|Token|Key)$/.test(value)) return true;
  // Masked values: `****`, `xxxx`, `••••`, `####`.
  if (/^[*x•#.?-]{3,}$/i.test(value)) return true;
  return false;
}

/** Characters a password cannot contain unquoted on a command line or at the end of a sentence. */
const TRAILING_PUNCTUATION = /[.,;:!?)\]]$/;

/** Strips sentence punctuation that follows a value in prose (the full stop after `… the password is X.`). */
export function trimProsePunctuation(value: string): string {
  let v = value;
  while (v.length > 1 && TRAILING_PUNCTUATION.test(v) && !/[!?]$/.test(v)) v = v.slice(0, -1);
  return v;
}

/**
 * A call where a value goes (`getpass.getpass()`, `read_secret()`, `vault.read(path)`, or cut at its closing
 * parenthesis: `getpass(`): a member call, a call without arguments, or a call of a snake_case or camelCase
 * name. `Harbor(2024)` and `Sunny(12)x` are passwords.
 */
export function isCall(value: string): boolean {
  // Members and namespaces (`os.getenv(`, Puppet/Ruby/Rust/PHP/C++ `postgresql::postgresql_password(`).
  const m = /^([A-Za-z_$][\w$]{0,60}(?:(?:\.|::)[A-Za-z_$][\w$]{0,60}){0,6})\(([^()]{0,80})\)?$/.exec(value);
  if (!m) return false;
  const name = m[1]!;
  return name.includes('.') || name.includes('::') || m[2] === '' || /_|[a-z][A-Z]/.test(name);
}

/**
 * A password-like literal under a strong password context (a password flag or label): not a stand-in, at
 * least 4 characters, not one character repeated, not a plain number of up to 5 digits (ports, counts).
 */
/** A PowerShell cmdlet's name (`$pw = ConvertTo-SecureString '…' -AsPlainText`): the command, the value comes after it. */
export const POWERSHELL_CMDLET = /^(?:ConvertTo|ConvertFrom|Get|Set|New|Read|Import|Export|Invoke|Add|Remove|Unprotect|Protect)-[A-Z][A-Za-z]{2,40}$/;

export function isLiteralPassword(value: string): boolean {
  if (value.length < 4 || value.length > 128) return false;
  if (POWERSHELL_CMDLET.test(value)) return false;
  if (isPasswordHash(value) || isIntegrityDigest(value)) return false;
  if (isStandIn(value) || isCall(value)) return false;
  if (/^(.)\1+$/.test(value)) return false;
  if (/^[0-9]{1,5}$/.test(value)) return false;
  // Port mappings and addresses (`3306:3306`, `127.0.0.1`), sizes and versions.
  if (/^[0-9.:/-]+$/.test(value) && /[.:/-]/.test(value)) return false;
  // Memory addresses and hex numbers (`passphrase=0x00005f895f7` in a crash dump); hex longer than any digest people
  // use as a password (a 64-digit WPA key is one) is a stored hash (Grafana's 100-digit PBKDF2).
  return !isHexNumber(value) && !/^[0-9a-f]{65,}$/i.test(value);
}

/**
 * A token-like literal under a token context (`--token X`, `X-Api-Key: X`): long enough and random enough that
 * it is not a word, a name or a version. Tokens are generated, so unlike passwords they must look random.
 */
export function isLiteralToken(value: string, minLength = 12): boolean {
  if (value.length < minLength || value.length > 1024) return false;
  if (isStandIn(value) || isIntegrityDigest(value)) return false;
  if (shannonEntropy(value) < 3) return false;
  // Generated tokens hold no shell variables and no lists (`id=npmrc,src=$HOME/.npmrc`); a trailing `=` is padding.
  if (/\$|,|=[^=]/.test(value)) return false;
  // Made of words (`my-api-token-for-ci`), or an identifier (`github_token`, `AccessToken`).
  const segments = letterSegments(value);
  const letters = segments.reduce((n, s) => n + s.length, 0);
  const wordLetters = segments.filter((s) => isWordLike(s)).reduce((n, s) => n + s.length, 0);
  if (letters > 0 && wordLetters / letters >= 0.7 && letters >= value.length * 0.6) return false;
  // Paths and URLs are not tokens, nor are object keys with a file's extension (`uploads/2026/03/<digest>.png`).
  if (/^(?:\/|\.\/|~\/|[A-Za-z]:\\|https?:\/\/)/.test(value) || /^[\w.-]+(?:\/[\w.-]+)+\.[A-Za-z][A-Za-z0-9]{0,4}$/.test(value)) return false;
  return true;
}
