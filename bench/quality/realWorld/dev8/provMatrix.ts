// rw-dev8 prov: service configs as teams write them, each wiring three or four providers whose keys carry no
// prefix (or a prefix plus a provider-named setting), in the file kinds such settings live in: dotenv files,
// YAML, JSON app settings, TOML, Python/Ruby/PHP/Go/JS/Java sources, Kubernetes Secrets, Compose files, CI
// workflows, Terraform variables, Ansible vars, Helm values, systemd units, Dockerfiles and runbooks. Only the
// names around a value say which provider it belongs to. Public ids beside them (app ids, account SIDs,
// publishable keys, DSNs, client ids) and references are the negatives.
import type { RealWorldArea, RealWorldDoc, SecretCategory } from '../types';
import type { PvName } from './provValues';
import { PUB } from './provValues';
import { pdoc, type PK } from './provKit';

interface Companion {
  /** Env-style name; the nested field is its lower-cased tail after the provider's env prefix. */
  env: string;
  field: string;
  value: (k: PK) => string;
}

interface Spec {
  label: string;
  env: string;
  section: string;
  field: string;
  maker: PvName;
  category?: SecretCategory;
  companions?: Companion[];
}

const neg = (maker: keyof typeof PUB) => (k: PK) => k.pub(maker);
const plain = (v: string) => () => v;

const SPECS: Spec[] = [
  { label: 'mailgun', env: 'MAILGUN_API_KEY', section: 'mailgun', field: 'api_key', maker: 'mailgunKey', companions: [{ env: 'MAILGUN_DOMAIN', field: 'domain', value: plain('mg.northwind-mail.com') }] },
  { label: 'datadog', env: 'DD_API_KEY', section: 'datadog', field: 'api_key', maker: 'datadogApi', companions: [{ env: 'DD_SITE', field: 'site', value: plain('datadoghq.eu') }] },
  { label: 'twilio', env: 'TWILIO_AUTH_TOKEN', section: 'twilio', field: 'auth_token', maker: 'twilioAuthToken', companions: [{ env: 'TWILIO_ACCOUNT_SID', field: 'account_sid', value: neg('twilioSid') }] },
  {
    label: 'algolia',
    env: 'ALGOLIA_ADMIN_KEY',
    section: 'algolia',
    field: 'admin_api_key',
    maker: 'algoliaAdmin',
    companions: [
      { env: 'ALGOLIA_APP_ID', field: 'app_id', value: neg('algoliaAppId') },
      { env: 'ALGOLIA_SEARCH_KEY', field: 'search_only_key', value: neg('algoliaSearch') },
    ],
  },
  {
    label: 'pusher',
    env: 'PUSHER_APP_SECRET',
    section: 'pusher',
    field: 'secret',
    maker: 'pusherSecret',
    companions: [
      { env: 'PUSHER_APP_ID', field: 'app_id', value: neg('pusherAppId') },
      { env: 'PUSHER_APP_KEY', field: 'key', value: neg('pusherKey') },
    ],
  },
  {
    label: 'azure-storage',
    env: 'AZURE_STORAGE_KEY',
    section: 'azure_storage',
    field: 'account_key',
    maker: 'azureStorageKey',
    companions: [{ env: 'AZURE_STORAGE_ACCOUNT', field: 'account_name', value: plain('stnorthwindprod01') }],
  },
  {
    label: 'azure-ad',
    env: 'AZURE_CLIENT_SECRET',
    section: 'azure_ad',
    field: 'client_secret',
    maker: 'azureClientSecret',
    companions: [
      { env: 'AZURE_CLIENT_ID', field: 'client_id', value: neg('uuid') },
      { env: 'AZURE_TENANT_ID', field: 'tenant_id', value: neg('uuid') },
    ],
  },
  {
    label: 'aws',
    env: 'AWS_SECRET_ACCESS_KEY',
    section: 'aws',
    field: 'secret_access_key',
    maker: 'awsSecret',
    companions: [{ env: 'AWS_ACCESS_KEY_ID', field: 'access_key_id', value: (k) => k.u(k.raw.awsKeyId(k.g)) }],
  },
  {
    label: 'cloudflare',
    env: 'CLOUDFLARE_API_TOKEN',
    section: 'cloudflare',
    field: 'api_token',
    maker: 'cloudflareToken',
    companions: [{ env: 'CLOUDFLARE_ZONE_ID', field: 'zone_id', value: (k) => k.n(k.g.hex(32)) }],
  },
  {
    label: 'cloudflare',
    env: 'CF_API_KEY',
    section: 'cloudflare',
    field: 'global_api_key',
    maker: 'cloudflareGlobalKey',
    companions: [{ env: 'CF_API_EMAIL', field: 'email', value: plain('ops@northwind.io') }],
  },
  {
    label: 'deepseek',
    env: 'DEEPSEEK_API_KEY',
    section: 'deepseek',
    field: 'api_key',
    maker: 'deepseek',
    companions: [{ env: 'DEEPSEEK_BASE_URL', field: 'base_url', value: plain('https://api.deepseek.com') }],
  },
  { label: 'discord', env: 'DISCORD_BOT_TOKEN', section: 'discord', field: 'bot_token', maker: 'discordBot', companions: [{ env: 'DISCORD_CLIENT_ID', field: 'client_id', value: neg('discordClientId') }] },
  {
    label: 'atlassian',
    env: 'JIRA_API_TOKEN',
    section: 'jira',
    field: 'api_token',
    maker: 'atlassianLegacy',
    companions: [{ env: 'JIRA_USER_EMAIL', field: 'user_email', value: plain('build-bot@northwind.io') }],
  },
  {
    label: 'tableau',
    env: 'TABLEAU_PAT_SECRET',
    section: 'tableau',
    field: 'personal_access_token_secret',
    maker: 'tableauSecret',
    companions: [{ env: 'TABLEAU_PAT_NAME', field: 'personal_access_token_name', value: plain('etl-refresh') }],
  },
  { label: 'hasura', env: 'HASURA_GRAPHQL_ADMIN_SECRET', section: 'hasura', field: 'admin_secret', maker: 'hasuraAdmin', category: 'token' },
  { label: 'heroku', env: 'HEROKU_API_KEY', section: 'heroku', field: 'api_key', maker: 'heroku' },
  { label: 'postmark', env: 'POSTMARK_SERVER_TOKEN', section: 'postmark', field: 'server_token', maker: 'postmark' },
  { label: 'mailchimp', env: 'MAILCHIMP_API_KEY', section: 'mailchimp', field: 'api_key', maker: 'mailchimp', companions: [{ env: 'MAILCHIMP_LIST_ID', field: 'list_id', value: (k) => k.n(k.g.hex(10)) }] },
  { label: 'sentry', env: 'SENTRY_AUTH_TOKEN', section: 'sentry', field: 'auth_token', maker: 'sentryAuth', companions: [{ env: 'SENTRY_DSN', field: 'dsn', value: neg('sentryDsn') }] },
  { label: 'pagerduty', env: 'PAGERDUTY_API_TOKEN', section: 'pagerduty', field: 'api_token', maker: 'pagerduty' },
  {
    label: 'mixpanel',
    env: 'MIXPANEL_API_SECRET',
    section: 'mixpanel',
    field: 'api_secret',
    maker: 'mixpanelSecret',
    companions: [{ env: 'MIXPANEL_PROJECT_ID', field: 'project_id', value: (k) => k.n(k.g.digits(7)) }],
  },
  { label: 'rollbar', env: 'ROLLBAR_ACCESS_TOKEN', section: 'rollbar', field: 'access_token', maker: 'rollbar' },
  { label: 'circleci', env: 'CIRCLE_TOKEN', section: 'circleci', field: 'token', maker: 'circleci' },
  { label: 'zendesk', env: 'ZENDESK_API_TOKEN', section: 'zendesk', field: 'api_token', maker: 'zendesk', companions: [{ env: 'ZENDESK_SUBDOMAIN', field: 'subdomain', value: plain('northwind') }] },
  { label: 'okta', env: 'OKTA_API_TOKEN', section: 'okta', field: 'api_token', maker: 'okta', companions: [{ env: 'OKTA_ORG_URL', field: 'org_url', value: plain('https://northwind.okta.com') }] },
  { label: 'auth0', env: 'AUTH0_CLIENT_SECRET', section: 'auth0', field: 'client_secret', maker: 'auth0Secret', companions: [{ env: 'AUTH0_CLIENT_ID', field: 'client_id', value: (k) => k.n(k.g.alnum(32)) }] },
  {
    label: 'paypal',
    env: 'PAYPAL_CLIENT_SECRET',
    section: 'paypal',
    field: 'client_secret',
    maker: 'paypalSecret',
    companions: [{ env: 'PAYPAL_CLIENT_ID', field: 'client_id', value: (k) => k.n(`A${k.g.base64url(79)}`) }],
  },
  { label: 'plaid', env: 'PLAID_SECRET', section: 'plaid', field: 'secret', maker: 'plaidSecret', companions: [{ env: 'PLAID_CLIENT_ID', field: 'client_id', value: (k) => k.n(k.g.hex(24)) }] },
  {
    label: 'braintree',
    env: 'BRAINTREE_PRIVATE_KEY',
    section: 'braintree',
    field: 'private_key',
    maker: 'braintreePrivate',
    companions: [
      { env: 'BRAINTREE_PUBLIC_KEY', field: 'public_key', value: (k) => k.n(k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 16)) },
      { env: 'BRAINTREE_MERCHANT_ID', field: 'merchant_id', value: (k) => k.n(k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 16)) },
    ],
  },
  {
    label: 'facebook',
    env: 'FACEBOOK_APP_SECRET',
    section: 'facebook',
    field: 'app_secret',
    maker: 'facebookSecret',
    companions: [{ env: 'FACEBOOK_APP_ID', field: 'app_id', value: (k) => k.n(k.g.digits(15)) }],
  },
  {
    label: 'twitch',
    env: 'TWITCH_CLIENT_SECRET',
    section: 'twitch',
    field: 'client_secret',
    maker: 'twitchSecret',
    companions: [{ env: 'TWITCH_CLIENT_ID', field: 'client_id', value: (k) => k.n(k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 30)) }],
  },
  { label: 'mistral', env: 'MISTRAL_API_KEY', section: 'mistral', field: 'api_key', maker: 'mistral' },
  { label: 'cohere', env: 'COHERE_API_KEY', section: 'cohere', field: 'api_key', maker: 'cohere' },
  {
    label: 'elevenlabs',
    env: 'ELEVENLABS_API_KEY',
    section: 'elevenlabs',
    field: 'api_key',
    maker: 'elevenlabs',
    companions: [{ env: 'ELEVENLABS_VOICE_ID', field: 'voice_id', value: (k) => k.n(k.g.alnum(20)) }],
  },
  {
    label: 'confluent',
    env: 'CONFLUENT_CLOUD_API_SECRET',
    section: 'confluent',
    field: 'api_secret',
    maker: 'confluentSecret',
    companions: [{ env: 'CONFLUENT_CLOUD_API_KEY', field: 'api_key', value: (k) => k.u(k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 16)) }],
  },
  {
    label: 'mongodb-atlas',
    env: 'MONGODB_ATLAS_PRIVATE_KEY',
    section: 'atlas',
    field: 'private_key',
    maker: 'mongoAtlasPrivate',
    companions: [{ env: 'MONGODB_ATLAS_PUBLIC_KEY', field: 'public_key', value: (k) => k.n(k.g.lower(8)) }],
  },
  { label: 'vercel', env: 'VERCEL_TOKEN', section: 'vercel', field: 'token', maker: 'vercel', companions: [{ env: 'VERCEL_ORG_ID', field: 'org_id', value: (k) => k.n(`team_${k.g.alnum(24)}`) }] },
  { label: 'netlify', env: 'NETLIFY_AUTH_TOKEN', section: 'netlify', field: 'auth_token', maker: 'netlify', companions: [{ env: 'NETLIFY_SITE_ID', field: 'site_id', value: neg('uuid') }] },
  { label: 'snyk', env: 'SNYK_TOKEN', section: 'snyk', field: 'token', maker: 'snyk', companions: [{ env: 'SNYK_ORG', field: 'org', value: neg('uuid') }] },
  { label: 'vonage', env: 'VONAGE_API_SECRET', section: 'vonage', field: 'api_secret', maker: 'vonageSecret', companions: [{ env: 'VONAGE_API_KEY', field: 'api_key', value: (k) => k.n(k.g.hex(8)) }] },
  { label: 'honeycomb', env: 'HONEYCOMB_API_KEY', section: 'honeycomb', field: 'api_key', maker: 'honeycomb', companions: [{ env: 'HONEYCOMB_DATASET', field: 'dataset', value: plain('checkout-api') }] },
  {
    label: 'mapbox',
    env: 'MAPBOX_SECRET_TOKEN',
    section: 'mapbox',
    field: 'secret_token',
    maker: 'mapboxSecret',
    companions: [{ env: 'MAPBOX_ACCESS_TOKEN', field: 'public_token', value: neg('mapboxPublic') }],
  },
  { label: 'sendgrid', env: 'SENDGRID_API_KEY', section: 'sendgrid', field: 'api_key', maker: 'sendgrid', companions: [{ env: 'SENDGRID_FROM', field: 'from_email', value: plain('no-reply@northwind.io') }] },
  {
    label: 'new-relic',
    env: 'NEW_RELIC_LICENSE_KEY',
    section: 'newrelic',
    field: 'license_key',
    maker: 'newRelicLicense',
    companions: [{ env: 'NEW_RELIC_APP_NAME', field: 'app_name', value: plain('checkout-api (prod)') }],
  },
  {
    label: 'telegram',
    env: 'TELEGRAM_BOT_TOKEN',
    section: 'telegram',
    field: 'bot_token',
    maker: 'telegram',
    companions: [{ env: 'TELEGRAM_CHAT_ID', field: 'chat_id', value: (k) => k.n(`-100${k.g.digits(10)}`) }],
  },
  { label: 'intercom', env: 'INTERCOM_ACCESS_TOKEN', section: 'intercom', field: 'access_token', maker: 'intercom', companions: [{ env: 'INTERCOM_APP_ID', field: 'app_id', value: (k) => k.n(k.g.lower(8)) }] },
  { label: 'stripe', env: 'STRIPE_SECRET_KEY', section: 'stripe', field: 'secret_key', maker: 'stripeSecret', companions: [{ env: 'STRIPE_PUBLISHABLE_KEY', field: 'publishable_key', value: neg('stripePk') }] },
  { label: 'mailgun', env: 'MAILGUN_SIGNING_KEY', section: 'mailgun', field: 'webhook_signing_key', maker: 'mailgunSigningKey' },
  { label: 'datadog', env: 'DD_APP_KEY', section: 'datadog', field: 'app_key', maker: 'datadogApp' },
  { label: 'twilio', env: 'TWILIO_API_SECRET', section: 'twilio', field: 'api_secret', maker: 'twilioApiSecret', companions: [{ env: 'TWILIO_API_KEY', field: 'api_key', value: neg('twilioKeySid') }] },
  { label: 'launchdarkly', env: 'LAUNCHDARKLY_SDK_KEY', section: 'launchdarkly', field: 'sdk_key', maker: 'launchdarklySdk' },
  {
    label: 'azure-devops',
    env: 'AZURE_DEVOPS_EXT_PAT',
    section: 'azure_devops',
    field: 'personal_access_token',
    maker: 'azureDevopsPat',
    companions: [{ env: 'AZURE_DEVOPS_ORG', field: 'organization', value: plain('https://dev.azure.com/northwind') }],
  },
  { label: 'opsgenie', env: 'OPSGENIE_API_KEY', section: 'opsgenie', field: 'api_key', maker: 'opsgenie' },
  {
    label: 'jfrog',
    env: 'ARTIFACTORY_ACCESS_TOKEN',
    section: 'artifactory',
    field: 'access_token',
    maker: 'jfrogIdentity',
    companions: [{ env: 'ARTIFACTORY_URL', field: 'url', value: plain('https://northwind.jfrog.io/artifactory') }],
  },
];

const camel = (s: string) => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
const pascal = (s: string) => camel(s).replace(/^./, (c) => c.toUpperCase());
/** The nested field of a companion, e.g. `app_id`. */
const quote = (v: string) => `"${v}"`;

interface Entry {
  spec: Spec;
  secret: string;
  companions: { c: Companion; v: string }[];
}

function entries(k: PK, specs: Spec[]): Entry[] {
  return specs.map((spec) => ({
    spec,
    companions: (spec.companions ?? []).map((c) => ({ c, v: c.value(k) })),
    secret: k.p(spec.maker, spec.label, spec.category),
  }));
}

type Kind = { ext: (i: number) => string; areas: RealWorldArea[]; render: (k: PK, es: Entry[], i: number) => string };

const APPS = ['checkout', 'notifier', 'billing-worker', 'geo-api', 'support-portal', 'ml-gateway', 'reporting', 'ops-bot', 'storefront', 'ingest'];

const KINDS: Kind[] = [
  {
    ext: (i) => [`.env.production`, `deploy/.env`, `services/${APPS[i % APPS.length]}/.env.local`, `.env`][i % 4]!,
    areas: ['config-syntax', 'credential-file'],
    render: (k, es) =>
      `# ${APPS[0]} — production settings (do not commit!)\nNODE_ENV=production\nPORT=8080\nLOG_LEVEL=info\n\n` +
      es.map((e) => `# ${e.spec.label}\n${e.companions.map((c) => `${c.c.env}=${c.v}\n`).join('')}${e.spec.env}=${e.secret}\n`).join('\n') +
      `\nDATABASE_URL=${k.n('${DATABASE_URL}')}\nREDIS_URL=redis://localhost:6379/0\nSESSION_SECRET=${k.ph()}\n`,
  },
  {
    ext: (i) => `config/${APPS[i % APPS.length]}.yml`,
    areas: ['config-syntax'],
    render: (k, es, i) =>
      `# Integrations for ${APPS[i % APPS.length]}. Values below are for the staging account.\nservice:\n  name: ${APPS[i % APPS.length]}\n  port: 3000\n\n` +
      es.map((e) => `${e.spec.section}:\n${e.companions.map((c) => `  ${c.c.field}: ${c.v}\n`).join('')}  ${e.spec.field}: ${e.secret}\n`).join('\n') +
      `\nwebhooks:\n  signing_secret: ${k.n('${WEBHOOK_SIGNING_SECRET}')}\nrelease:\n  commit: ${k.pub('sha')}\nfeature_flags:\n  new_checkout: true\n`,
  },
  {
    ext: (i) => [`src/Api/appsettings.Production.json`, `appsettings.Development.json`][i % 2]!,
    areas: ['config-syntax', 'code'],
    render: (k, es) =>
      `{\n  "Logging": { "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" } },\n  "AllowedHosts": "*",\n  "ApplicationInsights": { "ConnectionString": "InstrumentationKey=${k.pub('uuid')};IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/" },\n  "ConnectionStrings": { "Default": "${k.n('Server=sql-prod;Database=orders;Authentication=Active Directory Managed Identity')}" },\n` +
      es.map((e) => `  "${pascal(e.spec.section)}": {\n${e.companions.map((c) => `    "${pascal(c.c.field)}": "${c.v}",\n`).join('')}    "${pascal(e.spec.field)}": "${e.secret}"\n  }`).join(',\n') +
      `\n}\n`,
  },
  {
    ext: (i) => [`config/settings.json`, `integrations.json`, `conf/secrets.local.json`][i % 3]!,
    areas: ['config-syntax'],
    render: (k, es) =>
      `{\n  "env": "prod",\n  "build": "${k.pub('sha')}",\n  "session_secret": "${k.ph()}",\n` +
      es.map((e) => `  "${e.spec.section}": {${e.companions.map((c) => `"${c.c.field}": "${c.v}", `).join('')}"${e.spec.field}": "${e.secret}"}`).join(',\n') +
      `\n}\n`,
  },
  {
    ext: (i) => [`config.toml`, `conf/app.toml`][i % 2]!,
    areas: ['config-syntax'],
    render: (k, es) =>
      `title = "worker config"\n\n[server]\nbind = "0.0.0.0:9000"\ncommit = "${k.pub('sha')}"\n\n[database]\nurl = "postgres://worker@db:5432/jobs"\npassword = "${k.ph()}"\n\n` +
      es.map((e) => `[${e.spec.section}]\n${e.companions.map((c) => `${c.c.field} = ${quote(c.v)}\n`).join('')}${e.spec.field} = ${quote(e.secret)}\n`).join('\n'),
  },
  {
    ext: (i) => [`app/settings.py`, `project/settings/production.py`][i % 2]!,
    areas: ['code', 'defaults-in-code'],
    render: (k, es) =>
      `import os\n\nDEBUG = False\nALLOWED_HOSTS = ["api.northwind.io"]\n\n` +
      es.map((e) => `${e.companions.map((c) => `${c.c.env} = os.environ.get("${c.c.env}", "${c.v}")\n`).join('')}${e.spec.env} = os.environ.get("${e.spec.env}", "${e.secret}")\n`).join('\n') +
      `\nSECRET_KEY = os.environ[${k.n('"DJANGO_SECRET_KEY"')}]\nSENTRY_DSN = "${k.pub('sentryDsn')}"\n`,
  },
  {
    ext: (i) => `k8s/${APPS[i % APPS.length]}-secrets.yaml`,
    areas: ['config-syntax'],
    render: (k, es, i) =>
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${APPS[i % APPS.length]}-integrations\n  namespace: prod\n  annotations:\n    checksum/source: ${k.n(k.g.hex(64))}\ntype: Opaque\nstringData:\n` +
      es.map((e) => `${e.companions.map((c) => `  ${c.c.env}: "${c.v}"\n`).join('')}  ${e.spec.env}: "${e.secret}"\n`).join('') +
      `---\n# the deployment reads them with secretKeyRef\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${APPS[i % APPS.length]}\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          env:\n            - name: ${es[0]!.spec.env}\n              valueFrom:\n                secretKeyRef: { name: ${k.n(`${APPS[i % APPS.length]}-integrations`)}, key: ${es[0]!.spec.env} }\n`,
  },
  {
    ext: (i) => [`docker-compose.yml`, `docker-compose.override.yml`, `deploy/compose.prod.yaml`][i % 3]!,
    areas: ['config-syntax'],
    render: (k, es, i) =>
      `services:\n  ${APPS[i % APPS.length]}:\n    image: ghcr.io/northwind/${APPS[i % APPS.length]}:1.14.2\n    restart: unless-stopped\n    environment:\n` +
      es.map((e) => `${e.companions.map((c) => `      - ${c.c.env}=${c.v}\n`).join('')}      - ${e.spec.env}=${e.secret}\n`).join('') +
      `      - BUILD_SHA=${k.pub('sha')}\n      - DATABASE_PASSWORD=${k.n('${DATABASE_PASSWORD}')}\n    ports:\n      - "8080:8080"\n`,
  },
  {
    ext: (i) => [`.github/workflows/deploy.yml`, `.github/workflows/nightly.yml`][i % 2]!,
    areas: ['config-syntax', 'command-line'],
    render: (k, es) =>
      `name: deploy\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n` +
      es.map((e) => `${e.companions.map((c) => `      ${c.c.env}: ${c.v}\n`).join('')}      ${e.spec.env}: ${e.secret}\n`).join('') +
      `      GITHUB_TOKEN: ${k.n('${{ secrets.GITHUB_TOKEN }}')}\n      NPM_TOKEN: ${k.n('${{ secrets.NPM_TOKEN }}')}\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm ci && npm run deploy\n`,
  },
  {
    ext: (i) => [`terraform/prod.tfvars`, `infra/terraform.tfvars`][i % 2]!,
    areas: ['config-syntax'],
    render: (k, es) =>
      `region      = "eu-west-1"\nenvironment = "prod"\nvpc_id      = "${k.n(`vpc-${k.g.hex(17)}`)}"\ndb_password = "${k.ph()}"\n\n` +
      es.map((e) => `${e.companions.map((c) => `${e.spec.section}_${c.c.field} = "${c.v}"\n`).join('')}${e.spec.section}_${e.spec.field} = "${e.secret}"\n`).join('\n'),
  },
  {
    ext: (i) => [`src/config/integrations.js`, `lib/clients.ts`][i % 2]!,
    areas: ['code'],
    render: (k, es) =>
      `// Third-party clients. TODO: move keys to the secret manager before launch.\nexport const config = {\n  release: '${k.pub('sha')}',\n  sentry: { dsn: '${k.pub('sentryDsn')}' },\n` +
      es
        .map((e) => `  ${camel(e.spec.section)}: {\n${e.companions.map((c) => `    ${camel(c.c.field)}: '${c.v}',\n`).join('')}    ${camel(e.spec.field)}: process.env.${e.spec.env} || '${e.secret}',\n  },\n`)
        .join('') +
      `};\n`,
  },
  {
    ext: (i) => [`scripts/deploy.sh`, `bin/set-env.sh`][i % 2]!,
    areas: ['command-line', 'code'],
    render: (k, es) =>
      `#!/usr/bin/env bash\nset -euo pipefail\n\nexport GIT_SHA=${k.pub('sha')}\nexport DB_PASSWORD="${k.n('$(cat /run/secrets/db_password)')}"\n# Exported for the smoke tests that run after the deploy.\n` +
      es.map((e) => `${e.companions.map((c) => `export ${c.c.env}="${c.v}"\n`).join('')}export ${e.spec.env}="${e.secret}"\n`).join('') +
      `\n./gradlew smokeTest -Penv=prod\n`,
  },
  {
    ext: (i) => [`src/main/resources/application-prod.properties`, `config/integrations.properties`][i % 2]!,
    areas: ['config-syntax', 'code'],
    render: (k, es) =>
      `spring.application.name=checkout\nserver.port=8443\n\n` +
      es.map((e) => `${e.companions.map((c) => `${e.spec.section}.${c.c.field.replace(/_/g, '-')}=${c.v}\n`).join('')}${e.spec.section}.${e.spec.field.replace(/_/g, '-')}=${e.secret}\n`).join('') +
      `spring.datasource.password=${k.n('${DB_PASSWORD}')}\nbuild.commit=${k.pub('sha')}\n`,
  },
  {
    ext: (i) => [`charts/app/values-prod.yaml`, `helm/values.yaml`][i % 2]!,
    areas: ['config-syntax'],
    render: (k, es) =>
      `replicaCount: 3\nimage:\n  repository: ghcr.io/northwind/app\n  tag: "2.3.0"\n  digest: ${k.n(`sha256:${k.g.hex(64)}`)}\nexistingSecret: ${k.n('worker-secrets')}\n\nsecrets:\n` +
      es.map((e) => `  ${camel(e.spec.section)}:\n${e.companions.map((c) => `    ${camel(c.c.field)}: "${c.v}"\n`).join('')}    ${camel(e.spec.field)}: "${e.secret}"\n`).join(''),
  },
  {
    ext: (i) => [`ansible/group_vars/prod/vars.yml`, `inventory/group_vars/all.yml`][i % 2]!,
    areas: ['config-syntax'],
    render: (k, es) =>
      `---\nappuser: deploy\napp_port: 8080\n` +
      es.map((e) => `${e.companions.map((c) => `${e.spec.section}_${c.c.field}: "${c.v}"\n`).join('')}${e.spec.section}_${e.spec.field}: "${e.secret}"\n`).join('') +
      `db_password: "${k.n('{{ vault_db_password }}')}"\napp_build: ${k.pub('sha')}\n`,
  },
  {
    ext: (i) => [`config/services.php`, `wp-config-integrations.php`][i % 2]!,
    areas: ['code', 'defaults-in-code'],
    render: (k, es) =>
      `<?php\n\nreturn [\n    'sentry' => ['dsn' => '${k.pub('sentryDsn')}'],\n    'app' => ['key' => env('APP_KEY', '${k.ph()}')],\n` +
      es
        .map(
          (e) =>
            `    '${e.spec.section}' => [\n${e.companions.map((c) => `        '${c.c.field}' => env('${c.c.env}', '${c.v}'),\n`).join('')}        '${e.spec.field}' => env('${e.spec.env}', '${e.secret}'),\n    ],\n`,
        )
        .join('') +
      `];\n`,
  },
  {
    ext: (i) => [`internal/config/keys.go`, `pkg/notify/creds.go`][i % 2]!,
    areas: ['code', 'defaults-in-code'],
    render: (k, es) =>
      `package config\n\n// Fallbacks for local runs; production reads the environment.\nconst (\n\tBuildSHA = "${k.pub('sha')}"\n\tDBPassword = "${k.ph()}"\n` +
      es.map((e) => `${e.companions.map((c) => `\t${pascal(e.spec.section)}${pascal(c.c.field)} = "${c.v}"\n`).join('')}\t${pascal(e.spec.section)}${pascal(e.spec.field)} = "${e.secret}"\n`).join('') +
      `)\n`,
  },
  {
    ext: (i) => [`deploy/${APPS[i % APPS.length]}.service`, `systemd/worker.service`][i % 2]!,
    areas: ['config-syntax'],
    render: (k, es, i) =>
      `[Unit]\nDescription=${APPS[i % APPS.length]} worker\nAfter=network-online.target\n\n[Service]\nUser=app\nExecStart=/opt/app/bin/worker\n` +
      es.map((e) => `${e.companions.map((c) => `Environment=${c.c.env}=${c.v}\n`).join('')}Environment="${e.spec.env}=${e.secret}"\n`).join('') +
      `Environment=GIT_SHA=${k.pub('sha')}\nEnvironmentFile=${k.n('/etc/app/secrets.env')}\nRestart=always\n\n[Install]\nWantedBy=multi-user.target\n`,
  },
  {
    ext: (i) => [`Dockerfile`, `docker/worker.Dockerfile`][i % 2]!,
    areas: ['config-syntax', 'command-line'],
    render: (k, es) =>
      `FROM node:20-alpine\nARG NPM_TOKEN\nWORKDIR /app\nCOPY package*.json ./\nRUN echo "//registry.npmjs.org/:_authToken=${k.n('${NPM_TOKEN}')}" > .npmrc && npm ci --omit=dev && rm .npmrc\nCOPY . .\nLABEL org.opencontainers.image.revision=${k.pub('sha')}\n` +
      es.map((e) => `${e.companions.map((c) => `ENV ${c.c.env}=${c.v}\n`).join('')}ENV ${e.spec.env}=${e.secret}\n`).join('') +
      `CMD ["node", "dist/server.js"]\n`,
  },
  {
    ext: (i) => [`docs/runbooks/integrations.md`, `docs/onboarding/third-party.md`][i % 2]!,
    areas: ['prose', 'config-syntax'],
    render: (k, es) =>
      `# Third-party integrations\n\nThe staging keys are below so new joiners can run the worker locally. Production keys are in the vault.\n\n` +
      es.map((e) => `## ${e.spec.label}\n\n${e.companions.map((c) => `- ${c.c.field.replace(/_/g, ' ')}: \`${c.v}\`\n`).join('')}- ${e.spec.field.replace(/_/g, ' ')}: \`${e.secret}\`\n`).join('\n') +
      `\nProduction values: \`${k.n('vault kv get -field=api_key secret/prod/integrations')}\`. Last rotated in commit ${k.pub('sha')}.\nAsk #platform if one of these stops working.\n`,
  },
  {
    ext: (i) => [`config/initializers/integrations.rb`, `config/credentials.yml`][i % 2]!,
    areas: ['code', 'config-syntax'],
    render: (k, es, i) =>
      i % 2 === 0
        ? `# frozen_string_literal: true\n\nRails.application.configure do\n  config.x.build_sha = "${k.pub('sha')}"\n  config.x.fallback_secret = "${k.ph()}"\n` +
          es
            .map((e) => `${e.companions.map((c) => `  config.x.${e.spec.section}.${c.c.field} = "${c.v}"\n`).join('')}  config.x.${e.spec.section}.${e.spec.field} = ENV.fetch("${e.spec.env}", "${e.secret}")\n`)
            .join('') +
          `end\n`
        : `# decrypted with bin/rails credentials:show, pasted here by mistake\nsecret_key_base: ${k.n('<%= ENV["SECRET_KEY_BASE"] %>')}\nrelease: ${k.pub('sha')}\n` +
          es.map((e) => `${e.spec.section}:\n${e.companions.map((c) => `  ${c.c.field}: ${c.v}\n`).join('')}  ${e.spec.field}: ${e.secret}\n`).join(''),
  },
];

/** Document i takes kind i and three specs in turn, so every spec appears in several file kinds. */
function matrixDocs(count: number): RealWorldDoc[] {
  const docs: RealWorldDoc[] = [];
  for (let i = 0; i < count; i++) {
    const kind = KINDS[i % KINDS.length]!;
    const specs = [0, 1, 2].map((j) => SPECS[(i * 3 + j) % SPECS.length]!);
    docs.push(
      pdoc(`prov-matrix-${i}-${specs.map((s) => s.section).join('-')}`.replace(/_/g, '-'), [...kind.areas, 'precision'], kind.ext(i), (k) => {
        const text = kind.render(k, entries(k, specs), i);
        return text;
      }),
    );
  }
  return docs;
}

export const PROV_MATRIX_DOCS: RealWorldDoc[] = matrixDocs(63);
