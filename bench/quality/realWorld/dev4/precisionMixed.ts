// rw-dev4 precision, part 8: files where real secrets sit among look-alikes as people mix them (env files with
// public ids, wiki pages, shell history, framework settings, chat), so precision is measured with recall present.
import { doc, F } from '../dev/kit';
import type { RealWorldDoc } from '../types';
import { googleClientId, sha256, tight, tpw, ts, upw, V } from './precisionValues';

export const MIXED_DOCS: RealWorldDoc[] = [
  doc('monorepo-env-mixed', ['precision', 'config-syntax'], '.env.local', (k) => {
    const g = k.g;
    return `# copied from 1Password "web - local" on 2026-02-20; do not commit (it is in .gitignore... right?)
APP_URL=http://localhost:3000
NEXT_PUBLIC_SENTRY_DSN=${k.n(V.sentryDsn(g))}
NEXT_PUBLIC_STRIPE_KEY=${k.n(V.stripePublishable(g))}
STRIPE_SECRET_KEY=${k.prov('stripeTest', 'stripe')}
STRIPE_WEBHOOK_SECRET=${k.prov('stripeWebhook', 'stripe-webhook')}
DATABASE_URL=postgresql://web:${upw(k)}@localhost:5432/web
NEXTAUTH_SECRET=${k.tok(g.base64(43) + '=')}
NEXTAUTH_URL=http://localhost:3000
GITHUB_ID=${k.n(`Iv1.${g.hex(16)}`)}
GITHUB_SECRET=${k.tok(g.hex(40))}
GOOGLE_CLIENT_ID=${k.n(googleClientId(g))}
GOOGLE_CLIENT_SECRET=${k.prov('googleClientSecret', 'google-oauth')}
OPENAI_API_KEY=${k.prov('openaiProject', 'openai')}
RESEND_API_KEY=${k.s('provider', `re_${g.alnum(8)}_${g.alnum(24)}`, 'resend')}
SESSION_PASSWORD=${k.pw(tight(g) + g.alnum(24))}
BUILD_SHA=${k.n(g.hex(40))}
TRACE_SAMPLE_SEED=${k.n(g.hex(16))}
`;
  }),
  doc(
    'wiki-onboarding-shared-logins',
    ['precision', 'prose'],
    'wiki/Onboarding.md',
    (k) => `# Onboarding: week one

Welcome! The login page says "Passwort" for some of you (browser language): that is the password field.
Your own account comes from IT; the password rules are in [Password policy](docs/security/password-policy.md).

## Shared accounts (until SSO lands, ticket IT-812)

| System | URL | User | Password |
|---|---|---|---|
| Grafana (read-only) | https://grafana.acme.internal | viewer | ${tpw(k)} |
| Jenkins legacy | https://jenkins-old.acme.internal | build | ${tpw(k)} |
| Test mailbox | https://mail.acme.dev | qa-inbox@acme.dev | ${tpw(k)} |
| Router admin (office) | http://192.168.1.1 | admin | ${k.u('admin')} |
| VPN pre-shared key | vpn.acme.dev | - | ${k.tok(k.g.alnum(24))} |

The Wi-Fi is "Acme-Guest", password on the whiteboard (${k.pw(k.raw.humanPassword(k.g))} this month).

Things that look scary but are fine to share: your user id (${k.n(k.g.uuid())}), the public SSH key you upload,
and the Sentry DSN in the frontend. Things that are not: anything called password, token, secret or key.
`,
  ),
  doc('zsh-history-mixed', ['precision', 'command-line'], 'home/.zsh_history', (k) => {
    const g = k.g;
    const t = () => `: 17${g.digits(8)}:0;`;
    return [
      `${t()}git log --oneline | head`,
      `${t()}git show ${k.n(g.hex(40))}`,
      `${t()}sha256sum hush-linux-amd64`,
      `${t()}mysql -u root -p${tpw(k)} -h 127.0.0.1 app`,
      `${t()}docker login ghcr.io -u lena -p ${k.prov('githubClassic', 'github')}`,
      `${t()}export VAULT_TOKEN=${k.prov('vault', 'vault')}`,
      `${t()}vault kv get -field=password secret/db/ro`,
      `${t()}PGPASSWORD=${tpw(k)} psql -h db-ro -U ro app -c 'select 1'`,
      `${t()}curl -u admin:${k.pw(tight(g).replace(/[:@]/g, ''))} http://localhost:9200/_cat/indices`,
      `${t()}openssl rand -base64 24`,
      `${t()}kubectl create secret generic api-db --from-literal=password=${tpw(k)}`,
      `${t()}kubectl get secret api-db -o jsonpath='{.data.password}' | base64 -d`,
      `${t()}uuidgen`,
      `${t()}ssh-keygen -lf ~/.ssh/id_ed25519.pub`,
      `${t()}redis-cli -a ${tpw(k)} --no-auth-warning info`,
      `${t()}npm view jose dist.integrity`,
      '',
    ].join('\n');
  }),
  doc(
    'spring-application-yml-profiles',
    ['precision', 'config-syntax'],
    'src/main/resources/application.yml',
    (k) => `spring:
  datasource:
    url: jdbc:postgresql://\${DB_HOST:localhost}:5432/app
    username: \${DB_USER:app}
    password: ${k.n('${DB_PASSWORD}')}
  security:
    oauth2:
      client:
        registration:
          keycloak:
            client-id: backoffice
            client-secret: ${k.n('${KEYCLOAK_CLIENT_SECRET:}')}
app:
  jwt:
    secret: ${k.n('${JWT_SECRET}')}
    header: ${k.n('Authorization')}
    prefix: ${k.n('"Bearer "')}
  password-policy:
    min-length: 12
    encoder: ${k.n('argon2')}
---
spring:
  config:
    activate:
      on-profile: dev
  datasource:
    password: ${tpw(k)}
  mail:
    username: noreply@acme.dev
    password: ${tpw(k)}
app:
  jwt:
    secret: ${k.tok(k.g.base64(64))}
  partner:
    api-key: ${k.tok()}
`,
  ),
  doc('k8s-secret-data-mixed', ['precision', 'credential-file', 'config-syntax'], 'k8s/dev/secrets.yaml', (k) => {
    const g = k.g;
    const b = (v: string) => Buffer.from(v, 'utf8').toString('base64');
    return `apiVersion: v1
kind: ConfigMap
metadata:
  name: api-config
data:
  TENANT_ID: "${k.n(g.uuid())}"
  FEATURE_SEED: "${k.n(g.hex(32))}"
  PASSWORD_MIN_LENGTH: "12"
---
apiVersion: v1
kind: Secret
metadata:
  name: api-secrets
type: Opaque
data:
  DB_PASSWORD: ${k.s('password', b(tight(g)))}
  API_TOKEN: ${k.s('token', b(g.hex(40)))}
  DB_USER: ${k.n(b('api'))}
`;
  }),
  doc(
    'django-settings-mixed',
    ['precision', 'code'],
    'config/settings/local.py',
    (k) => `from .base import *  # noqa

DEBUG = True
SECRET_KEY = "${k.tok(k.raw.djangoKey(k.g).replace(/[$"\\\\]/g, 'x'))}"
ALLOWED_HOSTS = ["localhost", "127.0.0.1"]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "app",
        "USER": "app",
        "PASSWORD": "${k.pw()}",
        "HOST": "localhost",
    }
}

EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "${k.pw()}")
SENTRY_DSN = ${k.n(`"${V.sentryDsn(k.g)}"`)}
CSRF_COOKIE_NAME = ${k.n('"csrftoken"')}
SESSION_COOKIE_NAME = ${k.n('"sessionid"')}
`,
  ),
  doc(
    'gitlab-ci-mixed',
    ['precision', 'config-syntax'],
    '.gitlab-ci.yml',
    (k) => `variables:
  DOCKER_DRIVER: overlay2
  POSTGRES_DB: app_test
  POSTGRES_USER: runner
  POSTGRES_PASSWORD: ${tpw(k)}
  DATABASE_URL: "postgres://runner:$POSTGRES_PASSWORD@postgres:5432/app_test"
  SONAR_TOKEN: ${k.n('$SONAR_TOKEN_MASKED')}
  CACHE_KEY: ${k.n(k.g.hex(40))}

test:
  image: node:20
  services: [postgres:16]
  script:
    - npm ci
    - npm test

deploy:
  stage: deploy
  script:
    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"
    - curl -X POST -H "PRIVATE-TOKEN: ${k.prov('gitlab', 'gitlab')}" "https://gitlab.acme.dev/api/v4/projects/42/deployments"
    - curl -fsS -H "Authorization: Bearer $DEPLOY_TOKEN" https://deploy.acme.dev/hooks/web
    - 'curl -fsS -X POST -d "token=${k.tok(k.g.alnum(32))}" https://status.acme.dev/api/incidents/close'
  only: [main]
`,
  ),
  doc(
    'slack-export-password-talk',
    ['precision', 'prose'],
    'exports/slack-ops-2026-03.txt',
    (k) => `[09:12] lena: anyone know the password for the new grafana? the "Forgot password?" link goes to a dead mailbox
[09:13] marco: it's in 1password under "grafana admin", don't paste it here
[09:14] lena: found it, thx
[09:31] priya: the translation for "password" in the Czech build is wrong btw, should be "heslo" not "heslou"
[09:40] kenji: qa env is up. login qa@acme.dev / ${k.pw()}
[09:41] marco: kenji please rotate, this channel has 200 people
[09:41] kenji: it's qa, but ok. new one in the vault
[10:02] lena: can I get a token for the metrics API? the README says \`METRICS_TOKEN=<your token>\`
[10:05] marco: here, expires Friday: ${k.tok()}
[10:06] priya: trace id for the 500s: ${k.n(k.g.hex(32))}, request ${k.n(k.g.uuid())}
[10:20] kenji: commit ${k.n(k.g.hex(40))} fixes the "Passwords do not match" bug
[10:22] lena: the bcrypt hash in the bug report was ${k.n(V.bcrypt(k.g))} - that's fine to share right?
[10:23] marco: yes, hashes are fine. passwords are not
[11:47] priya: redis on staging needs auth now: \`redis-cli -h redis-stg -a ${tpw(k)}\`
`,
  ),
  doc(
    'terraform-providers-hardcoded',
    ['precision', 'config-syntax'],
    'infra/providers.tf',
    (k) => `terraform {
  required_providers {
    cloudflare = { source = "cloudflare/cloudflare", version = "~> 4.0" }
    datadog    = { source = "DataDog/datadog" }
    github     = { source = "integrations/github" }
  }
  backend "s3" {
    bucket         = "acme-tfstate"
    key            = "global/terraform.tfstate"
    dynamodb_table = "tf-locks"
  }
}

provider "cloudflare" {
  api_token = ${k.n('var.cloudflare_api_token')}
}

provider "datadog" {
  api_key = "${k.s('provider', k.g.hex(32), 'datadog')}"
  app_key = "${k.s('provider', k.g.hex(40), 'datadog')}"
}

provider "github" {
  owner = "acme"
  token = "${k.prov('githubFine', 'github')}"
}

provider "grafana" {
  url  = "https://grafana.acme.internal"
  auth = ${k.n('data.vault_generic_secret.grafana.data["token"]')}
}
`,
  ),
  doc(
    'readme-connection-strings',
    ['precision', 'prose', 'config-syntax'],
    'services/reporting/README.md',
    (k) => `# reporting

Reads from the replica, writes aggregates to ClickHouse.

## Local setup

${F}bash
export REPLICA_URL="postgres://reporting:${upw(k)}@localhost:5433/app"
export CLICKHOUSE_URL="clickhouse://default:${upw(k)}@localhost:9000/agg"
export MONGO_URL="mongodb+srv://reporter:${upw(k)}@cluster0.ab1cd.mongodb.net/?retryWrites=true"
export AMQP_URL="amqp://guest:${k.u('guest')}@localhost:5672/"
${F}

In production the URLs come from \`REPLICA_URL_FILE\` (mounted secret). The format is
${k.n('`postgres://<user>:<password>@<host>:<port>/<db>`')}; percent-encode \`@\` and \`:\` in the password.

SQL Server (legacy exports): \`Server=tcp:sql-legacy.acme.internal,1433;Database=exports;User ID=exporter;Password=${upw(k)};Encrypt=True;\`
`,
  ),
  doc(
    'notebook-keys-mixed',
    ['precision', 'code'],
    'notebooks/churn-analysis.ipynb',
    (k) => `{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Churn analysis\\n", "Data from the warehouse; the password field in the users table is a hash, we drop it."]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
    "import os, pandas as pd\\n",
    "WAREHOUSE_PASSWORD = os.getenv(\\"WAREHOUSE_PASSWORD\\", \\"${k.pw(tight(k.g))}\\")\\n",
    "openai_key = \\"${k.prov('openaiLegacy', 'openai')}\\"\\n",
    "hf_token = \\"${k.prov('huggingface', 'huggingface')}\\"\\n"
  ]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [{"output_type": "stream", "name": "stdout", "text": ["run id ${k.n(k.g.uuid())}\\n", "model sha ${k.n(sha256(k.g))}\\n"]}], "source": ["print(run_info())"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}, "widgets": {"state": {"${k.n(k.g.hex(32))}": {"model_name": "HBoxModel"}}}},
 "nbformat": 4,
 "nbformat_minor": 5
}
`,
  ),
  doc('wp-config-salts', ['precision', 'code', 'config-syntax'], 'wordpress/wp-config.php', (k) => {
    const salt = () => k.tok(k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!@#%^&*()-_[]{}<>~+=,.;:/?|', 64));
    return `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp' );
define( 'DB_PASSWORD', '${tpw(k)}' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

/**#@+
 * Authentication unique keys and salts. Generate them with https://api.wordpress.org/secret-key/1.1/salt/
 */
define( 'AUTH_KEY',         '${salt()}' );
define( 'SECURE_AUTH_KEY',  '${salt()}' );
define( 'LOGGED_IN_KEY',    '${salt()}' );
define( 'NONCE_KEY',        '${salt()}' );
define( 'AUTH_SALT',        '${k.n('put your unique phrase here')}' );
define( 'SECURE_AUTH_SALT', '${k.n('put your unique phrase here')}' );
$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
`;
  }),
  doc(
    'credential-files-bundle',
    ['precision', 'credential-file'],
    'backup/home-dotfiles.txt',
    (k) => `==> ~/.npmrc <==
registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${k.prov('npm', 'npm')}
//npm.pkg.github.com/:_authToken=${k.n('${GITHUB_TOKEN}')}
@acme:registry=https://npm.pkg.github.com

==> ~/.pypirc <==
[distutils]
index-servers = pypi testpypi
[pypi]
username = __token__
password = ${k.prov('pypi', 'pypi')}
[testpypi]
username = __token__
password = ${k.n('<testpypi token>')}

==> ~/.netrc <==
machine api.heroku.com login lena@acme.dev password ${k.prov('herokuKey', 'heroku')}
machine github.com login lena password ${k.n('$GITHUB_TOKEN')}

==> ~/.docker/config.json <==
{"auths":{"registry.acme.dev":{"auth":"${k.basic('lena', tight(k.g))}"},"ghcr.io":{}},"credsStore":"desktop"}
`,
  ),
  doc(
    'infra-readme-provider-tokens',
    ['precision', 'prose'],
    'ops/README-tokens.md',
    (k) => `# Tokens the ops scripts use

Rule of thumb: ids are public, tokens are not. The table below was meant to list *where* each token lives;
someone filled in the values while debugging. Rotate all of them before merging this (OPS-4520).

| Purpose | Where it should live | Value found here |
|---|---|---|
| Slack alerts bot | vault \`ops/slack\` | ${k.prov('slackBot', 'slack')} |
| Deploy notifications | vault \`ops/slack-webhook\` | https://hooks.slack.com/services/${k.prov('slackWebhookPath', 'slack-webhook')} |
| Stripe reconciliation | vault \`ops/stripe\` | ${k.prov('stripeRestricted', 'stripe')} |
| SendGrid | vault \`ops/sendgrid\` | ${k.prov('sendgrid', 'sendgrid')} |
| DigitalOcean DNS | vault \`ops/do\` | ${k.prov('digitalocean', 'digitalocean')} |
| Anthropic (summaries) | vault \`ops/llm\` | ${k.prov('anthropic', 'anthropic')} |
| AWS reporting user | vault \`ops/aws\` | ${k.prov('awsId', 'aws')} / ${k.prov('awsSecret', 'aws')} |
| Sentry DSN (public) | frontend env | ${k.n(V.sentryDsn(k.g))} |
| Google Maps (browser, referrer-restricted) | frontend env | ${k.n(V.googleBrowserKey(k.g))} |
| Example from AWS docs | - | ${k.n(V.AWS_EXAMPLE_ID)} |
| jwt.io sample (for tests) | - | ${k.n(V.JWT_IO_SAMPLE)} |

Last audit: ${ts(k.g)}, commit ${k.n(k.g.hex(40))}.
`,
  ),
  doc(
    'mobile-app-config-mixed',
    ['precision', 'code'],
    'mobile/src/config.ts',
    (k) => `// Values bundled into the app binary. Public ids only: anything here can be read from the IPA/APK.
export const config = {
  apiBase: 'https://api.acme.dev',
  sentryDsn: ${k.n(`'${V.sentryDsn(k.g)}'`)},
  googleMapsKey: ${k.n(`'${V.googleBrowserKey(k.g)}'`)},
  oauthClientId: ${k.n(`'${googleClientId(k.g)}'`)},
  revenueCatPublicKey: ${k.n(`'appl_${k.g.alnum(27)}'`)},
  // FIXME: server-side key, must not ship in the app (found in review of PR #1882)
  adminApiKey: '${k.tok(k.g.alnum(40))}',
  passwordMinLength: 12,
  passwordHint: ${k.n("'Use 12 or more characters'")},
};
`,
  ),
];
