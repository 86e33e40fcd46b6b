// Template set C (FINAL HELD-OUT): written after the first held-out measurement (set B) and before any of
// B's misses were examined, then never edited. Set B has since been used for a second tuning round, so C
// is the figure that shows how detection does on contexts the tuning never saw.
import { camel, int, kebab, pascal, snake, splitPoint } from './gen';
import type { NegativeTemplate, PositiveTemplate, Slot, TemplateSet } from './types';

const hasNewline = (s: Slot) => s.value.includes('\n');
const indent = (value: string, pad: string) => value.split('\n').join('\n' + pad);

const positives: PositiveTemplate[] = [
  { id: 'scala-val', keyed: true, multiline: 'escaped', render: (s) => ({ path: 'src/main/scala/Keys.scala', text: `object Keys {\n  val ${camel(s.name)} = "${s.mark(s.value)}"\n}\n` }) },
  { id: 'elixir-config', keyed: true, multiline: 'escaped', render: (s) => ({ path: 'config/prod.exs', text: `config :acme, Acme.Client,\n  ${snake(s.name)}: "${s.mark(s.value)}"\n` }) },
  { id: 'lua-table', keyed: true, multiline: 'none', render: (s) => ({ path: 'conf/settings.lua', text: `return {\n  ${snake(s.name)} = "${s.mark(s.value)}",\n}\n` }) },
  { id: 'perl-hash', keyed: true, multiline: 'none', render: (s) => ({ path: 'lib/Acme/Config.pm', text: `my %config = (\n    ${snake(s.name)} => '${s.mark(s.value)}',\n);\n` }) },
  {
    id: 'jenkinsfile-env',
    keyed: true,
    multiline: 'none',
    render: (s) => ({ path: 'Jenkinsfile', text: `pipeline {\n  environment {\n    ${s.name} = '${s.mark(s.value)}'\n  }\n  stages { stage('x') { steps { sh 'make' } } }\n}\n` }),
  },
  {
    id: 'ansible-vars',
    keyed: true,
    multiline: 'raw',
    render: (s) => ({ path: 'group_vars/prod.yml', text: `---\n${snake(s.name)}: ${hasNewline(s) ? `|\n  ${s.mark(indent(s.value, '  '))}` : `"${s.mark(s.value)}"`}\napp_port: 8080\n` }),
  },
  { id: 'systemd-environment', keyed: true, multiline: 'none', render: (s) => ({ path: 'deploy/app.service', text: `[Service]\nEnvironment=${s.name}=${s.mark(s.value)}\nExecStart=/usr/bin/app\n` }) },
  { id: 'docker-run-flag', keyed: true, multiline: 'none', render: (s) => ({ path: 'scripts/run.sh', text: `docker run -d -e ${s.name}=${s.mark(s.value)} -p 8080:8080 acme/app:latest\n` }) },
  {
    id: 'kubectl-literal',
    keyed: true,
    multiline: 'none',
    render: (s) => ({ path: 'scripts/bootstrap.sh', text: `kubectl create secret generic app --from-literal=${kebab(s.name)}=${s.mark(s.value)}\n` }),
  },
  {
    id: 'gitlab-ci-variables',
    keyed: true,
    multiline: 'none',
    render: (s) => ({ path: '.gitlab-ci.yml', text: `variables:\n  ${s.name}: "${s.mark(s.value)}"\ndeploy:\n  script: ./deploy.sh\n` }),
  },
  {
    id: 'cloudformation-param',
    keyed: true,
    multiline: 'none',
    render: (s) => ({ path: 'template.yaml', text: `Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Environment:\n        Variables:\n          ${s.name}: ${s.mark(s.value)}\n` }),
  },
  {
    id: 'appsettings-json',
    keyed: true,
    multiline: 'escaped',
    render: (s) => ({ path: 'appsettings.Production.json', text: `{\n  "Logging": { "LogLevel": { "Default": "Warning" } },\n  "Acme": {\n    "${pascal(s.name)}": "${s.mark(s.value)}"\n  }\n}\n` }),
  },
  {
    id: 'js-object-literal',
    keyed: true,
    multiline: 'escaped',
    render: (s) => ({ path: 'src/client.mjs', text: `export default new Client({\n  ${camel(s.name)}: '${s.mark(s.value)}',\n  retries: ${int(s.g, 1, 5)},\n});\n` }),
  },
  {
    id: 'python-dict',
    keyed: true,
    multiline: 'escaped',
    render: (s) => ({ path: 'conf/credentials.py', text: `CREDENTIALS = {\n    "${snake(s.name)}": "${s.mark(s.value)}",\n    "region": "eu-west-1",\n}\n` }),
  },
  { id: 'go-struct', keyed: true, multiline: 'none', render: (s) => ({ path: 'cmd/app/main.go', text: `cfg := Config{\n\t${pascal(s.name)}: "${s.mark(s.value)}",\n\tDebug: false,\n}\n` }) },
  { id: 'java-map-of', keyed: true, multiline: 'none', render: (s) => ({ path: 'src/main/java/Settings.java', text: `Map<String, String> env = Map.of(\n    "${s.name}", "${s.mark(s.value)}");\n` }) },
  { id: 'gradle-properties', keyed: true, multiline: 'none', render: (s) => ({ path: 'gradle.properties', text: `org.gradle.jvmargs=-Xmx2g\n${camel(s.name)}=${s.mark(s.value)}\n` }) },
  { id: 'ini-section', keyed: true, multiline: 'none', render: (s) => ({ path: 'setup.cfg', text: `[acme]\n${snake(s.name)} = ${s.mark(s.value)}\n` }) },
  {
    id: 'http-request-file',
    keyed: false,
    multiline: 'none',
    render: (s) => (s.value.includes('://') ? undefined : { path: 'requests/api.http', text: `GET https://api.example.com/v1/me\nAuthorization: Bearer ${s.mark(s.value)}\nAccept: application/json\n` }),
  },
  {
    id: 'curl-header',
    keyed: false,
    multiline: 'none',
    render: (s) => (s.value.includes('://') ? undefined : { path: 'docs/api.md', text: `\`\`\`bash\ncurl https://api.example.com/v1/items \\\n  -H "Authorization: Bearer ${s.mark(s.value)}"\n\`\`\`\n` }),
  },
  {
    id: 'ts-template-concat',
    keyed: true,
    multiline: 'none',
    render: (s) => {
      const at = splitPoint(s.value);
      return { path: 'src/keys.ts', text: `export const ${camel(s.name)} =\n  '${s.mark(`${s.value.slice(0, at)}' +\n  '${s.value.slice(at)}`)}';\n` };
    },
  },
  {
    id: 'log-line',
    keyed: false,
    multiline: 'none',
    render: (s) => ({ path: 'logs/app.log', text: `2024-05-01T10:00:00Z INFO starting worker\n2024-05-01T10:00:01Z DEBUG using credential ${s.mark(s.value)} for upstream\n` }),
  },
  {
    id: 'notebook-markdown',
    keyed: false,
    multiline: 'none',
    render: (s) => ({
      path: 'notebooks/setup.ipynb',
      text: `{\n "cells": [\n  {\n   "cell_type": "markdown",\n   "metadata": {},\n   "source": ["Paste the key below (old one was ${s.mark(s.value)})\\n"]\n  }\n ],\n "nbformat": 4\n}\n`,
    }),
  },
  {
    id: 'android-strings',
    keyed: true,
    multiline: 'none',
    render: (s) => ({ path: 'app/src/main/res/values/secrets.xml', text: `<resources>\n    <string name="${snake(s.name)}">${s.mark(s.value)}</string>\n</resources>\n` }),
  },
];

const negatives: NegativeTemplate[] = [
  {
    id: 'ci-references-c',
    render: () => [
      { path: '.gitlab-ci.yml', text: 'variables:\n  API_TOKEN: $CI_API_TOKEN\n  DB_PASSWORD: "$DB_PASSWORD"\n' },
      { path: 'Jenkinsfile', text: "environment {\n  API_KEY = credentials('acme-api-key')\n}\n" },
      { path: 'template.yaml', text: "Variables:\n  DB_PASSWORD: '{{resolve:secretsmanager:prod/db:SecretString:password}}'\n  API_KEY: !Ref ApiKeyParam\n" },
      { path: 'deploy/app.service', text: 'EnvironmentFile=/etc/acme/secrets.env\nEnvironment=API_TOKEN_FILE=/run/secrets/api_token\n' },
    ],
  },
  {
    id: 'structured-ids-c',
    render: (g) => [
      { path: 'data/users.csv', text: `id,email,password_reset_token_expires\n${g.uuid()},a@example.com,2024-06-01T00:00:00Z\n` },
      { path: 'src/routes.ts', text: `router.get('/reset-password/:token', handler);\nconst TOKEN_TTL_SECONDS = 3600;\n` },
      { path: 'migrations/001.sql', text: `ALTER TABLE api_keys ADD COLUMN key_prefix VARCHAR(8);\n-- checksum ${g.hex(64)}\n` },
    ],
  },
  {
    id: 'generated-assets-c',
    render: (g) => [
      {
        path: 'public/index.html',
        text: `<link rel="stylesheet" href="/assets/main.${g.hex(20)}.css" integrity="sha384-${g.base64(64)}" crossorigin="anonymous">\n<script nonce="${g.base64(22)}">window.__TOKEN_NAME__ = "csrftoken";</script>\n`,
      },
      { path: 'src/sprite.scss', text: `.icon-key { background-image: url("data:image/svg+xml;base64,${g.base64(160)}"); }\n` },
      { path: 'Podfile.lock', text: `SPEC CHECKSUMS:\n  KeychainAccess: ${g.hex(40)}\n  SecretSauce: ${g.hex(40)}\n` },
    ],
  },
  {
    id: 'docs-c',
    render: () => [
      {
        path: 'docs/security.md',
        text: 'Never commit your `API_KEY`. Rotate the client secret every 90 days; the token lifetime is 1h.\nSet `password` to a strong value such as one from `openssl rand -base64 32`.\n',
      },
      { path: 'docs/config.rst', text: '.. option:: --api-key <key>\n\n   The API key to use. Defaults to ``$ACME_API_KEY``.\n' },
    ],
  },
  {
    id: 'dummies-c',
    render: () => [
      { path: 'tests/conftest.py', text: 'API_KEY = "test_api_key_123"\nPASSWORD = "correct horse battery staple"\n' },
      { path: 'src/__mocks__/auth.ts', text: "export const token = 'mock-token';\nexport const secret = 'shhh-its-a-secret';\n" },
      { path: 'examples/config.example.yml', text: 'api_key: sk-xxxxxxxxxxxxxxxxxxxxxxxx\nwebhook_secret: whsec_...\n' },
    ],
  },
  {
    id: 'code-values-c',
    render: () => [
      { path: 'lib/auth.ex', text: 'token = Phoenix.Token.sign(conn, "user salt", user.id)\npassword = Bcrypt.hash_pwd_salt(params["password"])\n' },
      { path: 'src/Auth.scala', text: 'val secret = sys.env.getOrElse("APP_SECRET", "")\nval apiKey = config.getString("acme.api-key")\n' },
      { path: 'conf/settings.lua', text: 'local token = os.getenv("ACME_TOKEN")\nlocal password = vault.read("secret/db").password\n' },
    ],
  },
];

export const TEMPLATES_C: TemplateSet = { id: 'final-held-out', positives, negatives };
