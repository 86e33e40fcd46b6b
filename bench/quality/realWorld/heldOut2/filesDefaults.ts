// rw-held-out2 files part: credentials left as defaults of environment lookups, in many languages, beside
// defaults that are placeholders or empty (negatives).
import type { RealWorldDoc } from '../types';
import { fdoc } from './filesKit';

export const FILES_DEFAULTS_DOCS: RealWorldDoc[] = [
  fdoc(
    'python-getenv-defaults',
    ['defaults-in-code', 'code'],
    'worker/config.py',
    (k) => `import os

REDIS_HOST = os.getenv("REDIS_HOST", "localhost")
REDIS_PASSWORD = os.getenv("REDIS_PASSWORD", "${k.gpw()}")
DB_USER = os.environ.get("DB_USER", "worker")
DB_PASS = os.environ.get("DB_PASS", "${k.hpw()}")
SMTP_PASSWORD = os.environ.get("SMTP_PASSWORD", "")
SENTRY_DSN = os.getenv("SENTRY_DSN")
API_TOKEN = os.getenv("API_TOKEN", "${k.n('changeme')}")
WEBHOOK_SECRET = os.getenv("WEBHOOK_SECRET") or "${k.tok()}"
OPENAI_API_KEY = os.environ.setdefault("OPENAI_API_KEY", "${k.prov('openaiProject', 'OpenAI')}")
LOG_LEVEL = os.getenv("LOG_LEVEL", "INFO")
`,
  ),

  fdoc(
    'pydantic-settings',
    ['defaults-in-code', 'code'],
    'app/core/settings.py',
    (k) => `from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="APP_")

    database_url: str = "postgresql+asyncpg://app:${k.cs()}@localhost:5432/app"
    jwt_secret: SecretStr = SecretStr("${k.tok(k.g.hex(64))}")
    jwt_algorithm: str = "HS256"
    access_token_expire_minutes: int = 30
    first_superuser: str = "admin@example.com"
    first_superuser_password: str = "${k.hpw()}"
    stripe_webhook_secret: str = "${k.prov('stripeWebhook', 'Stripe webhook secret')}"
    password_reset_template: str = "${k.n('reset_password.html')}"


settings = Settings()
`,
  ),

  fdoc(
    'node-env-fallbacks',
    ['defaults-in-code', 'code'],
    'src/env.js',
    (k) => `// Central place for env lookups; defaults keep \`npm run dev\` working without a .env file.
module.exports = {
  port: Number(process.env.PORT) || 8080,
  mongoUri: process.env.MONGO_URI || 'mongodb+srv://devuser:${k.cs()}@cluster0.ab1cd.mongodb.net/app?retryWrites=true',
  jwtSecret: process.env.JWT_SECRET ?? '${k.tok()}',
  cookieSecret: process.env.COOKIE_SECRET || '${k.n('keyboard cat')}',
  githubToken: process.env.GITHUB_TOKEN || '${k.prov('githubPat', 'GitHub')}',
  sendgridKey: process.env.SENDGRID_API_KEY || '',
  adminPassword: process.env.ADMIN_PASSWORD || '${k.pw()}',
  twilio: {
    accountSid: process.env.TWILIO_ACCOUNT_SID || '${k.n('AC' + k.g.hex(32))}',
    authToken: process.env.TWILIO_AUTH_TOKEN || '${k.prov('twilioAuth', 'Twilio auth token')}',
  },
};
`,
  ),

  fdoc(
    'spring-application-yml-defaults',
    ['defaults-in-code', 'config-syntax'],
    'src/main/resources/application.yml',
    (k) => `server:
  port: \${SERVER_PORT:8080}

spring:
  datasource:
    url: jdbc:postgresql://\${DB_HOST:localhost}:5432/inventory
    username: \${DB_USER:inventory}
    password: \${DB_PASSWORD:${k.hpw()}}
  rabbitmq:
    host: \${RABBIT_HOST:localhost}
    username: \${RABBIT_USER:guest}
    password: \${RABBIT_PASSWORD:${k.u('guest')}}
  security:
    oauth2:
      client:
        registration:
          keycloak:
            client-id: inventory-api
            client-secret: \${KEYCLOAK_SECRET:${k.tok(k.g.alnum(32))}}

app:
  jwt:
    secret: \${JWT_SECRET:${k.tok(k.g.base64(64))}}
  mail:
    password: ${k.n('${MAIL_PASSWORD:}')}
  encryption-key: \${ENCRYPTION_KEY:${k.n('${random.value}')}}
`,
  ),

  fdoc(
    'shell-parameter-defaults',
    ['defaults-in-code', 'code'],
    'docker/entrypoint.sh',
    (k) => `#!/bin/sh
set -e

: "\${POSTGRES_USER:=app}"
: "\${POSTGRES_PASSWORD:=${k.gpw()}}"
: "\${MINIO_ROOT_USER:=minioadmin}"
MINIO_ROOT_PASSWORD="\${MINIO_ROOT_PASSWORD:-${k.pw()}}"
API_KEY="\${API_KEY:-${k.n('replace-me')}}"
REGISTRY_TOKEN="\${REGISTRY_TOKEN:-${k.prov('gitlabPat', 'GitLab')}}"
export POSTGRES_USER POSTGRES_PASSWORD MINIO_ROOT_USER MINIO_ROOT_PASSWORD API_KEY

until pg_isready -h "\${DB_HOST:-db}" -U "$POSTGRES_USER"; do sleep 1; done
exec "$@"
`,
  ),

  fdoc(
    'go-getenv-helper',
    ['defaults-in-code', 'code'],
    'internal/config/config.go',
    (k) => `package config

import "os"

func getEnv(key, fallback string) string {
	if v, ok := os.LookupEnv(key); ok {
		return v
	}
	return fallback
}

type Config struct {
	NatsURL      string
	NatsPassword string
	S3Secret     string
	PagerDutyKey string
	Region       string
}

func Load() Config {
	return Config{
		NatsURL:      getEnv("NATS_URL", "nats://nats.internal:4222"),
		NatsPassword: getEnv("NATS_PASSWORD", "${k.gpw()}"),
		S3Secret:     getEnv("S3_SECRET_KEY", "${k.prov('awsSecret', 'AWS secret access key')}"),
		PagerDutyKey: getEnv("PAGERDUTY_ROUTING_KEY", "${k.tok(k.g.hex(32))}"),
		Region:       getEnv("AWS_REGION", "us-east-1"),
	}
}
`,
  ),

  fdoc(
    'rust-env-unwrap-or',
    ['defaults-in-code', 'code'],
    'src/config.rs',
    (k) => `use std::env;

pub struct Config {
    pub database_url: String,
    pub api_secret: String,
    pub smtp_password: String,
}

impl Config {
    pub fn from_env() -> Self {
        Self {
            database_url: env::var("DATABASE_URL")
                .unwrap_or_else(|_| "mysql://root:${k.cs()}@127.0.0.1:3306/shop".to_string()),
            api_secret: env::var("API_SECRET").unwrap_or_else(|_| String::from("${k.tok()}")),
            smtp_password: env::var("SMTP_PASSWORD").unwrap_or_default(),
        }
    }
}
`,
  ),

  fdoc(
    'java-getenv-or-default',
    ['defaults-in-code', 'code'],
    'src/main/java/com/acme/notify/NotifierConfig.java',
    (k) => `package com.acme.notify;

import java.util.Map;
import java.util.Optional;

public final class NotifierConfig {
    private static final Map<String, String> ENV = System.getenv();

    public static final String TWILIO_SID = ENV.getOrDefault("TWILIO_SID", "${k.n('AC' + k.g.hex(32))}");
    public static final String TWILIO_API_KEY = ENV.getOrDefault("TWILIO_API_KEY", "${k.u(k.r.pv.twilioApiKey(k.g))}");
    public static final String TWILIO_API_SECRET = ENV.getOrDefault("TWILIO_API_SECRET", "${k.tok(k.g.alnum(32))}");
    public static final String SMTP_PASS = Optional.ofNullable(System.getenv("SMTP_PASS")).orElse("${k.hpw()}");
    public static final String FCM_KEY = System.getProperty("fcm.key", "${k.prov('fcmServer', 'Firebase Cloud Messaging server key')}");
    public static final String TEMPLATE = ENV.getOrDefault("PASSWORD_RESET_TEMPLATE", "${k.n('password-reset-v2')}");

    private NotifierConfig() {}
}
`,
  ),

  fdoc(
    'csharp-config-fallbacks',
    ['defaults-in-code', 'code'],
    'src/Worker/Settings.cs',
    (k) => `namespace Worker;

public static class Settings
{
    public static string ServiceBus =>
        Environment.GetEnvironmentVariable("SERVICEBUS_CONNECTION")
        ?? "Endpoint=sb://acme-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${k.sec('connection-string', k.g.base64(44))}";

    public static string RedisPassword(IConfiguration c) => c["Redis:Password"] ?? "${k.gpw()}";

    public static string ApiKey(IConfiguration c) => c.GetValue("Api:Key", "${k.tok()}");

    public static string KeyVaultUri(IConfiguration c) => c["KeyVault:Uri"] ?? "https://acme-kv.vault.azure.net/";
}
`,
  ),

  fdoc(
    'ruby-env-fetch',
    ['defaults-in-code', 'code'],
    'config/app_config.rb',
    (k) => `module AppConfig
  module_function

  def s3
    {
      access_key_id: ENV.fetch("S3_ACCESS_KEY_ID", "${k.prov('awsKeyId', 'AWS access key id')}"),
      secret_access_key: ENV.fetch("S3_SECRET_ACCESS_KEY", "${k.prov('awsSecret', 'AWS secret access key')}"),
      region: ENV.fetch("S3_REGION", "eu-west-1"),
    }
  end

  def devise_pepper = ENV.fetch("DEVISE_PEPPER") { "${k.tok(k.g.hex(128))}" }
  def admin_password = ENV["ADMIN_PASSWORD"] || "${k.hpw()}"
  def recaptcha_secret = ENV.fetch("RECAPTCHA_SECRET", nil)
end
`,
  ),

  fdoc(
    'kotlin-elvis-defaults',
    ['defaults-in-code', 'code'],
    'src/main/kotlin/com/acme/bot/Env.kt',
    (k) => `package com.acme.bot

object Env {
    val telegramToken: String = System.getenv("TELEGRAM_TOKEN") ?: "${k.prov('telegram', 'Telegram bot token')}"
    val discordToken: String = System.getenv("DISCORD_TOKEN") ?: "${k.prov('discordBot', 'Discord bot token')}"
    val dbPassword: String = System.getenv("DB_PASSWORD") ?: "${k.pw()}"
    val adminIds: List<Long> = (System.getenv("ADMIN_IDS") ?: "${k.n(k.g.digits(9))}").split(",").map { it.toLong() }
    val webhookPath: String = System.getenv("WEBHOOK_PATH") ?: "/hook/${k.n('{token}')}"
}
`,
  ),

  fdoc(
    'helm-template-default',
    ['defaults-in-code', 'config-syntax'],
    'charts/api/templates/secret.yaml',
    (k) => `apiVersion: v1
kind: Secret
metadata:
  name: {{ include "api.fullname" . }}
  labels:
    {{- include "api.labels" . | nindent 4 }}
type: Opaque
stringData:
  DB_PASSWORD: {{ .Values.db.password | default "${k.hpw()}" | quote }}
  REDIS_PASSWORD: {{ .Values.redis.password | default (randAlphaNum 24) | quote }}
  SESSION_KEY: {{ .Values.sessionKey | default "${k.tok()}" | quote }}
  SMTP_PASSWORD: {{ required "${k.n('smtp.password is required')}" .Values.smtp.password | quote }}
`,
  ),

  fdoc(
    'php-getenv-ternary',
    ['defaults-in-code', 'code'],
    'src/Config/Database.php',
    (k) => `<?php
namespace App\\Config;

final class Database
{
    public static function dsn(): string
    {
        $host = getenv('DB_HOST') ?: '127.0.0.1';
        $pass = getenv('DB_PASS') ?: '${k.hpw()}';
        $user = $_ENV['DB_USER'] ?? 'app';
        return sprintf('pgsql:host=%s;dbname=app;user=%s;password=%s', $host, $user, $pass);
    }

    public static function apiKey(): string
    {
        return $_SERVER['PARTNER_API_KEY'] ?? '${k.tok()}';
    }

    public static function placeholder(): string
    {
        return getenv('LEGACY_KEY') ?: '${k.n('%LEGACY_KEY%')}';
    }
}
`,
  ),

  fdoc(
    'ts-zod-env-defaults',
    ['defaults-in-code', 'code'],
    'src/env.ts',
    (k) => `import { z } from 'zod';

const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  DATABASE_URL: z.string().url().default('postgres://postgres:${k.cs()}@localhost:5432/dev'),
  NEXTAUTH_SECRET: z.string().min(32).default('${k.tok(k.g.base64(32))}'),
  GITHUB_ID: z.string().default('${k.n('Ov23li' + k.g.alnum(14))}'),
  GITHUB_SECRET: z.string().default('${k.tok(k.g.hex(40))}'),
  RESEND_API_KEY: z.string().default('${k.prov('resend', 'Resend')}'),
  ANTHROPIC_API_KEY: z.string().optional(),
});

export const env = schema.parse(process.env);
`,
  ),
];
