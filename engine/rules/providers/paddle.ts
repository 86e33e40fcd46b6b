// Paddle Billing API keys: `pdl_live_apikey_` / `pdl_sdbx_apikey_`, a 26-character id and the secret parts.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

export const paddleRules: Rule[] = [
  tokenRule({
    id: 'paddle-api-key',
    provider: 'Paddle',
    family: 'payments',
    description: 'Paddle Billing API key',
    prefix: ['pdl_live_apikey_', 'pdl_sdbx_apikey_'],
    body: '[a-z0-9]{26}_[A-Za-z0-9]{20,26}_[A-Za-z0-9]{3}',
    envName: 'PADDLE_API_KEY',
    docsUrl: 'https://developer.paddle.com/api-reference/about/api-keys',
    revocationUrl: 'https://vendors.paddle.com/authentication-v2',
    sample: (g) => `pdl_live_apikey_${g.chars(LOWER_ALNUM, 26)}_${g.alnum(22)}_${g.alnum(3)}`,
  }),
];
