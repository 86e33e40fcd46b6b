// Coveo API keys and access tokens: `xx` + a UUID.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const coveoRules: Rule[] = [
  contextRule({
    id: 'coveo-api-key',
    provider: 'Coveo',
    family: 'saas',
    description: 'Coveo API key',
    names: ['coveo'],
    keywords: ['coveo'],
    value: 'xx[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    maskPrefix: /^xx/,
    envName: 'COVEO_API_KEY',
    docsUrl: 'https://docs.coveo.com/en/1718/',
    revocationUrl: null,
    revocationNote: 'Disable or delete the key in the Coveo Administration Console → Organization → API Keys.',
    sample: (g) => `xx${g.uuid()}`,
    negatives: (g) => [`COVEO_API_KEY="${g.uuid()}"` /* no xx marker */, `COVEO_API_KEY="xx${g.hex(32)}"` /* no dashes */],
  }),
];
