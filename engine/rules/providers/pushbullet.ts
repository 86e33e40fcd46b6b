// Pushbullet: pushbullet access token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const pushbulletRules: Rule[] = [
  contextRule({
    id: 'pushbullet-access-token',
    provider: 'Pushbullet',
    family: 'messaging',
    description: 'Pushbullet access token',
    names: ['pushbullet'],
    keywords: ['pushbullet'],
    value: 'o\\.[A-Za-z0-9]{32}',
    envName: 'PUSHBULLET_ACCESS_TOKEN',
    docsUrl: 'https://docs.pushbullet.com/#authentication',
    revocationUrl: 'https://www.pushbullet.com/#settings/account',
    sample: (g) => `o.${g.alnum(32)}`,
  }),
];
