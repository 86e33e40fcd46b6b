// Radarr: radarr API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const radarrRules: Rule[] = [
  contextRule({
    id: 'radarr-api-key',
    provider: 'Radarr',
    family: 'infrastructure',
    description: 'Radarr API key',
    names: ['radarr'],
    keywords: ['radarr'],
    value: '[a-f0-9]{32}',
    envName: 'RADARR_API_KEY',
    docsUrl: 'https://wiki.servarr.com/radarr/settings#security',
    revocationUrl: null,
    revocationNote: 'Regenerate the API key in Radarr (Settings → General → Security → API Key); clients using the old key stop working.',
    sample: (g) => g.hex(32),
  }),
];
