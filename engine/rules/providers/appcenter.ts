// Visual Studio App Center: App Center API token.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const appcenterRules: Rule[] = [
  contextRule({
    id: 'appcenter-api-token',
    provider: 'Visual Studio App Center',
    family: 'infrastructure',
    description: 'App Center API token',
    names: ['app[_-]?center[a-z_-]{0,12}(?:token|key|secret)', 'appcenter'],
    keywords: ['appcenter', 'app_center', 'app-center'],
    value: '[a-f0-9]{40}',
    envName: 'APPCENTER_API_TOKEN',
    docsUrl: 'https://learn.microsoft.com/en-us/appcenter/api-docs/',
    revocationUrl: 'https://appcenter.ms/settings/apitokens',
    revocationNote: 'App Center is retired; delete the token under Account settings → User API tokens while the account exists.',
    sample: (g) => g.hex(40),
  }),
];
