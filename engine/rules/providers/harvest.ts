// Harvest personal access tokens: account number, `.pt.`, then 86 URL-safe characters.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const harvestRules: Rule[] = [
  contextRule({
    id: 'harvest-personal-access-token',
    provider: 'Harvest',
    family: 'saas',
    description: 'Harvest personal access token',
    names: ['harvest'],
    keywords: ['harvest'],
    value: '[0-9]{6,8}\\.pt\\.[A-Za-z0-9_-]{86}',
    envName: 'HARVEST_ACCESS_TOKEN',
    docsUrl: 'https://help.getharvest.com/api-v2/authentication-api/authentication/authentication/',
    revocationUrl: 'https://id.getharvest.com/developers',
    sample: (g) => `${g.digits(7)}.pt.${g.base64url(86)}`,
    negatives: (g) => [`HARVEST_ACCESS_TOKEN="${g.digits(7)}.pt.${g.base64url(40)}"` /* short */, `HARVEST_ACCESS_TOKEN="${g.digits(7)}.at.${g.base64url(86)}"` /* another token kind marker */],
  }),
];
