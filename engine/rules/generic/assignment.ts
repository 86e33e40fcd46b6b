// Generic detection: a value tied to a name that says "password", "secret", "token", "key" or
// "credential", in every syntax of the shared grammar (engine/detect/keyedSyntax.ts). The name's meaning
// comes from engine/validators/secretName.ts, the value's from engine/validators/secretValue.ts: under a
// password's name a human-made value counts (context decides, not entropy); under a token's name the value
// must look like a token.
import { digestDeclaredAfter, encryptedFlagAfter, saltedHashElement } from '../../validators/declaredDigest';
import { isMacAuthBypass } from '../../validators/macAuthBypass';
import { isChosenWordPassword } from '../../validators/chosenWord';
import { lineStartNear } from '../../detect/lineStartNear';
import { enclosingTypeName } from './enclosingTypeName';
import { inEmbeddedConfig, keyBeginsLine } from '../../detect/embeddedConfig';
import { isQuotedPrintableFragment } from '../../detect/exportViews';
import { keyPathAt, keyedPatternSource, readKeyed, valueSource, type KeyedValue } from '../../detect/keyedSyntax';
import { isKnownCommand } from '../../detect/shellCommand';
import { BAD_PASSWORD_EXAMPLE } from '../proseNotValue';
import { allowsUnquotedValues, fileKind, genericRulesApply, isApiExamples, type FileKind } from '../../validators/fileKind';
import { SECRET_NAME_FIRST_CHAR, SECRET_NAME_KEYWORDS, SECRET_NAME_STARTS, SECRET_NAME_WORD_SOURCE, nameWords, readSecretName, type SecretNameReading } from '../../validators/secretName';
import { DOLLAR_PASSWORD, passwordVerdict, tokenVerdict } from '../../validators/secretValue';
import { lineSaysNotSecret } from '../../validators/notSecretRemark';
import { isDottedConfigPassword, isDottedWordPassphrase, isEnvDumpLine } from '../../validators/dottedPassword';
import { isNotifierPayloadKey, isSearchOnlyApiKey, remarkCallsValuePublic } from '../../validators/searchOnlyKey';
import { humanPassword, madeUpPassword } from '../humanPasswords';
import { isDocumentedSandboxLogin } from '../../validators/documentedSandbox';
import { isShopifyPublicId } from '../../validators/shopifyPublicIds';
import { pushTokenBefore } from '../../validators/pushToken';
import { isConsumerKeyBesideSecret, isPublicClientKey, isPublicProviderKey } from '../../validators/publicProviderKey';
import { isApplicationKeyBesideSecret, isKeyBesideSameNamedSecret } from '../../validators/keyBesideSecret';
import { isTestResultPass } from '../../validators/testRunnerLine';
import { isDecodedTestVector } from '../../validators/decodedTestVector';
import { looksRandom, wordCoverage } from '../../validators/valueStats';
import { isGeneratedWithBrackets } from '../../validators/generatedWithBrackets';
import type { MatchContext, Rule } from '../../types';
import { GENERIC_SECRET_NOTE } from '../revocationNotes';
import { namedPart } from '../ruleBuilders';

/** SQL's password clause reads as a name: `IDENTIFIED BY 'v'`, `IDENTIFIED WITH mysql_native_password BY 'v'`. */
const SQL_IDENTIFIED = '[iI][dD][eE][nN][tT][iI][fF][iI][eE][dD](?:[ \\t]{1,4}[wW][iI][tT][hH][ \\t]{1,4}\\w{1,40})?[ \\t]{1,4}[bB][yY]';

/**
 * Calls whose first argument names an environment variable or setting and second is its default (or value): Go's
 * capitalised setters (viper's `Set` and `SetDefault`), `setDefault`, Julia's `get(ENV, "K", "v")`, Go's flag
 * declarations (`flag.String("admin-password", "v", "usage")`: name, default, usage), environs' `env.str("K", "v")`,
 * Mozilla's prefs.js (`user_pref("mail.smtpserver.smtp1.password", "v")`, `lockPref`, `defaultPref`).
 */
const DEFAULT_CALL =
  /(?:(?:user_pref|lockPref|defaultPref|SetDefault|setDefault|set_default|Set|getOrElse|fromEnvironment|getenv|getEnv|GetEnv|env|Env|get|fetch|getProperty|getOrDefault|getString|getValue|GetValue|environ\.get|config|setting|envOr\w*|getenv\w*|lookup\w*|Getenv\w*|env_or\w*|EnvOr\w*|getEnvOr\w*|get_env\w*|read_env\w*|env\.str|ENV\.fetch|os\.Getenv\w*|System\.getenv\w*|setProperty|SetEnvironmentVariable|putenv|setenv|Setenv|setdefault|define|put|set|add|Add|of|Of|entry|Pair|pair|tuple|insert|Insert|append|push|with|withEnv|option|Option|param|Param|header|Header|field|Field|store|save|write|setItem|setSecret|setPassword|setToken|String)\s*\(|get\(\s*ENV\s*,)\s*\\?["'`]?$/;

/** A constant's name, maybe on its class (`SslConfigs.SSL_KEYSTORE_PASSWORD_CONFIG`, `Context.SECURITY_CREDENTIALS`). */
const CONSTANT_KEY = /^(?:[A-Za-z_]\w{0,40}\.){0,3}[A-Z][A-Z0-9]{1,40}(?:_[A-Z0-9]{1,40}){0,8}$/;

/**
 * A call with whole quoted name/value pairs before the name's opening quote: Java's `Map.of("user", "u", …`,
 * MATLAB's `weboptions('Username', 'u', …`, `struct('user', 'u', …`.
 */
const MAP_OF_PAIRS = /\b[A-Za-z_][\w.]{0,40}[ \t]{0,2}\([ \t]{0,2}(?:(?:"[^"\n]{0,80}"|'[^'\n]{0,80}')[ \t]{0,2},[ \t]{0,2}(?:"[^"\n]{0,200}"|'[^'\n]{0,200}')[ \t]{0,2},[ \t]{0,2}){1,8}$/;
/**
 * The same pairs over more than the 60 characters read before a key, or one pair a line (`Map.of(⏎ "url", "jdbc:…",⏎
 * "port", 6379,⏎ "password", "v")`; values maybe numbers or constants): read on the text before the key's quote, up to 8 pairs.
 */
const MAP_OF_PAIR_LINES =
  /\b[A-Za-z_][\w.]{0,40}[ \t]{0,2}\([ \t]{0,2}(?:\r?\n[ \t]{0,40})?(?:(?:"[^"\n]{0,80}"|'[^'\n]{0,80}')[ \t]{0,2},[ \t]{0,2}(?:"[^"\n]{0,200}"|'[^'\n]{0,200}'|[\w.]{1,40})[ \t]{0,2},[ \t]{0,2}(?:\r?\n[ \t]{0,40})?){1,8}$/;

/**
 * A constant-time comparison's call with the name as its first argument: `secure_compare(password, "v")` (Rails),
 * `hmac.compare_digest(token, "v")`, `hash_equals($password, 'v')` (PHP), `subtle.ConstantTimeCompare(pw, "v")`: the
 * literal is what the name is checked against, as in `password == "v"`.
 */
const CONSTANT_TIME_COMPARE =
  /\b(?:secure_compare|compare_digest|constant_time_compare|safe_str_cmp|hash_equals|ConstantTimeCompare|FixedTimeEquals|constantTimeEquals|constant_time_eq)[ \t]{0,2}\([ \t]{0,2}(?:[\w$@]{1,40}(?:\.|::|\[:?)|[$@])?$/;

/** Names listed before the last one of a multiple assignment, from the start of the line (`let u, `, `const [USER, `). */
const TUPLE_NAMES_BEFORE = /(?:^|\n)[ \t]{0,40}(?:(?:let|var|val|const|local|my|our)[ \t]{1,4})?[[(]?[ \t]{0,2}(?:[\w$]{1,40}[ \t]{0,2},[ \t]{0,2}){1,3}$/;

/** The opening of a row of pairs before a quoted name: `VALUES (` or `(` at the start of a line. */
const PAIR_ROW = /(?:^|\n|\bVALUES)[ \t]{0,8}\([ \t]{0,2}$/i;

function valueIsQuoted(kv: KeyedValue): boolean {
  return kv.quote !== '';
}

/** Whether the syntax reads as a value given to the name here (rather than prose, a list of names or a lookup). */
function syntaxAccepts(kv: KeyedValue, text: string, end: number, kind: FileKind, path: string | undefined): boolean {
  const quoted = valueIsQuoted(kv);
  const beforeKey = text.slice(Math.max(0, kv.keyStart - 60), kv.keyStart - (kv.keyQuote ? 1 : 0) - (kv.escaped && kv.keyQuote ? 1 : 0));
  switch (kv.syntax) {
    case 'assignment':
      return quoted || unquotedAllowed(kv, text, end, kind, path);
    case 'comparison':
      return quoted;
    case 'argument':
      // `define('K', 'v')`, `getenv("K", "v")`, `put("k", "v")`, Erlang `{password, "v"}`; a list of names looks
      // alike (`['api_key', 'token_2']`), so a bare pair needs a call before it or a long value.
      if (!quoted) return false;
      // The name may be a path (`config.GetValue<string>("Partner:ApiKey", "v")`): the call is before its first part.
      // A row of pairs (`VALUES ('smtp.password', 'v')`, a line starting `('db_password', 'v'),`) is data too.
      // `Map.of("user", "u", "password", "v")` (Java), MATLAB's `weboptions('Username', 'u', 'Password', 'v')`: the
      // name is at an odd position of the pairs.
      if (kv.keyQuote && MAP_OF_PAIRS.test(beforeKey)) return true;
      if (kv.keyQuote && /,[ \t]{0,40}(?:\r?\n[ \t]{0,40})?$/.test(beforeKey) && MAP_OF_PAIR_LINES.test(text.slice(Math.max(0, kv.keyStart - 1200), kv.keyStart - 1))) return true;
      if (kv.keyQuote) return DEFAULT_CALL.test(beforeKey.replace(/[\w.:-]{0,60}$/, '').replace(/<[\w.]{1,30}>(?=\s{0,4}\(\s{0,4}\\?["'`]?$)/, '')) || /\{\s*$/.test(beforeKey) || PAIR_ROW.test(beforeKey);
      // `props.setProperty(SslConfigs.SSL_TRUSTSTORE_PASSWORD_CONFIG, "v")`, `env.put(Context.SECURITY_CREDENTIALS, "v")`:
      // a constant naming the setting, given to a setter.
      if (CONSTANT_KEY.test(kv.key) && DEFAULT_CALL.test(beforeKey)) return true;
      if (!kv.keyQuote && kind !== 'prose' && CONSTANT_TIME_COMPARE.test(beforeKey)) return true;
      return /\{\s*$/.test(beforeKey);
    case 'setter':
      // `setPassword("v")`, `.password("v")`, `withPassword("v")`, `PASSWORD('v')` (SQL): never `getPassword("user")`.
      // A credentials call's first of several arguments (`Credentials.basic("user", "pw")`) is the user.
      // So is a basic-auth or login call's (`.basic_auth("user", Some("pw"))`).
      if (/cred|auth|login/i.test(kv.key) && /^[ \t]{0,2},/.test(text.slice(end + 1, end + 5))) return false;
      // A setter given several arguments names the entry first, whatever follows it (keyring's
      // `set_password("service", "user", "pw")` and `set_password("service", user, pw)`).
      if (/^[ \t]{0,2},[ \t]{0,4}[^\s)]/.test(text.slice(end + 1, end + 10))) return false;
      return quoted && !kv.keyQuote && isSetterName(kv.key, beforeKey);
    case 'default': {
      const op = kv.separator.trim();
      if (op === ':-') return true;
      // `${NAME-default}`: the separator pattern takes a bare `-` only right after `${NAME`.
      if (op === '-') return text.slice(Math.max(0, kv.keyStart - 2), kv.keyStart) === '${';
      // `getenv("K") or "v"`, `password or "v"` (Python), `K || "v"`, `K ?? "v"`: quoted defaults only; a `… or …`
      // in prose (`password` or `salt`) has no call or bare name before it.
      // A JS template literal after a JS operator (`K ?? \`v\``, `K || \`v\``) is a literal too (a `${…}` inside is
      // refused by the placeholder check); in Markdown, backticks after `or` are inline code.
      if (kv.quote === '`') return kind !== 'prose' && /(?:\?\?|\|\|)$/.test(op);
      if (kv.quote !== '"' && kv.quote !== "'") return false;
      return !/or$/.test(op) || /^[)\]]/.test(op) || kv.keyQuote === '';
    }
    case 'element': {
      // `<password>v</password>`, `<string name="api_key">v</string>`, `<entry key="password">v</entry>`; the
      // element must close right after the value (a regex's `(?<secret>…)` group is no element).
      if (!text.startsWith('</', end)) return false;
      return kv.keyQuote === '' ? text.charAt(kv.keyStart - 1) === '<' && text.charAt(kv.keyStart - 2) !== '?' : /\b(?:name|key|id)=$/.test(beforeKey);
    }
    case 'value-attribute':
      // A CPE export (`<DM name="Pass" val="…"/>`) stores its own admin login as a SHA-256 digest: only a Wi-Fi key is hex there.
      if (/^val\s*=/i.test(kv.separator.trim()) && /"[0-9a-fA-F]{32,128}$/.test(text.slice(Math.max(0, end - 130), end)) && !/psk|passphrase|presharedkey|wpakey/i.test(kv.key)) return false;
      return kv.keyQuote !== '' && /\b(?:name|key|id|Name|Key|ID)\s*=\s*$/.test(beforeKey) && quoted;
    case 'space': {
      if (/^[iI][dD][eE][nN][tT]/.test(kv.key)) return kv.quote === "'" || kv.quote === '"' || unquotedSqlPassword(text, kv.keyStart, kv.keyStart + kv.key.length, end);
      // SQL `PASSWORD 'v'` / `WITH PASSWORD 'v'`.
      if (quoted && /^PASSWORD$/i.test(kv.key) && kv.quote === "'") return true;
      // C `#define WIFI_PASS "v"`, Elixir/Ruby module attributes `@api_key "v"`, Clojure/EDN keywords `:password "v"`.
      if ((kv.quote === '"' || kv.quote === "'") && !kv.keyQuote && (C_DEFINE_BEFORE.test(beforeKey) || /(?:^|\n)[ \t]{0,40}@$|[\s{(]:$/.test(beforeKey))) return true;
      // Lisp definitions: Clojure `(def api-key "v")`, Emacs Lisp `(setq gptel-api-key "v")`.
      if (kv.quote === '"' && !kv.keyQuote && /\((?:def|defonce|defvar|defconst|setq|setf)[ \t]{1,4}(?:\^:[\w-]{1,20}[ \t]{1,4})?$/.test(beforeKey)) return true;
      // Command-line flags (`--password v`), kept for scripts until the command-line rules own them.
      const isFlag = /^-/.test(kv.key) || text.charAt(kv.keyStart - 1) === '-';
      if (isFlag) return true;
      // Config lines (`requirepass v`, `ENV DB_PASSWORD v`, `password v` in a conf file): never prose, and never a
      // known command with its first argument (`wpa_passphrase SSID pass`: the command-line rules read those).
      if (isKnownCommand(kv.key.toLowerCase())) return false;
      return kind !== 'prose' && kv.lineLeading && !kv.keyQuote && (kind === 'config' || kind === 'unknown' || quoted);
    }
  }
}

/** The user of an Oracle statement before `IDENTIFIED BY` (`CREATE USER etl IDENTIFIED BY`, a database link's `CONNECT TO u`). */
const SQL_USER_BEFORE = /\b(?:(?:CREATE|ALTER)[ \t]{1,4}USER|CONNECT[ \t]{1,4}TO|GRANT[ \t][\w, \t]{1,80}[ \t]TO)[ \t]{1,4}[\w"'`@%.$#-]{1,80}[ \t]{0,4}(?:\r?\n[ \t]{0,20})?$/i;

/** What may follow an unquoted password in an Oracle statement: its end, or the next clause. */
const SQL_AFTER_PASSWORD = /^(?:[ \t]{0,4}(?:;|\r?\n|$)|[ \t]{1,4}(?:DEFAULT|ACCOUNT|PASSWORD|QUOTA|PROFILE|TEMPORARY|USING|REPLACE|CONTAINER)\b)/i;

/**
 * Oracle's unquoted `IDENTIFIED BY v` (a password is an identifier there): only in a statement that names its user
 * first, ended or followed by its next clause, so prose (`users identified by email`) stays out.
 */
function unquotedSqlPassword(text: string, keyStart: number, keyEnd: number, end: number): boolean {
  // A bind variable or substitution (`:pw`, `&pw`, `$PW`, `@pw`) is no literal.
  if (/^[:$@&]/.test(text.slice(keyEnd, end).trimStart()) || !SQL_USER_BEFORE.test(text.slice(Math.max(0, keyStart - 140), keyStart))) return false;
  return SQL_AFTER_PASSWORD.test(text.slice(end, end + 16));
}

/**
 * `setPassword`, `withPassword`, `builder.password`, `.password` (a builder), `PASSWORD` (SQL `PASSWORD('v')`); never a
 * reading or testing call on a secret's holder (`tokens.parse("…")`, `secret.split(":")`: the argument is input).
 */
function isSetterName(key: string, beforeKey: string): boolean {
  const dot = key.lastIndexOf('.');
  const last = key.slice(dot + 1);
  if (/^(?:set|with|use|put)[A-Z_]/.test(last)) return true;
  // C#/Go PascalCase builders after a dot (MassTransit's `h.Password("v")`, Go's `ssh.Password("v")`) read as camelCase.
  const member = dot >= 0 && /^[A-Z][a-z]+(?:[A-Z][a-z]+){0,3}$/.test(last) ? last.charAt(0).toLowerCase() + last.slice(1) : last;
  return dot >= 0 || /\.$/.test(beforeKey)
    ? // camelCase or snake_case builders (`.apiKey("v")`, Rust's and Python's `.api_key("v")`)
      /^[a-z][A-Za-z]*(?:_[a-z][A-Za-z]*){0,3}$/.test(member) &&
        !/^(?:get|check|verify|validate|hash|encrypt|decrypt|is|has|compare|matches|reset|find|read|load|fetch|lookup|encode|decode|parse|split)/.test(member)
    : /^[A-Z_]+$/.test(last);
}

/** Unquoted values are literals in config formats, prose, notebooks, and inside string literals (connection strings, URLs). */
function unquotedAllowed(kv: KeyedValue, text: string, end: number, kind: FileKind, path: string | undefined): boolean {
  // A Markdown code span holding exactly `KEY: value` in prose is config text, not a string literal.
  if (kind === 'prose' && !kv.keyQuote && text.charAt(kv.keyStart - 1) === '`' && text.charAt(end) === '`') return true;
  // Inside a string literal only `key=value` reads as data (`"host=db password=…"`, `?token=…`) and Spring's
  // `${smtp.password:default}`; `"rule:hex"` does not.
  if (kv.inString) return /=/.test(kv.separator) || (kv.separator === ':' && text.slice(kv.keyStart - 2, kv.keyStart) === '${');
  if (allowsUnquotedValues(path) || kind === 'notebook') return true;
  // A JVM or Gradle property given on a command line (`-Dgpg.passphrase=…`, `-Pandroid.injected.signing.store.password=…`)
  // is data wherever the command line is quoted: a build log, an editor log, a CI transcript.
  if (/=/.test(kv.separator) && /(?:^|[\s"'])-[DP][A-Za-z][\w.-]{0,80}$/.test(text.slice(Math.max(0, kv.keyStart - 84), kv.keyStart + kv.key.length))) return true;
  // A URL's query parameter (`?token=…&`) is data anywhere.
  return /[?&]/.test(text.charAt(kv.keyStart - 1));
}

/** Values made of code, not data: calls, member chains on well-known objects, interpolations, markup. */
function looksLikeCode(value: string, quoted: boolean): boolean {
  if (isGeneratedWithBrackets(value)) return false;
  if (/=>|^\(|\)$|^\[.*\]$|^\{.*\}$/.test(value)) return true;
  if (quoted) return false;
  if (/[[\]]/.test(value)) return true;
  // Unquoted member chains of words (`config.db.password`, `Settings.Default.Pw`) are code; random parts are data.
  if (/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(value) && value.split('.').every((p) => wordCoverage(p) >= 0.6 || p.length <= 3)) return true;
  // Unquoted, `@Value`, `$var` and `config.x` are code; inside quotes they are just characters of the value.
  if (DOLLAR_PASSWORD.test(value)) return false;
  // A PowerShell cmdlet (`$pw = ConvertTo-SecureString 'v' -AsPlainText`): its argument is the value, not its name.
  if (/^(?:Get|Set|New|Read|Import|Export|Invoke|ConvertTo|ConvertFrom|Add|Remove|Select|Test|Out|Write)-[A-Z][A-Za-z]{2,40}$/.test(value)) return true;
  // `@Name` is an annotation, a SQL or Ruby variable (`@pw`, `@p1`, `@cfg.pw`); a word with a longer number or symbols after the `@`
  // is a password that starts with one.
  return /^(?:this|self|req|res|env|config|settings|process|os|new|await|function|lambda|None|nil|null|undefined|true|false|NULL|Nothing)\b|^\$[A-Za-z_]|^@[A-Za-z_]{1,60}\d{0,2}(?:\.[A-Za-z_]\w{0,60}){0,5}(?![^])/.test(
    value,
  );
}

/** A bare `Key` (`"Jwt": { "Key": "…" }`, ASP.NET's JWT settings): its parent says whether it is a secret. */
const BARE_KEY = /^key$/i;
// A parent that is itself a key (`"network_key": { "key": … }`, `link_key`: Zigbee coordinator backups) names it too.
const KEY_PARENT = /jwt|token|signing|hmac|encrypt|cipher|crypto|secret|api|auth|session|cookie|key$/i;

/** A sibling naming where a service lives (`url:`, `"ip":`, `host =`): the key beside it is that service's credential. */
const ADDRESS_SIBLING = /^[ \t]{0,80}(?:- )?["']?(?:url|base_?url|api_?url|href|ip|ip_?address|host|hostname|address|server|endpoint)["']?[ \t]{0,4}[:=]/i;
const ADDRESS_IN_OBJECT = /["']?\b(?:url|base_?url|api_?url|ip|ip_?address|host|hostname|endpoint)["']?[ \t]{0,4}[:=][ \t]{0,4}["']?[\w[]/i;

/**
 * A bare `key` beside the address of what it opens: a dashboard's service widget (`url:` + `key:`), a device list
 * (tinytuya's `"ip"` + `"key"`, a device's local key). Siblings are the lines of the same indentation up to the block's
 * end (YAML, one JSON member a line), or the members of the same one-line object; at most 16 lines each way.
 */
function besideAddress(kv: KeyedValue, text: string): boolean {
  if (kv.lineLeading) {
    const lineStart = text.lastIndexOf('\n', kv.keyStart - 1) + 1;
    const indent = /^[ \t]*(?:- )?/.exec(text.slice(lineStart, kv.keyStart))![0].replace('- ', '  ').length;
    const sameBlock = (line: string): boolean | undefined => {
      if (!line.trim()) return undefined;
      const lead = /^[ \t]*(?:- )?/.exec(line)![0].replace('- ', '  ').length;
      if (lead < indent || /^[ \t]*[}\]]/.test(line)) return false;
      return lead === indent ? ADDRESS_SIBLING.test(line) || undefined : undefined;
    };
    for (const step of [-1, 1]) {
      let at = step < 0 ? lineStart - 1 : text.indexOf('\n', kv.keyStart);
      for (let n = 0; n < 16 && at > 0 && at < text.length; n++) {
        const from = step < 0 ? text.lastIndexOf('\n', at - 1) + 1 : at + 1;
        const to = step < 0 ? at : (text.indexOf('\n', from) + 1 || text.length + 1) - 1;
        const verdict = sameBlock(text.slice(from, Math.min(to, from + 200)));
        if (verdict !== undefined) {
          if (verdict) return true;
          break;
        }
        at = step < 0 ? from - 1 : to;
      }
    }
    return false;
  }
  const open = text.lastIndexOf('{', kv.keyStart);
  const close = text.indexOf('}', kv.keyStart);
  if (open < 0 || close < 0 || kv.keyStart - open > 300 || close - kv.keyStart > 300) return false;
  const object = text.slice(open + 1, close);
  return !/[{\n]/.test(object) && ADDRESS_IN_OBJECT.test(object);
}

/** Names of a map of services, each with its own credentials (`PROVIDERS`, `integrations`, `third_party_apis`). */
const SERVICE_MAP = /^(?:providers?|services?|integrations?|vendors?|partners?|apis?|credentials?|secrets?|keys|webhooks?|clients?|upstreams?)$/i;

/**
 * A random value under a bare `Key` whose parent names a signing, encryption or API key (`Jwt`, `Encryption`, `Api`),
 * or whose grandparent is a map of services (`PROVIDERS = {"mailgun": {"key": …}}`): each service's key.
 */
function parentNamesKey(kv: KeyedValue, text: string, value: string): SecretNameReading | undefined {
  if (!looksRandom(value)) return undefined;
  const [parent, grandparent] = keyPathAt(text, kv.keyStart, kv.key, 2);
  // An array of objects has no parent name (a device list's `[{ "name": …, "ip": …, "key": … }]`).
  if (parent === undefined) return besideAddress(kv, text) ? { kind: 'key', word: 'key' } : undefined;
  if (/public|publishable|browser|client[_-]?side/i.test(parent)) return undefined;
  if (KEY_PARENT.test(parent) || besideAddress(kv, text)) return { kind: 'key', word: 'key' };
  return grandparent !== undefined && SERVICE_MAP.test(nameWords(grandparent).pop() ?? '') ? { kind: 'key', word: 'key' } : undefined;
}

/** What may stand before a member's name on its line: its modifiers and declaration words (`private let`, `static final`). */
const MEMBER_LEAD = /^[ \t]{1,40}(?:(?:p(?:r(?:ivate|otected)|ublic)|internal|fi(?:leprivate|nal)|static|readonly|const|l(?:et|azy)|va[rl])[ \t]{1,4}){0,4}$/;

/**
 * A random value under a bare `key` declared in code directly inside a type named for a signing, encryption or API key
 * (`class Signing:` + `key: str = "…"`, `struct WeatherAPI {` + `private let key = "…"`): that type's key.
 */
function typeNamesKey(kv: KeyedValue, text: string, value: string, kind: FileKind): SecretNameReading | undefined {
  if ((kind !== 'code' && kind !== 'unknown') || !looksRandom(value)) return undefined;
  const lineStart = lineStartNear(text, kv.keyStart, kv.keyStart - 120);
  if (!MEMBER_LEAD.test(text.slice(lineStart, kv.keyStart))) return undefined;
  const type = enclosingTypeName(text, lineStart);
  return type !== undefined && KEY_PARENT.test(type) && !/public|publishable|browser|client/i.test(type) ? { kind: 'key', word: 'key' } : undefined;
}

/** Words naming digests: a map of them (`PersistedQueryHashes = {`, `checksums:`) or a key's namespace (`checksum/secret`). */
const DIGEST_WORD = /^(?:hash|hashes|digest|digests|checksum|checksums|integrity|fingerprint|fingerprints|etag|etags|sha|md|sri)$/;
/** A digest's shape: hex of 32+ digits, an SRI or `algo:` hex, or base64 of 22+ characters. */
const DIGEST_VALUE = /^(?:(?:sha(?:1|256|384|512)|md5)[-:])?(?:[0-9a-fA-F]{32,128}|[A-Za-z0-9+/_-]{22,88}={0,2})$/;

/**
 * The value sits where a digest goes: the key is namespaced by a digest word (Helm's `checksum/secret` annotation
 * is the digest of the Secret's manifest), or an enclosing map is named for digests (`PersistedQueryHashes = {
 * CreateApiKey: '<sha256>' }`: operation names keyed to their hashes). Only for values shaped like a digest.
 */
function inDigestPlace(kv: KeyedValue, text: string, value: string, path?: string): boolean {
  if (!DIGEST_VALUE.test(value)) return false;
  if (inHashedUserStore(kv, text, value, path)) return true;
  const lastWord = (name: string) => nameWords(name).pop() ?? '';
  const namespace = /([A-Za-z][\w-]{0,40})\/$/.exec(text.slice(Math.max(0, kv.keyStart - 42), kv.keyStart))?.[1];
  if (namespace !== undefined && DIGEST_WORD.test(lastWord(namespace))) return true;
  // A section named for one digest (`[device_fingerprint]`) holds its vendor's settings too: a key naming a secret or
  // password there (`vendor_secret`) holds one, unless the value is hex, a digest's own shape. A map of digests
  // (`hashes:`, `checksums:`) is named in the plural.
  const ownSecret = /(?:^|[_.-])(?:secret|password|passwd)$/i.test(kv.key) && !/^[0-9a-fA-F]{32,128}$/.test(value);
  return keyPathAt(text, kv.keyStart, kv.key, 2).some((parent) => DIGEST_WORD.test(lastWord(parent)) && !(ownSecret && !/s$/.test(lastWord(parent))));
}

/** ASP.NET forms credentials that declare their passwords hashed (`<credentials passwordFormat="SHA1">`). */
const HASHED_FORMS_CREDENTIALS = /<credentials\b[^>]{0,200}\bpasswordFormat[ \t]{0,2}=[ \t]{0,2}["'](?:SHA1|MD5|SHA256|SHA384|SHA512)["'][^<]{0,40}>/i;

/**
 * A hex digest as a user's `password` in a user store that holds hashes: the users of ASP.NET forms `<credentials
 * passwordFormat="SHA1">`, and Tomcat's tomcat-users.xml (its realm's CredentialHandler checks `digest.sh` output).
 */
function inHashedUserStore(kv: KeyedValue, text: string, value: string, path?: string): boolean {
  if (!/^(?:[0-9a-fA-F]{32}|[0-9a-fA-F]{40}|[0-9a-fA-F]{64}|[0-9a-fA-F]{128})$/.test(value) || !/^password$/i.test(kv.key)) return false;
  if (/(?:^|[\\/])tomcat-users[^\\/]*\.xml$/i.test(path ?? '')) return true;
  const before = text.slice(Math.max(0, kv.keyStart - 1500), kv.keyStart);
  const open = before.lastIndexOf('<credentials');
  return open >= 0 && !before.includes('</credentials>', open) && HASHED_FORMS_CREDENTIALS.test(before.slice(open));
}

/** A sibling that holds a stored hash: a digest under `value`, `password` or a hash's name, or the hash's iteration count. */
const HASH_SIBLING =
  /\b(?:value|password|passwd|\w*[hH]ash\w*|\w*[dD]igest)\\?["'`]?[ \t]{0,3}[:=][ \t]{0,3}\\?["'`]?(?:[0-9a-fA-F]{40,}|[A-Za-z0-9+/]{40,}={0,2})|[iI]terations\\?["'`]?[ \t]{0,3}[:=][ \t]{0,3}\d/;

/**
 * A salt stored beside its hash (a user record, a Keycloak credential's `{"value":…,"salt":…}`, Grafana's users
 * table): it is public with the hash. A salt alone (`AUTH_SALT`, a pepper) stays a secret.
 */
function saltBesideHash(kv: KeyedValue, text: string, end: number): boolean {
  const before = text.slice(Math.max(0, kv.keyStart - 240), kv.keyStart);
  const after = text.slice(end, end + 240);
  return HASH_SIBLING.test(before) || HASH_SIBLING.test(after);
}

/**
 * Plug's and Phoenix's `signing_salt` / `encryption_salt` (endpoint, session and LiveView options): salts the
 * framework mixes with `secret_key_base` to derive its keys, generated into every project's committed config and
 * public by design; `secret_key_base` is the secret.
 */
const plugSalt = (key: string) => /(?:^|[._:])(?:signing|encryption)_salt$/.test(key);

/**
 * A key inside an `example:` / `examples:` block (OpenAPI and JSON Schema examples, `x-example`, a `sample:`
 * payload): a documented example of the shape, as in `*.examples.json`.
 */
function inExample(kv: KeyedValue, text: string): boolean {
  return keyPathAt(text, kv.keyStart, kv.key, 4).some((parent) => /^(?:x-)?(?:examples?|samples?)$/i.test(parent));
}

/**
 * A YAML key namespaced by colons, the whole key starting its line and `: ` after it: Puppet Hiera's class parameters
 * (`mysql::server::root_password: 'v'`) and Pulumi stack config (`  acme:dbPassword: v`). An ARN or a colon chain
 * inside a value (`arn:aws:…:secret:name`) neither starts a line nor has a blank after its last colon.
 */
function namespacedYamlKey(text: string, kv: KeyedValue): boolean {
  if (!/^:[ \t]/.test(kv.separator)) return false;
  const lineStart = text.lastIndexOf('\n', kv.keyStart - 1) + 1;
  return /^[ \t]{0,16}(?:[A-Za-z_][\w-]{0,60}::?){1,6}$/.test(text.slice(lineStart, kv.keyStart));
}

/** What the name says, with SQL's `IDENTIFIED BY` read as a password and escape letters dropped (`\nnextToken`). */
function nameReading(kv: KeyedValue, text: string): SecretNameReading | undefined {
  if (/^[iI][dD][eE][nN][tT]/.test(kv.key)) return { kind: 'password', word: 'identified' };
  const afterEscape = text.charAt(kv.keyStart - 1) === '\\' && /^[ntr][A-Za-z]/.test(kv.key) ? kv.key.slice(1) : kv.key;
  // A dotted key is a path (`spring.datasource.password`, `process.env.DB_PW`, `app.api.key`): its last two parts
  // are the name (`pw2.cwd.resolve` is a call on something else).
  return readSecretName(lastParts(withoutControlProperty(afterEscape)));
}

/** A form control's text (`txtPass.Text == "…"`, `pwdInput.value === "…"`): the control's name is the name. */
function withoutControlProperty(key: string): string {
  return key.replace(/\.(?:Text|text|Value|value)$/, '');
}

/** A dotted key's last two parts (`spring.datasource.password` → datasource.password). */
function lastParts(key: string): string {
  if (key.indexOf('.') < 0) return key;
  const parts = key.split('.').filter(Boolean);
  return parts.length > 2 ? parts.slice(-2).join('.') : key;
}

/** `key = value` alone on a line of config text inside a multi-line string literal of code (embeddedConfig.ts). */
function embeddedConfigLine(ctx: MatchContext): boolean {
  if (!/^[ \t]*(?:\r?\n|$)/.test(ctx.text.slice(ctx.end, ctx.end + 8))) return false;
  const keyStart = ctx.keyName ? ctx.text.lastIndexOf(ctx.keyName, ctx.start) : -1;
  const lineStart = keyStart >= 0 ? keyBeginsLine(ctx.text, keyStart) : undefined;
  return lineStart !== undefined && inEmbeddedConfig(ctx.text, lineStart);
}

/** A "type" after the key's colon that is a random run (16+ characters, three digits or more), then `=`: a value. */
const ANNOTATION_IS_VALUE = /^[ \t]{0,4}:[ \t]{0,4}(?=[A-Za-z0-9_]{0,60}[0-9][A-Za-z_]{0,60}[0-9][A-Za-z_]{0,60}[0-9])[A-Za-z0-9_]{16,}[ \t]{0,4}=/;

/** A URL written defanged (`hxxp://`, `[.]`, `[:]//`) that runs on to the value. */
const DEFANGED_URL_BEFORE = /(?:\bhxxps?|\[:\])[^\s"'<>]*$|\bhttps?:\/\/[^\s"'<>]*\[\.\][^\s"'<>]*$/i;

export function validateSecretAssignment(value: string, ctx: MatchContext): boolean {
  if (!ctx.keyName || value.length < 4) return false;
  // A value of one to three characters and a remark in full-width brackets (`パスワード: x（プール側は使わない）`):
  // a stand-in the note says is unused, not a secret (rw-dev24's mining notes).
  if (/^[^\s（]{1,3}（[^（）]{1,60}）$/u.test(value)) return false;
  // The name first (cached): most candidates near a keyword name no secret at all (`tokenize`, `passed`).
  const bareKey = BARE_KEY.test(ctx.keyName) && value.length >= 16;
  if (
    !bareKey &&
    !/^[iI][dD][eE][nN][tT]/.test(ctx.keyName) &&
    !readSecretName(lastParts(ctx.keyName.replace(/^[ntr](?=[a-z]{0,40}[A-Z])/, ''))) &&
    !readSecretName(lastParts(withoutControlProperty(ctx.keyName)))
  )
    return false;
  const kind = fileKind(ctx.path);
  if (kind === 'lockfile' || isApiExamples(ctx.path) || isQuotedPrintableFragment(value, ctx.text, ctx.path)) return false;
  // A parameter of a defanged URL (`hxxps://evil[.]top/?token=…`): an indicator quoted for analysis, the attacker's value.
  if (DEFANGED_URL_BEFORE.test(ctx.text.slice(lineStartNear(ctx.text, ctx.start, ctx.start - 300), ctx.start))) return false;
  if (digestDeclaredAfter(ctx.text, ctx.end) || saltedHashElement(value, ctx.text, ctx.start) || encryptedFlagAfter(ctx.text, ctx.end)) return false;
  // Cheap before the grammar: in code an unquoted value after a blank (`token = next()`) is never data; data in
  // a string or a query is glued to its `=` (`password=…`).
  const before = ctx.text.charAt(ctx.start - 1);
  // Asked only where the answer matters (it walks back over lines): config text in a multi-line literal.
  let embedded: boolean | undefined;
  const inEmbedded = () => (embedded ??= (kind === 'code' || kind === 'test') && embeddedConfigLine(ctx));
  // SQL's `IDENTIFIED BY v` is the exception (syntaxAccepts reads it).
  if ((before === ' ' || before === '\t') && (kind === 'code' || kind === 'test' || kind === 'minified') && !/^[iI][dD][eE][nN][tT]/.test(ctx.keyName) && !inEmbedded()) return false;
  const kv = readKeyed(ctx.text, ctx.keyName, ctx.start, ctx.end);
  if (!kv) return false;
  // `Secret:<random run>= Next:v` (a Go struct printed with %+v whose value ends in base64 padding): the run read as a
  // type annotation (`name: Type = v`) is the key's value, and what follows belongs to the next field.
  if (ANNOTATION_IS_VALUE.test(ctx.text.slice(kv.keyStart + ctx.keyName.length, ctx.start))) return false;
  // `user, pw = "u", "p"`: in a list of names given a list of literals, the first literal is the first name's
  // (generic-tuple-assignment pairs them by position).
  if (
    kv.syntax === 'assignment' &&
    !kv.keyQuote &&
    /^[ \t]{0,2},[ \t]{0,2}["']/.test(ctx.text.slice(ctx.end + 1, ctx.end + 8)) &&
    TUPLE_NAMES_BEFORE.test(ctx.text.slice(Math.max(0, kv.keyStart - 160), kv.keyStart))
  )
    return false;
  // `arn:…:secret:name` and a URL whose user is `pass`: a colon chain or a URL user, not a key. A quoted path
  // (`"Smtp:Password": "v"`, .NET configuration keys) is a key.
  const beforeKey = ctx.text.charAt(kv.keyStart - 1);
  if ((beforeKey === ':' && kv.separator.trim() === ':' && kv.keyQuote === '' && !namespacedYamlKey(ctx.text, kv)) || (beforeKey === '/' && ctx.text.charAt(kv.keyStart - 2) === '/')) return false;
  // A random-looking key is part of a value (a base64 run that happens to contain `Pw`), not a name.
  if (kv.key.length >= 12 && /\d/.test(kv.key) && /[A-Z]/.test(kv.key) && /[a-z]/.test(kv.key) && looksRandom(kv.key.replace(/[._-]/g, ''))) return false;
  // `${NAME:?message}` and `${NAME?message}` (shell, compose): the error printed when NAME is unset, not a default.
  const afterKey = kv.keyStart + kv.key.length;
  if (ctx.text.startsWith('${', kv.keyStart - 2) && /^:?\?/.test(ctx.text.slice(afterKey, afterKey + 2))) return false;
  if (isTestResultPass(ctx.text, kv.key, kv.keyStart, ctx.end)) return false;
  // `Hasło FTP: same as the panel`: a word ending in a colon after the name is the rest of the name (a label), and
  // what the label gives comes after it.
  if (kv.syntax === 'space' && /[:：]$/.test(value) && /^(?:[ \t]|\r?\n|$)/.test(ctx.text.slice(ctx.end, ctx.end + 2))) return false;
  // `Hasło trzeba zmienić przy pierwszym logowaniu.` (a mail's sentence opening with the name): a small word with more
  // words after it is the sentence's verb, not a config line's value.
  if (
    kv.syntax === 'space' &&
    kv.quote === '' &&
    kind !== 'config' &&
    !/^identified/i.test(kv.key) &&
    /^\p{Ll}{2,}$/u.test(value) &&
    /^[ \t]{1,3}\p{Ll}{2,}[ \t]{1,3}\p{Ll}{2,}/u.test(ctx.text.slice(ctx.end, ctx.end + 60))
  )
    return false;
  // RouterOS `/user add … password=` left empty and followed by the next attribute (`comment=…`): no value at all.
  if (kv.quote === '' && /^[a-z][\w-]{0,30}=$/.test(value) && /[ \t]$/.test(kv.separator) && /^["']/.test(ctx.text.charAt(ctx.end))) return false;
  // `--password --verbose`: after a flag, a value starting with a dash is the next option.
  if (kv.syntax === 'space' && value.startsWith('-')) return false;
  // `aws apigateway get-api-key --api-key ID` (and update-/delete-api-key, create-usage-plan-key): API Gateway's
  // `--api-key` names a key by its id; the key's value is another field.
  if (kv.syntax === 'space' && /api-key$/i.test(kv.key) && /\baws[ \t]{1,4}apigateway[ \t][^\n]{0,300}$/.test(ctx.text.slice(Math.max(0, kv.keyStart - 300), kv.keyStart))) return false;
  // Values padded into a column (`APIKey:     "v"`) are gofmt's and hand-aligned config's; in logs and output
  // such a column is a report's (logOutput.ts reads those).
  if (/[:=>,][ \t]{5,16}$/.test(kv.separator) && kind !== 'code' && kind !== 'test' && kind !== 'config') return false;
  const reading = nameReading(kv, ctx.text) ?? (bareKey ? (parentNamesKey(kv, ctx.text, value) ?? typeNamesKey(kv, ctx.text, value, kind)) : undefined);
  if (!reading) return false;
  // Documented examples and templates (`.env.example`, API example payloads): no human passwords there.
  if (kind === 'example' && reading.kind === 'password') return false;
  // A sentence of a policy giving a bad password as its example (`Example of a bad password: …`, `Пример плохого
  // пароля: …`): what not to choose, not a credential.
  if (kind === 'prose' && BAD_PASSWORD_EXAMPLE.test(ctx.text.slice(lineStartNear(ctx.text, kv.keyStart, kv.keyStart - 200), kv.keyStart + kv.key.length))) return false;
  // Inside a template expression (`'{{ lookup("hashi_vault", "secret=<path>") }}'`): a lookup's terms, code.
  if (insideTemplateExpression(ctx.text, kv.keyStart)) return false;
  // In prose, a pair given as an example (`… test fixtures (e.g. "password": "…")`): the shape shown, not a credential.
  if (kind === 'prose' && EXAMPLE_BEFORE.test(ctx.text.slice(Math.max(0, kv.keyStart - 24), kv.keyStart))) return false;
  if (!syntaxAccepts(kv, ctx.text, ctx.end, kind, ctx.path) && !(kv.syntax === 'assignment' && inEmbedded())) return false;
  const quoted = valueIsQuoted(kv);
  // `login / pass : user / password` in notes: the value after the name is the user of a pair.
  if (/\/\s{0,2}$/.test(ctx.text.slice(Math.max(0, kv.keyStart - 4), kv.keyStart)) && /^\s{0,2}\/\s/.test(ctx.text.slice(ctx.end, ctx.end + 4))) return false;
  // In prose an unquoted word followed by more words is a sentence (`Contraseña: mínimo 14 caracteres`).
  if (!quoted && kind === 'prose' && /^\p{L}+$/u.test(value) && /^[ \t]{1,3}[\p{L}\d]/u.test(ctx.text.slice(ctx.end, ctx.end + 4))) return false;
  // An unquoted value followed by a call or an index is code (`Bcrypt.hash(…)`, `Configuration["…"]`).
  // In config files a dotted run of lower-case words under a password's name is a passphrase (`igloo.glacier.bramble`),
  // its first word maybe capitalised (`Igloo.glacier.bramble`); a path to a setting names a secret (`Config.db.password`).
  // An environment dump in a log (`SMTP_PASS=…`, `2026-…Z DEPLOY_KEY_PASSPHRASE=…`) prints data the same way.
  const dottedPassphrase =
    reading.kind === 'password' &&
    ((kind === 'config' && (isDottedWordPassphrase(value) || isDottedConfigPassword(value, ctx.path))) ||
      (!quoted && (kind === 'prose' || kind === 'unknown') && isDottedWordPassphrase(value) && isEnvDumpLine(ctx.text, kv.keyStart, kv.key)));
  if ((looksLikeCode(value, quoted) && !dottedPassphrase) || (!quoted && /^[([]/.test(ctx.text.charAt(ctx.end)))) return false;
  // Tests and minified bundles are full of short dummies and generated names: ask for more there.
  const strict = kind === 'test' || kind === 'minified' || kind === 'example';
  const verdict =
    reading.kind === 'password'
      ? passwordVerdict(value, kv.key, { strict, quote: kv.quote, test: kind === 'test', compoundWords: compoundWordsAllowed(kv, kind, ctx.text) })
      : tokenVerdict(value, kv.key, reading.kind, { strict: strict || kind === 'prose', quote: kv.quote, weak: reading.weak === true, test: kind === 'test', config: kind === 'config' });
  // A single word in an SQL statement's password clause (code and config, not tests, docs or bundles) is the password set.
  const sqlWord =
    verdict === 'a word or identifier' && reading.kind === 'password' && (kind === 'code' || kind === 'config' || kind === 'unknown') && sqlPasswordPlace(kv, ctx.text) && isChosenWordPassword(value);
  // So is one assigned with `=` to a variable or constant of the password's own name in code (`OTA_PASSWORD = "…"`,
  // `#define WIFI_PASS "…"`, `Const FtpPasswort As String = "…"`), a Perl hash's bare key (`password => '…'`) or a
  // Gradle signing config's call (`keyPassword "…"`); an object's `password: "…"` is as often a schema's or a form's
  // setting (`"string"`, `"visible"`), and tests keep their dummies.
  const codeWord =
    verdict === 'a word or identifier' &&
    reading.kind === 'password' &&
    kind === 'code' &&
    (kv.quote === '"' || kv.quote === "'") &&
    !kv.keyQuote &&
    (CODE_WORD_SEPARATOR.test(kv.separator) ||
      (kv.syntax === 'space' && (C_DEFINE_BEFORE.test(ctx.text.slice(Math.max(0, kv.keyStart - 16), kv.keyStart)) || (kv.lineLeading && /\.gradle$/i.test(ctx.path ?? ''))))) &&
    (PASSWORD_OWN_NAME.test(kv.key) || PASSWORD_OWN_NAME_INTL.test(kv.key)) &&
    !FIELD_SETTING_WORD.test(value) &&
    isChosenWordPassword(value);
  if ((verdict !== undefined && !sqlWord && !codeWord) || inDigestPlace(kv, ctx.text, value, ctx.path) || inExample(kv, ctx.text)) return false;
  if ((reading.word === 'salt' && (saltBesideHash(kv, ctx.text, ctx.end) || plugSalt(kv.key))) || lineSaysNotSecret(ctx.text, ctx.start, ctx.end)) return false;
  if (reading.kind === 'password' && isMacAuthBypass(value, ctx.text, ctx.start)) return false;
  if (reading.kind === 'key' && (isSearchOnlyApiKey(ctx) || isNotifierPayloadKey(ctx))) return false;
  // A Shopify app's API key (its client id) and an order payload's cart and checkout tokens: identifiers by design.
  if (reading.kind !== 'password' && isShopifyPublicId(ctx, kv.key, value)) return false;
  // A provider's published sandbox login, so marked by the comment above it.
  if (isDocumentedSandboxLogin(ctx.text, kv.key, kv.keyStart)) return false;
  // A key or token its line calls public (`WRITE_KEY = "…"  # public, in the web snippet`): the writer's word.
  if (reading.kind !== 'password' && remarkCallsValuePublic(ctx.text, ctx.end, ctx.start)) return false;
  // A device's push registration (`APNs device token: …` in a console log): an address, not a credential.
  if (reading.kind === 'token' && pushTokenBefore(ctx.text, ctx.start)) return false;
  // A camelCase noun + `Key` that is no kind of credential holding a UUID (`environmentKey`, `mobileKey`, `projectKey`,
  // maybe with a short prefix: `env-<uuid>`): an id a client SDK sends in the clear.
  if (reading.kind === 'key' && reading.weak === true && /[a-z]Key$/.test(kv.key) && CAMEL_KEY_UUID.test(value)) return false;
  // Pusher's app key and Vonage's api key are identifiers beside the provider's secret.
  if (reading.kind === 'key' && isPublicProviderKey(value, kv.key, kv.keyStart, ctx.text)) return false;
  // Midtrans's client key, Shopify's Storefront token: made for the browser.
  if (reading.kind !== 'password' && isPublicClientKey(value, kv.key)) return false;
  // OAuth 1's consumer key beside its consumer secret names the consumer (the secret is the credential).
  if (reading.kind === 'key' && (isConsumerKeyBesideSecret(kv.key, kv.keyStart, ctx.text) || isApplicationKeyBesideSecret(value, kv.key, kv.keyStart, ctx.text))) return false;
  // A provider's key beside its secret named alike (`MAGNITE_KEY` / `MAGNITE_SECRET`, `api_key` / `api_secret`): the identifier.
  if (reading.kind === 'key' && isKeyBesideSameNamedSecret(kv.key, kv.keyStart, ctx.text)) return false;
  // git's `user.signingkey` and Gradle's `signing.keyId` name a public key by its id or fingerprint (hex).
  // A quoted lower-case hex value under a camelCase `signingKey` in code is an HMAC key (`val signingKey = "…"`):
  // git writes key ids in upper case and unquoted.
  // So is one under a PascalCase `SigningKey` (.NET's `Jwt:SigningKey` in appsettings.json): git never spells it so.
  const codeSigningKey = quoted && /^[0-9a-f]{40}$/.test(value) && (((kind === 'code' || kind === 'test') && /^signingKey$/.test(kv.key)) || /^SigningKey$/.test(kv.key));
  if ((/^(?:user\.)?signingkey$/i.test(kv.key) || /signing[_.-]?key[_.-]?id$/i.test(kv.key)) && /^(?:0x)?(?:[0-9A-F]{8}|[0-9A-F]{16}|[0-9A-F]{40})$/i.test(value) && !codeSigningKey) return false;
  if (shortenedRunnerToken(kv.key, value, ctx.text, ctx.start, ctx.end)) return false;
  if (isDecodedTestVector(ctx.text, ctx.start, ctx.path)) return false;
  // A token in an image URL's query (`badge.svg?token=…`) is a public embed token.
  if (/[?&]/.test(ctx.text.charAt(kv.keyStart - 1)) && /\.(?:svg|png|gif|jpe?g)\?[^\s"'?]*$/i.test(ctx.text.slice(Math.max(0, ctx.start - 300), kv.keyStart))) return false;
  return true;
}

/** GitLab Runner's logfmt fields around a job's token: its job id, the coordinator's response, the runner. */
const RUNNER_LOG_FIELDS = /\b(?:responseStatus|job|runner|job-status|correlation_id)=\S/;

/**
 * GitLab Runner logs a job's token shortened to its first 8 characters (`Uploading artifacts… id=123 responseStatus=201
 * Created token=ab12cd34`): too short to use, and the same fields name the job it belongs to.
 */
function shortenedRunnerToken(key: string, value: string, text: string, start: number, end: number): boolean {
  if (!/^token$/i.test(key) || !/^[A-Za-z0-9_-]{8}$/.test(value) || text.charAt(start - 1) !== '=' || /^[^\s]/.test(text.charAt(end) || ' ')) return false;
  // At most 400 characters either side, never past the line: a minified line is read no further.
  const before = text.slice(Math.max(0, start - 400), start);
  const after = text.slice(end, end + 400);
  return RUNNER_LOG_FIELDS.test(before.slice(before.lastIndexOf('\n') + 1)) || RUNNER_LOG_FIELDS.test(after.slice(0, after.indexOf('\n') < 0 ? after.length : after.indexOf('\n')));
}

/**
 * Whether `at` sits in a string inside a `{{ … }}` or `{% … %}` expression opened earlier on its line (Jinja, Go
 * templates, Helm): a lookup's terms (`lookup("hashi_vault", "secret=<path>")`). A default given to a name
 * there (`${{ secrets.PW || 'v' }}`) is a literal, and its name is outside any string.
 */
function insideTemplateExpression(text: string, at: number): boolean {
  // At most 300 characters back, and never past the line's start: a search for the line's start alone would read a
  // whole minified line on every call.
  const window = text.slice(Math.max(0, at - 300), at);
  const before = window.slice(window.lastIndexOf('\n') + 1);
  const open = Math.max(before.lastIndexOf('{{'), before.lastIndexOf('{%'));
  if (open < 0) return false;
  const inside = before.slice(open);
  if (/\}\}|%\}/.test(inside)) return false;
  return (inside.split('"').length - 1) % 2 === 1 || (inside.split("'").length - 1) % 2 === 1;
}

/** Words that give what follows as an example, right before a key (`e.g. "password": …`, `z. B. password=…`). */
const EXAMPLE_BEFORE = /(?:\be\.g\.|\bi\.e\.|\bfor (?:example|instance)|\bsuch as|\bz\.[ \t]?B\.|\bpar exemple|\bpor ejemplo)[,:]?[ \t]{0,3}[("'`]{0,2}$/i;

/** A whole `key value` line of a space-separated config file: the key, blanks, one bare word, the line's end. */
const SPACE_KEY_LINE = /^[\w.-]{1,40}[ \t]{1,12}[A-Za-z]{4,60}[ \t]*(?:\r?\n|$)/;

/** The same with the value in double quotes (Valve's server.cfg `sv_password "v"`, `rcon_password "v"`): one quoted word, then a `//` remark at most. */
const QUOTED_SPACE_KEY_LINE = /^[\w.-]{1,40}[ \t]{1,12}"[A-Za-z]{4,60}"[ \t]*(?:\/\/[^\n]{0,200})?(?:\r?\n|$)/;

/** Words that describe a password field rather than fill it (`"visible"`, `"strong"`, `"current"`, `"argon"`). */
const FIELD_SETTING_WORD =
  /^(?:private|protected|public|internal|excluded?|included?|ignored?|lower(?:case)?|upper(?:case)?|strong|medium|weak|current|confirm(?:ed)?|(?:in)?visible|present|absent|pbkdf|argon|scrypt|bcrypt|plain(?:text)?|clear(?:text)?|random|generated|manual|inherit(?:ed)?|never|always|unset|blank|masked|encrypted|redacted|sensitive|nullable|mandatory|enabled?|disabled?|allowed|denied|string|number|boolean|integer|object|array|varchar|field|input|label|reset|expired|invalid|match(?:es)?|mismatch|length|policy|format|pattern|hashed|salted|remote|basic|digest|bearer|session|cookie|header|query|param|prompt)$/i;

/** A C preprocessor definition right before the key (`#define NAME` and its quoted value; NSIS writes `!define NAME`). */
const C_DEFINE_BEFORE = /[#!][ \t]{0,4}define[ \t]{1,4}$/;

/** What comes before SQL's `PASSWORD 'v'`: `WITH [ENCRYPTED]`, or the role or user it belongs to. */
const SQL_PASSWORD_CLAUSE = /(?:\bWITH(?:[ \t]{1,4}[A-Z]{1,12}){0,4}|\b(?:ROLE|USER)[ \t]{1,4}[\w"'`.@%-]{1,64}(?:[ \t]{1,4}[A-Z]{1,12}){0,3})[ \t]{1,4}$/i;

/** T-SQL's system procedures taking a login's password as a named parameter (`EXEC sp_addlinkedsrvlogin … @rmtpassword = N'v'`). */
const TSQL_PROCEDURE_BEFORE = /\bEXEC(?:UTE)?[ \t]{1,4}(?:\w{1,40}\.){0,2}sp_\w{1,40}\b[^;\n]{0,400}$/i;

/**
 * An SQL statement's password and nothing else: `IDENTIFIED BY v` (quoted, or bare as Oracle takes it), `CREATE ROLE r
 * LOGIN PASSWORD 'v'`, `WITH PASSWORD 'v'`, a system procedure's `@password = N'v'`. There a single word is a password
 * somebody set.
 */
function sqlPasswordPlace(kv: KeyedValue, text: string): boolean {
  if (/^identified/i.test(kv.key)) return kv.syntax === 'space';
  if (kv.syntax === 'space' && kv.quote === "'" && /^password$/i.test(kv.key)) return SQL_PASSWORD_CLAUSE.test(text.slice(Math.max(0, kv.keyStart - 120), kv.keyStart));
  return (
    kv.quote === "'" &&
    /^@?\w{0,20}password$/i.test(kv.key) &&
    text.charAt(kv.keyStart - 1) !== '.' &&
    (kv.key.startsWith('@') || text.charAt(kv.keyStart - 1) === '@') &&
    TSQL_PROCEDURE_BEFORE.test(text.slice(Math.max(0, kv.keyStart - 420), kv.keyStart))
  );
}

/**
 * Words run together count as a password only as data under the password's own name: a quoted value assigned
 * to a key that ends in `password`/`passwd`/`pwd` (JSON, PHP arrays, dict literals, config files), outside tests
 * and templates.
 */
function compoundWordsAllowed(kv: KeyedValue, kind: FileKind, text: string): boolean {
  if (kind === 'test' || kind === 'minified' || kind === 'example') return false;
  // SQL's password clauses hold the password and nothing else, in any file: `IDENTIFIED BY 'v'`, `ALTER ROLE r WITH
  // PASSWORD 'v'`, `CREATE USER u PASSWORD 'v'`.
  // Oracle takes the password bare too (`ALTER USER u IDENTIFIED BY` and words run together, unquoted).
  if (kv.syntax === 'space' && kv.quote === '' && /^identified/i.test(kv.key))
    return /^[ \t]*(?:;|\r?\n|$|[ \t](?:DEFAULT|TEMPORARY|QUOTA|PROFILE|ACCOUNT|PASSWORD|REPLACE|CONTAINER)\b)/i.test(text.slice(kv.keyStart, kv.keyStart + 300).replace(/^[^\s]+(?:[ \t]{1,4}[^\s]+){2}/, ''));
  if (kv.syntax === 'space' && kv.quote === "'") return /^identified/i.test(kv.key) || (/^password$/i.test(kv.key) && SQL_PASSWORD_CLAUSE.test(text.slice(Math.max(0, kv.keyStart - 120), kv.keyStart)));
  // In prose only a quoted key (`'password': 'v'` of a dict or JSON printed in a log or a ticket) is data.
  if (kind === 'prose' && kv.keyQuote === '') return false;
  if (!PASSWORD_OWN_NAME.test(kv.key)) return false;
  // A C `#define NAME "v"` line and the quoted default or argument of the password's own name (`env('DB_PASSWORD',
  // 'v')`, `os.environ.setdefault("DB_PASSWORD", "v")`, `${DB_PASSWORD:-v}`) hold data as an assignment does.
  // Space-separated config files (slapd.conf `rootpw v`, nslcd.conf `bindpw v`, msmtprc `password v`) hold the
  // value as data when the key leads its line and the value ends it.
  if (kv.syntax === 'space')
    return (
      (kv.quote !== '' && C_DEFINE_BEFORE.test(text.slice(Math.max(0, kv.keyStart - 16), kv.keyStart))) ||
      (kind === 'config' && kv.lineLeading && (kv.quote === '' ? SPACE_KEY_LINE : QUOTED_SPACE_KEY_LINE).test(text.slice(kv.keyStart, kv.keyStart + 240)))
    );
  // A password setter's quoted argument (`$transport->setPassword('v')`, `.withPassword("v")`), in code or in the
  // stack frame a log prints of the call.
  if (kv.syntax === 'argument' || kv.syntax === 'default' || kv.syntax === 'setter') return kv.quote !== '' && kind !== 'prose';
  if (kv.syntax !== 'assignment' && kv.syntax !== 'element') return false;
  // A libpq conninfo string (`dblink('host=db dbname=crm user=u password=v')`, `psycopg2.connect("…")`): its
  // `password=` holds the password and nothing else.
  if (kv.quote === '' && /^password$/i.test(kv.key) && LIBPQ_CONNINFO_BEFORE.test(text.slice(Math.max(0, kv.keyStart - 240), kv.keyStart))) return true;
  return kv.quote !== '' || kind === 'config';
}

/** The `key=value` pairs of a libpq conninfo before its `password=`: one of `host`, `hostaddr`, `dbname`, `user` among them. */
const LIBPQ_CONNINFO_BEFORE = /(?:^|[\s'"(])(?:host|hostaddr|dbname|user)=[^\s'"=]{1,100}[ \t]{1,4}(?:[a-z_]{2,30}=[^\s'"=]{1,100}[ \t]{1,4}){0,6}$/;

/**
 * A key that ends in the password's own name: `DB_PASSWORD`, `smtpPasswd`, `ROOT_PW`, `mqtt_pass`, `SshPassphrase`,
 * an acronym's (`mySQLPassword`, `SMTPPassword`), the run-together `rootpw`/`bindpw` of slapd.conf and nss-pam-ldapd, and a Wi-Fi or VPN pre-shared key (`psk`,
 * the passphrase people type on every device), and SSSD's `ldap_default_authtok` (the bind password).
 */
const PASSWORD_OWN_NAME =
  /(?:^|[_.-]|[a-z])(?:password|passwd|pwd|passphrase|Password|PASSWORD|PASSWD|PWD|Passphrase|PASSPHRASE)$|(?:^|[_.-])(?:pass|pw|PASS|PW|psk|PSK|authtok)$|[a-z](?:Pass|Pw|PASS|PW)$|[A-Z](?:Password|Passwd|Passphrase)$|^(?:root|bind)pw$/;

/**
 * The password's own name in the languages code is written in (`FtpPasswort`, `db_senha`, `adminSifre`): the word
 * ends the name and starts it or one of its parts (`resenha`, a review, is not `senha`).
 */
/** `=`, `:=`, Perl's `=>`, maybe after a declared type (VB's `As String =`, Kotlin's and TypeScript's `: String =`). */
const CODE_WORD_SEPARATOR = /^(?:[ \t]{1,4}[aA]s[ \t]{1,4}[A-Za-z_][\w.]{0,30}|[ \t]{0,4}\??:[ \t]{0,4}[A-Za-z_][\w.<>?]{0,30})?[ \t]{0,16}(?::?=|=>)[ \t]{0,16}$/;

const INTL_PASSWORD_WORDS = ['passwort', 'kennwort', 'senha', 'contrasena', 'haslo', 'sifre', 'parola', 'wachtwoord', 'salasana', 'heslo', 'lozinka', 'geslo', 'jelszo', 'passord', 'adgangskode', 'losenord'];
const capitalised = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const PASSWORD_OWN_NAME_INTL = new RegExp(`(?:^|[_.-])(?:${INTL_PASSWORD_WORDS.flatMap((w) => [w, capitalised(w), w.toUpperCase()]).join('|')})$|[a-z](?:${INTL_PASSWORD_WORDS.map(capitalised).join('|')})$`);

/** The name of a database's password (`DB_PASSWORD`, `postgresPass`, `MYSQL_PWD`), whose user and host are parts of it. */
const DATABASE_WORD = '(?:db|database|postgres(?:ql)?|pg|mysql|mariadb|mongo(?:db)?|redis|sql|mssql)';
const DATABASE_PASSWORD_NAME = new RegExp(`${DATABASE_WORD}[_.-]?(?:pass(?:word)?|pwd)`, 'i');

/** `key` followed by an assignment's or a mapping's separator (lower case: the prefilter folds case). */
const CAMEL_KEY_UUID = /^(?:[a-z]{2,8}-)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
const CAMEL_KEY_KEYWORDS = ['key =', 'key=', 'key:', 'key":', "key':", 'key" :', 'key :'];

/**
 * A YAML plain scalar after `key: ` that runs to the line's end (or a ` #` remark) with no blank in it: the whole
 * run is the value, `&`, `(`, `,`, `;` and `|` included (`rootPassword: hdy&oB2…`, `PW: LO%Mx%2(iK…`), which end an
 * unquoted value in other syntaxes (a query's `&`, a call's `(`). Only runs holding such a character: any other run
 * is what valueSource() reads anyway. Not a flow collection, an anchor, a tag or a block scalar at its start, and
 * a comma ending the line is left out: that is JSON's separator (`"passcode": 90252079,` in a Markdown code block).
 */
const YAML_PLAIN_LINE_VALUE = '(?<=[\\w"\'\\]]:[ \\t]{1,16})(?![&!|>{\\[*%@#])(?=[^\\s"\'`\\\\]{0,199}[;,<&(){}|])[^\\s"\'`\\\\]{2,199}[^\\s"\'`\\\\,](?=,?[ \\t]{0,8}(?:\\r?\\n|$)|,?[ \\t]{1,8}#)';

export const secretAssignmentRule: Rule = {
  id: 'generic-secret-assignment',
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  description: 'Hard-coded password or secret assigned to a secret-like name',
  // `jwt`, `encryption`, `signing`, `hmac`: a section whose bare `Key` is a secret (parentNamesKey); `providers`,
  // `integrations`: a map of services whose entries' bare `key`s are theirs.
  // `key` right before its separator: a camelCase name ending in `Key` after any noun (`analyticsKey = "v"`,
  // `kCloudKey = "v"`, `"feedKey": "v"`), which the prefilter (case-folded) cannot tell from `analyticskey`; the
  // name's reading decides (a key after a word that is no kind of credential takes only a strongly random value).
  keywords: [...SECRET_NAME_KEYWORDS, 'identified', 'jwt', 'encryption', 'signing', 'hmac', 'providers', 'integrations', 'vendors', 'partners', ...CAMEL_KEY_KEYWORDS],
  // The match starts at the secret word (the scanner adds the ≤ 40 name characters before it) and the value
  // (≤ 200) follows close by: run only there.
  keywordWindow: { before: 16, after: 340 },
  // A match starts at its secret word, or at `IDENTIFIED`.
  matchStarts: [{ ...SECRET_NAME_STARTS[0]!, words: [...SECRET_NAME_STARTS[0]!.words, 'identified'] }, ...SECRET_NAME_STARTS.slice(1)],
  pattern: new RegExp(keyedPatternSource(`${SECRET_NAME_WORD_SOURCE}|${SQL_IDENTIFIED}`, `${YAML_PLAIN_LINE_VALUE}|${valueSource(3, 200)}`, { first: SECRET_NAME_FIRST_CHAR.replace(']', 'iI]') })),
  appliesToPath: genericRulesApply,
  validate: validateSecretAssignment,
  // The value checks (secretValue.ts) include the placeholder filter, with the quoting in view (`'$Word1'` is a
  // literal in single quotes, a variable elsewhere).
  skipPlaceholderCheck: true,
  envName: 'SECRET',
  severity: 'warning',
  docsUrl: 'https://owasp.org/Top10/A07_2021-Identification_and_Authentication_Failures/',
  revocationUrl: null,
  revocationNote: GENERIC_SECRET_NOTE,
  // An OAuth client secret goes with its client ID; a database password with its user and host.
  parts: [
    namedPart({ id: 'client-id', label: 'client ID', appliesTo: /client[_.-]?secret/i, names: ['client[_-]?id'], value: '[A-Za-z0-9][A-Za-z0-9._@-]{5,120}', envName: 'CLIENT_ID' }),
    namedPart({
      id: 'database-user',
      label: 'database user',
      appliesTo: DATABASE_PASSWORD_NAME,
      names: [`${DATABASE_WORD}[_-]?user(?:[_-]?name)?`],
      value: '[A-Za-z0-9_][A-Za-z0-9._@-]{0,63}',
      envName: 'DB_USER',
    }),
    namedPart({
      id: 'database-host',
      label: 'database host',
      appliesTo: DATABASE_PASSWORD_NAME,
      names: [`${DATABASE_WORD}[_-]?(?:host(?:[_-]?name)?|server)`],
      value: '[A-Za-z0-9][A-Za-z0-9.-]{0,252}',
      envName: 'DB_HOST',
    }),
  ],
  examples: {
    positives: (g) => {
      const human = () => madeUpPassword(g, 4, ['!', '#', '$', ''], ['Summer', 'Winter', 'Autumn', 'Dragon', 'Monkey', 'Sunshine']);
      return [
        `const dbPassword = "${g.s(`${g.alnum(10)}#${g.digits(3)}`)}";`,
        `client_secret: ${g.s(g.alnum(32))}`,
        `SECRET_KEY='${g.s(g.alnum(40))}'`,
        `mytool --password=${g.s(`${g.alnum(12)}!`)}`,
        `<add key="ApiKey" value="${g.s(g.alnum(32))}" />`,
        `<Row No="0"><DM name="Password" val="${g.s(g.alnum(12))}"/></Row>`,
        `raw = "{\\"apiToken\\": \\"${g.s(g.alnum(24))}\\"}"`,
        `password = "${g.s(human())}"`,
        `DB_PASS=${g.s(human())}`,
        `spring.datasource.password=${g.s(human())}`,
        `smtp_pw: ${g.s(human())}`,
        `db_password = os.environ.get("DB_PASSWORD") or "${g.s(human())}"`,
        `const pw = process.env.ADMIN_PW || '${g.s(human())}';`,
        `    POSTGRES_PASSWORD: \${POSTGRES_PASSWORD:-${g.s(human())}}`,
        `CREATE USER app WITH PASSWORD '${g.s(human())}';`,
        `ALTER USER 'app'@'%' IDENTIFIED BY '${g.s(human())}';`,
        // A bare `key` in code directly inside a type named for a signing or API key (rw-dev6, rw-dev9).
        `class Signing:\n    key: str = "${g.s(g.base64(44))}"\n    ttl: int = 300\n`,
        `struct WeatherAPI {\n    private let key = "${g.s(g.hex(32))}"\n}\n`,
        // A single word in an SQL statement's password clause is the password it sets (rw-dev9).
        `CREATE ROLE reporting LOGIN PASSWORD '${g.s(g.pick(['Kolibri', 'Zander', 'Holunder']))}' VALID UNTIL '2026-12-31';`,
        `CREATE USER app_owner IDENTIFIED BY ${g.s(g.pick(['Kolibri', 'Zander', 'Holunder']))} DEFAULT TABLESPACE users;`,
        // Words run together in a libpq conninfo's `password=` (rw-dev11).
        `SELECT * FROM dblink('host=legacy-db dbname=crm user=crm_reader password=${g.s(g.pick(['lanternMeadow', 'marmaladeOtter', 'harborWalrus']))}', 'SELECT 1') AS t(x int);`,
        `EXEC sp_addlinkedsrvlogin @rmtsrvname = N'ORA_LINK', @useself = N'False', @rmtuser = N'LINKUSER', @rmtpassword = N'${g.s(g.pick(['linde', 'zander', 'birke']))}';`,
        `ds.setPassword("${g.s(human())}");`,
        `\t\tssh.Password("${g.s(human())}"),`,
        `\tadminPwd = flag.String("admin-password", "${g.s(human())}", "password for /admin")`,
        // Thunderbird's prefs.js (rw-dev11).
        `user_pref("mail.smtpserver.smtp1.password", "${g.s(human())}");`,
        `            if (txtUser.Text == "librarian" && txtPass.Text == "${g.s(human())}")`,
        `	if creds.Secret != "${g.s(`${g.alnum(12)}-${g.digits(3)}`)}" {`,
        `if (password !== '${g.s(human())}') return res.status(401).end();`,
        `    h.Password("${g.s(`${g.alnum(14)}#${g.digits(2)}`)}");`,
        `<dbPassword>${g.s(human())}</dbPassword>`,
        `<DbPassword>${g.s(human())}</DbPassword>\n<DbPasswordEncrypted>N</DbPasswordEncrypted>`,
        // A section named for a device fingerprint holds the fingerprinting vendor's secret (rw-dev21).
        `[device_fingerprint]\nvendor_site_key = "${g.alnum(40)}"  # public\nvendor_secret = "${g.s(g.alnum(40))}"\n`,
        `define('SMTP_PASS', '${g.s(human())}');`,
        `$mot_de_passe = "${g.s(human())}";`,
        `val passwort: String = "${g.s(human())}"`,
        // `Schlüssel` is German for key: after a kind of credential as strong as `hmac_key` (rw-dev13's settings.ini).
        `HmacSchluessel=${g.s(g.hex(64))}`,
        `kasse.api.schlüssel=${g.s(g.alnum(32))}`,
        `oauth:\n  client_id: ${g.p(g.uuid())}\n  client_secret: ${g.s(g.alnum(32))}\n`,
        `DB_HOST=${g.p('pg-main.internal.corp')}\nDB_USER=${g.p('app_rw')}\nDB_PASSWORD=${g.s(`${g.alnum(14)}!${g.digits(2)}`)}\n`,
        // A decoder's literal is the key (keyedSyntax.ts unwraps the call).
        `c.JupyterHub.cookie_secret = bytes.fromhex('${g.s(g.hex(64))}')`,
        `SECRET_KEY = base64.b64decode("${g.s(g.base64(44))}")`,
        `byte[] hmacSecret = Base64.getDecoder().decode("${g.s(g.base64(44))}");`,
        `private static readonly byte[] EncryptionKey = Convert.FromBase64String("${g.s(g.base64(44))}");`,
        `static readonly byte[] SigningKey = Convert.FromHexString("${g.s(g.hex(64))}");`,
        `AUTH_KEY = binascii.unhexlify("${g.s(g.hex(64))}")`,
        // PayU's second key signs its notifications (rw-dev16).
        `payu:\n  pos_id: "${g.digits(6)}"\n  second_key: "${g.s(g.hex(32))}"\n`,
        // Rails' `.presence` before the fallback (rw-dev10); SSSD's `ldap_default_authtok`: test/unit/engine/rules/sssdAuthtok.test.ts.
        `  FTP_PASSWORD = ENV["LEGACY_FTP_PASSWORD"].presence || "${g.s(human())}"`,
      ];
    },
    negatives: (g) => [
      // A defanged phishing link quoted in an incident (its token is the attacker's).
      `X-Phish-Link: hxxps://${g.lower(8)}[.]top/owa/?token=${g.alnum(20)}`,
      `class Layout:\n    key: str = "${g.base64(44)}"\n`,
      `<Row No="0"><DM name="User" val="admin"/><DM name="Pass" val="${g.hex(64)}"/></Row>`,
      `struct WeatherAPI {\n    func fetch() {\n        let key = "${g.hex(32)}"\n    }\n}\n`,
      'CREATE USER app_owner IDENTIFIED BY password;',
      // prefs.js's own switches and empty or saved-elsewhere values.
      'user_pref("signon.rememberSignons", false);\nuser_pref("mail.smtpserver.smtp1.password", "");',
      // A one-letter stand-in and its remark in full-width brackets (rw-dev24).
      '- パスワード: x（プール側は使わない）\n',
      // A mail's sentence opening with the name (rw-dev23).
      'Hasło trzeba zmienić przy pierwszym logowaniu.\n',
      "CREATE ROLE reporting LOGIN PASSWORD 'changeme';",
      `SELECT id FROM users WHERE password = '${g.pick(['kolibri', 'flamingo'])}';`,
      "EXEC sp_addlinkedsrvlogin @rmtsrvname = N'ORA_LINK', @rmtuser = N'LINKUSER', @rmtpassword = N'postgres';",
      `# RFC 4231 test case 2\nHMAC_KEY = bytes.fromhex('${g.hex(64)}')`,
      `expected_digest = bytes.fromhex('${g.hex(64)}')`,
      `c.JupyterHub.cookie_secret = bytes.fromhex(os.environ['COOKIE_SECRET'])`,
      `SECRET_KEY = base64.b64decode("${'A'.repeat(44)}")`,
      `logo = base64.b64decode("${g.base64(120)}")`,
      'aws apigateway get-api-key --api-key 6k3n6qvjpw --include-value',
      // Guacamole's user-mapping.xml: the password attribute holds the digest its `encoding` names (rw-dev20).
      `<authorize username="shift-lead" password="${g.hex(32)}" encoding="md5">`,
      // HiveMQ file RBAC's hashed `<password>`: a base64 salt, a colon, a base64 hash (rw-dev20).
      `<user>\n  <name>scada</name>\n  <password>${g.base64(24)}:${g.base64(64)}</password>\n</user>`,
      // Murex dbsource.mxres: a sibling flag says the password element holds ciphertext (rw-dev21).
      `/user\nadd name=serwis group=full password= comment="konto wylaczone"\n`,
      `[checksums]\nvendor_secret = "${g.hex(64)}"\n`,
      `password_hashes:\n  admin_password: "${g.base64(44)}"\n`,
      `<DbUser>MUREXDM</DbUser>\n<DbPassword>${g.hex(48).toUpperCase()}</DbPassword>\n<DbPasswordEncrypted>Y</DbPasswordEncrypted>`,
      // An application's identifier beside its secret (Blackboard's application key, FedEx's api key) and Adyen's client key;
      // Twitter's consumer key: test/unit/engine/validators/keyBesideSecret.test.ts.
      `[blackboard]\napplication_key = ${g.uuid()}\nsecret = \${BB_SECRET}\n`,
      `fedex:\n  api_key: l7${g.hex(30)}\n  secret_key: \${FEDEX_SECRET}\n`,
      `adyen.client-key=live_${g.alnum(32).toUpperCase()}`,
      'password = "changeme"',
      '  region = ENV["AWS_REGION"].presence || "eu-central-1"',
      '  token = params[:api_token].presence || session[:token]',
      // A bare `Schlüssel` names a key of any kind (a door's, a map's): a word-shaped value is none.
      'Schluessel=Haustuer',
      'const password = process.env.DB_PASSWORD;',
      'api_key: ${API_KEY}',
      'token = "{{ vault_token }}"',
      "password = '%(password)s'",
      'const tokenizer = new Tokenizer();',
      'password_field = "passwordInput"',
      'secret: <your-secret-here>',
      'const secretName = "DATABASE_PASSWORD";',
      'ACCESS_TOKEN: "AccessToken_With_AuthScheme"',
      'const nextToken = "eyJwYWdlIjoyfQ";',
      '"password_label": "Forgot your password?"',
      '"password": "Password"',
      '<input type="password" name="password" placeholder="Enter your password">',
      'password: "$2b$12$abcdefghijklmnopqrstuv"',
      'password = getpass.getpass()',
      'keyring.set_password("corp-vpn", "ci-runner", pw)',
      'let ftpUser, ftpPass = "crm-import", "Harbor123!"', // hush:allow: generic-tuple-assignment's positive, this rule's negative
      '\tdbPass = flag.String("db-password", "", "database password")',
      'if (password === "") return;',
      'if (apiKey !== "YOUR_API_KEY") client.init(apiKey);',
      'if (token != null && token != "undefined") headers.set("Authorization", token);',
      'db_password = os.environ.get("DB_PASSWORD")',
      'password: ********',
      '- 新パスワード: パスワード管理ツールの「CI builder」を参照してください',
      `data:\n  secretToken: ${btoa('$(params.webhookSecret)')}\n  DB_PASSWORD: ${btoa('${DB_PASSWORD}')}\n`,
      // Shopify: the app's API key is its client id; an order payload's cart and checkout tokens name the cart.
      `export const shopify = shopifyApi({\n  apiKey: process.env.SHOPIFY_API_KEY ?? '${g.hex(32)}',\n  apiSecretKey: process.env.SHOPIFY_API_SECRET,\n});`,
      `{\n  "id": ${g.digits(13)},\n  "admin_graphql_api_id": "gid://shopify/Order/${g.digits(13)}",\n  "cart_token": "${g.hex(32)}",\n  "checkout_token": "${g.hex(32)}",\n  "token": "${g.hex(32)}"\n}`,
      `dhl:\n  # sandbox user from the developer portal docs\n  sandbox_user: 'user-valid'\n  sandbox_password: '${humanPassword(g)}'\n`,
      // Browser-side ids: Algolia Insights' visitor token, a reviews widget's `data-app-key`.
      `window.algoliaConfig = {\n  indexName: 'products',\n  insightsToken: '${g.uuid()}',\n};`,
      `<div class="reviews-widget"\n  data-app-key="${g.alnum(40)}"\n  data-product-id="{{ product.id }}">`,
    ],
  },
};
