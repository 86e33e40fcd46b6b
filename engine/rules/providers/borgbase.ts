// BorgBase: BorgBase API token.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const borgbaseRules: Rule[] = [
  contextRule({
    id: 'borgbase-api-token',
    provider: 'BorgBase',
    family: 'infrastructure',
    description: 'BorgBase API token',
    names: ['borg[_-]?base'],
    keywords: ['borgbase', 'borg_base', 'borg-base'],
    value: 'eyJ[A-Za-z0-9_-]{20,80}\\.eyJ[A-Za-z0-9_-]{40,400}\\.[A-Za-z0-9_-]{43}',
    envName: 'BORGBASE_TOKEN',
    docsUrl: 'https://docs.borgbase.com/api/',
    revocationUrl: null,
    revocationNote: 'Revoke the token under Account → API in BorgBase.',
    sample: (g) => `eyJ${g.base64url(33)}.eyJ${g.base64url(90)}.${g.base64url(43)}`,
  }),
];
