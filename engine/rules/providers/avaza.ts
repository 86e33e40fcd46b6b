// Avaza: Avaza personal access token.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const avazaRules: Rule[] = [
  contextRule({
    id: 'avaza-personal-access-token',
    provider: 'Avaza',
    family: 'saas',
    description: 'Avaza personal access token',
    names: ['avaza'],
    keywords: ['avaza'],
    value: '[0-9]{1,10}-[a-f0-9]{40}',
    envName: 'AVAZA_TOKEN',
    docsUrl: 'https://api.avaza.com/',
    revocationUrl: null,
    revocationNote: 'Revoke the token under Settings → Integrations → API access in Avaza.',
    sample: (g) => `${g.digits(6)}-${g.hex(40)}`,
  }),
];
