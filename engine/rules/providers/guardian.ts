// The Guardian Open Platform: UUID API keys; the name must say Guardian API.
import type { Rule } from '../../types';
import { UUID, contextRule } from '../ruleBuilders';

export const guardianRules: Rule[] = [
  contextRule({
    id: 'guardian-api-key',
    provider: 'The Guardian Open Platform',
    family: 'saas',
    description: 'Guardian Open Platform API key',
    names: ['guardian[_-]?(?:api|open[_-]?platform|content)'],
    keywords: ['guardian'],
    value: UUID,
    envName: 'GUARDIAN_API_KEY',
    docsUrl: 'https://open-platform.theguardian.com/documentation/',
    revocationUrl: null,
    revocationNote: 'Ask the Guardian Open Platform team to revoke the key and register for a new one.',
    sample: (g) => g.uuid(),
    negatives: (g) => [
      `GUARDIAN_API_KEY="z${g.uuid().slice(1)}"`, // not hex
      `GUARDIAN_API_KEY="${g.uuid()}${g.hex(2)}"`, // too long
      `GUARDIAN_API_KEY="${g.uuid().replace(/-/g, '')}"`, // no dashes
    ],
  }),
];
