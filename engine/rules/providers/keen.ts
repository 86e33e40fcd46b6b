// Keen (keen.io) project master keys: 64 hex digits.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const keenRules: Rule[] = [
  contextRule({
    id: 'keen-master-key',
    provider: 'Keen',
    family: 'observability',
    description: 'Keen project master key',
    names: ['keen[_-]?(?:io[_-]?)?master[_-]?key'],
    keywords: ['master'],
    value: '[a-fA-F0-9]{64}',
    envName: 'KEEN_MASTER_KEY',
    docsUrl: 'https://keen.io/docs/security/api-keys/',
    revocationUrl: null,
    revocationNote: 'Regenerate the master key in the Keen project settings (Access → Master key); it also invalidates scoped keys made from it.',
    sample: (g) => g.hex(64),
    negatives: (g) => [
      `KEEN_MASTER_KEY="${g.hex(67)}"`, // too long
      `KEEN_MASTER_KEY="${g.hex(63)}g"`, // outside the hex alphabet
    ],
  }),
];
