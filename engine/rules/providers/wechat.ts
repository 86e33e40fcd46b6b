// WeChat: weChat Official Account / Mini Program AppSecret, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';
import { namesACredential } from './credentialKeyName';

export const wechatRules: Rule[] = [
  contextRule({
    id: 'wechat-app-secret',
    provider: 'WeChat',
    family: 'messaging',
    description: 'WeChat Official Account / Mini Program AppSecret',
    names: ['wechat', 'weixin'],
    keywords: ['wechat', 'weixin'],
    value: '[a-f0-9]{32}',
    validate: (_, ctx) => namesACredential(ctx.keyName),
    envName: 'WECHAT_APP_SECRET',
    docsUrl: 'https://developers.weixin.qq.com/doc/offiaccount/en/Basic_Information/Get_access_token.html',
    revocationUrl: null,
    revocationNote: 'Reset the AppSecret in the WeChat Official Accounts Platform (Development → Basic configuration → AppSecret → Reset).',
    sample: (g) => g.hex(32),
  }),
];
