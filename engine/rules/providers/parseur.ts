// Parseur (document parsing): 40 hex-digit API keys, recognised by the provider name.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const parseurRules: Rule[] = [
  contextRule({
    id: 'parseur-api-key',
    provider: 'Parseur',
    family: 'saas',
    description: 'Parseur API key',
    names: ['parseur'],
    keywords: ['parseur'],
    value: '[a-f0-9]{40}',
    envName: 'PARSEUR_API_KEY',
    docsUrl: 'https://help.parseur.com/en/articles/3566128-use-parseur-document-parsing-api',
    revocationUrl: null,
    revocationNote: 'Regenerate the API key in Parseur → Account → API key.',
    sample: (g) => g.hex(40),
  }),
];
