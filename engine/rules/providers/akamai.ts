// Akamai EdgeGrid API credentials (.edgerc): a client secret that signs requests, with the client token,
// access token and host it belongs to. One credential: reported, moved and rotated together.
import type { ExampleGen, Rule } from '../../types';
import { assignmentPattern, keyStartsWord, namedPart } from '../ruleBuilders';

const DOCS = 'https://techdocs.akamai.com/developer/docs/set-up-authentication-credentials';
const REVOKE = 'https://control.akamai.com/apps/identity-management/#/tabs/users/list';
const LOWER_DIGITS = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** `akab-` + two random lower-case groups: the shape of EdgeGrid client and access tokens and host names. */
const AKAB = 'akab-[a-z0-9]{12,40}-[a-z0-9]{12,40}';
const akab = (g: ExampleGen) => `akab-${g.chars(LOWER_DIGITS, 16)}-${g.chars(LOWER_DIGITS, 16)}`;
const secret = (g: ExampleGen) => `${g.base64(43)}=`;

/** An .edgerc section with the given values marked by the caller. */
function edgerc(g: ExampleGen, mark: { secret: (v: string) => string; part: (v: string) => string }): string {
  return [
    '[default]',
    `client_secret = ${mark.secret(secret(g))}`,
    `host = ${mark.part(`${akab(g)}.luna.akamaiapis.net`)}`,
    `access_token = ${mark.part(akab(g))}`,
    `client_token = ${mark.part(akab(g))}`,
    '',
  ].join('\n');
}

/** EdgeGrid values sit under generic names (`client_secret`): they count only in a file that has `akab-` tokens. */
const nearAkamai = (ctx: { text: string; start: number }) => /akab-|akamai/i.test(ctx.text.slice(Math.max(0, ctx.start - 600), ctx.start + 600));

export const akamaiRules: Rule[] = [
  {
    id: 'akamai-edgegrid-client-secret',
    provider: 'Akamai',
    family: 'infrastructure',
    priority: 'context',
    description: 'Akamai EdgeGrid API client secret',
    keywords: ['akab-'],
    pattern: assignmentPattern(['client[_-]?secret', 'akamai[_-]?client[_-]?secret'], '[A-Za-z0-9+/]{43}=', 'A-Za-z0-9+/='),
    validate: (_s, ctx) => keyStartsWord(ctx) && nearAkamai(ctx),
    minEntropy: 4,
    envName: 'AKAMAI_CLIENT_SECRET',
    docsUrl: DOCS,
    revocationUrl: REVOKE,
    revocationNote: 'Rotate the API client’s credential in Identity and Access Management → API clients, then delete the old one.',
    parts: [
      namedPart({ id: 'client-token', label: 'client token', names: ['client[_-]?token'], value: AKAB, envName: 'AKAMAI_CLIENT_TOKEN', sensitive: true }),
      namedPart({ id: 'access-token', label: 'access token', names: ['access[_-]?token'], value: AKAB, envName: 'AKAMAI_ACCESS_TOKEN', sensitive: true }),
      namedPart({ id: 'host', label: 'API host', names: ['host'], value: `${AKAB}\\.luna(?:-[a-z]+)?\\.akamaiapis\\.net`, envName: 'AKAMAI_HOST' }),
    ],
    examples: {
      positives: (g) => [edgerc(g, { secret: g.s, part: g.p }), `export AKAMAI_CLIENT_TOKEN=${g.p(akab(g))}\nexport AKAMAI_CLIENT_SECRET=${g.s(secret(g))}\n`],
      negatives: (g) => [
        // The same shape in a file with nothing of Akamai: an unrelated OAuth client secret.
        `client_secret = ${secret(g)}\nclient_id = ${g.uuid()}\n`,
        edgerc(g, { secret: () => 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx=', part: (v) => v }),
        `[default]\nclient_secret = ${g.base64(20)}=\nhost = ${akab(g)}.luna.akamaiapis.net\n`,
      ],
    },
  },
  {
    id: 'akamai-edgegrid-access-token',
    provider: 'Akamai',
    family: 'infrastructure',
    priority: 'prefix',
    description: 'Akamai EdgeGrid API access token',
    keywords: ['akab-'],
    pattern: assignmentPattern(['access[_-]?token', 'akamai[_-]?access[_-]?token'], AKAB),
    validate: (_s, ctx) => keyStartsWord(ctx),
    envName: 'AKAMAI_ACCESS_TOKEN',
    maskPrefix: /^akab-/,
    docsUrl: DOCS,
    revocationUrl: REVOKE,
    revocationNote: 'Rotate the API client’s credential in Identity and Access Management → API clients (the access token is tied to the client).',
    examples: {
      positives: (g) => [`access_token = ${g.s(akab(g))}\n`, `AKAMAI_ACCESS_TOKEN="${g.s(akab(g))}"`],
      negatives: (g) => [`access_token = akab-${g.lower(5)}-${g.lower(5)}`, `client_token = ${akab(g)}`, 'access_token = akab-xxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxx'],
    },
  },
];
