// Scrutinizer CI: scrutinizer CI access token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

export const scrutinizerRules: Rule[] = [
  contextRule({
    id: 'scrutinizer-access-token',
    provider: 'Scrutinizer CI',
    family: 'infrastructure',
    description: 'Scrutinizer CI access token',
    names: ['scrutinizer'],
    keywords: ['scrutinizer'],
    value: '[a-z0-9]{64}',
    envName: 'SCRUTINIZER_ACCESS_TOKEN',
    docsUrl: 'https://scrutinizer-ci.com/docs/api/',
    revocationUrl: 'https://scrutinizer-ci.com/profile/applications',
    sample: (g) => g.chars(LOWER_ALNUM, 64),
  }),
];
