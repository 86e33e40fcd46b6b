// OctoPrint: octoPrint API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

const UPPER_HEX = '0123456789ABCDEF';

export const octoprintRules: Rule[] = [
  contextRule({
    id: 'octoprint-api-key',
    provider: 'OctoPrint',
    family: 'infrastructure',
    description: 'OctoPrint API key',
    names: ['octoprint'],
    keywords: ['octoprint'],
    value: '[A-Za-z0-9_-]{32,43}',
    envName: 'OCTOPRINT_API_KEY',
    docsUrl: 'https://docs.octoprint.org/en/master/api/general.html#authorization',
    revocationUrl: null,
    revocationNote: 'Revoke the key in OctoPrint (Settings → Application Keys, or the global key under API) and create a new one.',
    sample: (g) => g.chars(UPPER_HEX, 32),
  }),
];
