// fal.ai API keys: a UUID key id, a colon and a 32 hex-digit secret (FAL_KEY).
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const falRules: Rule[] = [
  contextRule({
    id: 'fal-api-key',
    provider: 'fal',
    family: 'ai',
    description: 'fal.ai API key',
    names: ['fal[_-]?(?:ai[_-]?)?(?:api[_-]?)?key'],
    // Not `fal` alone: every `false` would run the regex.
    keywords: ['fal_', 'fal-', 'falkey', 'falai', 'falapi'],
    value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}:[a-f0-9]{32}',
    envName: 'FAL_KEY',
    docsUrl: 'https://docs.fal.ai/authentication/key-based',
    revocationUrl: 'https://fal.ai/dashboard/keys',
    sample: (g) => `${g.uuid()}:${g.hex(32)}`,
    negatives: (g) => [`FAL_KEY="${g.uuid()}"` /* key id alone */, `FAL_KEY="${g.uuid()}:${g.hex(16)}"` /* short secret */],
  }),
];
