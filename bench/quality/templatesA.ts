// Template set A (DEV): the contexts tuned against. Set B (templatesB.ts) is held out.
import { camel, int, jsonEscape, kebab, pascal, snake, splitPoint, urlEncode } from './gen';
import type { NegativeTemplate, PositiveTemplate, Slot, TemplateSet } from './types';

const hasNewline = (s: Slot) => s.value.includes('\n');

const positives: PositiveTemplate[] = [
  {
    id: 'js-const',
    keyed: true,
    multiline: 'escaped',
    render: (s) => ({
      path: `src/config/${kebab(s.name)}.js`,
      text: `import { createClient } from './client';\n\nconst ${camel(s.name)} = "${s.mark(s.value)}";\nexport const client = createClient({ key: ${camel(s.name)} });\n`,
    }),
  },
  {
    id: 'py-module',
    keyed: true,
    multiline: 'escaped',
    render: (s) => ({ path: `app/settings_${snake(s.name)}.py`, text: `import os\n\nDEBUG = False\n${s.name} = '${s.mark(s.value)}'\nTIMEOUT = 30\n` }),
  },
  {
    id: 'json-config',
    keyed: true,
    multiline: 'escaped',
    render: (s) => ({
      path: 'config/production.json',
      text: `{\n  "service": {\n    "region": "eu-west-1",\n    "${camel(s.name)}": "${s.mark(s.value)}",\n    "timeoutMs": 3000\n  }\n}\n`,
    }),
  },
  {
    id: 'yaml-nested',
    keyed: true,
    multiline: 'raw',
    render: (s) => {
      const body = hasNewline(s) ? `|\n      ${s.mark(s.value.split('\n').join('\n      '))}` : `"${s.mark(s.value)}"`;
      return { path: 'deploy/values.yaml', text: `app:\n  replicas: 2\n  env:\n    LOG_LEVEL: info\n    ${s.name}: ${body}\n` };
    },
  },
  {
    id: 'dotenv',
    keyed: true,
    multiline: 'escaped',
    render: (s) => {
      const quoted = hasNewline(s) || s.value.includes('\\n');
      const v = quoted ? `"${s.mark(s.value)}"` : s.mark(s.value);
      return { path: '.env.production', text: `NODE_ENV=production\n${s.name}=${v}\nPORT=8080\n` };
    },
  },
  {
    id: 'shell-export',
    keyed: true,
    multiline: 'raw',
    render: (s) => ({ path: 'scripts/deploy.sh', text: `#!/usr/bin/env bash\nset -euo pipefail\nexport ${s.name}="${s.mark(s.value)}"\n./bin/deploy --env prod\n` }),
  },
  {
    id: 'dockerfile-env',
    keyed: true,
    multiline: 'none',
    render: (s) => ({ path: 'Dockerfile', text: `FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nENV ${s.name}=${s.mark(s.value)}\nCMD ["node", "server.js"]\n` }),
  },
  {
    id: 'terraform-block',
    keyed: true,
    multiline: 'raw',
    render: (s) => {
      const v = hasNewline(s) ? `<<EOT\n${s.mark(s.value)}\nEOT` : `"${s.mark(s.value)}"`;
      return { path: 'infra/main.tf', text: `provider "acme" {\n  region = "eu-west-1"\n  ${snake(s.name)} = ${v}\n}\n` };
    },
  },
  {
    id: 'markdown-fence',
    keyed: true,
    multiline: 'none',
    render: (s) => ({ path: 'docs/setup.md', text: `## Running locally\n\nSet the variable before starting the server:\n\n\`\`\`sh\n${s.name}=${s.mark(s.value)} npm start\n\`\`\`\n` }),
  },
  {
    id: 'notebook-cell',
    keyed: true,
    multiline: 'none',
    render: (s) => {
      const line = jsonEscape(`${snake(s.name)} = "`) + s.mark(s.value) + jsonEscape('"\n');
      return {
        path: 'notebooks/analysis.ipynb',
        text: `{\n "cells": [\n  {\n   "cell_type": "code",\n   "execution_count": 1,\n   "metadata": {},\n   "outputs": [],\n   "source": [\n    "import pandas as pd\\n",\n    "${line}"\n   ]\n  }\n ],\n "nbformat": 4,\n "nbformat_minor": 5\n}\n`,
      };
    },
  },
  {
    id: 'go-const',
    keyed: true,
    multiline: 'raw',
    render: (s) => {
      const v = hasNewline(s) ? `\`${s.mark(s.value)}\`` : `"${s.mark(s.value)}"`;
      return { path: 'internal/config/config.go', text: `package config\n\nconst ${pascal(s.name)} = ${v}\n` };
    },
  },
  {
    id: 'ts-comment',
    keyed: false,
    multiline: 'none',
    render: (s) => ({ path: 'src/lib/api.ts', text: `// temporary, remove before release: ${s.mark(s.value)}\nexport const baseUrl = 'https://api.example.com';\n` }),
  },
  {
    id: 'js-concatenation',
    keyed: true,
    multiline: 'none',
    render: (s) => {
      const at = splitPoint(s.value);
      return { path: 'src/auth.js', text: `const ${camel(s.name)} = "${s.mark(`${s.value.slice(0, at)}" +\n  "${s.value.slice(at)}`)}";\nmodule.exports = { ${camel(s.name)} };\n` };
    },
  },
  {
    id: 'json-in-string',
    keyed: true,
    multiline: 'none',
    render: (s) => ({
      path: 'src/bootstrap.ts',
      text: `const raw = "{\\"${camel(s.name)}\\": \\"${s.mark(s.value)}\\", \\"region\\": \\"eu-west-1\\"}";\nexport const settings = JSON.parse(raw);\n`,
    }),
  },
  {
    id: 'url-query-encoded',
    keyed: true,
    multiline: 'none',
    render: (s) => (s.value.includes('://') ? undefined : { path: 'scripts/call.sh', text: `curl -s "https://api.example.com/v2/items?limit=10&${snake(s.name)}=${s.mark(urlEncode(s.value))}"\n` }),
  },
  {
    id: 'py-kwargs',
    keyed: true,
    multiline: 'escaped',
    render: (s) => ({ path: 'app/client.py', text: `client = Client(\n    ${snake(s.name)}="${s.mark(s.value)}",\n    timeout=${int(s.g, 5, 60)},\n)\n` }),
  },
];

const negatives: NegativeTemplate[] = [
  {
    id: 'placeholders',
    render: () => [
      { path: '.env.example', text: 'API_KEY=YOUR_API_KEY\nDB_PASSWORD=changeme\nSTRIPE_SECRET_KEY=<stripe-secret-key>\nAUTH_TOKEN=xxxxxxxxxxxxxxxx\nJWT_SECRET=${JWT_SECRET}\n' },
      { path: 'deploy/template.yaml', text: 'env:\n  API_TOKEN: "{{ api_token }}"\n  DB_PASSWORD: "{{ .Values.db.password }}"\n  CLIENT_SECRET: ${CLIENT_SECRET}\n' },
      { path: 'app/db.py', text: "DSN = 'postgresql://%(user)s:%(password)s@%(host)s/app'\npassword = '%(password)s'\n" },
      { path: 'README.md', text: '## Configure\n\nSet `api_key: <your-api-key>` and `secret: REPLACE_ME` in config.yml.\n' },
    ],
  },
  {
    id: 'references',
    render: () => [
      { path: 'src/env.js', text: 'const apiKey = process.env.API_KEY;\nconst dbPassword = process.env["DB_PASSWORD"];\nconst token = config.get("token");\n' },
      { path: 'app/env.py', text: 'API_KEY = os.environ["API_KEY"]\nSECRET_KEY = os.getenv("SECRET_KEY", "")\npassword = settings.DATABASE_PASSWORD\n' },
      { path: 'src/main/java/Env.java', text: 'String apiKey = System.getenv("API_KEY");\nString secret = props.getProperty("client.secret");\n' },
    ],
  },
  {
    id: 'documented-examples',
    render: () => [
      { path: 'docs/aws.md', text: 'aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n' },
      { path: 'docs/stripe.md', text: "Stripe::API.key = 'sk_live_" + 'x'.repeat(24) + "'\n" },
    ],
  },
  {
    id: 'test-dummies',
    render: () => [
      { path: 'test/login.test.js', text: 'const password = "test-password";\nconst token = "dummy-token";\nconst apiKey = "fake-api-key-for-tests";\n' },
      { path: 'spec/user_spec.rb', text: "let(:password) { 'password123' }\nlet(:api_token) { 'not-a-real-token' }\n" },
    ],
  },
  {
    id: 'hashes',
    render: (g) => [
      {
        path: 'package-lock.json',
        text: `{\n  "packages": {\n    "node_modules/left-pad": {\n      "version": "1.3.0",\n      "resolved": "https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz",\n      "integrity": "sha512-${g.base64(86)}=="\n    }\n  }\n}\n`,
      },
      { path: 'yarn.lock', text: `left-pad@^1.3.0:\n  version "1.3.0"\n  resolved "https://registry.yarnpkg.com/left-pad/-/left-pad-1.3.0.tgz#${g.hex(40)}"\n  integrity sha1-${g.base64(27)}=\n` },
      { path: 'CHANGELOG.md', text: `## 2.1.0\n\n- fix token refresh (${g.hex(40)})\n- password reset flow (${g.hex(7)})\n` },
      { path: 'checksums.txt', text: `${g.hex(64)}  hush-linux-x64.tar.gz\n${g.hex(32)}  hush-win.zip\n` },
    ],
  },
  {
    id: 'uuids',
    render: (g) => [{ path: 'config/tenants.json', text: `{ "tenantId": "${g.uuid()}", "requestId": "${g.uuid()}", "subscription": "${g.uuid()}" }\n` }],
  },
  {
    id: 'public-keys',
    render: (g) => [
      { path: 'keys/deploy.pub', text: `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.base64(43)} deploy@ci\n` },
      { path: 'keys/signing.pem', text: `-----BEGIN PUBLIC KEY-----\nMIIB${g.base64(60)}\n${g.base64(64)}\n${g.base64(40)}==\n-----END PUBLIC KEY-----\n` },
      { path: 'src/stripe.js', text: `const publishableKey = "pk_live_${g.alnum(24)}";\n` },
    ],
  },
  {
    id: 'base64-images',
    render: (g) => [{ path: 'src/logo.css', text: `.logo { background: url("data:image/png;base64,iVBORw0KGgo${g.base64(300)}"); }\n` }],
  },
  {
    id: 'minified',
    render: (g) => [
      {
        path: 'dist/app.min.js',
        text: `!function(e){var t={ID_TOKEN:"IdToken",ACCESS_TOKEN:"AccessToken",REFRESH_TOKEN:"RefreshToken"},n="${g.alnum(8)}";e.tokenKey="auth.${g.lower(6)}";e.passwordField="input[type=password]"}(window);\n`,
      },
    ],
  },
  {
    id: 'i18n',
    render: () => [
      {
        path: 'locales/en.json',
        text: '{\n  "password_label": "Password",\n  "forgot_password": "Forgot your password?",\n  "passwordTooShort": "Password must be at least 8 characters",\n  "token_expired": "Your session token has expired"\n}\n',
      },
    ],
  },
  {
    id: 'html-css',
    render: () => [{ path: 'public/login.html', text: '<input type="password" name="password" autocomplete="current-password" placeholder="Password">\n<style>.password-field { color: #3f3f3f; }</style>\n' }],
  },
  {
    id: 'function-calls',
    render: () => [
      {
        path: 'src/session.ts',
        text: 'const password = await getPassword(user);\nconst token = jwt.sign(payload, secret);\nconst apiKey = generateApiKey(32);\nconst secret = crypto.randomBytes(32).toString("hex");\n',
      },
    ],
  },
  {
    id: 'random-identifiers',
    render: (g) => [{ path: 'src/ids.js', text: `const requestId = "${g.alnum(24)}";\nconst className = "css-${g.lower(6)}";\nconst chunk = "main.${g.hex(8)}.js";\nconst etag = "W/${g.hex(32)}";\n` }],
  },
  {
    id: 'encrypted-and-hashed',
    render: (g) => [
      { path: 'group_vars/all/vault.yml', text: `db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  ${g.digits(64)}\n  ${g.hex(64)}\n` },
      { path: 'db/seed.sql', text: `INSERT INTO users (email, password_hash) VALUES ('a@example.com', '$2b$12$${g.base64(53).replace(/[+]/g, '.')}');\n` },
      { path: 'test/fixtures/users.json', text: `[{ "email": "b@example.com", "password": "$2y$10$${g.base64(53).replace(/[+]/g, '.')}" }]\n` },
      { path: 'src/store.py', text: `token_hash = "${g.hex(64)}"\npassword_digest = "${g.hex(40)}"\n` },
    ],
  },
  {
    id: 'config-references',
    render: () => [
      { path: 'infra/db.tf', text: 'resource "aws_db_instance" "main" {\n  password = var.db_password\n  master_password = random_password.db.result\n}\n' },
      { path: 'src/main/java/Db.java', text: '@Value("${app.datasource.password}")\nprivate String password;\n' },
      { path: 'charts/app/templates/secret.yaml', text: 'data:\n  password: {{ .Values.password | b64enc | quote }}\n  token: {{ required "token" .Values.token }}\n' },
      { path: '.npmrc', text: '//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n' },
      { path: 'app/settings.py', text: 'SECRET_KEY = get_random_secret_key()\nAPI_KEY = os.environ.get("API_KEY")\n' },
      { path: 'cmd/server.go', text: 'token := r.Header.Get("Authorization")\napiKey := viper.GetString("api_key")\n' },
    ],
  },
  {
    id: 'docs-and-cli',
    render: () => [
      { path: 'docs/cli.md', text: 'Usage: acme login --token <token> [--password-stdin]\n\nacme deploy --token=$GITHUB_TOKEN --api-key "$API_KEY"\n' },
      { path: 'docs/auth.md', text: 'The token endpoint returns an access token and a refresh token. Tokens expire after one hour.\n\n| Field | Meaning |\n|---|---|\n| password | the user password |\n' },
      { path: 'scripts/login.sh', text: 'echo "$REGISTRY_PASSWORD" | docker login --username ci --password-stdin registry.example.com\n' },
    ],
  },
  {
    id: 'ui-strings',
    render: () => [
      { path: 'src/main/resources/messages.properties', text: 'password.required=Password is required\ntoken.expired=Your session has expired\napiKey.label=API key\n' },
      { path: 'src/components/Login.vue', text: '<input v-model="password" type="password" :placeholder="$t(\'password\')" />\n<span class="token-hint">{{ tokenHint }}</span>\n' },
      { path: 'src/theme.css', text: ':root { --secret-color: #ff00aa; }\n.token-input { border: 1px solid #ccc; }\n' },
      { path: 'src/validation.ts', text: 'export const passwordRegex = "^(?=.*[A-Z])(?=.*[0-9]).{12,}$";\nexport const PASSWORD_MIN_LENGTH = 12;\n' },
      { path: 'db/schema.sql', text: 'CREATE TABLE users (id SERIAL, password VARCHAR(255) NOT NULL, api_token CHAR(40));\nSELECT * FROM users WHERE password = ?;\n' },
    ],
  },
  {
    id: 'masked-values',
    render: () => [
      { path: 'logs/sample.log', text: 'login ok user=ana password=******** token=[REDACTED] api_key=sk-...abcd\n' },
      { path: 'config/defaults.json', text: '{ "password": "", "token": null, "apiKey": "<API_KEY>", "secret": "..." }\n' },
    ],
  },
  {
    id: 'public-key-material',
    render: (g) => [
      { path: 'src/crypto.ts', text: `const publicKey = "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE${g.base64(52)}";\n` },
      { path: 'config/ssh.yaml', text: `public_key: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.base64(43)} ops"\n` },
    ],
  },
  {
    id: 'minified-b',
    render: (g) => [
      {
        path: 'static/vendor.min.js',
        text: `var a=function(t){return t.token=n.c,t.password=r.p,t}(${g.lower(1)});e.exports={TOKEN_KEY:"__${g.lower(6)}_token__",PASSWORD_INPUT:"password-input",secretKey:"secret-key"};\n`,
      },
    ],
  },
];

export const TEMPLATES_A: TemplateSet = { id: 'dev', positives, negatives };
