// Hunter.io: 40 hex-digit API keys; the name must say Hunter API / hunter.io.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const hunterRules: Rule[] = [
  contextRule({
    id: 'hunter-api-key',
    provider: 'Hunter',
    family: 'saas',
    description: 'Hunter.io API key',
    names: ['hunter[_-]?(?:io|api)'],
    keywords: ['hunter-api', 'hunter-io', 'hunter_api', 'hunter_io', 'hunterapi', 'hunterio'],
    value: '[a-fA-F0-9]{40}',
    envName: 'HUNTER_API_KEY',
    docsUrl: 'https://hunter.io/api-documentation/v2#authentication',
    revocationUrl: 'https://hunter.io/api-keys',
    sample: (g) => g.hex(40),
    negatives: (g) => [
      `HUNTER_API_KEY="${g.hex(43)}"`, // too long
      `HUNTER_API_KEY="${g.hex(39)}g"`, // outside the hex alphabet
    ],
  }),
];
