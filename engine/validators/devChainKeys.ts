// The private keys of the documented local-chain test accounts: Hardhat and Anvil (Foundry) fund the same 20 accounts,
// derived from their published default mnemonic (`test test … junk`, m/44'/60'/0'/0/0…19), and print the keys at
// every start; READMEs, Makefiles, test output and .env.example files carry them. Public on purpose, so negatives for
// every rule. Kept as value hashes (engine/fingerprint.ts: with and without 0x, lower and upper case hex) so the
// repository holds no key-shaped literal.
export const DEV_CHAIN_KEY_HASHES: ReadonlySet<string> = new Set([
  // account 0
  '60a09e4357868c1e',
  'bc1a50966c9e6486',
  '1bf583276d40cc8f',
  '4a0bbf17f6f126bd',
  // account 1
  '095101cf732c298a',
  '8335c55334821eef',
  'd6dce7cb9c22dfb3',
  '0c01dc8f34557ff2',
  // account 2
  'bb4978fbe7638de8',
  'b26ab6529d20ebeb',
  '262cd405c88824c8',
  'fa53da1e2f33ff15',
  // account 3
  'f02322197a196ceb',
  '64034b44c579b335',
  '6a20e3e790df4a6c',
  'f33169249bf0de35',
  // account 4
  '5de22089c247b9b2',
  '4d3e46eec8244d1d',
  'c20c16656cdeb534',
  'a2edee3cfc5d67d8',
  // account 5
  '59feecfa04eb096b',
  '0aedba9d586f34f9',
  '22bd3f838437605a',
  '7e2e6f1c4b1ee33a',
  // account 6
  'b69d88ff1ad5834a',
  '28e543d3753fc9d1',
  '54e77e7317de3013',
  '4139a5856e6baa7b',
  // account 7
  'b6b9ee08c38f62da',
  'f070994a85994785',
  '9305330c1666ef1f',
  '3c642f9c1f1eea7f',
  // account 8
  'be394de37f9d6cf6',
  '38e69fdd19aefeb4',
  '1ce47dc884fbeeda',
  '787dba5e62181815',
  // account 9
  'dd0102d1cd0c6ac7',
  '967f21586cdf1248',
  'a15d4001f9e9580e',
  '1a421311e84eb69a',
  // account 10
  'bc695e76adbd4ba5',
  '0b33e0132123e78d',
  'c2f2486b631f350b',
  'a957b13bc6653bd4',
  // account 11
  'f08cf7b46c09669b',
  '84bc109b3d59b017',
  '1b61fb21a6ead604',
  '0d60fc4415d0ae6a',
  // account 12
  '7112de5abbaaf618',
  '85bde548053aab4b',
  'ba4cfc2c24336c00',
  '0189d56489cde16c',
  // account 13
  'c9af1927cd58e92d',
  'f1513114f60e5e95',
  '5cd732b1d847a88b',
  '7f15987f17bafd1a',
  // account 14
  '9ebbe88c52f86818',
  '5330d388af894c9e',
  '8017c4b8d1a3aadd',
  '7bccb5173915a56c',
  // account 15
  '9794bae81f0d5dd2',
  'a2e06155cb1a424f',
  '0e01bbb7e518c346',
  '2d24ed7c9f7165fd',
  // account 16
  '89fdd4bd49fc0e2a',
  '4a67d7a0d8a16d6d',
  '163224476d75e025',
  '37b177a8393099ee',
  // account 17
  '97bc0c40d645cfaa',
  'b08bdfde9930d920',
  'fea1602bba900194',
  'a77ef4068eb96ab8',
  // account 18
  '609101d4dd3170f5',
  'cf1fc66f853151a4',
  '1f5285c86155f7ea',
  'be6b2ef17e29d9a6',
  // account 19
  '7d2c370c3a5748fa',
  '100546a8b020a55a',
  '796b1e6f7cdfbc08',
  '7e71c6f6c8d27f75',
]);
