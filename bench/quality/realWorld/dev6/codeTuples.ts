// rw-dev6 code: credential tuples and lists, seed data, fixtures, factories, SQL with a password column and
// parametrized tests, in the languages people write them in.
import type { RealWorldArea, RealWorldDoc } from '../types';
import { doc, type Kit } from '../dev/kit';
import { cv, type CV } from './codeValues';

const d = (id: string, areas: readonly RealWorldArea[], path: string, fn: (c: CV, k: Kit) => string) => doc(`dev6-code-${id}`, areas, path, (k) => fn(cv(k), k));

export const TUPLE_DOCS: RealWorldDoc[] = [
  d(
    'py-seed-tuples',
    ['code', 'defaults-in-code'],
    'scripts/seed_users.py',
    (c) => `#!/usr/bin/env python3
"""Seed the staging database with the accounts QA uses."""
import logging

from app.db import session_scope
from app.models import User, Role

log = logging.getLogger(__name__)

STAGING_USERS = [
    ("qa-lead", "${c.pw()}", Role.ADMIN),
    ("qa-manual", "${c.pw()}", Role.EDITOR),
    ("support-l2", "${c.pw()}", Role.VIEWER),
    ("demo", "${c.ph()}", Role.VIEWER),
]


def main() -> None:
    with session_scope() as s:
        for username, password, role in STAGING_USERS:
            if s.query(User).filter_by(username=username).first():
                log.info("user %s exists, skipping", username)
                continue
            u = User(username=username, role=role)
            u.set_password(password)
            s.add(u)
    log.info("seeded %d users (batch ${c.uuid()})", len(STAGING_USERS))


if __name__ == "__main__":
    main()
`,
  ),

  d(
    'pytest-parametrize-login',
    ['code', 'defaults-in-code'],
    'tests/test_login.py',
    (c) => `import pytest

from app.auth import authenticate, AuthError


@pytest.mark.parametrize(
    "username,password,expected",
    [
        ("alice", "${c.pw()}", True),
        ("bob", "${c.pw()}", True),
        ("bob", "${c.n('wrong')}", False),
        ("mallory", "", False),
        ("carol", "${c.pw()}", True),
    ],
)
def test_authenticate(db_with_users, username, password, expected):
    assert bool(authenticate(username, password)) is expected


def test_locked_account(db_with_users):
    with pytest.raises(AuthError):
        authenticate("locked-user", "${c.ph()}")


def test_session_id_shape(client):
    r = client.post("/login", data={"username": "alice", "password": "${c.pw()}"})
    assert r.status_code == 302
    assert len(r.cookies["sid"]) == 64  # e.g. ${c.sha()}
`,
  ),

  d(
    'rails-seeds',
    ['code', 'defaults-in-code'],
    'db/seeds.rb',
    (c) => `# This file should contain all the record creation needed to seed the database with its default values.
# The data can then be loaded with bin/rails db:seed.

puts "Seeding organisations..."
acme = Organisation.find_or_create_by!(slug: "acme") do |o|
  o.name = "ACME Corp"
  o.plan = "enterprise"
end

admin_pw = "${c.pw()}"
User.create!(email: "ops@acme.test", password: admin_pw, password_confirmation: admin_pw, organisation: acme, admin: true)
User.create!(email: "jane@acme.test", password: "${c.pw()}", password_confirmation: "${c.pw()}", organisation: acme)
User.create!(email: "guest@acme.test", password: "${c.ph()}", organisation: acme, confirmed_at: nil)

ApiClient.create!(name: "zapier", organisation: acme, client_id: "${c.uuid()}", client_secret: "${c.hex(48)}")

puts "Done (#{User.count} users)"
`,
  ),

  d(
    'factorybot-factories',
    ['code', 'defaults-in-code'],
    'spec/factories/users.rb',
    (c) => `FactoryBot.define do
  factory :user do
    sequence(:email) { |n| "user#{n}@example.com" }
    name { Faker::Name.name }
    password { "${c.pw()}" }
    password_confirmation { password }

    trait :admin do
      role { :admin }
      password { "${c.pw()}" }
    end

    trait :with_api_key do
      api_key { "${c.b62(40)}" }
    end

    trait :legacy do
      encrypted_password { "${c.look('bcrypt')}" }
    end
  end

  factory :webhook do
    url { "https://hooks.example.com/#{SecureRandom.hex(4)}" }
    signing_secret { "${c.hex(64)}" }
    event_id { "${c.uuid()}" }
  end
end
`,
  ),

  d(
    'sql-insert-users',
    ['code', 'defaults-in-code'],
    'db/migrations/0042_seed_service_accounts.sql',
    (c) => `-- 0042: service accounts for the reporting stack.
-- NOTE: passwords are rotated by the vault job after first boot.
BEGIN;

INSERT INTO accounts (id, login, email, password, created_at) VALUES
  (1001, 'report_reader', 'reports@corp.example', '${c.pw()}', now()),
  (1002, 'etl_writer',    'etl@corp.example',     '${c.pw()}', now()),
  (1003, 'grafana',       'grafana@corp.example', '${c.pw()}', now());

INSERT INTO accounts (id, login, email, password_hash, created_at) VALUES
  (1004, 'auditor', 'audit@corp.example', '${c.look('bcrypt')}', now());

INSERT INTO api_keys (account_id, key, label) VALUES
  (1002, '${c.hex(32)}', 'etl nightly'),
  (1003, '${c.b62(32)}', 'grafana datasource');

UPDATE settings SET value = '${c.look('md5')}' WHERE name = 'schema_checksum';

CREATE ROLE readonly_bi LOGIN PASSWORD '${c.pw()}';
ALTER USER etl_writer WITH PASSWORD '${c.pw()}';
COMMIT;
`,
  ),

  d(
    'rails-fixture-yaml',
    ['code', 'config-syntax', 'defaults-in-code'],
    'test/fixtures/users.yml',
    (c) => `# Read about fixtures at https://api.rubyonrails.org/classes/ActiveRecord/FixtureSet.html
david:
  name: David
  email: david@example.org
  password: ${c.bpw()}
  password_digest: <%= BCrypt::Password.create("${c.pw()}") %>

steve:
  name: Steve
  email: steve@example.org
  password_digest: ${c.look('bcrypt')}
  api_token: ${c.b62(32)}

locked:
  name: Locked
  email: locked@example.org
  password: ${c.ph()}
  unlock_token: ${c.n('<%= Devise.friendly_token %>')}
  session_salt: ${c.look('md5')}
`,
  ),

  d(
    'json-fixture-accounts',
    ['code', 'config-syntax'],
    'cypress/fixtures/accounts.json',
    (c) => `{
  "admin": {
    "username": "cy-admin",
    "password": "${c.pw()}"
  },
  "editor": {
    "username": "cy-editor",
    "password": "${c.pw()}"
  },
  "viewer": {
    "username": "cy-viewer",
    "password": "${c.ph()}"
  },
  "apiToken": "${c.tok()}",
  "orgId": "${c.uuid()}",
  "featureFlags": ["${c.n('new-checkout-flow')}", "${c.n('beta_search_v2')}"]
}
`,
  ),

  d(
    'js-users-map',
    ['code', 'defaults-in-code'],
    'mock-server/auth.js',
    (c) => `// Minimal auth for the mock API used by the storybook and e2e runs.
const express = require('express');
const router = express.Router();

const users = {
  bob: '${c.pw()}',
  alice: '${c.pw()}',
  'svc-e2e': '${c.pw()}',
};

const SESSION_TTL = 3600;

router.post('/login', (req, res) => {
  const { username, password } = req.body;
  if (users[username] && users[username] === password) {
    return res.json({ token: 'mock-' + username, ttl: SESSION_TTL });
  }
  res.status(401).json({ error: '${c.n('invalid_credentials')}' });
});

module.exports = router;
`,
  ),

  d(
    'go-table-test',
    ['code', 'defaults-in-code'],
    'internal/auth/basic_test.go',
    (c) => `package auth

import "testing"

func TestCheckBasic(t *testing.T) {
	store := NewMemoryStore(map[string]string{
		"deploy":  "${c.pw()}",
		"monitor": "${c.pw()}",
	})
	cases := []struct {
		name    string
		user    string
		pass    string
		wantErr bool
	}{
		{"valid deploy", "deploy", "${c.pw()}", false},
		{"empty password", "deploy", "", true},
		{"wrong password", "monitor", "${c.ph()}", true},
		{"unknown user", "ghost", "${c.n('nope')}", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			err := store.Check(tc.user, tc.pass)
			if (err != nil) != tc.wantErr {
				t.Fatalf("Check(%q) err=%v, wantErr %v", tc.user, err, tc.wantErr)
			}
		})
	}
}
`,
  ),

  d(
    'junit-csvsource',
    ['code', 'defaults-in-code'],
    'src/test/java/com/acme/auth/LoginServiceTest.java',
    (c) => `package com.acme.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LoginServiceTest {

    private final LoginService service = new LoginService(InMemoryUsers.seeded());

    @ParameterizedTest
    @CsvSource({
        "ops.admin, ${c.pw()}, true",
        "billing, ${c.pw()}, true",
        "billing, ${c.ph()}, false",
    })
    void login(String user, String password, boolean ok) {
        assertThat(service.login(user, password).isPresent()).isEqualTo(ok);
    }

    @Test
    void tokenIsOpaque() {
        var session = service.login("ops.admin", "${c.pw()}").orElseThrow();
        assertThat(session.id()).hasSize(36); // like ${c.uuid()}
    }
}
`,
  ),

  d(
    'laravel-seeder',
    ['code', 'defaults-in-code'],
    'database/seeders/UserSeeder.php',
    (c) => `<?php

namespace Database\\Seeders;

use App\\Models\\User;
use Illuminate\\Database\\Seeder;
use Illuminate\\Support\\Facades\\Hash;

class UserSeeder extends Seeder
{
    public function run(): void
    {
        User::create([
            'name' => 'Site Admin',
            'email' => 'admin@shop.test',
            'password' => Hash::make('${c.pw()}'),
        ]);

        User::create([
            'name' => 'Warehouse',
            'email' => 'warehouse@shop.test',
            'password' => bcrypt('${c.pw()}'),
            'api_token' => '${c.b62(60)}',
        ]);

        User::factory()->count(25)->create([
            'password' => '${c.look('bcrypt')}', // ${c.ph()}
        ]);
    }
}
`,
  ),

  d(
    'xunit-inlinedata',
    ['code', 'defaults-in-code'],
    'tests/Billing.Api.Tests/AuthTests.cs',
    (c) => `using System.Net;
using Xunit;

namespace Billing.Api.Tests;

public class AuthTests : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client;
    public AuthTests(ApiFactory f) => _client = f.CreateClient();

    [Theory]
    [InlineData("finance", "${c.pw()}", HttpStatusCode.OK)]
    [InlineData("auditor", "${c.pw()}", HttpStatusCode.OK)]
    [InlineData("auditor", "${c.ph()}", HttpStatusCode.Unauthorized)]
    public async Task Login_ReturnsExpectedStatus(string user, string password, HttpStatusCode expected)
    {
        var res = await _client.PostAsJsonAsync("/auth/login", new { user, password });
        Assert.Equal(expected, res.StatusCode);
    }

    [Fact]
    public void CorrelationIdIsGuid() => Assert.True(Guid.TryParse("${c.uuid()}", out _));
}
`,
  ),

  d(
    'kotlin-pairs',
    ['code', 'defaults-in-code'],
    'app/src/test/kotlin/com/acme/sync/SyncClientTest.kt',
    (c) => `package com.acme.sync

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Test

class SyncClientTest {
    private val accounts = listOf(
        "sync-eu" to "${c.pw()}",
        "sync-us" to "${c.pw()}",
        "sync-ap" to "${c.pw()}",
    )

    private val server = FakeSyncServer(accounts.toMap())

    @Test
    fun \`every region authenticates\`() {
        for ((user, pass) in accounts) {
            val client = SyncClient(server.url, user, pass)
            assertEquals(200, client.ping().code)
        }
    }

    @Test
    fun \`checksum is stable\`() {
        assertEquals("${c.look('sha1')}", SyncClient.checksum("fixture.bin"))
    }
}
`,
  ),

  d(
    'elixir-seeds',
    ['code', 'defaults-in-code'],
    'priv/repo/seeds.exs',
    (c) => `# Script for populating the database. You can run it as:
#
#     mix run priv/repo/seeds.exs
alias Shop.Repo
alias Shop.Accounts.User

for {email, password, role} <- [
      {"owner@shop.dev", "${c.pw()}", :owner},
      {"clerk@shop.dev", "${c.pw()}", :clerk},
      {"readonly@shop.dev", "${c.ph()}", :viewer}
    ] do
  %User{}
  |> User.registration_changeset(%{email: email, password: password, role: role})
  |> Repo.insert!()
end

Repo.insert!(%Shop.Integrations.Webhook{
  name: "erp",
  secret: "${c.hex(40)}",
  last_delivery_id: "${c.uuid()}"
})
`,
  ),

  d(
    'prisma-seed',
    ['code', 'defaults-in-code'],
    'prisma/seed.ts',
    (c) => `import { PrismaClient } from '@prisma/client';
import { hash } from 'bcryptjs';

const prisma = new PrismaClient();

const seedUsers: Array<[string, string, 'ADMIN' | 'USER']> = [
  ['founder@startup.io', '${c.pw()}', 'ADMIN'],
  ['designer@startup.io', '${c.pw()}', 'USER'],
  ['intern@startup.io', '${c.pw()}', 'USER'],
];

async function main() {
  for (const [email, password, role] of seedUsers) {
    await prisma.user.upsert({
      where: { email },
      update: {},
      create: { email, role, password: await hash(password, 10) },
    });
  }
  await prisma.integration.create({
    data: { kind: 'posthog', projectKey: '${c.n('phc_' + c.alnum(43))}', secret: '${c.b62(43)}' },
  });
}

main().finally(() => prisma.$disconnect());
`,
  ),

  d(
    'py-service-accounts-dict',
    ['code', 'defaults-in-code'],
    'airflow/dags/common/accounts.py',
    (c) => `"""Service accounts used by the legacy DAGs (to be moved to Connections)."""

SERVICE_ACCOUNTS = {
    "etl": "${c.pw()}",
    "reporting": "${c.pw()}",
    "ml_features": "${c.pw()}",
}

DEFAULT_ARGS = {
    "owner": "data-eng",
    "retries": 2,
    "email": ["data-alerts@corp.example"],
}

SCHEMA_VERSION = "${c.look('shortSha')}"
RUN_NAMESPACE = "${c.uuid()}"


def creds(name: str) -> tuple[str, str]:
    return name, SERVICE_ACCOUNTS[name]
`,
  ),

  d(
    'scala-test-data',
    ['code', 'defaults-in-code'],
    'src/test/scala/com/acme/ingest/CredentialsSpec.scala',
    (c) => `package com.acme.ingest

import org.scalatest.flatspec.AnyFlatSpec
import org.scalatest.matchers.should.Matchers

class CredentialsSpec extends AnyFlatSpec with Matchers {

  val logins: Seq[(String, String)] = Seq(
    ("kafka-ingest", "${c.pw()}"),
    ("kafka-replay", "${c.pw()}"),
  )

  val broker = EmbeddedBroker(users = logins.toMap, clusterId = "${c.uuid()}")

  "the ingest client" should "authenticate with SASL/PLAIN" in {
    logins.foreach { case (u, p) => broker.login(u, p) shouldBe true }
  }

  it should "reject placeholder secrets" in {
    broker.login("kafka-ingest", "${c.ph()}") shouldBe false
  }
}
`,
  ),

  d(
    'ruby-basic-auth-list',
    ['code', 'defaults-in-code'],
    'config/initializers/basic_auth.rb',
    (c) => `# Basic auth for the staging and preview apps (not production).
STAGING_BASIC_AUTH = [
  ["preview", "${c.pw()}"],
  ["client-review", "${c.pw()}"],
].freeze

Rails.application.config.middleware.use Rack::Auth::Basic, "Preview" do |user, pass|
  STAGING_BASIC_AUTH.any? do |u, p|
    ActiveSupport::SecurityUtils.secure_compare(u, user) &&
      ActiveSupport::SecurityUtils.secure_compare(p, pass)
  end
end if Rails.env.staging?

ASSET_DIGEST = "${c.look('md5')}"
`,
  ),

  d(
    'jest-each-login',
    ['code', 'defaults-in-code'],
    'src/__tests__/login.e2e.test.ts',
    (c) => `import { login } from '../api/session';
import { server } from '../../test/server';

beforeAll(() => server.listen());
afterAll(() => server.close());

describe('login', () => {
  it.each([
    ['partner-portal', '${c.pw()}', 200],
    ['partner-portal', '${c.ph()}', 401],
    ['reseller', '${c.pw()}', 200],
  ])('%s logs in', async (user, password, status) => {
    const res = await login(user, password);
    expect(res.status).toBe(status);
  });

  it('refreshes with the refresh token', async () => {
    const res = await login('reseller', '${c.pw()}');
    expect(res.body.requestId).toMatch(/^[0-9a-f-]{36}$/); // ${c.uuid()}
  });
});
`,
  ),

  d(
    'django-fixture-json',
    ['code', 'config-syntax', 'defaults-in-code'],
    'accounts/fixtures/demo_users.json',
    (c) => `[
  {
    "model": "auth.user",
    "pk": 1,
    "fields": {
      "username": "demo-admin",
      "password": "${c.look('pbkdf2')}",
      "is_superuser": true,
      "email": "admin@demo.example"
    }
  },
  {
    "model": "integrations.slackapp",
    "pk": 1,
    "fields": {
      "team_id": "T0${c.alnum(8).toUpperCase()}",
      "bot_token": "${c.prov('slack')}",
      "signing_secret": "${c.hex(32)}"
    }
  },
  {
    "model": "integrations.smtpaccount",
    "pk": 1,
    "fields": {
      "host": "smtp.mailhost.example",
      "user": "notify@demo.example",
      "password": "${c.pw()}"
    }
  }
]
`,
  ),

  d(
    'postgres-init-sql',
    ['code', 'config-syntax'],
    'docker/postgres/init/01-roles.sql',
    (c) => `-- Runs once when the postgres container initialises an empty data dir.
CREATE USER keycloak WITH ENCRYPTED PASSWORD '${c.pw()}';
CREATE DATABASE keycloak OWNER keycloak;

CREATE USER metabase WITH PASSWORD '${c.pw()}';
CREATE DATABASE metabase OWNER metabase;

CREATE USER app_migrations WITH PASSWORD '${c.pw()}' VALID UNTIL '2027-01-01';
GRANT CONNECT ON DATABASE app TO app_migrations;

-- verifier copied from prod for the read replica, not a password:
CREATE USER replica WITH PASSWORD '${c.n('SCRAM-SHA-256$4096:' + c.hexRaw(24) + '$' + c.alnum(43) + '=:' + c.alnum(43) + '=')}';
`,
  ),

  d(
    'nodejs-knex-seed',
    ['code', 'defaults-in-code'],
    'db/seeds/01_users.js',
    (c) => `/**
 * @param { import("knex").Knex } knex
 */
exports.seed = async function seed(knex) {
  await knex('users').del();
  await knex('users').insert([
    { id: 1, email: 'root@intranet.local', password: '${c.pw()}', role: 'admin' },
    { id: 2, email: 'hr@intranet.local', password: '${c.pw()}', role: 'hr' },
    { id: 3, email: 'kiosk@intranet.local', password: '${c.pw()}', role: 'kiosk' },
    { id: 4, email: 'tmp@intranet.local', password: '${c.ph()}', role: 'none' },
  ]);
  await knex('oauth_clients').insert({
    client_id: 'intranet-spa',
    client_secret: '${c.uuidSecret()}',
    redirect_uri: 'https://intranet.local/callback',
  });
};
`,
  ),

  d(
    'swift-test-credentials',
    ['code', 'defaults-in-code'],
    'Tests/AppTests/LoginFlowTests.swift',
    (c) => `import XCTest
@testable import App

final class LoginFlowTests: XCTestCase {
    let credentials: [(String, String)] = [
        ("tester@app.example", "${c.pw()}"),
        ("reviewer@app.example", "${c.pw()}"),
    ]

    func testLogin() async throws {
        for (email, password) in credentials {
            let session = try await AuthClient.shared.signIn(email: email, password: password)
            XCTAssertFalse(session.accessToken.isEmpty)
        }
    }

    func testDeviceIdIsStable() {
        XCTAssertEqual(DeviceID.current.uuidString.count, 36) // ${c.uuid()}
    }
}
`,
  ),
];
