// LogicMonitor LMv1 access keys: 40 printable characters, paired with an access ID.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const logicmonitorRules: Rule[] = [
  contextRule({
    id: 'logicmonitor-access-key',
    provider: 'LogicMonitor',
    family: 'observability',
    description: 'LogicMonitor LMv1 access key',
    names: ['logicmonitor[_-]?(?:access[_-]?)?key', 'lm[_-]?access[_-]?key'],
    keywords: ['logicmonitor', 'lm_access', 'lm-access', 'lmaccess'],
    value: '[A-Za-z0-9!#$%&()*+,./:;<=>?@\\[\\]^_{|}~-]{40}',
    end: 'A-Za-z0-9!#$%&()*+,./:;<=>?@\\[\\]^_{|}~-',
    minEntropy: 3.5,
    envName: 'LM_ACCESS_KEY',
    docsUrl: 'https://www.logicmonitor.com/support/rest-api-developers-guide/overview/using-logicmonitors-rest-api',
    revocationUrl: null,
    revocationNote: 'Delete the API token on the user in LogicMonitor → Settings → Users and Roles → API Tokens, and create a new one.',
    sample: (g) => `${g.base64(40)}`,
    negatives: (g) => [`LM_ACCESS_KEY="${g.base64(50)}"` /* too long */],
  }),
];
