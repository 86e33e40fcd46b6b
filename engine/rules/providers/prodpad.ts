// ProdPad: prodPad API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const prodpadRules: Rule[] = [
  contextRule({
    id: 'prodpad-api-key',
    provider: 'ProdPad',
    family: 'saas',
    description: 'ProdPad API key',
    names: ['prodpad'],
    keywords: ['prodpad'],
    value: '[a-f0-9]{64}',
    envName: 'PRODPAD_API_KEY',
    docsUrl: 'https://help.prodpad.com/article/778-prodpad-api',
    revocationUrl: 'https://app.prodpad.com/me/apikeys',
    sample: (g) => g.hex(64),
  }),
];
