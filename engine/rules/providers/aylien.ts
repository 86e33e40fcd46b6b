// AYLIEN: AYLIEN text / news API key.
import type { Rule } from '../../types';
import { contextRule, namedPart } from '../ruleBuilders';

export const aylienRules: Rule[] = [
  contextRule({
    id: 'aylien-api-key',
    provider: 'AYLIEN',
    family: 'ai',
    description: 'AYLIEN text / news API key',
    names: ['aylien[a-z_-]{0,12}(?:key|token)'],
    keywords: ['aylien'],
    value: '[a-f0-9]{32}',
    envName: 'AYLIEN_API_KEY',
    docsUrl: 'https://docs.aylien.com/',
    revocationUrl: null,
    revocationNote: 'Regenerate the key in the AYLIEN developer portal (Account → Applications).',
    sample: (g) => g.hex(32),
    parts: [namedPart({ id: 'app-id', label: 'application ID', names: ['aylien[_-]?app(?:lication)?[_-]?id'], value: '[a-f0-9]{8}', envName: 'AYLIEN_APP_ID' })],
    positives: (g) => [`AYLIEN_APP_ID=${g.p(g.hex(8))}\nAYLIEN_API_KEY=${g.s(g.hex(32))}\n`],
  }),
];
