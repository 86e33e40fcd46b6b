// SurveySparrow: surveySparrow access token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const surveysparrowRules: Rule[] = [
  contextRule({
    id: 'surveysparrow-access-token',
    provider: 'SurveySparrow',
    family: 'saas',
    description: 'SurveySparrow access token',
    names: ['surveysparrow'],
    keywords: ['surveysparrow'],
    value: '[A-Za-z0-9_-]{88}',
    envName: 'SURVEYSPARROW_ACCESS_TOKEN',
    docsUrl: 'https://developers.surveysparrow.com/rest-apis/',
    revocationUrl: null,
    revocationNote: 'SurveySparrow has no public revocation link: regenerate (reset) the key in your SurveySparrow settings (Apps & Integrations → custom app), then update every place that uses it.',
    sample: (g) => g.base64url(88),
  }),
];
