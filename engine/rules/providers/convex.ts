// Convex deploy keys: `prod:`, `dev:` or `preview:` + the deployment name, `|`, then a base64 token.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const convexRules: Rule[] = [
  tokenRule({
    id: 'convex-deploy-key',
    provider: 'Convex',
    family: 'infrastructure',
    description: 'Convex deploy key',
    prefix: ['prod:', 'dev:', 'preview:'],
    body: '[a-z]{2,20}-[a-z]{2,20}-[0-9]{1,4}\\|[A-Za-z0-9+/=_-]{40,200}',
    end: 'A-Za-z0-9_+/=-',
    envName: 'CONVEX_DEPLOY_KEY',
    docsUrl: 'https://docs.convex.dev/production/hosting/#deploy-keys',
    revocationUrl: null,
    revocationNote: 'Regenerate the deploy key in the Convex dashboard → Deployment Settings and update CI secrets.',
    sample: (g) => `prod:happy-otter-${g.digits(3)}|${g.base64url(80)}`,
    negatives: (g) => [
      `CONVEX_DEPLOY_KEY="PROD:happy-otter-${g.digits(3)}|${g.base64url(80)}"`, // prefix in the wrong case
      `CONVEX_DEPLOY_KEY="prod:happy-otter-123"` /* no token part */,
      `CONVEX_URL="https://happy-otter-123.convex.cloud"`,
    ],
  }),
];
