// Command lines of contract developers and node operators: shell history, forge/cast one-liners, geth and
// solana CLI sessions, READMEs that show the command with the real key left in.
import type { RealWorldDoc } from '../types';
import { DEV, W, wDoc } from './web3Values';

export const WEB3_SHELL_DOCS: RealWorldDoc[] = [
  wDoc(
    'web3-zsh-history-forge',
    ['command-line', 'precision'],
    'home/dev/.zsh_history',
    (k) => `: 1764911201:0;forge build
: 1764911230:0;forge test -vvv --match-contract VaultTest
: 1764911502:0;forge create src/Vault.sol:Vault --rpc-url https://sepolia.infura.io/v3/${k.prov('infura', W.infuraId(k.g))} --private-key ${k.pk()} --constructor-args ${k.addr()}
: 1764911540:0;cast receipt ${k.tx()} --rpc-url $SEPOLIA
: 1764911611:0;cast call ${k.addr()} "balanceOf(address)(uint256)" ${k.addr()}
: 1764911702:0;cast send ${k.addr()} "setFee(uint256)" 30 --private-key ${k.pk(false)} --rpc-url $SEPOLIA
: 1764911777:0;forge verify-contract ${k.addr()} src/Vault.sol:Vault --etherscan-api-key ${k.prov('etherscan', W.explorerKey(k.g))} --chain sepolia
: 1764911800:0;cast sig "transfer(address,uint256)"
: 1764911830:0;cast wallet address --private-key ${k.n('$PRIVATE_KEY')}
: 1764911900:0;mysql -u indexer -p'${k.spw()}' chain -e 'select count(*) from blocks'
`,
  ),
  wDoc('web3-bash-history-geth', ['command-line', 'precision'], 'root/.bash_history', (k) => {
    const pw = k.spw();
    return `apt install -y software-properties-common
add-apt-repository -y ppa:ethereum/ethereum
geth account new --datadir /data/geth
echo "${pw}" > /data/geth/pw.txt && chmod 600 /data/geth/pw.txt
geth --datadir /data/geth --unlock ${k.addr()} --password /data/geth/pw.txt --allow-insecure-unlock --http --http.api eth,net,web3
geth attach /data/geth/geth.ipc --exec "personal.unlockAccount(eth.accounts[0], '${k.spw()}', 300)"
geth --datadir /data/geth removedb
sha256sum geth-linux-amd64-1.14.12.tar.gz
ls -la /data/geth/keystore/
`;
  }),
  wDoc(
    'web3-cast-wallet-import',
    ['command-line', 'prose', 'precision'],
    'notes/keystore-migration.md',
    (k) => `## moving the deployer into a Foundry keystore

Old way (don't): \`--private-key ${k.n('$PRIVATE_KEY')}\` on every command.

\`\`\`
cast wallet import deployer --interactive
cast wallet import ops-hot --mnemonic "${k.seed()}" --mnemonic-index 0 --unsafe-password '${k.spw()}'
cast wallet list
forge script script/Deploy.s.sol --account deployer --sender ${k.addr()} --broadcast
\`\`\`

Keystore files end up in \`~/.foundry/keystores/\`. The keystore JSON itself holds \`ciphertext\`, \`mac\` and
\`kdfparams.salt\` (${k.n(W.sha256(k.g))}) – encrypted, safe to back up, useless without the password.
`,
  ),
  wDoc(
    'web3-solana-cli-session',
    ['command-line', 'logs-and-output', 'precision'],
    'ops/solana/validator-setup.log',
    (k) => `$ solana-keygen new -o ~/validator-keypair.json --no-bip39-passphrase
Generating a new keypair
Wrote new keypair to /home/sol/validator-keypair.json
==========================================================================
pubkey: ${k.n(W.solAddr(k.g))}
==========================================================================
Save this seed phrase to recover your new keypair:
${k.seed()}
==========================================================================
$ solana config set --url https://api.mainnet-beta.solana.com --keypair ~/validator-keypair.json
$ solana balance
0.25 SOL
$ solana transfer ${k.n(W.solAddr(k.g))} 0.1 --allow-unfunded-recipient
Signature: ${k.n(W.solSig(k.g))}
$ solana address
${k.n(W.solAddr(k.g))}
`,
  ),
  wDoc(
    'web3-bitcoin-cli-history',
    ['command-line', 'precision'],
    'home/btc/.bash_history',
    (k) => `bitcoind -daemon -conf=/etc/bitcoin/bitcoin.conf
bitcoin-cli -rpcuser=btcrpc -rpcpassword=${k.spw()} getblockchaininfo
bitcoin-cli -rpcuser=btcrpc -rpcpassword=${k.n('$RPCPASS')} getnewaddress "" bech32
bitcoin-cli walletpassphrase "${k.phrase()}" 60
bitcoin-cli sendtoaddress ${k.n(W.btcAddr(k.g))} 0.015
bitcoin-cli gettransaction ${k.n(k.g.hex(64))}
curl --user btcrpc:${k.cs()} --data-binary '{"jsonrpc":"1.0","id":"t","method":"getbalance","params":[]}' -H 'content-type: text/plain;' http://127.0.0.1:8332/
python3 share/rpcauth/rpcauth.py btcrpc
bitcoin-cli getrawtransaction ${k.n(k.g.hex(64))} true
`,
  ),
  wDoc(
    'web3-readme-quickstart-cast',
    ['command-line', 'prose', 'precision'],
    'README.md',
    (k) => `# gm-nft

Hackathon project (ETHGlobal Bangkok). Mint a soulbound badge for every attendee.

## Quickstart

\`\`\`bash
git clone https://github.com/gm-labs/gm-nft && cd gm-nft
forge install
anvil --mnemonic "${k.n(DEV.hardhatMnemonic)}" &
forge script script/Mint.s.sol --rpc-url http://localhost:8545 --private-key ${k.n(DEV.hardhatKey0)} --broadcast
\`\`\`

## Testnet (judges)

\`\`\`bash
export PRIVATE_KEY=${k.pk()}
forge script script/Mint.s.sol --rpc-url https://base-sepolia.g.alchemy.com/v2/${k.prov('alchemy', W.alchemyKey(k.g))} --broadcast
\`\`\`

Contract: \`${k.addr()}\` · metadata on IPFS \`ipfs://${k.n(W.cidV1(k.g))}/\`
Badge merkle root: ${k.n(W.txHash(k.g))} · deployer (public) ${k.addr()}
`,
  ),
  wDoc(
    'web3-powershell-history-node',
    ['command-line', 'precision'],
    'Users/trader/AppData/Roaming/Microsoft/Windows/PowerShell/PSReadLine/ConsoleHost_history.txt',
    (k) => `cd C:\\bots\\arb-bot
npm ci
$env:RPC_URL = "https://rpc.ankr.com/eth/${k.prov('ankr', W.ankrKey(k.g))}"
$env:BOT_PRIVATE_KEY = "${k.pk()}"
$env:FLASHBOTS_AUTH_KEY = "${k.pk()}"
node .\\src\\index.js --dry-run
Get-Content .\\logs\\bot.log -Tail 50
$env:BOT_PRIVATE_KEY = $null
git status
$pw = ConvertTo-SecureString '${k.spw()}' -AsPlainText -Force
`,
  ),
  wDoc(
    'web3-lighthouse-import-cmd',
    ['command-line', 'precision'],
    'ops/eth-staking/import-keys.sh',
    (k) => `#!/usr/bin/env bash
set -euo pipefail
# Import deposit-cli keystores into Lighthouse (run once per new batch)
KEYS_DIR=/srv/staking/validator_keys
echo "${k.spw()}" > /tmp/ks_pass
lighthouse account validator import --network mainnet --datadir /var/lib/lighthouse \\
  --directory "$KEYS_DIR" --password-file /tmp/ks_pass --reuse-password
shred -u /tmp/ks_pass
# deposit data root for the record
echo "deposit_data_root ${k.n(W.sha256(k.g))}"
echo "withdrawal address ${k.addr()}"
`,
  ),
  wDoc(
    'web3-deposit-cli-transcript',
    ['command-line', 'logs-and-output', 'precision'],
    'ops/eth-staking/deposit-cli-2026-01.txt',
    (k) => `$ ./deposit new-mnemonic --num_validators 4 --chain mainnet --execution_address ${k.n(W.address(k.g))}
Please choose your language ['1. العربية', '2. ελληνικά', '3. English', ...]: English
Create a password that secures your validator keystore(s). You will need to re-enter this to decrypt them when you setup your Ethereum validators.:
Repeat your keystore password for confirmation:
This is your mnemonic (seed phrase). Write it down and store it safely. It is the ONLY way to retrieve your deposit.

${k.seed(24)}

Creating your keys.
Creating your keystores:	  [####################################]  4/4
Verifying your keystores:	  [####################################]  4/4
Success!
Your keys can be found at: /home/stake/validator_keys
(keystore password used above: ${k.pw()})
`,
  ),
  wDoc('web3-ipfs-curl-infura', ['command-line', 'http-auth', 'precision'], 'scripts/pin.sh', (k) => {
    const id = W.safePw(k.g).slice(0, 8) + k.g.alnum(19);
    return `#!/bin/sh
# pin build output to Infura IPFS
curl -X POST -F file=@build/metadata.json \\
  -u "${k.u(id)}:${k.prov('infura ipfs', W.infuraSecret(k.g))}" \\
  "https://ipfs.infura.io:5001/api/v0/add?pin=true"
curl -X POST -H "Authorization: Basic ${k.basic(id)}" "https://ipfs.infura.io:5001/api/v0/pin/ls?arg=${k.n(W.cidV0(k.g))}"
`;
  }),
  wDoc(
    'web3-docker-run-node',
    ['command-line', 'precision'],
    'ops/run-besu.sh',
    (k) => `docker run -d --name besu -p 8545:8545 -p 30303:30303 \\
  -v /srv/besu:/var/lib/besu hyperledger/besu:24.12 \\
  --network=holesky --rpc-http-enabled --rpc-http-authentication-enabled \\
  --rpc-http-authentication-jwt-public-key-file=/var/lib/besu/jwt.pub \\
  --engine-jwt-secret=/var/lib/besu/jwtsecret.hex
# jwtsecret.hex was created with: openssl rand -hex 32 > jwtsecret.hex
# contents (for teku on the other box): ${k.hex(64)}
docker logs -f besu 2>&1 | grep -i "imported"
docker exec besu curl -s -X POST --data '{"jsonrpc":"2.0","method":"eth_blockNumber","params":[],"id":1}' -H 'Authorization: Bearer ${k.bearer()}' localhost:8545
`,
  ),
  wDoc(
    'web3-polkadot-dev-cmds',
    ['command-line', 'precision'],
    'docs/local-parachain.md',
    (k) => `# Local relay chain + parachain

\`\`\`
./polkadot --chain rococo-local --alice --tmp --port 30333 --rpc-port 9944
./polkadot --chain rococo-local --bob --tmp --port 30334
subkey inspect "${k.n('//Alice')}"
subkey inspect "${k.n(DEV.abandonVector)}"
./target/release/parachain-node key insert --base-path /tmp/para --chain raw.json --scheme Sr25519 --suri "${k.seed()}" --key-type aura
\`\`\`

The collator session key above is the one on our Paseo testnet collator; production uses the HSM.
Alice's well-known account: ${k.n('5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY')}.
`,
  ),
];
