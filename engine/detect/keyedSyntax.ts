// The one description of "a name, a separator, a value" shared by every detector that ties a value to the
// name it is assigned to (the generic password/token rules, every context-only provider rule, credential
// files). Two halves:
//  - regex sources that find candidates in any syntax: assignments and typed declarations in code
//    (`pw = "…"`, `val password: String = "…"`, `$password = '…'`, `password <- "…"`), JSON (also escaped
//    inside strings), YAML block and flow maps, TOML, INI, HCL, .properties, .env and shell exports, XML
//    elements and `key="…" value="…"` attributes, call arguments (`define('K','v')`, `put("k","v")`,
//    `getenv("K","v")`), setters and builders (`setPassword("v")`, `.password("v")`), defaults
//    (`|| "v"`, `?? "v"`, `or "v"`, `${K:-v}`, `${a.b:v}`), SQL (`PASSWORD 'v'`, `IDENTIFIED BY 'v'`) and
//    connection strings (`Password=v;`);
//  - readKeyed(), which reads what a candidate is (its syntax, quotes, whether it sits inside a string
//    literal), and keyPathAt(), which names its parents (YAML/JSON/XML nesting, INI/TOML sections, dotted
//    keys): `[mailgun]\napi_key = …` and `"datadog": {"app_key": …}` carry their provider in the path.

/** Characters of a key name: ASCII word characters, `.` and `-`, and letters of other scripts. */
export const KEY_CHAR = 'A-Za-z0-9_.\\-\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF\\u3040-\\u30FF\\u3400-\\u9FFF\\uAC00-\\uD7AF';

/**
 * After the key: its closing quote (maybe escaped), `[]` (C arrays) or `]` (`$cfg['pw']`, `ENV['PW']`), and Nim's
 * export marker (`dbPassword* = "…"`).
 */
const KEY_CLOSE = '(?:\\\\?["\'`])?(?:\\[\\])?\\]?(?:\\*(?=[ \\t]{0,4}[:=]))?';

/**
 * A typed declaration between the name and `=`: `: &str`, `: String`, `?: string | null`, `: Optional[str]`
 * (Rust, Kotlin, Swift, Scala, TypeScript, Python), Rust's byte slices and arrays (`: &[u8]`, `: &'static [u8]`, `: [u8; 32]`), Zig's slices, optionals and pointers (`: []const u8`, `: ?[]const u8`),
 * `As String` (VB), and a string type after the name with no colon (Go's `var dbPassword string = "…"`, Bicep's
 * `param adminPassword string = '…'`).
 */
export const TYPE_ANNOTATION =
  "(?:[ \\t]{0,4}\\??:[ \\t]{0,4}&?(?:'static[ \\t]{1,4})?(?:(?:[*?]|\\[\\d{0,4}\\]){0,3}[A-Za-z_][\\w.<>\\[\\]?|, \\t]{0,40}?|\\[[A-Za-z_]\\w{0,10}(?:[ \\t]{0,2};[ \\t]{0,4}\\d{1,5})?\\])[ \\t]{0,4}(?==)|[ \\t]{1,4}[aA]s[ \\t]{1,4}[A-Za-z_][\\w.]{0,30}[ \\t]{0,4}(?==)|[ \\t]{1,4}(?:string|\\[\\]byte)[ \\t]{1,4}(?==))?";

/**
 * Every separator between a name and its value, with the blanks around it (after it, up to 16: gofmt and
 * hand-aligned YAML pad values into a column, `APIKey:     "v"`; blanks alone up to 24 before a quoted value, as C
 * headers align `#define OTA_TOKEN        "v"`, Objective-C ones `#define kAPIKey     @"v"`). Order matters only for speed
 * (longer operators first); readKeyed() tells them apart afterwards.
 */
export const SEPARATOR =
  // The shell's `${NAME-default}` (no colon: the default applies when NAME is unset), only right after `${NAME`.
  '(?:(?<=\\$\\{[A-Za-z_][A-Za-z0-9_]{0,60})-(?=[^\\s}])|[ \\t]{0,24}(?:[=!]==?|:=|::=|=>|<<?-|\\?\\?=|\\|\\|=|\\?=|\\+=|=|:-|' +
  // YAML: an anchor or tag before the value (`&anchor 'v'`, `!!str v`), or a block scalar (`key: |` and
  // the value indented on the next line).
  ':[ \\t]{1,4}(?:&[\\w.-]{1,40}[ \\t]{1,4}|!{1,2}[\\w.-]{0,40}[ \\t]{1,4}|[|>][-+]?[ \\t]{0,8}\\r?\\n[ \\t]{1,40}(?=[^\\s]))|' +
  // Jsonnet's hidden and forced fields (`password:: 'v'`, `token::: 'v'`), before a quoted value only.
  ':::?(?=[ \\t]{0,4}["\'])|' +
  // A quoted value on the line after its name: an argument (`SetDefault("db.password",⏎ "v")`), a builder's call
  // (`.password(⏎ "v")`), an object's or YAML's field (`password:⏎ 'v'`).
  '(?:[,(]|:(?=[ \\t]{0,4}\\r?\\n[ \\t]{1,40}["\']))[ \\t]{0,4}\\r?\\n[ \\t]{0,40}(?=["\'])|:|,|\\(|>|' +
  // Android string resources carry attributes after the name (`<string name="k" translatable="false">v</string>`), and
  // an integration engine's properties say their value is stored in the clear (`<Property name="k" encrypted="false">v`).
  '(?<=")(?:[ \\t]{1,4}(?:t(?:ranslatable|ools:ignore)|formatted|product|encrypted(?=="(?:false|no|0)"))="[\\w,]{0,40}"){1,3}[ \\t]{0,2}>|[)}\\]]{0,2}(?:\\.presence)?[ \\t]{0,4}(?:\\|\\||\\?\\?|\\?:|\\/\\/|or(?=[ \\t]))|\\)[ \\t]{0,4}\\{|(?:[ \\t]{1,4}|\\r?\\n[ \\t]{0,40})(?:android:)?[vV]al(?:ue)?[ \\t]{0,2}=)[ \\t]{0,16}|[ \\t]{1,4}|[ \\t]{5,24}(?=@?["\']))';

/**
 * A literal wrapped in a constructor (`SecretStr("…")`, `String::from("…")`, Rust's `|_| String::from("…")`), a
 * conversion to bytes (Go's `[]byte("…")`, .NET's `Encoding.UTF8.GetBytes("…")`), a hex or base64 decoder
 * (`SECRET_KEY = base64.b64decode("…")`, `cookie_secret = bytes.fromhex('…')`, `binascii.unhexlify`, Go's
 * `hex.DecodeString` and `base64.StdEncoding.DecodeString`, .NET's `Convert.FromBase64String` / `FromHexString`, Java's
 * `Base64.getDecoder().decode("…")`, `atob('…')`: the call only changes the literal's encoding, the literal is the
 * key), pydantic's `Field("…", …)` (its first argument is the default), Python's `urllib.parse.quote_plus("…")` (a
 * password escaped for a URL), and C++ string macros and classes of desktop and game code: Qt's `QStringLiteral("…")` /
 * `QLatin1String` / `QByteArray`, Unreal's `TEXT("…")`, Windows' `_T("…")`, wxWidgets' `wxT("…")`.
 */
const WRAPPER =
  '(?:\\|_\\|[ \\t]{0,2})?(?:(?:String::from|QStringLiteral|QLatin1String|QByteArray|TEXT|_T|wxT|String|str|SecretStr|SecretString|Secret|Some|Ok|Optional\\.of|Field|Buffer\\.from|bytes(?:\\.fromhex)?|binascii\\.(?:unhexlify|a2b_(?:hex|base64))|(?:base64\\.)?(?:urlsafe_)?b(?:64|32)decode|atob|Base64\\.decode64|Base64\\.get(?:Url)?Decoder\\(\\)\\.decode|Convert\\.From(?:Base64|Hex)String|hex\\.DecodeString|base64\\.(?:Raw)?(?:Std|URL)Encoding\\.DecodeString|base64_decode|\\[\\]byte|Encoding\\.(?:UTF8|ASCII|Default|Unicode)\\.GetBytes|(?:urllib\\.parse\\.)?quote(?:_plus)?)\\()?';
const WRAPPER_END = new RegExp(WRAPPER + '$');

/**
 * Before the value's opening quote: verbatim/raw/byte/wide string prefixes (`@"…"`, `r'…'`, `N'…'`, `u8"…"`) and
 * Erlang's binary (`{default_pass, <<"…">>}`, RabbitMQ and Erlang release configs).
 */
const VALUE_PREFIX = WRAPPER + '(?:@(?=["\'])|[rRbBuUfFLN]{1,2}(?=["\'])|u8(?=")|r#(?=")|<<(?="))?';

/** The value's opening quote, maybe escaped (`\"` inside a JSON string). */
const VALUE_OPEN = '(?:"""|\'\'\'|\\\\?["\'`])?';

/** What may not appear in an unquoted value (it ends there): blanks, quotes, separators of the syntaxes above. */
export const UNQUOTED_STOP = '\\s"\'`\\\\;,<&(){}|';

/**
 * The value: inside quotes anything but a quote, backslash or line break (spaces allowed: the closing quote
 * must follow); unquoted, a run of characters up to a stop character. After an opening quote that is not itself
 * escaped, a quote escaped inside (`"Quartz\"86!"`, `'Elena\'s72'`, SQL's and Pascal's `'Mateo''s44'`) belongs to
 * the value; after an escaped one (`\"k\": \"v\"` inside a JSON string) the next escaped quote closes it.
 */
export function valueSource(min: number, max: number): string {
  const plain = `[^"'\`\\\\\\n\\r]`;
  const withEscapes = `(?<=(?<!\\\\)["'\`])(?:${plain}|\\\\["']|''(?!'))(?:${plain}|\\\\["']|''(?!')){${min - 1},${max - 1}}(?=["'\`])`;
  return `(?:${withEscapes}|(?<=["'\`])${plain}{${min},${max}}(?=\\\\?["'\`])|(?<!["'\`])[^${UNQUOTED_STOP}]{${min},${max}}(?![^${UNQUOTED_STOP}]))`;
}

/**
 * A pattern for `<name> <separator> <value>` in every syntax above. `name` is regex source for the key (it is
 * wrapped in the `key` group with up to `head` key characters before it and `tail` after); `value` is the
 * value's source (wrapped in the `secret` group), e.g. valueSource() or a provider's token shape. `boundary` is the
 * character class that may not come before the key (default: any key character); `lead`, a class the key's
 * first character belongs to, lets V8 reject most positions with one test.
 */
export function keyedPatternSource(name: string, value: string, options: { head?: number; tail?: number; boundary?: string; first?: string; lead?: string } = {}): string {
  const head = options.head ?? 40;
  const tail = options.tail ?? 24;
  // With `first` (the name's first characters), the pattern starts at the name word and leaves the rest of the
  // key to the scanner (the `keyTail` group, engine/detect/scan.ts): several times faster on large files.
  const key = options.first
    ? `(?=${options.first})(?<keyTail>(?:${name})[${KEY_CHAR}]{0,${tail}})`
    : `${options.lead ? `(?=${options.lead})` : ''}(?<![${options.boundary ?? KEY_CHAR}])(?<key>[${KEY_CHAR}]{0,${head}}(?:${name})[${KEY_CHAR}]{0,${tail}})`;
  return key + KEY_CLOSE + TYPE_ANNOTATION + SEPARATOR + VALUE_PREFIX + VALUE_OPEN + `(?<secret>${value})`;
}

/** Everything between a key and its value (closing quote, type annotation, separator, string prefix, opening quote). */
export function keyedSeparatorSource(): string {
  return KEY_CLOSE + TYPE_ANNOTATION + SEPARATOR + VALUE_PREFIX + VALUE_OPEN;
}

export type KeyedSyntax =
  /** `k = v`, `k: v`, `k := v`, `k => v`, `k <- v` (code, JSON, YAML, TOML, INI, .env, .properties, HCL). */
  | 'assignment'
  /** `k == "v"`, `k != "v"`: a hard-coded comparison. */
  | 'comparison'
  /** `"k", "v"`: call arguments or a pair (`define`, `put`, `getenv` with a default, `Map.of`, `{password, "v"}`). */
  | 'argument'
  /** `setK("v")`, `.k("v")`, `withK("v")`. */
  | 'setter'
  /** `k || "v"`, `k ?? "v"`, `getenv("k") or "v"`, `k ?: "v"`, `$ENV{k} // "v"`, `${k:-v}`. */
  | 'default'
  /** `<k>v</k>`, `<string name="k">v</string>`. */
  | 'element'
  /** `key="k" value="v"`, `name="k" value="v"`. */
  | 'value-attribute'
  /** `k v` with blanks only: config lines (`requirepass v`, `ENV K v`), SQL `PASSWORD 'v'`, `IDENTIFIED BY 'v'`. */
  | 'space';

export interface KeyedValue {
  key: string;
  keyStart: number;
  syntax: KeyedSyntax;
  /** The separator text between the key (and its closing quote) and the value's opening quote. */
  separator: string;
  /** Quote around the value (`"`, `'`, `` ` ``) or '' when unquoted. */
  quote: string;
  /** Quote around the key, '' when bare. */
  keyQuote: string;
  /** The quotes are backslash-escaped (`\"k\": \"v\"` inside a string). */
  escaped: boolean;
  /** The key sits inside a string literal of the line (`"host=db password=v"`, a URL in a string). */
  inString: boolean;
  /** Only blanks (or `export`, `ENV`, `set`, `- `) before the key on its line. */
  lineLeading: boolean;
}

/** `: &anchor `, `: !!tag `, `: |-⏎    ` after a key (YAML), up to the value. */
const YAML_VALUE_LEAD = /^([ \t]*:)[ \t]+(?:&[\w.-]{1,40}|!{1,2}[\w.-]{0,40}|[|>][-+]?[ \t]*\r?\n)[ \t]*$/;

/** Operators of a default value (`|| "v"`, `or "v"`), after an optional `)`, `]` or `}` (and Rails' `.presence`: `ENV["K"].presence || "v"`). */
const DEFAULT_OPERATOR = /^[)}\]]{0,2}(?:\.presence)?[ \t]*(?:\|\||\?\?|\?:|\/\/|or)[ \t]*$|^\)[ \t]*\{$/;

/**
 * Reads a candidate found by a keyedPatternSource() pattern: `key` is the matched key, the value spans
 * [valueStart, valueEnd). Undefined when the text around does not read as one of the syntaxes (the key is not
 * where it should be).
 */
export function readKeyed(text: string, key: string, valueStart: number, valueEnd: number): KeyedValue | undefined {
  const keyStart = text.lastIndexOf(key, valueStart - 1);
  if (keyStart < 0 || valueStart - keyStart - key.length > 120) return undefined;
  const keyEnd = keyStart + key.length;
  const open = text.charAt(valueStart - 1);
  const quote = open === '"' || open === "'" || open === '`' ? open : '';
  const escaped = quote !== '' && text.charAt(valueStart - 2) === '\\';
  const sepEnd = valueStart - (quote ? (escaped ? 2 : 1) : 0);
  if (quote) {
    // The closing quote must match (escaped the same way) for the value to be a whole literal.
    const close = text.charAt(valueEnd) === '\\' ? text.charAt(valueEnd + 1) : text.charAt(valueEnd);
    if (close !== quote) return undefined;
  }
  // The key's own quotes.
  let keyQuote = '';
  const before = text.charAt(keyStart - 1);
  let sepStart = keyEnd;
  const after = text.charAt(keyEnd) === '\\' ? text.charAt(keyEnd + 1) : text.charAt(keyEnd);
  // A quote before the key and none after: the key starts a string literal (`"password=…;host=…"`).
  if ((before === '"' || before === "'" || before === '`') && after === before) {
    keyQuote = before;
    sepStart = keyEnd + (text.charAt(keyEnd) === '\\' ? 2 : 1);
  } else if ((after === '"' || after === "'") && /[:./ ]/.test(before)) {
    // The last part of a quoted path (`"Partner:ApiKey"`, `'smtp.password'`) or of a name in words (`"Client Secret"`,
    // exports of HTTP clients and password managers).
    const head =
      before === ' '
        ? /(["'])[A-Za-z][A-Za-z0-9]{0,20}(?: [A-Za-z0-9]{1,20}){0,3} $/.exec(text.slice(Math.max(0, keyStart - 61), keyStart))
        : /(["'])[\w.:/-]{1,60}$/.exec(text.slice(Math.max(0, keyStart - 61), keyStart));
    if (head && head[1] === after) {
      keyQuote = after;
      sepStart = keyEnd + 1;
    }
  }
  let separator = text.slice(sepStart, sepEnd);
  if (separator.startsWith('[]')) separator = separator.slice(2);
  if (separator.startsWith(']')) separator = separator.slice(1);
  // A string prefix before the opening quote (`= r"…"`, `= @"…"`, `N'…'`) and a wrapping constructor
  // (`= SecretStr("…")`) are not part of the separator.
  if (quote) separator = separator.replace(/(?<=^|[\s=:,(>|])(?:@|[rRbBuUfFLN]{1,2}|u8|r#|<<)$/, '').replace(WRAPPER_END, '');
  // Triple-quoted values (`password = """…"""`): the two extra quotes belong to the literal.
  if (quote && separator.endsWith(quote + quote)) separator = separator.slice(0, -2);
  // A YAML anchor, tag or block-scalar header between `:` and the value reads as the `:` alone.
  separator = separator.replace(YAML_VALUE_LEAD, '$1 ');
  const trimmed = separator.trim();
  const syntax = syntaxOf(trimmed, separator);
  if (!syntax) return undefined;
  const stringAt = keyStart - (keyQuote ? (text.charAt(keyStart - 2) === '\\' ? 2 : 1) : 0);
  let inString: boolean | undefined;
  return {
    key,
    keyStart,
    syntax,
    separator,
    quote,
    keyQuote,
    escaped,
    // Read on demand: only unquoted values ask, and it walks back along the line.
    get inString() {
      return (inString ??= insideString(text, stringAt));
    },
    lineLeading: lineLeading(text, keyStart - (keyQuote ? 1 : 0)),
  };
}

/** What stands between an Android string resource's name and its value (`translatable="false">`): still an element. */
const ANDROID_RESOURCE_ATTRIBUTES = /^(?:(?:t(?:ranslatable|ools:ignore)|formatted|product|encrypted(?=="(?:false|no|0)"))="[\w,]{0,40}"[ \t]*){1,3}>$/;

function syntaxOf(trimmed: string, raw: string): KeyedSyntax | undefined {
  if (trimmed === '') return raw.length > 0 ? 'space' : undefined;
  if (trimmed === '==' || trimmed === '===' || trimmed === '!=' || trimmed === '!==') return 'comparison';
  if (trimmed === ',') return 'argument';
  if (trimmed === '(') return 'setter';
  if (trimmed === '>' || ANDROID_RESOURCE_ATTRIBUTES.test(trimmed)) return 'element';
  // `key="k" value="v"`; an Android manifest's `<meta-data android:name="k" android:value="v"/>`, the value maybe on the next line;
  // a CPE's TR-069 config export `<DM name="Password" val="v"/>` (rw-dev22).
  if (/^(?:android:)?val(?:ue)?\s*=$/i.test(trimmed)) return 'value-attribute';
  if (trimmed === ':-' || trimmed === '-' || DEFAULT_OPERATOR.test(trimmed)) return 'default';
  // Type annotations end in `=` (`: String =`, `As String =`).
  if (/^(?:[=:]|:=|::=|:::?|=>|<<?-|\?\?=|\|\|=|\?=|\+=)$/.test(trimmed) || /=$/.test(trimmed)) return 'assignment';
  return undefined;
}

/** Whether only blanks or a declaration word (`export`, `ENV`, `set`, `setenv`, `- `) precede `at` on its line. */
function lineLeading(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  if (i < 0 || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13) return true;
  // Bounded: a long minified line must not cost a walk to its start per candidate.
  let lineStart = i;
  while (lineStart > 0 && lineStart > i - 40 && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  return /^[ \t]*(?:-|export|ENV|ARG|set|SET|setenv|declare(?:[ \t]+-\w+)?|readonly|local|typeset|\$env:)[ \t]*$/.test(text.slice(lineStart, i + 1) + ' ');
}

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * Whether `at` sits inside a string literal on its line: an odd number of unescaped quotes of one kind before
 * it (a connection string, a URL or a command line written as a literal); an apostrophe between letters
 * (`channel's`) opens nothing. Reads at most 400 characters back.
 */
export function insideString(text: string, at: number): boolean {
  let lineStart = at;
  const limit = Math.max(0, at - 400);
  while (lineStart > limit && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  let open = '';
  for (let i = lineStart; i < at; i++) {
    const c = text[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (open) {
      if (c === open) open = '';
    } else if (c === '"' || c === '`' || (c === "'" && !(isLetter(text.charCodeAt(i - 1)) && isLetter(text.charCodeAt(i + 1))))) open = c;
  }
  return open !== '';
}

// ---------------------------------------------------------------------------------------------------------
// Key paths: the names of the objects, sections and elements around a key, nearest first.

const PATH_REACH = 6000;
const MAX_PARENTS = 6;

/**
 * The parents of the key at `keyStart`: dotted parts of the key itself (`spring.datasource.password` →
 * datasource, spring), YAML parents by indentation, enclosing JSON/JS/HCL objects, XML elements, and the
 * INI/TOML section. Nearest first; names as written (quotes removed).
 */
export function keyPathAt(text: string, keyStart: number, key?: string, limit = MAX_PARENTS + 4): string[] {
  const path: string[] = [];
  if (key && /[.:]/.test(key)) path.push(...key.split(/[.:]/).slice(0, -1).filter(Boolean).reverse());
  // Cheapest sources first; stop as soon as the caller has enough (value holders need one name).
  const from = Math.max(0, keyStart - PATH_REACH);
  const lineStart = lineStartWithin(text, keyStart, from);
  const lead = /^[ \t]*(?:- )?/.exec(text.slice(lineStart, keyStart))?.[0].length ?? -1;
  if (path.length < limit && /^[ \t]*(?:- )?["']?$/.test(text.slice(lineStart, keyStart))) path.push(...yamlParents(text, lineStart, lead, from));
  if (path.length < limit) path.push(...braceParents(text, keyStart, Math.max(from, keyStart - 2000)));
  if (path.length < limit) path.push(...xmlParents(text, keyStart, from));
  if (path.length < limit) {
    const section = iniSection(text, lineStart, from);
    if (section) path.push(...section.split('.').reverse());
  }
  return path.slice(0, limit);
}

/** Start of the line holding `at`, looking back no further than `from` (long minified lines cost nothing). */
function lineStartWithin(text: string, at: number, from: number): number {
  let i = at;
  while (i > from && text.charCodeAt(i - 1) !== 10) i--;
  return i;
}

/** YAML: lines above with less indentation that end in `name:` (or `- name:`). */
function yamlParents(text: string, lineStart: number, indent: number, from: number): string[] {
  const out: string[] = [];
  let current = indent;
  let end = lineStart - 1;
  while (end > from && current > 0 && out.length < MAX_PARENTS) {
    const start = lineStartWithin(text, end, from);
    const line = text.slice(start, end);
    end = start - 1;
    const m = /^([ \t]{0,80})(?:- )?["']?([\w.$@-]{1,60}?)["']?[ \t]{0,8}:[ \t]{0,8}(?:[|>][-+]?[ \t]{0,8})?(?:#.*)?$/.exec(line);
    if (!m) continue;
    const lead = m[1]!.length;
    if (lead < current) {
      out.push(m[2]!);
      current = lead;
    }
  }
  return out;
}

/** JSON / JS / HCL objects: each unclosed `{` before the key, named by the `"name":`, `name =` or `name {` before it. */
function braceParents(text: string, keyStart: number, from: number): string[] {
  const out: string[] = [];
  let depth = 0;
  for (let i = keyStart - 1; i >= from && out.length < MAX_PARENTS; i--) {
    const c = text.charCodeAt(i);
    if (c === 125 /* } */ || c === 93 /* ] */) depth++;
    else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (depth > 0) {
        depth--;
        continue;
      }
      if (c === 91) continue;
      const m = /["']?([\w.$@-]{1,60})["']?\\?["']?[ \t]{0,8}(?:[:=]|=>)?[ \t]{0,8}(?:\w{1,30}[ \t]{0,8})?(?:\(\s{0,8})?$/.exec(text.slice(Math.max(from, i - 80), i));
      if (m) out.push(m[1]!);
    } else if (c === 10 && i < keyStart - 2000) break;
  }
  return out;
}

/** XML: elements opened before the key and not closed in between. */
function xmlParents(text: string, keyStart: number, from: number): string[] {
  const out: string[] = [];
  const slice = text.slice(Math.max(from, keyStart - 3000), keyStart);
  if (slice.indexOf('<') < 0) return out;
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z_][\w:.-]{0,60})(?:\s[^<>]{0,400})?(\/?)>/g;
  let m: RegExpExecArray | null;
  while ((m = tag.exec(slice)) !== null) {
    if (m[3]) continue;
    if (m[1]) {
      const at = stack.lastIndexOf(m[2]!);
      if (at >= 0) stack.length = at;
    } else stack.push(m[2]!);
  }
  for (let i = stack.length - 1; i >= 0 && out.length < MAX_PARENTS; i--) out.push(stack[i]!);
  return out;
}

/** INI / TOML: the nearest `[section]` (or `[[table]]`) header above. */
function iniSection(text: string, lineStart: number, from: number): string | undefined {
  const slice = text.slice(from, lineStart);
  const re = /^[ \t]{0,20}\[\[?[ \t]{0,8}["']?([\w.: "'-]{1,80}?)["']?[ \t]{0,8}\]\]?[ \t]{0,20}(?:[#;].*)?$/gm;
  let last: string | undefined;
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) last = m[1];
  return last?.replace(/["' ]/g, '');
}

// ---------------------------------------------------------------------------------------------------------
// Value holders: keys that hold the value of a name written elsewhere (`"key": "password", "value": "…"`,
// `variable "db_password" { default = "…" }`, `getenv("PW", default="…")`, `<key>ApiToken</key><string>…`).

/** Keys that hold a default for a name written before them on the line (or after it: Haskell's `fromMaybe`). */
export const DEFAULT_HOLDERS = [
  'default',
  'Default',
  'DEFAULT',
  'defaultValue',
  'default_value',
  'DefaultValue',
  'unset',
  'unwrap_or',
  'unwrap_or_else',
  'getOrElse',
  'orElse',
  'or_else',
  'fromMaybe',
  'fallback',
];
/** Keys that hold the value of a sibling `key`/`name` or of their parent. */
// CloudFormation parameter files hold `{"ParameterKey": "K", "ParameterValue": "v"}`; Elastic Beanstalk option
// settings `{"OptionName": "K", "Value": "v"}`.
// A Nessus policy export holds `<preferenceName>SMB password :</preferenceName><selectedValue>…</selectedValue>`.
export const VALUE_HOLDERS = ['value', 'Value', 'VALUE', 'string', 'ParameterValue', 'selectedValue'];

/** Names written as strings or identifiers on the line before `at` (nearest last), within 200 characters. */
function namesBefore(text: string, at: number): string[] {
  let start = at;
  while (start > 0 && start > at - 200 && text.charCodeAt(start - 1) !== 10) start--;
  return text.slice(start, at).match(/[A-Za-z_$][\w$.-]{1,80}/g) ?? [];
}

/**
 * The name a value-holder key stands for: for defaults, the names on its line before it (nearest first; after it
 * for `fromMaybe "v" <$> lookupEnv "NAME"`); for `value`/`<string>`, a sibling `"key": "NAME"` / `name: NAME` /
 * `<key>NAME</key>`, then the enclosing object, element or YAML parent.
 */
/** A holder's sibling that is a record's id: a UUID or a number (`"id": "1f0c…"`), no variable's name. */
const ID_NOT_NAME = /^[\s{,(<"']?["']?(?:id|ID)["']?\s{0,4}[:=>]\s{0,4}["']?(?:[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}|[0-9]{1,20})$/;
/** A one-line item of a list of values (`{ "id": "<uuid>", "value": "…", "context": "all" },`). */
const ID_ONLY_ITEM = /^[ \t]{0,40}\{[^{}\n]{0,300}\},?[ \t]{0,4}$/;

export function holderNames(text: string, key: string, keyStart: number, valueEnd: number): string[] {
  if (DEFAULT_HOLDERS.includes(key)) {
    // A Jenkins job's parameter (`<name>SFTP_PASSWORD</name>` then `<defaultValue>…</defaultValue>`): its sibling names it.
    if (text.charAt(keyStart - 1) === '<') {
      const sibling = /<(?:name|key|Name|Key)>([^<]{1,80})<\/(?:name|key|Name|Key)>\s{0,40}(?:<description>[^<]{0,200}<\/description>\s{0,40})?<$/.exec(text.slice(Math.max(0, keyStart - 400), keyStart));
      if (sibling) return [sibling[1]!];
    }
    const names = namesBefore(text, keyStart).reverse();
    if (key === 'fromMaybe') {
      let end = valueEnd;
      while (end < text.length && end < valueEnd + 120 && text.charCodeAt(end) !== 10) end++;
      names.unshift(...(text.slice(valueEnd, end).match(/[A-Za-z_][\w.-]{1,80}/g) ?? []));
    }
    if (names.length > 0 && key !== 'default' && key !== 'Default' && key !== 'DEFAULT') return names;
    // Terraform `variable "x" { default = … }`, CloudFormation `X:\n  Default: …`: the enclosing block names it.
    return [...names, ...keyPathAt(text, keyStart, undefined, 1)];
  }
  const from = Math.max(0, keyStart - 300);
  const before = text.slice(from, keyStart);
  if (key === 'string') {
    const m = /<key>([^<]{1,80})<\/key>\s{0,40}<$/.exec(before);
    return m ? [m[1]!] : [];
  }
  // `<Password><Value>…</Value>` (the element around), `<name>password</name><value>…</value>` (Hadoop style).
  if (text.charAt(keyStart - 1) === '<') {
    const sibling = /<(?:name|key|Name|Key|preferenceName)>([^<]{1,80})<\/(?:name|key|Name|Key|preferenceName)>\s{0,40}<$/.exec(before);
    return sibling ? [sibling[1]!] : keyPathAt(text, keyStart, undefined, 1);
  }
  // The sibling must be in the same object or list item: at most three lines up, no `}` or blank line between.
  const lines = before.split('\n').slice(-5).reverse();
  // Passed over a record's id: one line further up may name the variable.
  let passedId = false;
  for (let i = 0; i < lines.length && (i < 4 || passedId); i++) {
    // On the value's own line only what follows the last `{` is its object (`[{"name": "user", …}, {"name": "password", "value": …`).
    const line = i === 0 ? lines[i]!.slice(lines[i]!.lastIndexOf('{') + 1) : lines[i]!;
    // (A Groovy map opens with `[`: Jenkins `customHeaders: [[name: 'X-Hook-Secret', value: '…']]`.)
    const sibling = /(?:^|[\s{,(<"'[])["']?(?:key|name|Name|Key|NAME|KEY|id|ID|param|Parameter|ParameterKey|OptionName|variable)["']?\s{0,4}[:=>]\s{0,4}["']?([\w.:/-]{2,80})/.exec(line);
    // A record's `id` that is a UUID or a number names the record, not the variable (Netlify's env export:
    // `"key": "DB_PASSWORD", "scopes": […], "values": [{ "id": "<uuid>", "value": …, "context": … }]`): read on.
    const recordId = sibling !== null && ID_NOT_NAME.test(sibling[0]) && /"values?"[ \t]{0,4}:[ \t]{0,4}\[/.test(before);
    if (sibling && !recordId) return [sibling[1]!];
    if (recordId) passedId = true;
    // A sibling item of the same list of values (`{ "id": "<uuid>", "value": …, "context": … },`) is passed over too.
    if ((i > 0 && line.trim() === '') || (line.includes('}') && !(recordId && i > 0 && ID_ONLY_ITEM.test(line)))) break;
    // The line that opens the value's object (`"WebDeployPassword": { "value": …`, `"Smtp": {`): a `name` above it is
    // the enclosing object's (an Azure DevOps release's `"name": "Production", "variables": {`), not the value's.
    if (lines[i]!.includes('{') && !passedId) break;
  }
  return keyPathAt(text, keyStart, undefined, 1);
}
