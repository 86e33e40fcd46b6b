// Smart-contract projects as they sit in repositories: Hardhat, Foundry, Truffle and Anchor configs, .env files and
// deploy scripts, with deployer keys and recovery phrases beside addresses, documented dev accounts and env references.
import type { RealWorldDoc } from '../types';
import { DEV, W, wDoc } from './web3Values';

export const WEB3_CONTRACT_DOCS: RealWorldDoc[] = [
  wDoc(
    'web3-hardhat-config-fallback',
    ['code', 'defaults-in-code', 'precision'],
    'hardhat.config.js',
    (k) => `require("@nomicfoundation/hardhat-toolbox");
require("dotenv").config();

// TODO remove the fallback before we open-source this
const PRIVATE_KEY = process.env.PRIVATE_KEY || "${k.pk()}";
const SEPOLIA_RPC = process.env.SEPOLIA_RPC_URL || "https://sepolia.infura.io/v3/${k.prov('infura', W.infuraId(k.g))}";

module.exports = {
  solidity: { version: "0.8.24", settings: { optimizer: { enabled: true, runs: 200 } } },
  networks: {
    hardhat: { chainId: 31337 },
    sepolia: { url: SEPOLIA_RPC, accounts: [PRIVATE_KEY], chainId: 11155111 },
  },
  etherscan: { apiKey: process.env.ETHERSCAN_API_KEY || "${k.prov('etherscan', W.explorerKey(k.g))}" },
  gasReporter: { enabled: true, currency: "USD", coinmarketcap: ${k.n('process.env.CMC_KEY')} },
};
`,
  ),
  wDoc(
    'web3-hardhat-config-ts-mnemonic',
    ['code', 'defaults-in-code', 'precision'],
    'packages/contracts/hardhat.config.ts',
    (k) => `import { HardhatUserConfig } from "hardhat/config";
import "@nomicfoundation/hardhat-toolbox";
import "hardhat-deploy";

const MNEMONIC = process.env.MNEMONIC ?? "${k.seed()}";
const ALCHEMY_KEY = process.env.ALCHEMY_KEY ?? "${k.prov('alchemy', W.alchemyKey(k.g))}";

const config: HardhatUserConfig = {
  solidity: "0.8.20",
  namedAccounts: { deployer: 0, treasury: "${k.addr()}" },
  networks: {
    localhost: { url: "http://127.0.0.1:8545", accounts: { mnemonic: "${k.n(DEV.hardhatMnemonic)}" } },
    mainnet: { url: \`https://eth-mainnet.g.alchemy.com/v2/\${ALCHEMY_KEY}\`, accounts: { mnemonic: MNEMONIC, path: "m/44'/60'/0'/0", count: 5 } },
    arbitrum: { url: "https://arb-mainnet.g.alchemy.com/v2/${k.prov('alchemy', W.alchemyKey(k.g))}", accounts: { mnemonic: MNEMONIC } },
  },
  etherscan: { apiKey: { mainnet: ${k.n('process.env.ETHERSCAN_KEY!')}, arbitrumOne: ${k.n('process.env.ARBISCAN_KEY!')} } },
};
export default config;
`,
  ),
  wDoc(
    'web3-foundry-env',
    ['config-syntax', 'credential-file', 'precision'],
    '.env',
    (k) => `# forge script script/Deploy.s.sol --rpc-url $RPC_URL --broadcast --verify
PRIVATE_KEY=${k.pk()}
DEPLOYER_ADDRESS=${k.addr()}
RPC_URL=https://mainnet.infura.io/v3/${k.prov('infura', W.infuraId(k.g))}
BASE_RPC_URL=https://base-mainnet.g.alchemy.com/v2/${k.prov('alchemy', W.alchemyKey(k.g))}
ETHERSCAN_API_KEY=${k.prov('etherscan', W.explorerKey(k.g))}
BASESCAN_API_KEY=${k.prov('basescan', W.explorerKey(k.g))}
# owner multisig (Safe) – public
OWNER=${k.addr()}
LAST_DEPLOY_TX=${k.tx()}
WEBHOOK_SECRET=${k.tok()}
# build hash: ${k.n(W.sha256(k.g))}
`,
  ),
  wDoc(
    'web3-foundry-toml',
    ['config-syntax', 'precision'],
    'foundry.toml',
    (k) => `[profile.default]
src = "src"
out = "out"
libs = ["lib"]
solc_version = "0.8.25"
optimizer_runs = 10_000
fs_permissions = [{ access = "read", path = "./deployments" }]

[rpc_endpoints]
mainnet = "\${MAINNET_RPC_URL}"
sepolia = "https://eth-sepolia.g.alchemy.com/v2/${k.prov('alchemy', W.alchemyKey(k.g))}"
polygon = "https://polygon-mainnet.infura.io/v3/${k.prov('infura', W.infuraId(k.g))}"
anvil = "http://127.0.0.1:8545"

[etherscan]
mainnet = { key = "${k.n('${ETHERSCAN_API_KEY}')}" }
polygon = { key = "${k.prov('polygonscan', W.explorerKey(k.g))}", url = "https://api.polygonscan.com/api" }

[fuzz]
runs = 512
seed = "${k.n('0x' + k.g.hex(8))}"
`,
  ),
  wDoc(
    'web3-truffle-config',
    ['code', 'defaults-in-code', 'precision'],
    'truffle-config.js',
    (k) => `const HDWalletProvider = require('@truffle/hdwallet-provider');
// const fs = require('fs');
// const mnemonic = fs.readFileSync(".secret").toString().trim();
const mnemonic = '${k.seed()}';
const infuraProjectId = '${k.prov('infura', W.infuraId(k.g))}';

module.exports = {
  networks: {
    development: { host: '127.0.0.1', port: 7545, network_id: '*' },
    goerli: {
      provider: () => new HDWalletProvider(mnemonic, \`https://goerli.infura.io/v3/\${infuraProjectId}\`),
      network_id: 5,
      gas: 5500000,
      confirmations: 2,
      timeoutBlocks: 200,
      skipDryRun: true,
    },
  },
  compilers: { solc: { version: '0.8.13' } },
  api_keys: { etherscan: '${k.prov('etherscan', W.explorerKey(k.g))}' },
};
`,
  ),
  wDoc(
    'web3-truffle-secret-file',
    ['credential-file'],
    '.secret',
    (k) => `${k.seed(24)}
`,
  ),
  wDoc(
    'web3-deploy-script-ts',
    ['code', 'defaults-in-code', 'precision'],
    'scripts/deploy.ts',
    (k) => `import { ethers } from "ethers";
import * as dotenv from "dotenv";
import artifact from "../artifacts/contracts/Vault.sol/Vault.json";
dotenv.config();

// Anvil account #0 for local runs (well known, do not use elsewhere)
const LOCAL_KEY = "${k.n(DEV.hardhatKey0)}";

async function main() {
  const rpc = process.env.RPC_URL ?? "http://127.0.0.1:8545";
  const provider = new ethers.JsonRpcProvider(rpc);
  const key = rpc.includes("127.0.0.1") ? LOCAL_KEY : process.env.DEPLOYER_KEY ?? "${k.pk(false)}";
  const wallet = new ethers.Wallet(key, provider);
  const factory = new ethers.ContractFactory(artifact.abi, artifact.bytecode, wallet);
  const vault = await factory.deploy("${k.addr()}", ${k.n('3600')});
  console.log("Vault deployed to", await vault.getAddress(), "tx", vault.deploymentTransaction()?.hash);
}
main().catch((e) => { console.error(e); process.exit(1); });
`,
  ),
  wDoc(
    'web3-anchor-toml',
    ['config-syntax', 'precision'],
    'Anchor.toml',
    (k) => `[toolchain]
anchor_version = "0.30.1"

[features]
seeds = false
skip-lint = false

[programs.devnet]
staking_pool = "${k.n(W.solAddr(k.g))}"

[registry]
url = "https://api.apr.dev"

[provider]
cluster = "https://devnet.helius-rpc.com/?api-key=${k.prov('helius', k.g.uuid())}"
wallet = "~/.config/solana/id.json"

[scripts]
test = "yarn run ts-mocha -p ./tsconfig.json -t 1000000 tests/**/*.ts"
# program data account ${k.n(W.solAddr(k.g))}
`,
  ),
  wDoc(
    'web3-solana-id-json',
    ['credential-file'],
    '.config/solana/devnet-deployer.json',
    (k) => `${k.key(W.solanaKeypair(k.g), 'solana keypair')}
`,
  ),
  wDoc(
    'web3-brownie-config',
    ['config-syntax', 'precision'],
    'brownie-config.yaml',
    (k) => `dependencies:
  - OpenZeppelin/openzeppelin-contracts@4.9.3
compiler:
  solc:
    remappings:
      - '@openzeppelin=OpenZeppelin/openzeppelin-contracts@4.9.3'
dotenv: .env
networks:
  default: development
  sepolia:
    vrf_coordinator: '${k.addr()}'
    link_token: '${k.addr()}'
    keyhash: '${k.n(W.txHash(k.g))}'
    fee: 250000000000000000
    verify: True
wallets:
  from_key: \${PRIVATE_KEY}
  from_mnemonic: ${k.n('${MNEMONIC}')}
  backup_key: '${k.pk()}'
`,
  ),
  wDoc(
    'web3-scaffold-eth-env-example',
    ['config-syntax', 'precision'],
    'packages/hardhat/.env.example',
    (k) => `# Copy to .env and fill in. Never commit your .env!
ALCHEMY_API_KEY=${k.ph()}
DEPLOYER_PRIVATE_KEY=${k.n('0xYOUR_PRIVATE_KEY')}
ETHERSCAN_API_KEY=${k.ph()}
# Default hardhat account #1, only valid on localhost:
LOCAL_PRIVATE_KEY=${k.n(DEV.hardhatKey1)}
LOCAL_ADDRESS=${k.n(DEV.hardhatAddr1)}
NEXT_PUBLIC_WALLETCONNECT_PROJECT_ID=${k.n(W.wcProjectId(k.g))}
`,
  ),
  wDoc(
    'web3-foundry-script-sol',
    ['code', 'defaults-in-code', 'precision'],
    'script/DeployToken.s.sol',
    (k) => `// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import {Script, console2} from "forge-std/Script.sol";
import {Token} from "../src/Token.sol";

contract DeployToken is Script {
    // keccak256("MINTER_ROLE")
    bytes32 constant MINTER_ROLE = ${k.n(W.txHash(k.g))};
    address constant TREASURY = ${k.n(W.address(k.g))};

    function run() external {
        uint256 deployerKey = vm.envOr("PRIVATE_KEY", uint256(${k.pk()}));
        vm.startBroadcast(deployerKey);
        Token t = new Token("Moon Cats", "MCAT", TREASURY);
        t.grantRole(MINTER_ROLE, TREASURY);
        vm.stopBroadcast();
        console2.log("token", address(t));
    }
}
`,
  ),
  wDoc(
    'web3-hardhat-vars-readme',
    ['prose', 'precision'],
    'docs/DEPLOYING.md',
    (k) => `# Deploying

We use Hardhat configuration variables, so nothing lands in git:

\`\`\`sh
npx hardhat vars set SEPOLIA_PRIVATE_KEY
npx hardhat vars set INFURA_API_KEY
npx hardhat ignition deploy ./ignition/modules/Lock.ts --network sepolia
\`\`\`

In the config: \`accounts: [vars.get("SEPOLIA_PRIVATE_KEY")]\` and \`url: "https://sepolia.infura.io/v3/" + vars.get("INFURA_API_KEY")\`.

For the demo on Friday I already set the testnet deployer for everyone, key is
\`${k.pk()}\` (Sepolia only, has 2 ETH from the faucet) – the address is ${k.addr()}.

Last deployment: Lock at ${k.addr()}, tx ${k.tx()}, block ${k.n(W.blockNo(k.g))}.
Verified source hash: ${k.n(W.sha256(k.g))}
`,
  ),
];
