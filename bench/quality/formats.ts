// Token formats per provider rule, written from the providers' documentation (not from the rules' own
// examples or patterns, which would make the benchmark circular). Values are generated from a seed at
// run time; nothing secret-looking is committed.
import type { ExampleGen } from '../../engine/types';
import { int } from './gen';
import { PROVIDERS_AB_FORMATS } from './providerFormats/providers-ab';
import { PROVIDERS_CL_FORMATS } from './providerFormats/providers-cl';
import { PROVIDERS_MZ_FORMATS } from './providerFormats/providers-mz';

export interface TokenFormat {
  /** The built-in rule expected to report this format. */
  ruleId: string;
  /** The variable name developers usually give it (templates derive camelCase/snake_case from it). */
  name: string;
  /** True when the format is only recognisable next to its name (e.g. a bare 40-character AWS secret). */
  keyed?: boolean;
  make(g: ExampleGen): string;
  /** Formats that are whole files (a service-account JSON): written once per corpus copy, marked inside. */
  file?(g: ExampleGen): { path: string; text: string };
}

const UPPER_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const LOWER_DIGITS = 'abcdefghijklmnopqrstuvwxyz0123456789';
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const UPPER_HEX = '0123456789ABCDEF';

/** Base64 of a JSON payload, as token formats that embed claims use (Sentry, Grafana). */
const b64json = (payload: unknown) => Buffer.from(JSON.stringify(payload)).toString('base64');

const b64url = (text: string) => Buffer.from(text).toString('base64url');
/** A signed JWT: base64url header and claims, a random signature. */
const jwt = (g: ExampleGen, claims: object) => `${b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${b64url(JSON.stringify(claims))}.${g.base64url(43)}`;
const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
/** A whole-file format: the marked value sits in a file of its own kind. */
const inFile = (ruleId: string, name: string, file: (g: ExampleGen) => { path: string; text: string }): TokenFormat => ({ ruleId, name, make: () => '', file });

/** A prefixed token: fixed public prefix + a random body. */
const prefixed = (ruleId: string, name: string, body: (g: ExampleGen) => string): TokenFormat => ({ ruleId, name, make: body });
/** A bare value that only its name ties to a provider (`TWILIO_AUTH_TOKEN = <32 hex>`). */
const keyed = (ruleId: string, name: string, body: (g: ExampleGen) => string): TokenFormat => ({ ruleId, name, keyed: true, make: body });
/** OpenAI's current keys: prefix, random part, the `T3BlbkFJ` marker, random part. */
const openAi = (prefix: string) => (g: ExampleGen) => `${prefix}${g.base64url(74)}T3BlbkFJ${g.base64url(74)}`;
const BASE32_UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** A base64 body with `lines` lines of 64 characters and a short last line, like a DER key in PEM. */
function pemLines(g: ExampleGen, lines: number): string[] {
  const out = Array.from({ length: lines }, (_, i) => (i === 0 ? 'MII' + g.base64(61) : g.base64(64)));
  out.push(g.base64(int(g, 4, 40)) + '==');
  return out;
}

/** Passwords as password managers and people generate them: letters, digits and a few symbols. */
export function randomPassword(g: ExampleGen): string {
  const kind = g.pick(['managed', 'managed', 'symbols', 'hex', 'base64'] as const);
  if (kind === 'managed') return `${g.alnum(6)}${g.pick(['-', '_', '.'])}${g.alnum(6)}${g.pick(['-', '_', '.'])}${g.alnum(6)}`;
  if (kind === 'symbols') return g.chars('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%*+-=?@^_~', int(g, 10, 22));
  if (kind === 'hex') return g.hex(32);
  return g.base64(int(g, 24, 40)).replace(/[+/]/g, g.pick(['x', 'Q', '7']));
}

export const FORMATS: TokenFormat[] = [
  // AWS: 20-character key IDs with a 4-letter prefix over base32; 40-character base64 secrets.
  { ruleId: 'aws-access-key-id', name: 'AWS_ACCESS_KEY_ID', make: (g) => g.pick(['AKIA', 'ASIA']) + g.chars(BASE32_UPPER, 16) },
  { ruleId: 'aws-secret-access-key', name: 'AWS_SECRET_ACCESS_KEY', keyed: true, make: (g) => g.base64(40) },
  // GitHub: prefix + 30 random base62 + CRC32 of the random part in base62 (6).
  { ruleId: 'github-personal-access-token', name: 'GITHUB_TOKEN', make: (g) => g.crc32Token('ghp_', 30) },
  { ruleId: 'github-oauth-token', name: 'GH_OAUTH_TOKEN', make: (g) => g.crc32Token('gho_', 30) },
  { ruleId: 'github-user-to-server-token', name: 'GH_USER_TOKEN', make: (g) => g.crc32Token('ghu_', 30) },
  { ruleId: 'github-server-to-server-token', name: 'GH_INSTALLATION_TOKEN', make: (g) => g.crc32Token('ghs_', 30) },
  { ruleId: 'github-refresh-token', name: 'GH_REFRESH_TOKEN', make: (g) => g.crc32Token('ghr_', 30) },
  { ruleId: 'github-fine-grained-token', name: 'GITHUB_PAT', make: (g) => `github_pat_${g.alnum(22)}_${g.alnum(59)}` },
  // Stripe: sk_live_ / rk_live_ + base62, 24 characters in old keys, ~99 in current ones.
  { ruleId: 'stripe-live-secret-key', name: 'STRIPE_SECRET_KEY', make: (g) => 'sk_live_' + g.alnum(g.pick([24, 34, 99])) },
  { ruleId: 'stripe-restricted-key', name: 'STRIPE_RESTRICTED_KEY', make: (g) => 'rk_live_' + g.alnum(g.pick([24, 34, 99])) },
  // Slack: xoxb-<team id digits>-<bot id digits>-<24 base62>; webhooks T…/B…/secret.
  { ruleId: 'slack-bot-token', name: 'SLACK_BOT_TOKEN', make: (g) => `xoxb-${g.digits(g.pick([10, 11, 12]))}-${g.digits(13)}-${g.alnum(24)}` },
  {
    ruleId: 'slack-webhook-url',
    name: 'SLACK_WEBHOOK_URL',
    make: (g) => `https://hooks.slack.com/services/T${g.chars(UPPER_DIGITS, 8)}/B${g.chars(UPPER_DIGITS, g.pick([8, 10]))}/${g.alnum(24)}`,
  },
  // Connection URLs with an inline password (RFC 3986 userinfo; special characters percent-encoded).
  {
    ruleId: 'database-url-password',
    name: 'DATABASE_URL',
    make: (g) => {
      const scheme = g.pick(['postgres', 'postgresql', 'mysql', 'mongodb+srv', 'redis', 'amqps']);
      const pass = `${g.alnum(8)}${g.pick(['%40', '%23', '%21', '', ''])}${g.alnum(8)}`;
      return `${scheme}://${g.pick(['app', 'svc_user', 'admin', 'reader'])}:${pass}@${g.pick(['db.internal', 'cluster0.x1y2z.example.net', '10.0.3.7'])}:${g.pick(['5432', '3306', '27017', '6379'])}/${g.pick(['app', 'prod', 'orders'])}`;
    },
  },
  // PEM private keys (RFC 7468) of several algorithms.
  {
    ruleId: 'private-key',
    name: 'PRIVATE_KEY',
    make: (g) => {
      const label = g.pick(['RSA PRIVATE KEY', 'PRIVATE KEY', 'EC PRIVATE KEY', 'OPENSSH PRIVATE KEY', 'ENCRYPTED PRIVATE KEY']);
      return [`-----BEGIN ${label}-----`, ...pemLines(g, g.pick([4, 8, 12])), `-----END ${label}-----`].join('\n');
    },
  },
  ...MORE_FORMATS(),
  ...PLATFORM_FORMATS(),
  ...CONFIG_FILE_FORMATS(),
  ...PROVIDERS_AB_FORMATS,
  ...PROVIDERS_CL_FORMATS,
  ...PROVIDERS_MZ_FORMATS,
];

/** Formats of the provider rules added after the first ones, one line each (sources: each provider's docs). */
function MORE_FORMATS(): TokenFormat[] {
  return [
    // Cloud
    prefixed('aws-session-token', 'AWS_SESSION_TOKEN', (g) => 'IQoJb3JpZ2luX2Vj' + g.base64(int(g, 300, 600))),
    prefixed('aws-bedrock-api-key', 'AWS_BEARER_TOKEN_BEDROCK', (g) => 'ABSKQmVkcm9ja0FQSUtleS' + g.base64(110)),
    prefixed('aws-mws-auth-token', 'MWS_AUTH_TOKEN', (g) => `amzn.mws.${g.uuid()}`),
    prefixed('gcp-api-key', 'GOOGLE_API_KEY', (g) => 'AIza' + g.base64url(35)),
    {
      ruleId: 'gcp-service-account-key',
      name: 'GOOGLE_APPLICATION_CREDENTIALS_JSON',
      make: () => '',
      file: (g) => ({
        path: `secrets/${g.lower(6)}-sa.json`,
        text: `{
  "type": "service_account",
  "project_id": "acme-prod",
  "private_key_id": "${g.hex(40)}",
  "private_key": "${g.s(['-----BEGIN PRIVATE KEY-----', ...pemLines(g, 8), '-----END PRIVATE KEY-----', ''].join('\\n'))}",
  "client_email": "deploy@acme-prod.iam.gserviceaccount.com",
  "client_id": "${g.digits(21)}"
}
`,
      }),
    },
    prefixed('gcp-oauth-client-secret', 'GOOGLE_CLIENT_SECRET', (g) => 'GOCSPX-' + g.base64url(28)),
    prefixed('google-oauth-access-token', 'GOOGLE_ACCESS_TOKEN', (g) => 'ya29.' + g.base64url(int(g, 120, 200))),
    prefixed('google-oauth-refresh-token', 'GOOGLE_REFRESH_TOKEN', (g) => '1//0' + g.pick(['g', '4', '3', 'e']) + g.base64url(98)),
    prefixed('firebase-cloud-messaging-server-key', 'FCM_SERVER_KEY', (g) => `AAAA${g.base64url(7)}:APA91b${g.base64url(134)}`),
    keyed('firebase-database-secret', 'FIREBASE_DATABASE_SECRET', (g) => g.alnum(40)),
    prefixed(
      'azure-storage-connection-string',
      'AZURE_STORAGE_CONNECTION_STRING',
      (g) => `DefaultEndpointsProtocol=https;AccountName=acme${g.lower(4)};AccountKey=${g.base64(86)}==;EndpointSuffix=core.windows.net`,
    ),
    keyed('azure-storage-account-key', 'AZURE_STORAGE_KEY', (g) => g.base64(86) + '=='),
    prefixed(
      'azure-sas-token',
      'AZURE_SAS_URL',
      (g) => `https://acme${g.lower(4)}.blob.core.windows.net/data?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-01-01T00:00:00Z&spr=https&sig=${encodeURIComponent(g.base64(43) + '=')}`,
    ),
    prefixed(
      'azure-shared-access-key',
      'AZURE_SERVICEBUS_CONNECTION_STRING',
      (g) => `Endpoint=sb://acme-${g.lower(4)}.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${g.base64(43)}=`,
    ),
    prefixed('azure-ad-client-secret', 'AZURE_CLIENT_SECRET', (g) => `${g.alnum(3)}${g.digits(1)}Q~${g.chars(LETTERS + '0123456789_.~-', 34)}`),
    keyed('azure-openai-api-key', 'AZURE_OPENAI_API_KEY', (g) => g.hex(32)),
    prefixed(
      'azure-app-configuration-connection-string',
      'AZURE_APPCONFIG_CONNECTION_STRING',
      (g) => `Endpoint=https://acme-${g.lower(4)}.azconfig.io;Id=${g.alnum(4)}-l0-s0:${g.alnum(20)};Secret=${g.base64(43)}=`,
    ),
    prefixed('azure-function-key', 'AZURE_FUNCTION_URL', (g) => `https://acme-${g.lower(5)}.azurewebsites.net/api/HttpTrigger1?code=${g.base64url(54)}==`),
    prefixed('alibaba-access-key-id', 'ALIBABA_CLOUD_ACCESS_KEY_ID', (g) => 'LTAI' + g.alnum(g.pick([16, 20]))),
    keyed('alibaba-access-key-secret', 'ALIBABA_CLOUD_ACCESS_KEY_SECRET', (g) => g.alnum(30)),
    prefixed('tencent-cloud-secret-id', 'TENCENTCLOUD_SECRET_ID', (g) => 'AKID' + g.alnum(32)),
    keyed('tencent-cloud-secret-key', 'TENCENTCLOUD_SECRET_KEY', (g) => g.alnum(32)),
    keyed('ibm-cloud-api-key', 'IBMCLOUD_API_KEY', (g) => g.base64url(44)),
    prefixed('yandex-cloud-api-key', 'YC_API_KEY', (g) => 'AQVN' + g.base64url(36)),
    prefixed('yandex-oauth-token', 'YC_TOKEN', (g) => 'y0_AgAAAA' + g.base64url(49)),
    keyed('backblaze-b2-application-key', 'B2_APPLICATION_KEY', (g) => `K${g.digits(3)}${g.alnum(27)}`),
    prefixed('cloudinary-url', 'CLOUDINARY_URL', (g) => `cloudinary://${g.digits(15)}:${g.base64url(27)}@acme${g.lower(3)}`),
    // Source hosting
    prefixed('gitlab-personal-access-token', 'GITLAB_TOKEN', (g) => 'glpat-' + g.base64url(20)),
    prefixed('gitlab-deploy-token', 'GITLAB_DEPLOY_TOKEN', (g) => 'gldt-' + g.base64url(20)),
    prefixed('gitlab-runner-authentication-token', 'CI_RUNNER_TOKEN', (g) => 'glrt-' + g.base64url(20)),
    prefixed('gitlab-pipeline-trigger-token', 'GITLAB_TRIGGER_TOKEN', (g) => 'glptt-' + g.hex(40)),
    prefixed('gitlab-ci-job-token', 'CI_JOB_TOKEN', (g) => `glcbt-${g.hex(2)}_${g.base64url(20)}`),
    prefixed('gitlab-feed-token', 'GITLAB_FEED_TOKEN', (g) => 'glft-' + g.base64url(20)),
    prefixed('gitlab-incoming-mail-token', 'GITLAB_INCOMING_EMAIL_TOKEN', (g) => 'glimt-' + g.chars(LOWER_DIGITS, 25)),
    prefixed('gitlab-agent-token', 'GITLAB_AGENT_TOKEN', (g) => 'glagent-' + g.base64url(50)),
    prefixed('gitlab-oauth-app-secret', 'GITLAB_OAUTH_SECRET', (g) => 'gloas-' + g.hex(64)),
    prefixed('gitlab-scim-token', 'GITLAB_SCIM_TOKEN', (g) => 'glsoat-' + g.base64url(20)),
    prefixed('gitlab-feature-flag-client-token', 'GITLAB_FEATURE_FLAGS_TOKEN', (g) => 'glffct-' + g.base64url(20)),
    prefixed('gitlab-runner-registration-token', 'RUNNER_REGISTRATION_TOKEN', (g) => 'GR1348941' + g.base64url(20)),
    prefixed('bitbucket-app-password', 'BITBUCKET_APP_PASSWORD', (g) => 'ATBB' + g.alnum(24) + g.chars(UPPER_HEX, 8)),
    prefixed('bitbucket-access-token', 'BITBUCKET_ACCESS_TOKEN', (g) => 'ATCTT3xFfGN0' + g.base64url(180) + '=' + g.chars(UPPER_HEX, 8)),
    keyed('bitbucket-oauth-client-secret', 'BITBUCKET_CLIENT_SECRET', (g) => g.alnum(32)),
    keyed('azure-devops-pat', 'AZURE_DEVOPS_PAT', (g) => g.chars('abcdefghijklmnopqrstuvwxyz234567', 52)),
    keyed('gitea-access-token', 'GITEA_TOKEN', (g) => g.hex(40)),
    prefixed('sourcegraph-access-token', 'SRC_ACCESS_TOKEN', (g) => `sgp_${g.hex(16)}_${g.hex(40)}`),
    // Payments
    prefixed('stripe-test-secret-key', 'STRIPE_TEST_SECRET_KEY', (g) => 'sk_test_' + g.alnum(g.pick([24, 99]))),
    prefixed('stripe-webhook-secret', 'STRIPE_WEBHOOK_SECRET', (g) => 'whsec_' + g.alnum(32)),
    prefixed('square-access-token', 'SQUARE_ACCESS_TOKEN', (g) => g.pick(['EAAA' + g.base64url(60), 'sq0atp-' + g.base64url(22)])),
    prefixed('square-oauth-secret', 'SQUARE_APPLICATION_SECRET', (g) => 'sq0csp-' + g.base64url(43)),
    prefixed('braintree-access-token', 'BRAINTREE_ACCESS_TOKEN', (g) => `access_token$production$${g.chars(LOWER_DIGITS, 16)}$${g.hex(32)}`),
    keyed('braintree-private-key', 'BRAINTREE_PRIVATE_KEY', (g) => g.hex(32)),
    keyed('paypal-client-secret', 'PAYPAL_CLIENT_SECRET', (g) => 'E' + g.base64url(79)),
    keyed('adyen-api-key', 'ADYEN_API_KEY', (g) => 'AQE' + g.alnum(60)),
    keyed('razorpay-key-secret', 'RAZORPAY_KEY_SECRET', (g) => g.alnum(24)),
    prefixed('plaid-access-token', 'PLAID_ACCESS_TOKEN', (g) => `access-production-${g.uuid()}`),
    keyed('plaid-secret', 'PLAID_SECRET', (g) => g.hex(30)),
    keyed('coinbase-api-secret', 'COINBASE_API_SECRET', (g) => g.alnum(32)),
    prefixed('flutterwave-secret-key', 'FLW_SECRET_KEY', (g) => `FLWSECK-${g.hex(32)}-X`),
    keyed('paystack-secret-key', 'PAYSTACK_SECRET_KEY', (g) => 'sk_live_' + g.hex(40)),
    keyed('gocardless-access-token', 'GOCARDLESS_ACCESS_TOKEN', (g) => 'live_' + g.base64url(40)),
    keyed('mollie-api-key', 'MOLLIE_API_KEY', (g) => 'live_' + g.alnum(30)),
    prefixed('easypost-api-key', 'EASYPOST_API_KEY', (g) => 'EZAK' + g.alnum(54)),
    prefixed('shippo-api-token', 'SHIPPO_API_TOKEN', (g) => 'shippo_live_' + g.hex(40)),
    prefixed('duffel-api-token', 'DUFFEL_ACCESS_TOKEN', (g) => 'duffel_live_' + g.base64url(43)),
    // Messaging
    prefixed('slack-user-token', 'SLACK_USER_TOKEN', (g) => `xoxp-${g.digits(12)}-${g.digits(12)}-${g.digits(13)}-${g.hex(32)}`),
    prefixed('slack-app-token', 'SLACK_APP_TOKEN', (g) => `xapp-1-A${g.chars(UPPER_DIGITS, 10)}-${g.digits(13)}-${g.hex(64)}`),
    prefixed('slack-config-access-token', 'SLACK_CONFIG_TOKEN', (g) => 'xoxe.xoxp-1-' + g.alnum(164)),
    prefixed('slack-config-refresh-token', 'SLACK_CONFIG_REFRESH_TOKEN', (g) => 'xoxe-1-' + g.alnum(146)),
    prefixed('slack-legacy-token', 'SLACK_TOKEN', (g) => `xoxs-${g.digits(10)}-${g.digits(10)}-${g.digits(10)}-${g.hex(64)}`),
    keyed('discord-bot-token', 'DISCORD_BOT_TOKEN', (g) => `M${g.base64url(23)}.${g.base64url(6)}.${g.base64url(38)}`),
    prefixed('discord-webhook-url', 'DISCORD_WEBHOOK_URL', (g) => `https://discord.com/api/webhooks/${g.digits(18)}/${g.base64url(68)}`),
    prefixed('telegram-bot-token', 'TELEGRAM_BOT_TOKEN', (g) => `${g.digits(10)}:AA${g.base64url(33)}`),
    prefixed('microsoft-teams-webhook-url', 'TEAMS_WEBHOOK_URL', (g) => `https://acme.webhook.office.com/webhookb2/${g.uuid()}@${g.uuid()}/IncomingWebhook/${g.hex(32)}/${g.uuid()}`),
    prefixed('google-chat-webhook-url', 'GOOGLE_CHAT_WEBHOOK_URL', (g) => `https://chat.googleapis.com/v1/spaces/AAAA${g.base64url(7)}/messages?key=AIzaSy${g.base64url(33)}&token=${g.base64url(43)}`),
    keyed('twilio-auth-token', 'TWILIO_AUTH_TOKEN', (g) => g.hex(32)),
    prefixed('sendgrid-api-key', 'SENDGRID_API_KEY', (g) => `SG.${g.base64url(22)}.${g.base64url(43)}`),
    keyed('mailgun-api-key', 'MAILGUN_API_KEY', (g) => g.pick([`key-${g.hex(32)}`, `${g.hex(32)}-${g.hex(8)}-${g.hex(8)}`])),
    keyed('mailchimp-api-key', 'MAILCHIMP_API_KEY', (g) => `${g.hex(32)}-us${int(g, 1, 21)}`),
    keyed('mandrill-api-key', 'MANDRILL_API_KEY', (g) => g.base64url(22)),
    keyed('postmark-server-token', 'POSTMARK_SERVER_TOKEN', (g) => g.uuid()),
    prefixed('brevo-api-key', 'BREVO_API_KEY', (g) => `xkeysib-${g.hex(64)}-${g.alnum(16)}`),
    prefixed('brevo-smtp-key', 'BREVO_SMTP_KEY', (g) => `xsmtpsib-${g.hex(64)}-${g.alnum(16)}`),
    keyed('mailjet-api-secret', 'MAILJET_API_SECRET', (g) => g.hex(32)),
    prefixed('mailersend-api-token', 'MAILERSEND_API_KEY', (g) => 'mlsn.' + g.hex(64)),
    prefixed('resend-api-key', 'RESEND_API_KEY', (g) => `re_${g.alnum(8)}_${g.alnum(24)}`),
    keyed('sparkpost-api-key', 'SPARKPOST_API_KEY', (g) => g.hex(40)),
    keyed('vonage-api-secret', 'VONAGE_API_SECRET', (g) => g.alnum(16)),
    keyed('messagebird-api-key', 'MESSAGEBIRD_ACCESS_KEY', (g) => g.alnum(25)),
    keyed('plivo-auth-token', 'PLIVO_AUTH_TOKEN', (g) => g.alnum(40)),
    keyed('pusher-app-secret', 'PUSHER_APP_SECRET', (g) => g.hex(20)),
    keyed('ably-api-key', 'ABLY_API_KEY', (g) => `${g.base64url(6)}.${g.base64url(6)}:${g.base64url(43)}`),
    keyed('mattermost-access-token', 'MATTERMOST_TOKEN', (g) => g.chars(LOWER_DIGITS, 26)),
    keyed('sendbird-api-token', 'SENDBIRD_API_TOKEN', (g) => g.hex(40)),
    prefixed('dingtalk-webhook-url', 'DINGTALK_WEBHOOK_URL', (g) => `https://oapi.dingtalk.com/robot/send?access_token=${g.hex(64)}`),
    prefixed('wecom-webhook-url', 'WECOM_WEBHOOK_URL', (g) => `https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${g.uuid()}`),
    // AI
    prefixed('openai-project-api-key', 'OPENAI_API_KEY', openAi('sk-proj-')),
    prefixed('openai-service-account-key', 'OPENAI_API_KEY', openAi('sk-svcacct-')),
    prefixed('openai-admin-key', 'OPENAI_ADMIN_KEY', openAi('sk-admin-')),
    prefixed('openai-legacy-api-key', 'OPENAI_API_KEY', (g) => `sk-${g.alnum(20)}T3BlbkFJ${g.alnum(20)}`),
    prefixed('anthropic-api-key', 'ANTHROPIC_API_KEY', (g) => `sk-ant-api03-${g.base64url(93)}AA`),
    prefixed('anthropic-admin-key', 'ANTHROPIC_ADMIN_KEY', (g) => `sk-ant-admin01-${g.base64url(93)}AA`),
    prefixed('huggingface-access-token', 'HF_TOKEN', (g) => 'hf_' + g.chars(LETTERS, 34)),
    prefixed('huggingface-org-token', 'HF_ORG_TOKEN', (g) => 'api_org_' + g.chars(LETTERS, 34)),
    keyed('cohere-api-key', 'COHERE_API_KEY', (g) => g.alnum(40)),
    prefixed('groq-api-key', 'GROQ_API_KEY', (g) => 'gsk_' + g.alnum(52)),
    prefixed('replicate-api-token', 'REPLICATE_API_TOKEN', (g) => 'r8_' + g.alnum(37)),
    keyed('mistral-api-key', 'MISTRAL_API_KEY', (g) => g.alnum(32)),
    prefixed('perplexity-api-key', 'PERPLEXITY_API_KEY', (g) => 'pplx-' + g.alnum(48)),
    prefixed('xai-api-key', 'XAI_API_KEY', (g) => 'xai-' + g.alnum(80)),
    keyed('deepseek-api-key', 'DEEPSEEK_API_KEY', (g) => 'sk-' + g.hex(32)),
    prefixed('openrouter-api-key', 'OPENROUTER_API_KEY', (g) => 'sk-or-v1-' + g.hex(64)),
    keyed('elevenlabs-api-key', 'ELEVENLABS_API_KEY', (g) => g.pick([g.hex(32), 'sk_' + g.hex(48)])),
    keyed('assemblyai-api-key', 'ASSEMBLYAI_API_KEY', (g) => g.hex(32)),
    keyed('deepgram-api-key', 'DEEPGRAM_API_KEY', (g) => g.hex(40)),
    keyed('together-api-key', 'TOGETHER_API_KEY', (g) => g.hex(64)),
    keyed('fireworks-api-key', 'FIREWORKS_API_KEY', (g) => 'fw_' + g.alnum(24)),
    prefixed('pinecone-api-key', 'PINECONE_API_KEY', (g) => `pcsk_${g.alnum(5)}_${g.alnum(64)}`),
    prefixed('langsmith-api-key', 'LANGSMITH_API_KEY', (g) => `lsv2_${g.pick(['pt', 'sk'])}_${g.hex(32)}_${g.hex(10)}`),
    prefixed('langfuse-secret-key', 'LANGFUSE_SECRET_KEY', (g) => `sk-lf-${g.uuid()}`),
    prefixed('cerebras-api-key', 'CEREBRAS_API_KEY', (g) => 'csk-' + g.chars(LOWER_DIGITS, 48)),
    prefixed('nvidia-api-key', 'NVIDIA_API_KEY', (g) => 'nvapi-' + g.base64url(64)),
    keyed('wandb-api-key', 'WANDB_API_KEY', (g) => g.hex(40)),
    keyed('stability-api-key', 'STABILITY_API_KEY', (g) => 'sk-' + g.alnum(48)),
    keyed('voyage-api-key', 'VOYAGE_API_KEY', (g) => 'pa-' + g.base64url(43)),
    keyed('deepl-api-key', 'DEEPL_AUTH_KEY', (g) => `${g.uuid()}:fx`),
    // Package registries
    prefixed('npm-access-token', 'NPM_TOKEN', (g) => g.crc32Token('npm_', 30)),
    prefixed('pypi-upload-token', 'PYPI_API_TOKEN', (g) => 'pypi-AgEIcHlwaS5vcmc' + g.base64url(int(g, 120, 180))),
    prefixed('test-pypi-upload-token', 'TEST_PYPI_API_TOKEN', (g) => 'pypi-AgENdGVzdC5weXBpLm9yZw' + g.base64url(int(g, 120, 180))),
    prefixed('rubygems-api-key', 'GEM_HOST_API_KEY', (g) => 'rubygems_' + g.hex(48)),
    prefixed('nuget-api-key', 'NUGET_API_KEY', (g) => 'oy2' + g.chars(LOWER_DIGITS, 43)),
    prefixed('docker-hub-personal-access-token', 'DOCKERHUB_TOKEN', (g) => 'dckr_pat_' + g.base64url(27)),
    prefixed('docker-hub-organization-access-token', 'DOCKERHUB_TOKEN', (g) => 'dckr_oat_' + g.base64url(32)),
    prefixed('jfrog-api-key', 'ARTIFACTORY_API_KEY', (g) => 'AKCp' + g.alnum(69)),
    prefixed('jfrog-reference-token', 'JFROG_ACCESS_TOKEN', (g) => 'cmVmd' + g.alnum(59)),
    keyed('jfrog-identity-token', 'JFROG_TOKEN', (g) => g.alnum(64)),
    prefixed('crates-io-api-token', 'CARGO_REGISTRY_TOKEN', (g) => 'cio' + g.alnum(32)),
    prefixed('clojars-deploy-token', 'CLOJARS_PASSWORD', (g) => 'CLOJARS_' + g.hex(60)),
    keyed('gradle-plugin-portal-secret', 'GRADLE_PUBLISH_SECRET', (g) => g.alnum(32)),
    keyed('cloudsmith-api-key', 'CLOUDSMITH_API_KEY', (g) => g.hex(40)),
    // Observability
    keyed('datadog-api-key', 'DD_API_KEY', (g) => g.hex(32)),
    keyed('datadog-application-key', 'DD_APP_KEY', (g) => g.hex(40)),
    prefixed('new-relic-user-api-key', 'NEW_RELIC_API_KEY', (g) => 'NRAK-' + g.chars(UPPER_DIGITS, 27)),
    prefixed('new-relic-insert-key', 'NEW_RELIC_INSERT_KEY', (g) => 'NRII-' + g.base64url(32)),
    prefixed('new-relic-insights-query-key', 'NEW_RELIC_QUERY_KEY', (g) => 'NRIQ-' + g.base64url(32)),
    prefixed('new-relic-admin-key', 'NEW_RELIC_ADMIN_KEY', (g) => 'NRAA-' + g.hex(27)),
    prefixed('new-relic-license-key', 'NEW_RELIC_LICENSE_KEY', (g) => g.hex(36) + 'NRAL'),
    prefixed('sentry-dsn', 'SENTRY_DSN', (g) => `https://${g.hex(32)}@o${g.digits(6)}.ingest.sentry.io/${g.digits(7)}`),
    prefixed('sentry-user-token', 'SENTRY_AUTH_TOKEN', (g) => 'sntryu_' + g.hex(64)),
    // Sentry: base64 of a JSON payload, `_`, 32 random bytes in base64 without padding (sentry orgauthtoken_token.py).
    prefixed(
      'sentry-org-token',
      'SENTRY_ORG_TOKEN',
      (g) => `sntrys_${b64json({ iat: Number(`17${g.digits(8)}.${g.digits(6)}`), url: 'https://sentry.io', region_url: 'https://us.sentry.io', org: `acme-${g.lower(5)}` })}_${g.base64(43)}`,
    ),
    prefixed(
      'grafana-cloud-access-token',
      'GRAFANA_CLOUD_TOKEN',
      (g) => 'glc_' + b64json({ o: g.digits(6), n: `stack-${g.digits(6)}-hm-read`, k: g.alnum(24), m: { r: g.pick(['us', 'eu', 'prod-us-east-0']) } }),
    ),
    prefixed('grafana-service-account-token', 'GRAFANA_SERVICE_ACCOUNT_TOKEN', (g) => `glsa_${g.alnum(32)}_${g.hex(8)}`),
    prefixed('grafana-api-key', 'GRAFANA_API_KEY', (g) => b64json({ k: g.alnum(32), n: `deploy-${g.lower(5)}`, id: int(g, 1, 99) })),
    prefixed('honeycomb-api-key', 'HONEYCOMB_API_KEY', (g) => g.pick(['hcaik_', 'hcxik_']) + g.chars(LOWER_DIGITS, 58)),
    keyed('honeycomb-configuration-key', 'HONEYCOMB_API_KEY', (g) => g.hex(32)),
    prefixed('dynatrace-api-token', 'DT_API_TOKEN', (g) => `dt0c01.${g.chars(UPPER_DIGITS, 24)}.${g.chars(UPPER_DIGITS, 64)}`),
    keyed('splunk-hec-token', 'SPLUNK_HEC_TOKEN', (g) => g.uuid()),
    keyed('sumologic-access-key', 'SUMOLOGIC_ACCESS_KEY', (g) => g.alnum(64)),
    keyed('pagerduty-api-key', 'PAGERDUTY_API_KEY', (g) => g.alnum(20)),
    keyed('opsgenie-api-key', 'OPSGENIE_API_KEY', (g) => g.uuid()),
    keyed('rollbar-access-token', 'ROLLBAR_ACCESS_TOKEN', (g) => g.hex(32)),
    keyed('bugsnag-api-key', 'BUGSNAG_API_KEY', (g) => g.hex(32)),
    prefixed('axiom-token', 'AXIOM_TOKEN', (g) => `xaat-${g.uuid()}`),
    prefixed('posthog-personal-api-key', 'POSTHOG_PERSONAL_API_KEY', (g) => 'phx_' + g.alnum(43)),
    keyed('better-stack-token', 'LOGTAIL_SOURCE_TOKEN', (g) => g.alnum(24)),
    keyed('logzio-token', 'LOGZIO_TOKEN', (g) => g.alnum(32)),
    keyed('checkly-api-key', 'CHECKLY_API_KEY', (g) => 'cu_' + g.hex(32)),
    keyed('launchdarkly-access-token', 'LAUNCHDARKLY_ACCESS_TOKEN', (g) => `api-${g.uuid()}`),
    prefixed('launchdarkly-sdk-key', 'LAUNCHDARKLY_SDK_KEY', (g) => `sdk-${g.uuid()}`),
    keyed('segment-write-key', 'SEGMENT_WRITE_KEY', (g) => g.alnum(32)),
    prefixed('segment-public-api-token', 'SEGMENT_API_TOKEN', (g) => 'sgp_' + g.alnum(64)),
  ];
}

/** Platforms, CI, SaaS and social formats (each provider's documented token shape). */
function PLATFORM_FORMATS(): TokenFormat[] {
  return [
    prefixed('vault-service-token', 'VAULT_TOKEN', (g) => 'hvs.CAESI' + g.base64url(85)),
    prefixed('vault-batch-token', 'VAULT_TOKEN', (g) => 'hvb.AAAAAQ' + g.base64url(int(g, 140, 200))),
    keyed('vault-legacy-token', 'VAULT_TOKEN', (g) => 's.' + g.alnum(24)),
    prefixed('terraform-cloud-api-token', 'TFE_TOKEN', (g) => `${g.alnum(14)}.atlasv1.${g.alnum(67)}`),
    keyed('hcp-service-principal-secret', 'HCP_CLIENT_SECRET', (g) => g.alnum(64)),
    prefixed('digitalocean-personal-access-token', 'DIGITALOCEAN_TOKEN', (g) => 'dop_v1_' + g.hex(64)),
    prefixed('digitalocean-oauth-token', 'DIGITALOCEAN_TOKEN', (g) => 'doo_v1_' + g.hex(64)),
    prefixed('digitalocean-refresh-token', 'DIGITALOCEAN_REFRESH_TOKEN', (g) => 'dor_v1_' + g.hex(64)),
    prefixed('digitalocean-spaces-key', 'SPACES_ACCESS_KEY_ID', (g) => 'DO00' + g.chars(UPPER_DIGITS, 16)),
    prefixed('heroku-api-key', 'HEROKU_API_KEY', (g) => 'HRKU-AA' + g.base64url(58)),
    keyed('heroku-legacy-api-key', 'HEROKU_API_KEY', (g) => g.uuid()),
    keyed('cloudflare-api-token', 'CLOUDFLARE_API_TOKEN', (g) => g.base64url(40)),
    keyed('cloudflare-global-api-key', 'CLOUDFLARE_API_KEY', (g) => g.hex(37)),
    prefixed('cloudflare-origin-ca-key', 'CLOUDFLARE_ORIGIN_CA_KEY', (g) => `v1.0-${g.hex(24)}-${g.hex(146)}`),
    prefixed('fly-access-token', 'FLY_API_TOKEN', (g) => 'fo1_' + g.base64url(43)),
    prefixed('fly-macaroon-token', 'FLY_API_TOKEN', (g) => 'FlyV1 fm2_' + g.base64(200)),
    keyed('vercel-access-token', 'VERCEL_TOKEN', (g) => g.alnum(24)),
    prefixed('netlify-access-token', 'NETLIFY_AUTH_TOKEN', (g) => 'nfp_' + g.alnum(36)),
    keyed('netlify-legacy-token', 'NETLIFY_AUTH_TOKEN', (g) => g.base64url(43)),
    prefixed('supabase-access-token', 'SUPABASE_ACCESS_TOKEN', (g) => 'sbp_' + g.hex(40)),
    prefixed('supabase-secret-key', 'SUPABASE_SECRET_KEY', (g) => 'sb_secret_' + g.base64url(31)),
    keyed('supabase-service-role-key', 'SUPABASE_SERVICE_ROLE_KEY', (g) => jwt(g, { iss: 'supabase', ref: g.lower(20), role: 'service_role', iat: 1700000000, exp: 2015576000 })),
    prefixed('doppler-personal-token', 'DOPPLER_TOKEN', (g) => 'dp.pt.' + g.alnum(43)),
    prefixed('doppler-service-token', 'DOPPLER_TOKEN', (g) => 'dp.st.prd.' + g.alnum(40)),
    prefixed('doppler-cli-token', 'DOPPLER_TOKEN', (g) => 'dp.ct.' + g.alnum(40)),
    prefixed('doppler-service-account-token', 'DOPPLER_TOKEN', (g) => 'dp.sa.' + g.alnum(40)),
    prefixed('doppler-scim-token', 'DOPPLER_TOKEN', (g) => 'dp.scim.' + g.alnum(40)),
    prefixed('doppler-audit-token', 'DOPPLER_TOKEN', (g) => 'dp.audit.' + g.alnum(40)),
    prefixed(
      'onepassword-service-account-token',
      'OP_SERVICE_ACCOUNT_TOKEN',
      (g) =>
        'ops_' +
        b64json({
          signInAddress: 'acme.1password.com',
          userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', iterations: 650000, salt: g.base64url(22) },
          email: `${g.lower(12)}@1passwordserviceaccounts.com`,
          srpX: g.hex(64),
          muk: { alg: 'A256GCM', ext: true, k: g.base64url(43), key_ops: ['encrypt', 'decrypt'], kty: 'oct', kid: 'mp' },
          secretKey: `A3-${g.chars(UPPER_DIGITS, 6)}-${g.chars(UPPER_DIGITS, 6)}-${g.chars(UPPER_DIGITS, 5)}-${g.chars(UPPER_DIGITS, 5)}-${g.chars(UPPER_DIGITS, 5)}-${g.chars(UPPER_DIGITS, 5)}`,
          throttleSecret: { seed: g.hex(64), uuid: g.uuid() },
          deviceUuid: g.lower(26),
        }),
    ),
    prefixed(
      'onepassword-secret-key',
      'OP_SECRET_KEY',
      (g) => `A3-${g.chars(UPPER_DIGITS, 6)}-${g.chars(UPPER_DIGITS, 6)}-${g.chars(UPPER_DIGITS, 5)}-${g.chars(UPPER_DIGITS, 5)}-${g.chars(UPPER_DIGITS, 5)}-${g.chars(UPPER_DIGITS, 5)}`,
    ),
    prefixed('pulumi-access-token', 'PULUMI_ACCESS_TOKEN', (g) => 'pul-' + g.hex(40)),
    prefixed('render-api-key', 'RENDER_API_KEY', (g) => 'rnd_' + g.alnum(32)),
    keyed('railway-api-token', 'RAILWAY_TOKEN', (g) => g.uuid()),
    keyed('okta-api-token', 'OKTA_API_TOKEN', (g) => '00' + g.base64url(40)),
    keyed('auth0-client-secret', 'AUTH0_CLIENT_SECRET', (g) => g.base64url(64)),
    keyed('auth0-management-token', 'AUTH0_MANAGEMENT_TOKEN', (g) =>
      jwt(g, { iss: 'https://acme.eu.auth0.com/', sub: `${g.alnum(32)}@clients`, aud: 'https://acme.eu.auth0.com/api/v2/', iat: 1700000000, exp: 1700086400 }),
    ),
    prefixed('tailscale-key', 'TS_AUTHKEY', (g) => `tskey-${g.pick(['api', 'auth'])}-k${g.alnum(10)}CNTRL-${g.alnum(32)}`),
    keyed('ngrok-authtoken', 'NGROK_AUTHTOKEN', (g) => `${g.alnum(27)}_${g.alnum(21)}`),
    prefixed('databricks-token', 'DATABRICKS_TOKEN', (g) => 'dapi' + g.hex(32)),
    keyed('confluent-api-secret', 'CONFLUENT_CLOUD_API_SECRET', (g) => g.base64(64)),
    prefixed('planetscale-api-token', 'PLANETSCALE_SERVICE_TOKEN', (g) => 'pscale_tkn_' + g.base64url(43)),
    prefixed('neon-api-key', 'NEON_API_KEY', (g) => 'napi_' + g.chars(LOWER_DIGITS, 64)),
    prefixed('circleci-personal-token', 'CIRCLECI_TOKEN', (g) => `CCIPAT_${g.alnum(22)}_${g.hex(40)}`),
    prefixed('buildkite-api-token', 'BUILDKITE_API_TOKEN', (g) => 'bkua_' + g.hex(40)),
    keyed('travis-ci-token', 'TRAVIS_API_TOKEN', (g) => g.base64url(22)),
    prefixed('harness-api-key', 'HARNESS_API_KEY', (g) => `pat.${g.base64url(22)}.${g.hex(24)}.${g.alnum(20)}`),
    keyed('octopus-deploy-api-key', 'OCTOPUS_API_KEY', (g) => 'API-' + g.chars(UPPER_DIGITS, 27)),
    keyed('snyk-api-token', 'SNYK_TOKEN', (g) => g.uuid()),
    prefixed('sonarqube-token', 'SONAR_TOKEN', (g) => g.pick(['squ_', 'sqp_', 'sqa_']) + g.hex(40)),
    keyed('codecov-token', 'CODECOV_TOKEN', (g) => g.uuid()),
    prefixed('infracost-api-key', 'INFRACOST_API_KEY', (g) => 'ico-' + g.alnum(32)),
    prefixed('prefect-api-key', 'PREFECT_API_KEY', (g) => 'pnu_' + g.alnum(36)),
    prefixed('scalingo-api-token', 'SCALINGO_API_TOKEN', (g) => 'tk-us-' + g.base64url(48)),
    prefixed('openshift-user-token', 'OPENSHIFT_TOKEN', (g) => 'sha256~' + g.base64url(43)),
    keyed('linode-api-token', 'LINODE_TOKEN', (g) => g.hex(64)),
    keyed('vultr-api-key', 'VULTR_API_KEY', (g) => g.chars(UPPER_DIGITS, 36)),
    keyed('hetzner-cloud-token', 'HCLOUD_TOKEN', (g) => g.alnum(64)),
    keyed('scaleway-secret-key', 'SCW_SECRET_KEY', (g) => g.uuid()),
    keyed('fastly-api-token', 'FASTLY_API_TOKEN', (g) => g.base64url(32)),
    prefixed('clickhouse-cloud-api-secret', 'CLICKHOUSE_API_SECRET', (g) => '4b1d' + g.alnum(38)),
    prefixed('aiven-service-password', 'AIVEN_SERVICE_PASSWORD', (g) => 'AVNS_' + g.base64url(23)),
    keyed('mongodb-atlas-private-key', 'MONGODB_ATLAS_PRIVATE_KEY', (g) => g.uuid()),
    keyed('upstash-redis-token', 'UPSTASH_REDIS_REST_TOKEN', (g) => 'AX' + g.base64(70)),
    prefixed('shopify-access-token', 'SHOPIFY_ACCESS_TOKEN', (g) => 'shpat_' + g.hex(32)),
    prefixed('shopify-custom-app-token', 'SHOPIFY_ACCESS_TOKEN', (g) => 'shpca_' + g.hex(32)),
    prefixed('shopify-private-app-token', 'SHOPIFY_ACCESS_TOKEN', (g) => 'shppa_' + g.hex(32)),
    prefixed('shopify-shared-secret', 'SHOPIFY_API_SECRET', (g) => 'shpss_' + g.hex(32)),
    prefixed('atlassian-api-token', 'ATLASSIAN_API_TOKEN', (g) => 'ATATT3xFfGF0' + g.base64url(180) + '=' + g.chars(UPPER_HEX, 8)),
    keyed('jira-legacy-api-token', 'JIRA_API_TOKEN', (g) => g.alnum(24)),
    prefixed('linear-api-key', 'LINEAR_API_KEY', (g) => 'lin_api_' + g.alnum(40)),
    prefixed('linear-oauth-token', 'LINEAR_OAUTH_TOKEN', (g) => 'lin_oauth_' + g.hex(64)),
    prefixed('notion-integration-token', 'NOTION_TOKEN', (g) => 'ntn_' + g.digits(11) + g.alnum(35)),
    keyed('notion-legacy-integration-token', 'NOTION_TOKEN', (g) => 'secret_' + g.alnum(43)),
    keyed('asana-personal-access-token', 'ASANA_ACCESS_TOKEN', (g) => `${g.pick(['1', '2'])}/${g.digits(16)}:${g.hex(32)}`),
    keyed('airtable-personal-access-token', 'AIRTABLE_API_KEY', (g) => `pat${g.alnum(14)}.${g.hex(64)}`),
    prefixed('figma-personal-access-token', 'FIGMA_TOKEN', (g) => 'figd_' + g.base64url(40)),
    prefixed('postman-api-key', 'POSTMAN_API_KEY', (g) => `PMAK-${g.hex(24)}-${g.hex(34)}`),
    keyed('algolia-admin-api-key', 'ALGOLIA_ADMIN_API_KEY', (g) => g.hex(32)),
    prefixed('contentful-personal-access-token', 'CONTENTFUL_MANAGEMENT_TOKEN', (g) => 'CFPAT-' + g.base64url(43)),
    keyed('contentful-delivery-token', 'CONTENTFUL_ACCESS_TOKEN', (g) => g.base64url(43)),
    prefixed('mapbox-secret-token', 'MAPBOX_SECRET_TOKEN', (g) => `sk.${b64url(JSON.stringify({ u: `acme${g.lower(4)}`, a: g.base64url(20) }))}.${g.base64url(22)}`),
    keyed('clerk-secret-key', 'CLERK_SECRET_KEY', (g) => 'sk_live_' + g.alnum(40)),
    keyed('intercom-access-token', 'INTERCOM_ACCESS_TOKEN', (g) => 'dG9rOj' + g.base64(54) + '='),
    keyed('zendesk-api-token', 'ZENDESK_API_TOKEN', (g) => g.alnum(40)),
    prefixed('hubspot-private-app-token', 'HUBSPOT_ACCESS_TOKEN', (g) => `pat-${g.pick(['na1', 'eu1'])}-${g.uuid()}`),
    keyed('hubspot-legacy-api-key', 'HUBSPOT_API_KEY', (g) => g.uuid()),
    prefixed('salesforce-access-token', 'SALESFORCE_ACCESS_TOKEN', (g) => `00D${g.alnum(12)}!${g.alnum(96)}`),
    prefixed('typeform-api-token', 'TYPEFORM_TOKEN', (g) => `tfp_${g.base64url(44)}_${g.base64url(14)}`),
    keyed('trello-api-token', 'TRELLO_TOKEN', (g) => g.hex(64)),
    prefixed('clickup-api-token', 'CLICKUP_API_TOKEN', (g) => `pk_${g.digits(8)}_${g.chars(UPPER_DIGITS, 32)}`),
    prefixed('frameio-api-token', 'FRAMEIO_TOKEN', (g) => 'fio-u-' + g.base64url(64)),
    prefixed('readme-api-key', 'README_API_KEY', (g) => 'rdme_' + g.chars(LOWER_DIGITS, 70)),
    prefixed('adobe-client-secret', 'ADOBE_CLIENT_SECRET', (g) => 'p8e-' + g.alnum(32)),
    keyed('sanity-api-token', 'SANITY_API_TOKEN', (g) => 'sk' + g.alnum(180)),
    keyed('ghost-admin-api-key', 'GHOST_ADMIN_API_KEY', (g) => `${g.hex(24)}:${g.hex(64)}`),
    keyed('webflow-api-token', 'WEBFLOW_API_TOKEN', (g) => g.hex(64)),
    keyed('monday-api-token', 'MONDAY_API_TOKEN', (g) => jwt(g, { tid: Number(g.digits(9)), aai: 11, uid: Number(g.digits(8)), iad: '2024-01-01T00:00:00.000Z', per: 'me:write', rgn: 'use1' })),
    prefixed('twitter-bearer-token', 'TWITTER_BEARER_TOKEN', (g) => `AAAAAAAAAAAAAAAAAAAAAA${g.alnum(20)}%2B${g.alnum(10)}%3D${g.alnum(50)}`),
    keyed('twitter-api-secret', 'TWITTER_API_SECRET', (g) => g.alnum(50)),
    prefixed('facebook-access-token', 'FACEBOOK_ACCESS_TOKEN', (g) => g.pick(['EAAB', 'EAAG']) + g.alnum(180)),
    keyed('facebook-app-secret', 'FACEBOOK_APP_SECRET', (g) => g.hex(32)),
    keyed('twitch-api-token', 'TWITCH_CLIENT_SECRET', (g) => g.chars(LOWER_DIGITS, 30)),
    prefixed('dropbox-short-lived-token', 'DROPBOX_ACCESS_TOKEN', (g) => 'sl.B' + g.base64url(135)),
    keyed('dropbox-long-lived-token', 'DROPBOX_ACCESS_TOKEN', (g) => `${g.alnum(11)}AAAAAAAAAA${g.base64url(43)}`),
    keyed('zoom-client-secret', 'ZOOM_CLIENT_SECRET', (g) => g.alnum(32)),
    keyed('spotify-client-secret', 'SPOTIFY_CLIENT_SECRET', (g) => g.hex(32)),
    keyed('linkedin-client-secret', 'LINKEDIN_CLIENT_SECRET', (g) => g.alnum(16)),
    keyed('github-oauth-client-secret', 'GITHUB_CLIENT_SECRET', (g) => g.hex(40)),
    keyed('recaptcha-secret-key', 'RECAPTCHA_SECRET_KEY', (g) => '6L' + g.base64url(38)),
    prefixed('zapier-webhook-url', 'ZAPIER_WEBHOOK_URL', (g) => `https://hooks.zapier.com/hooks/catch/${g.digits(7)}/${g.chars(LOWER_DIGITS, 6)}/`),
    prefixed('ifttt-webhook-key', 'IFTTT_WEBHOOK_URL', (g) => `https://maker.ifttt.com/trigger/deploy/with/key/${g.base64url(22)}`),
    prefixed('maxmind-license-key', 'MAXMIND_LICENSE_KEY', (g) => `${g.alnum(6)}_${g.alnum(29)}_mmk`),
    keyed('rapidapi-key', 'RAPIDAPI_KEY', (g) => `${g.hex(10)}msh${g.hex(15)}p${g.hex(6)}jsn${g.hex(12)}`),
    keyed('meraki-api-key', 'MERAKI_DASHBOARD_API_KEY', (g) => g.hex(40)),
    prefixed('apify-api-token', 'APIFY_TOKEN', (g) => 'apify_api_' + g.alnum(36)),
    keyed('browserstack-access-key', 'BROWSERSTACK_ACCESS_KEY', (g) => g.alnum(20)),
    keyed('saucelabs-access-key', 'SAUCE_ACCESS_KEY', (g) => g.uuid()),
    keyed('cypress-record-key', 'CYPRESS_RECORD_KEY', (g) => g.uuid()),
    keyed('lob-api-key', 'LOB_API_KEY', (g) => 'live_' + g.hex(35)),
    prefixed('bip32-extended-private-key', 'WALLET_XPRV', (g) => 'xprv' + g.chars(BASE58, 107)),
    prefixed('age-secret-key', 'AGE_SECRET_KEY', (g) => 'AGE-SECRET-KEY-1' + g.chars('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58)),
    prefixed('jwt', 'JWT', (g) => jwt(g, { sub: g.digits(10), name: 'svc', iat: 1700000000 })),
    prefixed('basic-auth-url', 'GIT_REMOTE_URL', (g) => `https://deploy:${g.alnum(20)}@git.example.com/acme/app.git`),
    prefixed('jdbc-url-password', 'DATABASE_URL', (g) =>
      g.pick([`jdbc:sqlserver://db.internal:1433;databaseName=app;user=svc;password=${g.alnum(18)}`, `jdbc:mysql://db.internal:3306/app?user=svc&password=${g.alnum(18)}`]),
    ),
    prefixed('connection-string-password', 'CONNECTION_STRING', (g) => `Server=db.internal;Database=app;User Id=svc;Password=${g.alnum(18)};`),
  ];
}

/** Credentials in files of their own kind (.npmrc, .netrc, kubeconfig, …): each in a file of that kind. */
function CONFIG_FILE_FORMATS(): TokenFormat[] {
  const pw = (g: ExampleGen) => `${g.alnum(10)}${g.pick(['!', '#', '%', '_'])}${g.alnum(8)}`;
  return [
    inFile('redis-requirepass', 'REDIS_PASSWORD', (g) => ({ path: 'deploy/redis.conf', text: `bind 0.0.0.0\nport 6379\nrequirepass ${g.s(pw(g))}\n` })),
    inFile('mysql-cli-password', 'MYSQL_PWD', (g) => ({ path: 'scripts/backup.sh', text: `#!/bin/sh\nmysqldump -h db.internal -u backup -p${g.s(pw(g))} app > /backups/app.sql\n` })),
    inFile('putty-private-key', 'PUTTY_PRIVATE_KEY', (g) => ({
      path: `keys/${g.lower(5)}.ppk`,
      text: `PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: deploy\nPublic-Lines: 2\nAAAAC3NzaC1lZDI1NTE5AAAAI${g.base64(39)}\n${g.base64(8)}\nPrivate-Lines: 1\n${g.s('AAAAI' + g.base64(43))}\nPrivate-MAC: ${g.hex(64)}\n`,
    })),
    inFile('ssh2-private-key', 'SSH_PRIVATE_KEY', (g) => ({
      path: 'keys/id_ssh2',
      text: g.s(`---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\nComment: "deploy key"\n${Array.from({ length: 8 }, () => g.base64(70)).join('\n')}\n---- END SSH2 ENCRYPTED PRIVATE KEY ----`) + '\n',
    })),
    inFile('wireguard-private-key', 'WIREGUARD_PRIVATE_KEY', (g) => ({ path: 'wg0.conf', text: `[Interface]\nPrivateKey = ${g.s(g.base64(43) + '=')}\nAddress = 10.0.0.1/24\nListenPort = 51820\n` })),
    inFile('jwk-private-key', 'JWK_PRIVATE_KEY', (g) => ({
      path: 'keys/signing.jwk.json',
      text: `{"kty":"EC","crv":"P-256","x":"${g.base64url(43)}","y":"${g.base64url(43)}","d":"${g.s(g.base64url(43))}","kid":"${g.alnum(8)}"}\n`,
    })),
    inFile('npmrc-auth-token', 'NPM_TOKEN', (g) => ({ path: '.npmrc', text: `registry=https://npm.pkg.example.com/\n//npm.pkg.example.com/:_authToken=${g.s(g.base64url(40))}\n` })),
    inFile('npmrc-basic-auth', 'NPM_AUTH', (g) => ({ path: '.npmrc', text: `registry=https://npm.pkg.example.com/\n_auth=${g.s(Buffer.from(`ci:${g.alnum(16)}`).toString('base64'))}\nalways-auth=true\n` })),
    inFile('pypirc-password', 'TWINE_PASSWORD', (g) => ({ path: '.pypirc', text: `[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = acme\npassword = ${g.s(pw(g))}\n` })),
    inFile('netrc-password', 'NETRC_PASSWORD', (g) => ({ path: '.netrc', text: `machine api.example.com login acme password ${g.s(pw(g))}\n` })),
    inFile('docker-config-auth', 'DOCKER_AUTH_CONFIG', (g) => ({
      path: '.docker/config.json',
      text: `{\n  "auths": {\n    "registry.example.com": { "auth": "${g.s(Buffer.from(`ci:${g.alnum(18)}`).toString('base64'))}" }\n  }\n}\n`,
    })),
    inFile('kubeconfig-client-key', 'KUBECONFIG_CLIENT_KEY', (g) => ({
      path: 'kubeconfig.yaml',
      text: `apiVersion: v1\nkind: Config\nusers:\n- name: admin\n  user:\n    client-certificate-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t${g.base64(200)}\n    client-key-data: ${g.s(Buffer.from(['-----BEGIN RSA PRIVATE KEY-----', ...pemLines(g, 8), '-----END RSA PRIVATE KEY-----', ''].join('\n')).toString('base64'))}\n`,
    })),
    inFile('maven-settings-password', 'MAVEN_PASSWORD', (g) => ({
      path: 'settings.xml',
      text: `<settings>\n  <servers>\n    <server>\n      <id>releases</id>\n      <username>ci</username>\n      <password>${g.s(pw(g))}</password>\n    </server>\n  </servers>\n</settings>\n`,
    })),
    inFile('nuget-config-password', 'NUGET_PASSWORD', (g) => ({
      path: 'NuGet.Config',
      text: `<configuration>\n  <packageSourceCredentials>\n    <acme>\n      <add key="Username" value="ci" />\n      <add key="ClearTextPassword" value="${g.s(pw(g))}" />\n    </acme>\n  </packageSourceCredentials>\n</configuration>\n`,
    })),
    inFile('wordpress-config-secret', 'WORDPRESS_DB_PASSWORD', (g) => ({ path: 'wp-config.php', text: `<?php\ndefine( 'DB_NAME', 'wordpress' );\ndefine( 'DB_PASSWORD', '${g.s(pw(g))}' );\n` })),
    inFile('http-basic-auth-header', 'BASIC_AUTH', (g) => ({
      path: 'scripts/probe.sh',
      text: `curl -s -H "Authorization: Basic ${g.s(Buffer.from(`ops:${g.alnum(16)}`).toString('base64'))}" https://status.example.com/health\n`,
    })),
  ];
}

/** Generic secrets: random values under secret-like names (labelled for the generic rule). */
export const GENERIC_NAMES = [
  'DB_PASSWORD',
  'ADMIN_PASSWORD',
  'API_KEY',
  'CLIENT_SECRET',
  'AUTH_TOKEN',
  'SECRET_KEY',
  'SMTP_PASSWORD',
  'ACCESS_TOKEN',
  'APP_SECRET',
  'JWT_SECRET',
  'SERVICE_API_KEY',
  'REDIS_PASSWORD',
];
