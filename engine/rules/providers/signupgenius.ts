// SignUpGenius: signUpGenius API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const signupgeniusRules: Rule[] = [
  contextRule({
    id: 'signupgenius-api-key',
    provider: 'SignUpGenius',
    family: 'saas',
    description: 'SignUpGenius API key',
    names: ['signupgenius'],
    keywords: ['signupgenius'],
    value: '[A-Za-z0-9]{32}',
    envName: 'SIGNUPGENIUS_API_KEY',
    docsUrl: 'https://www.signupgenius.com/api',
    revocationUrl: null,
    revocationNote: 'SignUpGenius has no public revocation link: regenerate (reset) the key in your SignUpGenius Pro tools (API key), then update every place that uses it.',
    sample: (g) => g.alnum(32),
  }),
];
