// RiteKit: riteKit API client key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const ritekitRules: Rule[] = [
  contextRule({
    id: 'ritekit-client-id',
    provider: 'RiteKit',
    family: 'saas',
    description: 'RiteKit API client key',
    names: ['ritekit'],
    keywords: ['ritekit'],
    value: '[a-f0-9]{44}',
    envName: 'RITEKIT_CLIENT_ID',
    docsUrl: 'https://documenter.getpostman.com/view/2010712/SzS7Qku5',
    revocationUrl: 'https://ritekit.com/developer/dashboard/',
    sample: (g) => g.hex(44),
  }),
];
