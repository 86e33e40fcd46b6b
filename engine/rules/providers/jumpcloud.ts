// JumpCloud administrator API keys: 40 hex digits.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const jumpcloudRules: Rule[] = [
  contextRule({
    id: 'jumpcloud-api-key',
    provider: 'JumpCloud',
    family: 'infrastructure',
    description: 'JumpCloud API key',
    names: ['jumpcloud'],
    keywords: ['jumpcloud'],
    value: '[a-fA-F0-9]{40}',
    envName: 'JUMPCLOUD_API_KEY',
    docsUrl: 'https://docs.jumpcloud.com/api/2.0/index.html#section/API-Key',
    revocationUrl: null,
    revocationNote: 'Generate a new key in the JumpCloud Admin Portal (your account → My API Key); that revokes the old one.',
    sample: (g) => g.hex(40),
    negatives: (g) => [
      `JUMPCLOUD_API_KEY="${g.hex(43)}"`, // too long
      `JUMPCLOUD_API_KEY="${g.hex(39)}g"`, // outside the hex alphabet
    ],
  }),
];
