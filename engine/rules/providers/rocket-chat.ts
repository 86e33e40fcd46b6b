// Rocket.Chat: personal access tokens named by the provider, and incoming webhook URLs (integration id and token in the path).
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';
import { namesACredential } from './credentialKeyName';

export const rocketChatRules: Rule[] = [
  contextRule({
    id: 'rocket-chat-personal-access-token',
    provider: 'Rocket.Chat',
    family: 'messaging',
    description: 'Rocket.Chat personal access token',
    names: ['rocket[_.-]?chat'],
    keywords: ['rocketchat', 'rocket_chat', 'rocket-chat', 'rocket.chat'],
    value: '[A-Za-z0-9_-]{43}',
    validate: (_, ctx) => namesACredential(ctx.keyName),
    envName: 'ROCKETCHAT_AUTH_TOKEN',
    docsUrl: 'https://developer.rocket.chat/apidocs/introduction-to-authentication',
    revocationUrl: null,
    revocationNote: 'Remove or regenerate the token in Rocket.Chat (My Account → Personal Access Tokens).',
    sample: (g) => g.base64url(43),
  }),
  {
    id: 'rocket-chat-webhook-url',
    provider: 'Rocket.Chat',
    family: 'messaging',
    priority: 'prefix',
    description: 'Rocket.Chat incoming webhook URL',
    keywords: ['/hooks/'],
    // Self-hosted: any host; the integration id (17 characters) and its 48-character token.
    pattern: /(?<secret>https?:\/\/[A-Za-z0-9.-]{1,253}(?::[0-9]{1,5})?\/hooks\/[A-Za-z0-9]{17}\/[A-Za-z0-9]{48})(?![A-Za-z0-9_-])/,
    minEntropy: 3,
    envName: 'ROCKETCHAT_WEBHOOK_URL',
    maskPrefix: /^https?:\/\/[A-Za-z0-9.:-]{1,260}\/hooks\//,
    docsUrl: 'https://docs.rocket.chat/docs/integrations',
    revocationUrl: null,
    revocationNote: 'Delete the incoming integration in Rocket.Chat (Administration → Integrations) and create a new one.',
    examples: {
      positives: (g) => [
        `ROCKETCHAT_WEBHOOK_URL=${g.s(`https://chat.example.com/hooks/${g.alnum(17)}/${g.alnum(48)}`)}`,
        `curl -X POST -d @msg.json "${g.s(`https://rc.example.org:3000/hooks/${g.alnum(17)}/${g.alnum(48)}`)}"`,
      ],
      negatives: (g) => [`https://chat.example.com/hooks/${g.alnum(17)}/${g.alnum(20)}`, `https://chat.example.com/hooks/${g.alnum(17)}/`],
    },
  },
];
