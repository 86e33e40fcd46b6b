// rw-dev9 code: defaults declared where options are declared — pydantic fields, CLI flag and clap defaults,
// session middleware, JWT helpers, Elixir runtime config — mostly env look-ups, with a default value left in.
import type { RealWorldDoc } from '../types';
import { A, d } from './codeValues';

export const FLAG_DOCS: RealWorldDoc[] = [
  d(
    'py-pydantic-settings',
    A.CDP,
    'service/settings.py',
    (c) => `from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="${c.n('SVC_')}")

    db_dsn: str = Field(alias="${c.n('DATABASE_URL')}")
    db_password: SecretStr = Field(default=SecretStr(""), alias="${c.n('DB_PASSWORD')}")
    api_token: SecretStr = SecretStr("${c.b62(40)}")
    webhook_secret: SecretStr = Field(default=SecretStr("${c.hex(32)}"))
    password_reset_ttl: int = 3600
    token_header: str = "${c.n('X-Api-Token')}"
    secret_name: str = "${c.n('svc/prod/api-token')}"


settings = Settings()
print("password set:", bool(settings.db_password.get_secret_value()), "${c.n('**********')}")
`,
  ),
  d(
    'js-express-session',
    A.CDP,
    'server/app.js',
    (c) => `const express = require('express');
const session = require('express-session');
const csrf = require('csurf');

const app = express();
app.use(session({
  name: '${c.n('sid')}',
  secret: process.env.SESSION_SECRET || '${c.hex(64)}',
  resave: false,
  saveUninitialized: false,
  cookie: { secure: true, sameSite: 'lax' },
}));
app.use(csrf());

app.post('/login', (req, res) => {
  const { username, password } = req.body;
  if (!password) return res.status(400).json({ error: '${c.n('password_required')}' });
  // hashed compare, see lib/auth.js
  res.json({ ok: true, requestId: '${c.id()}' });
});

app.listen(process.env.PORT || 3000);
`,
  ),
  d(
    'java-jwt-util',
    A.CD,
    'src/main/java/com/acme/auth/JwtUtil.java',
    (c) => `package com.acme.auth;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;

public class JwtUtil {
    private static final String SECRET = System.getProperty("jwt.secret", "${c.b62(64)}");
    private static final String CLAIM_ROLES = "${c.n('roles')}";
    private static final String HEADER = "${c.n('Authorization')}";
    private static final String ALG = "${c.n('HS512')}";

    public static String issue(String sub) {
        return Jwts.builder().subject(sub).claim(CLAIM_ROLES, "user")
            .signWith(Keys.hmacShaKeyFor(SECRET.getBytes())).compact();
    }
}
`,
  ),
  d(
    'go-flags',
    A.CDP,
    'cmd/exporter/main.go',
    (c) => `package main

import "flag"

var (
	listen   = flag.String("listen", ":9187", "address to listen on")
	dbUser   = flag.String("db-user", "exporter", "database user")
	dbPass   = flag.String("db-password", "", "database password (or ${c.n('$DB_PASSWORD')})")
	apiKey   = flag.String("api-key", "${c.hex(40)}", "monitoring API key")
	adminPwd = flag.String("admin-password", "${c.hum()}", "password for /admin")
	keyFile  = flag.String("tls-key", "${c.n('/etc/exporter/tls.key')}", "TLS private key file")
	version  = "${c.n('v0.14.2')}"
)

func main() { flag.Parse() }
`,
  ),
  d(
    'rust-clap-default',
    A.CDP,
    'src/cli.rs',
    (c) => `use clap::Parser;

#[derive(Parser, Debug)]
#[command(version, about = "sync tool")]
pub struct Cli {
    #[arg(long, env = "${c.n('SYNC_TOKEN')}", default_value = "${c.b62(32)}")]
    pub token: String,
    #[arg(long, env = "${c.n('SYNC_PASSWORD')}", hide_env_values = true)]
    pub password: Option<String>,
    #[arg(long, default_value = "${c.n('https://sync.example.com')}")]
    pub endpoint: String,
    #[arg(long, env = "SYNC_USER", default_value = "sync")]
    pub user: String,
    #[arg(long, default_value = "${c.gen()}")]
    pub admin_password: String,
}
`,
  ),
  d(
    'elixir-runtime',
    A.CDP,
    'config/runtime.exs',
    (c) => `import Config

if config_env() == :prod do
  database_url = System.fetch_env!("${c.n('DATABASE_URL')}")
  secret_key_base = System.get_env("${c.n('SECRET_KEY_BASE')}") || raise "SECRET_KEY_BASE missing"

  config :shop, Shop.Repo, url: database_url, pool_size: 10
  config :shop, ShopWeb.Endpoint, secret_key_base: secret_key_base

  config :shop, :stripe, api_key: System.fetch_env!("${c.n('STRIPE_API_KEY')}")
  config :shop, :partner, token: System.get_env("PARTNER_TOKEN", "${c.b64(32)}")
  config :shop, :admin, password: System.get_env("ADMIN_PASSWORD", "${c.hum()}")
end
`,
  ),
  d(
    'ts-nest-config-module',
    A.CDP,
    'src/app.module.ts',
    (c) => `import { Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';

@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true }),
    JwtModule.registerAsync({
      inject: [ConfigService],
      useFactory: (cfg: ConfigService) => ({ secret: cfg.get<string>('${c.n('JWT_SECRET')}', '${c.b64(48)}'), signOptions: { expiresIn: '1h' } }),
    }),
    TypeOrmModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (cfg: ConfigService) => ({
        type: 'postgres',
        host: cfg.get('DB_HOST'),
        username: cfg.get('DB_USER'),
        password: cfg.get('${c.n('DB_PASSWORD')}', '${c.hum()}'),
        database: 'nest',
      }),
    }),
  ],
})
export class AppModule {}
`,
  ),
];
