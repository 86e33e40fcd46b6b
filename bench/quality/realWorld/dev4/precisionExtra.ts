// rw-dev4 precision, part 10: config files and code defaults where placeholders, public ids and real values sit
// in the same block.
import { doc, F } from '../dev/kit';
import type { RealWorldDoc } from '../types';
import { tpw, ts, upw, V } from './precisionValues';

export const EXTRA_DOCS: RealWorldDoc[] = [
  doc(
    'env-example-half-filled',
    ['precision', 'config-syntax'],
    '.env.example',
    (k) => `# Copy to .env and fill in. Values in <> are placeholders.
APP_ENV=${k.n('development')}
APP_KEY=${k.n('base64:<generate with php artisan key:generate>')}
DB_PASSWORD=${k.n('<db password>')}
REDIS_PASSWORD=${k.n('null')}
MAIL_PASSWORD=${k.n('your_mail_password')}
AWS_ACCESS_KEY_ID=${k.n('AKIAXXXXXXXXXXXXXXXX')}
AWS_SECRET_ACCESS_KEY=${k.n('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')}
PUSHER_APP_ID=${k.n('123456')}
PUSHER_APP_KEY=${k.n(k.g.hex(20))}
# these two were filled in by mistake when the example was regenerated from a real .env
PUSHER_APP_SECRET=${k.tok(k.g.hex(20))}
MIX_ENCRYPTION_SECRET=${k.tok(k.g.base64(43) + '=')}
SENTRY_LARAVEL_DSN=${k.n(V.sentryDsn(k.g))}
`,
  ),
  doc(
    'toml-app-config',
    ['precision', 'config-syntax'],
    'config/app.toml',
    (k) => `[server]
bind = "0.0.0.0:8080"
request_id_header = ${k.n('"X-Request-Id"')}

[auth]
password_hash = ${k.n('"argon2id"')}
session_key = "${k.tok(k.g.hex(64))}"
token_header = ${k.n('"Authorization"')}
api_key_header = ${k.n('"X-Api-Key"')}

[database]
url = "postgres://app:${upw(k)}@db:5432/app"
password_file = ${k.n('"/run/secrets/db_password"')}

[smtp]
user = "mailer"
password = "${tpw(k)}"

[upstream.billing]
token = "${k.tok()}"
checksum = ${k.n(`"sha256:${k.g.hex(64)}"`)}
`,
  ),
  doc(
    'go-config-defaults',
    ['precision', 'code', 'defaults-in-code'],
    'internal/config/config.go',
    (k) => `package config

import "os"

func getenv(k, def string) string {
	if v, ok := os.LookupEnv(k); ok {
		return v
	}
	return def
}

const (
	PasswordEnv   = ${k.n('"DB_PASSWORD"')}
	TokenHeader   = ${k.n('"X-Auth-Token"')}
	DefaultSecret = ${k.n('""')}
)

var (
	DBPassword   = getenv("DB_PASSWORD", "${tpw(k)}")
	RedisPass    = getenv("REDIS_PASSWORD", ${k.n('""')})
	SigningKey   = getenv("SIGNING_KEY", "${k.tok(k.g.hex(64))}")
	AdminToken   = getenv("ADMIN_TOKEN", ${k.n('"change-me"')})
	BuildCommit  = getenv("BUILD_COMMIT", ${k.n(`"${k.g.hex(40)}"`)})
	InstanceUUID = getenv("INSTANCE_ID", ${k.n(`"${k.g.uuid()}"`)})
)
`,
  ),
  doc(
    'cli-readme-token-flags',
    ['precision', 'prose', 'command-line'],
    'cli/README.md',
    (k) => `# acmectl

${F}
acmectl login --token <token>        # or set ACMECTL_TOKEN
acmectl keys list
acmectl keys create --name ci
${F}

Output of \`acmectl keys create --name ci\` (the secret is printed once):

${F}
ID        ${k.n(`key_${k.g.alnum(16)}`)}
Name      ci
Prefix    ${k.n('acme_live_2b')}
Secret    ${k.s('token', `acme_live_${k.g.alnum(32)}`)}
Created   ${ts(k.g)}
${F}

Then \`acmectl login --token ${k.tok(k.g.alnum(40))}\` on the CI runner (done on runner-03 on 2 March).
`,
  ),
  doc(
    'vscode-launch-env',
    ['precision', 'config-syntax'],
    '.vscode/launch.json',
    (k) => `{
  "version": "0.2.0",
  "configurations": [
    {
      "type": "node",
      "request": "launch",
      "name": "API (local)",
      "program": "\${workspaceFolder}/src/server.ts",
      "envFile": "\${workspaceFolder}/.env.local",
      "env": {
        "NODE_ENV": "development",
        "DB_PASSWORD": "${tpw(k)}",
        "SESSION_SECRET": "${k.tok(k.g.alnum(32))}",
        "TRACE_ID_SEED": ${k.n(`"${k.g.hex(16)}"`)},
        "PASSWORD_MIN_LENGTH": "12",
        "TOKEN_HEADER": ${k.n('"X-Auth-Token"')}
      }
    }
  ]
}
`,
  ),
  doc(
    'appsettings-development',
    ['precision', 'config-syntax'],
    'src/Api/appsettings.Development.json',
    (k) => `{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Default": "Server=localhost;Database=Acme;User Id=sa;Password=${upw(k)};TrustServerCertificate=True",
    "Cache": ${k.n('"localhost:6379,abortConnect=false"')}
  },
  "Jwt": {
    "Issuer": "https://localhost:5001",
    "Key": "${k.tok(k.g.base64(44))}",
    "KeyId": ${k.n(`"${k.g.uuid()}"`)}
  },
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": ${k.n(`"${k.g.uuid()}"`)},
    "ClientId": ${k.n(`"${k.g.uuid()}"`)},
    "ClientSecret": "${k.prov('azureClientSecret', 'azure')}"
  }
}
`,
  ),
];
