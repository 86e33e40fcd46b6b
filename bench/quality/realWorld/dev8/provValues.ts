// Value makers of the rw-dev8 prov part: provider credentials in the shapes their providers' documentation
// describes (prefix, length, alphabet), the prefix-less ones that only the names around them tie to a provider,
// and the public ids, documented examples and placeholders that sit beside them. All drawn from the set's
// seeded generator at run time; nothing secret-looking is committed.
import type { ExampleGen } from '../../../../engine/types';
import { LOWNUM, UPNUM } from '../kit';

const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

const b64 = (s: string) => Buffer.from(s).toString('base64');
const b64u = (s: string) => Buffer.from(s).toString('base64url');

/** Provider credential makers, keyed by what the label says. */
export const PV = {
  // Prefixed formats (documented prefixes).
  stripeSecret: (g: ExampleGen) => `sk_live_${g.alnum(g.pick([24, 99]))}`,
  stripeRestricted: (g: ExampleGen) => `rk_live_${g.alnum(g.pick([24, 99]))}`,
  stripeWebhook: (g: ExampleGen) => `whsec_${g.alnum(32)}`,
  github: (g: ExampleGen) => g.crc32Token('ghp_', 30),
  githubFine: (g: ExampleGen) => `github_pat_${g.chars(UPNUM, 22)}_${g.alnum(59)}`,
  gitlab: (g: ExampleGen) => `glpat-${g.chars(B62 + '-_', 20)}`,
  slackBot: (g: ExampleGen) => `xoxb-${g.digits(12)}-${g.digits(13)}-${g.alnum(24)}`,
  sendgrid: (g: ExampleGen) => `SG.${g.base64url(22)}.${g.base64url(43)}`,
  anthropic: (g: ExampleGen) => `sk-ant-api03-${g.base64url(93)}AA`,
  openai: (g: ExampleGen) => `sk-proj-${g.base64url(g.pick([48, 74, 132]))}`,
  npm: (g: ExampleGen) => g.crc32Token('npm_', 30),
  pypi: (g: ExampleGen) => `pypi-AgEIcHlwaS5vcmc${g.base64url(g.pick([70, 120, 150]))}`,
  dockerHub: (g: ExampleGen) => `dckr_pat_${g.base64url(27)}`,
  nuget: (g: ExampleGen) => `oy2${g.chars('abcdefghijklmnopqrstuvwxyz234567', 43)}`,
  digitalocean: (g: ExampleGen) => `dop_v1_${g.hex(64)}`,
  shopify: (g: ExampleGen) => `shpat_${g.hex(32)}`,
  mapboxSecret: (g: ExampleGen) => `sk.${b64u(JSON.stringify({ u: g.pick(['acme-maps', 'fieldops', 'geo-team']), a: g.chars(LOWNUM, 25) }))}.${g.base64url(22)}`,
  bitbucketAppPassword: (g: ExampleGen) => `ATBB${g.alnum(32)}`,
  atlassian: (g: ExampleGen) => `ATATT3xFfGF0${g.base64url(g.pick([170, 180]))}=${g.hex(8).toUpperCase()}`,
  onePasswordService: (g: ExampleGen) =>
    `ops_${b64(JSON.stringify({ signInAddress: 'my.1password.com', userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', iterations: 650000, salt: g.base64url(22) }, email: `${g.lower(10)}@${g.lower(13)}.1passwordserviceaccounts.com`, srpX: g.hex(64), muk: { alg: 'A256GCM', ext: true, k: g.base64url(43), key_ops: ['encrypt', 'decrypt'], kty: 'oct', kid: 'mp' }, secretKey: `A3-${g.chars(UPNUM, 6)}-${g.chars(UPNUM, 6)}`, throttleSecret: { seed: g.hex(64), deviceUuid: g.chars(LOWNUM, 26) }, deviceUuid: g.chars(LOWNUM, 26) })).replace(/=+$/, '')}`,
  onePasswordSecretKey: (g: ExampleGen) => `A3-${g.chars(UPNUM, 6)}-${g.chars(UPNUM, 6)}-${g.chars(UPNUM, 5)}-${g.chars(UPNUM, 5)}-${g.chars(UPNUM, 5)}-${g.chars(UPNUM, 5)}`,
  octopus: (g: ExampleGen) => `API-${g.chars(UPNUM, g.pick([26, 27, 28, 30, 32]))}`,
  cloudflareOriginCa: (g: ExampleGen) => `v1.0-${g.hex(24)}-${g.hex(146)}`,
  newRelicUser: (g: ExampleGen) => `NRAK-${g.chars(UPNUM, 27)}`,
  newRelicLicense: (g: ExampleGen) => `${g.hex(36)}NRAL`,
  linear: (g: ExampleGen) => `lin_api_${g.alnum(40)}`,
  doppler: (g: ExampleGen) => `dp.st.${g.pick(['prd', 'stg', 'dev'])}.${g.alnum(43)}`,
  vault: (g: ExampleGen) => `hvs.${g.base64url(91)}`,
  terraformCloud: (g: ExampleGen) => `${g.alnum(14)}.atlasv1.${g.alnum(67)}`,
  grafanaSa: (g: ExampleGen) => `glsa_${g.alnum(32)}_${g.hex(8)}`,
  postman: (g: ExampleGen) => `PMAK-${g.hex(24)}-${g.hex(34)}`,
  databricks: (g: ExampleGen) => `dapi${g.hex(32)}`,
  huggingface: (g: ExampleGen) => `hf_${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 34)}`,
  sonar: (g: ExampleGen) => `squ_${g.hex(40)}`,
  brevo: (g: ExampleGen) => `xkeysib-${g.hex(64)}-${g.alnum(16)}`,
  awsKeyId: (g: ExampleGen) => `AKIA${g.chars(B32, 16)}`,
  awsTempKeyId: (g: ExampleGen) => `ASIA${g.chars(B32, 16)}`,
  awsSessionToken: (g: ExampleGen) => `IQoJb3JpZ2luX2Vj${g.base64(g.pick([300, 360]))}`,

  // Prefix-less formats: only the provider named near them says what they are.
  awsSecret: (g: ExampleGen) => g.chars(B62 + '+/', 40),
  mailgunKey: (g: ExampleGen) => g.pick([() => `key-${g.hex(32)}`, () => `${g.hex(32)}-${g.hex(8)}-${g.hex(8)}`])(),
  mailgunSigningKey: (g: ExampleGen) => g.hex(32),
  datadogApi: (g: ExampleGen) => g.hex(32),
  datadogApp: (g: ExampleGen) => g.hex(40),
  twilioAuthToken: (g: ExampleGen) => g.hex(32),
  twilioApiSecret: (g: ExampleGen) => g.alnum(32),
  algoliaAdmin: (g: ExampleGen) => g.hex(32),
  pusherSecret: (g: ExampleGen) => g.hex(20),
  azureStorageKey: (g: ExampleGen) => `${g.base64(86)}==`,
  azureClientSecret: (g: ExampleGen) => `${g.alnum(3)}8Q~${g.chars(B62 + '.-_~', 34)}`,
  gcpKeyId: (g: ExampleGen) => g.hex(40),
  akamaiSecret: (g: ExampleGen) => `${g.base64(43)}=`,
  akamaiToken: (g: ExampleGen) => `akab-${g.chars('abcdefghijklmnopqrstuvwxyz234567', 16)}-${g.chars('abcdefghijklmnopqrstuvwxyz234567', 16)}`,
  cloudflareToken: (g: ExampleGen) => g.chars(B62 + '_-', 40),
  cloudflareGlobalKey: (g: ExampleGen) => g.hex(37),
  deepseek: (g: ExampleGen) => `sk-${g.hex(32)}`,
  discordBot: (g: ExampleGen) => `${b64(`1${g.digits(18)}`).replace(/=+$/, '')}.${g.base64url(6)}.${g.base64url(38)}`,
  atlassianLegacy: (g: ExampleGen) => g.alnum(24),
  tableauSecret: (g: ExampleGen) => `${g.base64(22)}==:${g.alnum(32)}`,
  heroku: (g: ExampleGen) => g.uuid(),
  postmark: (g: ExampleGen) => g.uuid(),
  mailchimp: (g: ExampleGen) => `${g.hex(32)}-us${g.pick(['6', '14', '19', '21'])}`,
  sentryAuth: (g: ExampleGen) => g.hex(64),
  pagerduty: (g: ExampleGen) => g.chars(B62 + '+_-', 20),
  segmentWrite: (g: ExampleGen) => g.alnum(32),
  mixpanelSecret: (g: ExampleGen) => g.hex(32),
  bugsnag: (g: ExampleGen) => g.hex(32),
  rollbar: (g: ExampleGen) => g.hex(32),
  circleci: (g: ExampleGen) => g.hex(40),
  zendesk: (g: ExampleGen) => g.alnum(40),
  okta: (g: ExampleGen) => `00${g.base64url(40)}`,
  auth0Secret: (g: ExampleGen) => g.base64url(64),
  paypalSecret: (g: ExampleGen) => `E${g.base64url(79)}`,
  plaidSecret: (g: ExampleGen) => g.hex(30),
  braintreePrivate: (g: ExampleGen) => g.hex(32),
  facebookSecret: (g: ExampleGen) => g.hex(32),
  twitchSecret: (g: ExampleGen) => g.chars(LOWNUM, 30),
  mistral: (g: ExampleGen) => g.alnum(32),
  cohere: (g: ExampleGen) => g.alnum(40),
  elevenlabs: (g: ExampleGen) => g.hex(32),
  confluentSecret: (g: ExampleGen) => g.chars(B62 + '+/', 64),
  mongoAtlasPrivate: (g: ExampleGen) => g.uuid(),
  launchdarklySdk: (g: ExampleGen) => `sdk-${g.uuid()}`,
  vercel: (g: ExampleGen) => g.alnum(24),
  netlify: (g: ExampleGen) => g.base64url(43),
  telegram: (g: ExampleGen) => `${g.digits(10)}:AA${g.base64url(33)}`,
  snyk: (g: ExampleGen) => g.uuid(),
  codecov: (g: ExampleGen) => g.uuid(),
  hasuraAdmin: (g: ExampleGen) => g.pick([() => g.alnum(32), () => g.base64url(40), () => g.hex(48)])(),
  jfrogIdentity: (g: ExampleGen) => `cmVmdGtuOjAxOjE3${g.base64url(48)}`,
  vonageSecret: (g: ExampleGen) => g.alnum(16),
  honeycomb: (g: ExampleGen) => g.alnum(22),
  intercom: (g: ExampleGen) => `dG9rOj${g.base64(54)}=`,
  rubygems: (g: ExampleGen) => `rubygems_${g.hex(48)}`,
  azureDevopsPat: (g: ExampleGen) => g.chars('abcdefghijklmnopqrstuvwxyz234567', 52),
  opsgenie: (g: ExampleGen) => g.uuid(),
  pagerdutyRouting: (g: ExampleGen) => g.hex(32),
  slackWebhook: (g: ExampleGen) => `https://hooks.slack.com/services/T${g.chars(UPNUM, 8)}/B${g.chars(UPNUM, 10)}/${g.alnum(24)}`,
  azureSasSig: (g: ExampleGen) => encodeURIComponent(`${g.base64(42)}=`),
  jenkinsApiToken: (g: ExampleGen) => `11${g.hex(32)}`,
};

export type PvName = keyof typeof PV;

/** Public by design, documented examples and look-alike ids that sit beside the secrets (marked negatives). */
export const PUB = {
  stripePk: (g: ExampleGen) => `pk_live_${g.alnum(24)}`,
  algoliaAppId: (g: ExampleGen) => g.chars(UPNUM, 10),
  algoliaSearch: (g: ExampleGen) => g.hex(32),
  twilioSid: (g: ExampleGen) => `AC${g.hex(32)}`,
  twilioKeySid: (g: ExampleGen) => `SK${g.hex(32)}`,
  mapboxPublic: (g: ExampleGen) => `pk.${b64u(JSON.stringify({ u: g.pick(['acme-maps', 'fieldops']), a: g.chars(LOWNUM, 25) }))}.${g.base64url(22)}`,
  sentryDsn: (g: ExampleGen) => `https://${g.hex(32)}@o${g.digits(6)}.ingest.sentry.io/${g.digits(7)}`,
  firebaseWebKey: (g: ExampleGen) => `AIza${g.base64url(35)}`,
  pusherKey: (g: ExampleGen) => g.hex(20),
  pusherAppId: (g: ExampleGen) => g.digits(7),
  awsExampleId: () => 'AKIAIOSFODNN7EXAMPLE',
  awsExampleSecret: () => 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  uuid: (g: ExampleGen) => g.uuid(),
  sha: (g: ExampleGen) => g.hex(40),
  accountId: (g: ExampleGen) => g.digits(12),
  discordClientId: (g: ExampleGen) => `1${g.digits(18)}`,
  akamaiHost: (g: ExampleGen) => `akab-${g.chars('abcdefghijklmnopqrstuvwxyz234567', 16)}-${g.chars('abcdefghijklmnopqrstuvwxyz234567', 16)}.luna.akamaiapis.net`,
  gcpClientId: (g: ExampleGen) => g.digits(21),
  datadogSite: () => 'datadoghq.eu',
  integrity: (g: ExampleGen) => `sha512-${g.base64(86)}==`,
};

export const PLACEHOLDERS = [
  '<your-api-key>',
  'YOUR_API_KEY',
  'changeme',
  'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
  '********',
  '[REDACTED]',
  '<redacted>',
  'REPLACE_ME',
  'your-secret-here',
  '<paste token here>',
  'TODO',
  '__SECRET__',
];

const WORDS = ['harbor', 'copper', 'juniper', 'falcon', 'meadow', 'quartz', 'saffron', 'tundra', 'orchid', 'glacier', 'raven', 'cobalt', 'zephyr', 'lantern', 'pepper'];
const NAMES = ['Greta', 'Tomasz', 'Aiko', 'Ravi', 'Ingrid', 'Mateo', 'Leila', 'Kwame'];
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/** A password a person set on a registry, CI or console account. */
export function humanPw(g: ExampleGen): string {
  const w = () => g.pick(WORDS);
  switch (g.pick([0, 1, 2, 3, 4, 5])) {
    case 0:
      return `${cap(w())}${g.pick(['2022', '2023', '2024', '2025'])}${g.pick(['!', '#', '?'])}`;
    case 1:
      return `${g.pick(NAMES)}.${w()}${g.digits(2)}`;
    case 2:
      return `${cap(w())}-${cap(w())}-${cap(w())}`;
    case 3:
      return w().replace(/a/g, '4').replace(/e/g, '3').replace(/o/g, '0') + g.pick(['!', '$']) + g.digits(2);
    case 4:
      return `${w()} ${w()} ${w()} ${g.digits(2)}`.replace(/ /g, g.pick(['-', '_', '.']));
    default:
      return `${cap(w())}${cap(w())}${g.digits(3)}`;
  }
}

/** A password a tool generated. */
export function genPw(g: ExampleGen): string {
  return g.pick([() => g.chars(B62 + '!#%^*-_', 20), () => g.alnum(24), () => g.chars('abcdefghijklmnopqrstuvwxyz', 18), () => g.base64url(32)])();
}

export const pem = (g: ExampleGen) => {
  const body = g.base64(64 * 25);
  return `-----BEGIN PRIVATE KEY-----\\n${body.match(/.{1,64}/g)!.join('\\n')}\\n-----END PRIVATE KEY-----\\n`;
};
export const pemRaw = (g: ExampleGen) => {
  const body = g.base64(64 * 25);
  return `-----BEGIN PRIVATE KEY-----\n${body.match(/.{1,64}/g)!.join('\n')}\n-----END PRIVATE KEY-----`;
};

export { b64 };
