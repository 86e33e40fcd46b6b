// Bitrise: Bitrise personal access token / workspace API token.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const bitriseRules: Rule[] = [
  contextRule({
    id: 'bitrise-access-token',
    provider: 'Bitrise',
    family: 'infrastructure',
    description: 'Bitrise personal access token / workspace API token',
    names: ['bitrise[a-z_-]{0,12}(?:token|pat|api[_-]?key)'],
    keywords: ['bitrise'],
    value: '[A-Za-z0-9_-]{60,100}',
    envName: 'BITRISE_TOKEN',
    docsUrl: 'https://devcenter.bitrise.io/en/accounts/personal-access-tokens.html',
    revocationUrl: 'https://app.bitrise.io/me/account/security',
    sample: (g) => g.base64url(86),
  }),
];
