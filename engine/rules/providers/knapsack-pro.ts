// Knapsack Pro test suite tokens: 32 hex digits.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const knapsackProRules: Rule[] = [
  contextRule({
    id: 'knapsack-pro-test-suite-token',
    provider: 'Knapsack Pro',
    family: 'infrastructure',
    description: 'Knapsack Pro test suite token',
    names: ['knapsack[_-]?pro'],
    keywords: ['knapsack-pro', 'knapsack_pro', 'knapsackpro'],
    value: '[a-fA-F0-9]{32}',
    envName: 'KNAPSACK_PRO_TEST_SUITE_TOKEN',
    docsUrl: 'https://docs.knapsackpro.com/',
    revocationUrl: null,
    revocationNote: 'Regenerate the API token of the test suite in the Knapsack Pro dashboard.',
    sample: (g) => g.hex(32),
    negatives: (g) => [
      `KNAPSACK_PRO_TEST_SUITE_TOKEN="${g.hex(35)}"`, // too long
      `KNAPSACK_PRO_TEST_SUITE_TOKEN="${g.hex(31)}g"`, // outside the hex alphabet
    ],
  }),
];
