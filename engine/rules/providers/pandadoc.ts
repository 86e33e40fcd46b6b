// PandaDoc: pandaDoc API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const pandadocRules: Rule[] = [
  contextRule({
    id: 'pandadoc-api-key',
    provider: 'PandaDoc',
    family: 'saas',
    description: 'PandaDoc API key',
    names: ['pandadoc'],
    keywords: ['pandadoc'],
    value: '[a-f0-9]{40}',
    envName: 'PANDADOC_API_KEY',
    docsUrl: 'https://developers.pandadoc.com/reference/api-key-authentication-process',
    revocationUrl: 'https://app.pandadoc.com/a/#/settings/api-dashboard/configuration',
    sample: (g) => g.hex(40),
  }),
];
