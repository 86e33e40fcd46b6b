// Qubole: qubole API token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

export const quboleRules: Rule[] = [
  contextRule({
    id: 'qubole-api-token',
    provider: 'Qubole',
    family: 'infrastructure',
    description: 'Qubole API token',
    names: ['qubole'],
    keywords: ['qubole'],
    value: '[a-z0-9]{64}',
    envName: 'QUBOLE_API_TOKEN',
    docsUrl: 'https://docs.qubole.com/en/latest/rest-api/api_overview.html',
    revocationUrl: null,
    revocationNote: 'Qubole has no public revocation link: regenerate (reset) the key in your Qubole control panel (My Accounts → API token), then update every place that uses it.',
    sample: (g) => g.chars(LOWER_ALNUM, 64),
  }),
];
