// Reply.io: reply.io API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const replyioRules: Rule[] = [
  contextRule({
    id: 'replyio-api-key',
    provider: 'Reply.io',
    family: 'saas',
    description: 'Reply.io API key',
    names: ['reply[_.-]?io'],
    keywords: ['replyio', 'reply_io', 'reply-io', 'reply.io'],
    value: '[A-Za-z0-9]{24}',
    envName: 'REPLY_IO_API_KEY',
    docsUrl: 'https://apidocs.reply.io/',
    revocationUrl: 'https://run.reply.io/Dashboard/Material#/settings/apikey',
    sample: (g) => g.alnum(24),
  }),
];
