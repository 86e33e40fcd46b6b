// Apifonica: Apifonica API key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const apifonicaRules: Rule[] = [
  contextRule({
    id: 'apifonica-api-key',
    provider: 'Apifonica',
    family: 'messaging',
    description: 'Apifonica API key',
    names: ['apifonica'],
    keywords: ['apifonica'],
    value: '[0-9a-z]{11}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}',
    envName: 'APIFONICA_API_KEY',
    docsUrl: 'https://www.apifonica.com/en/docs/',
    revocationUrl: null,
    revocationNote: 'Regenerate the key in the Apifonica account settings, then update every service that sends with it.',
    sample: (g) => `${g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 11)}-${g.hex(4)}-${g.hex(4)}-${g.hex(4)}-${g.hex(12)}`,
  }),
];
