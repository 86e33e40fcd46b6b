// Gitter personal access tokens: 40 hex digits.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const gitterRules: Rule[] = [
  contextRule({
    id: 'gitter-access-token',
    provider: 'Gitter',
    family: 'messaging',
    description: 'Gitter access token',
    names: ['gitter'],
    keywords: ['gitter'],
    value: '[a-fA-F0-9]{40}',
    envName: 'GITTER_TOKEN',
    docsUrl: 'https://developer.gitter.im/docs/authentication',
    revocationUrl: 'https://developer.gitter.im/apps',
    sample: (g) => g.hex(40),
    negatives: (g) => [
      `GITTER_TOKEN="${g.hex(43)}"`, // too long
      `GITTER_TOKEN="${g.hex(39)}g"`, // outside the hex alphabet
    ],
  }),
];
