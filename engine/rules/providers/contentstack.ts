// Contentstack management and delivery tokens: `cs` + hex digits, named by the provider.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const contentstackRules: Rule[] = [
  contextRule({
    id: 'contentstack-management-token',
    provider: 'Contentstack',
    family: 'saas',
    description: 'Contentstack management or delivery token',
    names: ['contentstack[_-]?(?:management|delivery|access)[_-]?token'],
    keywords: ['contentstack'],
    value: 'cs[a-f0-9]{24,40}',
    maskPrefix: /^cs/,
    envName: 'CONTENTSTACK_MANAGEMENT_TOKEN',
    docsUrl: 'https://www.contentstack.com/docs/developers/create-tokens/about-management-tokens',
    revocationUrl: null,
    revocationNote: 'Delete the token in Contentstack → Settings → Tokens and create a new one.',
    sample: (g) => `cs${g.hex(32)}`,
    negatives: (g) => [`CONTENTSTACK_MANAGEMENT_TOKEN="cs${g.hex(16)}"` /* short */, `CONTENTSTACK_MANAGEMENT_TOKEN="bl${g.hex(32)}"` /* an API key, not a token */],
  }),
];
