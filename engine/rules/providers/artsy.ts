// Artsy: Artsy API client secret.
import type { Rule } from '../../types';
import { contextRule, namedPart } from '../ruleBuilders';

export const artsyRules: Rule[] = [
  contextRule({
    id: 'artsy-client-secret',
    provider: 'Artsy',
    family: 'saas',
    description: 'Artsy API client secret',
    names: ['artsy[a-z_-]{0,12}secret'],
    keywords: ['artsy'],
    value: '[a-f0-9]{32}',
    envName: 'ARTSY_CLIENT_SECRET',
    docsUrl: 'https://developers.artsy.net/v2/start',
    revocationUrl: 'https://developers.artsy.net/clients',
    sample: (g) => g.hex(32),
    parts: [namedPart({ id: 'client-id', label: 'client ID', names: ['artsy[_-]?client[_-]?id'], value: '[a-f0-9]{20}', envName: 'ARTSY_CLIENT_ID' })],
    positives: (g) => [`ARTSY_CLIENT_ID=${g.p(g.hex(20))}\nARTSY_CLIENT_SECRET=${g.s(g.hex(32))}\n`],
  }),
];
