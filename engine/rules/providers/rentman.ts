// Rentman: rentman API token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const rentmanRules: Rule[] = [
  contextRule({
    id: 'rentman-api-token',
    provider: 'Rentman',
    family: 'saas',
    description: 'Rentman API token',
    names: ['rentman'],
    keywords: ['rentman'],
    value: 'eyJ[A-Za-z0-9_-]{30,40}\\.eyJ[A-Za-z0-9_-]{200,350}\\.[A-Za-z0-9_-]{40,50}',
    envName: 'RENTMAN_API_TOKEN',
    docsUrl: 'https://api.rentman.net/',
    revocationUrl: null,
    revocationNote: 'Revoke the token in Rentman (Configuration → Extensions → API → Connect) and generate a new one.',
    sample: (g) => `eyJ${g.base64url(33)}.eyJ${g.base64url(260)}.${g.base64url(43)}`,
  }),
];
