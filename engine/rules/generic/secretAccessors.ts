// Secrets returned by code rather than assigned: a getter or function named for a secret whose body returns one
// literal (`String getPassword() { return "v"; }`, `def api_key(self): return "v"`, `fn token() -> &'static str
// { "v" }`, `apiKey: () => 'v'`, `var secret: String { "v" }`), and a test stub that answers a lookup of a
// secret's name with a literal (`when(s.get("db.password")).thenReturn("v")`, Moq's `.Returns("v")`, RSpec's
// `.with("API_KEY").and_return("v")`, sinon's `.withArgs('token').returns('v')`). The name reads as an
// assignment's name would (secretName.ts); the value is judged as under that name (secretValue.ts).
import { fileKind, isApiExamples, type FileKind } from '../../validators/fileKind';
import { SECRET_NAME_FIRST_CHAR, SECRET_NAME_KEYWORDS, SECRET_NAME_STARTS, SECRET_NAME_WORD_SOURCE, readSecretName } from '../../validators/secretName';
import { namedValueVerdict } from '../../validators/secretValue';
import type { MatchContext, Rule } from '../../types';
import { GENERIC_SECRET_NOTE } from '../revocationNotes';
import { madeUpPassword } from '../humanPasswords';

/** `()`, `(self)`, `(&self)`, `(this)` and a return type (`: string`, `-> str`, `-> &'static str`, Go's ` string`). */
const PARAMS = `[ \\t]{0,2}\\((?:[ \\t]{0,4}(?:&?(?:mut[ \\t]{1,2})?self|this|_))?[ \\t]{0,4}\\)(?:[ \\t]{0,2}(?::|->)[ \\t]{0,2}&?(?:'static[ \\t]{1,2})?[\\w$.<>\\[\\]?]{1,40}|[ \\t]{1,2}[\\w$.\\[\\]*]{1,30})?[ \\t]{0,4}`;

/** A body that returns at once: `{ return `, `{ ` + literal (Rust, Swift), `=> `, `= ` (Kotlin, Scala), Python's `:⏎ return `. */
const BODY = `(?:\\{\\s{0,40}?(?:return[ \\t]{1,4})?|=>[ \\t]{0,4}(?:\\{\\s{0,40}?return[ \\t]{1,4})?|=[ \\t]{0,4}|:[ \\t]{0,4}\\r?\\n[ \\t]{1,40}return[ \\t]{1,4})`;

/** A property whose value is a function of nothing returning a literal: `apiKey: () => 'v'`, `token = async () => "v"`. */
const ARROW = `[ \\t]{0,2}[:=][ \\t]{0,4}(?:async[ \\t]{1,4})?\\([ \\t]{0,4}\\)[ \\t]{0,4}=>[ \\t]{0,4}(?:\\{\\s{0,40}?return[ \\t]{1,4})?`;

/** A computed property with a type and no parameters: Swift's `var apiKey: String { "v" }`, `{ return "v" }`. */
const COMPUTED = `[ \\t]{0,2}:[ \\t]{0,2}[\\w.?]{1,30}[ \\t]{0,2}\\{\\s{0,40}?(?:return[ \\t]{1,4})?`;

/** The stubbed lookup closes and a stub answers: `")).thenReturn(`, `")).Returns(`, `").and_return(`, `').returns(`. */
const STUB = `["'][ \\t]{0,4}\\)(?:[ \\t]{0,4}\\))?\\s{0,40}?\\.(?:thenReturn|Returns|ReturnsAsync|willReturn|returns|resolves|mockReturnValue|mockReturnValueOnce|mockResolvedValue|mockResolvedValueOnce|andReturn|and_return|toReturn)[ \\t]{0,2}\\([ \\t]{0,4}`;

/** The literal, whole: nothing but a statement's end, a closing bracket or a conversion may follow it. */
const LITERAL = `(?:[rRbBuU]{1,2}(?=["']))?["'\`](?<secret>[^"'\`\\\\\\n]{4,200})["'\`](?=[ \\t]{0,4}(?:[;})\\r\\n,]|$|\\.(?:toCharArray|getBytes|encode|into|to_string|to_owned|toString)\\b))`;

/** Prefixes of an accessor's name that are not part of what it names (`getPassword` names a password). */
const ACCESSOR_PREFIX = /^(?:get|fetch|load|read|default|my)_?(?=[A-Za-z])/i;

/** File kinds without getters or stubs (and bundles, whose minified getters return UI strings). */
const NOT_CODE: readonly FileKind[] = ['lockfile', 'minified', 'example', 'prose', 'config'];

function validateAccessor(value: string, ctx: MatchContext): boolean {
  const kind = fileKind(ctx.path);
  if (NOT_CODE.includes(kind) || isApiExamples(ctx.path) || !ctx.keyName) return false;
  const keyStart = ctx.text.lastIndexOf(ctx.keyName, ctx.start);
  if (keyStart < 0) return false;
  const stub = /^["']/.test(ctx.text.slice(keyStart + ctx.keyName.length, keyStart + ctx.keyName.length + 1));
  // A stub's key is a quoted string (`"db.password"`, `"psp-api-key"`); an accessor's, a bare name.
  if (stub !== /["']/.test(ctx.text.charAt(keyStart - 1))) return false;
  const last = ctx.keyName.split(/[.:/]/).pop() ?? '';
  const name = stub ? last : last.replace(ACCESSOR_PREFIX, '');
  const reading = readSecretName(name);
  if (!reading) return false;
  // Tests and stubs are full of dummies: ask for a generated-looking value there, as the assignment rule does, or a
  // password that reads as chosen rather than a dummy (`Sofia.1996`, not `hunter2`; rw-dev3's Moq setup).
  const strict = kind === 'test' || stub;
  const quote = ctx.text.charAt(ctx.start - 1);
  const verdict = namedValueVerdict(value, name, reading, { strict, quote, test: strict });
  return verdict === undefined;
}

export const secretAccessorRule: Rule = {
  id: 'generic-secret-accessor',
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  description: 'Hard-coded password or token returned by a getter named for it, or by a test stub of a secret lookup',
  keywords: [...SECRET_NAME_KEYWORDS],
  keywordWindow: { before: 16, after: 260 },
  // Getters and stubs are code: config formats and prose hold neither.
  appliesToPath: (path) => !NOT_CODE.includes(fileKind(path)),
  // A match starts at its secret word, as the assignment rule's: tried only there, not at every position of a window.
  matchStarts: SECRET_NAME_STARTS,
  pattern: new RegExp(`(?=${SECRET_NAME_FIRST_CHAR})(?<keyTail>(?:${SECRET_NAME_WORD_SOURCE})[\\w$./-]{0,24}(?![\\w$./-]))(?:(?:${PARAMS}${BODY}|${ARROW}|${COMPUTED})|${STUB})${LITERAL}`),
  validate: validateAccessor,
  skipPlaceholderCheck: true,
  envName: 'SECRET',
  severity: 'warning',
  docsUrl: 'https://cwe.mitre.org/data/definitions/798.html',
  revocationUrl: null,
  revocationNote: GENERIC_SECRET_NOTE,
  examples: {
    positives: (g) => {
      const human = () => madeUpPassword(g, 3, ['!', '#', '&']);
      return [
        `    public String getPassword() { return "${g.s(human())}"; }`,
        `    def api_key(self) -> str:\n        return "${g.s(g.hex(32))}"`,
        `fn token() -> &'static str {\n    "${g.s(g.alnum(40))}"\n}`,
        `  getPartnerToken: async () => '${g.s(g.base64url(40))}',`,
        `    var apiSecret: String { "${g.s(g.alnum(32))}" }`,
        `func (c *Config) DBPassword() string { return "${g.s(human())}" }`,
        `        when(secrets.get("db.password")).thenReturn("${g.s(`${g.alnum(14)}#${g.digits(2)}`)}");`,
        `        _store.Setup(s => s.Get("psp-api-key")).Returns("${g.s(g.alnum(40))}");`,
        `        _store.Setup(s => s.Get("psp-password")).Returns("${g.s(`${g.pick(['Sofia', 'Mehmet', 'Zofia'])}.${g.pick(['1987', '1994', '2008'])}`)}");`,
        `    override fun clientSecret() = "${g.s(g.alnum(32))}"`,
      ];
    },
    negatives: (g) => [
      '    public String getPasswordLabel() { return "Password:"; }',
      '    String getTokenType() { return "Bearer"; }',
      '    def password(self):\n        return self._password',
      '    getApiKey() { return process.env.API_KEY; }',
      '    public String getPassword() { return "changeme"; }',
      '        when(secrets.get("db.password")).thenReturn("hunter2");',
      '        _store.Setup(s => s.Get("psp-password")).Returns("Password123");',
      '        _store.Setup(s => s.Get("psp-password")).Returns("wrongpass99");',
      '    get tokenUrl() { return "https://auth.example.com/oauth/token"; }',
      `    String getSecretName() { return "prod/db-password"; }`,
      `    public String getPassword() { return "${g.alnum(6)}" + suffix; }`,
      '    getPassword() { return ""; }',
    ],
  },
};
