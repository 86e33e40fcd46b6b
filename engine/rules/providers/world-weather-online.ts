// World Weather Online: world Weather Online API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

export const worldWeatherOnlineRules: Rule[] = [
  contextRule({
    id: 'world-weather-online-api-key',
    provider: 'World Weather Online',
    family: 'saas',
    description: 'World Weather Online API key',
    names: ['worldweather', 'world[_.-]weather', 'wwo[_.-]?api'],
    keywords: ['worldweather', 'world_weather', 'world-weather', 'world.weather', 'wwoapi', 'wwo_api', 'wwo-api', 'wwo.api'],
    value: '[a-z0-9]{31}',
    envName: 'WWO_API_KEY',
    docsUrl: 'https://www.worldweatheronline.com/weather-api/api/docs/',
    revocationUrl: 'https://www.worldweatheronline.com/weather-api/api/mykey.aspx',
    sample: (g) => g.chars(LOWER_ALNUM, 31),
  }),
];
