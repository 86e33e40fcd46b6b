// A `user:password` literal handed to a base64 encoder: how code builds a Basic Authorization header by hand
// (`btoa('svc:pw')`, `Buffer.from('svc:pw').toString('base64')`, `base64.b64encode(b"svc:pw")`,
// `Base64.getEncoder().encodeToString("svc:pw".getBytes())`, `Convert.ToBase64String(Encoding.UTF8.GetBytes("svc:pw"))`,
// `base64_encode('svc:pw')`, `Base64.strict_encode64("svc:pw")`, `base64.StdEncoding.EncodeToString([]byte("svc:pw"))`).
// The password is the part after the colon.
import { fileKind } from '../../validators/fileKind';
import { passwordVerdict } from '../../validators/secretValue';
import type { MatchContext, Rule } from '../../types';
import { BASIC_LOGIN_NOTE } from '../revocationNotes';
import { madeUpPassword } from '../humanPasswords';

/** Encoders whose argument is the literal (or its bytes: `[]byte(…)`, `Encoding.UTF8.GetBytes(…)`). */
const ENCODER = `(?:btoa|b64encode|standard_b64encode|urlsafe_b64encode|base64_encode|encodeToString|ToBase64String|strict_encode64|encode64|EncodeToString|encodeBase64String|encodeBase64)[ \\t]{0,2}\\([ \\t]{0,4}(?:\\[\\]byte\\(|(?:\\[[\\w.]{1,40}\\]::)?[\\w.]{1,60}\\.GetBytes\\(|bytes\\()?`;

/** Node's `Buffer.from('u:pw')` counts only when encoded to base64 right after. */
const BUFFER = `Buffer\\.from\\(`;
const BUFFER_TAIL = `(?=[ \\t]{0,4}(?:,[ \\t]{0,4}["']utf-?8["'][ \\t]{0,4})?\\)[ \\t]{0,4}\\.toString\\([ \\t]{0,4}["']base64)`;

/** The literal: a user (no colon), a colon, the password; a Python byte string or a `.getBytes()`/`.encode()` after it. */
const PAIR = `[bB]?["'][\\w.@+-]{1,64}:(?<secret>[^"'\\s\\\\:]{3,128})["']`;

function validatePair(value: string, ctx: MatchContext): boolean {
  const kind = fileKind(ctx.path);
  if (kind === 'lockfile' || kind === 'example' || kind === 'minified') return false;
  return passwordVerdict(value, 'password', { strict: kind === 'test', quote: '"' }) === undefined;
}

export const encodedLoginPairRule: Rule = {
  id: 'encoded-basic-auth-pair',
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  description: 'Hard-coded user:password literal base64-encoded into a Basic Authorization header',
  keywords: ['btoa', 'b64encode', 'base64_encode', 'encodetostring', 'tobase64string', 'encode64', 'buffer.from', 'encodebase64'],
  keywordWindow: { before: 40, after: 260 },
  pattern: new RegExp(`(?:${ENCODER}|${BUFFER})${PAIR}(?:${BUFFER_TAIL}|(?<!Buffer\\.from\\([bB]?["'][^"']{0,200}["']))`),
  validate: validatePair,
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
        `fetch(url, { headers: { Authorization: 'Basic ' + btoa('svc:${g.s(human())}') } });`,
        `const auth = Buffer.from('svc:${g.s(human())}').toString('base64');`,
        `headers = {"Authorization": "Basic " + base64.b64encode(b"svc:${g.s(human())}").decode()}`,
        `String auth = Base64.getEncoder().encodeToString("svc:${g.s(human())}".getBytes());`,
        `var auth = Convert.ToBase64String(Encoding.UTF8.GetBytes("svc:${g.s(human())}"));`,
        `$auth = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes("svc:${g.s(human())}"))`,
        `auth := base64.StdEncoding.EncodeToString([]byte("svc:${g.s(human())}"))`,
      ];
    },
    negatives: () => [
      "const auth = btoa(user + ':' + password);",
      "const auth = Buffer.from('svc:changeme').toString('base64');",
      "const b = Buffer.from('12:30:45');",
      "const id = Buffer.from('order:Harbor123!', 'utf8');",
      'headers = {"Authorization": "Basic " + base64.b64encode(f"{user}:{pw}".encode()).decode()}',
      "const auth = btoa('svc:');",
    ],
  },
};
