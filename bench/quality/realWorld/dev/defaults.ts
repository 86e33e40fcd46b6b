// rw-dev: secrets written as fallback defaults of environment lookups, in many languages and config systems.
import type { RealWorldDoc } from '../types';
import { doc } from './kit';

export const DEFAULTS_DOCS: RealWorldDoc[] = [
  doc(
    'py-config-defaults',
    ['defaults-in-code', 'code'],
    'app/config.py',
    (k) => `"""Runtime configuration. Values come from the environment; defaults are for local runs."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

DB_HOST = os.environ.get("DB_HOST", "localhost")
DB_USER = os.environ.get("DB_USER", "app")
DB_PASSWORD = os.environ.get("DB_PASSWORD") or "${k.hpw()}"
REDIS_PASSWORD = os.getenv("REDIS_PASSWORD", "${k.gpw()}")
SMTP_PW = os.getenv('SMTP_PW', '${k.hpw()}')
API_TOKEN = os.environ.get("API_TOKEN", "${k.tok()}")
SENTRY_DSN = os.environ.get("SENTRY_DSN", "${k.n(k.raw.sentryDsn(k.g))}")
# must be set in prod, no default on purpose
STRIPE_KEY = os.environ["STRIPE_KEY"]
LOG_LEVEL = os.getenv("LOG_LEVEL", "INFO")
ADMIN_PASSWORD = os.getenv("ADMIN_PASSWORD", "${k.n('changeme')}")
`,
  ),

  doc(
    'node-config-defaults',
    ['defaults-in-code', 'code'],
    'src/config/index.js',
    (k) => `'use strict';

require('dotenv').config();

module.exports = {
  port: Number(process.env.PORT) || 3000,
  db: {
    host: process.env.PGHOST || 'localhost',
    user: process.env.PGUSER || 'shop',
    password: process.env.PGPASSWORD || '${k.hpw()}',
    database: process.env.PGDATABASE || 'shop',
  },
  jwtSecret: process.env.JWT_SECRET ?? '${k.tok()}',
  session: {
    secret: process.env.SESSION_SECRET || "${k.tok(k.g.alnum(32))}",
    cookieName: 'sid',
  },
  mail: {
    user: process.env.MAIL_USER,
    pass: process.env.MAIL_PASS,
  },
  uploadsKey: process.env.UPLOADS_KEY || '${k.n('')}',
  adminPass: process.env.ADMIN_PASS || "${k.pw()}",
};
`,
  ),

  doc(
    'compose-defaults',
    ['defaults-in-code', 'config-syntax'],
    'docker-compose.yml',
    (k) => `services:
  api:
    build: .
    environment:
      DATABASE_URL: postgres://app:\${POSTGRES_PASSWORD:-${k.cs()}}@db:5432/app
      REDIS_URL: redis://:\${REDIS_PASSWORD:-${k.cs()}}@cache:6379/0
      JWT_SECRET: \${JWT_SECRET:-${k.tok()}}
      STRIPE_SECRET_KEY: \${STRIPE_SECRET_KEY:?set it in .env}
      MAILER_PASSWORD: \${MAILER_PASSWORD}
    depends_on: [db, cache]
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD: \${POSTGRES_PASSWORD:-${k.hpw()}}
    volumes: [pgdata:/var/lib/postgresql/data]
  cache:
    image: redis:7
    command: ["redis-server", "--requirepass", "\${REDIS_PASSWORD:-${k.gpw()}}"]
  adminer:
    image: adminer
    ports: ["8081:8080"]
volumes:
  pgdata: {}
`,
  ),

  doc(
    'spring-yml-defaults',
    ['defaults-in-code', 'config-syntax'],
    'src/main/resources/application.yml',
    (k) => `server:
  port: \${PORT:8080}
spring:
  application:
    name: ledger
  datasource:
    url: jdbc:postgresql://\${DB_HOST:localhost}:5432/ledger
    username: \${DB_USER:ledger}
    password: \${DB_PASSWORD:${k.hpw()}}
  rabbitmq:
    host: \${RABBIT_HOST:localhost}
    username: ledger
    password: \${RABBIT_PASSWORD:${k.gpw()}}
  mail:
    host: smtp.office365.com
    username: ledger-noreply@acme.example
    password: \${MAIL_PASSWORD}
ledger:
  api-key: \${LEDGER_API_KEY:${k.tok()}}
  encryption-salt: \${ENC_SALT:${k.n('')}}
management:
  endpoints.web.exposure.include: health,info
`,
  ),

  doc(
    'spring-value-java',
    ['defaults-in-code', 'code'],
    'src/main/java/com/acme/ledger/mail/MailConfig.java',
    (k) => `package com.acme.ledger.mail;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

@Configuration
public class MailConfig {

    @Value("\${smtp.host:smtp.acme.example}")
    private String host;

    @Value("\${smtp.username:ledger}")
    private String username;

    @Value("\${smtp.password:${k.hpw()}}")
    private String password;

    @Value("\${archive.api.token:${k.tok()}}")
    private String archiveToken;

    @Bean
    public JavaMailSenderImpl mailSender() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(host);
        sender.setUsername(username);
        sender.setPassword(password);
        String fallback = System.getenv().getOrDefault("SMTP_FALLBACK_PASS", "${k.hpw()}");
        sender.getJavaMailProperties().put("mail.smtp.auth", "true");
        return sender;
    }
}
`,
  ),

  doc(
    'go-getenv-default',
    ['defaults-in-code', 'code'],
    'internal/config/config.go',
    (k) => `package config

import (
	"os"
	"strconv"
	"time"
)

type Config struct {
	Addr        string
	DBPassword  string
	NATSToken   string
	HMACKey     string
	ReadTimeout time.Duration
}

func getenv(key, fallback string) string {
	if v, ok := os.LookupEnv(key); ok {
		return v
	}
	return fallback
}

func Load() Config {
	rt, _ := strconv.Atoi(getenv("READ_TIMEOUT_SECONDS", "15"))
	return Config{
		Addr:        getenv("ADDR", ":8080"),
		DBPassword:  getenv("DB_PASSWORD", "${k.hpw()}"),
		NATSToken:   getenv("NATS_TOKEN", "${k.tok()}"),
		HMACKey:     getenv("HMAC_KEY", ""),
		ReadTimeout: time.Duration(rt) * time.Second,
	}
}

func mustPassword() string {
	pw := os.Getenv("ADMIN_PW")
	if pw == "" {
		pw = "${k.hpw()}"
	}
	return pw
}
`,
  ),

  doc(
    'laravel-config-db',
    ['defaults-in-code', 'code'],
    'config/database.php',
    (k) => `<?php

use Illuminate\\Support\\Str;

return [
    'default' => env('DB_CONNECTION', 'mysql'),

    'connections' => [
        'mysql' => [
            'driver' => 'mysql',
            'host' => env('DB_HOST', '127.0.0.1'),
            'port' => env('DB_PORT', '3306'),
            'database' => env('DB_DATABASE', 'forge'),
            'username' => env('DB_USERNAME', 'forge'),
            'password' => env('DB_PASSWORD', '${k.hpw()}'),
            'charset' => 'utf8mb4',
        ],
        'legacy' => [
            'driver' => 'sqlsrv',
            'host' => env('LEGACY_DB_HOST', 'sql01'),
            'username' => env('LEGACY_DB_USERNAME', 'laravel'),
            'password' => env('LEGACY_DB_PASSWORD', ''),
        ],
    ],

    'redis' => [
        'client' => env('REDIS_CLIENT', 'phpredis'),
        'default' => [
            'host' => env('REDIS_HOST', '127.0.0.1'),
            'password' => env('REDIS_PASSWORD', '${k.gpw()}'),
            'port' => env('REDIS_PORT', '6379'),
        ],
    ],
    'cache_prefix' => Str::slug(env('APP_NAME', 'laravel'), '_').'_cache_',
];
`,
  ),

  doc(
    'ruby-env-fetch',
    ['defaults-in-code', 'code'],
    'config/initializers/services.rb',
    (k) => `# frozen_string_literal: true

Rails.application.configure do
  config.x.search = {
    url: ENV.fetch("ELASTIC_URL", "http://localhost:9200"),
    user: ENV.fetch("ELASTIC_USER", "elastic"),
    password: ENV.fetch("ELASTIC_PASSWORD", "${k.hpw()}")
  }

  config.x.geocoder_key = ENV["GEOCODER_KEY"] || "${k.tok(k.g.hex(32))}"
  config.x.webhook_secret = ENV.fetch("WEBHOOK_SECRET") { "${k.tok()}" }
  config.x.ftp_pass = ENV.fetch("FTP_PASS", nil)
end
`,
  ),

  doc(
    'shell-param-defaults',
    ['defaults-in-code', 'command-line'],
    'docker/entrypoint.sh',
    (k) => `#!/bin/sh
set -e

: "\${DB_HOST:=db}"
: "\${DB_USER:=keycloak}"
: "\${DB_PASS:=${k.hpw()}}"
ADMIN_PASSWORD=\${ADMIN_PASSWORD:-${k.gpw()}}
API_KEY="\${API_KEY:-${k.tok()}}"
TLS_KEY_PASS=\${TLS_KEY_PASS:?TLS_KEY_PASS must be set}
export DB_HOST DB_USER DB_PASS ADMIN_PASSWORD API_KEY

until nc -z "$DB_HOST" 5432; do echo "waiting for db"; sleep 1; done
exec /opt/keycloak/bin/kc.sh start --db-password="$DB_PASS" "$@"
`,
  ),

  doc(
    'rust-env-defaults',
    ['defaults-in-code', 'code'],
    'src/settings.rs',
    (k) => `use std::env;

#[derive(Debug, Clone)]
pub struct Settings {
    pub database_url: String,
    pub admin_password: String,
    pub signing_key: String,
    pub port: u16,
}

impl Settings {
    pub fn from_env() -> Self {
        Settings {
            database_url: env::var("DATABASE_URL")
                .unwrap_or_else(|_| "postgres://tracker:${k.cs()}@localhost/tracker".to_string()),
            admin_password: env::var("ADMIN_PASSWORD").unwrap_or_else(|_| String::from("${k.hpw()}")),
            signing_key: env::var("SIGNING_KEY").unwrap_or("${k.tok(k.g.hex(64))}".into()),
            port: env::var("PORT").ok().and_then(|p| p.parse().ok()).unwrap_or(8080),
        }
    }
}
`,
  ),

  doc(
    'csharp-env-defaults',
    ['defaults-in-code', 'code'],
    'src/Acme.Orders/Startup/Secrets.cs',
    (k) => `using System;
using Microsoft.Extensions.Configuration;

namespace Acme.Orders.Startup
{
    internal static class Secrets
    {
        public static string SqlPassword(IConfiguration config) =>
            config["Sql:Password"] ?? Environment.GetEnvironmentVariable("SQL_PASSWORD") ?? "${k.hpw()}";

        public static string ServiceBusKey =>
            Environment.GetEnvironmentVariable("SERVICEBUS_KEY") ?? "${k.prov('azureStorageKey', 'Azure Service Bus key')}";

        public static string PartnerApiKey(IConfiguration config) =>
            config.GetValue<string>("Partner:ApiKey", "${k.tok()}");

        // test users only exist in the dev tenant
        public const string DevUserPassword = "${k.hpw()}";

        public static string Required(string name) =>
            Environment.GetEnvironmentVariable(name) ?? throw new InvalidOperationException($"{name} not set");
    }
}
`,
  ),

  doc(
    'kotlin-java-defaults',
    ['defaults-in-code', 'code'],
    'app/src/main/kotlin/com/acme/sync/Env.kt',
    (k) => `package com.acme.sync

object Env {
    val dbUrl: String = System.getenv("DB_URL") ?: "jdbc:mysql://localhost:3306/sync"
    val dbPassword: String = System.getenv("DB_PASSWORD") ?: "${k.hpw()}"
    val ftpPass = System.getenv("FTP_PASS") ?: "${k.pw()}"
    val apiKey: String = System.getenv("PARTNER_API_KEY").orEmpty()
    val hmacSecret = System.getProperty("hmac.secret", "${k.tok()}")
    val region = System.getenv("AWS_REGION") ?: "eu-central-1"
}
`,
  ),

  doc(
    'php-getenv-defaults',
    ['defaults-in-code', 'code'],
    'public/inc/db.php',
    (k) => `<?php
// shared db handle for the old admin pages
$host = getenv('DB_HOST') ?: 'localhost';
$user = getenv('DB_USER') ?: 'shopadmin';
$pass = getenv('DB_PASS') ?: '${k.hpw()}';
$mailPw = $_ENV['MAIL_PASSWORD'] ?? '${k.gpw()}';
$apiKey = $_SERVER['PARTNER_KEY'] ?? '';

$mysqli = new mysqli($host, $user, $pass, 'shop');
if ($mysqli->connect_errno) {
    error_log('db connect failed: ' . $mysqli->connect_error);
    http_response_code(500);
    exit('Service unavailable');
}
$mysqli->set_charset('utf8mb4');
`,
  ),

  doc(
    'pydantic-settings',
    ['defaults-in-code', 'code'],
    'service/settings.py',
    (k) => `from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="BILLING_")

    db_dsn: str = "postgresql+asyncpg://billing:${k.cs()}@localhost:5432/billing"
    db_password: SecretStr = SecretStr("${k.hpw()}")
    rabbit_password: str = Field(default="${k.gpw()}", description="broker password")
    invoice_api_key: str = Field(default="${k.tok()}")
    pdf_service_url: str = "http://pdf:8000"
    admin_password: SecretStr = Field(..., description="required, no default")
    debug: bool = False


settings = Settings()
`,
  ),

  doc(
    'ts-zod-env',
    ['defaults-in-code', 'code'],
    'src/env.ts',
    (k) => `import { z } from 'zod';

const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  DATABASE_URL: z.string().url().default('mysql://root:${k.cs()}@localhost:3306/app'),
  NEXTAUTH_SECRET: z.string().min(32).default('${k.tok(k.g.base64(43) + '=')}'),
  RESEND_API_KEY: z.string().startsWith('re_'),
  GITHUB_CLIENT_ID: z.string().default('${k.n(`Iv1.${k.g.hex(16)}`)}'),
  ADMIN_PASSWORD: z.string().default('${k.hpw()}'),
  PLACEHOLDER_IMAGE: z.string().default('/img/placeholder.png'),
});

export const env = schema.parse(process.env);
`,
  ),

  doc(
    'deno-elixir-dart',
    ['defaults-in-code', 'code'],
    'notes/env-defaults-across-stacks.md',
    (k) => `Env defaults we found in the audit (each needs fixing in its repo)

deno (edge functions):

    const key = Deno.env.get("SUPABASE_SERVICE_KEY") ?? "${k.tok(k.g.base64url(40))}";

elixir (notifier):

    config :notifier, smtp_password: System.get_env("SMTP_PASSWORD", "${k.hpw()}")
    config :notifier, api_token: System.get_env("NOTIFIER_TOKEN") || "${k.tok()}"

dart (mobile, compile-time):

    const apiPassword = String.fromEnvironment('API_PASSWORD', defaultValue: '${k.hpw()}');

lua (nginx/openresty):

    local redis_pass = os.getenv("REDIS_PASS") or "${k.gpw()}"

perl (legacy cron):

    my $pass = $ENV{DB_PASS} // '${k.hpw()}';

R (reporting):

    pw <- Sys.getenv("WAREHOUSE_PW", unset = "${k.hpw()}")
`,
  ),

  doc(
    'scala-swift-haskell',
    ['defaults-in-code', 'code'],
    'docs/audit/defaults-part2.md',
    (k) => `More env defaults from the audit:

scala (spark jobs):

${'```'}scala
val jdbcPassword = sys.env.getOrElse("JDBC_PASSWORD", "${k.hpw()}")
val kafkaSecret = sys.env.get("KAFKA_SASL_SECRET").getOrElse("${k.gpw()}")
${'```'}

swift (macOS agent):

${'```'}swift
let token = ProcessInfo.processInfo.environment["AGENT_TOKEN"] ?? "${k.tok()}"
${'```'}

haskell (pricing service):

${'```'}haskell
dbPass <- fromMaybe "${k.hpw()}" <$> lookupEnv "PRICING_DB_PASS"
${'```'}

powershell (build agent):

${'```'}powershell
if (-not $env:NUGET_PASSWORD) { $env:NUGET_PASSWORD = '${k.hpw()}' }
$pat = if ($env:ADO_PAT) { $env:ADO_PAT } else { "${k.prov('azureDevops', 'Azure DevOps PAT')}" }
${'```'}
`,
  ),

  doc(
    'helm-template-default',
    ['defaults-in-code', 'config-syntax'],
    'charts/wiki/templates/secret.yaml',
    (k) => `apiVersion: v1
kind: Secret
metadata:
  name: {{ include "wiki.fullname" . }}
  labels:
    {{- include "wiki.labels" . | nindent 4 }}
type: Opaque
stringData:
  db-password: {{ .Values.db.password | default "${k.hpw()}" | quote }}
  admin-password: {{ .Values.admin.password | default (randAlphaNum 16) | quote }}
  smtp-password: {{ .Values.smtp.password | quote }}
  session-secret: {{ .Values.sessionSecret | default "${k.tok()}" | quote }}
`,
  ),

  doc(
    'terraform-var-defaults',
    ['defaults-in-code', 'config-syntax'],
    'infra/terraform/variables.tf',
    (k) => `variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "db_username" {
  type    = string
  default = "appadmin"
}

variable "db_password" {
  type      = string
  sensitive = true
  default   = "${k.hpw()}"
}

variable "datadog_api_key" {
  type      = string
  sensitive = true
  default   = "${k.prov('hex32', 'Datadog')}"
}

variable "grafana_admin_password" {
  description = "Set via TF_VAR_grafana_admin_password"
  type        = string
  sensitive   = true
}
`,
  ),

  doc(
    'cli-option-defaults',
    ['defaults-in-code', 'code'],
    'tools/sync_ldap.py',
    (k) => `#!/usr/bin/env python3
"""Sync LDAP groups into the app's roles table."""
import argparse

import click
import ldap3


@click.command()
@click.option("--server", default="ldaps://ldap.corp.example.org")
@click.option("--bind-dn", default="cn=sync,ou=services,dc=corp,dc=example,dc=org")
@click.option("--bind-password", default="${k.hpw()}", help="LDAP bind password")
@click.option("--db-password", envvar="DB_PASSWORD", required=True)
def main(server, bind_dn, bind_password, db_password):
    conn = ldap3.Connection(server, bind_dn, bind_password, auto_bind=True)
    conn.search("ou=groups,dc=corp,dc=example,dc=org", "(objectClass=groupOfNames)")


def legacy_args():
    p = argparse.ArgumentParser()
    p.add_argument("--password", default="${k.gpw()}")
    p.add_argument("--token", default=None)
    return p.parse_args()


if __name__ == "__main__":
    main()
`,
  ),

  doc(
    'gha-env-fallback',
    ['defaults-in-code', 'config-syntax'],
    '.github/workflows/e2e.yml',
    (k) => `name: e2e
on: [pull_request]
jobs:
  e2e:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_PASSWORD: ${k.weak()}
        ports: ['5432:5432']
    env:
      E2E_USER: e2e@acme.example
      E2E_PASSWORD: \${{ secrets.E2E_PASSWORD || '${k.hpw()}' }}
      API_BASE: https://stg.api.acme.io
      CYPRESS_RECORD_KEY: \${{ secrets.CYPRESS_RECORD_KEY }}
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npx cypress run
`,
  ),

  doc(
    'dotnet-appsettings-dev',
    ['defaults-in-code', 'config-syntax'],
    'src/Acme.Api/appsettings.Development.json',
    (k) => `{
  "Logging": {
    "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }
  },
  "ConnectionStrings": {
    "Default": "Server=localhost,1433;Database=AcmeApi;User Id=sa;Password=${k.cs()};TrustServerCertificate=True",
    "Cache": "localhost:6379,password=${k.cs()},abortConnect=false"
  },
  "Jwt": {
    "Issuer": "https://localhost:5001",
    "Audience": "acme-api",
    "SigningKey": "${k.tok(k.g.base64(44))}"
  },
  "Smtp": { "Host": "localhost", "Port": 1025, "User": "", "Password": "" },
  "AllowedHosts": "*"
}
`,
  ),
];
