// Zonka Feedback: zonka Feedback API token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const zonkaRules: Rule[] = [
  contextRule({
    id: 'zonka-api-token',
    provider: 'Zonka Feedback',
    family: 'saas',
    description: 'Zonka Feedback API token',
    names: ['zonka'],
    keywords: ['zonka'],
    value: '[A-Za-z0-9]{36}',
    envName: 'ZONKA_API_TOKEN',
    docsUrl: 'https://apidocs.zonkafeedback.com/',
    revocationUrl: null,
    revocationNote: 'Zonka Feedback has no public revocation link: regenerate (reset) the key in your Zonka Feedback settings (Developers → API), then update every place that uses it.',
    sample: (g) => g.alnum(36),
  }),
];
