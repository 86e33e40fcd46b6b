// BlazeMeter: BlazeMeter API key secret.
import type { Rule } from '../../types';
import { contextRule, namedPart } from '../ruleBuilders';

export const blazemeterRules: Rule[] = [
  contextRule({
    id: 'blazemeter-api-key-secret',
    provider: 'BlazeMeter',
    family: 'observability',
    description: 'BlazeMeter API key secret',
    names: ['blaze[_-]?meter[a-z_-]{0,12}(?:secret|key)'],
    keywords: ['blazemeter', 'blaze_meter', 'blaze-meter'],
    value: '[a-f0-9]{64}',
    envName: 'BLAZEMETER_API_SECRET',
    docsUrl: 'https://help.blazemeter.com/docs/guide/api-blazemeter-api-keys.html',
    revocationUrl: 'https://a.blazemeter.com/app/#/settings/api-keys',
    sample: (g) => g.hex(64),
    parts: [namedPart({ id: 'api-key-id', label: 'API key ID', names: ['blaze[_-]?meter[_-]?(?:api[_-]?)?(?:key[_-]?)?id'], value: '[a-f0-9]{24}', envName: 'BLAZEMETER_API_KEY_ID' })],
    positives: (g) => [`BLAZEMETER_API_KEY_ID=${g.p(g.hex(24))}\nBLAZEMETER_API_SECRET=${g.s(g.hex(64))}\n`],
  }),
];
