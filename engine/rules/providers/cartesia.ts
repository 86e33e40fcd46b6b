// Cartesia (voice AI): API keys start with `sk_car_`.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const cartesiaRules: Rule[] = [
  tokenRule({
    id: 'cartesia-api-key',
    provider: 'Cartesia',
    family: 'ai',
    description: 'Cartesia API key',
    prefix: 'sk_car_',
    body: '[A-Za-z0-9]{20,40}',
    envName: 'CARTESIA_API_KEY',
    docsUrl: 'https://docs.cartesia.ai/get-started/make-an-api-request',
    revocationUrl: 'https://play.cartesia.ai/keys',
    sample: (g) => `sk_car_${g.alnum(24)}`,
    negatives: (g) => [
      `CARTESIA_API_KEY="SK_CAR_${g.alnum(24)}"`, // prefix in the wrong case
    ],
  }),
];
