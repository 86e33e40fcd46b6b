// Kickbox (email verification): `live_` + 64 hex digits.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const kickboxRules: Rule[] = [
  contextRule({
    id: 'kickbox-api-key',
    provider: 'Kickbox',
    family: 'messaging',
    description: 'Kickbox API key',
    names: ['kickbox'],
    keywords: ['kickbox'],
    value: '(?:live|test)_[a-f0-9]{64}',
    maskPrefix: /^(?:live|test)_/,
    envName: 'KICKBOX_API_KEY',
    docsUrl: 'https://docs.kickbox.com/docs/using-the-api',
    revocationUrl: 'https://app.kickbox.com/settings/keys',
    sample: (g) => `live_${g.hex(64)}`,
    negatives: (g) => [`KICKBOX_API_KEY="live_${g.hex(40)}"` /* short */],
  }),
];
