// MeaningCloud: meaningCloud license key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const meaningcloudRules: Rule[] = [
  contextRule({
    id: 'meaningcloud-license-key',
    provider: 'MeaningCloud',
    family: 'ai',
    description: 'MeaningCloud license key',
    names: ['meaningcloud'],
    keywords: ['meaningcloud'],
    value: '[a-f0-9]{32}',
    envName: 'MEANINGCLOUD_LICENSE_KEY',
    docsUrl: 'https://www.meaningcloud.com/developer/documentation',
    revocationUrl: 'https://www.meaningcloud.com/developer/account/subscriptions',
    sample: (g) => g.hex(32),
  }),
];
