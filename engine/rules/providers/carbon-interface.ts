// Carbon Interface (emissions estimates): 21-character API keys.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const carbonInterfaceRules: Rule[] = [
  contextRule({
    id: 'carbon-interface-api-key',
    provider: 'Carbon Interface',
    family: 'saas',
    description: 'Carbon Interface API key',
    names: ['carbon[_-]?interface'],
    keywords: ['carbon-interface', 'carbon_interface', 'carboninterface'],
    value: '[A-Za-z0-9]{21}',
    envName: 'CARBON_INTERFACE_API_KEY',
    docsUrl: 'https://docs.carboninterface.com/#/?id=authentication',
    revocationUrl: null,
    revocationNote: 'Create a new key in the Carbon Interface dashboard and delete the old one.',
    sample: (g) => g.alnum(21),
    negatives: (g) => [
      `CARBON_INTERFACE_API_KEY="${g.alnum(24)}"`, // too long
      `CARBON_INTERFACE_API_KEY="${g.alnum(10)}.${g.alnum(10)}"`, // a character outside the alphabet
    ],
  }),
];
