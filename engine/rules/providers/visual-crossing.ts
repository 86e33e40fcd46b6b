// Visual Crossing: visual Crossing weather API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

export const visualCrossingRules: Rule[] = [
  contextRule({
    id: 'visual-crossing-api-key',
    provider: 'Visual Crossing',
    family: 'saas',
    description: 'Visual Crossing weather API key',
    names: ['visualcrossing', 'visual[_.-]crossing'],
    keywords: ['visualcrossing', 'visual_crossing', 'visual-crossing', 'visual.crossing'],
    value: '[A-Z0-9]{25}',
    envName: 'VISUAL_CROSSING_API_KEY',
    docsUrl: 'https://www.visualcrossing.com/resources/documentation/weather-api/timeline-weather-api/',
    revocationUrl: 'https://www.visualcrossing.com/account',
    sample: (g) => g.chars(UPPER_ALNUM, 25),
  }),
];
