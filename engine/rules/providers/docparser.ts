// Docparser: 40 hex-digit API keys.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const docparserRules: Rule[] = [
  contextRule({
    id: 'docparser-api-key',
    provider: 'Docparser',
    family: 'saas',
    description: 'Docparser API key',
    names: ['docparser'],
    keywords: ['docparser'],
    value: '[a-fA-F0-9]{40}',
    envName: 'DOCPARSER_API_KEY',
    docsUrl: 'https://docparser.com/docs/api/#authentication',
    revocationUrl: 'https://app.docparser.com/myaccount/api',
    sample: (g) => g.hex(40),
    negatives: (g) => [
      `DOCPARSER_API_KEY="${g.hex(43)}"`, // too long
      `DOCPARSER_API_KEY="${g.hex(39)}g"`, // outside the hex alphabet
    ],
  }),
];
