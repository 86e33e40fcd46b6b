// rw-dev10 app part: defaults in code, the fallback a developer left behind an environment lookup, in many languages.
import type { RealWorldDoc } from '../types';
import { adoc } from './appValues';

export const APP_DEFAULTS_DOCS: RealWorldDoc[] = [
  adoc(
    'py-getenv-fallbacks',
    ['defaults-in-code', 'code'],
    'etl/settings.py',
    (k) => `import os
from os import getenv

SNOWFLAKE_USER = getenv("SNOWFLAKE_USER", "ETL_SVC")
SNOWFLAKE_PASSWORD = getenv("SNOWFLAKE_PASSWORD", "${k.gpw()}")
AIRTABLE_KEY = getenv("AIRTABLE_KEY", "${k.tok('pat' + k.g.alnum(14) + '.' + k.g.hex(64))}")
SFTP_PASS = os.environ.get("SFTP_PASS") or "${k.hpw()}"
ZENDESK_TOKEN = os.environ.setdefault("ZENDESK_TOKEN", "${k.tok(k.g.alnum(40))}")
ENCRYPTION_KEY = os.getenv("ENCRYPTION_KEY", default="${k.b64(44)}")
# below: real lookups, no fallback
MONGO_PASSWORD = ${k.n('os.environ["MONGO_PASSWORD"]')}
SLACK_TOKEN = ${k.n('getenv("SLACK_TOKEN")')}
DEFAULT_PASSWORD_LENGTH = int(getenv("DEFAULT_PASSWORD_LENGTH", "${k.n('16')}"))
`,
  ),

  adoc(
    'js-or-fallbacks',
    ['defaults-in-code', 'code'],
    'src/lib/clients.js',
    (k) => `'use strict';
const Minio = require('minio');
const { Client: Pg } = require('pg');
const algoliasearch = require('algoliasearch');

exports.minio = new Minio.Client({
  endPoint: process.env.MINIO_HOST || 'minio.lan',
  accessKey: process.env.MINIO_ACCESS_KEY || 'kedi-admin',
  secretKey: process.env.MINIO_SECRET_KEY || '${k.gpw()}',
});

exports.pg = new Pg({
  connectionString: process.env.DATABASE_URL || \`postgres://kedi:${k.cs()}@localhost/kedi\`,
});

exports.search = algoliasearch(
  process.env.ALGOLIA_APP_ID || '${k.n(k.g.upper(10))}',
  process.env.ALGOLIA_ADMIN_KEY || '${k.tok(k.g.hex(32))}',
);

const webhookSecret = process.env['SHOPIFY_WEBHOOK_SECRET'] ?? "${k.tok(k.g.hex(64))}";
const basicPass = process.env.BASIC_AUTH_PASSWORD ?? \`${k.hpw()}\`;
exports.secrets = { webhookSecret, basicPass };
`,
  ),

  adoc(
    'shell-param-defaults',
    ['defaults-in-code', 'code'],
    'docker/entrypoint.sh',
    (k) => `#!/bin/sh
# Entrypoint for the all-in-one image. Defaults are only for "docker run" without env.
set -e

: "\${DB_HOST:=db}"
: "\${DB_USER:=app}"
: "\${DB_PASSWORD:=${k.hpw()}}"
: "\${RABBIT_PASS:=${k.letters()}}"
export API_TOKEN="\${API_TOKEN:-${k.tok(k.g.hex(40))}}"
export ADMIN_PASSWORD=\${ADMIN_PASSWORD-${k.gpw()}}
export SESSION_KEY="${k.n('${SESSION_KEY:?SESSION_KEY must be set}')}"
export SMTP_PASSWORD="${k.n('${SMTP_PASSWORD:-}')}"

until pg_isready -h "$DB_HOST" -U "$DB_USER"; do sleep 1; done
exec "$@"
`,
  ),

  adoc(
    'spring-value-defaults',
    ['defaults-in-code', 'code'],
    'src/main/java/com/brightline/notify/NotifyProperties.java',
    (k) => `package com.brightline.notify;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class NotifyProperties {
    @Value("\${notify.twilio.sid:${k.n('AC' + k.g.hex(32))}}")
    private String twilioSid;

    @Value("\${notify.twilio.token:${k.prov('twilioToken', 'twilio')}}")
    private String twilioToken;

    @Value("\${notify.smtp.password:${k.hpw()}}")
    private String smtpPassword;

    @Value("\${notify.push.server-key:\${FCM_SERVER_KEY:${k.pv('fcm', 'AAAA' + k.g.base64url(7) + ':APA91b' + k.g.base64url(134))}}}")
    private String fcmServerKey;

    @Value("${k.n('${notify.signing-secret}')}")
    private String signingSecret;
}
`,
  ),

  adoc(
    'kotlin-elvis-defaults',
    ['defaults-in-code', 'code'],
    'src/main/kotlin/no/halden/bank/Env.kt',
    (k) => `package no.halden.bank

object Env {
    val dbPassword: String = System.getenv("DB_PASSWORD") ?: "${k.hpw()}"
    val psd2ClientSecret = System.getenv("PSD2_CLIENT_SECRET") ?: "${k.tok(k.g.alnum(36))}"
    val bankIdPin = System.getProperty("bankid.test.pin") ?: "${k.pin()}"
    val keystorePass = System.getenv()["KEYSTORE_PASS"] ?: "${k.phrase()}"
    val region = System.getenv("REGION") ?: "eu-north-1"
}
`,
  ),

  adoc(
    'csharp-null-coalescing',
    ['defaults-in-code', 'code'],
    'src/Worker/Settings.cs',
    (k) => `namespace Worker;

public static class Settings
{
    public static string ServiceBusConnection =>
        Environment.GetEnvironmentVariable("SB_CONNECTION")
        ?? "Endpoint=sb://halden-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${k.tok(k.g.base64(43) + '=')}";

    public static string RedisPassword => Environment.GetEnvironmentVariable("REDIS_PASSWORD") ?? "${k.gpw()}";
    public static string FtpPassword { get; } = Configuration["Ftp:Password"] ?? "${k.hpw()}";
    public static string HashSalt => "${k.n('static-salt-not-secret')}";
}
`,
  ),

  adoc(
    'php-env-defaults',
    ['defaults-in-code', 'code'],
    'src/Config.php',
    (k) => `<?php
declare(strict_types=1);

namespace Pelikan\\Loja;

final class Config
{
    public static function db(): array
    {
        return [
            'dsn' => getenv('DB_DSN') ?: 'mysql:host=127.0.0.1;dbname=loja',
            'user' => getenv('DB_USER') ?: 'loja',
            'pass' => getenv('DB_PASS') ?: '${k.hpw()}',
        ];
    }

    public const PAGSEGURO_TOKEN = '${k.tok(k.g.hex(32).toUpperCase())}';

    public static function mercadoPagoToken(): string
    {
        return $_ENV['MP_ACCESS_TOKEN'] ?? '${k.pv('mercadopago', `APP_USR-${k.g.digits(16)}-${k.g.digits(6)}-${k.g.hex(32)}-${k.g.digits(9)}`)}';
    }

    public static function adminPassword(): string
    {
        return $_SERVER['ADMIN_PASSWORD'] ?? '';
    }
}
`,
  ),

  adoc(
    'ruby-env-fetch',
    ['defaults-in-code', 'code'],
    'app/services/shipping_client.rb',
    (k) => `class ShippingClient
  BASE = ENV.fetch("SHIPPO_BASE", "https://api.goshippo.com")
  TOKEN = ENV.fetch("SHIPPO_TOKEN") { "${k.pv('shippo', 'shippo_live_' + k.g.hex(40))}" }
  FTP_PASSWORD = ENV["LEGACY_FTP_PASSWORD"].presence || "${k.hpw()}"
  SIGNING_KEY = ENV.fetch("SHIPPING_SIGNING_KEY", "${k.tok(k.g.hex(32))}")

  def initialize(token: TOKEN)
    @conn = Faraday.new(BASE, headers: { "Authorization" => "ShippoToken #{token}" })
  end
end
`,
  ),

  adoc(
    'go-flag-defaults',
    ['defaults-in-code', 'code'],
    'cmd/exporter/flags.go',
    (k) => `package main

import "flag"

var (
	listen      = flag.String("listen", ":9187", "address to listen on")
	dsn         = flag.String("dsn", "postgresql://exporter:${k.cs()}@127.0.0.1:5432/postgres?sslmode=disable", "postgres DSN")
	authToken   = flag.String("auth-token", "${k.tok(k.g.alnum(32))}", "bearer token scrapers must send")
	adminPass   = flag.String("admin-password", ${k.n('""')}, "password for /admin (empty disables)")
	vaultToken  = flag.String("vault-token", "${k.pv('vault', 'hvs.' + k.g.base64url(90))}", "vault token (dev only!)")
)
`,
  ),

  adoc(
    'node-yargs-defaults',
    ['defaults-in-code', 'code'],
    'tools/migrate-cli.ts',
    (k) => `#!/usr/bin/env node
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';

const argv = yargs(hideBin(process.argv))
  .option('host', { type: 'string', default: 'localhost' })
  .option('user', { type: 'string', default: 'migrator' })
  .option('password', { type: 'string', default: '${k.hpw()}', describe: 'DB password (use env in CI)' })
  .option('license', { type: 'string', default: '${k.tok(k.g.uuid().toUpperCase())}', describe: 'Flyway Teams license key' })
  .option('dry-run', { type: 'boolean', default: false })
  .parseSync();

const { DATABASE_PASSWORD = '${k.gpw()}' } = process.env;
console.log(\`migrating \${argv.host} as \${argv.user}\`, DATABASE_PASSWORD ? '(env password)' : '');
`,
  ),

  adoc(
    'python-argparse-click',
    ['defaults-in-code', 'code'],
    'tools/backup_cli.py',
    (k) => `import click


@click.command()
@click.option("--host", default="backup.nordwind.lan")
@click.option("--user", default="restic")
@click.option("--password", default="${k.phrase()}", envvar="RESTIC_PASSWORD", help="Repository-Passwort")
@click.option("--b2-key", default="${k.pv('backblaze', 'K00' + k.g.base64(28))}", envvar="B2_APPLICATION_KEY")
@click.option("--b2-key-id", default="${k.n('00' + k.g.hex(23))}")
def backup(host, user, password, b2_key, b2_key_id):
    """Sichert /srv auf Backblaze B2."""
    click.echo(f"backup to {host} as {user}")


if __name__ == "__main__":
    backup()
`,
  ),

  adoc(
    'dockerfile-arg-defaults',
    ['defaults-in-code', 'config-syntax'],
    'Dockerfile',
    (k) => `FROM node:20-alpine AS build
ARG NPM_TOKEN=${k.prov('npm', 'npm')}
ARG ${k.n('SENTRY_AUTH_TOKEN')}
WORKDIR /app
COPY package*.json .npmrc ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:20-alpine
ENV NODE_ENV=production \\
    SESSION_SECRET=${k.tok(k.g.hex(48))} \\
    DB_PASSWORD=${k.hpw()}
ENV PASSWORD_MIN_LENGTH=${k.n('12')}
COPY --from=build /app/dist /app
CMD ["node", "/app/server.js"]
`,
  ),
];
