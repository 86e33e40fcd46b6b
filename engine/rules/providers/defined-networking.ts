// Defined Networking (managed Nebula): API keys are `dnkey-` + 26 + `-` + 52 characters.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const definedNetworkingRules: Rule[] = [
  tokenRule({
    id: 'defined-networking-api-key',
    provider: 'Defined Networking',
    family: 'infrastructure',
    description: 'Defined Networking (Managed Nebula) API key',
    prefix: 'dnkey-',
    body: '[A-Za-z0-9=_]{26}-[A-Za-z0-9=_]{52}',
    envName: 'DN_API_KEY',
    docsUrl: 'https://docs.defined.net/guides/automation/creating-an-api-key/',
    revocationUrl: 'https://admin.defined.net/settings/api-keys',
    sample: (g) => `dnkey-${g.alnum(26)}-${g.alnum(52)}`,
    negatives: (g) => [
      `DN_API_KEY="DNKEY-${g.alnum(26)}-${g.alnum(52)}"`, // prefix in the wrong case
      `DN_API_KEY="dnkey-${g.alnum(26)}${g.alnum(52)}"` /* no separator */,
    ],
  }),
];
