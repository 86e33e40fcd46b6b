// A Basic credential's base64 blob kept in a variable named for it, the `Basic ` prefix added where it is sent
// (`$basic = "…"` then `Authorization = "Basic $basic"` in PowerShell; `BASIC_AUTH = '…'`; `basicCreds := "…"`).
// The name says Basic and the blob must decode to a `user:password` pair with both halves.
import { decodeBase64Text } from './credentialFiles';
import { isBasicCredential } from './tokenFormats';
import type { MatchContext, Rule } from '../types';

/** A variable or constant whose name says it holds Basic auth (`basic`, `basicAuth`, `BASIC_CREDS`, `auth_basic`). */
const BASIC_NAME = /^(?:basic(?:[_-]?(?:auth|creds?|credentials?|token|header|b64|encoded))?|(?:auth|http|proxy|api)[_-]?basic(?:[_-]?(?:auth|creds?))?|b64[_-]?(?:basic|creds?))$/i;

export const basicBlobVariableRules: Rule[] = [
  {
    id: 'basic-auth-blob-variable',
    provider: 'HTTP Basic auth',
    family: 'token-format',
    priority: 'context',
    description: 'Base64 user:password kept in a variable named for Basic auth (the "Basic " prefix added where it is sent)',
    keywords: ['basic'],
    keywordWindow: { before: 24, after: 440 },
    pattern: /(?<![\w$])\$?(?<key>[A-Za-z_][A-Za-z0-9_-]{0,30})[ \t]{0,4}(?::=|=)[ \t]{0,4}(?<q>["'])(?<secret>[A-Za-z0-9+/]{12,400}={0,2})\k<q>/,
    validate: (value: string, ctx: MatchContext) => {
      if (!BASIC_NAME.test(ctx.keyName ?? '') || !isBasicCredential(value)) return false;
      return /^[^\s:]{1,200}:\S/.test(decodeBase64Text(value) ?? '');
    },
    envName: 'BASIC_AUTH',
    severity: 'error',
    docsUrl: 'https://www.rfc-editor.org/rfc/rfc7617',
    revocationUrl: null,
    revocationNote: 'Change the password (or rotate the client secret) of the account it decodes to (user:password) at the service it is sent to.',
    examples: {
      positives: (g) => [
        `$basic = "${g.s(btoa(`${g.uuid()}:${g.alnum(24)}`))}"\n$tok = Invoke-RestMethod -Headers @{ Authorization = "Basic $basic" }`,
        `BASIC_AUTH = '${g.s(btoa(`svc-sync:${g.alnum(16)}`))}'`,
      ],
      negatives: (g) => [`$basic = "${g.alnum(24)}"`, `$basic = "${btoa('user:password')}"`, `$token = "${btoa(`svc-sync:${g.alnum(16)}`)}"`, `BASIC_AUTH = '${btoa(`:${g.alnum(30)}`)}'`],
    },
  },
];
