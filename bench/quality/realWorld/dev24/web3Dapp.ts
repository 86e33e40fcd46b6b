// dApp front ends and their small backends: Next.js env files, wagmi/viem config, NFT upload routes, subgraph and
// indexer clients, with public-by-design ids (WalletConnect project ids, contract addresses, chain ids) around.
import type { RealWorldDoc } from '../types';
import { W, wDoc } from './web3Values';

export const WEB3_DAPP_DOCS: RealWorldDoc[] = [
  wDoc(
    'web3-next-env-local',
    ['config-syntax', 'precision'],
    'apps/web/.env.local',
    (k) => `NEXT_PUBLIC_CHAIN_ID=8453
NEXT_PUBLIC_WC_PROJECT_ID=${k.n(W.wcProjectId(k.g))}
NEXT_PUBLIC_NFT_ADDRESS=${k.addr()}
NEXT_PUBLIC_ALCHEMY_ID=${k.prov('alchemy', W.alchemyKey(k.g))}
PINATA_JWT=${k.prov('pinata', W.pinataJwt(k.g))}
NEXTAUTH_SECRET=${k.tok()}
RELAYER_PRIVATE_KEY=${k.pk()}
DATABASE_URL=postgresql://app:${k.cs()}@ep-cool-sun-123456.eu-central-1.aws.neon.tech/neondb?sslmode=require
ADMIN_PASSWORD=${k.hpw()}
SIWE_SESSION_SECRET=${k.tok()}
NEXT_PUBLIC_POSTHOG_KEY=${k.n('phc_' + k.g.alnum(43))}
`,
  ),
  wDoc(
    'web3-wagmi-config-ts',
    ['code', 'defaults-in-code', 'precision'],
    'apps/web/src/wagmi.ts',
    (k) => `import { http, createConfig } from "wagmi";
import { base, mainnet } from "wagmi/chains";
import { walletConnect, injected } from "wagmi/connectors";

const projectId = "${k.n(W.wcProjectId(k.g))}"; // WalletConnect Cloud, public
const alchemy = process.env.NEXT_PUBLIC_ALCHEMY_KEY ?? "${k.prov('alchemy', W.alchemyKey(k.g))}";

export const config = createConfig({
  chains: [base, mainnet],
  connectors: [injected(), walletConnect({ projectId })],
  transports: {
    [base.id]: http(\`https://base-mainnet.g.alchemy.com/v2/\${alchemy}\`),
    [mainnet.id]: http("https://mainnet.infura.io/v3/${k.prov('infura', W.infuraId(k.g))}"),
  },
});
`,
  ),
  wDoc(
    'web3-pinata-upload-route',
    ['code', 'defaults-in-code', 'http-auth', 'precision'],
    'apps/web/src/app/api/upload/route.ts',
    (k) => `import { NextResponse } from "next/server";

const PINATA_API_KEY = "${k.u(W.pinataKey(k.g))}";
const PINATA_SECRET = "${k.prov('pinata', W.pinataSecret(k.g))}";

export async function POST(req: Request) {
  const form = await req.formData();
  const res = await fetch("https://api.pinata.cloud/pinning/pinFileToIPFS", {
    method: "POST",
    headers: { pinata_api_key: PINATA_API_KEY, pinata_secret_api_key: PINATA_SECRET },
    body: form,
  });
  const { IpfsHash } = await res.json(); // e.g. ${k.n(W.cidV0(k.g))}
  return NextResponse.json({ uri: \`ipfs://\${IpfsHash}\` });
}
`,
  ),
  wDoc(
    'web3-nft-storage-script',
    ['code', 'defaults-in-code', 'precision'],
    'scripts/upload-metadata.mjs',
    (k) => `import { NFTStorage, File } from "nft.storage";
import fs from "node:fs/promises";

const client = new NFTStorage({ token: "${k.prov('nft.storage', W.jwt(k.g))}" });
for (let i = 1; i <= 3333; i++) {
  const img = await fs.readFile(\`./art/\${i}.png\`);
  const meta = await client.store({ name: \`Pixel Fren #\${i}\`, description: "Pixel Frens", image: new File([img], \`\${i}.png\`, { type: "image/png" }) });
  console.log(i, meta.url);
}
// collection root: ipfs://${k.n(W.cidV1(k.g))}
`,
  ),
  wDoc(
    'web3-subgraph-client',
    ['code', 'defaults-in-code', 'precision'],
    'packages/sdk/src/subgraph.ts',
    (k) => `import { GraphQLClient, gql } from "graphql-request";

// The Graph decentralized network; key from Subgraph Studio (billing on arbitrum)
const GRAPH_KEY = "${k.prov('the graph', W.graphKey(k.g))}";
const SUBGRAPH_ID = "${k.n(k.g.chars('123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz', 44))}";
export const client = new GraphQLClient(\`https://gateway.thegraph.com/api/\${GRAPH_KEY}/subgraphs/id/\${SUBGRAPH_ID}\`);

export const POOLS = gql\`
  query Pools($token: String!) {
    pools(where: { token0: $token }, first: 10, orderBy: totalValueLockedUSD, orderDirection: desc) { id feeTier }
  }
\`;
// USDC on mainnet: ${k.n('0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48')}
// deployment id ${k.n(W.cidV0(k.g))}
`,
  ),
  wDoc(
    'web3-moralis-backend',
    ['code', 'defaults-in-code', 'precision'],
    'server/src/moralis.js',
    (k) => `const Moralis = require("moralis").default;
const { EvmChain } = require("@moralisweb3/common-evm-utils");

const MORALIS_API_KEY = process.env.MORALIS_API_KEY || "${k.prov('moralis', W.moralisKey(k.g))}";

async function walletNfts(address) {
  await Moralis.start({ apiKey: MORALIS_API_KEY });
  const res = await Moralis.EvmApi.nft.getWalletNFTs({ address, chain: EvmChain.ETHEREUM });
  return res.toJSON();
}
walletNfts("${k.addr()}").then(console.log);
// stream webhook secret for /api/streams
const STREAM_SECRET = "${k.tok()}";
`,
  ),
  wDoc(
    'web3-covalent-dashboard',
    ['code', 'defaults-in-code', 'precision'],
    'dashboard/src/api/portfolio.ts',
    (k) => `const COVALENT_KEY = "${k.prov('covalent', W.covalentKey(k.g))}";

export async function balances(chain: string, addr: string) {
  const r = await fetch(\`https://api.covalenthq.com/v1/\${chain}/address/\${addr}/balances_v2/\`, {
    headers: { Authorization: \`Bearer \${COVALENT_KEY}\` },
  });
  return (await r.json()).data.items;
}

// demo wallet (vitalik.eth): ${k.n('0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045')}
// webhook signing secret
export const HOOK_SECRET = "${k.tok()}";
`,
  ),
  wDoc(
    'web3-siwe-server-config',
    ['config-syntax', 'precision'],
    'services/auth/config/default.json',
    (k) => `{
  "port": 4000,
  "siwe": { "domain": "app.frens.xyz", "statement": "Sign in with Ethereum to Frens", "chainId": 1 },
  "session": { "cookieName": "frens.sid", "secret": "${k.tok()}", "maxAgeDays": 7 },
  "redis": { "url": "redis://default:${k.cs()}@redis-12345.c1.eu-west-1-2.ec2.cloud.redislabs.com:12345" },
  "nonce": "${k.n(k.g.alnum(17))}",
  "jwt": { "issuer": "frens", "secret": "\${JWT_SECRET}" }
}
`,
  ),
  wDoc(
    'web3-vite-env-leak',
    ['config-syntax', 'precision'],
    'frontend/.env.production',
    (k) => `VITE_APP_NAME=Frens Swap
VITE_RPC_URL=https://rpc.ankr.com/bsc/${k.prov('ankr', W.ankrKey(k.g))}
VITE_BSCSCAN_KEY=${k.prov('bscscan', W.explorerKey(k.g))}
VITE_ROUTER=${k.addr()}
VITE_FACTORY=${k.addr()}
VITE_INIT_CODE_HASH=${k.tx()}
VITE_SENTRY_DSN=${k.n(`https://${k.g.hex(32)}@o${k.g.digits(6)}.ingest.sentry.io/${k.g.digits(7)}`)}
VITE_BUILD_SHA=${k.n(W.sha1(k.g))}
`,
  ),
  wDoc(
    'web3-quicknode-python',
    ['code', 'defaults-in-code', 'precision'],
    'analytics/fetch_blocks.py',
    (k) => `from web3 import Web3

QN = "https://wild-frosty-dew.solana-mainnet.quiknode.pro/${k.prov('quicknode', W.quicknodeToken(k.g))}/"
ETH = Web3(Web3.HTTPProvider("https://eth-mainnet.g.alchemy.com/v2/${k.prov('alchemy', W.alchemyKey(k.g))}"))

latest = ETH.eth.block_number
blk = ETH.eth.get_block(latest)
print(latest, blk["hash"].hex())  # e.g. ${k.n(W.txHash(k.g))}
print(ETH.eth.get_transaction("${k.tx()}"))
`,
  ),
  wDoc(
    'web3-safe-tx-service',
    ['code', 'defaults-in-code', 'precision'],
    'treasury/propose.ts',
    (k) => `import SafeApiKit from "@safe-global/api-kit";
import Safe from "@safe-global/protocol-kit";

const SAFE = "${k.addr()}";
const apiKit = new SafeApiKit({ chainId: 1n, apiKey: "${k.prov('safe', W.jwt(k.g))}" });
const protocolKit = await Safe.init({ provider: "https://ethereum-rpc.publicnode.com", signer: "${k.pk()}", safeAddress: SAFE });

const tx = await protocolKit.createTransaction({ transactions: [{ to: "${k.addr()}", value: "0", data: "${k.n(W.selector(k.g) + k.g.hex(64))}" }] });
const safeTxHash = await protocolKit.getTransactionHash(tx);
const signature = await protocolKit.signHash(safeTxHash); // ${k.n(W.sig(k.g))}
await apiKit.proposeTransaction({ safeAddress: SAFE, safeTransactionData: tx.data, safeTxHash, senderAddress: "${k.addr()}", senderSignature: signature.data });
// example safeTxHash: ${k.n(W.txHash(k.g))}
`,
  ),
  wDoc(
    'web3-dune-query-py',
    ['code', 'defaults-in-code', 'precision'],
    'research/dune_fetch.py',
    (k) => `from dune_client.client import DuneClient
from dune_client.query import QueryBase

dune = DuneClient(api_key="${k.prov('dune', W.duneKey(k.g))}")
q = QueryBase(query_id=${k.n(k.g.digits(7))}, name="daily dex volume")
df = dune.run_query_dataframe(q)
df.to_csv("dex_volume.csv")
DUNE_WEBHOOK_SECRET = "${k.tok()}"
# execution id ${k.n('01' + k.g.upper(24))}
`,
  ),
];
