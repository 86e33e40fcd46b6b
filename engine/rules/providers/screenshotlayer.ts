// screenshotlayer: apilayer website screenshot API; its access key is 32 characters named by the product.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

export const screenshotlayerRules: Rule[] = [
  contextRule({
    id: 'screenshotlayer-access-key',
    provider: 'screenshotlayer',
    family: 'saas',
    description: 'screenshotlayer (apilayer) API access key',
    names: ['screenshotlayer'],
    keywords: ['screenshotlayer'],
    value: '[a-z0-9]{32}',
    envName: 'SCREENSHOTLAYER_ACCESS_KEY',
    docsUrl: 'https://screenshotlayer.com/documentation',
    revocationUrl: null,
    revocationNote: 'Reset the access key in the screenshotlayer dashboard (https://screenshotlayer.com/dashboard); the old key stops working at once.',
    sample: (g) => g.chars(LOWER_ALNUM, 32),
  }),
];
