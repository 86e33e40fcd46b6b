// Telnyx: telnyx API v2 key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

const UPPER_HEX = '0123456789ABCDEF';

export const telnyxRules: Rule[] = [
  contextRule({
    id: 'telnyx-api-key',
    provider: 'Telnyx',
    family: 'messaging',
    description: 'Telnyx API v2 key',
    names: ['telnyx'],
    keywords: ['telnyx'],
    value: 'KEY[0-9A-Za-z_-]{55}',
    maskPrefix: /^KEY/,
    envName: 'TELNYX_API_KEY',
    docsUrl: 'https://developers.telnyx.com/docs/overview/authentication',
    revocationUrl: 'https://portal.telnyx.com/#/app/api-keys',
    sample: (g) => `KEY${g.chars(UPPER_HEX, 32)}_${g.alnum(22)}`,
  }),
];
