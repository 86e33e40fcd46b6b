import type { Rule } from '../types';
import { inContexts } from './contexts';

export const messagingRules: Rule[] = [
  {
    id: 'slack-bot-token',
    provider: 'Slack',
    family: 'messaging',
    description: 'Slack bot token',
    keywords: ['xoxb-'],
    pattern: /(?<![A-Za-z0-9])(?<secret>xoxb-[0-9]{10,13}-[0-9]{10,13}-[A-Za-z0-9]{24,34})(?![A-Za-z0-9])/,
    minEntropy: 3,
    envName: 'SLACK_BOT_TOKEN',
    maskPrefix: /^xoxb-/,
    docsUrl: 'https://api.slack.com/authentication/token-types#bot',
    revocationUrl: 'https://api.slack.com/apps',
    examples: {
      positives: (g) => inContexts(g, `xoxb-${g.digits(12)}-${g.digits(13)}-${g.alnum(24)}`, 'SLACK_BOT_TOKEN'),
      negatives: () => ['xoxb-000000000000-0000000000000-xxxxxxxxxxxxxxxxxxxxxxxx', 'SLACK_BOT_TOKEN=xoxb-your-token'],
    },
  },
  {
    id: 'slack-webhook-url',
    provider: 'Slack',
    family: 'messaging',
    description: 'Slack incoming webhook URL',
    keywords: ['hooks.slack.com/'],
    pattern: /(?<secret>https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/T[A-Z0-9]{8,12}\/[AB][A-Z0-9]{8,12}\/[A-Za-z0-9]{24,32})(?![A-Za-z0-9])/,
    minEntropy: 3,
    envName: 'SLACK_WEBHOOK_URL',
    maskPrefix: /^https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\//,
    docsUrl: 'https://api.slack.com/messaging/webhooks',
    revocationUrl: 'https://api.slack.com/apps',
    examples: {
      positives: (g) => inContexts(g, `https://hooks.slack.com/services/T${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}/B${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}/${g.alnum(24)}`, 'SLACK_WEBHOOK_URL'),
      negatives: () => ['https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX', 'see https://hooks.slack.com/services/ for docs'],
    },
  },
];
