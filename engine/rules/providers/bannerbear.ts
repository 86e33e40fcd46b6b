// Bannerbear: Bannerbear project API key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const bannerbearRules: Rule[] = [
  contextRule({
    id: 'bannerbear-api-key',
    provider: 'Bannerbear',
    family: 'saas',
    description: 'Bannerbear project API key',
    names: ['bannerbear'],
    keywords: ['bannerbear'],
    value: '[A-Za-z0-9]{22}tt',
    envName: 'BANNERBEAR_API_KEY',
    docsUrl: 'https://developers.bannerbear.com/#authentication',
    revocationUrl: null,
    revocationNote: 'Reset the project API key under the project → Settings in Bannerbear.',
    sample: (g) => `${g.alnum(22)}tt`,
  }),
];
