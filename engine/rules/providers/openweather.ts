// OpenWeather: openWeather API key (appid), recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const openweatherRules: Rule[] = [
  contextRule({
    id: 'openweather-api-key',
    provider: 'OpenWeather',
    family: 'saas',
    description: 'OpenWeather API key (appid)',
    names: ['openweather', 'owm[_.-]?api', 'pyowm'],
    keywords: ['openweather', 'owmapi', 'owm_api', 'owm-api', 'owm.api', 'pyowm'],
    value: '[a-f0-9]{32}',
    envName: 'OPENWEATHER_API_KEY',
    docsUrl: 'https://openweathermap.org/appid',
    revocationUrl: 'https://home.openweathermap.org/api_keys',
    sample: (g) => g.hex(32),
  }),
];
