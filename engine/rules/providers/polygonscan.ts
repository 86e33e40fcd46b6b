// PolygonScan: polygonScan API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

export const polygonscanRules: Rule[] = [
  contextRule({
    id: 'polygonscan-api-key',
    provider: 'PolygonScan',
    family: 'saas',
    description: 'PolygonScan API key',
    names: ['polygonscan'],
    keywords: ['polygonscan'],
    value: '[A-Z0-9]{34}',
    envName: 'POLYGONSCAN_API_KEY',
    docsUrl: 'https://docs.polygonscan.com/',
    revocationUrl: 'https://polygonscan.com/myapikey',
    sample: (g) => g.chars(UPPER_ALNUM, 34),
  }),
];
