// Secrets given as the items of a list under a secret's name: a JSON or YAML flow list (Tasmota's backup
// `"StaPwd": ["…", "****"]`, `"passwords": ["…"]`) or a YAML block list (a Unity asset's `secretKey:` with one
// `- …` line per platform). The generic assignment rule reads one value after a name; a list holds several, each
// a value of that name. Only short lists count (a long one is a dictionary of common passwords or of names), and
// names of lists about secrets rather than of them (`ignoreSecrets`, `weakPasswords`, `redactTokens`) are skipped.
import { lineEndNear, lineStartNear } from '../detect/lineStartNear';
import { fileKind, genericRulesApply } from '../validators/fileKind';
import { isLiteralPassword } from '../validators/literalArgument';
import { readSecretName } from '../validators/secretName';
import { namedValueVerdict } from '../validators/secretValue';
import type { MatchContext, Rule } from '../types';
import { GENERIC_SECRET_NOTE } from './revocationNotes';
import { madeUpPassword } from './humanPasswords';

/** Words of a name for a list about secrets (rules, filters, examples), not a list of the secrets themselves. */
const ABOUT_SECRETS =
  /ignore|redact|mask|allow|deny|block|exclude|include|filter|sensitive|forbid|common|weak|banned|black|white|known|default|example|sample|test|dummy|fake|invalid|bad|wrong|type|name|field|pattern|rule|regex|prefix|header|param|env|var|list|history|previous|old|reserved/i;

/** At most this many items before the one matched, and in the whole list. */
const MAX_ITEMS = 6;

function listIsShort(text: string, end: number, flow: boolean): boolean {
  if (flow) {
    // The whole list is on the item's line and holds at most MAX_ITEMS + 1 items.
    const before = text.slice(lineStartNear(text, end, end - 600), end);
    const after = text.slice(end, lineEndNear(text, end, end + 600));
    const open = before.lastIndexOf('[');
    const close = after.indexOf(']');
    const commas = (s: string) => (s.match(/,/g) ?? []).length;
    return open >= 0 && close >= 0 && commas(before.slice(open)) + commas(after.slice(0, close)) <= MAX_ITEMS;
  }
  // A block list: at most MAX_ITEMS more `- ` lines below.
  const below = text
    .slice(end, end + 800)
    .split('\n', MAX_ITEMS + 3)
    .slice(1);
  const items = below.findIndex((line) => !/^[ \t]{0,40}-[ \t]/.test(line));
  return items >= 0 && items <= MAX_ITEMS;
}

function validateItem(value: string, ctx: MatchContext, flow: boolean): boolean {
  const key = ctx.keyName ?? '';
  if (!genericRulesApply(ctx.path) || ABOUT_SECRETS.test(key)) return false;
  // A mapping's key or a flow collection as the item (`- usernamePassword:` under Jenkins' `credentials:`), an anchor or alias.
  if (/[:{}[\],]$/.test(value) || /^[{[&*!|>%@]/.test(value)) return false;
  const reading = readSecretName(key);
  if (!reading || reading.weak) return false;
  const kind = fileKind(ctx.path);
  if (kind === 'lockfile' || kind === 'minified') return false;
  if (!listIsShort(ctx.text, ctx.end, flow)) return false;
  // Names and identifiers as items (`secrets: ["DB_PASSWORD", "api-token"]`): which secrets, not their values.
  if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$|^[a-z][a-z0-9]*(?:[_.-][a-z0-9]+)+$/.test(value) && reading.kind !== 'password') return false;
  if (reading.kind === 'password' && !isLiteralPassword(value)) return false;
  const strict = kind === 'test' || kind === 'example';
  return namedValueVerdict(value, key, reading, { strict, quote: ctx.text.charAt(ctx.start - 1) }) === undefined;
}

const base = {
  provider: 'Generic',
  family: 'generic' as const,
  priority: 'generic' as const,
  appliesToPath: genericRulesApply,
  // namedValueVerdict reads placeholders (its commonVerdict); the shared filter costs more per candidate.
  skipPlaceholderCheck: true,
  envName: 'SECRET',
  severity: 'warning' as const,
  docsUrl: 'https://cwe.mitre.org/data/definitions/798.html',
  revocationUrl: null,
  revocationNote: GENERIC_SECRET_NOTE,
};

const KEYWORDS = ['pwd', 'pass', 'secret', 'token'];
/** The flow list's key ends right before its `:`/`=` (`"StaPwd": [`, `ADMIN_TOKENS = [`): narrower words keep its windows few. */
const FLOW_KEYWORDS = ['pwd', 'passw', 'passphrase', 'secret', 'tokens', 'token"', "token'", 'token:', 'token ='];

export const secretListItemRules: Rule[] = [
  {
    ...base,
    // Found while tuning on rw-dev23 (a Tasmota backup decoded to JSON).
    id: 'generic-secret-list-item',
    description: 'Password or secret given as an item of a short list under a secret-like name (JSON, YAML or code)',
    keywords: FLOW_KEYWORDS,
    keywordWindow: { before: 40, after: 200 },
    pattern:
      // The opening quote first, not in a group (the regex engine then skips to it), then what stands before it.
      /["'](?<=[[,][ \t]{0,2}["'])(?<=(?:^|[\s{,(])["']?(?<key>[A-Za-z_][\w.-]{0,40})["']?[ \t]{0,4}[:=][ \t]{0,4}\[[ \t]{0,4}(?:["'][^"'\n]{0,64}["'][ \t]{0,2},[ \t]{0,2}){0,3}["'])(?<secret>[^"'\s\\]{4,100})["'](?=[ \t]{0,4}[,\]])/m,
    validate: (value, ctx) => validateItem(value, ctx, true),
    examples: {
      positives: (g) => {
        const human = () => madeUpPassword(g, 3, ['!', '#', '+', '%']);
        return [
          `{\n  "StaSsid": ["Heimnetz", "Heimnetz-Gast"],\n  "StaPwd": ["${g.s(human())}", "****"],\n  "MqttHost": "10.0.0.2"\n}`,
          `smtp:\n  passwords: ["${g.s(human())}"]\n`,
          `ADMIN_TOKENS = ['${g.s(g.alnum(32))}', '${g.s(g.alnum(32))}']\n`,
        ];
      },
      negatives: (g) => [
        // Names of secrets, rules about them, placeholders, a dictionary of common passwords.
        '  secrets: ["DB_PASSWORD", "API_TOKEN_2024"]\n',
        `  ignoreSecrets: ["${g.alnum(24)}"]\n`,
        `  weakPasswords: ["${madeUpPassword(g, 3, ['!'])}", "123456"]\n`,
        '  "passwords": ["changeme", "<your password>"]\n',
        `  passwords: [${Array.from({ length: 12 }, () => `"${madeUpPassword(g, 3, ['!'])}"`).join(', ')}]\n`,
        `  tokens: ["(", ")", "{", "}"]\n`,
        `  keys: ["${g.alnum(32)}"]\n`,
      ],
    },
  },
  {
    ...base,
    // Found while tuning on rw-dev18 (GameAnalytics' Settings.asset keeps one secret key per platform).
    id: 'generic-secret-block-list-item',
    description: 'Password or secret given as an item of a short YAML block list under a secret-like name',
    keywords: KEYWORDS,
    keywordWindow: { before: 60, after: 600 },
    pattern:
      // The item's dash first (the regex engine skips to it), then the key and the items above it.
      /-(?<=^[ \t]{0,40}-)(?<=^[ \t]{0,40}["']?(?<key>[A-Za-z_][\w.-]{0,40})["']?:[ \t]{0,4}\r?\n(?:[ \t]{0,40}-[ \t]{1,4}[^\n]{1,120}\n){0,6}[ \t]{0,40}-)[ \t]{1,4}(?<q>["']?)(?<secret>[^\s"']{4,100})\k<q>[ \t]{0,4}\r?$/m,
    validate: (value, ctx) => validateItem(value, ctx, false),
    examples: {
      positives: (g) => [
        `  gameKey:\n  - ${g.hex(32)}\n  secretKey:\n  - ${g.s(g.hex(40))}\n  - ${g.s(g.hex(40))}\n  build:\n  - 0.1\n`,
        `mqtt:\n  passwords:\n    - "${g.s(madeUpPassword(g, 3, ['!', '#']))}"\n`,
      ],
      negatives: (g) => [
        '  secrets:\n  - DB_PASSWORD\n  - API_TOKEN\n',
        '  credentials:\n  - usernamePassword:\n      scope: GLOBAL\n      id: deploy\n',
        '  tokens:\n  - name: deploy\n    value: ${DEPLOY_TOKEN}\n',
        `  bannedPasswords:\n  - ${madeUpPassword(g, 3, ['!'])}\n`,
        `  secretKey:\n  - ${g.alnum(32)}\n  - a\n  - b\n  - c\n  - d\n  - e\n  - f\n  - g\n  - h\n`,
      ],
    },
  },
];
