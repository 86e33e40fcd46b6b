// ClickSend (SMS and email): API keys are upper-case UUIDs, used with the account username.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const clicksendRules: Rule[] = [
  contextRule({
    id: 'clicksend-api-key',
    provider: 'ClickSend',
    family: 'messaging',
    description: 'ClickSend API key',
    names: ['click[_-]?send'],
    keywords: ['click-send', 'click_send', 'clicksend'],
    value: '[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}',
    envName: 'CLICKSEND_API_KEY',
    docsUrl: 'https://developers.clicksend.com/docs/rest/v3/#authentication',
    revocationUrl: 'https://dashboard.clicksend.com/account/subaccounts',
    sample: (g) => `${g.uuid().toUpperCase()}`,
    negatives: (g) => [`CLICKSEND_API_KEY="${g.uuid().toUpperCase().replace(/-/g, '')}"` /* no dashes */, `CLICKSEND_API_KEY="Z${g.uuid().toUpperCase().slice(1)}"` /* not hex */],
  }),
];
