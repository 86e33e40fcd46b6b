// packagecloud: packagecloud API token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const packagecloudRules: Rule[] = [
  contextRule({
    id: 'packagecloud-api-token',
    provider: 'packagecloud',
    family: 'package-registry',
    description: 'packagecloud API token',
    names: ['packagecloud'],
    keywords: ['packagecloud'],
    value: '[a-f0-9]{48}',
    envName: 'PACKAGECLOUD_TOKEN',
    docsUrl: 'https://packagecloud.io/docs/api',
    revocationUrl: 'https://packagecloud.io/api_token',
    sample: (g) => g.hex(48),
  }),
];
