// Helicone (LLM observability) API keys: `sk-helicone-` + four groups of 7 characters.
import type { Rule } from '../../types';
import { LOWER_DIGITS } from '../alphabets';
import { tokenRule } from '../ruleBuilders';

export const heliconeRules: Rule[] = [
  tokenRule({
    id: 'helicone-api-key',
    provider: 'Helicone',
    family: 'ai',
    description: 'Helicone API key',
    prefix: 'sk-helicone-',
    body: '(?:eu-|proxy-)?[a-z0-9]{7}-[a-z0-9]{7}-[a-z0-9]{7}-[a-z0-9]{7}',
    envName: 'HELICONE_API_KEY',
    docsUrl: 'https://docs.helicone.ai/getting-started/quick-start',
    revocationUrl: 'https://us.helicone.ai/settings/api-keys',
    sample: (g) => `sk-helicone-${g.chars(LOWER_DIGITS, 7)}-${g.chars(LOWER_DIGITS, 7)}-${g.chars(LOWER_DIGITS, 7)}-${g.chars(LOWER_DIGITS, 7)}`,
    negatives: (g) => [
      `HELICONE_API_KEY="SK-HELICONE-${g.chars(LOWER_DIGITS, 7)}-${g.chars(LOWER_DIGITS, 7)}-${g.chars(LOWER_DIGITS, 7)}-${g.chars(LOWER_DIGITS, 7)}"`, // prefix in the wrong case
    ],
  }),
];
