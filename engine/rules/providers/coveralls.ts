// Coveralls repo tokens: 32–37 characters under COVERALLS_REPO_TOKEN.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const coverallsRules: Rule[] = [
  contextRule({
    id: 'coveralls-repo-token',
    provider: 'Coveralls',
    family: 'infrastructure',
    description: 'Coveralls repo token',
    names: ['coveralls'],
    keywords: ['coveralls'],
    value: '[A-Za-z0-9]{32,37}',
    envName: 'COVERALLS_REPO_TOKEN',
    docsUrl: 'https://docs.coveralls.io/api-introduction',
    revocationUrl: null,
    revocationNote: "Regenerate the repo token on the repository's Coveralls settings page.",
    sample: (g) => `${g.alnum(33)}`,
    negatives: (g) => [`COVERALLS_REPO_TOKEN="${g.alnum(45)}"` /* too long */, `COVERALLS_REPO_TOKEN="${g.alnum(16)}-${g.alnum(16)}"` /* a dash inside */],
  }),
];
