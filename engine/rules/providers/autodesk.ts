// Autodesk Platform Services: Autodesk Platform Services (Forge) client secret.
import type { Rule } from '../../types';
import { contextRule, namedPart } from '../ruleBuilders';

export const autodeskRules: Rule[] = [
  contextRule({
    id: 'autodesk-client-secret',
    provider: 'Autodesk Platform Services',
    family: 'saas',
    description: 'Autodesk Platform Services (Forge) client secret',
    names: ['autodesk[a-z_-]{0,12}secret', 'aps[_-]?client[_-]?secret', 'forge[_-]?client[_-]?secret'],
    keywords: ['autodesk', 'aps_client', 'apsclient', 'aps-client', 'forge_client', 'forgeclient', 'forge-client'],
    value: '[A-Za-z0-9]{16}(?:[A-Za-z0-9]{48})?',
    envName: 'APS_CLIENT_SECRET',
    docsUrl: 'https://aps.autodesk.com/en/docs/oauth/v2/developers_guide/create-app/',
    revocationUrl: 'https://aps.autodesk.com/myapps/',
    sample: (g) => g.alnum(64),
    parts: [namedPart({ id: 'client-id', label: 'client ID', names: ['autodesk[_-]?client[_-]?id', 'aps[_-]?client[_-]?id', 'forge[_-]?client[_-]?id'], value: '[A-Za-z0-9]{32,48}', envName: 'APS_CLIENT_ID' })],
    positives: (g) => [`APS_CLIENT_ID=${g.p(g.alnum(32))}\nAPS_CLIENT_SECRET=${g.s(g.alnum(64))}\n`],
  }),
];
