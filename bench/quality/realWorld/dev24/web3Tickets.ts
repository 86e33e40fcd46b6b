// GitHub issues, Stack Exchange questions, wallet-support tickets and post-mortems of drained wallets: people paste
// their config to get help, and write about the key that leaked, next to hashes, addresses and masked values.
import type { RealWorldDoc } from '../types';
import { W, wDoc } from './web3Values';

export const WEB3_TICKET_DOCS: RealWorldDoc[] = [
  wDoc(
    'web3-gh-issue-freqtrade',
    ['prose', 'config-syntax', 'precision'],
    'issues/freqtrade-10234.md',
    (k) => `### Describe your environment
* Operating system: Ubuntu 22.04
* Python Version: 3.11.6
* Freqtrade Version: 2025.3

### Describe the problem:
Bot starts but every order fails with \`binance {"code":-2015,"msg":"Invalid API-key, IP, or permissions for action."}\`

My config:
\`\`\`json
"exchange": {
    "name": "binance",
    "key": "${k.prov('binance', W.binanceKey(k.g))}",
    "secret": "${k.prov('binance', W.binanceSecret(k.g))}",
    "ccxt_config": {"enableRateLimit": true}
},
"api_server": { "username": "freq", "password": "${k.hpw()}" }
\`\`\`

---
**xmatthias** commented: Please never post your keys. Revoke them immediately. -2015 means the IP whitelist or the permissions are wrong.
Freqtrade commit: ${k.n(W.sha1(k.g))}
`,
  ),
  wDoc(
    'web3-ethereum-se-question',
    ['prose', 'code', 'precision'],
    'stackexchange/ethereum/why-nonce-too-low.md',
    (k) => `**Title:** ethers v6 "nonce too low" when sending two transactions

I'm sending two txs back to back:

\`\`\`js
const provider = new ethers.JsonRpcProvider("https://polygon-mainnet.infura.io/v3/${k.prov('infura', W.infuraId(k.g))}");
const wallet = new ethers.Wallet("${k.pk(false)}", provider);
const tx1 = await wallet.sendTransaction({ to: "${k.addr()}", value: ethers.parseEther("0.01") });
const tx2 = await wallet.sendTransaction({ to: "${k.addr()}", value: ethers.parseEther("0.01") });
\`\`\`

The first one goes through (${k.tx()}), the second fails with nonce ${k.n('42')}.

**Answer (score 12):** fetch the pending nonce yourself: \`await provider.getTransactionCount(wallet.address, "pending")\`.
Also, you've just published your private key; consider that wallet compromised.
`,
  ),
  wDoc(
    'web3-postmortem-drained-deployer',
    ['prose', 'precision'],
    'docs/postmortems/2025-07-deployer-drain.md',
    (k) => `# Post-mortem: deployer wallet drained (2025-07-19)

## Summary
At 03:12 UTC the protocol deployer ${k.addr()} was drained of 14.2 ETH and ownership of the fee
collector was transferred to ${k.addr()} (tx ${k.tx()}).

## Root cause
A contractor committed \`.env.production\` to a public fork. It contained:

    DEPLOYER_PRIVATE_KEY=${k.pk()}
    TENDERLY_ACCESS_KEY=${k.prov('tenderly', W.tenderly(k.g))}

Sweeper bots picked the key up 41 seconds after the push (commit ${k.n(W.sha1(k.g))}).

## Actions
- Ownership moved to the Safe ${k.addr()} (3/5).
- All keys above rotated; the new deployer lives in a Foundry keystore, password in 1Password only.
- Added a pre-commit secret scan.
- The Grafana admin password in the same file (${k.hpw()}) was rotated too.
- Attacker funding tx: ${k.tx()}
`,
  ),
  wDoc(
    'web3-zendesk-wallet-ticket',
    ['prose', 'precision'],
    'support/tickets/WAL-20931.txt',
    (k) => `Ticket ${k.n(W.ticket(k.g))} — "Can't log into my wallet after update"
Requester: yuki.t@example.jp   Priority: Normal   Channel: web form

Customer wrote:
> After the 4.2 update the app asks for my password. I tried ${k.hpw()} and my old one ${k.hpw()} but
> both fail. My recovery phrase is ${k.seed()} if that helps.

Agent (Sofia):
Hello Yuki, please never share your recovery phrase with anyone, including us. We have removed it from the
ticket view. Because it was exposed, please create a new wallet and move your funds. Your address
${k.addr()} shows the last activity in block ${k.n(W.blockNo(k.g))}.
Internal note: phrase redacted in the UI as ${k.n('[REDACTED – 12 words]')}.
`,
  ),
  wDoc(
    'web3-gh-issue-hardhat-verify',
    ['prose', 'code', 'precision'],
    'issues/hardhat-verify-512.md',
    (k) => `## Error: "Invalid API Key" when verifying on Polygonscan

Running \`npx hardhat verify --network polygon ${k.addr()} "Token" "TKN"\` gives:

\`\`\`
Error in plugin @nomicfoundation/hardhat-verify: The Etherscan API responded with a failure status.
Reason: Invalid API Key (#err2)|POLYGON1
\`\`\`

\`hardhat.config.ts\`:
\`\`\`ts
etherscan: {
  apiKey: {
    polygon: "${k.prov('polygonscan', W.explorerKey(k.g))}",
    mainnet: "${k.prov('etherscan', W.explorerKey(k.g))}",
  },
},
\`\`\`

Edit: solved, Etherscan V2 uses one key for all chains. (I rotated the keys above.)
`,
  ),
  wDoc(
    'web3-jira-exchange-integration',
    ['prose', 'precision'],
    'jira/OPS-4412.txt',
    (k) => `OPS-4412  Integrate Kraken withdrawals into treasury tool
Status: In Progress   Assignee: wei.zhang   Sprint: 2025-S19

Description:
Treasury needs automated withdrawals to the cold wallet ${k.n(W.btcAddr(k.g))} (whitelisted as "cold-1").
Use the sandbox key for now:
  key: ${k.u(W.krakenKey(k.g))}
  secret: ${k.prov('kraken', W.krakenSecret(k.g))}
Withdrawal key name must match exactly: "cold-1". Reference tx for the test: ${k.n(k.g.hex(64))}

Comment (ana.r): the secret should be in Vault at ${k.n('secret/treasury/kraken')}, not here. Moving it.
Comment (wei.zhang): sandbox portal login is treasury-dev / ${k.hpw()}
`,
  ),
  wDoc(
    'web3-bug-bounty-report',
    ['prose', 'http-auth', 'precision'],
    'security/reports/immunefi-2025-0093.md',
    (k) => `# Report: admin API of the NFT launchpad exposed

**Severity:** High

The launchpad backend at \`https://api.launchpad.example/admin\` accepts a static bearer token that is shipped
in the public JS bundle (\`/_next/static/chunks/${k.n(k.g.hex(16))}.js\`):

\`\`\`
GET /admin/allowlist HTTP/2
Host: api.launchpad.example
Authorization: Bearer ${k.bearer()}
\`\`\`

The same bundle contains the Pinata credentials (\`pinata_api_key\` ${k.u(W.pinataKey(k.g))},
\`pinata_secret_api_key\` ${k.prov('pinata', W.pinataSecret(k.g))}), allowing anyone to unpin collection metadata
(CID ${k.n(W.cidV0(k.g))}).

Proof of concept tx on testnet: ${k.tx()}.
The admin panel also accepted the login \`admin\` / ${k.hpw()} found in the same bundle.
`,
  ),
  wDoc(
    'web3-gh-issue-chainlink-node',
    ['prose', 'logs-and-output', 'precision'],
    'issues/chainlink-node-login.md',
    (k) => `**Node won't start: "invalid keystore password"**

Logs:
\`\`\`
2025-05-02T10:11:02.114Z [INFO]  Starting Chainlink Node 2.21.0 at commit ${k.n(W.sha1(k.g))}
2025-05-02T10:11:02.730Z [ERROR] failed to unlock keystore: could not decrypt key with given password
\`\`\`

My \`secrets.toml\`:
\`\`\`toml
[Password]
Keystore = "${k.gpw()}"
[Database]
URL = "postgresql://postgres:${k.cs()}@localhost:5432/chainlink?sslmode=disable"
\`\`\`
I'm sure the password is correct, I used \`${k.n('mysecretpassword')}\` before and changed it.
`,
  ),
  wDoc(
    'web3-incident-discord-webhook-abuse',
    ['prose', 'precision'],
    'docs/incidents/discord-webhook-spam.md',
    (k) => `## Incident: fake mint links posted through our announcements webhook

At 19:40 CET the #announcements channel posted "SURPRISE MINT 🎉" with a link to a drainer. The message came
from our own webhook: ${k.prov('discord webhook', W.discordHook(k.g))}

It had been hard-coded in the old mint page (\`mint.html\`, commit ${k.n(W.sha1(k.g))}).
The drainer contract: ${k.addr()}. Victims' approvals: see ${k.n(W.txHash(k.g))} and following.

Mitigation: webhook deleted, new one only in the server env; mod bot token rotated (old one was
${k.prov('discord', W.discordBot(k.g))}).
The mod account password (${k.hpw()}) was reset as well.
`,
  ),
  wDoc(
    'web3-audit-finding',
    ['prose', 'code', 'precision'],
    'audits/2025-Q3/findings.md',
    (k) => `## [I-03] Hard-coded test keys in deployment scripts

\`script/DeployLocal.s.sol\` uses the Anvil default key ${k.n('0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80')}. This is a
documented test account and is acceptable for local deployments only.

## [M-01] Production keeper key in repository

\`keeper/config.py\` line 12:
\`\`\`python
KEEPER_PK = "${k.pk()}"
\`\`\`
This key controls the keeper role on ${k.addr()}. Recommendation: use a KMS signer.

## [G-02] \`abi.encodePacked\` with selector ${k.n(W.selector(k.g))} can be replaced by a constant.
## [L-02] Keystore password in plaintext

\`keeper/.env\` holds \`KEYSTORE_PASSWORD=${k.gpw()}\`.
`,
  ),
  wDoc(
    'web3-forum-question-kr',
    ['prose', 'code', 'precision'],
    'forum/okky/업비트-api-401.md',
    (k) => `업비트 API 호출하면 401 (invalid_access_key) 가 나옵니다

\`\`\`python
access_key = "${k.u(k.g.alnum(40))}"
secret_key = "${k.prov('upbit', k.g.alnum(40))}"
payload = {"access_key": access_key, "nonce": str(uuid.uuid4())}
jwt_token = jwt.encode(payload, secret_key)
headers = {"Authorization": f"Bearer {jwt_token}"}
\`\`\`

답변: 키를 공개 게시판에 올리셨네요. 바로 삭제하세요. IP 허용 목록에 서버 IP(${k.n(W.ipv4(k.g, '211'))})를 넣었는지도 확인하세요.
`,
  ),
  wDoc(
    'web3-email-otc-desk',
    ['prose', 'precision'],
    'mail/otc-settlement.eml',
    (k) => `From: settlements@otc-desk.example
To: treasury@fund.example
Subject: Settlement T+0 — trade ${k.n('OTC-' + k.g.digits(8))}

Hi team,

please find the settlement details below.
  Trade id: ${k.n('OTC-' + k.g.digits(8))}   ISIN (ETP hedge): ${k.n('CH' + k.g.digits(10))}
  USDC to: ${k.addr()} (ERC-20)   Reference tx: ${k.tx()}

The portal password for your new user has been set to ${k.hpw()} — you will be asked to change it on first login.
The PGP fingerprint of this desk is ${k.n(k.g.hex(40).toUpperCase())}.

Kind regards,
OTC Operations
`,
  ),
];
