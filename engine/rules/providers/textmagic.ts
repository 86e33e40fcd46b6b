// TextMagic: textMagic API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const textmagicRules: Rule[] = [
  contextRule({
    id: 'textmagic-api-key',
    provider: 'TextMagic',
    family: 'messaging',
    description: 'TextMagic API key',
    names: ['textmagic'],
    keywords: ['textmagic'],
    value: '[A-Za-z0-9]{30}',
    envName: 'TEXTMAGIC_API_KEY',
    docsUrl: 'https://docs.textmagic.com/#section/Authentication',
    revocationUrl: 'https://my.textmagic.com/online/api/rest-api/keys',
    sample: (g) => g.alnum(30),
  }),
];
