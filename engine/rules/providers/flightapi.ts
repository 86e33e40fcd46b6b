// FlightAPI.io: 24 hex-digit API keys.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const flightapiRules: Rule[] = [
  contextRule({
    id: 'flightapi-api-key',
    provider: 'FlightAPI',
    family: 'saas',
    description: 'FlightAPI key',
    names: ['flight[_-]?api'],
    keywords: ['flight-api', 'flight_api', 'flightapi'],
    value: '[a-fA-F0-9]{24}',
    minEntropy: 2.5, // a short hex value often repeats digits
    envName: 'FLIGHTAPI_KEY',
    docsUrl: 'https://docs.flightapi.io/',
    revocationUrl: null,
    revocationNote: 'Regenerate the key in the FlightAPI dashboard.',
    sample: (g) => g.hex(24),
    negatives: (g) => [
      `FLIGHTAPI_KEY="${g.hex(27)}"`, // too long
      `FLIGHTAPI_KEY="${g.hex(23)}g"`, // outside the hex alphabet
    ],
  }),
];
