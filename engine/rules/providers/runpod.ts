// RunPod API keys: `rpa_` and an upper-case alphanumeric body.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

export const runpodRules: Rule[] = [
  tokenRule({
    id: 'runpod-api-key',
    provider: 'RunPod',
    family: 'ai',
    description: 'RunPod API key',
    prefix: 'rpa_',
    body: '[A-Za-z0-9]{32,64}',
    envName: 'RUNPOD_API_KEY',
    docsUrl: 'https://docs.runpod.io/get-started/api-keys',
    revocationUrl: 'https://www.runpod.io/console/user/settings',
    sample: (g) => `rpa_${g.chars(UPPER_ALNUM, 44)}`,
  }),
];
