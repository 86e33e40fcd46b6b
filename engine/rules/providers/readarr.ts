// Readarr: readarr API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const readarrRules: Rule[] = [
  contextRule({
    id: 'readarr-api-key',
    provider: 'Readarr',
    family: 'infrastructure',
    description: 'Readarr API key',
    names: ['readarr'],
    keywords: ['readarr'],
    value: '[a-f0-9]{32}',
    envName: 'READARR_API_KEY',
    docsUrl: 'https://wiki.servarr.com/readarr/settings#security',
    revocationUrl: null,
    revocationNote: 'Regenerate the API key in Readarr (Settings → General → Security → API Key); clients using the old key stop working.',
    sample: (g) => g.hex(32),
  }),
];
