// rw-dev3 code/infra: credentials passed to constructors, keyword arguments, struct literals, mocks and
// multi-line strings, the call shapes client libraries document.
import type { RealWorldDoc } from '../types';
import { doc, type Kit } from '../dev/kit';
import { dqPassword, plainPassword } from './codeInfraValues';

const dpw = (k: Kit) => k.s('password', dqPassword(k.g));
const wpSalt = (k: Kit) => k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!@#%^&*()-_=+[]{}<>~`;:,.|/?', 64).replace(/[`\\]/g, 'Q');

export const CALLS_DOCS: RealWorldDoc[] = [
  doc('python-client-kwargs', ['code'], 'ops/healthcheck.py', (k) => {
    return `"""Checks every backing service the platform depends on; run from cron on the bastion."""
import smtplib

import boto3
import ldap3
import paramiko
import pika
import redis

r = redis.Redis(host="cache.prod.internal", port=6379, password="${k.pw()}", ssl=True)
r.ping()

creds = pika.PlainCredentials("health", "${k.pw()}")
pika.BlockingConnection(pika.ConnectionParameters("mq.prod.internal", 5672, "/", creds)).close()

server = ldap3.Server("ldaps://dc01.corp.example.com")
ldap3.Connection(server, user="CN=svc-health,OU=Service,DC=corp,DC=example,DC=com", password="${k.pw()}", auto_bind=True)

ssh = paramiko.SSHClient()
ssh.set_missing_host_key_policy(paramiko.AutoAddPolicy())
ssh.connect("bastion-2.prod.internal", username="health", password="${k.pw()}", timeout=5)

with smtplib.SMTP("smtp.example.com", 587) as s:
    s.starttls()
    s.login("alerts@example.com", "${k.pw()}")

s3 = boto3.client(
    "s3",
    aws_access_key_id="${k.u(k.raw.p.awsId(k.g))}",
    aws_secret_access_key="${k.prov('awsSecret', 'AWS')}",
    region_name="${k.n('eu-west-1')}",
)
s3.head_bucket(Bucket="${k.n('prod-health-canary')}")
print("${k.n('all services reachable')}")
`;
  }),

  doc('node-orm-constructors', ['code'], 'src/db/connections.js', (k) => {
    return `const { Sequelize } = require('sequelize');
const Redis = require('ioredis');
const { Client } = require('pg');
const mysql = require('mysql2/promise');
const amqp = require('amqplib');

const sequelize = new Sequelize('crm', 'crm_app', '${k.pw()}', {
  host: ${k.n("'crm-db.internal'")},
  dialect: 'mariadb',
  logging: false,
});

const redis = new Redis({ host: 'redis.internal', port: 6379, password: '${k.pw()}', db: 2 });

const pg = new Client({ user: 'reports', host: 'pg.internal', database: 'reports', password: '${k.pw()}', port: 5432 });

async function legacyPool() {
  return mysql.createPool({ host: '10.2.0.9', user: 'legacy', password: '${k.pw()}', database: 'legacy', connectionLimit: 5 });
}

async function queue() {
  return amqp.connect({ protocol: 'amqps', hostname: 'mq.internal', username: 'crm', password: '${k.pw()}', vhost: '${k.n('/crm')}' });
}

const empty = new Client({ user: 'readonly', password: ${k.n('undefined')} });

module.exports = { sequelize, redis, pg, legacyPool, queue, empty };
`;
  }),

  doc('wordpress-wp-config', ['code', 'config-syntax'], 'wp-config.php', (k) => {
    return `<?php
/**
 * The base configuration for WordPress
 */

// ** Database settings - You can get this info from your web host ** //
define( 'DB_NAME', 'wp_blog' );
define( 'DB_USER', 'wp_blog' );
define( 'DB_PASSWORD', '${dpw(k)}' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

/**#@+
 * Authentication unique keys and salts.
 * Change these to different unique phrases! You can generate these using
 * the {@link https://api.wordpress.org/secret-key/1.1/salt/ WordPress.org secret-key service}.
 */
define( 'AUTH_KEY',         '${k.tok(wpSalt(k))}' );
define( 'SECURE_AUTH_KEY',  '${k.tok(wpSalt(k))}' );
define( 'LOGGED_IN_KEY',    '${k.tok(wpSalt(k))}' );
define( 'NONCE_KEY',        '${k.n('put your unique phrase here')}' );
define( 'AUTH_SALT',        '${k.n('put your unique phrase here')}' );

define( 'SMTP_PASS', '${dpw(k)}' );
define( 'WP_DEBUG', false );
$table_prefix = 'wp_';

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`;
  }),

  doc('go-seed-users-struct-array', ['code'], 'cmd/seed/main.go', (k) => {
    const g = k.g;
    return `package main

import "log"

type SeedUser struct {
	Email    string
	Password string
	Role     string
	APIKey   string
}

// accounts the demo environment ships with (sales uses these in customer calls)
var seedUsers = []SeedUser{
	{Email: "demo-admin@acme.io", Password: "${k.hpw()}", Role: "admin", APIKey: "${k.tok(g.hex(32))}"},
	{Email: "demo-viewer@acme.io", Password: "${k.hpw()}", Role: "viewer"},
	{Email: "nobody@acme.io", Password: "", Role: "${k.n('disabled')}"},
}

func main() {
	for _, u := range seedUsers {
		log.Printf("seeding %s (%s)", u.Email, u.Role)
	}
	log.Printf("seed id %s", "${k.n(g.uuid())}")
}
`;
  }),

  doc('kotlin-data-class-defaults', ['code', 'defaults-in-code'], 'src/main/kotlin/com/acme/mail/SmtpConfig.kt', (k) => {
    return `package com.acme.mail

data class SmtpConfig(
    val host: String = "smtp.eu.mailgun.org",
    val port: Int = 587,
    val username: String = "postmaster@mg.acme.io",
    val password: String = "${k.pw()}",
    val from: String = "${k.n('no-reply@acme.io')}",
)

data class LdapConfig(
    val url: String = ${k.n('System.getenv("LDAP_URL")')} ?: "ldap://localhost:389",
    val bindDn: String = ${k.n('"cn=admin,dc=acme,dc=io"')},
    val bindPassword: String = ${k.n('System.getenv("LDAP_BIND_PASSWORD")')} ?: "${k.pw()}",
    val passwordAttribute: String = "${k.n('userPassword')}",
)
`;
  }),

  doc('rust-default-impl', ['code', 'defaults-in-code'], 'src/settings.rs', (k) => {
    const g = k.g;
    return `use serde::Deserialize;

#[derive(Debug, Deserialize, Clone)]
pub struct Settings {
    pub database_url: String,
    pub redis_password: String,
    pub hmac_secret: String,
    pub log_level: String,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            database_url: "postgres://app:${k.cs()}@localhost:5432/app".to_string(),
            redis_password: String::from("${k.pw()}"),
            hmac_secret: "${k.tok(g.hex(64))}".into(),
            log_level: "${k.n('info')}".into(),
        }
    }
}

pub fn from_env() -> Settings {
    let mut s = Settings::default();
    if let Ok(v) = std::env::var("${k.n('REDIS_PASSWORD')}") {
        s.redis_password = v;
    }
    s
}
`;
  }),

  doc('csharp-moq-test-double', ['code'], 'tests/Acme.Billing.Tests/InvoiceServiceTests.cs', (k) => {
    const g = k.g;
    return `using Moq;
using Xunit;

public class InvoiceServiceTests
{
    private readonly Mock<ISecretStore> _secrets = new();

    public InvoiceServiceTests()
    {
        // copied from the sandbox vault so the service can talk to the real sandbox
        _secrets.Setup(s => s.Get("psp-api-key")).Returns("${k.tok(g.alnum(40))}");
        _secrets.Setup(s => s.Get("psp-password")).Returns("${k.pw()}");
        _secrets.Setup(s => s.Get("missing")).Returns(${k.n('(string)null')});
    }

    [Fact]
    public void CreatesInvoice()
    {
        var user = new ApiUser("billing-bot", "${k.pw()}");
        var svc = new InvoiceService(_secrets.Object, user);
        Assert.NotNull(svc.Create(42.0m, "${k.n('EUR')}"));
    }

    [Fact]
    public void MasksPassword() => Assert.Equal("${k.n('********')}", ${k.n('Mask.Password("anything")')});
}
`;
  }),

  doc('vitest-mock-secrets', ['code'], 'src/__tests__/billing.test.ts', (k) => {
    const g = k.g;
    return `import { describe, expect, it, vi } from 'vitest';
import { chargeCustomer } from '../billing';

vi.mock('../secrets', () => ({
  getStripeKey: () => '${k.prov('stripeTest', 'Stripe')}',
  getWebhookSecret: () => '${k.n('whsec_test_secret')}',
  getPartnerToken: async () => '${k.tok(g.base64url(40))}',
}));

describe('chargeCustomer', () => {
  it('charges', async () => {
    const res = await chargeCustomer({ customer: 'cus_${k.n(g.alnum(14))}', amount: 1200 });
    expect(res.status).toBe('succeeded');
  });

  it('masks the key in errors', () => {
    expect(() => chargeCustomer({ customer: '', amount: -1 })).toThrow('${k.n('sk_test_****')}');
  });
});
`;
  }),

  doc('python-triple-quoted-config', ['code', 'config-syntax'], 'tests/integration/test_config_loader.py', (k) => {
    return `import textwrap

from app.config import load_yaml

STAGING_CONFIG = textwrap.dedent("""
    database:
      host: staging-db.internal
      user: app
      password: ${k.s('password', plainPassword(k.g))}
    smtp:
      host: smtp.staging.internal
      password: "${k.pw(dqPassword(k.g))}"
    features:
      new_checkout: true
""")

TEMPLATE_CONFIG = """
database:
  password: \${DB_PASSWORD}
"""


def test_loads_staging():
    cfg = load_yaml(STAGING_CONFIG)
    assert cfg.database.user == "app"


def test_template_is_expanded(monkeypatch):
    ${k.n('monkeypatch.setenv')}("DB_PASSWORD", "${k.n('from-env')}")
    assert load_yaml(TEMPLATE_CONFIG).database.password == "from-env"
`;
  }),

  doc('java-properties-put-kafka', ['code'], 'src/main/java/com/acme/events/KafkaFactory.java', (k) => {
    return `package com.acme.events;

import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.config.SslConfigs;

public final class KafkaFactory {

    public static Properties producer() {
        Properties props = new Properties();
        props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, "pkc-4r297.europe-west1.gcp.confluent.cloud:9092");
        props.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, ${k.n('"SASL_SSL"')});
        props.put(SaslConfigs.SASL_MECHANISM, "PLAIN");
        props.put(SaslConfigs.SASL_JAAS_CONFIG,
            "org.apache.kafka.common.security.plain.PlainLoginModule required username=\\"${k.n(k.g.upper(16))}\\" password=\\"${k.tok(k.g.base64(64))}\\";");
        props.setProperty(SslConfigs.SSL_TRUSTSTORE_PASSWORD_CONFIG, "${k.pw()}");
        props.setProperty("mail.smtp.password", "${k.pw()}");
        props.setProperty("ssl.endpoint.identification.algorithm", "${k.n('https')}");
        return props;
    }

    private KafkaFactory() {}
}
`;
  }),

  doc('precision-i18n-locales', ['precision', 'config-syntax'], 'src/locales/de.json', (k) => {
    return `{
  "login": {
    "title": "${k.n('Anmelden')}",
    "username": "${k.n('Benutzername')}",
    "password": "${k.n('Passwort')}",
    "forgotPassword": "${k.n('Passwort vergessen?')}",
    "submit": "${k.n('Einloggen')}"
  },
  "settings": {
    "apiKey": "${k.n('API-Schlüssel')}",
    "apiKeyHint": "${k.n('Den API-Schlüssel findest du unter Einstellungen → Entwickler')}",
    "token": "${k.n('Zugriffstoken')}",
    "secret": "${k.n('Geheimnis')}",
    "regenerate": "${k.n('Neu erzeugen')}"
  },
  "errors": {
    "passwordTooShort": "${k.n('Das Passwort muss mindestens {{count}} Zeichen lang sein')}",
    "invalidToken": "${k.n('Ungültiges Token')}"
  }
}
`;
  }),

  doc('precision-openapi-security', ['precision', 'config-syntax'], 'api/openapi.yaml', (k) => {
    const g = k.g;
    return `openapi: 3.0.3
info:
  title: Orders API
  version: 1.4.0
components:
  securitySchemes:
    apiKey:
      type: apiKey
      in: header
      name: ${k.n('X-API-Key')}
    basicAuth:
      type: http
      scheme: basic
    oauth:
      type: oauth2
      flows:
        clientCredentials:
          tokenUrl: https://auth.acme.io/oauth/token
          scopes: { orders:read: read orders }
  schemas:
    LoginRequest:
      type: object
      properties:
        username: { type: string, example: ${k.n('jane.doe')} }
        password: { type: string, format: password, example: ${k.n('string')} }
    TokenResponse:
      type: object
      properties:
        access_token: { type: string, example: ${k.n('<access-token>')} }
        token_type: { type: string, example: ${k.n('Bearer')} }
        expires_in: { type: integer, example: 3600 }
    Order:
      type: object
      properties:
        id: { type: string, format: uuid, example: ${k.n(g.uuid())} }
        etag: { type: string, example: ${k.n(g.hex(32))} }
`;
  }),

  doc('precision-python-env-settings', ['precision', 'code'], 'service/settings.py', (k) => {
    return `from pydantic import ${k.n('SecretStr')}
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="SVC_")

    db_url: str = ${k.n('"sqlite:///./dev.db"')}
    db_password: ${k.n('SecretStr')} = ${k.n('SecretStr')}(${k.n('""')})
    api_key: ${k.n('SecretStr')}
    jwt_algorithm: str = ${k.n('"HS256"')}
    jwt_secret_env: str = ${k.n('"SVC_JWT_SECRET"')}
    password_reset_ttl: int = 3600
    token_url: str = ${k.n('"https://auth.example.com/oauth/token"')}


settings = Settings()
API_KEY_HEADER = ${k.n('"X-API-Key"')}
PASSWORD_FIELD = ${k.n('"password"')}
`;
  }),
];
