// A generated secret pasted into a config file or script as a comment, on the line under a comment that names it
// (rw-dev18, rw-dev24, rw-dev25): `# ---- forwarding.secret (pasted here so the backend admins can copy it) ----`
// then `# <value>`; `# /etc/osquery/enroll_secret (copied here by mistake):` then `# <value>`; `# jwtsecret.hex was
// created with: openssl rand -hex 32` then `# contents (for teku on the other box): <value>`. The value sits alone
// on its comment line (or after a short lead ending in a colon), so no key names it; the comment above does. It must
// look generated (a hash of a file or a commit id is named by its own words, which the comment above must not use).
import { lineStartNear } from '../detect/lineStartNear';
import { fileKind } from '../validators/fileKind';
import { tokenVerdict } from '../validators/secretValue';
import { looksRandom } from '../validators/valueStats';
import type { MatchContext, Rule } from '../types';
import { NOT_GIVEN } from './commentNamedPasswords';
import { GENERIC_SECRET_NOTE } from './revocationNotes';

/**
 * What the comment above names: a secret's file or setting (`forwarding.secret`, `enroll_secret`, `jwtsecret.hex`). Not
 * `token` or `key`: code comments use them for lexer tokens and map keys, and reading them doubled the rule's cost.
 */
const SECRET_WORD = /secret|passphrase/i;

/** Comments that name something public or derived: a public key, a hash or checksum, a commit, an id. */
const NOT_SECRET = /public|\bpub\b|hash|sha-?\d|md5|checksum|digest|fingerprint|commit|\bids?\b|uuid|nonce|salt|example|sample|dummy|fake|placeholder/i;

function validate(value: string, ctx: MatchContext): boolean {
  const kind = fileKind(ctx.path);
  if (kind !== 'code' && kind !== 'config' && kind !== 'unknown') return false;
  // The two comment lines: the one holding the value and the one above it.
  const lineStart = lineStartNear(ctx.text, ctx.start, ctx.start - 200);
  const aboveStart = lineStartNear(ctx.text, lineStart - 1, lineStart - 300);
  const above = ctx.text.slice(aboveStart, Math.max(aboveStart, lineStart - 1));
  const lead = ctx.text.slice(lineStart, ctx.start);
  if (!SECRET_WORD.test(above) || NOT_SECRET.test(above) || NOT_SECRET.test(lead)) return false;
  // A lone key before the value (`# client_id: v`) names it itself: the keyed rules read that.
  if (/^[ \t]*(?:#|\/\/|;|--)[ \t]*[\w.-]+[ \t]*:[ \t]*$/.test(lead)) return false;
  // Paths and dotted file names are what the secret is called, not remarks about it.
  const words = `${above} ${lead}`.replace(/[^\s.@:/]{0,80}[.@:/]\S{0,80}/g, ' ');
  if (NOT_GIVEN.test(words.replace(/\b(?:file|env)\b/gi, ' '))) return false;
  if (value.length < 16 || !looksRandom(value) || !/\d/.test(value) || !/[A-Za-z]/.test(value)) return false;
  return tokenVerdict(value, 'secret', 'secret') === undefined;
}

export const commentPastedSecretRules: Rule[] = [
  {
    id: 'comment-pasted-secret',
    provider: 'Generic',
    family: 'generic',
    priority: 'generic',
    description: 'Generated secret pasted as a comment line under a comment that names it (# forwarding.secret … ⏎ # <value>)',
    keywords: ['secret', 'passphrase'],
    keywordWindow: { before: 200, after: 400 },
    // A comment line naming the secret, then the next comment line: the value alone, or after a lead ending in `:`.
    pattern: /(?:^|\n)[ \t]{0,20}(?:#|\/\/|;|--)[^\n]{0,200}\n[ \t]{0,20}(?:#|\/\/|;|--)[ \t]{0,4}(?:[^\n:]{1,60}:[ \t]{1,2})?(?<secret>[A-Za-z0-9+/_-]{16,128}={0,2})[ \t]*(?=\r?\n|$)/,
    validate,
    envName: 'SECRET',
    severity: 'warning',
    docsUrl: 'https://cwe.mitre.org/data/definitions/798.html',
    revocationUrl: null,
    revocationNote: GENERIC_SECRET_NOTE,
    examples: {
      positives: (g) => [
        `show-plugins = false\n\n# ---- forwarding.secret (pasted here so the backend admins can copy it into paper-global.yml) ----\n# ${g.s(`${g.alnum(30)}${g.digits(2)}`)}\n`,
        `--enroll_tls_endpoint=/api/v1/osquery/enroll\n# /etc/osquery/enroll_secret (copied here by mistake in the golden image):\n# ${g.s(`${g.digits(2)}${g.alnum(30)}`)}\n`,
        `# jwtsecret.hex was created with: openssl rand -hex 32 > jwtsecret.hex\n# contents (for teku on the other box): ${g.s(g.hex(64))}\ndocker logs -f besu\n`,
      ],
      negatives: (g) => [
        `# public key of the signing secret:\n# ${g.alnum(44)}\n`,
        `# sha256 of the token file:\n# ${g.hex(64)}\n`,
        `// commit that rotated the api_key:\n// ${g.hex(40)}\n`,
        `# secret goes here, for example:\n# ${g.alnum(32)}\n`,
        `# the token comes from the vault:\n# ${g.alnum(32)}\n`,
        `# token expiry check\n# ${g.lower(8)}_${g.lower(8)}_${g.lower(8)}\n`,
        `# api_key for the demo\n# abcdefghijklmnopqrstuvwxyz012345\n`,
        `# secret settings\n# client_id: ${g.alnum(20)}\n`,
      ],
    },
  },
];
