// Capsule CRM personal API tokens: 64 URL-safe characters.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const capsuleCrmRules: Rule[] = [
  contextRule({
    id: 'capsule-crm-api-token',
    provider: 'Capsule CRM',
    family: 'saas',
    description: 'Capsule CRM API token',
    names: ['capsule[_-]?crm'],
    keywords: ['capsule-crm', 'capsule_crm', 'capsulecrm'],
    value: '[A-Za-z0-9_-]{64}',
    envName: 'CAPSULE_CRM_API_TOKEN',
    docsUrl: 'https://developer.capsulecrm.com/v2/overview/authentication',
    revocationUrl: null,
    revocationNote: 'Delete the token in Capsule → My Preferences → API Authentication Tokens and create a new one.',
    sample: (g) => g.base64url(64),
    negatives: (g) => [
      `CAPSULE_CRM_API_TOKEN="${g.base64url(67)}"`, // too long
      `CAPSULE_CRM_API_TOKEN="${g.base64url(32)}.${g.base64url(31)}"`, // a character outside the alphabet
    ],
  }),
];
