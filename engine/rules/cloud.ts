// Cloud platforms: AWS, Google Cloud / Firebase, Azure, Alibaba, Tencent, IBM, Yandex, Backblaze, Cloudinary.
import { lineSaysNotSecret } from '../validators/notSecretRemark';
import { isBrowserGoogleKey } from './publicIdentifiers';
import type { CredentialPart, ExampleGen, Rule } from '../types';
import { UPPER_DIGITS } from './alphabets';
import { UUID, contextRule, namedPart, tokenRule, truncated } from './ruleBuilders';
import { inContexts } from './exampleTexts';

const AWS_DOCS = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html';
const AWS_REVOKE = 'https://console.aws.amazon.com/iam/home#/security_credentials';
const GCP_KEYS_DOCS = 'https://cloud.google.com/docs/authentication/api-keys';
const GCP_CREDENTIALS = 'https://console.cloud.google.com/apis/credentials';
const AZURE_STORAGE_DOCS = 'https://learn.microsoft.com/en-us/azure/storage/common/storage-account-keys-manage';
const AZURE_PORTAL = 'https://portal.azure.com/';

const BASE32_UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** An AWS access key ID: a public 4-letter kind (long-term AKIA, temporary ASIA, …) and 16 base32 characters. */
const AWS_KEY_ID = /(?<![A-Za-z0-9])(?<secret>(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})(?![A-Za-z0-9])/;
const AWS_KEY_ID_PREFIX = /^A[KSBC][IC]A/;
const AWS_SESSION_TOKEN_PREFIXES = ['IQoJb3JpZ2lu', 'FwoGZXIvYXdz'];

/** The parts that go with a secret access key: its key ID, and the session token of temporary credentials. */
const AWS_KEY_PARTS: CredentialPart[] = [
  { id: 'access-key-id', label: 'access key ID', pattern: AWS_KEY_ID, envName: 'AWS_ACCESS_KEY_ID', maskPrefix: AWS_KEY_ID_PREFIX, sensitive: true },
  {
    id: 'session-token',
    label: 'session token',
    pattern: new RegExp(`(?<![A-Za-z0-9/+])(?<secret>(?:${AWS_SESSION_TOKEN_PREFIXES.join('|')})[A-Za-z0-9/+]{100,1500}={0,2})(?![A-Za-z0-9/+=])`),
    envName: 'AWS_SESSION_TOKEN',
    maskPrefix: new RegExp(`^(?:${AWS_SESSION_TOKEN_PREFIXES.join('|')})`),
    sensitive: true,
  },
];

const awsKeyId = (g: ExampleGen) => `AKIA${g.chars(BASE32_UPPER, 16)}`;

const B64 = 'A-Za-z0-9+/';
const B64_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64URL_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * Microsoft's identifiable keys carry a 4-character service signature at a fixed place of the base64 key,
 * and the character after it is constrained by the key's length in bytes: a 64-byte key is 76 characters,
 * the signature, 5 characters, one of A/Q/g/w and `==`; a 32-byte key 33, the signature, A–P, 5 and `=`;
 * a 39-byte key 42, the signature, A–D and 5; Functions keys are URL-safe (44, `AzFu`, 5, A/Q/g/w, `==`).
 */
type AzureKeyShape = '64-byte' | '32-byte' | '39-byte' | 'functions';

const AZURE_KEY_SHAPES: Record<AzureKeyShape, { source: (sig: string) => string; sample: (g: ExampleGen, sig: string) => string }> = {
  '64-byte': { source: (sig) => `[${B64}]{76}${sig}[${B64}]{5}[AQgw]==`, sample: (g, sig) => `${g.chars(B64_CHARS, 76)}${sig}${g.chars(B64_CHARS, 5)}${g.pick(['A', 'Q', 'g', 'w'])}==` },
  '32-byte': { source: (sig) => `[${B64}]{33}${sig}[A-P][${B64}]{5}=`, sample: (g, sig) => `${g.chars(B64_CHARS, 33)}${sig}${g.pick(['A', 'F', 'K', 'P'])}${g.chars(B64_CHARS, 5)}=` },
  '39-byte': { source: (sig) => `[${B64}]{42}${sig}[A-D][${B64}]{5}`, sample: (g, sig) => `${g.alnum(42)}${sig}${g.pick(['A', 'B', 'C', 'D'])}${g.alnum(5)}` },
  functions: { source: (sig) => `[A-Za-z0-9_-]{44}${sig}[A-Za-z0-9_-]{5}[AQgw]==`, sample: (g, sig) => `${g.chars(B64URL_CHARS, 44)}${sig}${g.chars(B64URL_CHARS, 5)}${g.pick(['A', 'Q', 'g', 'w'])}==` },
};

interface AzureKeySpec {
  id: string;
  description: string;
  signature: string;
  shape: AzureKeyShape;
  envName: string;
  docsUrl: string;
  revocationNote: string;
  /** A place the key is typically pasted (a connection string, a header). */
  context(g: ExampleGen, key: string): string;
}

function azureIdentifiableKey(spec: AzureKeySpec): Rule {
  const shape = AZURE_KEY_SHAPES[spec.shape];
  const sig = spec.signature.replace(/\+/g, '\\+');
  const edge = spec.shape === 'functions' ? 'A-Za-z0-9_-' : 'A-Za-z0-9+/';
  const pattern = new RegExp(`(?<![${edge}])(?<secret>${shape.source(sig)})(?![=${edge}])`);
  const sample = (g: ExampleGen) => shape.sample(g, spec.signature);
  return {
    id: spec.id,
    provider: 'Azure',
    family: 'cloud',
    priority: 'prefix',
    description: spec.description,
    keywords: [spec.signature.toLowerCase()],
    // The signature sits at most 76 characters into the key, which is at most 88 long.
    keywordWindow: { before: 96, after: 96 },
    pattern,
    minEntropy: 4,
    envName: spec.envName,
    docsUrl: spec.docsUrl,
    revocationUrl: AZURE_PORTAL,
    revocationNote: spec.revocationNote,
    examples: {
      positives: (g) => [...inContexts(g, sample(g), spec.envName), spec.context(g, g.s(sample(g)))],
      negatives: (g) => {
        const key = sample(g);
        const at = key.indexOf(spec.signature);
        return [
          `${spec.envName}="${key.slice(1)}"`, // one character short: the signature is out of place
          `${spec.envName}="${key.slice(0, at)}${spec.signature.toLowerCase()}${key.slice(at + 4)}"`, // signature in the wrong case
          `${spec.envName}="${key.slice(0, at)}${'Q'.repeat(key.length - at)}"`, // no signature
        ];
      },
    },
  };
}

function pemLines(g: ExampleGen, lines: number, eol: string): string {
  return Array.from({ length: lines }, () => g.base64(64)).join(eol);
}

function serviceAccountJson(g: ExampleGen, type: string, key: string): string {
  return [
    '{',
    `  "type": "${type}",`,
    '  "project_id": "demo-project",',
    `  "private_key_id": "${g.hex(40)}",`,
    `  "private_key": "${key}",`,
    '  "client_email": "deployer@demo-project.iam.gserviceaccount.com"',
    '}',
  ].join('\n');
}

export const cloudRules: Rule[] = [
  {
    id: 'aws-access-key-id',
    provider: 'AWS',
    family: 'cloud',
    priority: 'prefix',
    description: 'AWS access key ID',
    keywords: ['akia', 'asia', 'abia', 'acca'],
    pattern: AWS_KEY_ID,
    minEntropy: 3,
    envName: 'AWS_ACCESS_KEY_ID',
    maskPrefix: AWS_KEY_ID_PREFIX,
    docsUrl: AWS_DOCS,
    revocationUrl: AWS_REVOKE,
    examples: {
      positives: (g) => inContexts(g, `AKIA${g.chars(BASE32_UPPER, 16)}`, 'AWS_ACCESS_KEY_ID'),
      negatives: () => ['aws_access_key_id = AKIAIOSFODNN7EXAMPLE', 'const k = "AKIAAAAAAAAAAAAAAAAA";', 'ASIAN_FOOD_RECIPES_2024'],
    },
  },
  {
    id: 'aws-secret-access-key',
    provider: 'AWS',
    family: 'cloud',
    priority: 'context',
    description: 'AWS secret access key',
    keywords: ['aws_secret', 'awssecret', 'secret_access_key', 'secretaccesskey', 'aws-secret', 'secret-access-key'],
    // The name sits ≤ 30 characters after the match start and the 40-character value right after it (SDK code
    // says `secretAccessKey` everywhere): run only there.
    keywordWindow: { before: 64, after: 160 },
    pattern:
      /(?<key>[\w.-]{0,20}(?:aws[_-]?secret[_-]?access[_-]?key|aws[_-]?secret[_-]?key|aws[_-]?secret|secret[_-]?access[_-]?key)[\w.-]{0,10})["']?\s{0,4}(?:=|:|=>|:=)\s{0,4}["']?(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/i,
    minEntropy: 4,
    envName: 'AWS_SECRET_ACCESS_KEY',
    docsUrl: AWS_DOCS,
    revocationUrl: AWS_REVOKE,
    parts: AWS_KEY_PARTS,
    examples: {
      positives: (g) => [
        `aws_secret_access_key = ${g.s(g.base64(40))}`,
        `AWS_SECRET_ACCESS_KEY="${g.s(g.base64(40))}"`,
        `{ "SecretAccessKey": "${g.s(g.base64(40))}" }`,
        // ~/.aws/credentials: the key ID belongs to the same credential.
        `[default]\naws_access_key_id = ${g.p(awsKeyId(g))}\naws_secret_access_key = ${g.s(g.base64(40))}\n`,
        // `aws sts assume-role` output: key ID, secret and session token.
        `{\n  "Credentials": {\n    "AccessKeyId": "${g.p(`ASIA${g.chars(BASE32_UPPER, 16)}`)}",\n    "SecretAccessKey": "${g.s(g.base64(40))}",\n    "SessionToken": "${g.p(`IQoJb3JpZ2lu${g.base64(140)}`)}"\n  }\n}`,
      ],
      negatives: () => ['aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'aws_secret_access_key = ${AWS_SECRET}', `aws_secret_key = "${'a'.repeat(40)}"`],
    },
  },
  {
    // `secret_key = …` in s3cmd's .s3cfg or a Terraform provider block, `--conn-password '…'` in an Airflow command,
    // `awsSecret: "…"` in a struct: the secret's own name does not say AWS, the access key ID beside it does.
    id: 'aws-secret-access-key-beside-id',
    provider: 'AWS',
    family: 'cloud',
    priority: 'context',
    description: 'AWS secret access key beside its access key ID (any name, any syntax)',
    keywords: ['akia', 'asia'],
    // The key ID comes within a few lines before or after the secret.
    keywordWindow: { before: 400, after: 400 },
    pattern: /(?<![A-Za-z0-9/+=])(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/,
    validate: (value, ctx) => {
      // Generated keys mix cases and digits; 40 hex characters are a git SHA or a digest.
      if (!/[a-z]/.test(value) || !/[A-Z]/.test(value) || !/[0-9]/.test(value) || /^[0-9a-f]+$/i.test(value)) return false;
      const near = ctx.text.slice(Math.max(0, ctx.start - 400), Math.min(ctx.text.length, ctx.end + 400));
      return /(?<![A-Za-z0-9])A[KS]IA[A-Z2-7]{16}(?![A-Za-z0-9])/.test(near);
    },
    minEntropy: 4,
    envName: 'AWS_SECRET_ACCESS_KEY',
    docsUrl: AWS_DOCS,
    revocationUrl: AWS_REVOKE,

    examples: {
      positives: (g) => [
        `[default]\naccess_key = ${awsKeyId(g)}\nsecret_key = ${g.s(g.base64(40))}\n`,
        `provider "aws" {\n  access_key = "${awsKeyId(g)}"\n  secret_key = "${g.s(g.base64(40))}"\n}`,
        `airflow connections add s3_raw --conn-type aws --conn-login '${awsKeyId(g)}' --conn-password '${g.s(g.base64(40))}'`,
      ],
      negatives: (g) => [
        `[default]\naccess_key = AKIAIOSFODNN7EXAMPLE\nsecret_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n`,
        `access_key = ${awsKeyId(g)}\ncommit = ${g.hex(40)}\n`,
        `secret_key = ${g.base64(40)}\n`,
      ],
    },
  },
  tokenRule({
    id: 'aws-session-token',
    provider: 'AWS',
    family: 'cloud',
    description: 'AWS temporary session token (STS)',
    prefix: ['IQoJb3JpZ2lu', 'FwoGZXIvYXdz'],
    body: '[A-Za-z0-9/+]{100,1500}={0,2}',
    end: 'A-Za-z0-9/+=',
    envName: 'AWS_SESSION_TOKEN',
    docsUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html',
    revocationUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_revoke-sessions.html',
    sample: (g) => `IQoJb3JpZ2lu${g.base64(110)}`,
  }),
  tokenRule({
    id: 'aws-bedrock-api-key',
    provider: 'AWS',
    family: 'cloud',
    description: 'Amazon Bedrock long-term API key',
    prefix: 'ABSK',
    body: '[A-Za-z0-9+/]{109,269}={0,2}',
    end: 'A-Za-z0-9/+=',
    envName: 'AWS_BEARER_TOKEN_BEDROCK',
    docsUrl: 'https://docs.aws.amazon.com/bedrock/latest/userguide/api-keys.html',
    revocationUrl: AWS_REVOKE,
    sample: (g) => `ABSK${g.base64(132)}`,
  }),
  tokenRule({
    id: 'aws-mws-auth-token',
    provider: 'AWS',
    family: 'cloud',
    description: 'Amazon Marketplace Web Service auth token',
    prefix: 'amzn.mws.',
    body: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    envName: 'MWS_AUTH_TOKEN',
    docsUrl: 'https://developer-docs.amazon.com/sp-api/docs/sp-api-overview',
    revocationUrl: 'https://sellercentral.amazon.com/apps/manage',
    sample: (g) => `amzn.mws.${g.uuid()}`,
  }),
  tokenRule({
    id: 'aws-appsync-api-key',
    provider: 'AWS',
    family: 'cloud',
    description: 'AWS AppSync GraphQL API key',
    prefix: 'da2-',
    body: '[a-z0-9]{26}',
    envName: 'APPSYNC_API_KEY',
    docsUrl: 'https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html#api-key-authorization',
    revocationUrl: 'https://console.aws.amazon.com/appsync/home',
    revocationNote: 'Delete the key under the API → Settings → API keys, after creating its replacement.',
    sample: (g) => `da2-${g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 26)}`,
    negatives: (g) => [`APPSYNC_API_KEY=da2-${g.upper(26)}`],
  }),
  tokenRule({
    id: 'gcp-api-key',
    provider: 'Google Cloud',
    family: 'cloud',
    description: 'Google API key (Cloud, Maps, Firebase, Gemini)',
    prefix: 'AIza',
    body: '[A-Za-z0-9_-]{35}',
    envName: 'GOOGLE_API_KEY',
    docsUrl: GCP_KEYS_DOCS,
    revocationUrl: GCP_CREDENTIALS,
    sample: (g) => `AIza${g.base64url(35)}`,
    // Firebase web configs and Maps keys are public by design: google-api-key-browser notes them (info).
    validate: (_s, ctx) => !isBrowserGoogleKey(ctx),
  }),
  {
    id: 'gcp-service-account-key',
    provider: 'Google Cloud',
    family: 'cloud',
    priority: 'prefix',
    description: 'Google Cloud service-account JSON key (private_key)',
    keywords: ['service_account'],
    // Alternatives inside the bounded run are disjoint (`\n` escape vs base64 character): linear.
    pattern: /"private_key"\s{0,4}:\s{0,4}"(?<secret>-----BEGIN PRIVATE KEY-----(?:\\n|[A-Za-z0-9+/=]){100,8000}-----END PRIVATE KEY-----(?:\\n)?)"/,
    skipPlaceholderCheck: true,
    envName: 'GOOGLE_APPLICATION_CREDENTIALS_JSON',
    maskPrefix: /^-----BEGIN PRIVATE KEY-----/,
    docsUrl: 'https://cloud.google.com/iam/docs/keys-create-delete',
    revocationUrl: 'https://console.cloud.google.com/iam-admin/serviceaccounts',
    examples: {
      positives: (g) => [
        serviceAccountJson(g, 'service_account', g.s(`-----BEGIN PRIVATE KEY-----\\n${pemLines(g, 6, '\\n')}\\n-----END PRIVATE KEY-----\\n`)),
        // Minified, as `gcloud` writes it into a secret or an environment variable.
        `GOOGLE_CREDENTIALS='{"type":"service_account","project_id":"billing-prod","private_key":"${g.s(`-----BEGIN PRIVATE KEY-----\\n${pemLines(g, 8, '\\n')}\\n-----END PRIVATE KEY-----\\n`)}","client_email":"ci@billing-prod.iam.gserviceaccount.com"}'`,
      ],
      negatives: (g) => [
        serviceAccountJson(g, 'service_account', '-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----\\n'),
        serviceAccountJson(g, 'authorized_user', `-----BEGIN PRIVATE KEY-----\\n${pemLines(g, 6, '\\n')}\\n-----END PRIVATE KEY-----\\n`),
      ],
    },
  },
  tokenRule({
    id: 'gcp-oauth-client-secret',
    provider: 'Google Cloud',
    family: 'cloud',
    description: 'Google OAuth client secret',
    prefix: 'GOCSPX-',
    body: '[A-Za-z0-9_-]{28}',
    envName: 'GOOGLE_CLIENT_SECRET',
    docsUrl: 'https://support.google.com/cloud/answer/15549257',
    revocationUrl: GCP_CREDENTIALS,
    sample: (g) => `GOCSPX-${g.base64url(28)}`,
    parts: [{ id: 'client-id', label: 'client ID', pattern: /(?<![A-Za-z0-9-])(?<secret>[0-9]{6,20}-[a-z0-9]{32}\.apps\.googleusercontent\.com)(?![A-Za-z0-9.-])/, envName: 'GOOGLE_CLIENT_ID' }],
    positives: (g) => [`{"web":{"client_id":"${g.p(`${g.digits(12)}-${g.lower(32)}.apps.googleusercontent.com`)}","project_id":"demo","client_secret":"${g.s(`GOCSPX-${g.base64url(28)}`)}"}}`],
  }),
  contextRule({
    id: 'gcp-legacy-oauth-client-secret',
    provider: 'Google Cloud',
    family: 'cloud',
    description: 'Google OAuth client secret (legacy 24-character format)',
    names: ['google[_-]?(?:oauth[_-]?)?client[_-]?secret'],
    keywords: ['google_client', 'google-client', 'googleclient', 'google_oauth', 'google-oauth', 'googleoauth'],
    value: '[A-Za-z0-9_-]{24}',
    envName: 'GOOGLE_CLIENT_SECRET',
    docsUrl: 'https://developers.google.com/identity/protocols/oauth2',
    revocationUrl: 'https://console.cloud.google.com/apis/credentials',
    sample: (g) => g.base64url(24),
    negatives: (g) => [
      `GOOGLE_CLIENT_SECRET="${g.base64url(27)}"`, // too long
      `GOOGLE_CLIENT_SECRET="${g.base64url(12)}.${g.base64url(11)}"`, // a character outside the alphabet
    ],
  }),
  tokenRule({
    id: 'gcs-hmac-access-id',
    provider: 'Google Cloud',
    family: 'cloud',
    description: 'Google Cloud Storage HMAC access ID',
    prefix: 'GOOG1',
    body: '[A-Z0-9]{50,60}',
    severity: 'warning',
    envName: 'GCS_HMAC_ACCESS_ID',
    docsUrl: 'https://cloud.google.com/storage/docs/authentication/hmackeys',
    revocationUrl: 'https://console.cloud.google.com/storage/settings;tab=interoperability',
    sample: (g) => `GOOG1${g.chars(UPPER_DIGITS, 56)}`,
    negatives: (g) => [
      `GCS_HMAC_ACCESS_ID="goog1${g.chars(UPPER_DIGITS, 56)}"`, // prefix in the wrong case
    ],
  }),
  contextRule({
    id: 'gcs-hmac-secret',
    provider: 'Google Cloud',
    family: 'cloud',
    description: 'Google Cloud Storage HMAC secret',
    names: ['gcs[_-]?(?:hmac[_-]?)?secret', 'google[_-]?(?:cloud[_-]?)?storage[_-]?secret'],
    keywords: ['gcs_hmac', 'gcs-hmac', 'gcshmac', 'gcs_secret', 'gcs-secret', 'gcssecret', 'google'],
    value: '[A-Za-z0-9+/]{40}',
    end: 'A-Za-z0-9_+/=-',
    envName: 'GCS_HMAC_SECRET',
    docsUrl: 'https://cloud.google.com/storage/docs/authentication/hmackeys',
    revocationUrl: 'https://console.cloud.google.com/storage/settings;tab=interoperability',
    sample: (g) => g.base64(40),
    negatives: (g) => [
      `GCS_HMAC_SECRET="${g.base64(43)}"`, // too long
      `GCS_HMAC_SECRET="${g.base64(20)}.${g.base64(19)}"`, // a character outside the alphabet
    ],
  }),
  tokenRule({
    id: 'google-oauth-access-token',
    provider: 'Google Cloud',
    family: 'cloud',
    description: 'Google OAuth 2.0 access token',
    prefix: 'ya29.',
    body: '[A-Za-z0-9_-]{50,1000}',
    envName: 'GOOGLE_ACCESS_TOKEN',
    docsUrl: 'https://developers.google.com/identity/protocols/oauth2',
    revocationUrl: 'https://myaccount.google.com/permissions',
    sample: (g) => `ya29.${g.base64url(60)}`,
  }),
  tokenRule({
    id: 'google-oauth-refresh-token',
    provider: 'Google Cloud',
    family: 'cloud',
    description: 'Google OAuth 2.0 refresh token',
    prefix: '1//0',
    body: '[A-Za-z0-9_-]{40,200}',
    envName: 'GOOGLE_REFRESH_TOKEN',
    docsUrl: 'https://developers.google.com/identity/protocols/oauth2#expiration',
    revocationUrl: 'https://myaccount.google.com/permissions',
    sample: (g) => `1//0${g.base64url(45)}`,
  }),
  tokenRule({
    id: 'firebase-cloud-messaging-server-key',
    provider: 'Firebase',
    family: 'cloud',
    description: 'Firebase Cloud Messaging legacy server key',
    prefix: 'AAAA',
    keywords: [':apa91b'],
    body: '[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134}',
    envName: 'FCM_SERVER_KEY',
    docsUrl: 'https://firebase.google.com/docs/cloud-messaging/auth-server',
    revocationUrl: 'https://console.firebase.google.com/project/_/settings/cloudmessaging',
    sample: (g) => `AAAA${g.base64url(7)}:APA91b${g.base64url(134)}`,
  }),
  contextRule({
    id: 'firebase-database-secret',
    provider: 'Firebase',
    family: 'cloud',
    description: 'Firebase Realtime Database legacy secret',
    names: ['firebase[_-]?(?:database[_-]?)?secret', 'firebase[_-]?db[_-]?secret', 'firebase[_-]?auth'],
    keywords: ['firebase'],
    value: '[A-Za-z0-9]{40}',
    envName: 'FIREBASE_DATABASE_SECRET',
    docsUrl: 'https://firebase.google.com/docs/database/rest/auth',
    revocationUrl: 'https://console.firebase.google.com/project/_/settings/serviceaccounts/databasesecrets',
    sample: (g) => g.alnum(40),
  }),
  {
    id: 'azure-storage-connection-string',
    provider: 'Azure',
    family: 'cloud',
    priority: 'prefix',
    description: 'Azure storage / Cosmos DB account key in a connection string',
    keywords: ['accountkey='],
    pattern: /(?<![A-Za-z0-9])AccountKey=(?<secret>[A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])/,
    minEntropy: 4,
    envName: 'AZURE_STORAGE_CONNECTION_STRING',
    docsUrl: 'https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string',
    revocationUrl: AZURE_PORTAL,
    revocationNote: 'Rotate the key under Storage account → Security + networking → Access keys.',
    examples: {
      positives: (g) => [
        `AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=demo;AccountKey=${g.s(g.base64(86) + '==')};EndpointSuffix=core.windows.net"`,
        `"ConnectionStrings": { "Cosmos": "AccountEndpoint=https://demo.documents.azure.com:443/;AccountKey=${g.s(g.base64(86) + '==')};" }`,
      ],
      negatives: (g) => [`AccountKey=${g.base64(40)}==`, 'UseDevelopmentStorage=true;AccountKey=<your-key>'],
    },
  },
  contextRule({
    id: 'azure-storage-account-key',
    provider: 'Azure',
    family: 'cloud',
    description: 'Azure storage account key',
    names: ['azure[_-]?storage[a-z_-]{0,12}key', 'storage[_-]?account[_-]?key', 'azure[_-]?account[_-]?key'],
    keywords: ['storage', 'azure'],
    value: '[A-Za-z0-9+/]{86}==',
    end: 'A-Za-z0-9+/=',
    minEntropy: 4,
    envName: 'AZURE_STORAGE_KEY',
    docsUrl: AZURE_STORAGE_DOCS,
    revocationUrl: AZURE_PORTAL,
    revocationNote: 'Rotate the key under Storage account → Security + networking → Access keys.',
    sample: (g) => g.base64(86) + '==',
  }),
  {
    id: 'azure-sas-token',
    provider: 'Azure',
    family: 'cloud',
    priority: 'prefix',
    description: 'Azure shared access signature (SAS) token signature',
    keywords: ['sig='],
    pattern: /[?&;]sig=(?<secret>[A-Za-z0-9%+/]{40,120}={0,2})(?![A-Za-z0-9%+/=])/,
    minEntropy: 3.5,
    // The signature is only a SAS when the other SAS fields (service version, expiry/permissions) surround it.
    validate: (_s, ctx) => {
      const around = ctx.text.slice(Math.max(0, ctx.start - 500), Math.min(ctx.text.length, ctx.end + 200));
      // `A token looks something like this: sp=r&…&sig=…` in API docs: the shape, shown (lineSaysNotSecret).
      return /[?&;]sv=20\d\d-\d\d-\d\d/.test(around) && /[?&;](?:se|sp|sr|ss)=/.test(around) && !lineSaysNotSecret(ctx.text, ctx.start, ctx.end);
    },
    envName: 'AZURE_SAS_TOKEN',
    docsUrl: 'https://learn.microsoft.com/en-us/azure/storage/common/storage-sas-overview',
    revocationUrl: AZURE_PORTAL,
    revocationNote: 'Rotate the storage account key that signed it (or revoke the stored access policy it uses).',
    examples: {
      positives: (g) => [
        `const url = "https://demo.blob.core.windows.net/c/f.txt?sv=2022-11-02&ss=b&srt=sco&sp=rl&se=2030-01-01T00:00:00Z&spr=https&sig=${g.s(g.base64(43) + '%3D')}";`,
        `AZURE_SAS="?sp=r&st=2024-01-01T00:00:00Z&se=2031-01-01T00:00:00Z&spr=https&sv=2022-11-02&sr=b&sig=${g.s(g.base64(43) + '%3D')}"`,
      ],
      negatives: (g) => [`https://example.org/api?sig=${g.base64(43)}`, 'https://demo.blob.core.windows.net/c?sv=2022-11-02&sp=r&sig=<signature>'],
    },
  },
  {
    id: 'azure-shared-access-key',
    provider: 'Azure',
    family: 'cloud',
    priority: 'prefix',
    description: 'Azure Service Bus / Event Hubs / IoT Hub shared access key',
    keywords: ['sharedaccesskey='],
    pattern: /(?<![A-Za-z0-9])SharedAccessKey=(?<secret>[A-Za-z0-9+/]{42,43}=)(?![A-Za-z0-9+/=])/,
    minEntropy: 4,
    envName: 'AZURE_SERVICEBUS_CONNECTION_STRING',
    docsUrl: 'https://learn.microsoft.com/en-us/azure/service-bus-messaging/service-bus-sas',
    revocationUrl: AZURE_PORTAL,
    revocationNote: 'Regenerate the key under the namespace → Shared access policies.',
    examples: {
      positives: (g) => [
        `SERVICEBUS="Endpoint=sb://demo.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${g.s(g.base64(43) + '=')}"`,
        `"IoTHub": "HostName=demo.azure-devices.net;DeviceId=d1;SharedAccessKey=${g.s(g.base64(43) + '=')}"`,
      ],
      negatives: (g) => [`SharedAccessKey=${g.base64(20)}=`, 'SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=<key>'],
    },
  },
  {
    id: 'azure-ad-client-secret',
    provider: 'Azure',
    family: 'cloud',
    priority: 'prefix',
    description: 'Microsoft Entra ID (Azure AD) application client secret',
    keywords: Array.from({ length: 10 }, (_, d) => `${d}q~`),
    pattern: /(?<![A-Za-z0-9_~.-])(?<secret>[A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])/,
    minEntropy: 3.5,
    envName: 'AZURE_CLIENT_SECRET',
    maskPrefix: /^[A-Za-z0-9_~.]{3}[0-9]Q~/,
    docsUrl: 'https://learn.microsoft.com/en-us/entra/identity-platform/how-to-add-credentials',
    revocationUrl: 'https://portal.azure.com/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade',
    // The application (client) ID and the tenant it signs in to make the credential usable.
    parts: [
      namedPart({ id: 'client-id', label: 'client ID', names: ['client[_-]?id', 'app(?:lication)?[_-]?id'], value: UUID, envName: 'AZURE_CLIENT_ID' }),
      namedPart({ id: 'tenant-id', label: 'tenant ID', names: ['tenant[_-]?id', 'directory[_-]?id'], value: UUID, envName: 'AZURE_TENANT_ID' }),
    ],
    examples: {
      positives: (g) => [
        ...inContexts(g, `${g.alnum(3)}${g.digits(1)}Q~${g.alnum(34)}`, 'AZURE_CLIENT_SECRET'),
        `AZURE_TENANT_ID=${g.p(g.uuid())}\nAZURE_CLIENT_ID=${g.p(g.uuid())}\nAZURE_CLIENT_SECRET=${g.s(`${g.alnum(3)}${g.digits(1)}Q~${g.alnum(34)}`)}\n`,
        `"AzureAd": {\n  "ClientId": "${g.p(g.uuid())}",\n  "ClientSecret": "${g.s(`${g.alnum(3)}${g.digits(1)}Q~${g.alnum(34)}`)}"\n}`,
      ],
      negatives: (g) => [`secret = "${g.alnum(3)}8Q~${g.alnum(12)}"`, `x = "${g.alnum(3)}Q~${g.alnum(34)}"`],
    },
  },
  contextRule({
    id: 'azure-openai-api-key',
    provider: 'Azure',
    family: 'ai',
    description: 'Azure OpenAI / Azure AI services key',
    names: ['azure[_-]?openai', 'azure[_-]?ai', 'cognitive[_-]?services', 'aoai'],
    keywords: ['azure', 'cognitive', 'aoai'],
    value: '[a-f0-9]{32}|[A-Za-z0-9]{84}',
    envName: 'AZURE_OPENAI_API_KEY',
    docsUrl: 'https://learn.microsoft.com/en-us/azure/ai-services/authentication',
    revocationUrl: AZURE_PORTAL,
    revocationNote: 'Regenerate the key under the resource → Resource Management → Keys and Endpoint.',
    sample: (g) => g.hex(32),
  }),
  {
    id: 'azure-app-configuration-connection-string',
    provider: 'Azure',
    family: 'cloud',
    priority: 'prefix',
    description: 'Azure App Configuration connection string secret',
    keywords: ['.azconfig.io'],
    pattern: /\.azconfig\.io;Id=(?<id>[^;\s"']{1,60});Secret=(?<secret>[A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])/,
    parts: [{ id: 'access-key-id', label: 'access key ID', group: 'id', envName: 'AZURE_APPCONFIG_ID' }],
    minEntropy: 4,
    envName: 'AZURE_APPCONFIG_CONNECTION_STRING',
    docsUrl: 'https://learn.microsoft.com/en-us/azure/azure-app-configuration/howto-disable-access-key-authentication',
    revocationUrl: AZURE_PORTAL,
    revocationNote: 'Regenerate the access key under the App Configuration store → Settings → Access settings.',
    examples: {
      positives: (g) => [
        `APPCONFIG="Endpoint=https://demo.azconfig.io;Id=${g.p(`${g.alnum(4)}-l0-s0:${g.alnum(20)}`)};Secret=${g.s(g.base64(43) + '=')}"`,
        `"AppConfig": "Endpoint=https://shop-config.azconfig.io;Id=${g.p(`${g.alnum(4)}-l9-s0:${g.alnum(20)}`)};Secret=${g.s(g.base64(43) + '=')}"`,
      ],
      negatives: (g) => [`Endpoint=https://demo.azconfig.io;Id=abc;Secret=${g.base64(10)}=`, 'Endpoint=https://demo.azconfig.io;Id=<id>;Secret=<secret>'],
    },
  },
  {
    id: 'azure-function-key',
    provider: 'Azure',
    family: 'cloud',
    priority: 'prefix',
    description: 'Azure Functions key in an invocation URL',
    keywords: ['.azurewebsites.net/api/'],
    pattern: /\.azurewebsites\.net\/api\/[A-Za-z0-9_/-]{1,100}\?(?:[A-Za-z0-9_-]{1,30}=[^&\s"']{0,100}&){0,5}code=(?<secret>[A-Za-z0-9_-]{40,100}={0,2})(?![A-Za-z0-9_=-])/,
    minEntropy: 3.5,
    envName: 'AZURE_FUNCTION_KEY',
    docsUrl: 'https://learn.microsoft.com/en-us/azure/azure-functions/function-keys-how-to',
    revocationUrl: AZURE_PORTAL,
    revocationNote: 'Renew the key under the function app → Functions → App keys (or the function’s own keys).',
    examples: {
      positives: (g) => [
        `fetch("https://demo-fn.azurewebsites.net/api/HttpTrigger?code=${g.s(g.hex(54) + '==')}")`,
        `WEBHOOK_URL=https://orders-fn.azurewebsites.net/api/orders/new?clientId=shop&code=${g.s(g.base64url(56) + '==')}`,
      ],
      negatives: (g) => ['https://demo-fn.azurewebsites.net/api/HttpTrigger?code=<function-key>', `https://demo-fn.azurewebsites.net/api/HttpTrigger?code=${g.hex(20)}`],
    },
  },
  azureIdentifiableKey({
    id: 'azure-storage-identifiable-key',
    description: 'Azure Storage account key (identifiable, +ASt)',
    signature: '+ASt',
    shape: '64-byte',
    envName: 'AZURE_STORAGE_KEY',
    docsUrl: AZURE_STORAGE_DOCS,
    revocationNote: 'Rotate the key under Storage account → Security + networking → Access keys.',
    context: (_g, key) => `az storage container list --account-name shopdata --account-key "${key}"`,
  }),
  azureIdentifiableKey({
    id: 'azure-cosmos-db-identifiable-key',
    description: 'Azure Cosmos DB account key (identifiable, ACDb)',
    signature: 'ACDb',
    shape: '64-byte',
    envName: 'AZURE_COSMOS_KEY',
    docsUrl: 'https://learn.microsoft.com/en-us/azure/cosmos-db/database-security',
    revocationNote: 'Regenerate the key under the Cosmos DB account → Settings → Keys (secondary first, then primary).',
    context: (_g, key) => `new CosmosClient({ endpoint: "https://orders.documents.azure.com:443/", key: "${key}" })`,
  }),
  azureIdentifiableKey({
    id: 'azure-batch-identifiable-key',
    description: 'Azure Batch account key (identifiable, +ABa)',
    signature: '+ABa',
    shape: '64-byte',
    envName: 'AZURE_BATCH_ACCOUNT_KEY',
    docsUrl: 'https://learn.microsoft.com/en-us/azure/batch/security-best-practices',
    revocationNote: 'Regenerate the key under the Batch account → Settings → Keys.',
    context: (_g, key) => `az batch account login --name render --shared-key-auth; export AZURE_BATCH_ACCESS_KEY="${key}"`,
  }),
  azureIdentifiableKey({
    id: 'azure-apim-identifiable-key',
    description: 'Azure API Management subscription / gateway / management key (identifiable, APIM)',
    signature: 'APIM',
    shape: '64-byte',
    envName: 'APIM_SUBSCRIPTION_KEY',
    docsUrl: 'https://learn.microsoft.com/en-us/azure/api-management/api-management-subscriptions',
    revocationNote: 'Regenerate the key under the API Management instance → Subscriptions (or Gateways / Management API).',
    context: (_g, key) => `curl -H "Ocp-Apim-Subscription-Key: ${key}" https://contoso.azure-api.net/orders`,
  }),
  azureIdentifiableKey({
    id: 'azure-ml-classic-identifiable-key',
    description: 'Azure Machine Learning (classic) web service key (identifiable, +AMC)',
    signature: '+AMC',
    shape: '64-byte',
    envName: 'AZURE_ML_KEY',
    docsUrl: 'https://learn.microsoft.com/en-us/previous-versions/azure/machine-learning/classic/consume-web-services',
    revocationNote: 'Regenerate the web service key in the Machine Learning (classic) portal, then update its callers.',
    context: (_g, key) => `headers = {"Authorization": "Bearer ${key}"}`,
  }),
  azureIdentifiableKey({
    id: 'azure-service-bus-identifiable-key',
    description: 'Azure Service Bus shared access key (identifiable, +ASb)',
    signature: '+ASb',
    shape: '32-byte',
    envName: 'AZURE_SERVICEBUS_KEY',
    docsUrl: 'https://learn.microsoft.com/en-us/azure/service-bus-messaging/service-bus-sas',
    revocationNote: 'Regenerate the key under the namespace → Shared access policies.',
    context: (_g, key) => `SERVICEBUS_KEY: "${key}"`,
  }),
  azureIdentifiableKey({
    id: 'azure-event-hubs-identifiable-key',
    description: 'Azure Event Hubs shared access key (identifiable, +AEh)',
    signature: '+AEh',
    shape: '32-byte',
    envName: 'AZURE_EVENTHUB_KEY',
    docsUrl: 'https://learn.microsoft.com/en-us/azure/event-hubs/authorize-access-shared-access-signature',
    revocationNote: 'Regenerate the key under the Event Hubs namespace → Shared access policies.',
    context: (_g, key) => `eventhub.key=${key}`,
  }),
  azureIdentifiableKey({
    id: 'azure-relay-identifiable-key',
    description: 'Azure Relay shared access key (identifiable, +ARm)',
    signature: '+ARm',
    shape: '32-byte',
    envName: 'AZURE_RELAY_KEY',
    docsUrl: 'https://learn.microsoft.com/en-us/azure/azure-relay/relay-authentication-and-authorization',
    revocationNote: 'Regenerate the key under the Relay namespace → Shared access policies.',
    context: (_g, key) => `relay_key = "${key}"`,
  }),
  azureIdentifiableKey({
    id: 'azure-iot-identifiable-key',
    description: 'Azure IoT Hub / device / DPS shared access key (identifiable, AIoT)',
    signature: 'AIoT',
    shape: '32-byte',
    envName: 'IOTHUB_DEVICE_KEY',
    docsUrl: 'https://learn.microsoft.com/en-us/azure/iot-hub/authenticate-authorize-sas',
    revocationNote: 'Regenerate the key under the IoT hub → Shared access policies (or the device → Primary key) and re-provision devices.',
    context: (_g, key) => `"deviceKey": "${key}"`,
  }),
  azureIdentifiableKey({
    id: 'azure-event-grid-identifiable-key',
    description: 'Azure Event Grid access key (identifiable, AZEG)',
    signature: 'AZEG',
    shape: '32-byte',
    envName: 'AZURE_EVENTGRID_KEY',
    docsUrl: 'https://learn.microsoft.com/en-us/azure/event-grid/security-authentication',
    revocationNote: 'Regenerate the key under the topic or domain → Settings → Access keys.',
    context: (_g, key) => `curl -H "aeg-sas-key: ${key}" https://orders.westeurope-1.eventgrid.azure.net/api/events`,
  }),
  azureIdentifiableKey({
    id: 'azure-cache-for-redis-identifiable-key',
    description: 'Azure Cache for Redis access key (identifiable, AzCa)',
    signature: 'AzCa',
    shape: '32-byte',
    envName: 'AZURE_REDIS_KEY',
    docsUrl: 'https://learn.microsoft.com/en-us/azure/azure-cache-for-redis/cache-configure#access-keys',
    revocationNote: 'Regenerate the key under the cache → Settings → Authentication → Access keys.',
    context: (_g, key) => `redis-cli -h shop.redis.cache.windows.net -p 6380 --tls -a "${key}"`,
  }),
  azureIdentifiableKey({
    id: 'azure-functions-identifiable-key',
    description: 'Azure Functions host / function / master key (identifiable, AzFu)',
    signature: 'AzFu',
    shape: 'functions',
    envName: 'AZURE_FUNCTION_KEY',
    docsUrl: 'https://learn.microsoft.com/en-us/azure/azure-functions/function-keys-how-to',
    revocationNote: 'Renew the key under the function app → Functions → App keys (or the function’s own keys).',
    context: (_g, key) => `fetch(url, { headers: { "x-functions-key": "${key}" } })`,
  }),
  azureIdentifiableKey({
    id: 'azure-search-identifiable-key',
    description: 'Azure AI Search admin / query key (identifiable, AzSe)',
    signature: 'AzSe',
    shape: '39-byte',
    envName: 'AZURE_SEARCH_KEY',
    docsUrl: 'https://learn.microsoft.com/en-us/azure/search/search-security-api-keys',
    revocationNote: 'Regenerate the admin key (or delete the query key) under the search service → Settings → Keys.',
    context: (_g, key) => `curl -H "api-key: ${key}" "https://docs-search.search.windows.net/indexes?api-version=2024-07-01"`,
  }),
  azureIdentifiableKey({
    id: 'azure-container-registry-identifiable-key',
    description: 'Azure Container Registry access key / token password (identifiable, +ACR)',
    signature: '+ACR',
    shape: '39-byte',
    envName: 'ACR_PASSWORD',
    docsUrl: 'https://learn.microsoft.com/en-us/azure/container-registry/container-registry-authentication',
    revocationNote: 'Regenerate the admin password (or the token password) under the registry → Settings → Access keys / Tokens.',
    context: (_g, key) => `docker login shopregistry.azurecr.io -u shopregistry -p "${key}"`,
  }),
  contextRule({
    id: 'azure-cosmos-db-key',
    provider: 'Azure',
    family: 'cloud',
    description: 'Azure Cosmos DB account key',
    names: ['cosmos[a-z_-]{0,20}(?:key|secret)', 'cosmos[_-]?db[_-]?(?:primary|master)'],
    keywords: ['cosmos'],
    value: '[A-Za-z0-9+/]{86}==',
    end: 'A-Za-z0-9+/=',
    minEntropy: 4,
    envName: 'COSMOS_KEY',
    docsUrl: 'https://learn.microsoft.com/en-us/azure/cosmos-db/database-security',
    revocationUrl: AZURE_PORTAL,
    revocationNote: 'Regenerate the key under the Cosmos DB account → Settings → Keys (secondary first, then primary).',
    sample: (g) => `${g.base64(86)}==`,
    parts: [
      namedPart({
        id: 'endpoint',
        label: 'account endpoint',
        names: ['cosmos[a-z_-]{0,20}(?:endpoint|uri|url)'],
        value: 'https://[a-z0-9-]{3,44}\\.documents\\.azure\\.com(?::443)?/?',
        envName: 'AZURE_COSMOS_ENDPOINT',
      }),
    ],
    positives: (g) => [`COSMOS_ENDPOINT=${g.p('https://orders-db.documents.azure.com:443/')}\nCOSMOS_KEY=${g.s(`${g.base64(86)}==`)}\n`],
  }),
  contextRule({
    id: 'azure-entra-refresh-token',
    provider: 'Azure',
    family: 'cloud',
    description: 'Microsoft Entra ID (Azure AD) refresh token',
    names: ['azure[a-z_-]{0,20}refresh', 'entra[a-z_-]{0,20}refresh', 'msal[a-z_-]{0,20}refresh', 'aad[a-z_-]{0,20}refresh', 'refresh[_-]?token'],
    keywords: ['refresh', 'msal', 'entra', 'azure'],
    value: '[01]\\.A[A-Za-z0-9_*.-]{300,3000}',
    maxValueLength: 3003,
    envName: 'AZURE_REFRESH_TOKEN',
    docsUrl: 'https://learn.microsoft.com/en-us/entra/identity-platform/refresh-tokens',
    revocationUrl: 'https://learn.microsoft.com/en-us/entra/identity/users/users-revoke-access',
    revocationNote: 'Revoke the user’s sessions (Revoke-MgUserSignInSession, or the user → Revoke sessions in the Entra admin center); refresh tokens stay valid up to 90 days otherwise.',
    sample: (g) => `0.A${g.base64url(120)}.${g.base64url(300)}`,
    negatives: (g) => [`REFRESH_TOKEN=1//0${g.base64url(100)}`, `refresh_token = "2.A${g.base64url(400)}"`],
  }),
  {
    id: 'azure-signalr-access-key',
    provider: 'Azure',
    family: 'cloud',
    priority: 'prefix',
    description: 'Azure SignalR / Web PubSub access key in a connection string',
    keywords: ['.service.signalr.net', '.webpubsub.azure.com'],
    pattern: /Endpoint=https:\/\/[a-z0-9-]{1,63}\.(?:service\.signalr\.net|webpubsub\.azure\.com);AccessKey=(?<secret>[A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])/,
    minEntropy: 4,
    envName: 'AZURE_SIGNALR_CONNECTION_STRING',
    docsUrl: 'https://learn.microsoft.com/en-us/azure/azure-signalr/concept-connection-string',
    revocationUrl: AZURE_PORTAL,
    revocationNote: 'Regenerate the key under the SignalR / Web PubSub resource → Settings → Keys.',
    examples: {
      positives: (g) => [
        `"Azure:SignalR:ConnectionString": "Endpoint=https://chat-prod.service.signalr.net;AccessKey=${g.s(`${g.base64(43)}=`)};Version=1.0;"`,
        `WEBPUBSUB_CONNECTION_STRING=Endpoint=https://notify.webpubsub.azure.com;AccessKey=${g.s(`${g.base64(43)}=`)};Version=1.0;`,
      ],
      negatives: (g) => ['Endpoint=https://chat.service.signalr.net;AccessKey=<key>;Version=1.0;', `Endpoint=https://chat.example.com;AccessKey=${g.base64(43)}=;Version=1.0;`],
    },
  },
  {
    id: 'azure-communication-services-key',
    provider: 'Azure',
    family: 'messaging',
    priority: 'prefix',
    description: 'Azure Communication Services access key in a connection string',
    keywords: ['communication.azure.com'],
    pattern: /endpoint=https:\/\/[a-z0-9-]{1,63}\.(?:[a-z]{2,20}\.)?communication\.azure\.com\/?;accesskey=(?<secret>[A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])/i,
    minEntropy: 4,
    envName: 'COMMUNICATION_SERVICES_CONNECTION_STRING',
    docsUrl: 'https://learn.microsoft.com/en-us/azure/communication-services/concepts/authentication',
    revocationUrl: AZURE_PORTAL,
    revocationNote: 'Regenerate the key under the Communication Services resource → Settings → Keys.',
    examples: {
      positives: (g) => [
        `const client = new EmailClient("endpoint=https://mail-prod.europe.communication.azure.com/;accesskey=${g.s(`${g.base64(86)}==`)}");`,
        `ACS_CONNECTION_STRING="endpoint=https://sms.communication.azure.com/;accesskey=${g.s(`${g.base64(86)}==`)}"`,
      ],
      negatives: (g) => ['endpoint=https://sms.communication.azure.com/;accesskey=<your-key>', `endpoint=https://sms.communication.azure.com/;accesskey=${g.base64(40)}==`],
    },
  },
  contextRule({
    id: 'azure-search-admin-key',
    provider: 'Azure',
    family: 'cloud',
    description: 'Azure AI Search admin / query key',
    names: ['azure[_-]?(?:ai[_-]?)?search[a-z_-]{0,20}key', 'azure[_-]?cognitive[_-]?search[a-z_-]{0,12}key'],
    keywords: ['azure'],
    value: '[A-Za-z0-9]{32}|[A-Za-z0-9]{52}',
    envName: 'AZURE_SEARCH_KEY',
    docsUrl: 'https://learn.microsoft.com/en-us/azure/search/search-security-api-keys',
    revocationUrl: AZURE_PORTAL,
    revocationNote: 'Regenerate the admin key (or delete the query key) under the search service → Settings → Keys.',
    sample: (g) => g.alnum(32),
  }),
  contextRule({
    id: 'azure-maps-key',
    provider: 'Azure',
    family: 'cloud',
    description: 'Azure Maps shared (subscription) key',
    names: ['azure[_-]?maps[a-z_-]{0,20}key'],
    keywords: ['azure'],
    value: '[A-Za-z0-9_-]{43}|[A-Za-z0-9]{84}',
    envName: 'AZURE_MAPS_SUBSCRIPTION_KEY',
    docsUrl: 'https://learn.microsoft.com/en-us/azure/azure-maps/how-to-manage-authentication',
    revocationUrl: AZURE_PORTAL,
    revocationNote: 'Regenerate the shared key under the Azure Maps account → Settings → Authentication.',
    sample: (g) => g.alnum(84),
  }),
  contextRule({
    id: 'azure-container-registry-password',
    provider: 'Azure',
    family: 'cloud',
    description: 'Azure Container Registry admin password',
    names: ['acr[_-]?(?:admin[_-]?)?password', 'azure[_-]?(?:container[_-]?)?registry[a-z_-]{0,12}(?:password|key)'],
    keywords: ['acr_', 'acr-', 'acradmin', 'acrpassword', 'azure'],
    value: '[A-Za-z0-9+/]{31}=|[A-Za-z0-9+/]{32}',
    end: 'A-Za-z0-9+/=',
    envName: 'ACR_PASSWORD',
    docsUrl: 'https://learn.microsoft.com/en-us/azure/container-registry/container-registry-authentication#admin-account',
    revocationUrl: AZURE_PORTAL,
    revocationNote: 'Regenerate the password under the registry → Settings → Access keys (or disable the admin user).',
    sample: (g) => g.alnum(32),
  }),
  tokenRule({
    id: 'alibaba-access-key-id',
    provider: 'Alibaba Cloud',
    family: 'cloud',
    description: 'Alibaba Cloud AccessKey ID',
    prefix: 'LTAI',
    body: '[A-Za-z0-9]{12,20}',
    envName: 'ALIBABA_CLOUD_ACCESS_KEY_ID',
    docsUrl: 'https://www.alibabacloud.com/help/en/ram/user-guide/create-an-accesskey-pair',
    revocationUrl: 'https://ram.console.aliyun.com/manage/ak',
    sample: (g) => `LTAI${g.alnum(20)}`,
    noStandardNegatives: true,
    negatives: (g) => [`id = "LTAI${g.alnum(6)}"`, 'LTAIxxxxxxxxxxxxxxxxxxxx'],
  }),
  contextRule({
    id: 'alibaba-access-key-secret',
    provider: 'Alibaba Cloud',
    family: 'cloud',
    description: 'Alibaba Cloud AccessKey secret',
    names: ['alibaba', 'aliyun', 'alicloud'],
    keywords: ['alibaba', 'aliyun', 'alicloud'],
    value: '[A-Za-z0-9]{30}',
    envName: 'ALIBABA_CLOUD_ACCESS_KEY_SECRET',
    docsUrl: 'https://www.alibabacloud.com/help/en/ram/user-guide/create-an-accesskey-pair',
    revocationUrl: 'https://ram.console.aliyun.com/manage/ak',
    sample: (g) => g.alnum(30),
    parts: [
      { id: 'access-key-id', label: 'AccessKey ID', pattern: /(?<![A-Za-z0-9])(?<secret>LTAI[A-Za-z0-9]{12,20})(?![A-Za-z0-9])/, envName: 'ALIBABA_CLOUD_ACCESS_KEY_ID', maskPrefix: /^LTAI/, sensitive: true },
    ],
    positives: (g) => [`ALIBABA_CLOUD_ACCESS_KEY_ID=${g.p(`LTAI${g.alnum(20)}`)}\nALIBABA_CLOUD_ACCESS_KEY_SECRET=${g.s(g.alnum(30))}\n`],
  }),
  tokenRule({
    id: 'tencent-cloud-secret-id',
    provider: 'Tencent Cloud',
    family: 'cloud',
    description: 'Tencent Cloud SecretId',
    prefix: 'AKID',
    body: '[A-Za-z0-9]{32}',
    envName: 'TENCENTCLOUD_SECRET_ID',
    docsUrl: 'https://www.tencentcloud.com/document/product/598/32675',
    revocationUrl: 'https://console.tencentcloud.com/cam/capi',
    sample: (g) => `AKID${g.alnum(32)}`,
  }),
  contextRule({
    id: 'tencent-cloud-secret-key',
    provider: 'Tencent Cloud',
    family: 'cloud',
    description: 'Tencent Cloud SecretKey',
    names: ['tencent[a-z_-]{0,12}secret[_-]?key', 'tencent[a-z_-]{0,12}secret', 'qcloud[a-z_-]{0,12}secret'],
    keywords: ['tencent', 'qcloud'],
    value: '[A-Za-z0-9]{32}',
    envName: 'TENCENTCLOUD_SECRET_KEY',
    docsUrl: 'https://www.tencentcloud.com/document/product/598/32675',
    revocationUrl: 'https://console.tencentcloud.com/cam/capi',
    sample: (g) => g.alnum(32),
    parts: [{ id: 'secret-id', label: 'SecretId', pattern: /(?<![A-Za-z0-9])(?<secret>AKID[A-Za-z0-9]{32})(?![A-Za-z0-9])/, envName: 'TENCENTCLOUD_SECRET_ID', maskPrefix: /^AKID/, sensitive: true }],
    positives: (g) => [`cred = credential.Credential("${g.p(`AKID${g.alnum(32)}`)}", tencent_secret_key)\ntencent_secret_key = "${g.s(g.alnum(32))}"`],
  }),
  contextRule({
    id: 'ibm-cloud-api-key',
    provider: 'IBM Cloud',
    family: 'cloud',
    description: 'IBM Cloud API key',
    names: ['ibm[_-]?cloud', 'ibmcloud', 'ibm[_-]?api[_-]?key', 'ibm[_-]?iam'],
    keywords: ['ibm'],
    value: '[A-Za-z0-9_-]{44}',
    envName: 'IBMCLOUD_API_KEY',
    docsUrl: 'https://cloud.ibm.com/docs/account?topic=account-userapikey',
    revocationUrl: 'https://cloud.ibm.com/iam/apikeys',
    sample: (g) => g.base64url(44),
  }),
  tokenRule({
    id: 'yandex-cloud-api-key',
    provider: 'Yandex Cloud',
    family: 'cloud',
    description: 'Yandex Cloud API key',
    prefix: 'AQVN',
    body: '[A-Za-z0-9_-]{35,38}',
    envName: 'YC_API_KEY',
    docsUrl: 'https://yandex.cloud/en/docs/iam/concepts/authorization/api-key',
    revocationUrl: 'https://console.yandex.cloud/iam',
    sample: (g) => `AQVN${g.alnum(36)}`,
  }),
  tokenRule({
    id: 'yandex-oauth-token',
    provider: 'Yandex Cloud',
    family: 'cloud',
    description: 'Yandex OAuth token',
    prefix: 'y0_',
    body: '[A-Za-z0-9_-]{55,60}',
    envName: 'YC_TOKEN',
    docsUrl: 'https://yandex.cloud/en/docs/iam/concepts/authorization/oauth-token',
    revocationUrl: 'https://oauth.yandex.com/',
    sample: (g) => `y0_${g.base64url(55)}`,
  }),
  tokenRule({
    id: 'yandex-iam-token',
    provider: 'Yandex Cloud',
    family: 'cloud',
    description: 'Yandex Cloud IAM token',
    prefix: 't1.',
    body: '[A-Za-z0-9_-]{20,400}={0,2}\\.[A-Za-z0-9_-]{86}={0,2}',
    end: 'A-Za-z0-9_=.-',
    envName: 'YC_IAM_TOKEN',
    docsUrl: 'https://yandex.cloud/en/docs/iam/concepts/authorization/iam-token',
    revocationUrl: null,
    revocationNote: 'An IAM token lives at most 12 hours: revoke it now with `yc iam revoke-token`, and rotate the key or account it was issued for.',
    sample: (g) => `t1.${g.base64url(150)}.${g.base64url(86)}`,
  }),
  tokenRule({
    id: 'yandex-iam-cookie',
    provider: 'Yandex Cloud',
    family: 'cloud',
    description: 'Yandex Cloud IAM cookie',
    prefix: 'c1.',
    body: '[A-Za-z0-9_-]{20,400}={0,2}\\.[A-Za-z0-9_-]{86}={0,2}',
    end: 'A-Za-z0-9_=.-',
    envName: 'YC_IAM_COOKIE',
    docsUrl: 'https://yandex.cloud/en/docs/iam/concepts/authorization/',
    revocationUrl: null,
    revocationNote: "Sign out of the Yandex Cloud console session the cookie belongs to (it expires on its own within hours) and review the account's activity.",
    sample: (g) => `c1.${g.base64url(150)}.${g.base64url(86)}`,
  }),
  tokenRule({
    id: 'yandex-smartcaptcha-server-key',
    provider: 'Yandex Cloud',
    family: 'cloud',
    description: 'Yandex SmartCaptcha server key',
    prefix: 'ysc2_',
    body: '[A-Za-z0-9]{40}[0-9a-f]{8}',
    envName: 'SMARTCAPTCHA_SERVER_KEY',
    docsUrl: 'https://yandex.cloud/en/docs/smartcaptcha/concepts/keys',
    revocationUrl: 'https://console.yandex.cloud/',
    revocationNote: 'Delete the captcha (SmartCaptcha → your captcha) and create a new one: its server key cannot be regenerated.',
    sample: (g) => `ysc2_${g.alnum(40)}${g.hex(8)}`,
  }),
  ...(
    [
      ['yandex-dictionary-api-key', 'dict.1.1.', 'Yandex.Dictionary API key', 'YANDEX_DICTIONARY_API_KEY', 'https://yandex.com/dev/dictionary/'],
      ['yandex-translate-api-key', 'trnsl.1.1.', 'Yandex.Translate API key (v1)', 'YANDEX_TRANSLATE_API_KEY', 'https://yandex.com/dev/translate/'],
      ['yandex-predictor-api-key', 'pdct.1.1.', 'Yandex.Predictor API key', 'YANDEX_PREDICTOR_API_KEY', 'https://yandex.com/dev/predictor/'],
    ] as const
  ).map(([id, prefix, description, envName, docsUrl]) =>
    tokenRule({
      id,
      provider: 'Yandex',
      family: 'cloud',
      description,
      // Issue date, then two hex parts: `dict.1.1.20240101T000000Z.<16 hex>.<40 hex>`.
      prefix,
      body: '[0-9]{8}T[0-9]{6}Z\\.[a-f0-9]{16}\\.[a-f0-9]{40}',
      envName,
      docsUrl,
      revocationUrl: null,
      revocationNote: 'These legacy keys are managed on the key page of the Yandex developer dashboard: block the key there and request a new one.',
      sample: (g) => `${prefix}20${g.digits(2)}0101T${g.digits(6)}Z.${g.hex(16)}.${g.hex(40)}`,
    }),
  ),
  contextRule({
    id: 'backblaze-b2-application-key',
    provider: 'Backblaze',
    family: 'cloud',
    description: 'Backblaze B2 application key',
    names: ['b2[_-]?app(?:lication)?[_-]?key', 'backblaze', 'b2[_-]?secret'],
    keywords: ['b2_app', 'b2app', 'b2-app', 'backblaze', 'b2_secret', 'b2application'],
    value: 'K[0-9]{3}[A-Za-z0-9/+]{27}',
    envName: 'B2_APPLICATION_KEY',
    docsUrl: 'https://www.backblaze.com/docs/cloud-storage-application-keys',
    revocationUrl: 'https://secure.backblaze.com/app_keys.htm',
    sample: (g) => `K00${g.digits(1)}${g.alnum(27)}`,
    // The application key ID names the key; with it the key is usable.
    parts: [
      namedPart({
        id: 'key-id',
        label: 'application key ID',
        names: ['b2[_-]?(?:app(?:lication)?[_-]?)?key[_-]?id', 'backblaze[a-z_-]{0,12}key[_-]?id', 'b2[_-]?account[_-]?id'],
        value: '[0-9a-f]{12}(?:[0-9a-f]{13})?',
        envName: 'B2_APPLICATION_KEY_ID',
      }),
    ],
    positives: (g) => [`B2_APPLICATION_KEY_ID=${g.p(`00${g.hex(10)}${'0'.repeat(9)}${g.digits(4)}`)}\nB2_APPLICATION_KEY=${g.s(`K00${g.digits(1)}${g.alnum(27)}`)}\n`],
  }),
  {
    id: 'cloudinary-url',
    provider: 'Cloudinary',
    family: 'cloud',
    priority: 'prefix',
    description: 'Cloudinary URL with API secret',
    keywords: ['cloudinary://'],
    pattern: /cloudinary:\/\/[0-9]{12,16}:(?<secret>[A-Za-z0-9_-]{27})@[A-Za-z0-9_-]{1,64}/,
    minEntropy: 3,
    envName: 'CLOUDINARY_URL',
    docsUrl: 'https://cloudinary.com/documentation/how_to_integrate_cloudinary#get_familiar_with_the_cloudinary_console',
    revocationUrl: 'https://console.cloudinary.com/settings/api-keys',
    examples: {
      positives: (g) => [`CLOUDINARY_URL=cloudinary://${g.digits(15)}:${g.s(g.base64url(27))}@demo-cloud`, `cloudinary.config(cloudinary_url="cloudinary://${g.digits(12)}:${g.s(g.base64url(27))}@shop-media")`],
      negatives: (g) => ['CLOUDINARY_URL=cloudinary://<api_key>:<api_secret>@<cloud_name>', `cloudinary://${g.digits(15)}:${truncated(g.base64url(27))}@demo`],
    },
  },
  contextRule({
    id: 'cloudinary-api-secret',
    provider: 'Cloudinary',
    family: 'cloud',
    description: 'Cloudinary API secret',
    names: ['cloudinary[_-]?(?:api[_-]?)?secret'],
    keywords: [
      'cloudinary-api-secret',
      'cloudinary-api_secret',
      'cloudinary-apisecret',
      'cloudinary-secret',
      'cloudinary_api-secret',
      'cloudinary_api_secret',
      'cloudinary_apisecret',
      'cloudinary_secret',
      'cloudinaryapi-secret',
      'cloudinaryapi_secret',
      'cloudinaryapisecret',
      'cloudinarysecret',
    ],
    value: '[A-Za-z0-9_-]{27}',
    envName: 'CLOUDINARY_API_SECRET',
    docsUrl: 'https://cloudinary.com/documentation/how_to_integrate_cloudinary#account_details',
    revocationUrl: 'https://console.cloudinary.com/settings/api-keys',
    sample: (g) => g.base64url(27),
    negatives: (g) => [
      `CLOUDINARY_API_SECRET="${g.base64url(30)}"`, // too long
      `CLOUDINARY_API_SECRET="${g.base64url(13)}.${g.base64url(13)}"`, // a character outside the alphabet
    ],
  }),
];
