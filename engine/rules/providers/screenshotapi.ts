// ScreenshotAPI: screenshotAPI key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

export const screenshotapiRules: Rule[] = [
  contextRule({
    id: 'screenshotapi-api-key',
    provider: 'ScreenshotAPI',
    family: 'saas',
    description: 'ScreenshotAPI key',
    names: ['screenshotapi'],
    keywords: ['screenshotapi'],
    value: '[A-Z0-9]{7}-[A-Z0-9]{7}-[A-Z0-9]{7}-[A-Z0-9]{7}',
    envName: 'SCREENSHOTAPI_KEY',
    docsUrl: 'https://docs.screenshotapi.net/',
    revocationUrl: null,
    revocationNote: 'ScreenshotAPI has no public revocation link: regenerate (reset) the key in your ScreenshotAPI dashboard, then update every place that uses it.',
    sample: (g) => `${g.chars(UPPER_ALNUM, 7)}-${g.chars(UPPER_ALNUM, 7)}-${g.chars(UPPER_ALNUM, 7)}-${g.chars(UPPER_ALNUM, 7)}`,
  }),
];
