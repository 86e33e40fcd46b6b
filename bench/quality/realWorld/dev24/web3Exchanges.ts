// What exchanges and API platforms hand out and people keep: downloaded key files, CSV exports of key lists,
// password-manager exports, tax-tool imports, with account ids, UIDs, order ids and masked keys around them.
import type { RealWorldDoc } from '../types';
import { W, wDoc } from './web3Values';

export const WEB3_EXCHANGE_DOCS: RealWorldDoc[] = [
  wDoc(
    'web3-cdp-api-key-json',
    ['credential-file', 'precision'],
    'Downloads/cdp_api_key.json',
    (k) => `{
   "name": "${k.u(W.cbKeyName(k.g))}",
   "privateKey": "${k.key(W.pem(k.g, 'EC PRIVATE KEY').replace(/\n/g, '\\n'), 'coinbase cdp')}\\n"
}
`,
  ),
  wDoc(
    'web3-api-keys-csv',
    ['credential-file', 'precision'],
    'finance/exchange-api-keys.csv',
    (k) => `exchange,account,label,api_key,api_secret,passphrase,permissions,ip_whitelist,created
binance,main,tax-export,${k.u(W.binanceKey(k.g))},${k.prov('binance', W.binanceSecret(k.g))},,read,,2025-01-04
kraken,corp,koinly,${k.u(W.krakenKey(k.g))},${k.prov('kraken', W.krakenSecret(k.g))},,query funds+ledger,,2025-01-04
okx,main,grid-bot,${k.u(k.g.uuid())},${k.prov('okx', W.okxSecret(k.g))},${k.spw()},trade,${W.ipv4(k.g, '203.0.113')},2025-03-11
kucoin,sub-2,dca,${k.u(W.kucoinKey(k.g))},${k.prov('kucoin', k.g.uuid())},${k.spw()},general+trade,,2025-05-20
bybit,uta,old,${k.n(W.mask(W.bybitKey(k.g)))},${k.n('(deleted)')},,,,2024-11-02
`,
  ),
  wDoc(
    'web3-bitwarden-export-crypto',
    ['credential-file', 'precision'],
    'backup/bitwarden_export_crypto.csv',
    (k) => `folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp
Crypto,1,login,Binance,,,0,https://accounts.binance.com,${k.n('trader@example.com')},${k.pw()},otpauth://totp/Binance?secret=${k.s('token', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16), 'TOTP seed')}
Crypto,1,login,Kraken,master key in notes,,0,https://www.kraken.com,trader_k,${k.pw()},
Crypto,0,login,Ledger Live,,,0,,,${k.hpw()},
Crypto,0,note,MetaMask (old laptop),"${k.seed()}",,0,,,,
Crypto,0,login,Etherscan,,,0,https://etherscan.io,trader,${k.gpw()},
`,
  ),
  wDoc(
    'web3-koinly-import-notes',
    ['prose', 'precision'],
    'tax/2025/README-import.txt',
    (k) => `Tax year 2025 – import checklist (Koinly)

1. Binance: API import, read-only key created 04.01. (key ${k.n(W.mask(W.binanceKey(k.g)))}, secret in 1Password)
2. Coinbase: CSV export "transactions_2025.csv" – account id ${k.n(k.g.uuid())}
3. Ledger: xpub import ${k.n(W.xpub(k.g))}
4. MetaMask: address ${k.addr()} (Ethereum, Arbitrum, Base)
5. Phantom: ${k.n(W.solAddr(k.g))}
6. Kraken: API key label "koinly-ro", secret: ${k.prov('kraken', W.krakenSecret(k.g))}

Koinly login for the accountant: tax@family.example / ${k.hpw()}
Missing tx: ${k.tx()} (bridge to Base, shows as "unmatched withdrawal")
Koinly wallet id: ${k.n(k.g.uuid())}
`,
  ),
  wDoc(
    'web3-keepass-xml-crypto',
    ['credential-file', 'config-syntax', 'precision'],
    'exports/keepass-crypto.xml',
    (k) => `<?xml version="1.0" encoding="utf-8" standalone="yes"?>
<KeePassFile>
  <Root>
    <Group>
      <Name>Crypto</Name>
      <Entry>
        <UUID>${k.n(k.g.base64(22) + '==')}</UUID>
        <String><Key>Title</Key><Value>Trezor passphrase (hidden wallet)</Value></String>
        <String><Key>Password</Key><Value ProtectInMemory="True">${k.phrase()}</Value></String>
      </Entry>
      <Entry>
        <UUID>${k.n(k.g.base64(22) + '==')}</UUID>
        <String><Key>Title</Key><Value>Bybit</Value></String>
        <String><Key>UserName</Key><Value>hana.trader</Value></String>
        <String><Key>Password</Key><Value ProtectInMemory="True">${k.gpw()}</Value></String>
        <String><Key>URL</Key><Value>https://www.bybit.com/login</Value></String>
      </Entry>
      <Entry>
        <UUID>${k.n(k.g.base64(22) + '==')}</UUID>
        <String><Key>Title</Key><Value>Electrum hot wallet</Value></String>
        <String><Key>Notes</Key><Value>seed: ${k.seed()}&#10;wallet password: ${k.spw()}</Value></String>
      </Entry>
    </Group>
  </Root>
</KeePassFile>
`,
  ),
  wDoc(
    'web3-kraken-key-txt',
    ['credential-file', 'precision'],
    'Documents/kraken-api.txt',
    (k) => `Kraken API key – "python-bot" (created 2025-06-02)
Nonce window: 0
Permissions: Query Funds, Query Open Orders & Trades, Create & Modify Orders

API Key: ${k.u(W.krakenKey(k.g))}
Private Key: ${k.prov('kraken', W.krakenSecret(k.g))}
2FA for API: password "${k.spw()}"
Kraken login password: ${k.hpw()}
`,
  ),
  wDoc(
    'web3-bitfinex-key-email',
    ['prose', 'precision'],
    'mail/2025-04-12-bitfinex-api.eml',
    (k) => `From: "Bitfinex" <no-reply@bitfinex.com>
To: dmitri@example.org
Subject: New API Key Created
Date: Sat, 12 Apr 2025 10:21:44 +0000
Message-ID: <${k.n(k.g.hex(24))}@bitfinex.com>

A new API key was created on your account.

Label: margin-bot
Key: ${k.n(W.mask(W.bitfinex(k.g)))}
IP: 185.220.101.4
If this wasn't you, disable your account: https://www.bitfinex.com/disable?token=${k.u(k.g.hex(40))}

---- Forwarded to myself with the secret so I have it on my phone ----
secret ${k.prov('bitfinex', W.bitfinex(k.g))}
`,
  ),
  wDoc('web3-ledger-recovery-sheet-note', ['credential-file', 'prose'], 'Notes/Recovery sheet (scan).txt', (k) => {
    const words = W.mnemonic(k.g, 24).split(' ');
    const numbered = words.map((w, i) => `${i + 1}. ${w}`).join('\n');
    return `LEDGER NANO X – RECOVERY SHEET (typed from the card, don't lose)
PIN on the device: ${k.n('****')}

${k.key(numbered, 'bip39 mnemonic')}

25th word (passphrase): ${k.phrase()}
`;
  }),
  wDoc(
    'web3-exchange-keys-ini',
    ['config-syntax', 'credential-file', 'precision'],
    'config/exchanges.ini',
    (k) => `; keys for the arbitrage scanner. read by configparser
[binance]
api_key = ${k.u(W.binanceKey(k.g))}
api_secret = ${k.prov('binance', W.binanceSecret(k.g))}

[bybit]
api_key = ${k.u(W.bybitKey(k.g))}
api_secret = ${k.prov('bybit', W.bybitSecret(k.g))}

[kucoin]
api_key = ${k.u(W.kucoinKey(k.g))}
api_secret = ${k.prov('kucoin', k.g.uuid())}
api_passphrase = ${k.hpw()}

[coinbase]
; moved to CDP keys, see cdp_api_key.json
api_key = ${k.ph()}
`,
  ),
  wDoc(
    'web3-api-key-list-json-dump',
    ['credential-file', 'precision'],
    'dumps/okx-subaccount-keys.json',
    (k) => `{"code":"0","msg":"","data":[
 {"subAcct":"grid01","label":"grid","apiKey":"${k.u(k.g.uuid())}","secretKey":"${k.prov('okx', W.okxSecret(k.g))}","passphrase":"${k.spw()}","perm":"read_only,trade","ip":""},
 {"subAcct":"grid02","label":"hedge","apiKey":"${k.u(k.g.uuid())}","secretKey":"${k.prov('okx', W.okxSecret(k.g))}","passphrase":"${k.spw()}","perm":"read_only,trade","ip":"203.0.113.7"},
 {"subAcct":"vault","label":"audit","apiKey":"${k.u(k.g.uuid())}","secretKey":"${k.n('********')}","perm":"read_only","ip":""}
]}
`,
  ),
  wDoc(
    'web3-paper-wallet-printout',
    ['credential-file', 'precision'],
    'archive/paper-wallet-2017.txt',
    (k) => `BITCOIN PAPER WALLET (bitaddress.org, generated offline 2017-12-03)

Public address (LOAD & VERIFY):  ${k.n('1' + k.g.chars('123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz', 33))}
Private key (WIF, SPEND):        ${k.key(W.wif(k.g), 'bitcoin wif')}

Electrum master public key: ${k.n(W.xpub(k.g))}
Electrum master private key: ${k.key(W.xprv(k.g), 'bip32 xprv')}
`,
  ),
];
