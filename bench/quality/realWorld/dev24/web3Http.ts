// HTTP as web3 people capture and share it: curl lines against RPC providers, explorers and exchange APIs, Postman
// and Insomnia exports, REST client files, proxy configs, with signatures, nonces and request ids as look-alikes.
// Also documentation and wallet files full of public values (test vectors, xpubs, sample tables).
import type { RealWorldDoc } from '../types';
import { DEV, W, wDoc } from './web3Values';

export const WEB3_HTTP_DOCS: RealWorldDoc[] = [
  wDoc(
    'web3-http-rest-client',
    ['http-auth', 'precision'],
    'api/requests.http',
    (k) => `### RPC health (node behind basic auth)
POST https://rpc.frens.xyz/
Authorization: Basic ${k.basic('rpcuser')}
Content-Type: application/json

{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}

### Tenderly simulation
POST https://api.tenderly.co/api/v1/account/frens/project/core/simulate
X-Access-Key: ${k.http(W.tenderly(k.g))}
Content-Type: application/json

{"network_id":"1","from":"${k.addr()}","to":"${k.addr()}","input":"${k.n(W.selector(k.g))}","save":false}

### Nansen
GET https://api.nansen.ai/v1/token/holders?address=${k.addr()}
apiKey: ${k.http(k.g.alnum(32))}
`,
  ),
  wDoc(
    'web3-postman-collection',
    ['http-auth', 'config-syntax', 'precision'],
    'postman/Exchange-API.postman_collection.json',
    (k) => `{
  "info": { "name": "Exchange API", "_postman_id": "${k.n(k.g.uuid())}", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
  "auth": { "type": "bearer", "bearer": [{ "key": "token", "value": "${k.bearer()}", "type": "string" }] },
  "item": [
    { "name": "balances", "request": { "method": "GET", "url": "{{base}}/v1/balances", "header": [{ "key": "X-API-KEY", "value": "${k.http(k.g.hex(40))}" }] } },
    { "name": "withdraw", "request": { "method": "POST", "url": "{{base}}/v1/withdrawals", "header": [{ "key": "X-API-KEY", "value": "{{apiKey}}" }, { "key": "Idempotency-Key", "value": "${k.n(k.g.uuid())}" }] } }
  ],
  "variable": [{ "key": "base", "value": "https://sandbox.custody.example" }, { "key": "apiKey", "value": "${k.n('<set-in-environment>')}" }]
}
`,
  ),
  wDoc(
    'web3-curl-alchemy-nft-api',
    ['command-line', 'http-auth', 'precision'],
    'docs/nft-api-examples.md',
    (k) => `# NFT API examples

\`\`\`
curl "https://eth-mainnet.g.alchemy.com/nft/v3/${k.prov('alchemy', W.alchemyKey(k.g))}/getNFTsForOwner?owner=vitalik.eth&withMetadata=false"
curl -H "X-API-KEY: ${k.http(k.g.hex(32))}" "https://api.opensea.io/api/v2/collections/pixel-frens/stats"
curl -H "x-api-key: ${k.http(k.g.uuid())}" "https://api.reservoir.tools/collections/v7?id=${k.addr()}"
curl "https://api.etherscan.io/api?module=stats&action=ethprice&apikey=${k.n('YourApiKeyToken')}"
\`\`\`

Contract of the collection: ${k.addr()} · token ids 1–3333.
`,
  ),
  wDoc(
    'web3-insomnia-export',
    ['http-auth', 'precision'],
    'insomnia/defi-backend.yaml',
    (k) => `_type: export
__export_format: 4
resources:
  - _id: req_${k.n(k.g.hex(32))}
    _type: request
    name: admin stats
    method: GET
    url: https://api.frens.xyz/admin/stats
    headers:
      - name: Cookie
        value: frens.sid=${k.http('s%3A' + k.g.base64url(32) + '.' + k.g.base64(43))}; theme=dark
  - _id: req_${k.n(k.g.hex(32))}
    _type: request
    name: relayer status
    method: GET
    url: https://relayer.frens.xyz/status?access_token=${k.http(k.g.alnum(40))}
  - _id: env_${k.n(k.g.hex(32))}
    _type: environment
    data:
      base_url: https://api.frens.xyz
      admin_token: ${k.n('{{ _.admin_token }}')}
`,
  ),
  wDoc(
    'web3-bitcoin-rpc-python',
    ['code', 'http-auth', 'defaults-in-code', 'precision'],
    'tools/btc_rpc.py',
    (k) => `import base64, json, urllib.request

RPC_URL = "http://127.0.0.1:8332/"
AUTH = "${k.basic('electrs')}"  # base64 of rpcuser:rpcpassword

def call(method, *params):
    req = urllib.request.Request(RPC_URL, data=json.dumps({"jsonrpc": "1.0", "id": "t", "method": method, "params": list(params)}).encode())
    req.add_header("Authorization", "Basic " + AUTH)
    return json.load(urllib.request.urlopen(req))["result"]

print(call("getblockhash", 840000))  # ${k.n('0000000000000000000' + k.g.hex(45))}
`,
  ),
  wDoc(
    'web3-blockfrost-cardano',
    ['code', 'http-auth', 'defaults-in-code', 'precision'],
    'cardano/src/chain.ts',
    (k) => `const BLOCKFROST = "https://cardano-mainnet.blockfrost.io/api/v0";
const PROJECT_ID = "${k.prov('blockfrost', 'mainnet' + k.g.alnum(32))}";

export async function utxos(addr: string) {
  const r = await fetch(\`\${BLOCKFROST}/addresses/\${addr}/utxos\`, { headers: { project_id: PROJECT_ID } });
  return r.json();
}
// stake address of the treasury: ${k.n('stake1u' + k.g.chars('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 52))}
`,
  ),
  wDoc(
    'web3-flashbots-signature-header',
    ['code', 'http-auth', 'precision'],
    'searcher/bundle.py',
    (k) => `from eth_account import Account, messages
from web3 import Web3
import json, requests

# reputation key only; holds no funds
FLASHBOTS_SIGNER = Account.from_key("${k.pk()}")

def send_bundle(txs, block):
    body = json.dumps({"jsonrpc": "2.0", "id": 1, "method": "eth_sendBundle", "params": [{"txs": txs, "blockNumber": hex(block)}]})
    msg = messages.encode_defunct(text=Web3.keccak(text=body).hex())
    sig = Account.sign_message(msg, FLASHBOTS_SIGNER.key).signature.hex()
    # X-Flashbots-Signature looks like <address>:<0x sig>, e.g. ${k.n(W.address(k.g) + ':' + W.sig(k.g))}
    return requests.post("https://relay.flashbots.net", data=body, headers={"X-Flashbots-Signature": f"{FLASHBOTS_SIGNER.address}:{sig}"})
`,
  ),
  wDoc(
    'web3-proxy-config-rpc',
    ['config-syntax', 'http-auth', 'precision'],
    'rpc-gateway/config.yaml',
    (k) => `listen: 0.0.0.0:8080
upstreams:
  - name: quicknode
    url: https://frosty-dawn.quiknode.pro/${k.prov('quicknode', W.quicknodeToken(k.g))}/
  - name: chainstack
    url: https://ethereum-mainnet.core.chainstack.com/${k.prov('chainstack', k.g.hex(32))}
  - name: own-node
    url: http://10.0.4.12:8545
    headers:
      Authorization: "Basic ${k.basic('gateway')}"
clients:
  - name: frontend
    key_sha256: ${k.n(W.sha256(k.g))}
  - name: bot
    key_sha256: ${k.n(W.sha256(k.g))}
`,
  ),
  wDoc(
    'web3-grafana-datasource-rpc',
    ['config-syntax', 'http-auth', 'precision'],
    'grafana/provisioning/datasources/prometheus.yaml',
    (k) => `apiVersion: 1
datasources:
  - name: Prometheus (nodes)
    type: prometheus
    url: https://prom.frens.xyz
    basicAuth: true
    basicAuthUser: grafana
    secureJsonData:
      basicAuthPassword: ${k.gpw()}
  - name: Chain DB
    type: postgres
    url: warehouse.internal:5432
    user: grafana_ro
    secureJsonData:
      password: ${k.hpw()}
    jsonData: { database: chain, sslmode: require }
`,
  ),
  wDoc(
    'web3-curl-kucoin-signed',
    ['command-line', 'http-auth', 'precision'],
    'scripts/kucoin-balance.sh',
    (k) => `#!/usr/bin/env bash
KEY="${k.u(W.kucoinKey(k.g))}"
SECRET="${k.prov('kucoin', k.g.uuid())}"
PASSPHRASE="${k.spw()}"
TS=$(date +%s000)
SIG=$(printf '%s' "\${TS}GET/api/v1/accounts" | openssl dgst -sha256 -hmac "$SECRET" -binary | base64)
PP=$(printf '%s' "$PASSPHRASE" | openssl dgst -sha256 -hmac "$SECRET" -binary | base64)
curl -s https://api.kucoin.com/api/v1/accounts -H "KC-API-KEY: $KEY" -H "KC-API-SIGN: $SIG" -H "KC-API-TIMESTAMP: $TS" -H "KC-API-PASSPHRASE: $PP" -H "KC-API-KEY-VERSION: 2"
`,
  ),
  wDoc(
    'web3-bip39-docs-sample',
    ['precision', 'prose'],
    'docs/wallet-sdk/mnemonics.md',
    (k) => `# Mnemonics in the SDK

Generate a new phrase with \`Wallet.createRandom().mnemonic.phrase\`. In tests, use the documented vectors:

- ${k.n(DEV.abandonVector)} → seed \`${k.n('5eb00bbddcf069084889a8ab9155568165f5c453ccb85e70811aaed6f6da5fc19a5ac40b389cd370d086206dec8aa6c43daea6690f20ad3d8d48b2d2ce9e38e4')}\`
- Hardhat/Anvil: \`${k.n(DEV.hardhatMnemonic)}\`

Words are drawn from the 2048-word list; a checksum is in the last word. Six words such as
"${k.n(W.mnemonic(k.g, 12).split(' ').slice(0, 6).join(' '))}" are **not** a valid phrase (too short).

Derivation paths: ${k.n("m/44'/60'/0'/0/0")} (Ethereum), ${k.n("m/84'/0'/0'/0/0")} (Bitcoin native segwit), ${k.n("m/44'/501'/0'/0'")} (Solana).
`,
  ),
  wDoc(
    'web3-xpub-watch-only',
    ['precision', 'config-syntax'],
    'sparrow/wallets/cold-watch.json',
    (k) => `{
  "name": "cold (watch only)",
  "network": "mainnet",
  "policyType": "SINGLE",
  "scriptType": "P2WPKH",
  "keystores": [{ "label": "Coldcard", "source": "HW_AIRGAPPED", "keyDerivation": { "masterFingerprint": "${k.n(k.g.hex(8))}", "derivationPath": "m/84'/0'/0'" }, "extendedPublicKey": "${k.n(W.xpub(k.g))}" }],
  "firstAddress": "${k.n(W.btcAddr(k.g))}",
  "server": { "type": "ELECTRUM", "url": "ssl://electrum.blockstream.info:50002" }
}
`,
  ),
  wDoc(
    'web3-env-sample-readme',
    ['precision', 'prose', 'config-syntax'],
    'docs/CONFIGURATION.md',
    (k) => `# Configuration

| Variable | Example | Notes |
|---|---|---|
| \`PRIVATE_KEY\` | \`${k.n('0x' + '0'.repeat(63) + '1')}\` | never commit the real one |
| \`MNEMONIC\` | \`${k.ph()}\` | 12 or 24 words |
| \`RPC_URL\` | \`https://mainnet.infura.io/v3/${k.n('<PROJECT_ID>')}\` | |
| \`ETHERSCAN_API_KEY\` | \`${k.n('YourApiKeyToken')}\` | |
| \`WC_PROJECT_ID\` | \`${k.n(W.wcProjectId(k.g))}\` | public, from WalletConnect Cloud |
| \`SAFE_ADDRESS\` | \`${k.addr()}\` | |

Masked keys in our logs look like \`${k.n('0x4f3a…9c1e')}\`; the \`ADMIN_PASSWORD\` default in docker-compose.dev is \`${k.u('admin')}\`.
Our staging relayer was funded from a key that leaked last year and is now burned, keep it out of configs:
\`${k.pk()}\`.
`,
  ),
];
