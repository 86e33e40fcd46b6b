// Flat (music notation) personal tokens: 128 hex digits.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const flatIoRules: Rule[] = [
  contextRule({
    id: 'flat-io-token',
    provider: 'Flat',
    family: 'saas',
    description: 'Flat.io personal access token',
    names: ['flat[_-]?io'],
    keywords: ['flat-io', 'flat_io', 'flatio'],
    value: '[a-fA-F0-9]{128}',
    envName: 'FLAT_IO_TOKEN',
    docsUrl: 'https://flat.io/developers/docs/api/authentication.html',
    revocationUrl: 'https://flat.io/developers/apps',
    sample: (g) => g.hex(128),
    negatives: (g) => [
      `FLAT_IO_TOKEN="${g.hex(131)}"`, // too long
      `FLAT_IO_TOKEN="${g.hex(127)}g"`, // outside the hex alphabet
    ],
  }),
];
