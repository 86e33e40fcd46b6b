// Amadeus: Amadeus for Developers API secret.
import type { Rule } from '../../types';
import { contextRule, namedPart } from '../ruleBuilders';

export const amadeusRules: Rule[] = [
  contextRule({
    id: 'amadeus-client-secret',
    provider: 'Amadeus',
    family: 'saas',
    description: 'Amadeus for Developers API secret',
    names: ['amadeus[a-z_-]{0,12}(?:secret|api[_-]?key)'],
    keywords: ['amadeus'],
    value: '[A-Za-z0-9]{16}',
    envName: 'AMADEUS_CLIENT_SECRET',
    docsUrl: 'https://developers.amadeus.com/get-started/get-started-with-self-service-apis-335',
    revocationUrl: 'https://developers.amadeus.com/my-apps',
    sample: (g) => g.alnum(16),
    parts: [namedPart({ id: 'client-id', label: 'API key (client ID)', names: ['amadeus[_-]?client[_-]?id'], value: '[A-Za-z0-9]{32}', envName: 'AMADEUS_CLIENT_ID' })],
    positives: (g) => [`AMADEUS_CLIENT_ID=${g.p(g.alnum(32))}\nAMADEUS_CLIENT_SECRET=${g.s(g.alnum(16))}\n`],
  }),
];
