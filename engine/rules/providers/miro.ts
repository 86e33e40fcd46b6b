// Miro REST API access tokens: base64url of `{"miro.origin":"<region>"}`, an underscore and a random part.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const miroRules: Rule[] = [
  tokenRule({
    id: 'miro-access-token',
    provider: 'Miro',
    family: 'saas',
    description: 'Miro REST API access token',
    prefix: 'eyJtaXJvLm9yaWdpbiI6I',
    body: '[A-Za-z0-9]{4,12}ifQ_[A-Za-z0-9_-]{20,60}',
    envName: 'MIRO_ACCESS_TOKEN',
    docsUrl: 'https://developers.miro.com/docs/rest-api-reference-guide',
    revocationUrl: 'https://miro.com/app/settings/user-profile/apps',
    sample: (g) => `eyJtaXJvLm9yaWdpbiI6ImV1MDEifQ_${g.base64url(27)}`,
  }),
];
