// TMetric: tMetric API token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

export const tmetricRules: Rule[] = [
  contextRule({
    id: 'tmetric-api-token',
    provider: 'TMetric',
    family: 'saas',
    description: 'TMetric API token',
    names: ['tmetric'],
    keywords: ['tmetric'],
    value: '[A-Z0-9]{64}',
    envName: 'TMETRIC_API_TOKEN',
    docsUrl: 'https://app.tmetric.com/api-docs/',
    revocationUrl: 'https://app.tmetric.com/#/profile',
    sample: (g) => g.chars(UPPER_ALNUM, 64),
  }),
];
