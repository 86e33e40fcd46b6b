// CrowdStrike Falcon API client secrets: 40 characters, paired with a 32 hex-digit client ID.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const crowdstrikeRules: Rule[] = [
  contextRule({
    id: 'crowdstrike-client-secret',
    provider: 'CrowdStrike',
    family: 'infrastructure',
    description: 'CrowdStrike Falcon API client secret',
    names: ['falcon[_-]?client[_-]?secret', 'crowdstrike[_-]?(?:client[_-]?)?secret'],
    keywords: ['crowdstrike', 'falcon'],
    value: '[A-Za-z0-9]{40}',
    envName: 'FALCON_CLIENT_SECRET',
    docsUrl: 'https://falcon.crowdstrike.com/documentation/page/a2a7fc0e/crowdstrike-oauth2-based-apis',
    revocationUrl: 'https://falcon.crowdstrike.com/api-clients-and-keys/clients',
    sample: (g) => g.alnum(40),
    negatives: (g) => [
      `FALCON_CLIENT_SECRET="${g.alnum(43)}"`, // too long
      `FALCON_CLIENT_SECRET="${g.alnum(20)}.${g.alnum(19)}"`, // a character outside the alphabet
    ],
  }),
];
