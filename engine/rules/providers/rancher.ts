// Rancher API tokens: `token-` and a 5-character id, a colon and a 54-character secret.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

export const rancherRules: Rule[] = [
  tokenRule({
    id: 'rancher-api-token',
    provider: 'Rancher',
    family: 'infrastructure',
    description: 'Rancher API bearer token',
    prefix: 'token-',
    body: '[a-z0-9]{5}:[a-z0-9]{54}',
    envName: 'RANCHER_TOKEN',
    docsUrl: 'https://ranchermanager.docs.rancher.com/reference-guides/user-settings/api-keys',
    revocationUrl: null,
    revocationNote: 'Delete the API key in Rancher (user avatar → Account & API Keys) and create a new one.',
    sample: (g) => `token-${g.chars(LOWER_ALNUM, 5)}:${g.chars(LOWER_ALNUM, 54)}`,
  }),
];
