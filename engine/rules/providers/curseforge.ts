// CurseForge: the Core API key (console.curseforge.com) is written like a bcrypt hash (`$2a$10$` and 53 characters),
// so it is told from a stored hash by where it sits: under a CurseForge key's name (`CF_API_KEY` of the
// itzg/minecraft-server image, `curseforge_api_key`) or sent as the `x-api-key` header, the Core API's header.
import { isLiteralToken } from '../../validators/literalArgument';
import type { ExampleGen, Rule } from '../../types';

const BCRYPT_ALPHABET = './0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const coreKey = (g: ExampleGen) => `$2a$10$${g.chars(BCRYPT_ALPHABET, 53)}`;

export const curseforgeRules: Rule[] = [
  {
    id: 'curseforge-core-api-key',
    provider: 'CurseForge',
    family: 'saas',
    priority: 'context',
    description: 'CurseForge Core API key (`$2a$10$…`) under a CurseForge key name or in an `x-api-key` header',
    keywords: ['$2a$10$'],
    keywordWindow: { before: 120, after: 70 },
    pattern:
      /(?:(?:curse[_.-]?forge|\bcf)[\w.-]{0,16}?(?:api[_.-]?)?key["']?[ \t]{0,4}(?:[:=]|:=)[ \t]{0,4}["']?|[Xx]-[Aa]pi-[Kk]ey["']?[ \t]{0,2}[:=,][ \t]{0,4}["']?)(?<secret>\$2a\$10\$[./A-Za-z0-9]{53})(?![./A-Za-z0-9])/i,
    skipPlaceholderCheck: true,
    validate: (secret) => isLiteralToken(secret.slice(7)),
    envName: 'CF_API_KEY',
    severity: 'error',
    docsUrl: 'https://docs.curseforge.com/rest-api/#authentication',
    revocationUrl: 'https://console.curseforge.com/#/api-keys',
    examples: {
      positives: (g) => [
        `environment:\n  TYPE: "AUTO_CURSEFORGE"\n  CF_API_KEY: "${g.s(coreKey(g))}"\n`,
        `curl -s -H "x-api-key: ${g.s(coreKey(g))}" "https://api.curseforge.com/v1/mods/238222"`,
        `curseforge_api_key = '${g.s(coreKey(g))}'`,
      ],
      negatives: (g) => [`password_hash: "${coreKey(g)}"`, `INSERT INTO users (name, password) VALUES ('ola', '${coreKey(g)}');`, 'CF_API_KEY: "${CF_API_KEY}"'],
    },
  },
];
