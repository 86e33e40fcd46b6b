// rw-dev9 code: the mainstream back-end languages (Python, JavaScript/TypeScript, Java, Kotlin, C#, Go) — constants,
// literals, positional and keyword call arguments, env fallbacks, fixtures, commented-out old values, encoded
// literals — with the env reads, field names and hashes beside them.
import type { RealWorldDoc } from '../types';
import { A, d } from './codeValues';

export const MAIN_DOCS: RealWorldDoc[] = [
  d(
    'py-db-connect-positional',
    A.C,
    'etl/load_orders.py',
    (c) => `#!/usr/bin/env python3
"""Nightly load of orders into the reporting warehouse."""
import psycopg2
import pymysql
import logging

log = logging.getLogger(__name__)

# old box, decommissioned in March -- kept for the backfill script
# src = pymysql.connect("10.0.3.9", "legacy_ro", "${c.hum()}", "shop")
src = pymysql.connect("${c.host()}", "${c.user()}", "${c.gen()}", "shop", 3306)
dst = psycopg2.connect(host="warehouse.internal", dbname="dwh", user="loader", password="${c.pw()}")

PASSWORD_COLUMN = "${c.n('password')}"
QUERY = "SELECT id, email, ${c.n('password_hash')} FROM customers WHERE updated_at > %s"


def run(since):
    with src.cursor() as cur:
        cur.execute(QUERY, (since,))
        rows = cur.fetchall()
    log.info("loaded %d rows", len(rows))
`,
  ),
  d(
    'py-env-fallback',
    A.CD,
    'app/config.py',
    (c) => `import os
from dataclasses import dataclass


@dataclass
class Settings:
    db_url: str = os.getenv("DATABASE_URL", "postgresql://app:${c.cs()}@localhost:5432/app")
    redis_password: str = os.environ.get("REDIS_PASSWORD", "${c.hum()}")
    smtp_pass: str = os.environ.get("SMTP_PASS") or "${c.word()}"
    jwt_secret: str = os.getenv("JWT_SECRET", "${c.hex(64)}")
    sentry_env: str = os.getenv("SENTRY_ENV", "production")
    admin_password: str = os.environ["${c.n('ADMIN_PASSWORD')}"]
    api_key: str = os.getenv("PARTNER_API_KEY", ${c.n('""')})
    password_min_length: int = 12


settings = Settings()
`,
  ),
  d(
    'py-django-settings',
    A.CC,
    'mysite/settings/local.py',
    (c) => `from .base import *  # noqa

DEBUG = True
SECRET_KEY = '${c.django()}'

DATABASES = {
    'default': {
        'ENGINE': 'django.db.backends.postgresql',
        'NAME': 'mysite',
        'USER': 'mysite',
        'PASSWORD': '${c.hum()}',
        'HOST': '127.0.0.1',
        'PORT': '5432',
    }
}

EMAIL_HOST = 'smtp.office365.com'
EMAIL_HOST_USER = 'noreply@mysite.de'
EMAIL_HOST_PASSWORD = '${c.pw()}'
AUTH_PASSWORD_VALIDATORS = [
    {'NAME': 'django.contrib.auth.password_validation.MinimumLengthValidator'},
]
PASSWORD_HASHERS = ['django.contrib.auth.hashers.Argon2PasswordHasher']
`,
  ),
  d(
    'py-pytest-fixture',
    A.CP,
    'tests/conftest.py',
    (c) => `import pytest
from app.models import User

TEST_USER_PASSWORD = "${c.u('Password123!')}"
HASHED = "${c.bcrypt()}"
REQUEST_ID = "${c.id()}"


@pytest.fixture
def admin(db):
    return User.objects.create_superuser("admin@example.com", password="${c.pw()}")


@pytest.fixture
def staging_client():
    # real staging creds, ask Jonas before rotating
    return Client(base_url="https://staging.api.internal", username="qa-bot", password="${c.hum()}")


def test_login_wrong_password(client):
    r = client.post("/login", data={"username": "x", "password": "${c.n('wrong')}"})
    assert r.status_code == 401
`,
  ),
  d('py-bytes-and-b64', A.C, 'tools/vault_unlock.py', (c) => {
    const raw = c.raw.gen();
    return `import base64
import hashlib
from cryptography.fernet import Fernet

# b64 so it does not show up in grep
_MASTER = base64.b64decode("${c.P(c.raw.b64(raw))}").decode()
FERNET_KEY = b"${c.b64(32)}"
SALT = b"${c.n(c.raw.pw())}"  # a salt, not secret
PEPPER_DIGEST = "${c.sha256()}"


def unlock(blob: bytes) -> bytes:
    key = hashlib.pbkdf2_hmac("sha256", _MASTER.encode(), SALT, 200_000)
    return Fernet(FERNET_KEY).decrypt(blob)
`;
  }),
  d(
    'py-notebook-json',
    A.C,
    'notebooks/churn_exploration.ipynb',
    (c) => `{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Churn exploration\\n", "Pulls the last 90 days from Snowflake."]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import snowflake.connector\\n",
    "conn = snowflake.connector.connect(\\n",
    "    user='ANALYST_MK',\\n",
    "    password='${c.hum()}',\\n",
    "    account='xy12345.eu-central-1',\\n",
    "    warehouse='ANALYTICS_WH')\\n"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [{"name": "stdout", "output_type": "stream", "text": ["query id ${c.id()}\\n"]}],
   "source": [
    "openai.api_key = \\"${c.prov('openaiProject', 'openai')}\\"\\n",
    "HF_TOKEN = \\"${c.prov('huggingface', 'huggingface')}\\"\\n"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
`,
  ),
  d(
    'js-knex-config',
    A.CD,
    'knexfile.js',
    (c) => `// Update with your config settings.
require('dotenv').config();

module.exports = {
  development: {
    client: 'mysql2',
    connection: {
      host: '127.0.0.1',
      user: 'root',
      password: ${c.n('process.env.DB_PASSWORD')} || '${c.hum()}',
      database: 'shop_dev',
    },
  },
  staging: {
    client: 'pg',
    connection: ${c.n('process.env.DATABASE_URL')} ?? 'postgres://shop:${c.cs()}@staging-db:5432/shop',
  },
  production: {
    client: 'pg',
    connection: {
      host: ${c.n('process.env.PGHOST')},
      password: ${c.n('process.env.PGPASSWORD')},
    },
    pool: { min: 2, max: 10 },
  },
};
`,
  ),
  d(
    'ts-service-constructor',
    A.C,
    'src/integrations/payments.ts',
    (c) => `import { Injectable } from '@nestjs/common';
import axios from 'axios';

const PASSWORD_FIELD = '${c.n('password')}';
const API_BASE = 'https://api.paybridge.io/v2';

@Injectable()
export class PaymentsClient {
  private readonly http = axios.create({
    baseURL: API_BASE,
    auth: { username: 'merchant_4471', password: '${c.gen()}' },
    headers: { 'X-Api-Key': '${c.hex(40)}' },
  });

  private readonly webhookSecret = '${c.b64(32)}';

  constructor(private readonly logger: Logger) {}

  async refund(id: string) {
    return this.http.post(\`/refunds/\${id}\`, { reason: 'requested_by_customer' });
  }
}
`,
  ),
  d(
    'ts-test-mock',
    A.CP,
    'src/auth/__tests__/login.spec.ts',
    (c) => `import { login } from '../login';
import { mockApi } from '../../test/mockApi';

const VALID = { email: 'erika@example.org', password: '${c.u('hunter2')}' };
const SESSION = '${c.id()}';

describe('login', () => {
  beforeEach(() => mockApi.reset());

  it('signs in the seeded e2e account', async () => {
    // same account the Playwright suite uses against staging
    const res = await login('e2e-runner@acme.io', '${c.hum()}');
    expect(res.ok).toBe(true);
  });

  it('rejects a bad password', async () => {
    const res = await login(VALID.email, '${c.n('not-the-password')}');
    expect(res.error).toBe('auth.invalid_password');
  });

  it('masks the field', () => {
    expect(render({ type: 'password', value: '${c.n('••••••••')}' })).toMatchSnapshot();
  });
});
`,
  ),
  d(
    'js-mongoose-seed',
    A.C,
    'scripts/seed.js',
    (c) => `const mongoose = require('mongoose');
const bcrypt = require('bcryptjs');
const User = require('../models/User');

const MONGO = 'mongodb+srv://seed:${c.cs()}@cluster0.ab1cd.mongodb.net/app?retryWrites=true';

const users = [
  { name: 'Admin', email: 'admin@kita-sonnenschein.de', password: '${c.hum()}', role: 'admin' },
  { name: 'Frau Keller', email: 'keller@kita-sonnenschein.de', password: '${c.hum()}', role: 'staff' },
  { name: 'Demo', email: 'demo@example.com', password: '${c.u('demo')}', role: 'viewer' },
];

(async () => {
  await mongoose.connect(MONGO);
  for (const u of users) {
    u.password = await bcrypt.hash(u.password, 10);
    await User.create(u);
  }
  console.log('seeded', users.length);
  process.exit(0);
})();
`,
  ),
  d(
    'java-spring-value',
    A.CD,
    'src/main/java/com/acme/billing/config/MailConfig.java',
    (c) => `package com.acme.billing.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

@Configuration
public class MailConfig {

    @Value("\${mail.host:smtp.sendgrid.net}")
    private String host;

    @Value("\${mail.password:${c.gen()}}")
    private String password;

    @Value("\${billing.api.key:${c.hex(32)}}")
    private String apiKey;

    @Value("${c.n('${mail.username}')}")
    private String username;

    public static final String PASSWORD_PROPERTY = "${c.n('mail.password')}";

    @Bean
    public JavaMailSenderImpl mailSender() {
        JavaMailSenderImpl s = new JavaMailSenderImpl();
        s.setHost(host);
        s.setUsername(username);
        s.setPassword(password);
        return s;
    }
}
`,
  ),
  d(
    'java-jdbc-keystore',
    A.C,
    'src/main/java/de/stadtwerke/zaehler/Db.java',
    (c) => `package de.stadtwerke.zaehler;

import java.security.KeyStore;
import java.sql.Connection;
import java.sql.DriverManager;

/** Verbindung zur Zaehlerdatenbank (nur intern). */
public final class Db {
    private static final String URL = "jdbc:oracle:thin:@ora-zaehler.swk.local:1521/ZAEHL";
    // private static final String PASS = "${c.hum()}"; // alt, bis 2023
    private static final char[] KS_PASS = "${c.word()}".toCharArray();

    public static Connection open() throws Exception {
        return DriverManager.getConnection(URL, "ZAEHLER_APP", "${c.hum()}");
    }

    public static KeyStore keystore() throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(Db.class.getResourceAsStream("/client.p12"), KS_PASS);
        return ks;
    }
}
`,
  ),
  d(
    'java-builder',
    A.C,
    'src/main/java/io/shipfast/infra/Clients.java',
    (c) => `package io.shipfast.infra;

public class Clients {
    public static HikariDataSource dataSource() {
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl("jdbc:postgresql://pg-main:5432/shipfast");
        cfg.setUsername("shipfast");
        cfg.setPassword("${c.gen()}");
        cfg.setMaximumPoolSize(20);
        return new HikariDataSource(cfg);
    }

    public static RedisClient redis() {
        return RedisClient.create(RedisURI.builder()
            .withHost("redis-main")
            .withPassword("${c.pw()}".toCharArray())
            .build());
    }

    public static S3Client s3() {
        return S3Client.builder()
            .credentialsProvider(StaticCredentialsProvider.create(
                AwsBasicCredentials.create("${c.u(c.pick(['AKIA', 'ASIA']) + c.alnum(16).toUpperCase())}", "${c.prov('awsSecret', 'aws')}")))
            .build();
    }
}
`,
  ),
  d(
    'kotlin-object',
    A.C,
    'app/src/main/java/com/lumen/app/data/ApiConfig.kt',
    (c) => `package com.lumen.app.data

object ApiConfig {
    const val BASE_URL = "https://api.lumen.app/"
    const val CLIENT_ID = "${c.n('lumen-android')}"
    const val CLIENT_SECRET = "${c.b62(40)}"
    internal const val MAPS_STYLE = "mapbox://styles/lumen/cl0abc123"
    val PASSWORD_REGEX = Regex("^(?=.*[A-Z])(?=.*\\\\d).{8,}$")
}

data class DbCredentials(val user: String = "lumen", val password: String = "${c.hum()}")

fun stagingLogin() = AuthRequest(username = "qa@lumen.app", password = "${c.pw()}")

val debugPin = System.getenv("DEBUG_PIN") ?: "${c.pin(4)}"
`,
  ),
  d(
    'csharp-appsettings-code',
    A.CD,
    'src/Contoso.Api/Startup.cs',
    (c) => `using Microsoft.Data.SqlClient;
using StackExchange.Redis;

namespace Contoso.Api
{
    public class Startup
    {
        private const string FallbackConn =
            "Server=tcp:${c.host()},1433;Database=Contoso;User Id=contoso_app;Password=${c.cs()};Encrypt=True;";

        public void ConfigureServices(IServiceCollection services)
        {
            var conn = ${c.n('Configuration.GetConnectionString("Default")')} ?? FallbackConn;
            services.AddDbContext<ContosoContext>(o => o.UseSqlServer(conn));
            services.AddSingleton(ConnectionMultiplexer.Connect("redis01:6380,password=${c.gen()},ssl=True"));
            services.Configure<SmtpOptions>(o =>
            {
                o.Host = "smtp.contoso.local";
                o.User = "svc-mailer";
                o.Password = ${c.n('Environment.GetEnvironmentVariable("SMTP_PASSWORD")')} ?? "${c.hum()}";
            });
        }
    }
}
`,
  ),
  d(
    'csharp-network-credential',
    A.C,
    'Tools/SharePointSync/Program.cs',
    (c) => `using System.Net;
using System.Security;

class Program
{
    static void Main(string[] args)
    {
        var cred = new NetworkCredential("CORP\\\\svc_spsync", "${c.hum()}");
        var secure = new SecureString();
        foreach (var ch in "${c.gen()}") secure.AppendChar(ch);
        var ctx = new ClientContext("https://corp.sharepoint.com/sites/finance") { Credentials = new SharePointOnlineCredentials("sync@corp.onmicrosoft.com", secure) };
        // TODO move to KeyVault: ${c.n('kv-finance/sp-sync-password')}
        Console.WriteLine($"Connected as {cred.UserName}, correlation {Guid.NewGuid()}");
    }
}
`,
  ),
  d(
    'go-struct-literal',
    A.C,
    'internal/store/mysql.go',
    (c) => `package store

import (
	"database/sql"
	"fmt"
	"os"

	"github.com/go-sql-driver/mysql"
)

var defaultCfg = mysql.Config{
	User:   "inventory",
	Passwd: "${c.hum()}",
	Net:    "tcp",
	Addr:   "mysql.inventory.svc:3306",
	DBName: "inventory",
}

func Open() (*sql.DB, error) {
	if p := ${c.n('os.Getenv("MYSQL_PASSWORD")')}; p != "" {
		defaultCfg.Passwd = p
	}
	return sql.Open("mysql", defaultCfg.FormatDSN())
}

func legacyDSN() string {
	return fmt.Sprintf("%s:%s@tcp(%s)/%s", "report", "${c.gen()}", "10.20.0.5:3306", "legacy")
}
`,
  ),
  d(
    'go-env-default',
    A.CD,
    'cmd/worker/main.go',
    (c) => `package main

import (
	"log"
	"os"
)

func getenv(k, def string) string {
	if v, ok := os.LookupEnv(k); ok {
		return v
	}
	return def
}

var (
	amqpURL     = getenv("AMQP_URL", "amqp://worker:${c.cs()}@rabbit:5672/")
	signingKey  = getenv("SIGNING_KEY", "${c.hex(64)}")
	adminPass   = getenv("ADMIN_PASS", "${c.phrase()}")
	region      = getenv("AWS_REGION", "eu-central-1")
	passwordKey = "${c.n('password')}"
	buildSHA    = "${c.sha()}"
)

func main() {
	log.Printf("worker starting, build %s", buildSHA)
}
`,
  ),
  d('go-test-table', A.CP, 'pkg/auth/basic_test.go', (c) => {
    const user = 'ci-bot';
    const p = c.raw.human();
    return `package auth

import "testing"

func TestParseBasic(t *testing.T) {
	cases := []struct {
		header, user, pass string
		ok                 bool
	}{
		{"Basic ${c.basic(user, p)}", "${user}", "${c.P(p)}", true},
		{"Basic !!!", "", "", false},
		{"Bearer ${c.n('abc.def.ghi')}", "", "", false},
	}
	for _, tc := range cases {
		u, p, ok := ParseBasic(tc.header)
		if ok != tc.ok || u != tc.user || p != tc.pass {
			t.Errorf("ParseBasic(%q) = %q %q %v", tc.header, u, p, ok)
		}
	}
}

var stagingToken = "${c.b62(40)}" // TODO remove before merge
`;
  }),
];
