// OneSignal v2 REST API keys: `os_v2_app_` (app) or `os_v2_org_` (organization) and a lower-case base32 body.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const onesignalRules: Rule[] = [
  tokenRule({
    id: 'onesignal-api-key',
    provider: 'OneSignal',
    family: 'messaging',
    description: 'OneSignal REST API key (v2)',
    prefix: ['os_v2_app_', 'os_v2_org_'],
    body: '[a-z2-7]{80,130}',
    envName: 'ONESIGNAL_REST_API_KEY',
    docsUrl: 'https://documentation.onesignal.com/docs/keys-and-ids',
    revocationUrl: 'https://dashboard.onesignal.com/',
    revocationNote: 'Rotate or delete the key under Settings → Keys & IDs in the OneSignal dashboard.',
    sample: (g) => `os_v2_app_${g.chars('abcdefghijklmnopqrstuvwxyz234567', 103)}`,
  }),
];
