// Sonarr: sonarr API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const sonarrRules: Rule[] = [
  contextRule({
    id: 'sonarr-api-key',
    provider: 'Sonarr',
    family: 'infrastructure',
    description: 'Sonarr API key',
    names: ['sonarr'],
    keywords: ['sonarr'],
    value: '[a-f0-9]{32}',
    envName: 'SONARR_API_KEY',
    docsUrl: 'https://wiki.servarr.com/sonarr/settings#security',
    revocationUrl: null,
    revocationNote: 'Regenerate the API key in Sonarr (Settings → General → Security → API Key); clients using the old key stop working.',
    sample: (g) => g.hex(32),
  }),
];
