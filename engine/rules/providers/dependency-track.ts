// Dependency-Track API keys: `odt_` + 32 or more characters.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const dependencyTrackRules: Rule[] = [
  tokenRule({
    id: 'dependency-track-api-key',
    provider: 'OWASP Dependency-Track',
    family: 'infrastructure',
    description: 'Dependency-Track API key',
    prefix: 'odt_',
    body: '[A-Za-z0-9]{32,64}',
    envName: 'DEPENDENCY_TRACK_API_KEY',
    docsUrl: 'https://docs.dependencytrack.org/integrations/rest-api/',
    revocationUrl: null,
    revocationNote: 'Regenerate or delete the key in Administration → Access Management → Teams → API Keys.',
    sample: (g) => `odt_${g.alnum(32)}`,
    negatives: (g) => [
      `DEPENDENCY_TRACK_API_KEY="ODT_${g.alnum(32)}"`, // prefix in the wrong case
    ],
  }),
];
