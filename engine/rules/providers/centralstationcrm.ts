// CentralStationCRM: 30-character lower-case API keys.
import type { Rule } from '../../types';
import { LOWER_DIGITS } from '../alphabets';
import { contextRule } from '../ruleBuilders';

export const centralstationcrmRules: Rule[] = [
  contextRule({
    id: 'centralstationcrm-api-key',
    provider: 'CentralStationCRM',
    family: 'saas',
    description: 'CentralStationCRM API key',
    names: ['central[_-]?station(?:[_-]?crm)?'],
    keywords: ['central-station', 'central_station', 'centralstation'],
    value: '[a-z0-9]{30}',
    envName: 'CENTRALSTATION_API_KEY',
    docsUrl: 'https://api.centralstationcrm.net/',
    revocationUrl: null,
    revocationNote: 'Regenerate the API key in CentralStationCRM → Settings → API.',
    sample: (g) => g.chars(LOWER_DIGITS, 30),
    negatives: (g) => [
      `CENTRALSTATION_API_KEY="${g.chars(LOWER_DIGITS, 33)}"`, // too long
      `CENTRALSTATION_API_KEY="${g.chars(LOWER_DIGITS, 29)}Q"`, // outside the lower alphabet
    ],
  }),
];
