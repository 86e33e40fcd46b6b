// Trading-bot code: ccxt scripts, Binance HMAC signing, freqtrade and hummingbot configs, Telegram and Discord
// alert bots, MEV searchers, with exchange order ids, symbols, nonces and signatures beside the keys.
import type { RealWorldDoc } from '../types';
import { W, wDoc } from './web3Values';

export const WEB3_BOT_DOCS: RealWorldDoc[] = [
  wDoc(
    'web3-ccxt-binance-py',
    ['code', 'defaults-in-code', 'precision'],
    'bot/exchange.py',
    (k) => `import os
import ccxt

# keys for the sub-account "grid-1" (spot only, no withdrawals)
API_KEY = os.getenv("BINANCE_KEY", "${k.prov('binance', W.binanceKey(k.g))}")
API_SECRET = os.getenv("BINANCE_SECRET", "${k.prov('binance', W.binanceSecret(k.g))}")

exchange = ccxt.binance({
    "apiKey": API_KEY,
    "secret": API_SECRET,
    "enableRateLimit": True,
    "options": {"defaultType": "spot", "recvWindow": 10000},
})

def last_order(symbol="BTC/USDT"):
    # clientOrderId looks like x-${k.n(k.g.alnum(16))}
    return exchange.fetch_my_trades(symbol, limit=1)

SMTP_PASS = os.getenv("SMTP_PASS", "${k.gpw()}")
`,
  ),
  wDoc(
    'web3-binance-hmac-signing',
    ['code', 'defaults-in-code', 'precision'],
    'src/binance_client.py',
    (k) => `import hashlib, hmac, time, requests
from urllib.parse import urlencode

BASE = "https://api.binance.com"
KEY = "${k.prov('binance', W.binanceKey(k.g))}"
SECRET = b"${k.prov('binance', W.binanceSecret(k.g))}"

def signed(path, **params):
    params["timestamp"] = int(time.time() * 1000)
    q = urlencode(params)
    sig = hmac.new(SECRET, q.encode(), hashlib.sha256).hexdigest()
    return requests.get(f"{BASE}{path}?{q}&signature={sig}", headers={"X-MBX-APIKEY": KEY}).json()

# example from the docs, signature of the sample query:
# ${k.n(W.sha256(k.g))}
print(signed("/api/v3/account", omitZeroBalances="true"))
`,
  ),
  wDoc(
    'web3-freqtrade-config',
    ['config-syntax', 'credential-file', 'precision'],
    'user_data/config.json',
    (k) => `{
    "max_open_trades": 5,
    "stake_currency": "USDT",
    "stake_amount": "unlimited",
    "dry_run": false,
    "exchange": {
        "name": "kucoin",
        "key": "${k.prov('kucoin', W.kucoinKey(k.g))}",
        "secret": "${k.prov('kucoin', k.g.uuid())}",
        "password": "${k.hpw()}",
        "ccxt_config": {},
        "pair_whitelist": ["BTC/USDT", "ETH/USDT", "SOL/USDT"]
    },
    "telegram": {
        "enabled": true,
        "token": "${k.prov('telegram', W.telegramBot(k.g))}",
        "chat_id": "${k.n('-100' + k.g.digits(10))}"
    },
    "api_server": {
        "enabled": true,
        "listen_ip_address": "0.0.0.0",
        "listen_port": 8080,
        "jwt_secret_key": "${k.hex(64)}",
        "ws_token": "${k.tok()}",
        "CORS_origins": [],
        "username": "freqtrader",
        "password": "${k.pw()}"
    },
    "bot_name": "kucoin-grid",
    "initial_state": "running"
}
`,
  ),
  wDoc(
    'web3-ccxt-okx-js',
    ['code', 'defaults-in-code', 'precision'],
    'src/okx.js',
    (k) => `'use strict';
const ccxt = require('ccxt');

const okx = new ccxt.okx({
  apiKey: process.env.OKX_KEY || '${k.u(k.g.uuid())}',
  secret: process.env.OKX_SECRET || '${k.prov('okx', W.okxSecret(k.g))}',
  password: process.env.OKX_PASSPHRASE || '${k.hpw()}', // API passphrase set when the key was created
  options: { defaultType: 'swap' },
});

(async () => {
  const pos = await okx.fetchPositions(['BTC/USDT:USDT']);
  console.log(pos.map((p) => [p.symbol, p.contracts, p.info.posId]));
})();
// posId example: ${k.n(k.g.digits(18))}
`,
  ),
  wDoc(
    'web3-bybit-bot-env',
    ['config-syntax', 'precision'],
    'bybit-bot/.env',
    (k) => `BYBIT_API_KEY=${k.u(W.bybitKey(k.g))}
BYBIT_API_SECRET=${k.prov('bybit', W.bybitSecret(k.g))}
BYBIT_TESTNET=false
SYMBOLS=BTCUSDT,ETHUSDT
TELEGRAM_BOT_TOKEN=${k.prov('telegram', W.telegramBot(k.g))}
TELEGRAM_CHAT_ID=${k.n(k.g.digits(9))}
REDIS_URL=redis://:${k.cs()}@127.0.0.1:6379/0
LOG_LEVEL=info
WEBHOOK_SECRET=${k.tok()}
`,
  ),
  wDoc(
    'web3-kraken-python',
    ['code', 'defaults-in-code', 'precision'],
    'kraken/private.py',
    (k) => `import base64, hashlib, hmac, time, urllib.parse, requests

API_KEY = "${k.u(W.krakenKey(k.g))}"
API_SEC = "${k.prov('kraken', W.krakenSecret(k.g))}"

def kraken_request(uri_path, data):
    data["nonce"] = str(int(1000 * time.time()))
    postdata = urllib.parse.urlencode(data)
    message = uri_path.encode() + hashlib.sha256((data["nonce"] + postdata).encode()).digest()
    mac = hmac.new(base64.b64decode(API_SEC), message, hashlib.sha512)
    headers = {"API-Key": API_KEY, "API-Sign": base64.b64encode(mac.digest()).decode()}
    return requests.post("https://api.kraken.com" + uri_path, headers=headers, data=data).json()

print(kraken_request("/0/private/Balance", {}))
# txid seen in ledger: ${k.n(k.g.upper(6) + '-' + k.g.upper(5) + '-' + k.g.upper(6))}
`,
  ),
  wDoc(
    'web3-telegram-price-alert',
    ['code', 'defaults-in-code', 'precision'],
    'alerts/price_alert.py',
    (k) => `import asyncio, aiohttp
from telegram import Bot

BOT_TOKEN = "${k.prov('telegram', W.telegramBot(k.g))}"
CHAT_ID = ${k.n('-100' + k.g.digits(10))}
CG_KEY = "${k.prov('coingecko', W.coingecko(k.g))}"
THRESHOLDS = {"bitcoin": 100_000, "ethereum": 4_000}

async def main():
    bot = Bot(BOT_TOKEN)
    async with aiohttp.ClientSession(headers={"x-cg-pro-api-key": CG_KEY}) as s:
        r = await s.get("https://pro-api.coingecko.com/api/v3/simple/price?ids=bitcoin,ethereum&vs_currencies=usd")
        prices = await r.json()
    for coin, limit in THRESHOLDS.items():
        if prices[coin]["usd"] > limit:
            await bot.send_message(CHAT_ID, f"🚀 {coin} above {limit}")

asyncio.run(main())
# redis cache: redis://:${k.cs()}@localhost:6379/2
`,
  ),
  wDoc(
    'web3-discord-bot-js',
    ['code', 'defaults-in-code', 'precision'],
    'discord-bot/index.js',
    (k) => `const { Client, GatewayIntentBits } = require('discord.js');
const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages] });

const TOKEN = process.env.DISCORD_TOKEN || '${k.prov('discord', W.discordBot(k.g))}';
const CMC_KEY = '${k.prov('coinmarketcap', W.cmcKey(k.g))}';
const GUILD_ID = '${k.n('1' + k.g.digits(18))}';
const ALERT_HOOK = '${k.prov('discord webhook', W.discordHook(k.g))}';

client.on('messageCreate', async (msg) => {
  if (msg.content === '!gas') {
    const r = await fetch('https://pro-api.coinmarketcap.com/v1/cryptocurrency/quotes/latest?symbol=ETH', { headers: { 'X-CMC_PRO_API_KEY': CMC_KEY } });
    msg.reply(\`ETH: \${(await r.json()).data.ETH.quote.USD.price.toFixed(2)}\`);
  }
});
client.login(TOKEN);
// admin panel (express) login
const ADMIN_PASSWORD = '${k.hpw()}';
`,
  ),
  wDoc(
    'web3-mev-searcher-rs',
    ['code', 'defaults-in-code', 'precision'],
    'searcher/src/config.rs',
    (k) => `use ethers::prelude::*;

pub const WETH: &str = "${k.n('0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2')}";
pub const UNIV2_ROUTER: &str = "${k.n('0x7a250d5630B4cF539739dF2C5dAcb4c659F2488D')}";
pub const SWAP_TOPIC: &str = "${k.n('0x' + k.g.hex(64))}";

pub fn signer() -> LocalWallet {
    // searcher hot wallet; flashbots reputation key is separate
    std::env::var("SEARCHER_KEY")
        .unwrap_or_else(|_| "${k.pk(false)}".to_string())
        .parse()
        .expect("bad key")
}

pub fn flashbots_identity() -> LocalWallet {
    "${k.pk()}".parse().unwrap()
}
// last bundle hash: ${k.n(W.txHash(k.g))}
`,
  ),
  wDoc(
    'web3-hummingbot-conf',
    ['config-syntax', 'precision'],
    'hummingbot/conf/connectors/gate_io.yml',
    (k) => `connector: gate_io
gate_io_api_key: ${k.u(k.g.hex(32))}
gate_io_secret_key: ${k.prov('gate.io', k.g.hex(64))}
# encrypted copy written by the client:
# ${k.n('{"crypto": {"cipher": "aes-128-ctr", "ciphertext": "' + k.g.hex(128) + '"}}')}
# hummingbot client password (login prompt): ${k.hpw()}
`,
  ),
  wDoc(
    'web3-tradingview-webhook-server',
    ['code', 'defaults-in-code', 'http-auth', 'precision'],
    'webhook/app.py',
    (k) => `from flask import Flask, request, abort
import ccxt

app = Flask(__name__)
WEBHOOK_PASSPHRASE = "${k.hpw()}"  # must match "passphrase" in the TradingView alert JSON
bitfinex = ccxt.bitfinex({"apiKey": "${k.u(W.bitfinex(k.g))}", "secret": "${k.prov('bitfinex', W.bitfinex(k.g))}"})

@app.post("/tv")
def tv():
    data = request.get_json(force=True)
    if data.get("passphrase") != WEBHOOK_PASSPHRASE:
        abort(403)
    side = data["strategy"]["order_action"]  # "buy" / "sell"
    return bitfinex.create_market_order("BTC/USD", side, float(data["strategy"]["order_contracts"]))
# TradingView alert id: ${k.n(k.g.digits(10))}
`,
  ),
  wDoc(
    'web3-coinbase-advanced-key-py',
    ['code', 'defaults-in-code', 'credential-file', 'precision'],
    'cb_bot/keys.py',
    (k) => `from coinbase.rest import RESTClient

# CDP key "dca-bot" (view + trade)
KEY_NAME = "${k.u(W.cbKeyName(k.g))}"
PRIVATE_KEY = """${k.key(W.pem(k.g, 'EC PRIVATE KEY'), 'coinbase cdp')}
"""

client = RESTClient(api_key=KEY_NAME, api_secret=PRIVATE_KEY)
print(client.get_accounts()["accounts"][0]["uuid"])  # e.g. ${k.n(k.g.uuid())}
`,
  ),
];
