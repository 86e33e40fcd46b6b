// Lark / Feishu: custom-bot webhook URLs (the UUID in the path is the credential) and app secrets (32 characters).
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const larkRules: Rule[] = [
  {
    id: 'lark-webhook-url',
    provider: 'Lark (Feishu)',
    family: 'messaging',
    priority: 'prefix',
    description: 'Lark / Feishu custom bot webhook URL',
    keywords: ['open.feishu.cn/open-apis/bot/', 'open.larksuite.com/open-apis/bot/'],
    pattern: /(?<secret>https:\/\/open\.(?:feishu\.cn|larksuite\.com)\/open-apis\/bot\/v2\/hook\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9_-])/,
    minEntropy: 3,
    // The UUID is the credential: a zeroed or repeated one is a documentation placeholder.
    validate: (s) => new Set(s.slice(-36).replace(/-/g, '')).size >= 6,
    envName: 'LARK_WEBHOOK_URL',
    maskPrefix: /^https:\/\/open\.(?:feishu\.cn|larksuite\.com)\/open-apis\/bot\/v2\/hook\//,
    docsUrl: 'https://open.larksuite.com/document/client-docs/bot-v3/add-custom-bot',
    revocationUrl: null,
    revocationNote: 'Remove the custom bot from the group (Settings → Bots) and add a new one; enable signature verification for the new webhook.',
    examples: {
      positives: (g) => [
        `LARK_WEBHOOK_URL=${g.s(`https://open.larksuite.com/open-apis/bot/v2/hook/${g.uuid()}`)}`,
        `requests.post("${g.s(`https://open.feishu.cn/open-apis/bot/v2/hook/${g.uuid()}`)}", json=msg)`,
      ],
      negatives: (g) => [
        `url = "https://open.feishu.cn/open-apis/bot/v2/hook/${g.hex(12)}"`, // not a UUID
        'url = "https://open.feishu.cn/open-apis/bot/v2/hook/00000000-0000-0000-0000-000000000000"', // placeholder
        `url = "https://open.feishu.cn/open-apis/im/v1/messages/${g.uuid()}"`, // another API
      ],
    },
  },
  contextRule({
    id: 'lark-app-secret',
    provider: 'Lark (Feishu)',
    family: 'messaging',
    description: 'Lark / Feishu app secret',
    names: ['lark[_-]?app[_-]?secret', 'feishu[_-]?app[_-]?secret'],
    keywords: ['larkapp', 'lark_app', 'lark-app', 'feishu'],
    value: '[A-Za-z0-9]{32}',
    envName: 'LARK_APP_SECRET',
    docsUrl: 'https://open.larksuite.com/document/server-docs/api-call-guide/calling-process/get-access-token',
    revocationUrl: null,
    revocationNote: 'Reset the App Secret in the Lark / Feishu developer console (Credentials & Basic Info).',
    sample: (g) => g.alnum(32),
    negatives: (g) => [
      `LARK_APP_SECRET="${g.alnum(35)}"`, // too long
      `LARK_APP_SECRET="${g.alnum(16)}.${g.alnum(15)}"`, // a character outside the alphabet
    ],
  }),
];
