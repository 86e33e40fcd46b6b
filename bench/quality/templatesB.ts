// Template set B (HELD-OUT): written once, before any tuning, and not edited while tuning. Other
// languages, file types and phrasings than set A, so the figures show how detection generalises.
import { camel, int, jsonEscape, kebab, pascal, snake, splitPoint, urlEncode } from './gen';
import type { NegativeTemplate, PositiveTemplate, Slot, TemplateSet } from './types';

const hasNewline = (s: Slot) => s.value.includes('\n');
const dotted = (name: string) => 'app.' + name.toLowerCase().replace(/_/g, '.');

const positives: PositiveTemplate[] = [
  {
    id: 'java-field',
    keyed: true,
    multiline: 'escaped',
    render: (s) => ({
      path: 'src/main/java/com/acme/Config.java',
      text: `package com.acme;\n\npublic final class Config {\n    private static final String ${s.name} = "${s.mark(s.value)}";\n}\n`,
    }),
  },
  {
    id: 'java-concatenation',
    keyed: true,
    multiline: 'none',
    render: (s) => {
      const at = splitPoint(s.value);
      return { path: 'src/main/java/com/acme/Keys.java', text: `String ${camel(s.name)} = "${s.mark(`${s.value.slice(0, at)}"\n        + "${s.value.slice(at)}`)}";\n` };
    },
  },
  {
    id: 'python-implicit-concatenation',
    keyed: true,
    multiline: 'none',
    render: (s) => {
      const at = splitPoint(s.value);
      return { path: 'service/keys.py', text: `${s.name} = (\n    "${s.mark(`${s.value.slice(0, at)}"\n    "${s.value.slice(at)}`)}"\n)\n` };
    },
  },
  { id: 'kotlin-val', keyed: true, multiline: 'escaped', render: (s) => ({ path: 'app/src/main/kotlin/Keys.kt', text: `object Keys {\n    val ${camel(s.name)}: String = "${s.mark(s.value)}"\n}\n` }) },
  { id: 'csharp-verbatim', keyed: true, multiline: 'raw', render: (s) => ({ path: 'src/Api/Startup.cs', text: `var ${camel(s.name)} = @"${s.mark(s.value)}";\nservices.AddClient(${camel(s.name)});\n` }) },
  {
    id: 'ruby-configure',
    keyed: true,
    multiline: 'escaped',
    render: (s) => ({ path: `config/initializers/${snake(s.name)}.rb`, text: `Acme.configure do |c|\n  c.${snake(s.name)} = '${s.mark(s.value)}'\nend\n` }),
  },
  { id: 'php-array', keyed: true, multiline: 'escaped', render: (s) => ({ path: 'config/app.php', text: `<?php\n$config['${snake(s.name)}'] = '${s.mark(s.value)}';\n` }) },
  { id: 'php-define', keyed: true, multiline: 'none', render: (s) => ({ path: 'wp-config.php', text: `<?php\ndefine('${s.name}', '${s.mark(s.value)}');\n` }) },
  {
    id: 'java-properties',
    keyed: true,
    multiline: 'none',
    render: (s) => ({ path: 'src/main/resources/application.properties', text: `server.port=8080\n${dotted(s.name)}=${s.mark(s.value)}\n` }),
  },
  {
    id: 'toml-table',
    keyed: true,
    multiline: 'raw',
    render: (s) => ({ path: 'config.toml', text: `[service]\nname = "billing"\n${snake(s.name)} = ${hasNewline(s) ? `"""\n${s.mark(s.value)}"""` : `"${s.mark(s.value)}"`}\n` }),
  },
  {
    id: 'xml-element',
    keyed: true,
    multiline: 'raw',
    render: (s) => ({ path: 'conf/settings.xml', text: `<settings>\n  <server>\n    <${camel(s.name)}>${s.mark(s.value)}</${camel(s.name)}>\n  </server>\n</settings>\n` }),
  },
  {
    id: 'xml-add-key',
    keyed: true,
    multiline: 'none',
    render: (s) => ({ path: 'web.config', text: `<configuration>\n  <appSettings>\n    <add key="${pascal(s.name)}" value="${s.mark(s.value)}" />\n  </appSettings>\n</configuration>\n` }),
  },
  {
    id: 'k8s-secret',
    keyed: true,
    multiline: 'raw',
    render: (s) => {
      const body = hasNewline(s) ? `|\n    ${s.mark(s.value.split('\n').join('\n    '))}` : s.mark(s.value);
      return { path: 'k8s/secret.yaml', text: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\nstringData:\n  ${kebab(s.name)}: ${body}\n` };
    },
  },
  {
    id: 'compose-env-list',
    keyed: true,
    multiline: 'none',
    render: (s) => ({ path: 'docker-compose.yml', text: `services:\n  api:\n    image: acme/api:1.4\n    environment:\n      - ${s.name}=${s.mark(s.value)}\n` }),
  },
  {
    id: 'github-actions-env',
    keyed: true,
    multiline: 'none',
    render: (s) => ({ path: '.github/workflows/deploy.yml', text: `jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      ${s.name}: ${s.mark(s.value)}\n    steps:\n      - run: make deploy\n` }),
  },
  { id: 'powershell-env', keyed: true, multiline: 'none', render: (s) => ({ path: 'scripts/setup.ps1', text: `$env:${s.name} = "${s.mark(s.value)}"\n& ./bin/setup.exe\n` }) },
  {
    id: 'cli-flag-space',
    keyed: true,
    multiline: 'none',
    render: (s) => (s.value.includes('://') ? undefined : { path: 'scripts/login.sh', text: `./acme login --${kebab(s.name)} ${s.mark(s.value)} --region eu\n` }),
  },
  {
    id: 'cli-flag-equals',
    keyed: true,
    multiline: 'none',
    render: (s) => ({ path: 'Makefile', text: `deploy:\n\t./acme deploy --${kebab(s.name)}='${s.mark(s.value)}'\n` }),
  },
  { id: 'markdown-inline', keyed: true, multiline: 'none', render: (s) => ({ path: 'docs/INSTALL.md', text: `Then run \`${s.name}=${s.mark(s.value)} ./start.sh\` and open the dashboard.\n` }) },
  {
    id: 'notebook-output',
    keyed: false,
    multiline: 'none',
    render: (s) => ({
      path: 'notebooks/explore.ipynb',
      text: `{\n "cells": [\n  {\n   "cell_type": "code",\n   "outputs": [\n    {\n     "name": "stdout",\n     "output_type": "stream",\n     "text": [\n      "authenticated with ${s.mark(jsonEscape(s.value))}\\n"\n     ]\n    }\n   ],\n   "source": ["client.login()"]\n  }\n ],\n "nbformat": 4\n}\n`,
    }),
  },
  {
    id: 'yaml-escaped-json',
    keyed: true,
    multiline: 'none',
    render: (s) => ({ path: 'helm/config.yaml', text: `config: "{\\"${camel(s.name)}\\":\\"${s.mark(s.value)}\\",\\"debug\\":false}"\n` }),
  },
  { id: 'rust-const', keyed: true, multiline: 'escaped', render: (s) => ({ path: 'src/keys.rs', text: `pub const ${s.name}: &str = "${s.mark(s.value)}";\n` }) },
  { id: 'python-comment', keyed: false, multiline: 'none', render: (s) => ({ path: 'tools/rotate.py', text: `# rotated 2024-03-01, previous value ${s.mark(s.value)}\nrotate()\n` }) },
  { id: 'tfvars', keyed: true, multiline: 'none', render: (s) => ({ path: 'envs/prod.tfvars', text: `region = "eu-west-1"\n${snake(s.name)} = "${s.mark(s.value)}"\n` }) },
  { id: 'swift-let', keyed: true, multiline: 'escaped', render: (s) => ({ path: 'Sources/App/Keys.swift', text: `let ${camel(s.name)} = "${s.mark(s.value)}"\n` }) },
  {
    id: 'json-url-encoded',
    keyed: true,
    multiline: 'none',
    render: (s) =>
      s.value.includes('://') ? undefined : { path: 'config/hooks.json', text: `{ "callback": "https://hooks.example.com/in?${snake(s.name)}=${s.mark(urlEncode(s.value))}&v=${int(s.g, 1, 9)}" }\n` },
  },
  {
    id: 'pem-file',
    keyed: false,
    multiline: 'raw',
    render: (s) => (hasNewline(s) ? { path: 'certs/server.key', text: `${s.mark(s.value)}\n` } : undefined),
  },
];

const negatives: NegativeTemplate[] = [
  {
    id: 'placeholders-b',
    render: () => [
      { path: 'config/application.properties', text: 'app.api.key=${API_KEY}\napp.db.password=<db-password>\napp.client.secret=CHANGE_ME\n' },
      { path: 'k8s/secret.template.yaml', text: 'stringData:\n  api-token: "{{ .Values.apiToken }}"\n  password: "REPLACE_WITH_PASSWORD"\n' },
      { path: 'settings.toml', text: 'password = "your-password-here"\ntoken = "<token>"\napi_key = "xxxx-xxxx-xxxx-xxxx"\n' },
      { path: 'web.config', text: '<add key="ApiKey" value="$(ApiKey)" />\n<add key="ClientSecret" value="%CLIENT_SECRET%" />\n' },
    ],
  },
  {
    id: 'references-b',
    render: () => [
      { path: 'src/Config.cs', text: 'var apiKey = Environment.GetEnvironmentVariable("API_KEY");\nvar secret = Configuration["ClientSecret"];\n' },
      { path: 'config/app.php', text: "<?php\n$config['db_password'] = getenv('DB_PASSWORD');\n$token = $_ENV['API_TOKEN'];\n" },
      { path: 'lib/keys.rb', text: "api_key = ENV['API_KEY']\nsecret = ENV.fetch('CLIENT_SECRET')\n" },
      { path: '.github/workflows/ci.yml', text: 'env:\n  NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n  DB_PASSWORD: ${{ secrets.DB_PASSWORD }}\n' },
    ],
  },
  {
    id: 'lockfiles-b',
    render: (g) => [
      { path: 'go.sum', text: `github.com/acme/token v1.2.0 h1:${g.base64(43)}=\ngithub.com/acme/token v1.2.0/go.mod h1:${g.base64(43)}=\n` },
      { path: 'Cargo.lock', text: `[[package]]\nname = "secrecy"\nversion = "0.8.0"\nchecksum = "${g.hex(64)}"\n` },
      { path: 'poetry.lock', text: `[[package]]\nname = "keyring"\nfiles = [\n    {file = "keyring-24.3.0.tar.gz", hash = "sha256:${g.hex(64)}"},\n]\n` },
      { path: 'pnpm-lock.yaml', text: `packages:\n  /jsonwebtoken@9.0.2:\n    resolution: {integrity: sha512-${g.base64(86)}==}\n` },
    ],
  },
  {
    id: 'git-shas-b',
    render: (g) => [{ path: 'docs/RELEASES.md', text: `Token refresh fixed in commit ${g.hex(40)}.\nSee also ${g.hex(12)} for the password policy.\n` }],
  },
  {
    id: 'test-dummies-b',
    render: (g) => [
      { path: 'src/test/java/LoginTest.java', text: 'String password = "secret";\nString apiToken = "test-token-123";\n' },
      // The famous dummy in a test file: a negative for the corpus, a literal for a scan of this repository. hush:allow-next-line
      { path: 'tests/test_auth.py', text: `def test_login():\n    client.login(password="hunter2")\n    token = "${'x'.repeat(32)}"\n    session_id = "${g.uuid()}"\n` },
    ],
  },
  {
    id: 'public-material-b',
    render: (g) => [
      { path: 'jwks.json', text: `{"keys":[{"kty":"RSA","kid":"${g.alnum(12)}","use":"sig","n":"${g.base64url(342)}","e":"AQAB"}]}\n` },
      { path: 'authorized_keys', text: `ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ${g.base64(300)} admin@host\n` },
      { path: 'src/analytics.js', text: `const sentryDsnPublic = "https://${g.hex(32)}@o0.ingest.example.io/1";\nconst gaId = "G-${g.upper(10)}";\n` },
    ],
  },
  {
    id: 'data-uris-b',
    render: (g) => [{ path: 'src/icons.tsx', text: `export const icon = "data:image/svg+xml;base64,PHN2Zy${g.base64(200)}";\n<img src="data:image/gif;base64,R0lGOD${g.base64(120)}" />\n` }],
  },
  {
    id: 'identifiers-b',
    render: (g) => [
      { path: 'src/constants.py', text: 'PASSWORD_RESET_EVENT = "PasswordResetRequested"\nTOKEN_TYPE = "Bearer"\nSECRET_NAME = "prod/db/password"\n' },
      { path: 'src/Constants.java', text: 'public static final String TOKEN_HEADER = "X-Auth-Token";\npublic static final String PASSWORD_PARAM = "j_password";\n' },
      { path: 'src/build.js', text: `const secretHash = "${g.hex(64)}";\nconst nonce = "${g.base64(24)}";\nconst traceId = "${g.hex(32)}";\n` },
    ],
  },
  {
    id: 'messages-b',
    render: () => [
      { path: 'locales/de.yml', text: 'de:\n  password: "Passwort"\n  password_hint: "Mindestens acht Zeichen"\n  token_invalid: "Der Zugangsschluessel ist ungueltig"\n' },
      { path: 'src/errors.ts', text: 'throw new Error("password must contain a digit");\nlog.warn(`token expired for ${user}`);\n' },
    ],
  },
  {
    id: 'calls-b',
    render: () => [
      { path: 'service/auth.go', text: 'password := os.Getenv("DB_PASSWORD")\ntoken, err := auth.NewToken(ctx, user)\nsecret := vault.Read("kv/app")\n' },
      { path: 'src/App.kt', text: 'val apiKey = BuildConfig.API_KEY\nval token = prefs.getString("token", null)\n' },
    ],
  },
];

export const TEMPLATES_B: TemplateSet = { id: 'held-out', positives, negatives };
