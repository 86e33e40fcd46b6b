// Trigger.dev keys: environment secret keys `tr_dev_` / `tr_stg_` / `tr_prod_` and `tr_pat_` personal access tokens.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const triggerDevRules: Rule[] = [
  tokenRule({
    id: 'trigger-dev-secret-key',
    provider: 'Trigger.dev',
    family: 'infrastructure',
    description: 'Trigger.dev environment secret key',
    prefix: ['tr_prod_', 'tr_stg_', 'tr_dev_'],
    body: '[A-Za-z0-9]{20}',
    envName: 'TRIGGER_SECRET_KEY',
    docsUrl: 'https://trigger.dev/docs/apikeys',
    revocationUrl: null,
    revocationNote: "Regenerate the environment's secret key in the Trigger.dev dashboard (API keys page).",
    sample: (g) => `tr_prod_${g.alnum(20)}`,
  }),
  tokenRule({
    id: 'trigger-dev-personal-access-token',
    provider: 'Trigger.dev',
    family: 'infrastructure',
    description: 'Trigger.dev personal access token',
    prefix: 'tr_pat_',
    body: '[a-f0-9]{40}',
    envName: 'TRIGGER_ACCESS_TOKEN',
    docsUrl: 'https://trigger.dev/docs/management/authentication',
    revocationUrl: 'https://cloud.trigger.dev/account/tokens',
    sample: (g) => `tr_pat_${g.hex(40)}`,
  }),
];
