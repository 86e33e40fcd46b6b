// Prowlarr: prowlarr API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const prowlarrRules: Rule[] = [
  contextRule({
    id: 'prowlarr-api-key',
    provider: 'Prowlarr',
    family: 'infrastructure',
    description: 'Prowlarr API key',
    names: ['prowlarr'],
    keywords: ['prowlarr'],
    value: '[a-f0-9]{32}',
    envName: 'PROWLARR_API_KEY',
    docsUrl: 'https://wiki.servarr.com/prowlarr/settings#security',
    revocationUrl: null,
    revocationNote: 'Regenerate the API key in Prowlarr (Settings → General → Security → API Key); clients using the old key stop working.',
    sample: (g) => g.hex(32),
  }),
];
