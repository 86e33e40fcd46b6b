// Planning Center: personal access token secrets start with `pco_pat_` and OAuth access tokens with `pco_tok_`; 72 hex digits follow the prefix.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const planningCenterRules: Rule[] = [
  tokenRule({
    id: 'planning-center-personal-access-token',
    provider: 'Planning Center',
    family: 'saas',
    description: 'Planning Center personal access token secret',
    prefix: 'pco_pat_',
    body: '[a-f0-9]{72}',
    envName: 'PCO_PAT_SECRET',
    docsUrl: 'https://developer.planning.center/docs/#/overview/authentication',
    revocationUrl: 'https://api.planningcenteronline.com/oauth/applications',
    revocationNote: 'Delete the personal access token in Planning Center (Developer → Personal Access Tokens) and create a new one.',
    sample: (g) => `pco_pat_${g.hex(72)}`,
  }),
  tokenRule({
    id: 'planning-center-oauth-access-token',
    provider: 'Planning Center',
    family: 'saas',
    description: 'Planning Center OAuth access token',
    prefix: 'pco_tok_',
    body: '[a-f0-9]{72}',
    envName: 'PCO_ACCESS_TOKEN',
    docsUrl: 'https://developer.planning.center/docs/#/overview/authentication',
    revocationUrl: null,
    revocationNote: "Revoke it at https://api.planningcenteronline.com/oauth/revoke, or remove the app under the user's Planning Center profile → Connected applications.",
    sample: (g) => `pco_tok_${g.hex(72)}`,
  }),
];
