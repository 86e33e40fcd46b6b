// SABnzbd: sABnzbd API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const sabnzbdRules: Rule[] = [
  contextRule({
    id: 'sabnzbd-api-key',
    provider: 'SABnzbd',
    family: 'infrastructure',
    description: 'SABnzbd API key',
    names: ['sabnzbd'],
    keywords: ['sabnzbd'],
    value: '[a-f0-9]{32}',
    envName: 'SABNZBD_API_KEY',
    docsUrl: 'https://sabnzbd.org/wiki/configuration/4.3/general',
    revocationUrl: null,
    revocationNote: 'Generate a new API key in SABnzbd (Config → General → Security → API Key).',
    sample: (g) => g.hex(32),
  }),
];
