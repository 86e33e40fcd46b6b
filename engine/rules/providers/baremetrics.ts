// Baremetrics: Baremetrics API key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const baremetricsRules: Rule[] = [
  contextRule({
    id: 'baremetrics-api-key',
    provider: 'Baremetrics',
    family: 'saas',
    description: 'Baremetrics API key',
    names: ['baremetrics'],
    keywords: ['baremetrics'],
    value: '[A-Za-z0-9_-]{25}',
    envName: 'BAREMETRICS_API_KEY',
    docsUrl: 'https://developers.baremetrics.com/reference/authentication',
    revocationUrl: 'https://app.baremetrics.com/settings/api',
    sample: (g) => g.base64url(25),
  }),
];
