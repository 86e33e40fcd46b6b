// GC Notify API keys: `gcntfy-`, the key name, then the service UUID and the secret UUID.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const gcNotifyRules: Rule[] = [
  tokenRule({
    id: 'gc-notify-api-key',
    provider: 'GC Notify (Canadian Digital Service)',
    family: 'messaging',
    description: 'GC Notify API key',
    prefix: 'gcntfy-',
    body: '[A-Za-z0-9_-]{74,160}',
    validate: (s) => /-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(s),
    envName: 'NOTIFY_API_KEY',
    docsUrl: 'https://documentation.notification.canada.ca/en/keys.html',
    revocationUrl: null,
    revocationNote: 'Revoke the key in GC Notify → API integration → API keys and create a new one.',
    sample: (g) => `gcntfy-my-service-key-${g.uuid()}-${g.uuid()}`,
    negatives: (g) => [
      `NOTIFY_API_KEY="GCNTFY-MY-SERVICE-KEY-${g.uuid()}-${g.uuid()}"`, // prefix in the wrong case
      `NOTIFY_API_KEY="gcntfy-my-service-key-${g.hex(80)}"` /* no UUIDs */,
    ],
  }),
];
