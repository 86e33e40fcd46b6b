// A secret as a Ruby block attribute: FactoryBot and Fabrication factories (`password { "…" }`, `api_key { "…" }`),
// dry-configurable and similar DSLs give each attribute its value in a block. The attribute's name says what the
// value is, as an assignment's name would.
import { fileKind } from '../../validators/fileKind';
import { SECRET_NAME_KEYWORDS, readSecretName } from '../../validators/secretName';
import { namedValueVerdict } from '../../validators/secretValue';
import type { MatchContext, Rule } from '../../types';

function validateBlockAttribute(value: string, ctx: MatchContext): boolean {
  // Ruby sources, or text without a path (a paste).
  if (ctx.path !== undefined && !/\.rb$/i.test(ctx.path)) return false;
  const key = ctx.keyName ?? '';
  const reading = readSecretName(key);
  if (!reading) return false;
  const strict = fileKind(ctx.path) === 'test';
  return namedValueVerdict(value, key, reading, { strict, test: strict, quote: ctx.text.charAt(ctx.start - 1) }) === undefined;
}

export const rubyBlockAttributeRule: Rule = {
  id: 'generic-secret-block-attribute',
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  description: 'Hard-coded password or token as a Ruby block attribute (FactoryBot `password { "…" }`)',
  keywords: [...SECRET_NAME_KEYWORDS],
  keywordWindow: { before: 40, after: 240 },
  appliesToPath: (path) => path === undefined || /\.rb$/i.test(path),
  pattern: /(?<![\w.:@$])(?<key>[a-z_][a-z0-9_]{0,60})[ \t]{1,4}\{[ \t]{0,4}(["'])(?<secret>[^"'\\\s]{4,200})\2[ \t]{0,4}\}/,
  validate: validateBlockAttribute,
  skipPlaceholderCheck: true,
  envName: 'SECRET',
  severity: 'warning',
  docsUrl: 'https://cwe.mitre.org/data/definitions/798.html',
  revocationUrl: null,
  revocationNote: 'Change the secret wherever it is issued, and let the factory generate one (SecureRandom) instead.',
  examples: {
    positives: (g) => [
      `factory :user do\n  password { "${g.s(`${g.pick(['Harbor', 'Falcon', 'Maple'])}${g.digits(3)}!${g.alnum(6)}`)}" }\nend`,
      `trait :with_api_key do\n  api_key { "${g.s(g.alnum(40))}" }\nend`,
      `factory :webhook do\n  signing_secret { '${g.s(g.hex(64))}' }\nend`,
    ],
    negatives: () => [
      'factory :user do\n  password { "password" }\nend',
      'factory :user do\n  password { Faker::Internet.password }\nend',
      'factory :user do\n  api_key { SecureRandom.hex(20) }\nend',
      'factory :user do\n  name { "Jane Doe" }\nend',
      'factory :user do\n  password_confirmation { password }\nend',
    ],
  },
};
