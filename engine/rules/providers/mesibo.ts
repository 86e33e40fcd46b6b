// Mesibo: mesibo app token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const mesiboRules: Rule[] = [
  contextRule({
    id: 'mesibo-app-token',
    provider: 'Mesibo',
    family: 'messaging',
    description: 'Mesibo app token',
    names: ['mesibo'],
    keywords: ['mesibo'],
    value: '[A-Za-z0-9]{64}',
    envName: 'MESIBO_APP_TOKEN',
    docsUrl: 'https://docs.mesibo.com/api/backend-api/',
    revocationUrl: 'https://console.mesibo.com/',
    sample: (g) => g.alnum(64),
  }),
];
