// YNAB (You Need A Budget): yNAB personal access token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const ynabRules: Rule[] = [
  contextRule({
    id: 'ynab-access-token',
    provider: 'YNAB (You Need A Budget)',
    family: 'payments',
    description: 'YNAB personal access token',
    names: ['ynab', 'youneedabudget'],
    keywords: ['ynab', 'youneedabudget'],
    value: '[a-f0-9]{64}',
    envName: 'YNAB_ACCESS_TOKEN',
    docsUrl: 'https://api.ynab.com/#authentication',
    revocationUrl: 'https://app.ynab.com/settings/developer',
    sample: (g) => g.hex(64),
  }),
];
