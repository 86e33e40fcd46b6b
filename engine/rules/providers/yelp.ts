// Yelp: yelp Fusion API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const yelpRules: Rule[] = [
  contextRule({
    id: 'yelp-api-key',
    provider: 'Yelp',
    family: 'saas',
    description: 'Yelp Fusion API key',
    names: ['yelp'],
    keywords: ['yelp'],
    value: '[A-Za-z0-9_-]{128}',
    envName: 'YELP_API_KEY',
    docsUrl: 'https://docs.developer.yelp.com/docs/fusion-authentication',
    revocationUrl: 'https://www.yelp.com/developers/v3/manage_app',
    sample: (g) => g.base64url(128),
  }),
];
