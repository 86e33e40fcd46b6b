// Tallyfy: tallyfy personal access token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const tallyfyRules: Rule[] = [
  contextRule({
    id: 'tallyfy-access-token',
    provider: 'Tallyfy',
    family: 'saas',
    description: 'Tallyfy personal access token',
    names: ['tallyfy'],
    keywords: ['tallyfy'],
    value: 'eyJ[A-Za-z0-9_-]{30,40}\\.eyJ[A-Za-z0-9_-]{200,400}\\.[A-Za-z0-9_-]{600,700}',
    maxValueLength: 1150,
    envName: 'TALLYFY_ACCESS_TOKEN',
    docsUrl: 'https://go.tallyfy.com/api/',
    revocationUrl: null,
    revocationNote: 'Tallyfy has no public revocation link: regenerate (reset) the key in your Tallyfy settings (Integrations → REST API), then update every place that uses it.',
    sample: (g) => `eyJ${g.base64url(33)}.eyJ${g.base64url(261)}.${g.base64url(683)}`,
  }),
];
