// Onfido: live and sandbox API tokens start with `api_live.` or `api_sandbox.` (optionally with a region), then an 11-character id and a 32-character secret.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const onfidoRules: Rule[] = [
  tokenRule({
    id: 'onfido-live-api-token',
    provider: 'Onfido',
    family: 'saas',
    description: 'Onfido live API token',
    prefix: ['api_live.', 'api_live_us.', 'api_live_ca.'],
    body: '[A-Za-z0-9_-]{11}\\.[A-Za-z0-9_-]{32}',
    envName: 'ONFIDO_API_TOKEN',
    docsUrl: 'https://documentation.onfido.com/api/latest/#authentication',
    revocationUrl: 'https://dashboard.onfido.com/api/tokens',
    sample: (g) => `api_live.${g.base64url(11)}.${g.base64url(32)}`,
  }),
  tokenRule({
    id: 'onfido-sandbox-api-token',
    provider: 'Onfido',
    family: 'saas',
    description: 'Onfido sandbox API token',
    prefix: ['api_sandbox.', 'api_sandbox_us.', 'api_sandbox_ca.'],
    body: '[A-Za-z0-9_-]{11}\\.[A-Za-z0-9_-]{32}',
    severity: 'warning',
    envName: 'ONFIDO_SANDBOX_API_TOKEN',
    docsUrl: 'https://documentation.onfido.com/api/latest/#sandbox-and-live-differences',
    revocationUrl: 'https://dashboard.onfido.com/api/tokens',
    sample: (g) => `api_sandbox.${g.base64url(11)}.${g.base64url(32)}`,
  }),
];
