// Schneider Electric EcoStruxure IT API keys: `AK1` + about 50 base64 characters.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const ecostruxureItRules: Rule[] = [
  contextRule({
    id: 'ecostruxure-it-api-key',
    provider: 'EcoStruxure IT',
    family: 'infrastructure',
    description: 'EcoStruxure IT API key',
    names: ['ecostruxure'],
    keywords: ['ecostruxure'],
    value: 'AK1[A-Za-z0-9/+]{50,55}',
    end: 'A-Za-z0-9_+/=-',
    maskPrefix: /^AK1/,
    envName: 'ECOSTRUXURE_IT_API_KEY',
    docsUrl: 'https://api.ecostruxureit.com/rest/doc/',
    revocationUrl: null,
    revocationNote: 'Revoke the key in EcoStruxure IT → Settings → API keys and create a new one.',
    sample: (g) => `AK1${g.base64(52)}`,
    negatives: (g) => [`ECOSTRUXURE_IT_API_KEY="AK1${g.alnum(20)}"` /* short */, `ECOSTRUXURE_IT_API_KEY="AK2${g.alnum(52)}"` /* unknown version */],
  }),
];
