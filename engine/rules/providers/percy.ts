// Percy (BrowserStack): percy project token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const percyRules: Rule[] = [
  contextRule({
    id: 'percy-token',
    provider: 'Percy (BrowserStack)',
    family: 'infrastructure',
    description: 'Percy project token',
    names: ['percy'],
    keywords: ['percy'],
    value: '(?:web_|auto_|app_|ss_|vmw_)?[a-f0-9]{64}',
    envName: 'PERCY_TOKEN',
    docsUrl: 'https://www.browserstack.com/docs/percy/get-started/set-env-var',
    revocationUrl: null,
    revocationNote: 'Regenerate the token in the Percy project (Project settings → Project token → Regenerate) and update CI.',
    sample: (g) => `web_${g.hex(64)}`,
  }),
];
