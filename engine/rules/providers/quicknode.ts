// QuickNode endpoint URLs: the endpoint token is the 40-hex-digit path segment.
import type { Rule } from '../../types';

export const quicknodeRules: Rule[] = [
  {
    id: 'quicknode-endpoint-token',
    provider: 'QuickNode',
    family: 'infrastructure',
    priority: 'prefix',
    description: 'QuickNode endpoint token (in the endpoint URL)',
    keywords: ['.quiknode.pro/'],
    pattern: /https:\/\/[a-z0-9-]{1,80}\.(?:[a-z0-9-]{1,40}\.)?quiknode\.pro\/(?<secret>[a-f0-9]{40})(?![A-Za-z0-9_-])/,
    minEntropy: 3,
    envName: 'QUICKNODE_RPC_URL',
    docsUrl: 'https://www.quicknode.com/docs/welcome',
    revocationUrl: 'https://dashboard.quicknode.com/endpoints',
    revocationNote: 'Rotate the endpoint token in the QuickNode dashboard (endpoint → Security → Tokens).',
    examples: {
      positives: (g) => [`RPC_URL=https://${g.lower(6)}-${g.lower(8)}.quiknode.pro/${g.s(g.hex(40))}/`, `const provider = new JsonRpcProvider("https://${g.lower(6)}.matic.quiknode.pro/${g.s(g.hex(40))}");`],
      negatives: (g) => [`https://${g.lower(6)}.quiknode.pro/${g.hex(20)}/`, 'https://example.quiknode.pro/<token>/'],
    },
  },
];
