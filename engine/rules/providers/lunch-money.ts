// Lunch Money (budgeting) access tokens: 50 hex digits.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const lunchMoneyRules: Rule[] = [
  contextRule({
    id: 'lunch-money-access-token',
    provider: 'Lunch Money',
    family: 'payments',
    description: 'Lunch Money access token',
    names: ['lunch[_-]?money'],
    keywords: ['lunch-money', 'lunch_money', 'lunchmoney'],
    value: '[a-fA-F0-9]{50}',
    envName: 'LUNCHMONEY_ACCESS_TOKEN',
    docsUrl: 'https://lunchmoney.dev/#authentication',
    revocationUrl: 'https://my.lunchmoney.app/developers',
    sample: (g) => g.hex(50),
    negatives: (g) => [
      `LUNCHMONEY_ACCESS_TOKEN="${g.hex(53)}"`, // too long
      `LUNCHMONEY_ACCESS_TOKEN="${g.hex(49)}g"`, // outside the hex alphabet
    ],
  }),
];
