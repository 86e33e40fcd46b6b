// Code Climate test reporter IDs: 64 hex digits under CC_TEST_REPORTER_ID.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const codeClimateRules: Rule[] = [
  contextRule({
    id: 'codeclimate-test-reporter-id',
    provider: 'Code Climate',
    family: 'infrastructure',
    description: 'Code Climate test reporter ID',
    names: ['cc[_-]?test[_-]?reporter[_-]?id', 'codeclimate[_-]?(?:repo[_-]?token|reporter)'],
    keywords: ['cc_test', 'cc-test', 'cctest', 'codeclimate'],
    value: '[a-fA-F0-9]{64}',
    envName: 'CC_TEST_REPORTER_ID',
    docsUrl: 'https://docs.codeclimate.com/docs/finding-your-test-coverage-token',
    revocationUrl: null,
    revocationNote: "Regenerate the test reporter ID in the repository's Repo Settings → Test coverage.",
    sample: (g) => g.hex(64),
    negatives: (g) => [
      `CC_TEST_REPORTER_ID="${g.hex(67)}"`, // too long
      `CC_TEST_REPORTER_ID="${g.hex(63)}g"`, // outside the hex alphabet
    ],
  }),
];
