// Eventbrite private tokens: 20 upper-case characters.
import type { Rule } from '../../types';
import { UPPER_DIGITS } from '../alphabets';
import { contextRule } from '../ruleBuilders';

export const eventbriteRules: Rule[] = [
  contextRule({
    id: 'eventbrite-private-token',
    provider: 'Eventbrite',
    family: 'saas',
    description: 'Eventbrite private token',
    names: ['eventbrite'],
    keywords: ['eventbrite'],
    value: '[A-Z0-9]{20}',
    envName: 'EVENTBRITE_TOKEN',
    docsUrl: 'https://www.eventbrite.com/platform/api#/introduction/authentication',
    revocationUrl: 'https://www.eventbrite.com/platform/api-keys',
    sample: (g) => g.chars(UPPER_DIGITS, 20),
    negatives: (g) => [
      `EVENTBRITE_TOKEN="${g.chars(UPPER_DIGITS, 23)}"`, // too long
      `EVENTBRITE_TOKEN="${g.chars(UPPER_DIGITS, 19)}q"`, // outside the upper alphabet
    ],
  }),
];
