// Blynk: Blynk device auth token.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const blynkRules: Rule[] = [
  contextRule({
    id: 'blynk-auth-token',
    provider: 'Blynk',
    family: 'infrastructure',
    description: 'Blynk device auth token',
    names: ['blynk[a-z_-]{0,12}(?:token|auth)'],
    keywords: ['blynk'],
    value: '[A-Za-z0-9_-]{32}',
    envName: 'BLYNK_AUTH_TOKEN',
    docsUrl: 'https://docs.blynk.io/en/blynk.cloud/device-https-api',
    revocationUrl: null,
    revocationNote: 'Generate a new auth token under the device → Device info, and re-provision the device with it.',
    sample: (g) => g.base64url(32),
  }),
];
