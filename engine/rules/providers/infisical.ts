// Infisical: service tokens (`st.` + id + two secrets) and universal-auth client secrets (64 hex digits).
import type { Rule } from '../../types';
import { contextRule, tokenRule } from '../ruleBuilders';

export const infisicalRules: Rule[] = [
  tokenRule({
    id: 'infisical-service-token',
    provider: 'Infisical',
    family: 'infrastructure',
    description: 'Infisical service token',
    prefix: 'st.',
    body: '[a-f0-9]{24}\\.[a-f0-9]{32}\\.[a-f0-9]{32}',
    envName: 'INFISICAL_TOKEN',
    docsUrl: 'https://infisical.com/docs/documentation/platform/token',
    revocationUrl: null,
    revocationNote: 'Delete the service token in the Infisical project → Access control → Service tokens and create a new one.',
    sample: (g) => `st.${g.hex(24)}.${g.hex(32)}.${g.hex(32)}`,
    negatives: (g) => [
      `INFISICAL_TOKEN="ST.${g.hex(24)}.${g.hex(32)}.${g.hex(32)}"`, // prefix in the wrong case
      `INFISICAL_TOKEN="st.${g.hex(24)}.${g.hex(32)}"` /* missing the key part */,
    ],
  }),
  contextRule({
    id: 'infisical-client-secret',
    provider: 'Infisical',
    family: 'infrastructure',
    description: 'Infisical universal-auth client secret',
    names: ['infisical[_-]?(?:universal[_-]?auth[_-]?)?client[_-]?secret'],
    keywords: ['infisical'],
    value: '[a-fA-F0-9]{64}',
    envName: 'INFISICAL_UNIVERSAL_AUTH_CLIENT_SECRET',
    docsUrl: 'https://infisical.com/docs/documentation/platform/identities/universal-auth',
    revocationUrl: null,
    revocationNote: 'Revoke the client secret on the machine identity (Organization → Access control → Identities) and create a new one.',
    sample: (g) => g.hex(64),
    negatives: (g) => [
      `INFISICAL_UNIVERSAL_AUTH_CLIENT_SECRET="${g.hex(67)}"`, // too long
      `INFISICAL_UNIVERSAL_AUTH_CLIENT_SECRET="${g.hex(63)}g"`, // outside the hex alphabet
    ],
  }),
];
