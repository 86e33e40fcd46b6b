// dbt Cloud tokens: `dbtc_` (service tokens) and `dbtu_` (personal access tokens).
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const dbtRules: Rule[] = [
  tokenRule({
    id: 'dbt-cloud-token',
    provider: 'dbt Labs',
    family: 'infrastructure',
    description: 'dbt Cloud service or personal access token',
    prefix: ['dbtc_', 'dbtu_'],
    body: '[A-Za-z0-9_-]{40,80}',
    envName: 'DBT_CLOUD_API_TOKEN',
    docsUrl: 'https://docs.getdbt.com/docs/dbt-cloud-apis/service-tokens',
    revocationUrl: null,
    revocationNote: 'Delete the token in dbt Cloud → Account settings → Service tokens (or Personal tokens) and create a new one.',
    sample: (g) => `dbtc_${g.base64url(56)}`,
    negatives: (g) => [
      `DBT_CLOUD_API_TOKEN="DBTC_${g.base64url(56)}"`, // prefix in the wrong case
    ],
  }),
];
