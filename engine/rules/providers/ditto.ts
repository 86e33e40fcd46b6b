// Ditto (product copy): API keys are a UUID, a dot and 40 hex digits.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const dittoRules: Rule[] = [
  contextRule({
    id: 'ditto-api-key',
    provider: 'Ditto',
    family: 'saas',
    description: 'Ditto API key',
    names: ['ditto[_-]?(?:api|token|key)'],
    keywords: ['ditto-api', 'ditto-key', 'ditto-token', 'ditto_api', 'ditto_key', 'ditto_token', 'dittoapi', 'dittokey', 'dittotoken'],
    value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.[a-f0-9]{40}',
    envName: 'DITTO_API_KEY',
    docsUrl: 'https://developer.dittowords.com/api-reference#authentication',
    revocationUrl: null,
    revocationNote: 'Delete the key in Ditto → Developer Integrations → API keys and create a new one.',
    sample: (g) => `${g.uuid()}.${g.hex(40)}`,
    negatives: (g) => [`DITTO_API_KEY="${g.uuid()}"` /* UUID alone */, `DITTO_API_KEY="${g.uuid()}.${g.hex(20)}"` /* short */],
  }),
];
