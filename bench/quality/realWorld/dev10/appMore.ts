// rw-dev10 app part: tests, e2e configs, migrations, API specs and package-manager auth files, where real values
// and references/examples sit side by side.
import type { RealWorldDoc } from '../types';
import { adoc, NEG } from './appValues';

export const APP_MORE_DOCS: RealWorldDoc[] = [
  adoc(
    'cypress-config',
    ['code', 'precision'],
    'cypress.config.ts',
    (k) => `import { defineConfig } from 'cypress';

export default defineConfig({
  e2e: {
    baseUrl: 'https://staging.lojinha.com.br',
    env: {
      adminUser: 'qa-admin@lojinha.com.br',
      adminPassword: '${k.hpw()}',
      customerPassword: Cypress.env('CUSTOMER_PASSWORD') || '${k.hpw()}',
      mailslurpKey: '${k.tok(k.g.hex(64))}',
      passwordFieldSelector: '${k.n('input[name="password"]')}',
      tokenStorageKey: '${k.n('auth.token')}',
      projectId: '${k.n(k.g.lower(6))}',
    },
  },
  retries: { runMode: 2, openMode: 0 },
});
`,
  ),

  adoc(
    'playwright-global-setup',
    ['code', 'precision'],
    'e2e/global-setup.ts',
    (k) => `import { chromium, type FullConfig } from '@playwright/test';

// Logs in once and stores the session in storageState.json (gitignored).
export default async function globalSetup(config: FullConfig) {
  const { baseURL } = config.projects[0]!.use;
  const browser = await chromium.launch();
  const page = await browser.newPage();
  await page.goto(baseURL + '/login');
  await page.getByLabel('${k.n('E-Mail')}').fill(process.env.E2E_USER ?? 'e2e@kumo-travel.jp');
  await page.getByLabel('${k.n('Passwort')}').fill(process.env.E2E_PASSWORD ?? '${k.hpw()}');
  await page.getByRole('button', { name: '${k.n('Anmelden')}' }).click();
  await page.context().storageState({ path: '${k.n('storageState.json')}' });
  await browser.close();
}
`,
  ),

  adoc(
    'jest-setup-env',
    ['code', 'precision'],
    'jest.setup.ts',
    (k) => `// Test environment — values are fakes for the mocked services.
process.env.JWT_SECRET = '${k.n('test-jwt-secret')}';
process.env.STRIPE_SECRET_KEY = '${k.n('sk_test_' + '0'.repeat(24))}';
process.env.DATABASE_URL = 'postgres://test:${k.n('test')}@localhost:5432/test';
process.env.WEBHOOK_SECRET = '${k.n('whsec_test_dummy')}';
process.env.ENCRYPTION_KEY = '${k.n('0'.repeat(64))}';
// the only non-fake one: the shared sandbox for contract tests (read-only account)
process.env.SANDBOX_API_KEY = process.env.SANDBOX_API_KEY ?? '${k.tok(k.g.alnum(32))}';
process.env.SANDBOX_PASSWORD = process.env.SANDBOX_PASSWORD ?? '${k.hpw()}';
`,
  ),

  adoc(
    'alembic-migration',
    ['code', 'precision'],
    'migrations/versions/7f3a2c1d9e0b_add_service_user.py',
    (k) => `"""add service user for the exporter

Revision ID: ${k.n('7f3a2c1d9e0b')}
Revises: ${k.n('a1b2c3d4e5f6')}
Create Date: 2026-10-14 09:12:44.512303
"""
from alembic import op

revision = "${k.n('7f3a2c1d9e0b')}"
down_revision = "${k.n('a1b2c3d4e5f6')}"


def upgrade():
    op.execute("CREATE ROLE exporter WITH LOGIN PASSWORD '${k.hpw()}'")
    op.execute(
        "INSERT INTO settings (key, value) VALUES ('exporter_token', '${k.tok(k.g.hex(40))}')"
    )
    op.execute("UPDATE users SET password = '${k.n(NEG.bcrypt(k.g))}' WHERE username = 'system'")


def downgrade():
    op.execute("DROP ROLE exporter")
`,
  ),

  adoc(
    'liquibase-changelog',
    ['config-syntax', 'code'],
    'src/main/resources/db/changelog/042-integration-users.xml',
    (k) => `<?xml version="1.0" encoding="UTF-8"?>
<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">
  <changeSet id="042-1" author="mkowalski">
    <insert tableName="integration_credentials">
      <column name="name" value="subiekt"/>
      <column name="login" value="api_subiekt"/>
      <column name="password" value="${k.hpw()}"/>
      <column name="api_key" value="${k.tok(k.g.uuid())}"/>
    </insert>
    <insert tableName="integration_credentials">
      <column name="name" value="allegro"/>
      <column name="login" value="${k.n(k.g.uuid())}"/>
      <column name="password" value="${k.n('${allegro.secret}')}"/>
    </insert>
  </changeSet>
</databaseChangeLog>
`,
  ),

  adoc(
    'openapi-spec-examples',
    ['precision', 'config-syntax', 'http-auth'],
    'api/openapi.yaml',
    (k) => `openapi: 3.0.3
info:
  title: Mandalina Partner API
  version: ${k.n('1.4.0')}
components:
  securitySchemes:
    ApiKeyAuth:
      type: apiKey
      in: header
      name: ${k.n('X-API-Key')}
    BearerAuth:
      type: http
      scheme: bearer
      bearerFormat: JWT
  schemas:
    LoginRequest:
      type: object
      properties:
        username: { type: string, example: ${k.n('jane.doe')} }
        password: { type: string, format: password, example: ${k.n('s3cr3t')} }
    TokenResponse:
      type: object
      properties:
        access_token: { type: string, example: ${k.n('eyJhbGciOi...')} }
        expires_in: { type: integer, example: 3600 }
servers:
  - url: https://api.mandalina.app/v1
    description: "prod — test key for the sandbox is ${k.tok(k.g.alnum(32))}"
`,
  ),

  adoc(
    'npmrc-and-yarnrc',
    ['config-syntax', 'precision'],
    '.npmrc',
    (k) => `registry=https://registry.npmjs.org/
@brightline:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=${k.n('${GITHUB_TOKEN}')}
//nexus.brightline.io/repository/npm-private/:_auth=${k.basic('npm-ci')}
//nexus.brightline.io/repository/npm-private/:always-auth=true
//registry.npmjs.org/:_authToken=${k.prov('npm', 'npm')}
save-exact=true
`,
  ),

  adoc(
    'composer-auth-json',
    ['config-syntax', 'credential-file'],
    'auth.json',
    (k) => `{
    "http-basic": {
        "repo.magento.com": {
            "username": "${k.n(k.g.hex(32))}",
            "password": "${k.tok(k.g.hex(32))}"
        },
        "satis.pelikan.com.br": {
            "username": "composer",
            "password": "${k.hpw()}"
        }
    },
    "github-oauth": {
        "github.com": "${k.prov('github', 'github')}"
    },
    "bearer": {
        "packages.example-vendor.com": "${k.tok(k.g.alnum(40))}"
    }
}
`,
  ),

  adoc(
    'pip-conf-and-requirements',
    ['config-syntax', 'precision'],
    'requirements.txt',
    (k) => `--index-url https://pypi.org/simple
--extra-index-url https://ci-reader:${k.cs()}@pypi.vintra.io/simple/
django==4.2.16 --hash=sha256:${k.n(NEG.sha256(k.g))}
requests==2.32.3 --hash=sha256:${k.n(NEG.sha256(k.g))}
psycopg[binary]==3.2.3
vintra-internal-sdk @ git+https://${k.n('${GITLAB_DEPLOY_TOKEN}')}@git.vintra.io/sdk/python.git@${k.n('v0.9.2')}
`,
  ),

  adoc(
    'django-fixture-json',
    ['code', 'precision'],
    'accounts/fixtures/initial_users.json',
    (k) => `[
  {
    "model": "accounts.user",
    "pk": 1,
    "fields": {
      "username": "admin",
      "password": "${k.n('pbkdf2_sha256$600000$' + k.g.alnum(22) + '$' + k.g.base64(43) + '=')}",
      "is_superuser": true,
      "email": "admin@nordwind-logistik.de"
    }
  },
  {
    "model": "integrations.apicredential",
    "pk": 1,
    "fields": {
      "provider": "sendcloud",
      "public_key": "${k.n(k.g.uuid())}",
      "secret_key": "${k.tok(k.g.hex(32))}",
      "note": "${k.n('Schlüssel aus dem Sendcloud-Panel, Integration "Portal"')}"
    }
  },
  {
    "model": "integrations.apicredential",
    "pk": 2,
    "fields": {
      "provider": "ftp-lager",
      "public_key": "lager",
      "secret_key": "${k.hpw()}"
    }
  }
]
`,
  ),

  adoc(
    'graphql-codegen',
    ['config-syntax', 'http-auth'],
    'codegen.yml',
    (k) => `overwrite: true
schema:
  - https://api.shop.kedimarket.com.tr/graphql:
      headers:
        Authorization: Bearer ${k.bearer()}
        X-Shopify-Storefront-Access-Token: ${k.n(k.g.hex(32))}
documents: "src/**/*.graphql"
generates:
  src/gql/:
    preset: client
`,
  ),

  adoc(
    'sql-seed-mixed',
    ['code', 'precision'],
    'db/seeds/002_tenants.sql',
    (k) => `-- Mandanten für die Demo-Umgebung
INSERT INTO tenants (id, name, api_key, webhook_secret, created_by) VALUES
  ('${k.n(k.g.uuid())}', 'Krause Möbel', '${k.tok(k.g.alnum(40))}', '${k.tok(k.g.hex(32))}', 'seed'),
  ('${k.n(k.g.uuid())}', 'Demo GmbH', '${k.n('demo-api-key')}', '${k.n('demo-webhook-secret')}', 'seed');

INSERT INTO smtp_accounts (tenant, host, username, password) VALUES
  ('Krause Möbel', 'smtp.krause-moebel.de', 'shop@krause-moebel.de', '${k.hpw()}');
`,
  ),

  adoc(
    'swift-keychain-test',
    ['code', 'precision'],
    'KumoAppTests/KeychainTests.swift',
    (k) => `import XCTest
@testable import KumoApp

final class KeychainTests: XCTestCase {
    // Dummy values — the keychain is the simulator's, wiped after each test.
    let dummyPassword = "${k.n('test-only-password')}"
    let dummyToken = "${k.n('00000000-0000-0000-0000-000000000000')}"

    func testRoundtrip() throws {
        try Keychain.save(dummyPassword, for: "${k.n('kumo.password')}")
        XCTAssertEqual(try Keychain.load("${k.n('kumo.password')}"), dummyPassword)
    }

    func testStagingLogin() async throws {
        // real staging account, ask @yuki for a new one if locked
        let ok = try await API.login(email: "ios-ci@kumo-travel.jp", password: "${k.hpw()}")
        XCTAssertTrue(ok)
    }
}
`,
  ),

  adoc(
    'kotlin-unit-test',
    ['code', 'precision'],
    'src/test/kotlin/no/halden/bank/SignerTest.kt',
    (k) => `package no.halden.bank

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Test

class SignerTest {
    // RFC 4231 test case 2 key and data — public test vectors
    private val key = "${k.n('Jefe')}"
    private val data = "${k.n('what do ya want for nothing?')}"
    private val expected = "${k.n('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843')}"

    @Test fun hmac() = assertEquals(expected, Signer.hmacSha256(key, data))

    @Test fun prodKeyLoads() {
        val prodKey = System.getenv("SIGNER_KEY") ?: "${k.tok(k.g.hex(64))}"
        assertEquals(64, prodKey.length)
    }
}
`,
  ),
];
