// Blockchain RPC endpoints whose URL carries the account's key in its path (Hardhat, Truffle and Foundry configs,
// `.env` RPC URLs, wallet backends): Infura's `/v3/<project id>` and Alchemy's `/v2/<api key>`. Whoever holds the
// URL spends the account's request quota and reads its usage.
import type { Rule } from '../../types';

export const rpcEndpointRules: Rule[] = [
  {
    id: 'infura-endpoint-key',
    provider: 'Infura',
    family: 'payments',
    priority: 'prefix',
    description: 'Infura API key in an RPC endpoint URL (…infura.io/v3/<key>)',
    keywords: ['infura.io/'],
    pattern: /infura\.io\/(?:ws\/)?v3\/(?<secret>[0-9a-f]{32})(?![0-9A-Za-z_-])/,
    minEntropy: 3,
    envName: 'INFURA_API_KEY',
    docsUrl: 'https://docs.metamask.io/services/get-started/infura/',
    revocationUrl: 'https://app.infura.io/',
    revocationNote: 'Delete the API key in the Infura dashboard (API keys → the key → Delete) and create a new one; enable its allowlists and secret.',
    examples: {
      positives: (g) => [
        `      url: "https://sepolia.infura.io/v3/${g.s(g.hex(32))}",`,
        `MAINNET_RPC_URL=https://mainnet.infura.io/v3/${g.s(g.hex(32))}`,
        `const provider = new ethers.WebSocketProvider("wss://polygon-mainnet.infura.io/ws/v3/${g.s(g.hex(32))}");`,
      ],
      negatives: (g) => [
        'url: `https://sepolia.infura.io/v3/${process.env.INFURA_API_KEY}`,',
        'MAINNET_RPC_URL=https://mainnet.infura.io/v3/YOUR-PROJECT-ID',
        `url: "https://sepolia.infura.io/v3/${'0'.repeat(32)}",`,
        `url: "https://sepolia.infura.io/v3/${g.hex(24)}",`,
      ],
    },
  },
  {
    id: 'alchemy-endpoint-key',
    provider: 'Alchemy',
    family: 'payments',
    priority: 'prefix',
    description: 'Alchemy API key in an RPC endpoint URL (….g.alchemy.com/v2/<key>)',
    keywords: ['alchemy.com/', 'alchemyapi.io/'],
    pattern: /(?:\.g\.alchemy\.com|\.alchemyapi\.io)\/(?:nft\/)?v[23]\/(?<secret>[A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    envName: 'ALCHEMY_API_KEY',
    docsUrl: 'https://docs.alchemy.com/reference/api-overview',
    revocationUrl: 'https://dashboard.alchemy.com/apps',
    revocationNote: 'Delete the app in the Alchemy dashboard (or rotate its key) and create a new one for the same network.',
    examples: {
      positives: (g) => [
        `mainnet = "https://eth-mainnet.g.alchemy.com/v2/${g.s(g.base64url(32))}"`,
        `      url: "https://polygon-amoy.g.alchemy.com/v2/${g.s(g.base64url(32))}",`,
        `ALCHEMY_NFT=https://eth-mainnet.g.alchemy.com/nft/v3/${g.s(g.alnum(32))}`,
      ],
      negatives: (g) => [
        'url: `https://eth-mainnet.g.alchemy.com/v2/${ALCHEMY_KEY}`,',
        'mainnet = "https://eth-mainnet.g.alchemy.com/v2/your-api-key"',
        `mainnet = "https://eth-mainnet.g.alchemy.com/v2/${g.base64url(20)}"`,
        'See https://eth-mainnet.g.alchemy.com/v2/docs for the JSON-RPC methods.',
      ],
    },
  },
];
