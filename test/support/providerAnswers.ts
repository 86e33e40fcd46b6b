// How each provider answers its validity check, as its documentation describes it (status codes and body
// shapes), for the local HTTPS server of the live-check tests. Written from the providers' API references,
// independently of engine/verify/verifiers.ts: `presented` says how the provider expects to receive the key
// (the header or path it reads), so a wrong header or scheme in a verifier fails its test.
import type { ExampleGen } from '../../engine/types';

export interface Answer {
  status: number;
  body: string;
  contentType?: string;
}

/** What the provider reads the credential from. */
export type Presented = { header: string; value: string } | { basic: string } | { path: string } | { sigv4: true };

export interface ProviderAnswers {
  live: Answer;
  rejected: Answer;
  /** Text placed before the rule's example: what the check finds next to the secret (built at test time). */
  context?(g: ExampleGen): { text: string; values: Record<string, string> };
  /** How this provider receives the key (`values` are the context's). */
  presented(secret: string, values: Record<string, string>): Presented;
}

const json = (status: number, body: unknown): Answer => ({ status, body: JSON.stringify(body), contentType: 'application/json' });
const text = (status: number, body: string): Answer => ({ status, body, contentType: 'text/plain' });
const bearer = (secret: string): Presented => ({ header: 'authorization', value: `Bearer ${secret}` });
const BASE32_UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

const modelList = json(200, { object: 'list', data: [{ id: 'some-model', object: 'model', owned_by: 'system' }] });
const openAiStyle401 = json(401, { error: { message: 'Incorrect API key provided.', type: 'invalid_request_error', param: null, code: 'invalid_api_key' } });

const awsContextKeyId = (g: ExampleGen) => {
  const id = `AKIA${g.chars(BASE32_UPPER, 16)}`;
  return { text: `aws_access_key_id = ${id}\n`, values: { accessKeyId: id } };
};

export const PROVIDER_ANSWERS: Record<string, ProviderAnswers> = {
  github: {
    live: json(200, { resources: { core: { limit: 5000, used: 1, remaining: 4999, reset: 1767225600 } }, rate: { limit: 5000, used: 1, remaining: 4999, reset: 1767225600 } }),
    rejected: json(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' }),
    presented: bearer,
  },
  gitlab: {
    live: json(200, { id: 4, name: 'ci', revoked: false, scopes: ['read_api'], active: true, expires_at: '2027-01-01' }),
    rejected: json(401, { message: '401 Unauthorized' }),
    presented: (s) => ({ header: 'private-token', value: s }),
  },
  slack: {
    live: json(200, { ok: true, url: 'https://acme.slack.com/', team: 'Acme', user: 'deploy-bot', team_id: 'T0001', user_id: 'U0001' }),
    rejected: json(200, { ok: false, error: 'invalid_auth' }),
    presented: bearer,
  },
  stripe: {
    live: json(200, { object: 'balance', available: [{ amount: 0, currency: 'usd' }], livemode: true, pending: [] }),
    rejected: json(401, { error: { message: 'Invalid API Key provided.', type: 'invalid_request_error' } }),
    presented: bearer,
  },
  openai: { live: modelList, rejected: openAiStyle401, presented: bearer },
  'openai-admin': { live: json(200, { object: 'list', data: [], first_id: null, last_id: null, has_more: false }), rejected: openAiStyle401, presented: bearer },
  anthropic: {
    live: json(200, { data: [{ type: 'model', id: 'claude-sonnet-4-20250514', display_name: 'Claude Sonnet 4' }], has_more: false }),
    rejected: json(401, { type: 'error', error: { type: 'authentication_error', message: 'invalid x-api-key' } }),
    presented: (s) => ({ header: 'x-api-key', value: s }),
  },
  'anthropic-admin': {
    live: json(200, { data: [], has_more: false, first_id: null, last_id: null }),
    rejected: json(401, { type: 'error', error: { type: 'authentication_error', message: 'invalid x-api-key' } }),
    presented: (s) => ({ header: 'x-api-key', value: s }),
  },
  'aws-sts': {
    live: text(
      200,
      '<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult><Arn>arn:aws:iam::123456789012:user/ci</Arn><UserId>ci-user</UserId><Account>123456789012</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata></GetCallerIdentityResponse>',
    ),
    // The server picks InvalidClientTokenId or SignatureDoesNotMatch itself (see providerServer.ts).
    rejected: text(403, ''),
    context: awsContextKeyId,
    presented: () => ({ sigv4: true }),
  },
  'aws-sts-key-id': {
    live: text(
      200,
      '<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult><Account>123456789012</Account></GetCallerIdentityResult></GetCallerIdentityResponse>',
    ),
    rejected: text(403, ''),
    context: (g) => {
      const secret = g.base64(40);
      return { text: `aws_secret_access_key = ${secret}\n`, values: { secretAccessKey: secret } };
    },
    presented: () => ({ sigv4: true }),
  },
  'google-api-key': {
    live: json(200, { models: [{ name: 'models/gemini-2.0-flash', displayName: 'Gemini 2.0 Flash' }], nextPageToken: 'p2' }),
    rejected: json(400, {
      error: {
        code: 400,
        message: 'API key not valid. Please pass a valid API key.',
        status: 'INVALID_ARGUMENT',
        details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'API_KEY_INVALID', domain: 'googleapis.com' }],
      },
    }),
    presented: (s) => ({ header: 'x-goog-api-key', value: s }),
  },
  sendgrid: {
    live: json(200, { scopes: ['mail.send', 'user.profile.read'] }),
    rejected: json(401, { errors: [{ field: null, message: 'authorization required' }] }),
    presented: bearer,
  },
  twilio: {
    live: json(200, { friendly_name: 'Acme', status: 'active', type: 'Full' }),
    rejected: json(401, { code: 20003, message: 'Authenticate', more_info: 'https://www.twilio.com/docs/errors/20003', status: 401 }),
    context: (g) => {
      const sid = `AC${g.hex(32)}`;
      return { text: `TWILIO_ACCOUNT_SID=${sid}\n`, values: { accountSid: sid } };
    },
    presented: (s, v) => ({ basic: `${v.accountSid}:${s}` }),
  },
  mailgun: {
    live: json(200, { total_count: 1, items: [{ name: 'mg.example.com', state: 'active' }] }),
    rejected: text(401, 'Forbidden'),
    presented: (s) => ({ basic: `api:${s}` }),
  },
  npm: {
    live: json(200, { username: 'acme-ci' }),
    rejected: json(401, {}),
    presented: bearer,
  },
  datadog: {
    live: json(200, { valid: true }),
    rejected: json(403, { errors: ['Forbidden'] }),
    presented: (s) => ({ header: 'dd-api-key', value: s }),
  },
  heroku: {
    live: json(200, { email: 'dev@example.com', verified: true }),
    rejected: json(401, { id: 'unauthorized', message: 'Invalid credentials provided.' }),
    presented: bearer,
  },
  digitalocean: {
    live: json(200, { account: { droplet_limit: 25, email: 'dev@example.com', status: 'active' } }),
    rejected: json(401, { id: 'Unauthorized', message: 'Unable to authenticate you.' }),
    presented: bearer,
  },
  shopify: {
    live: json(200, { access_scopes: [{ handle: 'read_products' }] }),
    rejected: json(401, { errors: '[API] Invalid API key or access token (unrecognized login or wrong password)' }),
    context: () => ({ text: 'SHOPIFY_STORE_DOMAIN=acme-test.myshopify.com\n', values: { shop: 'acme-test' } }),
    presented: (s) => ({ header: 'x-shopify-access-token', value: s }),
  },
  'discord-bot': {
    live: json(200, { id: '80351110224678912', username: 'deploy-bot', bot: true }),
    rejected: json(401, { message: '401: Unauthorized', code: 0 }),
    presented: (s) => ({ header: 'authorization', value: `Bot ${s}` }),
  },
  'discord-webhook': {
    live: json(200, { type: 1, name: 'deploys', channel_id: '199737254929760256' }),
    rejected: json(401, { message: 'Invalid Webhook Token', code: 50027 }),
    presented: (s) => ({ path: new URL(s).pathname }),
  },
  telegram: {
    live: json(200, { ok: true, result: { id: 1, is_bot: true, first_name: 'Acme', username: 'acme_bot' } }),
    rejected: json(401, { ok: false, error_code: 401, description: 'Unauthorized' }),
    presented: (s) => ({ path: `/bot${s}/getMe` }),
  },
  notion: {
    live: json(200, { object: 'user', id: 'u-1', type: 'bot', bot: {} }),
    rejected: json(401, { object: 'error', status: 401, code: 'unauthorized', message: 'API token is invalid.' }),
    presented: bearer,
  },
  atlassian: {
    live: json(200, { accountId: 'a-1', emailAddress: 'dev@example.com', active: true }),
    rejected: text(401, 'Client must be authenticated to access this resource.'),
    context: () => ({ text: 'JIRA_BASE_URL=https://acme.atlassian.net\nJIRA_USER_EMAIL=dev@example.com\n', values: { site: 'acme', email: 'dev@example.com' } }),
    presented: (s, v) => ({ basic: `${v.email}:${s}` }),
  },
  'azure-devops': {
    live: json(200, { displayName: 'Dev', publicAlias: 'p-1', emailAddress: 'dev@example.com' }),
    rejected: text(401, ''),
    presented: (s) => ({ basic: `:${s}` }),
  },
  huggingface: {
    live: json(200, { type: 'user', name: 'acme', auth: { type: 'access_token', accessToken: { displayName: 'ci', role: 'read' } } }),
    rejected: json(401, { error: 'Invalid credentials in Authorization header' }),
    presented: bearer,
  },
  cloudflare: {
    live: json(200, { result: { id: 't-1', status: 'active' }, success: true, errors: [], messages: [{ code: 10000, message: 'This API Token is valid and active' }] }),
    rejected: json(401, { success: false, errors: [{ code: 1000, message: 'Invalid API Token' }], messages: [], result: null }),
    presented: bearer,
  },
  fastly: {
    live: json(200, { id: 't-1', name: 'ci', scope: 'global:read' }),
    rejected: json(401, { msg: 'Provided credentials are missing or invalid' }),
    presented: (s) => ({ header: 'fastly-key', value: s }),
  },
  buildkite: {
    live: json(200, { uuid: 't-1', scopes: ['read_builds'] }),
    rejected: json(401, { message: 'Authentication required. Please supply a valid API Access Token' }),
    presented: bearer,
  },
  openrouter: {
    live: json(200, { data: { label: 'ci', usage: 0, limit: null, is_free_tier: false } }),
    rejected: json(401, { error: { message: 'No auth credentials found', code: 401 } }),
    presented: bearer,
  },
  groq: { live: modelList, rejected: openAiStyle401, presented: bearer },
  mistral: { live: modelList, rejected: json(401, { message: 'Unauthorized', request_id: 'r-1' }), presented: bearer },
  deepseek: { live: modelList, rejected: json(401, { error: { message: 'Authentication Fails', type: 'authentication_error' } }), presented: bearer },
  together: { live: modelList, rejected: openAiStyle401, presented: bearer },
  replicate: {
    live: json(200, { type: 'user', username: 'acme', name: 'Acme' }),
    rejected: json(401, { title: 'Unauthenticated', detail: 'You did not pass a valid authentication token', status: 401 }),
    presented: bearer,
  },
  elevenlabs: {
    live: json(200, { subscription: { tier: 'free' }, is_new_user: false }),
    rejected: json(401, { detail: { status: 'invalid_api_key', message: 'Invalid API key' } }),
    presented: (s) => ({ header: 'xi-api-key', value: s }),
  },
  stability: {
    live: json(200, { email: 'dev@example.com', id: 'user-1', organizations: [] }),
    rejected: json(401, { id: 'e-1', name: 'unauthorized', message: 'missing authorization header' }),
    presented: bearer,
  },
  deepgram: {
    live: json(200, { projects: [{ project_id: 'p-1', name: 'Acme' }] }),
    rejected: json(401, { err_code: 'INVALID_AUTH', err_msg: 'Invalid credentials.' }),
    presented: (s) => ({ header: 'authorization', value: `Token ${s}` }),
  },
  pinecone: {
    live: json(200, { indexes: [] }),
    rejected: json(401, { error: { code: 'UNAUTHENTICATED', message: 'Invalid API Key' }, status: 401 }),
    presented: (s) => ({ header: 'api-key', value: s }),
  },
  mailchimp: {
    live: json(200, { health_status: "Everything's Chimpy!" }),
    rejected: json(401, { title: 'API Key Invalid', status: 401, detail: "Your API key may be invalid, or you've attempted to access the wrong datacenter." }),
    presented: (s) => ({ basic: `hush:${s}` }),
  },
  postmark: {
    live: json(200, { ID: 1, Name: 'Acme Production' }),
    rejected: json(401, { ErrorCode: 10, Message: 'Request does not contain a valid Server token.' }),
    presented: (s) => ({ header: 'x-postmark-server-token', value: s }),
  },
  brevo: {
    live: json(200, { email: 'dev@example.com', companyName: 'Acme' }),
    rejected: json(401, { code: 'unauthorized', message: 'Key not found' }),
    presented: (s) => ({ header: 'api-key', value: s }),
  },
  netlify: { live: json(200, { id: 'u-1', email: 'dev@example.com' }), rejected: json(401, { code: 401, message: 'Access Denied' }), presented: bearer },
  airtable: {
    live: json(200, { id: 'usr-1', scopes: ['data.records:read'] }),
    rejected: json(401, { error: { type: 'AUTHENTICATION_REQUIRED', message: 'Authentication required' } }),
    presented: bearer,
  },
  asana: { live: json(200, { data: { gid: '1', name: 'Dev', resource_type: 'user' } }), rejected: json(401, { errors: [{ message: 'Not Authorized' }] }), presented: bearer },
  figma: {
    live: json(200, { id: '1', handle: 'dev', email: 'dev@example.com' }),
    rejected: json(403, { status: 403, err: 'Invalid token' }),
    presented: (s) => ({ header: 'x-figma-token', value: s }),
  },
  linode: { live: json(200, { username: 'dev', email: 'dev@example.com' }), rejected: json(401, { errors: [{ reason: 'Invalid Token' }] }), presented: bearer },
  doppler: {
    live: json(200, { name: 'ci', type: 'service_token', workplace: { name: 'Acme' } }),
    rejected: json(401, { messages: ['Invalid Auth token'], success: false }),
    presented: bearer,
  },
  circleci: {
    live: json(200, { id: 'u-1', login: 'dev', name: 'Dev' }),
    rejected: json(401, { message: 'You must log in first.' }),
    presented: (s) => ({ header: 'circle-token', value: s }),
  },
  'terraform-cloud': {
    live: json(200, { data: { id: 'user-1', type: 'users', attributes: { username: 'dev' } } }),
    rejected: json(401, { errors: [{ status: '401', title: 'unauthorized' }] }),
    presented: bearer,
  },
  pulumi: {
    live: json(200, { name: 'Dev', githubLogin: 'dev' }),
    rejected: json(401, { code: 401, message: 'Unauthorized: No credentials provided or are invalid.' }),
    presented: (s) => ({ header: 'authorization', value: `token ${s}` }),
  },
  dropbox: {
    live: json(200, { account_id: 'dbid:1', email: 'dev@example.com' }),
    rejected: json(401, { error_summary: 'invalid_access_token/..', error: { '.tag': 'invalid_access_token' } }),
    presented: bearer,
  },
  postman: {
    live: json(200, { user: { id: 1, username: 'dev' } }),
    rejected: json(401, { error: { name: 'AuthenticationError', message: 'Invalid API Key. Every request requires a valid API Key to be sent.' } }),
    presented: (s) => ({ header: 'x-api-key', value: s }),
  },
  typeform: {
    live: json(200, { alias: 'dev', email: 'dev@example.com', language: 'en' }),
    rejected: json(401, { code: 'AUTHENTICATION_FAILED', description: 'Authentication credentials not found on the Request Headers' }),
    presented: bearer,
  },
  vultr: { live: json(200, { account: { name: 'Dev', email: 'dev@example.com', balance: 0 } }), rejected: json(401, { error: 'Invalid API token.', status: 401 }), presented: bearer },
  render: { live: json(200, [{ owner: { id: 'own-1', name: 'Acme', type: 'team' }, cursor: 'c' }]), rejected: json(401, { message: 'unauthorized' }), presented: bearer },
  snyk: {
    live: json(200, { data: { type: 'user', id: 'u-1', attributes: { name: 'Dev' } } }),
    rejected: json(401, { errors: [{ status: '401', detail: 'Unauthorized' }] }),
    presented: (s) => ({ header: 'authorization', value: `token ${s}` }),
  },
  pagerduty: {
    live: json(200, { abilities: ['teams', 'read_only_users'] }),
    rejected: json(401, { error: { message: 'Authentication failed', code: 2006 } }),
    presented: (s) => ({ header: 'authorization', value: `Token token=${s}` }),
  },
  launchdarkly: {
    live: json(200, { accountId: 'a-1', tokenKind: 'auth', authKind: 'token' }),
    rejected: json(401, { code: 'unauthorized', message: 'Invalid access token' }),
    presented: (s) => ({ header: 'authorization', value: s }),
  },
  honeycomb: {
    live: json(200, { id: 'k-1', type: 'configuration', team: { name: 'Acme', slug: 'acme' } }),
    rejected: json(401, { error: 'unknown API key - check your credentials' }),
    presented: (s) => ({ header: 'x-honeycomb-team', value: s }),
  },
  square: {
    live: json(200, { merchant: { id: 'M1', business_name: 'Acme', status: 'ACTIVE' } }),
    rejected: json(401, { errors: [{ category: 'AUTHENTICATION_ERROR', code: 'UNAUTHORIZED', detail: 'This request could not be authorized.' }] }),
    presented: bearer,
  },
  paystack: {
    live: json(200, { status: true, message: 'Balances retrieved', data: [{ currency: 'NGN', balance: 0 }] }),
    rejected: json(401, { status: false, message: 'Invalid key' }),
    presented: bearer,
  },
  intercom: {
    live: json(200, { type: 'admin', id: '1', email: 'dev@example.com' }),
    rejected: json(401, { type: 'error.list', errors: [{ code: 'unauthorized', message: 'Access Token Invalid' }] }),
    presented: bearer,
  },
  hubspot: {
    live: json(200, { portalId: 123, accountType: 'STANDARD', timeZone: 'UTC' }),
    rejected: json(401, { status: 'error', message: 'Authentication credentials not found.', category: 'INVALID_AUTHENTICATION' }),
    presented: bearer,
  },
  contentful: {
    live: json(200, { firstName: 'Dev', email: 'dev@example.com', sys: { type: 'User', id: 'u-1' } }),
    rejected: json(401, { sys: { type: 'Error', id: 'AccessTokenInvalid' }, message: 'The access token you sent could not be found or is invalid.' }),
    presented: bearer,
  },
  webflow: {
    live: json(200, { authorization: { id: 'a-1', authorizedTo: { siteIds: [] } }, application: { id: 'app-1' } }),
    rejected: json(401, { code: 'not_authorized', message: 'Request not authorized' }),
    presented: bearer,
  },
  mapbox: {
    live: json(200, { code: 'TokenValid', token: { usage: 'sk', user: 'acme' } }),
    rejected: json(401, { code: 'TokenInvalid', token: {} }),
    presented: (s) => ({ path: `/tokens/v2?access_token=${s}` }),
  },
};
