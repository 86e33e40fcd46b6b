// Socket (supply-chain security) API keys: `sktsec_` and a random body.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const socketRules: Rule[] = [
  tokenRule({
    id: 'socket-api-key',
    provider: 'Socket',
    family: 'infrastructure',
    description: 'Socket.dev API key',
    prefix: 'sktsec_',
    body: '[A-Za-z0-9_-]{40,80}',
    envName: 'SOCKET_SECURITY_API_KEY',
    docsUrl: 'https://docs.socket.dev/reference/creating-and-managing-api-tokens',
    revocationUrl: 'https://socket.dev/dashboard',
    revocationNote: 'Delete the token in the Socket dashboard (Settings → API Tokens) and create a new one.',
    sample: (g) => `sktsec_${g.base64url(36)}_api`,
  }),
];
