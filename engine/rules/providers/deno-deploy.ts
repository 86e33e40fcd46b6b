// Deno Deploy access tokens: `ddp_` (personal) and `ddo_` (organization) + 36 characters.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const denoDeployRules: Rule[] = [
  tokenRule({
    id: 'deno-deploy-personal-token',
    provider: 'Deno Deploy',
    family: 'infrastructure',
    description: 'Deno Deploy personal access token',
    prefix: 'ddp_',
    body: '[A-Za-z0-9]{36}',
    envName: 'DENO_DEPLOY_TOKEN',
    docsUrl: 'https://docs.deno.com/deploy/manual/api/',
    revocationUrl: 'https://dash.deno.com/account#access-tokens',
    sample: (g) => `ddp_${g.alnum(36)}`,
    negatives: (g) => [
      `DENO_DEPLOY_TOKEN="DDP_${g.alnum(36)}"`, // prefix in the wrong case
    ],
  }),
  tokenRule({
    id: 'deno-deploy-organization-token',
    provider: 'Deno Deploy',
    family: 'infrastructure',
    description: 'Deno Deploy organization access token',
    prefix: 'ddo_',
    body: '[A-Za-z0-9]{36}',
    envName: 'DENO_DEPLOY_ORG_TOKEN',
    docsUrl: 'https://docs.deno.com/deploy/manual/api/',
    revocationUrl: null,
    revocationNote: "Delete the token in the organization's Settings → Access Tokens on dash.deno.com.",
    sample: (g) => `ddo_${g.alnum(36)}`,
    negatives: (g) => [
      `DENO_DEPLOY_ORG_TOKEN="DDO_${g.alnum(36)}"`, // prefix in the wrong case
    ],
  }),
];
