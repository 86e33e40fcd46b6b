// TrueNAS: trueNAS API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const truenasRules: Rule[] = [
  contextRule({
    id: 'truenas-api-key',
    provider: 'TrueNAS',
    family: 'infrastructure',
    description: 'TrueNAS API key',
    names: ['truenas'],
    keywords: ['truenas'],
    value: '[0-9]{1,4}-[A-Za-z0-9]{64}',
    envName: 'TRUENAS_API_KEY',
    docsUrl: 'https://www.truenas.com/docs/scale/scaletutorials/toptoolbar/managingapikeys/',
    revocationUrl: null,
    revocationNote: 'Revoke the key in TrueNAS (user menu → API Keys) and create a new one.',
    sample: (g) => `${g.digits(1)}-${g.alnum(64)}`,
  }),
];
