// aviationstack: aviationstack API access key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const aviationstackRules: Rule[] = [
  contextRule({
    id: 'aviationstack-access-key',
    provider: 'aviationstack',
    family: 'saas',
    description: 'aviationstack API access key',
    names: ['aviation[_-]?stack'],
    keywords: ['aviationstack', 'aviation_stack', 'aviation-stack'],
    value: '[a-f0-9]{32}',
    envName: 'AVIATIONSTACK_ACCESS_KEY',
    docsUrl: 'https://aviationstack.com/documentation',
    revocationUrl: 'https://aviationstack.com/dashboard',
    sample: (g) => g.hex(32),
  }),
];
