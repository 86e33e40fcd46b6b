// FlightStats (Cirium) application keys: 32 hex digits, paired with an application ID.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const flightstatsRules: Rule[] = [
  contextRule({
    id: 'flightstats-app-key',
    provider: 'FlightStats',
    family: 'saas',
    description: 'FlightStats application key',
    names: ['flight[_-]?stats'],
    keywords: ['flight-stats', 'flight_stats', 'flightstats'],
    value: '[a-fA-F0-9]{32}',
    envName: 'FLIGHTSTATS_APP_KEY',
    docsUrl: 'https://developer.flightstats.com/getting-started/',
    revocationUrl: null,
    revocationNote: 'Regenerate the application key in the FlightStats developer portal (Applications).',
    sample: (g) => g.hex(32),
    negatives: (g) => [
      `FLIGHTSTATS_APP_KEY="${g.hex(35)}"`, // too long
      `FLIGHTSTATS_APP_KEY="${g.hex(31)}g"`, // outside the hex alphabet
    ],
  }),
];
