// Two more ways code builds a Basic Authorization header by hand (beside encodedLoginPairs.ts):
// - the `user:password` literal put in a variable first and encoded a line or two later, PowerShell's usual
//   `$pair = 'svc:pw'` then `[Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair))` (rw-dev13, rw-dev17);
// - an API key as the user with an empty or `X` password (`GetBytes('<key>:X')`, `btoa('<key>:')`): Freshdesk,
//   Freshservice and other help desks' convention (rw-dev13).
import { fileKind } from '../../validators/fileKind';
import { passwordVerdict } from '../../validators/secretValue';
import { looksRandom } from '../../validators/valueStats';
import type { MatchContext, Rule } from '../../types';
import { BASIC_LOGIN_NOTE } from '../revocationNotes';
import { madeUpPassword } from '../humanPasswords';

const ENCODERS = ['tobase64string', 'getbytes', 'btoa', 'b64encode', 'base64_encode', 'encode64', 'encodetostring', 'base64encodedstring', 'buffer.from'];
const ENCODER_CALL = `(?:btoa|b64encode|base64_encode|encode64|encodeToString|EncodeToString|ToBase64String|GetBytes)`;

/** Names a hand-built login pair is kept under (`$pair`, `$creds`, `userPass`, `basicAuth`, `auth_string`). */
// Swift's and Go's `raw`/`plain` (`let raw = "u:pw"` then `Data(raw.utf8).base64EncodedString()`) name the text before it is encoded.
const PAIR_NAME = `(?:pair|creds?|credentials|userpass|user_?pass|basic_?auth|basicAuth|auth_?(?:string|pair|info)|authString|authPair|authInfo|login_?pair|raw|plain)`;

/** How far below the literal the encoder may take the variable: the next few lines. */
const ENCODE_REACH = 400;

const reportable = (path: string | undefined) => {
  const kind = fileKind(path);
  return kind !== 'lockfile' && kind !== 'example' && kind !== 'minified';
};

/** An encoder call's first argument when it is a variable: one regex for every candidate, the name compared after. */
const ENCODED_VARIABLE = new RegExp(`${ENCODER_CALL}[ \\t]{0,2}\\([ \\t]{0,4}(?:\\[\\]byte\\()?(\\$?\\w+)`, 'g');

/** Swift's `Data(raw.utf8).base64EncodedString()` and Node's `Buffer.from(raw).toString('base64')`: the bytes wrapped, then encoded. */
const WRAPPED_VARIABLE = /(?:\bData|Buffer\.from)\((\$?\w+)(?:\.utf8|\.data\(using:[ \t]{0,2}\.utf8\)!?)?\)[ \t]{0,2}\.(?:base64EncodedString|toString\([ \t]{0,2}["']base64)/g;

/** The variable is handed to a base64 encoder (or its bytes taken) within the next lines. */
function encodedBelow(ctx: MatchContext): boolean {
  const name = ctx.keyName;
  if (!name) return false;
  const below = ctx.text.slice(ctx.end, ctx.end + ENCODE_REACH);
  for (const m of below.matchAll(ENCODED_VARIABLE)) if (m[1] === name) return true;
  for (const m of below.matchAll(WRAPPED_VARIABLE)) if (m[1] === name) return true;
  return false;
}

export const encodedPairVariableRule: Rule = {
  id: 'encoded-basic-auth-pair-variable',
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  description: 'Hard-coded user:password literal kept in a variable that is then base64-encoded into a Basic Authorization header',
  keywords: ENCODERS,
  keywordWindow: { before: ENCODE_REACH + 60, after: 40 },
  pattern: new RegExp(`(?<key>\\$?${PAIR_NAME})[ \\t]{0,4}:?=[ \\t]{0,4}["'][\\w.@+-]{1,64}:(?<secret>[^"'\\s\\\\:$]{3,128})["']`, 'i'),
  validate: (value, ctx) => reportable(ctx.path) && encodedBelow(ctx) && passwordVerdict(value, 'password', { strict: fileKind(ctx.path) === 'test', quote: '"', compoundWords: true }) === undefined,
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
        `$pair = 'svc_sync:${g.s(human())}'\n$basic = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair))`,
        `$pair = "api-reader:${g.s(human())}"\n$enc = [System.Text.Encoding]::UTF8.GetBytes($pair)\n$b64 = [Convert]::ToBase64String($enc)`,
        `const pair = 'svc:${g.s(human())}';\nconst auth = btoa(pair);`,
        `$auth_string = 'shop:${g.s(human())}';\n$header = 'Basic ' . base64_encode($auth_string);`,
        `let raw = "ios-client:${g.s(human())}"\nreturn "Basic " + Data(raw.utf8).base64EncodedString()`,
        `raw := "svc:${g.s(human())}"\nreq.Header.Set("Authorization", "Basic "+base64.StdEncoding.EncodeToString([]byte(raw)))`,
        `const plain = 'svc:${g.s(human())}';\nconst auth = Buffer.from(plain).toString('base64');`,
      ];
    },
    negatives: (g) => [
      // Not encoded: a pair kept for something else.
      `$pair = 'key:${g.alnum(12)}'\nWrite-Host $pair`,
      // Built from variables, or a placeholder.
      '$pair = "$($user):$($pass)"\n$basic = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair))',
      "$pair = 'svc:changeme'\n$basic = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair))",
      // Another variable is encoded.
      `$pair = 'svc:${g.alnum(6)}Harbor!'\n$basic = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pairs))`,
      // Bytes taken but not encoded to base64; a time of day.
      `let raw = "svc:${g.alnum(6)}Harbor!"\nlet body = Data(raw.utf8)`,
      `const raw = '12:30:45';\nconst b = Buffer.from(raw).toString('base64');`,
    ],
  },
};

/** The key before the colon, the password empty or Freshdesk's conventional `X`. */
const KEY_USER = `["'](?<secret>[A-Za-z0-9_-]{16,64}):[Xx]?["']`;

function validateKeyUser(value: string, ctx: MatchContext): boolean {
  if (!reportable(ctx.path)) return false;
  return looksRandom(value) && /\d/.test(value) && /[A-Za-z]/.test(value);
}

export const encodedKeyUserRule: Rule = {
  id: 'encoded-basic-auth-key-user',
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  description: 'Hard-coded API key given as the user of a base64-encoded Basic Authorization header (empty or X password)',
  keywords: ENCODERS,
  keywordWindow: { before: 20, after: 140 },
  pattern: new RegExp(`${ENCODER_CALL}[ \\t]{0,2}\\([ \\t]{0,4}[bB]?${KEY_USER}`),
  validate: validateKeyUser,
  envName: 'API_KEY',
  severity: 'warning',
  docsUrl: 'https://cwe.mitre.org/data/definitions/798.html',
  revocationUrl: null,
  revocationNote: "Regenerate the API key in the service's profile settings, then read it from the environment or a secret store.",
  examples: {
    positives: (g) => [
      `$fs = @{ Authorization = 'Basic ' + [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes('${g.s(g.alnum(20))}:X')) }`,
      `headers = {"Authorization": "Basic " + base64.b64encode(b"${g.s(g.alnum(24))}:X").decode()}`,
      `const auth = btoa('${g.s(g.alnum(32))}:');`,
    ],
    negatives: (g) => ["const auth = btoa('abcdefghijklmnopqrst:X');", `const auth = btoa(apiKey + ':X');`, `const b = btoa('${g.lower(8)}_${g.lower(9)}:');`],
  },
};
