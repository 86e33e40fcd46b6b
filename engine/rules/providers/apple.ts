// Apple: Apple ID app-specific password.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const appleRules: Rule[] = [
  contextRule({
    id: 'apple-app-specific-password',
    provider: 'Apple',
    family: 'saas',
    description: 'Apple ID app-specific password',
    names: ['apple[a-z_-]{0,30}password', 'app[_-]?specific[_-]?password', 'itunes[a-z_-]{0,20}password', 'altool[a-z_-]{0,12}password'],
    keywords: ['apple', 'app_specific', 'appspecific', 'app-specific', 'itunes', 'altool'],
    value: '[a-z]{4}-[a-z]{4}-[a-z]{4}-[a-z]{4}',
    minEntropy: 2.5,
    envName: 'APPLE_APP_SPECIFIC_PASSWORD',
    docsUrl: 'https://support.apple.com/en-us/102654',
    revocationUrl: 'https://account.apple.com/account/manage',
    revocationNote: 'Revoke it under Sign-In and Security → App-Specific Passwords at account.apple.com.',
    sample: (g) => `${g.lower(4)}-${g.lower(4)}-${g.lower(4)}-${g.lower(4)}`,
    negatives: () => [`APPLE_APP_SPECIFIC_PASSWORD=xxxx-xxxx-xxxx-xxxx`],
  }),
];
