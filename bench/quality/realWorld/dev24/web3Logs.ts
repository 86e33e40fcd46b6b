// Logs and captures: bot logs that print their config, node logs, HAR and curl captures against exchange and RPC
// APIs, test output, with request ids, nonces, signatures, block hashes and order ids everywhere.
import type { RealWorldDoc } from '../types';
import { W, wDoc } from './web3Values';

export const WEB3_LOG_DOCS: RealWorldDoc[] = [
  wDoc(
    'web3-bot-startup-log',
    ['logs-and-output', 'precision'],
    'logs/grid-bot-2025-11-02.log',
    (k) => `2025-11-02 00:00:01,112 INFO  Loading config from /opt/bot/config.yml
2025-11-02 00:00:01,114 DEBUG Config: {'exchange': 'binance', 'api_key': '${k.u(W.binanceKey(k.g))}', 'api_secret': '${k.prov('binance', W.binanceSecret(k.g))}', 'symbol': 'ETHUSDT', 'grid': 20}
2025-11-02 00:00:01,890 INFO  Connected. listenKey=${k.u(k.g.alnum(60))}
2025-11-02 00:00:02,301 INFO  Placed BUY 0.05 ETHUSDT @ 3021.10 orderId=${k.n(W.orderId(k.g))}
2025-11-02 00:00:02,402 INFO  Placed SELL 0.05 ETHUSDT @ 3081.50 orderId=${k.n(W.orderId(k.g))}
2025-11-02 00:14:55,010 WARN  HTTP 429, retry after 2s (x-mbx-used-weight-1m: 1180)
2025-11-02 00:15:00,001 DEBUG SMTP login user=alerts@frens.xyz password=${k.gpw()}
`,
  ),
  wDoc(
    'web3-har-exchange-login',
    ['logs-and-output', 'http-auth', 'precision'],
    'captures/exchange-login.har',
    (k) => `{"log":{"version":"1.2","creator":{"name":"WebInspector","version":"537.36"},"entries":[
{"startedDateTime":"2025-10-01T09:12:03.201Z","request":{"method":"POST","url":"https://www.example-exchange.com/bapi/accounts/v1/public/login","headers":[{"name":"content-type","value":"application/json"},{"name":"x-trace-id","value":"${k.n(k.g.uuid())}"}],"postData":{"mimeType":"application/json","text":"{\\"email\\":\\"minh@example.vn\\",\\"password\\":\\"${k.hpw()}\\",\\"captcha\\":\\"${k.n(k.g.base64url(40))}\\"}"}},"response":{"status":200,"headers":[{"name":"set-cookie","value":"p20t=${k.http(k.g.hex(32))}; Path=/; Secure; HttpOnly"}]}},
{"startedDateTime":"2025-10-01T09:12:04.001Z","request":{"method":"GET","url":"https://www.example-exchange.com/bapi/asset/v2/private/balance","headers":[{"name":"csrftoken","value":"${k.u(k.g.hex(32))}"},{"name":"cookie","value":"p20t=${k.n('…')}; lang=vi"}]},"response":{"status":200}}
]}}
`,
  ),
  wDoc(
    'web3-curl-coinbase-jwt',
    ['command-line', 'http-auth', 'precision'],
    'notes/coinbase-curl.txt',
    (k) => `# generate a JWT with the CDP key (expires in 2 min), then:
export JWT=$(python3 gen_jwt.py)
curl -s -H "Authorization: Bearer $JWT" https://api.coinbase.com/api/v3/brokerage/accounts | jq '.accounts[].currency'

# what I actually ran from the laptop:
curl -s -H "Authorization: Bearer ${k.http(`eyJhbGciOiJFUzI1NiIsImtpZCI6Im9yZ2FuaXphdGlvbnMv${k.g.base64url(120)}.eyJzdWIiOiJvcmdhbml6YXRpb25z${k.g.base64url(160)}.${k.g.base64url(86)}`)}" https://api.coinbase.com/api/v3/brokerage/orders/historical/batch
`,
  ),
  wDoc(
    'web3-geth-log',
    ['logs-and-output', 'precision'],
    'logs/geth.log',
    (k) => `INFO [11-02|10:00:01.002] Imported new potential chain segment     number=${k.n(W.blockNo(k.g))} hash=${k.n(k.g.hex(6) + '..' + k.g.hex(6))} blocks=1 txs=171 mgas=14.921 elapsed=88.1ms
INFO [11-02|10:00:01.090] Chain head was updated                   number=${k.n(W.blockNo(k.g))} hash=${k.n(k.g.hex(6) + '..' + k.g.hex(6))} root=${k.n(k.g.hex(6) + '..' + k.g.hex(6))}
INFO [11-02|10:00:12.441] Unlocked account                          address=${k.addr()}
WARN [11-02|10:00:12.442] Password given on command line: --password ${k.spw()}  (consider a file)
INFO [11-02|10:01:03.118] Submitted transaction                    hash=${k.tx()} from=${k.addr()} nonce=118 recipient=${k.addr()} value=0
`,
  ),
  wDoc(
    'web3-hardhat-test-output',
    ['logs-and-output', 'precision'],
    'ci/hardhat-test.txt',
    (k) => `$ npx hardhat test

  Vault
    ✔ deposits (212ms)
    ✔ rejects withdraw before unlock
    1) pays fees to treasury

  2 passing (1s)
  1 failing

  1) Vault
       pays fees to treasury:
     AssertionError: expected ${k.n('1000000000000000000')} to equal ${k.n('999000000000000000')}
      at Context.<anonymous> (test/Vault.ts:88:52)

Accounts
========
Account #0: ${k.n('0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266')} (10000 ETH)
Private Key: ${k.n('0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80')}

WARNING: These accounts, and their private keys, are publicly known.
`,
  ),
  wDoc(
    'web3-bot-crash-traceback',
    ['logs-and-output', 'precision'],
    'logs/arb-bot-crash.txt',
    (k) => `Traceback (most recent call last):
  File "/opt/arb/main.py", line 71, in <module>
    w3.eth.send_raw_transaction(signed.raw_transaction)
  File "/opt/arb/venv/lib/python3.11/site-packages/web3/eth/eth.py", line 410, in send_raw_transaction
    return self._send_raw_transaction(transaction)
web3.exceptions.Web3RPCError: {'code': -32000, 'message': 'insufficient funds for gas * price + value: have 0 want 2100000000000000'}

Locals at frame main.py:71:
  PRIVATE_KEY = '${k.pk()}'
  RPC = 'https://arbitrum-mainnet.infura.io/v3/${k.prov('infura', W.infuraId(k.g))}'
  signed.hash = ${k.tx()}
  signed.r = ${k.n(k.g.hex(64))}
`,
  ),
  wDoc(
    'web3-nginx-rpc-access-log',
    ['logs-and-output', 'http-auth', 'precision'],
    'logs/nginx/rpc-access.log',
    (k) => `10.0.3.7 - - [02/Nov/2025:10:00:01 +0000] "POST /?apikey=${k.http(k.g.alnum(32))} HTTP/1.1" 200 412 "-" "ethers/6.13.4"
10.0.3.8 - rpc [02/Nov/2025:10:00:02 +0000] "POST / HTTP/1.1" 200 98 "-" "viem/2.21.1"
10.0.3.9 - - [02/Nov/2025:10:00:03 +0000] "GET /health HTTP/1.1" 200 2 "-" "kube-probe/1.30"
10.0.3.7 - - [02/Nov/2025:10:00:04 +0000] "POST /?apikey=${k.n('$RPC_KEY')} HTTP/1.1" 401 27 "-" "curl/8.5.0"
10.0.3.4 - - [02/Nov/2025:10:00:05 +0000] "GET /ws?token=${k.http(k.g.hex(40))} HTTP/1.1" 101 0 "-" "python-websockets/13.1"
`,
  ),
  wDoc(
    'web3-github-actions-log',
    ['logs-and-output', 'precision'],
    'ci/actions-deploy-run-1182.txt',
    (k) => `2025-11-01T12:00:03.1124Z ##[group]Run forge script script/Deploy.s.sol --rpc-url $RPC_URL --broadcast
2025-11-01T12:00:03.1126Z env:
2025-11-01T12:00:03.1127Z   PRIVATE_KEY: ***
2025-11-01T12:00:03.1128Z   RPC_URL: ***
2025-11-01T12:00:03.1129Z ##[endgroup]
2025-11-01T12:00:09.8810Z Script ran successfully.
2025-11-01T12:00:09.8812Z ## Setting up 1 EVM.
2025-11-01T12:00:11.0021Z ✅  [Success] Hash: ${k.tx()}
2025-11-01T12:00:11.0022Z Contract Address: ${k.addr()}
2025-11-01T12:00:11.0023Z Block: ${k.n(W.blockNo(k.g))}
2025-11-01T12:00:11.2044Z debug: verifier url https://api.etherscan.io/api?module=contract&action=verifysourcecode&apikey=${k.prov('etherscan', W.explorerKey(k.g))}
`,
  ),
  wDoc(
    'web3-validator-client-log',
    ['logs-and-output', 'precision'],
    'logs/lighthouse-vc.log',
    (k) => `Nov 02 10:00:01.001 INFO Enabled validator                       voting_pubkey: ${k.n(W.blsPub(k.g))}, signing_method: local_keystore
Nov 02 10:00:01.002 INFO Enabled validator                       voting_pubkey: ${k.n(W.blsPub(k.g))}, signing_method: web3signer
Nov 02 10:00:12.410 INFO Successfully published attestations      head_block: ${k.n(W.txHash(k.g))}, slot: 10482211, count: 2
Nov 02 10:00:24.002 INFO Successfully published block             slot: 10482213, attestations: 128, deposits: 0, block_root: ${k.n(W.txHash(k.g))}
Nov 02 10:01:00.000 CRIT Keystore decryption failed with password file contents "${k.gpw()}" (check trailing newline)
Nov 02 10:02:00.000 INFO Fee recipient ${k.addr()} for validator index ${k.n(k.g.digits(7))}
`,
  ),
  wDoc(
    'web3-websocket-capture',
    ['logs-and-output', 'http-auth', 'precision'],
    'captures/bybit-ws.txt',
    (k) => `>> {"op":"auth","args":["${k.u(W.bybitKey(k.g))}",1762077601000,"${k.n(k.g.hex(64))}"]}
<< {"success":true,"ret_msg":"","op":"auth","conn_id":"${k.n(k.g.uuid())}"}
>> {"op":"subscribe","args":["order","position"]}
<< {"topic":"order","data":[{"orderId":"${k.n(k.g.uuid())}","symbol":"BTCUSDT","side":"Buy","price":"97150.5","qty":"0.01"}]}
# wscat -c wss://stream.bybit.com/v5/private -H "X-BAPI-API-KEY: ${k.n('$BYBIT_KEY')}"
# REST probe: curl -H "X-BAPI-API-KEY: ${k.u(W.bybitKey(k.g))}" -H "X-BAPI-SIGN: ${k.n(k.g.hex(64))}" "https://api.bybit.com/v5/account/wallet-balance?accountType=UNIFIED"
# api secret used to sign (from .env): ${k.prov('bybit', W.bybitSecret(k.g))}
`,
  ),
  wDoc(
    'web3-docker-build-output',
    ['logs-and-output', 'precision'],
    'ci/docker-build.txt',
    (k) => `#7 [builder 3/6] RUN npm ci
#7 12.44 added 1312 packages in 12s
#8 [builder 4/6] COPY . .
#9 [builder 5/6] RUN npx hardhat compile
#9 3.102 Compiled 42 Solidity files successfully (evm target: paris).
#10 [runtime 2/3] ENV ETHERSCAN_API_KEY=${k.prov('etherscan', W.explorerKey(k.g))}
#11 [runtime 3/3] RUN echo "deploying with ${k.n('$DEPLOYER')}"
#12 exporting to image
#12 writing image sha256:${k.n(W.sha256(k.g))} done
#12 naming to ghcr.io/frens/contracts:${k.n(k.g.hex(7))} done
`,
  ),
  wDoc(
    'web3-jupyter-error-output',
    ['logs-and-output', 'code', 'precision'],
    'notebooks/dex-backtest.ipynb',
    (k) => `{
 "cells": [
  {"cell_type": "code", "execution_count": 3, "metadata": {}, "source": ["import ccxt\\n", "ex = ccxt.kraken({'apiKey': '${k.u(W.krakenKey(k.g))}', 'secret': '${k.prov('kraken', W.krakenSecret(k.g))}'})\\n", "ex.fetch_balance()"],
   "outputs": [{"output_type": "error", "ename": "AuthenticationError", "evalue": "kraken {\\"error\\":[\\"EAPI:Invalid key\\"]}", "traceback": []}]},
  {"cell_type": "code", "execution_count": 4, "metadata": {}, "source": ["df = pd.read_csv('trades.csv')\\n", "df[df.txid == '${k.n(k.g.upper(6) + '-' + k.g.upper(5) + '-' + k.g.upper(6))}']"], "outputs": []}
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4, "nbformat_minor": 5
}
`,
  ),
];
