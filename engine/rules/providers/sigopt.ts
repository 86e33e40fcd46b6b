// SigOpt: sigOpt API token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

export const sigoptRules: Rule[] = [
  contextRule({
    id: 'sigopt-api-token',
    provider: 'SigOpt',
    family: 'ai',
    description: 'SigOpt API token',
    names: ['sigopt'],
    keywords: ['sigopt'],
    value: '[A-Z0-9]{48}',
    envName: 'SIGOPT_API_TOKEN',
    docsUrl: 'https://docs.sigopt.com/',
    revocationUrl: null,
    revocationNote: 'SigOpt has no public revocation link: regenerate (reset) the key in your SigOpt account (API tokens), then update every place that uses it.',
    sample: (g) => g.chars(UPPER_ALNUM, 48),
  }),
];
