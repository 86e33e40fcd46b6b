// Eraser (diagrams): 20-character API tokens.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const eraserRules: Rule[] = [
  contextRule({
    id: 'eraser-api-token',
    provider: 'Eraser',
    family: 'saas',
    description: 'Eraser API token',
    names: ['eraser[_-]?(?:api|io|token)'],
    keywords: ['eraser-api', 'eraser-io', 'eraser-token', 'eraser_api', 'eraser_io', 'eraser_token', 'eraserapi', 'eraserio', 'erasertoken'],
    value: '[A-Za-z0-9]{20}',
    envName: 'ERASER_API_TOKEN',
    docsUrl: 'https://docs.eraser.io/reference/api-token',
    revocationUrl: null,
    revocationNote: 'Delete the token in Eraser → Team settings → API and create a new one.',
    sample: (g) => g.alnum(20),
    negatives: (g) => [
      `ERASER_API_TOKEN="${g.alnum(23)}"`, // too long
      `ERASER_API_TOKEN="${g.alnum(10)}.${g.alnum(9)}"`, // a character outside the alphabet
    ],
  }),
];
