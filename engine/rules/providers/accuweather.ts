// AccuWeather: AccuWeather API key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const accuweatherRules: Rule[] = [
  contextRule({
    id: 'accuweather-api-key',
    provider: 'AccuWeather',
    family: 'saas',
    description: 'AccuWeather API key',
    names: ['accu[_-]?weather'],
    keywords: ['accuweather', 'accu_weather', 'accu-weather'],
    value: '[A-Za-z0-9]{32}',
    envName: 'ACCUWEATHER_API_KEY',
    docsUrl: 'https://developer.accuweather.com/getting-started',
    revocationUrl: 'https://developer.accuweather.com/user/me/apps',
    sample: (g) => g.alnum(32),
  }),
];
