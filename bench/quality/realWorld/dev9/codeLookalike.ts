// rw-dev9 code: more look-alikes — secret-store look-ups, error-code enums, schema and migration column names,
// snapshot ids and digests, mask helpers, build-time env injection, example configs — each with at most a
// couple of real values a reviewer would want flagged.
import type { RealWorldDoc } from '../types';
import { A, d } from './codeValues';

export const LOOKALIKE_DOCS: RealWorldDoc[] = [
  d(
    'neg-error-codes',
    A.CP,
    'src/errors/codes.ts',
    (c) => `export enum AuthError {
  InvalidPassword = '${c.n('AUTH_INVALID_PASSWORD')}',
  PasswordExpired = '${c.n('AUTH_PASSWORD_EXPIRED')}',
  TokenExpired = '${c.n('AUTH_TOKEN_EXPIRED')}',
  TokenRevoked = '${c.n('AUTH_TOKEN_REVOKED')}',
  SecretMissing = '${c.n('AUTH_SECRET_MISSING')}',
  ApiKeyInvalid = '${c.n('AUTH_API_KEY_INVALID')}',
}

export const errorText: Record<AuthError, string> = {
  [AuthError.InvalidPassword]: '${c.n('The password is incorrect.')}',
  [AuthError.PasswordExpired]: '${c.n('Your password has expired, please choose a new one.')}',
  [AuthError.TokenExpired]: '${c.n('Session expired.')}',
  [AuthError.TokenRevoked]: '${c.n('This token was revoked.')}',
  [AuthError.SecretMissing]: '${c.n('Server misconfigured: JWT secret missing')}',
  [AuthError.ApiKeyInvalid]: '${c.n('Invalid API key.')}',
};
`,
  ),
  d(
    'neg-secret-store-lookups',
    A.CP,
    'app/secrets.py',
    (c) => `import boto3
import hvac
from kubernetes import client as k8s

vault = hvac.Client(url="https://vault.corp.io:8200", token=open("/var/run/secrets/vault-token").read())
db_password = vault.secrets.kv.v2.read_secret_version(path="${c.n('app/prod/db')}")["data"]["data"]["password"]

sm = boto3.client("secretsmanager", region_name="eu-west-1")
api_key = sm.get_secret_value(SecretId="${c.n('arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/api-key-AbCdEf')}")["SecretString"]

v1 = k8s.CoreV1Api()
redis_pw = v1.read_namespaced_secret("${c.n('redis-auth')}", "prod").data["${c.n('password')}"]

ONEPASSWORD_REF = "${c.n('op://Infra/Postgres prod/password')}"
AZURE_REF = "${c.n('@Microsoft.KeyVault(SecretUri=https://kv-prod.vault.azure.net/secrets/DbPassword/)')}"
GCP_REF = "${c.n('projects/acme-prod/secrets/db-password/versions/latest')}"
`,
  ),
  d(
    'neg-migration-columns',
    A.CP,
    'db/migrate/20240102120000_devise_create_users.rb',
    (c) => `class DeviseCreateUsers < ActiveRecord::Migration[7.1]
  def change
    create_table :users, id: :uuid do |t|
      t.string :email, null: false, default: ""
      t.string :${c.n('encrypted_password')}, null: false, default: ""
      t.string :${c.n('reset_password_token')}
      t.datetime :reset_password_sent_at
      t.string :${c.n('confirmation_token')}
      t.string :${c.n('unlock_token')}
      t.string :${c.n('api_token_digest')}
      t.timestamps null: false
    end
    add_index :users, :reset_password_token, unique: true
    add_index :users, :api_token_digest, unique: true
  end
end
`,
  ),
  d(
    'neg-snapshot-ids',
    A.CP,
    'src/components/__snapshots__/OrderList.test.tsx.snap',
    (c) => `// Jest Snapshot v1, https://goo.gl/fbAQLP

exports[\`OrderList renders orders 1\`] = \`
<ul>
  <li data-id="${c.id()}">Order ${c.num(6)} — paid</li>
  <li data-id="${c.id()}">Order ${c.num(6)} — refunded</li>
  <li data-id="${c.id()}">Order ${c.num(6)} — pending</li>
  <img src="/static/avatar-${c.md5()}.png" />
  <script src="/static/js/main.${c.n(c.hexRaw(8))}.chunk.js"></script>
  <input type="password" value="${c.n('********')}" />
</ul>
\`;
`,
  ),
  d(
    'neg-mask-helpers',
    A.CP,
    'src/util/mask.test.ts',
    (c) => `import { mask, redact } from './mask';

describe('mask', () => {
  it('keeps the last four', () => {
    expect(mask('${c.n('4111111111111111')}')).toBe('${c.n('************1111')}');
  });
  it('redacts password fields', () => {
    expect(redact({ user: 'a', password: '${c.n('x')}' })).toEqual({ user: 'a', password: '${c.n('[REDACTED]')}' });
  });
  it('redacts auth headers', () => {
    expect(redact({ authorization: '${c.n('Bearer <token>')}' })).toEqual({ authorization: '${c.n('Bearer ***')}' });
  });
});
`,
  ),
  d(
    'neg-webpack-define',
    A.CP,
    'webpack.config.js',
    (c) => `const webpack = require('webpack');
const { version } = require('./package.json');

module.exports = {
  mode: 'production',
  plugins: [
    new webpack.DefinePlugin({
      'process.env.API_URL': JSON.stringify(process.env.API_URL),
      'process.env.SENTRY_DSN': JSON.stringify('${c.n('https://' + c.hexRaw(32) + '@o' + c.digits(6) + '.ingest.sentry.io/' + c.digits(7))}'),
      'process.env.STRIPE_PK': JSON.stringify('${c.n('pk_live_' + c.alnum(24))}'),
      __VERSION__: JSON.stringify(version),
      __COMMIT__: JSON.stringify('${c.sha()}'),
    }),
  ],
  output: { filename: '[name].[contenthash].js' },
};
`,
  ),
  d(
    'neg-example-config',
    A.CP,
    'config/config.example.js',
    (c) => `// Copy to config.js and fill in. Never commit config.js.
module.exports = {
  db: {
    host: 'localhost',
    user: '${c.n('your_db_user')}',
    password: '${c.ph()}',
  },
  mail: {
    user: '${c.n('you@example.com')}',
    pass: '${c.n('<app password>')}',
  },
  apiKey: '${c.ph()}',
  jwtSecret: '${c.n('generate-with-openssl-rand-hex-32')}',
  adminPassword: ${c.n('process.env.ADMIN_PASSWORD')},
};
`,
  ),
  d(
    'neg-graphql-schema',
    A.CP,
    'src/graphql/schema.ts',
    (c) => `import { gql } from 'graphql-tag';

export const typeDefs = gql\`
  type User {
    id: ID!
    email: String!
    passwordChangedAt: DateTime
  }

  input LoginInput {
    email: String!
    ${c.n('password')}: String!
  }

  type AuthPayload {
    ${c.n('accessToken')}: String!
    ${c.n('refreshToken')}: String!
  }

  type Mutation {
    login(input: LoginInput!): AuthPayload!
    changePassword(${c.n('oldPassword')}: String!, ${c.n('newPassword')}: String!): Boolean!
  }
\`;

export const exampleQuery = { variables: { input: { email: 'jane@example.com', password: '${c.n('<password>')}' } } };
`,
  ),
  d(
    'neg-docker-digests-go',
    A.CP,
    'internal/images/images.go',
    (c) => `package images

// Pinned base images; bump with ./hack/bump-images.sh
const (
	Alpine   = "alpine:3.19@${c.n('sha256:' + c.hexRaw(64))}"
	Distro   = "gcr.io/distroless/static@${c.n('sha256:' + c.hexRaw(64))}"
	Postgres = "postgres:16@${c.n('sha256:' + c.hexRaw(64))}"
)

var Checksums = map[string]string{
	"helm-v3.14.0-linux-amd64.tar.gz":    "${c.sha256()}",
	"kubectl-v1.29.1-linux-amd64":         "${c.sha256()}",
	"terraform_1.7.2_linux_amd64.zip":     "${c.sha256()}",
}
`,
  ),
  d(
    'neg-cypress-env',
    A.CP,
    'cypress/e2e/login.cy.ts',
    (c) => `describe('login', () => {
  it('logs in with the CI user', () => {
    cy.visit('/login');
    cy.get('input[name="email"]').type(Cypress.env('E2E_USER'));
    cy.get('input[name="${c.n('password')}"]').type(${c.n("Cypress.env('E2E_PASSWORD')")}, { log: false });
    cy.contains('${c.n('Anmelden')}').click();
    cy.url().should('include', '/dashboard');
  });

  it('shows an error for a wrong password', () => {
    cy.login('nobody@example.com', '${c.n('wrong-password')}');
    cy.contains('${c.n('Falsches Passwort')}');
  });

  it('logs in as the seeded admin', () => {
    // seeded by db/seeds.rb on the review apps
    cy.login('admin@review.acme.dev', '${c.hum()}');
  });
});
`,
  ),
  d(
    'neg-crypto-test-vectors',
    A.CP,
    'crypto/test_vectors.py',
    (c) => `# RFC 4231 style test vectors for our HMAC wrapper (public, from the RFC)
VECTORS = [
    {"key": "${c.n('0b'.repeat(20))}", "data": "4869205468657265", "sha256": "${c.sha256()}"},
    {"key": "${c.n('4a656665')}", "data": "7768617420646f2079612077616e7420666f72206e6f7468696e673f", "sha256": "${c.sha256()}"},
]

NONCE = "${c.n(c.hexRaw(24))}"
SALT = bytes.fromhex("${c.n(c.hexRaw(32))}")  # fixed salt only in tests
TRACE_ID = "${c.n(c.hexRaw(32))}"
`,
  ),
  d(
    'neg-csharp-options-binding',
    A.CP,
    'src/Shop.Api/Options/SmtpOptions.cs',
    (c) => `public sealed class SmtpOptions
{
    public const string SectionName = "${c.n('Smtp')}";
    public string Host { get; init; } = "localhost";
    public int Port { get; init; } = 587;
    public string User { get; init; } = string.Empty;
    public string Password { get; init; } = string.Empty;
    public string PasswordEnvVar { get; init; } = "${c.n('SMTP__PASSWORD')}";
}

// Program.cs
// builder.Services.Configure<SmtpOptions>(builder.Configuration.GetSection(SmtpOptions.SectionName));
// var pw = builder.Configuration["${c.n('Smtp:Password')}"];
// dotnet user-secrets set "Smtp:Password" "${c.n('<your password>')}"
`,
  ),
];
