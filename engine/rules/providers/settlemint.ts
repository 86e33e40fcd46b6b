// SettleMint platform tokens: personal (`sm_pat_`), application (`sm_aat_`) and service (`sm_sat_`) access tokens.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const settlemintRules: Rule[] = [
  tokenRule({
    id: 'settlemint-personal-access-token',
    provider: 'SettleMint',
    family: 'infrastructure',
    description: 'SettleMint personal access token',
    prefix: 'sm_pat_',
    body: '[A-Za-z0-9]{16}',
    envName: 'SETTLEMINT_ACCESS_TOKEN',
    docsUrl: 'https://console.settlemint.com/documentation/platform-components/security-and-authentication/personal-access-tokens',
    revocationUrl: 'https://console.settlemint.com/',
    revocationNote: 'Delete the token in the SettleMint console (user menu → Personal access tokens) and create a new one.',
    sample: (g) => `sm_pat_${g.alnum(16)}`,
  }),
  tokenRule({
    id: 'settlemint-application-access-token',
    provider: 'SettleMint',
    family: 'infrastructure',
    description: 'SettleMint application access token',
    prefix: 'sm_aat_',
    body: '[A-Za-z0-9]{16}',
    envName: 'SETTLEMINT_APPLICATION_ACCESS_TOKEN',
    docsUrl: 'https://console.settlemint.com/documentation/platform-components/security-and-authentication/application-access-tokens',
    revocationUrl: 'https://console.settlemint.com/',
    revocationNote: 'Delete the token in the SettleMint console (application → Access tokens) and create a new one.',
    sample: (g) => `sm_aat_${g.alnum(16)}`,
  }),
  tokenRule({
    id: 'settlemint-service-access-token',
    provider: 'SettleMint',
    family: 'infrastructure',
    description: 'SettleMint service access token',
    prefix: 'sm_sat_',
    body: '[A-Za-z0-9]{16}',
    envName: 'SETTLEMINT_SERVICE_ACCESS_TOKEN',
    docsUrl: 'https://console.settlemint.com/documentation',
    revocationUrl: 'https://console.settlemint.com/',
    revocationNote: 'Delete the token in the SettleMint console and create a new one.',
    sample: (g) => `sm_sat_${g.alnum(16)}`,
  }),
];
