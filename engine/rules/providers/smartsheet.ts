// Smartsheet: smartsheet API access token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const smartsheetRules: Rule[] = [
  contextRule({
    id: 'smartsheet-access-token',
    provider: 'Smartsheet',
    family: 'saas',
    description: 'Smartsheet API access token',
    names: ['smartsheet'],
    keywords: ['smartsheet'],
    value: '[A-Za-z0-9]{37}',
    envName: 'SMARTSHEET_ACCESS_TOKEN',
    docsUrl: 'https://developers.smartsheet.com/api/smartsheet/guides/basics/authentication',
    revocationUrl: 'https://app.smartsheet.com/b/home?lx=apiaccess',
    sample: (g) => g.alnum(37),
  }),
];
