// bunny.net: bunny.net account / storage API key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const bunnyNetRules: Rule[] = [
  contextRule({
    id: 'bunny-net-api-key',
    provider: 'bunny.net',
    family: 'infrastructure',
    description: 'bunny.net account / storage API key',
    names: ['bunny[a-z_-]{0,20}(?:key|token|password)', 'bunnycdn'],
    keywords: ['bunny'],
    value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?:-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})?',
    envName: 'BUNNY_API_KEY',
    docsUrl: 'https://docs.bunny.net/reference/bunnynet-api-overview',
    revocationUrl: 'https://dash.bunny.net/account/api-key',
    revocationNote: 'Reset the account API key (or the storage zone password under Storage → FTP & API access).',
    sample: (g) => `${g.uuid()}-${g.hex(4)}-${g.hex(4)}-${g.hex(4)}-${g.hex(12)}`,
  }),
];
