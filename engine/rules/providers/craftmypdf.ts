// CraftMyPDF: 35-character API keys.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const craftmypdfRules: Rule[] = [
  contextRule({
    id: 'craftmypdf-api-key',
    provider: 'CraftMyPDF',
    family: 'saas',
    description: 'CraftMyPDF API key',
    names: ['craft[_-]?my[_-]?pdf'],
    keywords: ['craft-my-pdf', 'craft-my_pdf', 'craft-mypdf', 'craft_my-pdf', 'craft_my_pdf', 'craft_mypdf', 'craftmy-pdf', 'craftmy_pdf', 'craftmypdf'],
    value: '[A-Za-z0-9]{35}',
    envName: 'CRAFTMYPDF_API_KEY',
    docsUrl: 'https://craftmypdf.com/docs/index.html',
    revocationUrl: null,
    revocationNote: 'Regenerate the key in CraftMyPDF → API Integration.',
    sample: (g) => g.alnum(35),
    negatives: (g) => [
      `CRAFTMYPDF_API_KEY="${g.alnum(38)}"`, // too long
      `CRAFTMYPDF_API_KEY="${g.alnum(17)}.${g.alnum(17)}"`, // a character outside the alphabet
    ],
  }),
];
