// Fleetbase (logistics): live API keys are `flb_live_` + 20 characters.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const fleetbaseRules: Rule[] = [
  tokenRule({
    id: 'fleetbase-api-key',
    provider: 'Fleetbase',
    family: 'saas',
    description: 'Fleetbase live API key',
    prefix: 'flb_live_',
    body: '[A-Za-z0-9]{20}',
    envName: 'FLEETBASE_API_KEY',
    docsUrl: 'https://docs.fleetbase.io/developers/api-keys',
    revocationUrl: null,
    revocationNote: 'Roll the key in Fleetbase Console → Developers → API Keys.',
    sample: (g) => `flb_live_${g.alnum(20)}`,
    negatives: (g) => [
      `FLEETBASE_API_KEY="FLB_LIVE_${g.alnum(20)}"`, // prefix in the wrong case
    ],
  }),
];
