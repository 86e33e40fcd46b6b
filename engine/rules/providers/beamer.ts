// Beamer: Beamer API key (b_…).
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const beamerRules: Rule[] = [
  contextRule({
    id: 'beamer-api-key',
    provider: 'Beamer',
    family: 'saas',
    description: 'Beamer API key (b_…)',
    names: ['beamer'],
    keywords: ['beamer'],
    value: 'b_[A-Za-z0-9_=/+-]{44}',
    envName: 'BEAMER_API_KEY',
    docsUrl: 'https://www.getbeamer.com/api',
    revocationUrl: 'https://app.getbeamer.com/settings#api',
    sample: (g) => `b_${g.base64(44)}`,
  }),
];
