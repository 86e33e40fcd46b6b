// Radar (geolocation) secret keys: `prj_live_sk_` / `prj_test_sk_` and 40 hex digits.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const radarRules: Rule[] = [
  tokenRule({
    id: 'radar-live-secret-key',
    provider: 'Radar',
    family: 'saas',
    description: 'Radar live secret key',
    prefix: 'prj_live_sk_',
    body: '[a-f0-9]{40}',
    envName: 'RADAR_SECRET_KEY',
    docsUrl: 'https://radar.com/documentation/api#authentication',
    revocationUrl: 'https://radar.com/dashboard/settings',
    sample: (g) => `prj_live_sk_${g.hex(40)}`,
  }),
  tokenRule({
    id: 'radar-test-secret-key',
    provider: 'Radar',
    family: 'saas',
    description: 'Radar test secret key',
    prefix: 'prj_test_sk_',
    body: '[a-f0-9]{40}',
    severity: 'warning',
    envName: 'RADAR_TEST_SECRET_KEY',
    docsUrl: 'https://radar.com/documentation/api#authentication',
    revocationUrl: 'https://radar.com/dashboard/settings',
    sample: (g) => `prj_test_sk_${g.hex(40)}`,
  }),
];
