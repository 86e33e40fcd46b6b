import type { Rule } from '../types';

// An Ethereum private key is 32 bytes written as 0x + 64 hex digits, the same shape as a transaction or block hash.
// The code around it says which: a name ending in PK or naming the signer, a wallet built from the literal, Foundry's
// `vm.envOr("PRIVATE_KEY", uint256(0x…))` fallback. Names that say hash, salt or topic never end so; an address is 40
// hex digits. The documented Hardhat/Anvil keys are refused by the placeholder check (validators/devChainKeys.ts).

const KEY = '0x[0-9a-fA-F]{64}(?![0-9a-fA-F])';
const NAMED = String.raw`(?<![\w$])[\w$]{0,40}?(?:pk|PK|Pk|[sS]igner|SIGNER|[dD]eployerKey|DEPLOYER_KEY|[oO]wnerKey|OWNER_KEY|[wW]alletKey|WALLET_KEY)["']?[ \t]{0,4}(?::=|=|:)[ \t]{0,4}["'\x60]?`;
const CALLED = String.raw`(?:new[ \t]{1,4}(?:ethers\.)?Wallet|privateKeyToAccount|Wallet\.fromPrivateKey)\([ \t]{0,4}["'\x60]|vm\.envOr\([^()\n]{1,80},[ \t]{0,4}uint256\(`;

export const ethereumKeyRules: Rule[] = [
  {
    id: 'ethereum-private-key-in-code',
    provider: 'Ethereum',
    family: 'private-key',
    priority: 'context',
    description: 'Ethereum private key (0x + 64 hex) under a signer or PK name, or given to a wallet constructor',
    keywords: [
      '_pk',
      'pk=',
      'pk ',
      'pk:',
      'pk"',
      "pk'",
      'signer',
      'deployerkey',
      'deployer_key',
      'ownerkey',
      'owner_key',
      'walletkey',
      'wallet_key',
      'wallet(',
      'privatekeytoaccount',
      'fromprivatekey',
      'envor(',
    ],
    keywordWindow: { before: 60, after: 160 },
    pattern: new RegExp(`(?:${NAMED}|${CALLED})(?<secret>${KEY})`),
    envName: 'PRIVATE_KEY',
    severity: 'error',
    docsUrl: 'https://ethereum.org/en/developers/docs/accounts/',
    revocationUrl: null,
    revocationNote: 'A private key cannot be revoked: move the funds and roles of its address (token approvals, contract ownership, keeper and admin roles) to a new key, then retire the address.',
    examples: {
      positives: (g) => [
        `KEEPER_PK = "${g.s(`0x${g.hex(64)}`)}"`,
        `DEPLOYER_PK=${g.s(`0x${g.hex(64)}`)}`,
        `const wallet = new ethers.Wallet("${g.s(`0x${g.hex(64)}`)}", provider);`,
        `const account = privateKeyToAccount('${g.s(`0x${g.hex(64)}`)}');`,
        `        uint256 deployerKey = vm.envOr("PRIVATE_KEY", uint256(${g.s(`0x${g.hex(64)}`)}));`,
        `protocolKit = await Safe.init({ provider: RPC_URL, signer: "${g.s(`0x${g.hex(64)}`)}", safeAddress: SAFE });`,
      ],
      negatives: (g) => [
        `const txHash = "0x${g.hex(64)}";`,
        `signer: "0x${g.hex(40)}",`,
        `KEEPER_PK = process.env.KEEPER_PK`,
        `bytes32 internal constant SLOT = bytes32(uint256(0x${g.hex(64)}) - 1);`,
        `const pk = "0x${g.hex(66)}";`,
        `new ethers.Wallet(process.env.PRIVATE_KEY!, provider)`,
      ],
    },
  },
];
