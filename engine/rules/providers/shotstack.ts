// Shotstack: shotstack API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const shotstackRules: Rule[] = [
  contextRule({
    id: 'shotstack-api-key',
    provider: 'Shotstack',
    family: 'saas',
    description: 'Shotstack API key',
    names: ['shotstack'],
    keywords: ['shotstack'],
    value: '[A-Za-z0-9]{40}',
    envName: 'SHOTSTACK_API_KEY',
    docsUrl: 'https://shotstack.io/docs/guide/getting-started/',
    revocationUrl: 'https://dashboard.shotstack.io/keys',
    sample: (g) => g.alnum(40),
  }),
];
