// Adzuna: Adzuna API application key.
import type { Rule } from '../../types';
import { contextRule, namedPart } from '../ruleBuilders';

export const adzunaRules: Rule[] = [
  contextRule({
    id: 'adzuna-app-key',
    provider: 'Adzuna',
    family: 'saas',
    description: 'Adzuna API application key',
    names: ['adzuna[a-z_-]{0,12}key', 'adzuna[_-]?api'],
    keywords: ['adzuna'],
    value: '[a-f0-9]{32}',
    envName: 'ADZUNA_APP_KEY',
    docsUrl: 'https://developer.adzuna.com/overview',
    revocationUrl: 'https://developer.adzuna.com/admin/applications',
    sample: (g) => g.hex(32),
    parts: [namedPart({ id: 'app-id', label: 'application ID', names: ['adzuna[_-]?app[_-]?id'], value: '[a-f0-9]{8}', envName: 'ADZUNA_APP_ID' })],
    positives: (g) => [`ADZUNA_APP_ID=${g.p(g.hex(8))}\nADZUNA_APP_KEY=${g.s(g.hex(32))}\n`],
  }),
];
