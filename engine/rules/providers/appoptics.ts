// AppOptics: AppOptics API token.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const appopticsRules: Rule[] = [
  contextRule({
    id: 'appoptics-api-token',
    provider: 'AppOptics',
    family: 'observability',
    description: 'AppOptics API token',
    names: ['app[_-]?optics'],
    keywords: ['appoptics', 'app_optics', 'app-optics'],
    value: '[A-Za-z0-9_-]{71}',
    envName: 'APPOPTICS_TOKEN',
    docsUrl: 'https://docs.appoptics.com/api/',
    revocationUrl: 'https://my.appoptics.com/account/tokens',
    sample: (g) => g.base64url(71),
  }),
];
