// Duo (Cisco) Admin/Auth API secret keys: 40 characters, paired with a `DI…` integration key.
import type { MatchContext, Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

/** Duo's own config files (Authentication Proxy `authproxy.cfg`, duo_unix `login_duo.conf`) name the pair `ikey` / `skey`. */
const INTEGRATION_KEY = /(?<![A-Za-z0-9_])ikey[ \t]{0,4}=[ \t]{0,4}["']?DI[A-Z0-9]{18}(?![A-Za-z0-9])/;

/** The section's integration key (`ikey=DI…`) stands a few lines above or below: the `skey` is its secret key. */
function besideIntegrationKey(_secret: string, ctx: MatchContext): boolean {
  return INTEGRATION_KEY.test(ctx.text.slice(Math.max(0, ctx.start - 300), Math.min(ctx.text.length, ctx.end + 300)));
}

export const duoRules: Rule[] = [
  contextRule({
    id: 'duo-secret-key',
    provider: 'Duo Security',
    family: 'saas',
    description: 'Duo API secret key',
    names: ['duo[_-]?(?:secret|skey|api[_-]?secret)'],
    keywords: ['duo'],
    value: '[A-Za-z0-9]{40}',
    envName: 'DUO_SECRET_KEY',
    docsUrl: 'https://duo.com/docs/adminapi#first-steps',
    revocationUrl: null,
    revocationNote: "Reset the secret key on the application's page in the Duo Admin Panel.",
    sample: (g) => g.alnum(40),
    negatives: (g) => [
      `DUO_SECRET_KEY="${g.alnum(43)}"`, // too long
      `DUO_SECRET_KEY="${g.alnum(20)}.${g.alnum(19)}"`, // a character outside the alphabet
    ],
  }),
  {
    // Found on rw-dev13: `[radius_server_auto]` with `ikey=DI…` and `skey=…` in authproxy.cfg, no `duo` in the names.
    id: 'duo-config-skey',
    provider: 'Duo Security',
    family: 'saas',
    priority: 'context',
    description: 'Duo secret key as `skey` beside its `ikey` in a Duo config (Authentication Proxy, duo_unix)',
    keywords: ['skey'],
    keywordWindow: { before: 0, after: 60 },
    pattern: /(?<![A-Za-z0-9_])skey[ \t]{0,4}=[ \t]{0,4}["']?(?<secret>[A-Za-z0-9]{40})(?![A-Za-z0-9])/,
    validate: besideIntegrationKey,
    envName: 'DUO_SECRET_KEY',
    severity: 'error',
    docsUrl: 'https://duo.com/docs/authproxy-reference',
    revocationUrl: null,
    revocationNote: "Reset the secret key on the application's page in the Duo Admin Panel.",
    examples: {
      positives: (g) => [
        `[radius_server_auto]\nikey=DI${g.upper(9)}${g.digits(9)}\nskey=${g.s(g.alnum(40))}\napi_host=api-${g.hex(8)}.duosecurity.com`,
        `[duo]\nikey = DI${g.upper(10)}${g.digits(8)}\nskey = ${g.s(g.alnum(40))}\nhost = api-${g.hex(8)}.duosecurity.com`,
      ],
      negatives: (g) => [`skey=${g.alnum(40)}`, `[duo]\nikey = DI${g.upper(10)}${g.digits(8)}\nskey = ${g.alnum(39)}`],
    },
  },
];
