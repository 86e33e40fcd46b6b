// eBay client secrets (Cert IDs): `PRD-` or `SBX-` + 12 hex digits and four groups of 4.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const ebayRules: Rule[] = [
  tokenRule({
    id: 'ebay-production-client-secret',
    provider: 'eBay',
    family: 'payments',
    description: 'eBay production client secret (Cert ID)',
    prefix: 'PRD-',
    body: '[a-f0-9]{12}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}',
    keywords: ['prd-'],
    envName: 'EBAY_CLIENT_SECRET',
    docsUrl: 'https://developer.ebay.com/api-docs/static/oauth-credentials.html',
    revocationUrl: 'https://developer.ebay.com/my/keys',
    sample: (g) => `PRD-${g.hex(12)}-${g.hex(4)}-${g.hex(4)}-${g.hex(4)}-${g.hex(4)}`,
    negatives: (g) => [
      `EBAY_CLIENT_SECRET="prd-${g.hex(12)}-${g.hex(4)}-${g.hex(4)}-${g.hex(4)}-${g.hex(4)}"`, // prefix in the wrong case
      `EBAY_CLIENT_SECRET="PRD-${g.hex(12)}-${g.hex(4)}-${g.hex(4)}"` /* short */,
    ],
  }),
  tokenRule({
    id: 'ebay-sandbox-client-secret',
    provider: 'eBay',
    family: 'payments',
    description: 'eBay sandbox client secret (Cert ID)',
    prefix: 'SBX-',
    body: '[a-f0-9]{12}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}',
    keywords: ['sbx-'],
    severity: 'warning',
    envName: 'EBAY_SANDBOX_CLIENT_SECRET',
    docsUrl: 'https://developer.ebay.com/api-docs/static/oauth-credentials.html',
    revocationUrl: 'https://developer.ebay.com/my/keys',
    sample: (g) => `SBX-${g.hex(12)}-${g.hex(4)}-${g.hex(4)}-${g.hex(4)}-${g.hex(4)}`,
    negatives: (g) => [
      `EBAY_SANDBOX_CLIENT_SECRET="sbx-${g.hex(12)}-${g.hex(4)}-${g.hex(4)}-${g.hex(4)}-${g.hex(4)}"`, // prefix in the wrong case
    ],
  }),
];
