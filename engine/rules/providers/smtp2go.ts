// SMTP2GO: sMTP2GO API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

const UPPER_HEX = '0123456789ABCDEF';

export const smtp2goRules: Rule[] = [
  contextRule({
    id: 'smtp2go-api-key',
    provider: 'SMTP2GO',
    family: 'messaging',
    description: 'SMTP2GO API key',
    names: ['smtp2go'],
    keywords: ['smtp2go'],
    value: 'api-[A-F0-9]{32}',
    maskPrefix: /^api-/,
    envName: 'SMTP2GO_API_KEY',
    docsUrl: 'https://developers.smtp2go.com/docs/getting-started',
    revocationUrl: 'https://app.smtp2go.com/settings/apikeys',
    sample: (g) => `api-${g.chars(UPPER_HEX, 32)}`,
  }),
];
