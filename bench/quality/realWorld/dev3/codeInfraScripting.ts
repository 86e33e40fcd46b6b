// rw-dev3 code/infra: scripting languages (Python, notebooks, JS/TS, Ruby, PHP, Perl) as people commit them.
import type { RealWorldDoc } from '../types';
import { doc, type Kit } from '../dev/kit';
import { b64, dqPassword, fernetKey, laravelKey, plainPassword, railsKeyBase, sha256 } from './codeInfraValues';

const ppw = (k: Kit) => k.s('password', plainPassword(k.g));
const dpw = (k: Kit) => k.s('password', dqPassword(k.g));

export const SCRIPTING_DOCS: RealWorldDoc[] = [
  doc('py-etl-warehouse-loader', ['code', 'defaults-in-code'], 'etl/loaders/warehouse.py', (k) => {
    return `"""Nightly loader: pulls orders from the shop API and writes them to the warehouse."""
import logging
import os

import psycopg2
import requests
from requests.auth import HTTPBasicAuth

log = logging.getLogger(__name__)

SHOP_API = "https://shop.internal.example.com/api/v2"
# TODO(ops-1182): move to vault before go-live
SHOP_USER = ${k.n('"etl-reader"')}
SHOP_PASS = "${k.pw()}"

WAREHOUSE = dict(
    host=${k.n('os.environ.get("WH_HOST", "wh-01.internal")')},
    port=5432,
    dbname="analytics",
    user="loader",
    password=os.environ.get("WH_PASSWORD", "${k.pw()}"),
)


def fetch_orders(since):
    resp = requests.get(
        f"{SHOP_API}/orders",
        params={"updated_since": since, "per_page": 250},
        auth=${k.n('HTTPBasicAuth(SHOP_USER, SHOP_PASS)')},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["orders"]


def load(rows):
    conn = psycopg2.connect(**WAREHOUSE)
    with conn, conn.cursor() as cur:
        for row in rows:
            cur.execute("INSERT INTO staging.orders (id, total, sha) VALUES (%s, %s, %s)", (row["id"], row["total"], "${k.n(sha256(k.g))}"))
    log.info("loaded %d rows", len(rows))


if __name__ == "__main__":
    load(fetch_orders(${k.n('os.environ["SINCE"]')}))
`;
  }),

  doc('django-settings-prod', ['config-syntax', 'code', 'defaults-in-code'], 'mysite/settings/production.py', (k) => {
    return `from .base import *  # noqa

import environ

env = environ.Env()

DEBUG = False
ALLOWED_HOSTS = ["www.example.org", "example.org"]

# SECURITY WARNING: keep the secret key used in production secret!
SECRET_KEY = env("DJANGO_SECRET_KEY", default="${k.tok(k.raw.djangoKey(k.g))}")

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "mysite",
        "USER": "mysite",
        "PASSWORD": "${k.pw()}",
        "HOST": "db.prod.internal",
        "PORT": "5432",
    },
    "legacy": {
        "ENGINE": "django.db.backends.mysql",
        "NAME": "crm",
        "USER": "crm_ro",
        "PASSWORD": ${k.n('env("LEGACY_DB_PASSWORD")')},
        "HOST": "10.20.0.14",
    },
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "${k.n('django.contrib.auth.password_validation.CommonPasswordValidator')}"},
]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.mailgun.org"
EMAIL_HOST_USER = "postmaster@mg.example.org"
EMAIL_HOST_PASSWORD = "${k.prov('mailgun', 'Mailgun')}"
EMAIL_USE_TLS = True

CACHES = {"default": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": "redis://:${k.cs()}@cache.prod.internal:6379/1"}}
CSRF_COOKIE_NAME = "${k.n('csrftoken')}"
SESSION_COOKIE_NAME = "sessionid"
`;
  }),

  doc('flask-config-classes', ['code', 'defaults-in-code'], 'app/config.py', (k) => {
    return `import os

basedir = os.path.abspath(os.path.dirname(__file__))


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY") or "${k.tok(k.g.hex(48))}"
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    MAIL_SERVER = os.environ.get("MAIL_SERVER", "smtp.googlemail.com")
    MAIL_PORT = int(os.environ.get("MAIL_PORT", "587"))
    MAIL_USERNAME = ${k.n('os.environ.get("MAIL_USERNAME")')}
    MAIL_PASSWORD = ${k.n('os.environ.get("MAIL_PASSWORD")')}
    FLASKY_MAIL_SUBJECT_PREFIX = "[Flasky]"
    SECURITY_PASSWORD_SALT = "${k.tok(k.g.alnum(22))}"


class DevelopmentConfig(Config):
    DEBUG = True
    SQLALCHEMY_DATABASE_URI = os.environ.get("DEV_DATABASE_URL") or "postgresql://flasky:${k.cs()}@localhost/flasky_dev"


class TestingConfig(Config):
    TESTING = True
    WTF_CSRF_ENABLED = False
    SQLALCHEMY_DATABASE_URI = "sqlite://"
    SECRET_KEY = "${k.n('testing')}"


class ProductionConfig(Config):
    SQLALCHEMY_DATABASE_URI = ${k.n('os.environ.get("DATABASE_URL")')}


config = {"development": DevelopmentConfig, "testing": TestingConfig, "production": ProductionConfig, "default": DevelopmentConfig}
`;
  }),

  doc('pytest-conftest-fixtures', ['code'], 'tests/conftest.py', (k) => {
    const g = k.g;
    return `import pytest

from app.models import User
from app.clients import PaymentsClient


@pytest.fixture
def admin_user(db):
    # same account as on staging, so the e2e suite can reuse it
    return User.objects.create_user(username="qa-admin", email=${k.n('"qa-admin@example.com"')}, password="${k.hpw()}")


@pytest.fixture
def anonymous_user(db):
    return User.objects.create_user(username="anon", password="${k.n('password')}")


@pytest.fixture
def payments():
    return PaymentsClient(
        base_url="${k.n('https://sandbox.payments.example.com')}",
        merchant_id="${k.n(`M-${g.digits(8)}`)}",
        api_secret="${k.tok(g.alnum(32))}",
    )


@pytest.fixture
def fake_token():
    return "${k.n('not-a-real-token')}"


@pytest.fixture
def user_hash():
    # what create_user stores: pbkdf2_sha256$iterations$salt$hash
    return "${k.n(`pbkdf2_sha256$600000$${g.alnum(22)}$${g.base64(43)}=`)}"
`;
  }),

  doc('jupyter-openai-snowflake', ['code'], 'notebooks/churn-exploration.ipynb', (k) => {
    const g = k.g;
    const cell = (lines: string[]) => lines.map((l, i) => `    "${l}${i < lines.length - 1 ? '\\n' : ''}"`).join(',\n');
    return `{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": [
    "# Churn exploration\\n",
    "Pulls last quarter's accounts from Snowflake and asks the model to label cancellation reasons."
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
${cell(['import snowflake.connector', 'import openai', '', `openai.api_key = \\"${k.prov('openaiProject', 'OpenAI')}\\"`])}
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "connected as ANALYST_RO, session ${k.n(g.digits(16))}\\n"
     ]
    }
   ],
   "source": [
${cell(['ctx = snowflake.connector.connect(', "    user='ANALYST_RO',", `    password='${k.pw()}',`, `    account='${k.n(`xy${g.digits(5)}.eu-central-1`)}',`, "    warehouse='ANALYTICS_WH',", ')'])}
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
${cell(['# hf_token = \\"' + k.prov('huggingface', 'Hugging Face') + '\\"  # old one, revoked?', 'df = ctx.cursor().execute(\\"select * from accounts limit 1000\\").fetch_pandas_all()'])}
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
`;
  }),

  doc('express-app-session-mongo', ['code'], 'server/app.js', (k) => {
    return `'use strict';
const express = require('express');
const session = require('express-session');
const MongoStore = require('connect-mongo');
const mongoose = require('mongoose');
const nodemailer = require('nodemailer');

const app = express();

mongoose.connect('mongodb+srv://appuser:${k.cs()}@cluster0.ab1cd.mongodb.net/shop?retryWrites=true&w=majority');

app.use(
  session({
    name: ${k.n("'sid'")},
    secret: '${k.tok(k.g.alnum(40))}',
    resave: false,
    saveUninitialized: false,
    store: MongoStore.create({ mongoUrl: ${k.n('process.env.MONGO_URL')} }),
    cookie: { maxAge: 1000 * 60 * 60 * 24 },
  }),
);

const transporter = nodemailer.createTransport({
  host: 'smtp.office365.com',
  port: 587,
  auth: {
    user: 'noreply@example.com',
    pass: '${k.pw()}',
  },
});

app.post('/login', (req, res) => {
  if (!${k.n('req.body.password')}) return res.status(400).json({ error: '${k.n('Password is required')}' });
  // ...
});

app.listen(process.env.PORT || 3000);
module.exports = { app, transporter };
`;
  }),

  doc('nestjs-app-module', ['code'], 'src/app.module.ts', (k) => {
    return `import { Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BullModule } from '@nestjs/bull';

@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true }),
    TypeOrmModule.forRoot({
      type: 'postgres',
      host: 'localhost',
      port: 5432,
      username: 'nest',
      password: '${k.pw()}',
      database: 'nest',
      autoLoadEntities: true,
      synchronize: false,
    }),
    JwtModule.register({
      global: true,
      secret: '${k.tok()}',
      signOptions: { expiresIn: '3600s' },
    }),
    JwtModule.registerAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService) => ({ secret: ${k.n('config.get<string>(')}'${k.n('JWT_REFRESH_SECRET')}') }),
    }),
    BullModule.forRoot({ redis: { host: 'redis', port: 6379, password: '${k.pw()}' } }),
  ],
})
export class AppModule {}
`;
  }),

  doc('jest-api-test-axios', ['code', 'http-auth'], 'test/e2e/orders.e2e-spec.ts', (k) => {
    const g = k.g;
    return `import axios from 'axios';

const api = axios.create({
  baseURL: 'https://staging-api.example.com',
  auth: { username: 'e2e-runner', password: '${k.pw()}' },
});

// token of the e2e tenant, expires 2027-01
const token = '${k.bearerJwt()}';

describe('orders', () => {
  it('lists orders', async () => {
    const res = await api.get('/orders', { headers: { Authorization: 'Bearer ' + token } });
    expect(res.status).toBe(200);
  });

  it('rejects a bad key', async () => {
    await expect(api.get('/orders', { headers: { 'X-Api-Key': '${k.n('invalid-key')}' } })).rejects.toThrow();
  });

  it('accepts the partner key', async () => {
    const res = await api.get('/partner/orders', { headers: { 'X-Api-Key': '${k.http(g.hex(40))}' } });
    expect(res.data.items).toHaveLength(3);
  });

  it('keeps the request id', async () => {
    const res = await api.get('/orders', { headers: { 'X-Request-Id': '${k.n(g.uuid())}' } });
    expect(res.headers['x-request-id']).toBeDefined();
  });
});
`;
  }),

  doc('ts-aws-sdk-client-builder', ['code'], 'src/storage/s3.ts', (k) => {
    const g = k.g;
    return `import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';
import { createHash } from 'node:crypto';

// the uploader account only has PutObject on the reports bucket
const s3 = new S3Client({
  region: 'eu-west-1',
  credentials: {
    accessKeyId: '${k.u(k.raw.p.awsId(k.g))}',
    secretAccessKey: '${k.prov('awsSecret', 'AWS')}',
  },
});

export async function upload(name: string, body: Buffer) {
  const md5 = createHash('md5').update(body).digest('base64');
  await s3.send(new PutObjectCommand({ Bucket: 'acme-reports', Key: name, Body: body, ContentMD5: md5 }));
}

export const EMPTY_ETAG = '${k.n(g.hex(32))}';
`;
  }),

  doc('ruby-github-octokit-script', ['code'], 'script/sync_labels.rb', (k) => {
    return `#!/usr/bin/env ruby
# Copies labels from the template repo to every repo in the org.
require 'octokit'
require 'net/http'

client = Octokit::Client.new(access_token: '${k.prov('githubClassic', 'GitHub')}')
client.auto_paginate = true

TEMPLATE = 'acme/.github'
labels = client.labels(TEMPLATE)

client.org_repos('acme').each do |repo|
  labels.each do |l|
    client.add_label(repo.full_name, l.name, l.color) rescue nil
  end
end

uri = URI('https://status.internal.example.com/api/ping')
req = Net::HTTP::Post.new(uri)
req.basic_auth 'label-bot', '${k.pw()}'
Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }
`;
  }),

  doc('rails-database-yml-erb', ['config-syntax', 'defaults-in-code'], 'config/database.yml', (k) => {
    return `default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: shop_development
  username: shop
  password: <%= ENV.fetch("DB_PASSWORD") { "${k.pw()}" } %>

test:
  <<: *default
  database: shop_test

production:
  <<: *default
  database: shop_production
  username: shop
  password: ${k.n('<%= ENV["SHOP_DATABASE_PASSWORD"] %>')}

replica:
  <<: *default
  url: postgres://shop_ro:${k.cs()}@replica.db.internal:5432/shop_production
  replica: true
`;
  }),

  doc('rails-secrets-yml-legacy', ['config-syntax'], 'config/secrets.yml', (k) => {
    return `# Be sure to restart your server when you modify this file.
# Make sure the secrets in this file are kept private
# if you're sharing your code publicly.

development:
  secret_key_base: ${k.tok(railsKeyBase(k.g))}
  stripe_publishable_key: ${k.n(k.raw.stripePublishable(k.g))}
  stripe_secret_key: ${k.prov('stripeTest', 'Stripe')}

test:
  secret_key_base: ${k.tok(railsKeyBase(k.g))}

production:
  secret_key_base: ${k.n('<%= ENV["SECRET_KEY_BASE"] %>')}
  stripe_secret_key: ${k.n('<%= ENV["STRIPE_SECRET_KEY"] %>')}
`;
  }),

  doc('laravel-config-database-php', ['code', 'defaults-in-code'], 'config/database.php', (k) => {
    return `<?php

use Illuminate\\Support\\Str;

return [

    'default' => env('DB_CONNECTION', ${k.n("'mysql'")}),

    'connections' => [

        ${k.n("'mysql'")} => [
            'driver' => ${k.n("'mysql'")},
            'url' => ${k.n("env('DATABASE_URL')")},
            'host' => env('DB_HOST', '127.0.0.1'),
            'port' => env('DB_PORT', '3306'),
            'database' => env('DB_DATABASE', 'forge'),
            'username' => env('DB_USERNAME', 'forge'),
            'password' => env('DB_PASSWORD', '${k.pw()}'),
            'unix_socket' => env('DB_SOCKET', ''),
            'charset' => 'utf8mb4',
        ],

        'reporting' => [
            'driver' => 'pgsql',
            'host' => 'reports.db.internal',
            'database' => 'reports',
            'username' => 'laravel',
            'password' => '${k.pw()}',
        ],
    ],

    'redis' => [
        'client' => env('REDIS_CLIENT', 'phpredis'),
        'options' => [
            'prefix' => env('REDIS_PREFIX', Str::slug(env('APP_NAME', 'laravel'), '_').'_database_'),
        ],
        'default' => [
            'host' => env('REDIS_HOST', '127.0.0.1'),
            'password' => ${k.n("env('REDIS_PASSWORD')")},
            'port' => env('REDIS_PORT', '6379'),
        ],
    ],
];
`;
  }),

  doc('laravel-env-example-and-real', ['config-syntax'], '.env.staging', (k) => {
    const g = k.g;
    return `APP_NAME=Storefront
APP_ENV=staging
APP_KEY=${k.tok(laravelKey(g))}
APP_DEBUG=true
APP_URL=https://staging.storefront.example.com

LOG_CHANNEL=stack

DB_CONNECTION=mysql
DB_HOST=10.0.3.21
DB_PORT=3306
DB_DATABASE=storefront
DB_USERNAME=storefront
DB_PASSWORD=${ppw(k)}

BROADCAST_DRIVER=pusher
PUSHER_APP_ID=${k.n(g.digits(7))}
PUSHER_APP_KEY=${k.n(g.hex(20))}
PUSHER_APP_SECRET=${k.tok(g.hex(20))}
PUSHER_APP_CLUSTER=eu

MAIL_MAILER=smtp
MAIL_HOST=smtp.mailtrap.io
MAIL_PORT=2525
MAIL_USERNAME=${k.n(g.hex(14))}
MAIL_PASSWORD=${k.pw(g.hex(14))}
${k.n('MAIL_ENCRYPTION=null')}
`;
  }),

  doc('php-legacy-pdo-include', ['code'], 'includes/db.inc.php', (k) => {
    return `<?php
// db connection - included by every page
// NOTE: old pw was ${k.pw(dqPassword(k.g))} (changed after the 2023 audit)
$dbhost = "localhost";
$dbuser = "webshop";
$dbpass = "${dpw(k)}";
$dbname = "webshop";

try {
    $pdo = new PDO("mysql:host=$dbhost;dbname=$dbname;charset=utf8mb4", $dbuser, $dbpass, [
        PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
    ]);
} catch (PDOException $e) {
    die("Connection failed");
}

$mysqli = mysqli_connect("192.168.10.5", "backup", '${k.pw()}', "webshop_archive");

define('PAYPAL_CLIENT_ID', '${k.n('AeX' + k.g.base64url(77))}');
define('PAYPAL_SECRET', '${k.tok('E' + k.g.base64url(79))}');
define('PASSWORD_MIN_LENGTH', 8);
define('ADMIN_PASSWORD_HASH', '${k.n(k.raw.bcrypt(k.g))}');
`;
  }),

  doc('perl-dbi-report', ['code'], 'bin/monthly_report.pl', (k) => {
    return `#!/usr/bin/perl
use strict;
use warnings;
use DBI;
use MIME::Lite;

my $dsn = "DBI:mysql:database=billing;host=billing-db.internal;port=3306";
my $dbh = DBI->connect($dsn, "report", '${k.pw()}', { RaiseError => 1, AutoCommit => 1 })
    or die "Cannot connect: $DBI::errstr";

my %smtp = (
    host     => 'mail.example.net',
    user     => 'reports@example.net',
    password => '${k.pw()}',
);

my $sth = $dbh->prepare("SELECT customer, SUM(amount) FROM invoices WHERE month = ? GROUP BY customer");
$sth->execute($ARGV[0]);
while (my @row = $sth->fetchrow_array) {
    print join("\\t", @row), "\\n";
}
MIME::Lite->send('smtp', $smtp{host}, AuthUser => $smtp{user}, AuthPass => $smtp{password});
`;
  }),

  doc('python-base64-obfuscated', ['code'], 'tools/vpn_login.py', (k) => {
    const g = k.g;
    const raw = k.raw.humanPassword(g);
    return `#!/usr/bin/env python3
# quick helper to log into the office VPN portal without typing the password every morning
import base64
import getpass
import sys

import requests

USER = "jdoe"
# not plain text at least :)
PASSWORD = base64.b64decode("${k.s('password', b64(raw))}").decode()
OTP_SEED = "${k.tok(g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 32))}"

def main():
    pw = PASSWORD if "--ask" not in sys.argv else ${k.n('getpass.getpass("Password: ")')}
    r = requests.post("https://vpn.example.com/remote/logincheck", data={"username": USER, "credential": pw})
    print(r.status_code)

if __name__ == "__main__":
    main()
`;
  }),

  doc('python-string-concat-dsn', ['code'], 'services/reporting/db.py', (k) => {
    const g = k.g;
    const p1 = g.alnum(6);
    const p2 = g.alnum(6);
    return `from sqlalchemy import create_engine

DB_USER = "reporting"
DB_HOST = "pg-reporting.internal"
DB_PORT = 5432

# split so grep on the wiki export doesn't find it (yes, really)
DB_PASS = "${k.s('password', `${p1}" + "${p2}`)}"

engine = create_engine(
    "postgresql+psycopg2://" + DB_USER + ":" + DB_PASS + "@" + DB_HOST + ":" + str(DB_PORT) + "/reporting",
    pool_pre_ping=True,
)

ADMIN_DSN = "postgresql://postgres:%s@%s/postgres" % ("${k.pw()}", DB_HOST)
TEMPLATE_DSN = ${k.n('"postgresql://{user}:{password}@{host}/{db}"')}
`;
  }),

  doc('python-fernet-and-hmac', ['code'], 'webhooks/verify.py', (k) => {
    const g = k.g;
    return `import hashlib
import hmac

from cryptography.fernet import Fernet

# key used to encrypt stored OAuth refresh tokens at rest
FERNET_KEY = b"${k.tok(fernetKey(g))}"
fernet = Fernet(FERNET_KEY)

WEBHOOK_SECRETS = {
    "github": b"${k.tok(g.hex(40))}",
    "stripe": "${k.prov('stripeWebhook', 'Stripe')}",
    "shopify": "${k.tok(g.base64(44))}",
}

# RFC 4231 test case 2, used by test_hmac below
RFC4231_KEY = b"Jefe"
RFC4231_DIGEST = "${k.n('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843')}"


def verify(provider, body, signature):
    mac = hmac.new(WEBHOOK_SECRETS[provider] if isinstance(WEBHOOK_SECRETS[provider], bytes) else WEBHOOK_SECRETS[provider].encode(), body, hashlib.sha256)
    return hmac.compare_digest(mac.hexdigest(), signature)
`;
  }),

  doc('node-knexfile', ['code', 'defaults-in-code'], 'knexfile.js', (k) => {
    return `// Update with your config settings.
module.exports = {
  development: {
    client: 'postgresql',
    connection: {
      database: 'inventory',
      user: 'inventory',
      password: process.env.PGPASSWORD || '${k.pw()}',
    },
  },

  staging: {
    client: 'postgresql',
    connection: {
      host: 'staging-db.internal',
      database: 'inventory',
      user: 'inventory',
      password: '${k.pw()}',
    },
    pool: { min: 2, max: 10 },
    migrations: { tableName: 'knex_migrations' },
  },

  production: {
    client: 'postgresql',
    connection: ${k.n('process.env.DATABASE_URL')},
    pool: { min: 2, max: 10 },
  },
};
`;
  }),

  doc('js-template-literal-url', ['code'], 'scripts/backfill.mjs', (k) => {
    const g = k.g;
    return `import pg from 'pg';
import fetch from 'node-fetch';

const user = 'backfill';
const pass = '${k.pw()}';
const client = new pg.Client({ connectionString: \`postgres://\${user}:\${pass}@10.1.4.7:5432/events\` });

const ES = 'https://elastic:${k.cs()}@search.internal:9200';
const headers = { 'Content-Type': 'application/json', 'kbn-xsrf': 'true', Authorization: \`ApiKey ${k.http(b64(`${g.alnum(20)}:${g.base64url(22)}`))}\` };

await client.connect();
const { rows } = await client.query('select id, payload from events where indexed = false limit 5000');
for (const r of rows) {
  await fetch(\`\${ES}/events/_doc/\${r.id}\`, { method: 'PUT', headers, body: JSON.stringify(r.payload) });
}
await client.end();
`;
  }),
];
