// Cisco Webex: bot and integration access tokens (64 characters, 4, then the org UUID) named by the provider, and incoming webhook URLs (the base64 of a `ciscospark://` id).
import type { Rule } from '../../types';
import { contextRule, tokenRule, UUID } from '../ruleBuilders';
import { decodeBase64Text } from '../credentialFiles';
import { standardBase64 } from '../../validators/base64Segment';

/** The webhook id is the last path segment, base64 (URL-safe or not, padding optional). */
const webhookId = (url: string) => standardBase64(url.slice(url.lastIndexOf('/') + 1).replace(/=+$/, ''));

export const webexRules: Rule[] = [
  contextRule({
    id: 'webex-access-token',
    provider: 'Webex (Cisco)',
    family: 'messaging',
    description: 'Cisco Webex bot or integration access token',
    names: ['webex', 'ciscospark', 'cisco[_.-]spark'],
    keywords: ['webex', 'ciscospark', 'cisco_spark', 'cisco-spark', 'cisco.spark'],
    value: `[A-Za-z0-9]{64}_[A-Za-z0-9]{4}_${UUID}`,
    envName: 'WEBEX_ACCESS_TOKEN',
    docsUrl: 'https://developer.webex.com/docs/getting-started',
    revocationUrl: 'https://developer.webex.com/my-apps',
    sample: (g) => `${g.alnum(64)}_${g.alnum(4)}_${g.uuid()}`,
  }),
  tokenRule({
    id: 'webex-incoming-webhook-url',
    provider: 'Webex (Cisco)',
    family: 'messaging',
    description: 'Cisco Webex incoming webhook URL',
    prefix: ['https://webexapis.com/v1/webhooks/incoming/', 'https://api.ciscospark.com/v1/webhooks/incoming/'],
    body: '[A-Za-z0-9+/_-]{60,200}={0,2}',
    end: 'A-Za-z0-9_+/=-',
    validate: (url) => (decodeBase64Text(webhookId(url)) ?? '').startsWith('ciscospark://'),
    envName: 'WEBEX_WEBHOOK_URL',
    docsUrl: 'https://developer.webex.com/docs/api/v1/webhooks/incoming',
    revocationUrl: null,
    revocationNote: 'Delete the incoming webhook in the Incoming Webhooks app (Webex App Hub) and create a new one.',
    sample: (g) => `https://webexapis.com/v1/webhooks/incoming/${btoa(`ciscospark://us/WEBHOOK/${g.uuid()}`).replace(/=+$/, '')}`,
    negatives: (g) => [`https://webexapis.com/v1/webhooks/incoming/${g.base64url(80)}`],
  }),
];
