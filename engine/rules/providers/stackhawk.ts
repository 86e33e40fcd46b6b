// StackHawk API keys: `hawk.` and two 20-character parts.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const stackhawkRules: Rule[] = [
  tokenRule({
    id: 'stackhawk-api-key',
    provider: 'StackHawk',
    family: 'infrastructure',
    description: 'StackHawk API key',
    prefix: 'hawk.',
    body: '[A-Za-z0-9]{20}\\.[A-Za-z0-9]{20}',
    envName: 'HAWK_API_KEY',
    docsUrl: 'https://docs.stackhawk.com/apidocs.html',
    revocationUrl: 'https://app.stackhawk.com/settings/apikeys',
    sample: (g) => `hawk.${g.alnum(20)}.${g.alnum(20)}`,
  }),
];
