// rw-dev7 code: data and app settings — SQL seeds and migrations (CREATE USER, ALTER ROLE, INSERT INTO users),
// Liquibase and Flyway, test fixtures and factories, seed scripts, Postman and Insomnia exports, .NET appsettings
// and web.config, Laravel and Symfony .env, FastAPI settings, os.environ.setdefault, Deno and Bun env defaults.
import type { RealWorldArea, RealWorldDoc } from '../types';
import { doc, type Kit } from '../dev/kit';
import { cv, type CV } from './codeValues';

const d = (id: string, areas: readonly RealWorldArea[], path: string, fn: (c: CV, k: Kit) => string) => doc(`dev7-code-${id}`, areas, path, (k) => fn(cv(k), k));

export const DATA_DOCS: RealWorldDoc[] = [
  d(
    'sql-create-users',
    ['code'],
    'db/init/01-users.sql',
    (c) => `-- Roles for the reporting stack. Run once as superuser.
CREATE USER reporting WITH PASSWORD '${c.pw()}';
CREATE ROLE etl LOGIN PASSWORD '${c.gpw()}' VALID UNTIL 'infinity';
ALTER ROLE grafana WITH PASSWORD '${c.hpw()}';
ALTER USER postgres PASSWORD '${c.escSq('sql')}';
ALTER ROLE readonly WITH PASSWORD '${c.scram()}';
CREATE USER auditor WITH ENCRYPTED PASSWORD 'md5${c.md5()}';
GRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting;
`,
  ),

  d(
    'sql-mysql-grants',
    ['code'],
    'db/mysql/001_create_app_user.sql',
    (c) => `CREATE DATABASE IF NOT EXISTS shop CHARACTER SET utf8mb4;
CREATE USER 'shop'@'%' IDENTIFIED BY '${c.pw()}';
CREATE USER 'shop_ro'@'10.%' IDENTIFIED WITH mysql_native_password BY '${c.hpw()}';
SET PASSWORD FOR 'legacy'@'localhost' = '${c.gpw()}';
CREATE USER 'mon'@'localhost' IDENTIFIED WITH caching_sha2_password AS '${c.blob(60, '$A$005$', '')}';
GRANT ALL PRIVILEGES ON shop.* TO 'shop'@'%';
FLUSH PRIVILEGES;
`,
  ),

  d(
    'sql-mssql-login',
    ['code'],
    'db/mssql/V3__logins.sql',
    (c, k) => `USE [master];
GO
CREATE LOGIN [svc_reports] WITH PASSWORD = N'${c.pw()}', CHECK_POLICY = OFF;
GO
ALTER LOGIN [sa] WITH PASSWORD = '${c.hpw()}';
GO
CREATE LOGIN [svc_hashed] WITH PASSWORD = ${c.n(`0x0200${k.g.hex(136).toUpperCase()}`)} HASHED;
GO
CREATE MASTER KEY ENCRYPTION BY PASSWORD = '${c.gpw()}';
`,
  ),

  d(
    'sql-oracle-user',
    ['code'],
    'db/oracle/create_schema.sql',
    (c) => `CREATE USER app_owner IDENTIFIED BY "${c.pw()}"
  DEFAULT TABLESPACE users QUOTA UNLIMITED ON users;
ALTER USER app_reader IDENTIFIED BY ${c.letters()};
GRANT CREATE SESSION TO app_reader;
-- connect with a wallet (mkstore), not with a password on the sqlplus command line
CREATE DATABASE LINK dwh CONNECT TO dwh_link IDENTIFIED BY "${c.hpw()}" USING 'DWH';
`,
  ),

  d(
    'sql-seed-users',
    ['code'],
    'db/seeds/002_users.sql',
    (c) => `INSERT INTO users (email, username, password, role) VALUES
  ('admin@acme.example', 'admin', '${c.pw()}', 'admin'),
  ('qa@acme.example', 'qa', '${c.hpw()}', 'tester'),
  ('support@acme.example', 'support', '${c.letters()}', 'support');

INSERT INTO users (email, username, password_hash, role) VALUES
  ('ops@acme.example', 'ops', '${c.bcrypt()}', 'admin'),
  ('bot@acme.example', 'bot', '${c.argon()}', 'service');

INSERT INTO api_clients (name, client_id, client_secret) VALUES ('mobile', '${c.uuid()}', '${c.hex(40)}');
UPDATE settings SET value = '${c.n('12')}' WHERE key = 'password_min_length';
`,
  ),

  d(
    'liquibase-changelog',
    ['code', 'config-syntax'],
    'src/main/resources/db/changelog/012-service-accounts.yaml',
    (c) => `databaseChangeLog:
  - changeSet:
      id: 012-service-accounts
      author: mkowalski
      changes:
        - insert:
            tableName: service_account
            columns:
              - column: { name: name, value: reconciler }
              - column: { name: password, value: "${c.pw()}" }
              - column: { name: password_hash, value: "${c.bcrypt()}" }
        - sql:
            sql: ALTER USER reconciler WITH PASSWORD '${c.hpw()}'
  - changeSet:
      id: 013-password-policy
      author: mkowalski
      changes:
        - update:
            tableName: settings
            columns:
              - column: { name: value, value: "${c.n('14')}" }
            where: name = 'password_min_length'
`,
  ),

  d(
    'liquibase-properties',
    ['config-syntax'],
    'liquibase.properties',
    (c, k) => `changeLogFile=db/changelog/db.changelog-master.yaml
url=jdbc:postgresql://localhost:5432/ledger
username=ledger
password=${c.bare()}
referenceUrl=jdbc:postgresql://staging-db:5432/ledger
referenceUsername=ledger_ro
referencePassword=${c.bare()}
liquibase.hub.apiKey=${k.s('token', k.g.uuid())}
`,
  ),

  d(
    'flyway-conf',
    ['config-syntax'],
    'flyway.conf',
    (c) => `flyway.url=jdbc:sqlserver://sql01:1433;databaseName=Billing;encrypt=true
flyway.user=flyway
flyway.password=${c.bare()}
flyway.schemas=dbo
flyway.placeholders.reportPassword=${c.bare()}
flyway.placeholders.appUser=billing_app
flyway.locations=filesystem:sql
# flyway.password=\${FLYWAY_PASSWORD}
`,
  ),

  d(
    'python-factory-boy',
    ['code'],
    'tests/factories.py',
    (c) => `import factory
from django.contrib.auth.hashers import make_password

from accounts.models import ApiClient, User


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.test")
    password = factory.PostGenerationMethodCall("set_password", "${c.pw()}")


class AdminFactory(UserFactory):
    is_staff = True
    password = make_password("${c.hpw()}")


class ApiClientFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ApiClient

    client_id = factory.Faker("${c.n('uuid4')}")
    client_secret = "${c.b62(40)}"
    secret_hash = "${c.sha256()}"
`,
  ),

  d(
    'ruby-factorybot',
    ['code'],
    'spec/factories/users.rb',
    (c) => `FactoryBot.define do
  factory :user do
    sequence(:email) { |n| "person#{n}@example.test" }
    password { "${c.pw()}" }
    password_confirmation { password }

    trait :admin do
      role { :admin }
      password { '${c.hpw()}' }
    end
  end

  factory :api_token do
    user
    token { "${c.hex(40)}" }
    token_digest { "${c.sha256()}" }
    expires_in { ${c.n('3600')} }
  end
end
`,
  ),

  d(
    'rails-seeds',
    ['code'],
    'db/seeds.rb',
    (c) => `puts "Seeding..."

admin = User.find_or_create_by!(email: "admin@acme.example") do |u|
  u.password = "${c.pw()}"
  u.admin = true
end

User.create!(email: "demo@acme.example", password: '${c.letters()}', password_confirmation: '${c.n('password')}')

Integration.create!(name: "slack", settings: { webhook_secret: "${c.hex(32)}", signing_key_ref: "${c.n('credentials.slack.signing')}" })

Rails.application.credentials.dig(:aws, :${c.n('secret_access_key')})
`,
  ),

  d(
    'node-seed-script',
    ['code'],
    'scripts/seed.mjs',
    (c) => `import { PrismaClient } from '@prisma/client';
import bcrypt from 'bcryptjs';

const prisma = new PrismaClient();

const users = [
  { email: 'owner@acme.example', password: '${c.pw()}', role: 'OWNER' },
  { email: 'editor@acme.example', password: "${c.hpw()}", role: 'EDITOR' },
  {
    email: 'viewer@acme.example',
    password:
      '${c.phrase()}',
    role: 'VIEWER',
  },
];

for (const u of users) {
  await prisma.user.create({ data: { ...u, password: await bcrypt.hash(u.password, 10) } });
}

await prisma.webhook.create({ data: { url: 'https://hooks.acme.example/in', secret: '${c.b62(32)}', secretHash: '${c.sha256()}' } });
console.log('seeded', users.length, 'users; passwordField:', '${c.n('password')}');
`,
  ),

  d(
    'jest-fixture-json',
    ['code'],
    'test/fixtures/accounts.json',
    (c, k) => `[
  { "id": "${c.uuid()}", "login": "alice", "password": "${c.pw()}", "mfa": false },
  { "id": "${c.uuid()}", "login": "bob", "password": "${c.gpw()}", "mfa": true, "totpSecret": "${k.s('token', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 32))}" },
  { "id": "${c.uuid()}", "login": "carol", "passwordHash": "${c.bcrypt()}" },
  { "id": "${c.uuid()}", "login": "dave", "password": "${c.n('')}", "disabled": true }
]
`,
  ),

  d(
    'pytest-parametrize',
    ['code'],
    'tests/test_login.py',
    (c) => `import pytest

from app.auth import authenticate, validate_password


@pytest.mark.parametrize(
    "username,password",
    [
        ("ops", "${c.pw()}"),
        ("billing", "${c.hpw()}"),
        pytest.param("legacy", "${c.gpw()}", id="legacy-account"),
    ],
)
def test_known_accounts(username, password):
    assert authenticate(username, password)


@pytest.mark.parametrize("candidate", ["${c.n('abc')}", "${c.n('password')}", "${c.n('12345678')}", "${c.n('')}"])
def test_weak_passwords_rejected(candidate):
    assert not validate_password(candidate)


def test_password_reset_token_ttl():
    assert settings.PASSWORD_RESET_TIMEOUT == ${c.n('3600')}
`,
  ),

  d(
    'postman-environment',
    ['config-syntax'],
    'postman/staging.postman_environment.json',
    (c, k) => `{
  "id": "${c.uuid()}",
  "name": "staging",
  "values": [
    { "key": "baseUrl", "value": "https://staging-api.acme.example", "type": "default", "enabled": true },
    { "key": "username", "value": "qa-bot", "type": "default", "enabled": true },
    { "key": "password", "value": "${c.pw()}", "type": "secret", "enabled": true },
    { "key": "apiKey", "value": "${c.hex(32)}", "type": "secret", "enabled": true },
    { "key": "accessToken", "value": "${k.bearerJwt()}", "type": "any", "enabled": true },
    { "key": "clientSecret", "value": "{{${c.n('vault:client-secret')}}}", "type": "secret", "enabled": true },
    { "key": "tokenTtl", "value": "${c.n('3600')}", "type": "default", "enabled": true }
  ],
  "_postman_variable_scope": "environment"
}
`,
  ),

  d(
    'postman-collection-auth',
    ['config-syntax', 'http-auth'],
    'postman/partner-api.postman_collection.json',
    (c) => `{
  "info": { "name": "Partner API", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
  "auth": {
    "type": "basic",
    "basic": [
      { "key": "password", "value": "${c.pw()}", "type": "string" },
      { "key": "username", "value": "partner-int", "type": "string" }
    ]
  },
  "item": [
    {
      "name": "List orders",
      "request": {
        "method": "GET",
        "auth": { "type": "apikey", "apikey": [ { "key": "value", "value": "${c.b62(40)}", "type": "string" }, { "key": "key", "value": "${c.n('X-Api-Key')}", "type": "string" } ] },
        "url": "{{baseUrl}}/orders"
      }
    },
    {
      "name": "Login",
      "request": {
        "method": "POST",
        "body": { "mode": "raw", "raw": "{\\"user\\":\\"partner-int\\",\\"password\\":\\"{{${c.n('password')}}}\\"}" },
        "url": "{{baseUrl}}/login"
      }
    }
  ]
}
`,
  ),

  d(
    'insomnia-export',
    ['config-syntax'],
    'insomnia/export.yaml',
    (c) => `_type: export
__export_format: 4
resources:
  - _id: env_base
    _type: environment
    name: Base Environment
    data:
      base_url: https://api.acme.internal
      admin_user: admin
      admin_password: ${c.bare()}
      service_token: ${c.b62(40)}
  - _id: req_login
    _type: request
    name: Login
    method: POST
    url: "{{ _.base_url }}/auth"
    authentication:
      type: basic
      username: "{{ _.admin_user }}"
      password: "{{ ${c.n('_.admin_password')} }}"
  - _id: req_report
    _type: request
    name: Report
    authentication:
      type: bearer
      token: ${c.b62(48)}
`,
  ),

  d(
    'appsettings-json',
    ['config-syntax'],
    'src/Acme.Api/appsettings.Development.json',
    (c) => `{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Default": "Server=localhost,1433;Database=Acme;User Id=sa;Password=${c.cs()};TrustServerCertificate=True",
    "Redis": "localhost:6379,password=${c.cs()},ssl=False",
    "Reporting": "Host=pg;Database=reports;Username=rpt;Password=${c.cs()}",
    "FromVault": "${c.n('@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/db/)')}"
  },
  "Jwt": {
    "Issuer": "acme",
    "Key": "${c.b64(44)}",
    "ExpiryMinutes": ${c.n('60')}
  },
  "Smtp": { "User": "noreply", "Password": "${c.pw()}" },
  "Identity": { "Password": { "RequiredLength": ${c.n('12')}, "RequireDigit": true } }
}
`,
  ),

  d(
    'web-config',
    ['config-syntax'],
    'LegacyWeb/Web.config',
    (c, k) => `<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Main" connectionString="Data Source=SQL03;Initial Catalog=Portal;User ID=portal;Password=${c.cs()};" providerName="System.Data.SqlClient" />
    <add name="Audit" connectionString="Server=SQL04;Database=Audit;Uid=audit;Pwd=${c.cs()};" />
    <add name="Integrated" connectionString="Server=SQL04;Database=Audit;Integrated Security=SSPI;" />
  </connectionStrings>
  <appSettings>
    <add key="SmtpPassword" value="${c.pw()}" />
    <add key="PaymentGatewayKey" value="${c.hex(40)}" />
    <add key="PasswordMinLength" value="${c.n('10')}" />
    <add key="PasswordSecretName" value="${c.n('portal-smtp')}" />
  </appSettings>
  <system.web>
    <machineKey validationKey="${k.s('token', k.g.hex(128).toUpperCase())}" decryptionKey="${k.s('token', k.g.hex(64).toUpperCase())}" validation="HMACSHA256" decryption="AES" />
    <authentication mode="Forms">
      <forms loginUrl="~/Login.aspx">
        <credentials passwordFormat="Clear">
          <user name="admin" password="${c.hpw()}" />
        </credentials>
      </forms>
    </authentication>
  </system.web>
</configuration>
`,
  ),

  d(
    'laravel-env',
    ['config-syntax'],
    '.env.staging',
    (c) => `APP_NAME=Shop
APP_ENV=staging
APP_KEY=base64:${c.b64(44)}
APP_DEBUG=false

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=shop
DB_USERNAME=shop
DB_PASSWORD="${c.pw()}"

REDIS_PASSWORD=${c.n('null')}
MAIL_MAILER=smtp
MAIL_USERNAME=postmaster@mg.acme.example
MAIL_PASSWORD=${c.bare()}
PUSHER_APP_ID=${c.n('1734562')}
PUSHER_APP_KEY=${c.n('a1b2c3d4e5f6a7b8c9d0')}
PUSHER_APP_SECRET=${c.hex(20)}
VITE_PUSHER_APP_KEY="\${${c.n('PUSHER_APP_KEY')}}"
`,
  ),

  d(
    'symfony-env',
    ['config-syntax'],
    '.env.local',
    (c) => `###> symfony/framework-bundle ###
APP_ENV=dev
APP_SECRET=${c.hex(32)}
###< symfony/framework-bundle ###

###> doctrine/doctrine-bundle ###
DATABASE_URL="postgresql://app:${c.cs()}@127.0.0.1:5432/app?serverVersion=16&charset=utf8"
###< doctrine/doctrine-bundle ###

###> symfony/messenger ###
MESSENGER_TRANSPORT_DSN=amqp://guest:${c.u('guest')}@localhost:5672/%2f/messages
###< symfony/messenger ###

###> lexik/jwt-authentication-bundle ###
JWT_SECRET_KEY=${c.n('%kernel.project_dir%/config/jwt/private.pem')}
JWT_PASSPHRASE=${c.bare()}
###< lexik/jwt-authentication-bundle ###
`,
  ),

  d(
    'fastapi-settings',
    ['code', 'defaults-in-code'],
    'app/core/config.py',
    (c) => `from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="APP_")

    database_user: str = "app"
    database_password: SecretStr = SecretStr("${c.pw()}")
    redis_password: str = "${c.hpw()}"
    jwt_secret: str = Field(default="${c.hex(64)}", min_length=32)
    first_superuser_password: str = "${c.gpw()}"
    access_token_expire_minutes: int = ${c.n('60')}
    password_min_length: int = ${c.n('10')}
    secret_name: str = "${c.n('app/prod/db')}"
    smtp_password: SecretStr | None = None


settings = Settings()
`,
  ),

  d(
    'python-environ-setdefault',
    ['code', 'defaults-in-code'],
    'manage_local.py',
    (c) => `#!/usr/bin/env python
import os
import sys

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shop.settings.local")
    os.environ.setdefault("DJANGO_SECRET_KEY", "${c.b62(50)}")
    os.environ.setdefault("DB_PASSWORD", "${c.pw()}")
    os.environ.setdefault(
        "EMAIL_HOST_PASSWORD",
        "${c.hpw()}",
    )
    os.environ["STRIPE_WEBHOOK_SECRET_NAME"] = "${c.n('stripe-webhook')}"
    password = os.environ.get("${c.n('DB_PASSWORD')}")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
`,
  ),

  d(
    'deno-bun-env',
    ['code', 'defaults-in-code'],
    'src/env.ts',
    (c) => `const env = typeof Deno !== 'undefined' ? Deno.env.toObject() : Bun.env;

export const DB_PASSWORD = env.DB_PASSWORD ?? '${c.pw()}';
export const SESSION_SECRET = Deno.env.get('SESSION_SECRET') || "${c.b64(44)}";
export const API_TOKEN = Bun.env.API_TOKEN ?? \`${c.hex(40)}\`;
export const PASSWORD_MIN = Number(env.PASSWORD_MIN ?? ${c.n('12')});
export const SECRET_NAME = env.SECRET_NAME ?? '${c.n('edge/session')}';
export const FROM_ENV = Deno.env.get('${c.n('REDIS_PASSWORD')}');
`,
  ),
];
