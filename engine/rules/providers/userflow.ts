// Userflow: userflow API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

export const userflowRules: Rule[] = [
  contextRule({
    id: 'userflow-api-key',
    provider: 'Userflow',
    family: 'saas',
    description: 'Userflow API key',
    names: ['userflow'],
    keywords: ['userflow'],
    value: 'ak_[a-z0-9]{26}',
    envName: 'USERFLOW_API_KEY',
    docsUrl: 'https://userflow.com/docs/api',
    revocationUrl: 'https://getuserflow.com/app/settings/api',
    sample: (g) => `ak_${g.chars(LOWER_ALNUM, 26)}`,
  }),
];
