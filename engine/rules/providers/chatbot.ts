// ChatBot (chatbot.com): 32-character developer access tokens; the bare word chatbot is too common, so the name must say chatbot API.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const chatbotRules: Rule[] = [
  contextRule({
    id: 'chatbot-api-token',
    provider: 'ChatBot',
    family: 'messaging',
    description: 'ChatBot API access token',
    names: ['chatbot[_-]?(?:com|api)'],
    keywords: ['chatbot-api', 'chatbot-com', 'chatbot_api', 'chatbot_com', 'chatbotapi', 'chatbotcom'],
    value: '[A-Za-z0-9_]{32}',
    envName: 'CHATBOT_API_TOKEN',
    docsUrl: 'https://www.chatbot.com/docs/authorization/',
    revocationUrl: 'https://app.chatbot.com/account/developer',
    sample: (g) => g.alnum(32),
    negatives: (g) => [
      `CHATBOT_API_TOKEN="${g.alnum(35)}"`, // too long
      `CHATBOT_API_TOKEN="${g.alnum(16)}.${g.alnum(15)}"`, // a character outside the alphabet
    ],
  }),
];
