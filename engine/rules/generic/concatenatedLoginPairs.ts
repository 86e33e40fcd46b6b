// A Basic Authorization pair built in the encoder's argument from a user held elsewhere and a literal password:
// `base64_encode($cfg['user'] . ':' . 'pw')` (PHP), `btoa(user + ':' + 'pw')`, `btoa(user + ':pw')` (JS),
// `b64encode(f"{user}:pw".encode())` (Python), `btoa(`${user}:pw`)`, `Base64.strict_encode64("#{user}:pw")` (Ruby),
// `encodeToString("$user:pw".toByteArray())` (Kotlin). encodedLoginPairs.ts reads the pair written as one literal;
// here only the password is literal, and it ends the pair (the encoder's argument closes right after it).
import { fileKind } from '../../validators/fileKind';
import { passwordVerdict } from '../../validators/secretValue';
import type { MatchContext, Rule } from '../../types';
import { BASIC_LOGIN_NOTE } from '../revocationNotes';
import { madeUpPassword } from '../humanPasswords';

/** Encoders (or the bytes handed to them) whose argument is the pair. */
const ENCODER = `(?:btoa|b64encode|standard_b64encode|urlsafe_b64encode|base64_encode|encodeToString|ToBase64String|strict_encode64|encode64|EncodeToString|encodeBase64String|encodeBase64|Buffer\\.from)[ \\t]{0,2}\\([ \\t]{0,4}(?:\\[\\]byte\\(|(?:\\[[\\w.]{1,40}\\]::)?[\\w.]{1,60}\\.GetBytes\\(|bytes\\()?\\(?[ \\t]{0,2}`;

/** The user: a variable, a member or an indexed value (`$jtl['user']`, `cfg.user`, `creds["name"]`). */
const USER_EXPR = `[$@]?[A-Za-z_][\\w.$]{0,40}(?:\\[[ \\t]{0,2}["']?[\\w.-]{1,30}["']?[ \\t]{0,2}\\]){0,2}(?:\\(\\))?`;

/** String concatenation in the languages that build headers this way: `+`, PHP's `.`, Lua's `..`, VB's `&`, Elixir's `<>`. */
const JOIN = `[ \\t]{0,2}(?:\\+|\\.\\.?|&|<>)[ \\t]{0,2}`;

/** The password literal: no quote, space, backslash, interpolation or colon. */
const SECRET = `(?<secret>[^"'\`\\s\\\\:{}$]{3,128})`;

/** The argument closes after the password (maybe after its bytes are taken): the password ends the pair. */
const CLOSE = `(?=[ \\t]{0,2}(?:\\)|\\.(?:encode|getBytes|toByteArray|utf8|bytes)\\b|,[ \\t]{0,2}["'](?:utf-?8|binary|latin1)["']))`;

/** What comes before the password: `user + ':' + '`, `user + ':`. */
const CONCATENATED = `${USER_EXPR}${JOIN}(?:["']:["']${JOIN}["']|["']:)`;

/** Before the password in `f"{user}:pw"`, `` `${user}:pw` ``, `"$user:pw"`, `"${user}:pw"`, `"#{user}:pw"`, C#'s `$"{user}:pw"`. */
const INTERPOLATED = `(?:[fF]|\\$)?["'\`](?:\\$\\{[^}\\n]{1,60}\\}|#\\{[^}\\n]{1,60}\\}|\\{[^}\\n]{1,60}\\}|\\$[A-Za-z_]\\w{0,40}):`;

function validate(value: string, ctx: MatchContext): boolean {
  const kind = fileKind(ctx.path);
  if (kind === 'lockfile' || kind === 'example' || kind === 'minified') return false;
  // Node's `Buffer.from(…)` is an encoding only when turned to base64 right after.
  const opening = ctx.text.slice(Math.max(0, ctx.start - 140), ctx.start);
  if (/Buffer\.from[ \t]{0,2}\([^()]*$/.test(opening) && !/^["'`][ \t]{0,4}(?:,[ \t]{0,4}["']utf-?8["'][ \t]{0,4})?\)[ \t]{0,4}\.toString\([ \t]{0,4}["']base64/.test(ctx.text.slice(ctx.end, ctx.end + 60)))
    return false;
  return passwordVerdict(value, 'password', { strict: kind === 'test', quote: '"' }) === undefined;
}

export const concatenatedLoginPairRule: Rule = {
  id: 'encoded-basic-auth-concatenated-password',
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  description: 'Hard-coded password joined to a user variable inside a base64 encoder call (a hand-built Basic Authorization header)',
  keywords: ['btoa', 'b64encode', 'base64_encode', 'encodetostring', 'tobase64string', 'encode64', 'buffer.from', 'encodebase64'],
  keywordWindow: { before: 40, after: 260 },
  pattern: new RegExp(`${ENCODER}(?:${CONCATENATED}|${INTERPOLATED})${SECRET}["'\`]${CLOSE}`),
  validate,
  skipPlaceholderCheck: true,
  envName: 'PASSWORD',
  severity: 'warning',
  docsUrl: 'https://cwe.mitre.org/data/definitions/798.html',
  revocationUrl: null,
  revocationNote: BASIC_LOGIN_NOTE,
  examples: {
    positives: (g) => {
      const human = () => madeUpPassword(g, 3, ['!', '#', '&']);
      return [
        `'header' => "Authorization: Basic " . base64_encode($jtl['user'] . ':' . '${g.s(human())}') . "\\r\\n",`,
        `const auth = 'Basic ' + btoa(cfg.user + ':' + '${g.s(human())}');`,
        `const auth = 'Basic ' + btoa(user + ':${g.s(human())}');`,
        `headers = {"Authorization": "Basic " + base64.b64encode(f"{user}:${g.s(human())}".encode()).decode()}`,
        `const auth = Buffer.from(\`\${user}:${g.s(human())}\`).toString('base64');`,
        `auth = Base64.strict_encode64("#{user}:${g.s(human())}")`,
        `val auth = Base64.getEncoder().encodeToString("$user:${g.s(human())}".toByteArray())`,
      ];
    },
    negatives: (g) => [
      // Both parts from variables.
      "const auth = btoa(user + ':' + password);",
      'headers = {"Authorization": "Basic " + base64.b64encode(f"{user}:{pw}".encode()).decode()}',
      // Empty, conventional or placeholder passwords.
      "const auth = btoa(apiKey + ':X');",
      "const auth = btoa(apiKey + ':');",
      "const auth = btoa(user + ':' + 'changeme');",
      "$auth = base64_encode($user . ':' . 'password');",
      // The literal does not end the pair.
      `const auth = btoa(user + ':${g.alnum(8)}' + suffix);`,
      // Not encoded to base64.
      `const b = Buffer.from(user + ':${madeUpPassword(g, 3, ['!'])}');`,
      // A Zendesk-style `/token` user with the token from a variable.
      'const auth = btoa(`${email}/token:${apiToken}`);',
    ],
  },
};

export const concatenatedLoginPairRules: Rule[] = [concatenatedLoginPairRule];
