// Technical Analysis API: technical Analysis API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

export const technicalAnalysisApiRules: Rule[] = [
  contextRule({
    id: 'technical-analysis-api-api-key',
    provider: 'Technical Analysis API',
    family: 'saas',
    description: 'Technical Analysis API key',
    names: ['technicalanalysisapi', 'technical[_.-]analysis[_.-]api'],
    keywords: [
      'technicalanalysisapi',
      'technical_analysis_api',
      'technical_analysis-api',
      'technical_analysis.api',
      'technical-analysis_api',
      'technical-analysis-api',
      'technical-analysis.api',
      'technical.analysis_api',
      'technical.analysis-api',
      'technical.analysis.api',
    ],
    value: '[A-Z0-9]{48}',
    envName: 'TECHNICAL_ANALYSIS_API_KEY',
    docsUrl: 'https://technical-analysis-api.com/docs',
    revocationUrl: null,
    revocationNote: 'Technical Analysis API has no public revocation link: regenerate (reset) the key in your Technical Analysis API dashboard, then update every place that uses it.',
    sample: (g) => g.chars(UPPER_ALNUM, 48),
  }),
];
