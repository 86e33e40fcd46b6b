// MuleSoft Anypoint: MuleSoft Anypoint connected app client secret.
import type { Rule } from '../../types';
import { contextRule, namedPart } from '../ruleBuilders';

export const anypointRules: Rule[] = [
  contextRule({
    id: 'anypoint-client-secret',
    provider: 'MuleSoft Anypoint',
    family: 'infrastructure',
    description: 'MuleSoft Anypoint connected app client secret',
    names: ['anypoint[a-z_-]{0,12}secret', 'mulesoft[a-z_-]{0,12}secret'],
    keywords: ['anypoint', 'mulesoft'],
    value: '[a-f0-9]{32}',
    envName: 'ANYPOINT_CLIENT_SECRET',
    docsUrl: 'https://docs.mulesoft.com/access-management/connected-apps-overview',
    revocationUrl: 'https://anypoint.mulesoft.com/accounts/connectedApps',
    sample: (g) => g.hex(32),
    parts: [namedPart({ id: 'client-id', label: 'client ID', names: ['anypoint[_-]?client[_-]?id', 'mulesoft[_-]?client[_-]?id'], value: '[a-f0-9]{32}', envName: 'ANYPOINT_CLIENT_ID' })],
    positives: (g) => [`ANYPOINT_CLIENT_ID=${g.p(g.hex(32))}\nANYPOINT_CLIENT_SECRET=${g.s(g.hex(32))}\n`],
  }),
];
