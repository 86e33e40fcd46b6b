// LINE Messaging API: long-lived channel access tokens (~172 base64 characters), channel secrets (32 hex digits) and LINE Notify tokens (43 characters). "line" is a common word, so names must say LINE channel / bot / notify.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const lineRules: Rule[] = [
  contextRule({
    id: 'line-channel-access-token',
    provider: 'LINE',
    family: 'messaging',
    description: 'LINE channel access token',
    names: ['line[_-]?(?:channel|bot|messaging)[_-]?(?:api[_-]?)?(?:access[_-]?)?token'],
    keywords: ['linechannel', 'line_channel', 'line-channel', 'linebot', 'line_bot', 'line-bot', 'linemessaging', 'line_messaging', 'line-messaging'],
    value: '[A-Za-z0-9+/]{150,180}={0,2}',
    end: 'A-Za-z0-9_+/=-',
    envName: 'LINE_CHANNEL_ACCESS_TOKEN',
    docsUrl: 'https://developers.line.biz/en/docs/basics/channel-access-token/',
    revocationUrl: 'https://developers.line.biz/console/',
    sample: (g) => `${g.base64(171)}=`,
    negatives: (g) => [`LINE_CHANNEL_ACCESS_TOKEN="${g.base64(90)}="` /* short */],
  }),
  contextRule({
    id: 'line-channel-secret',
    provider: 'LINE',
    family: 'messaging',
    description: 'LINE channel secret',
    names: ['line[_-]?(?:channel|bot|messaging)[_-]?secret'],
    keywords: ['linechannel', 'line_channel', 'line-channel', 'linebot', 'line_bot', 'line-bot', 'linemessaging', 'line_messaging', 'line-messaging'],
    value: '[a-fA-F0-9]{32}',
    envName: 'LINE_CHANNEL_SECRET',
    docsUrl: 'https://developers.line.biz/en/docs/messaging-api/getting-started/',
    revocationUrl: 'https://developers.line.biz/console/',
    sample: (g) => g.hex(32),
    negatives: (g) => [
      `LINE_CHANNEL_SECRET="${g.hex(35)}"`, // too long
      `LINE_CHANNEL_SECRET="${g.hex(31)}g"`, // outside the hex alphabet
    ],
  }),
  contextRule({
    id: 'line-notify-token',
    provider: 'LINE',
    family: 'messaging',
    description: 'LINE Notify access token',
    names: ['line[_-]?notify'],
    keywords: ['line-notify', 'line_notify', 'linenotify'],
    value: '[A-Za-z0-9]{43}',
    envName: 'LINE_NOTIFY_TOKEN',
    docsUrl: 'https://notify-bot.line.me/doc/en/',
    revocationUrl: 'https://notify-bot.line.me/my/',
    sample: (g) => g.alnum(43),
    negatives: (g) => [
      `LINE_NOTIFY_TOKEN="${g.alnum(46)}"`, // too long
      `LINE_NOTIFY_TOKEN="${g.alnum(21)}.${g.alnum(21)}"`, // a character outside the alphabet
    ],
  }),
];
