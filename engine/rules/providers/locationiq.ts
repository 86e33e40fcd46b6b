// LocationIQ access tokens: `pk.` + 32 hex digits.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const locationiqRules: Rule[] = [
  contextRule({
    id: 'locationiq-access-token',
    provider: 'LocationIQ',
    family: 'saas',
    description: 'LocationIQ access token',
    names: ['location[_-]?iq'],
    keywords: ['location-iq', 'location_iq', 'locationiq'],
    value: 'pk\\.[a-f0-9]{32}',
    maskPrefix: /^pk\./,
    envName: 'LOCATIONIQ_ACCESS_TOKEN',
    docsUrl: 'https://docs.locationiq.com/docs/authentication',
    revocationUrl: 'https://my.locationiq.com/dashboard/#accesstoken',
    sample: (g) => `pk.${g.hex(32)}`,
    negatives: (g) => [`LOCATIONIQ_ACCESS_TOKEN="pk.${g.hex(20)}"` /* short */, `LOCATIONIQ_ACCESS_TOKEN="${g.hex(32)}"` /* no pk. prefix */],
  }),
];
