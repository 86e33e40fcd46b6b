// AbuseIPDB: AbuseIPDB API key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const abuseipdbRules: Rule[] = [
  contextRule({
    id: 'abuseipdb-api-key',
    provider: 'AbuseIPDB',
    family: 'saas',
    description: 'AbuseIPDB API key',
    names: ['abuse[_-]?ipdb'],
    keywords: ['abuseipdb', 'abuse_ipdb', 'abuse-ipdb'],
    value: '[a-f0-9]{80}',
    envName: 'ABUSEIPDB_API_KEY',
    docsUrl: 'https://docs.abuseipdb.com/',
    revocationUrl: 'https://www.abuseipdb.com/account/api',
    sample: (g) => g.hex(80),
  }),
];
