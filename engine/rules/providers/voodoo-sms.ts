// Voodoo SMS: voodoo SMS API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const voodooSmsRules: Rule[] = [
  contextRule({
    id: 'voodoo-sms-api-key',
    provider: 'Voodoo SMS',
    family: 'messaging',
    description: 'Voodoo SMS API key',
    names: ['voodoosms', 'voodoo[_.-]sms'],
    keywords: ['voodoosms', 'voodoo_sms', 'voodoo-sms', 'voodoo.sms'],
    value: '[A-Za-z0-9]{46}',
    envName: 'VOODOO_SMS_API_KEY',
    docsUrl: 'https://www.voodoosms.com/portal/api',
    revocationUrl: 'https://www.voodoosms.com/portal/settings/api',
    sample: (g) => g.alnum(46),
  }),
];
