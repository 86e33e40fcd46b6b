// Kong Konnect tokens: `kpat_` (personal access tokens) and `spat_` (system accounts).
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const kongKonnectRules: Rule[] = [
  tokenRule({
    id: 'kong-konnect-personal-access-token',
    provider: 'Kong Konnect',
    family: 'infrastructure',
    description: 'Kong Konnect personal access token',
    prefix: 'kpat_',
    body: '[A-Za-z0-9]{32,64}',
    envName: 'KONNECT_TOKEN',
    docsUrl: 'https://docs.konghq.com/konnect/org-management/access-tokens/',
    revocationUrl: 'https://cloud.konghq.com/global/account/tokens',
    sample: (g) => `kpat_${g.alnum(46)}`,
    negatives: (g) => [
      `KONNECT_TOKEN="KPAT_${g.alnum(46)}"`, // prefix in the wrong case
    ],
  }),
  tokenRule({
    id: 'kong-konnect-system-account-token',
    provider: 'Kong Konnect',
    family: 'infrastructure',
    description: 'Kong Konnect system account token',
    prefix: 'spat_',
    body: '[A-Za-z0-9]{32,64}',
    envName: 'KONNECT_SYSTEM_TOKEN',
    docsUrl: 'https://docs.konghq.com/konnect/org-management/system-accounts/',
    revocationUrl: null,
    revocationNote: 'Delete the token on the system account in Konnect → Organization → System Accounts.',
    sample: (g) => `spat_${g.alnum(46)}`,
    negatives: (g) => [
      `KONNECT_SYSTEM_TOKEN="SPAT_${g.alnum(46)}"`, // prefix in the wrong case
    ],
  }),
];
