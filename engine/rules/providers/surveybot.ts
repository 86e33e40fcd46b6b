// SurveyBot: surveyBot API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const surveybotRules: Rule[] = [
  contextRule({
    id: 'surveybot-api-key',
    provider: 'SurveyBot',
    family: 'saas',
    description: 'SurveyBot API key',
    names: ['surveybot'],
    keywords: ['surveybot'],
    value: '[A-Za-z0-9-]{80}',
    envName: 'SURVEYBOT_API_KEY',
    docsUrl: 'https://surveybot.io/',
    revocationUrl: null,
    revocationNote: 'SurveyBot has no public revocation link: regenerate (reset) the key in your SurveyBot account (API), then update every place that uses it.',
    sample: (g) => g.alnum(80),
  }),
];
