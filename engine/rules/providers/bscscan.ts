// BscScan: BscScan API key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

const UPPER_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

export const bscscanRules: Rule[] = [
  contextRule({
    id: 'bscscan-api-key',
    provider: 'BscScan',
    family: 'payments',
    description: 'BscScan API key',
    names: ['bsc[_-]?scan'],
    keywords: ['bscscan', 'bsc_scan', 'bsc-scan'],
    value: '[A-Z0-9]{34}',
    envName: 'BSCSCAN_API_KEY',
    docsUrl: 'https://docs.bscscan.com/',
    revocationUrl: 'https://bscscan.com/myapikey',
    sample: (g) => g.chars(UPPER_DIGITS, 34),
  }),
];
