// Branch: Branch.io API secret.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const branchRules: Rule[] = [
  contextRule({
    id: 'branch-secret-key',
    provider: 'Branch',
    family: 'saas',
    description: 'Branch.io API secret',
    names: ['branch[a-z_-]{0,12}secret'],
    keywords: ['branch'],
    value: 'secret_live_[A-Za-z0-9]{32}',
    envName: 'BRANCH_SECRET',
    docsUrl: 'https://help.branch.io/developers-hub/reference/branch-keys-and-secret',
    revocationUrl: null,
    revocationNote: 'Reset the Branch secret under Account settings → Profile (Branch key & secret) in the Branch dashboard.',
    sample: (g) => `secret_live_${g.alnum(32)}`,
    negatives: (g) => [`BRANCH_SECRET=secret_test_${g.alnum(32)}`],
  }),
];
