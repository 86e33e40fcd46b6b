// IP Geolocation API by IPify (WhoisXML): keys are `at_` + 29 characters.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const ipifyRules: Rule[] = [
  contextRule({
    id: 'ipify-api-key',
    provider: 'IPify',
    family: 'saas',
    description: 'IPify geolocation API key',
    names: ['ipify'],
    keywords: ['ipify'],
    value: 'at_[A-Za-z0-9]{29}',
    maskPrefix: /^at_/,
    envName: 'IPIFY_API_KEY',
    docsUrl: 'https://geo.ipify.org/docs',
    revocationUrl: 'https://geo.ipify.org/subscriptions',
    sample: (g) => `at_${g.alnum(29)}`,
    negatives: (g) => [`IPIFY_API_KEY="at_${g.alnum(20)}"` /* short */],
  }),
];
