// Brokers and exchanges: Interactive Brokers gateway and IBC files, Alpaca, OANDA, Binance, Kraken and Coinbase keys in
// bots, Docker files and CI, next to account numbers, order ids and public wallet addresses.
import type { RealWorldDoc } from '../types';
import { fDoc, F } from './financeValues';

export const FINANCE_BROKER_DOCS: RealWorldDoc[] = [
  fDoc(
    'ibc-config-ini',
    ['config-syntax', 'credential-file'],
    'ibc/config.ini',
    (k) => `# IBC settings for the paper gateway on the research VM
FIX=no
IbLoginId=acmeresearch${k.g.digits(2)}
IbPassword=${k.pw()}
FIXLoginId=
FIXPassword=
TradingMode=paper
IbDir=/opt/ibgateway
StoreSettingsOnServer=no
MinimizeMainWindow=yes
ExistingSessionDetectedAction=primary
AcceptIncomingConnectionAction=accept
ReadOnlyApi=no
CommandServerPort=7462
ControlFrom=127.0.0.1
`,
  ),

  fDoc(
    'ib-jts-ini',
    ['config-syntax', 'precision'],
    'ibgateway/jts.ini',
    (k) => `[IBGateway]
WriteDebug=false
TrustedIPs=127.0.0.1
MainWindow.Height=550
RemoteHostOrderRouting=ndc1.ibllc.com
RemotePortOrderRouting=4001
LocalServerPort=4000
ApiOnly=true

[Logon]
useRemoteSettings=false
TimeZone=Europe/Zurich
tradingMode=p
colorPalletName=dark
Steps=8
Locale=en
SupportsSSL=gdc1.ibllc.com:4000,true,20260305,false
UseSSL=true
os_titlebar=false
s3store=true
Individual=1
displayedproxymsg=1
# account ${k.n('DU' + k.g.digits(7))}, session ${k.n(k.g.hex(16))}
`,
  ),

  fDoc(
    'ib-gateway-docker-compose',
    ['config-syntax', 'command-line'],
    'infra/ibgateway/docker-compose.yml',
    (k) => `services:
  ib-gateway:
    image: ghcr.io/gnzsnz/ib-gateway:stable
    restart: always
    environment:
      TWS_USERID: acmetrade${k.g.digits(2)}
      TWS_PASSWORD: "${k.pw()}"
      TRADING_MODE: live
      TWS_USERID_PAPER: acmepaper${k.g.digits(2)}
      TWS_PASSWORD_PAPER: ${k.n('${TWS_PASSWORD_PAPER}')}
      VNC_SERVER_PASSWORD: ${k.spw()}
      READ_ONLY_API: "no"
    ports:
      - "127.0.0.1:4001:4003"
      - "127.0.0.1:5900:5900"
`,
  ),

  fDoc(
    'alpaca-bot-python',
    ['code', 'defaults-in-code'],
    'bots/meanrev/config.py',
    (k) => `from dataclasses import dataclass


@dataclass(frozen=True)
class AlpacaConfig:
    base_url: str = "https://paper-api.alpaca.markets"
    key_id: str = "${k.u(F.alpacaId(k.g))}"
    secret_key: str = "${k.prov('Alpaca', F.alpacaSecret(k.g))}"
    data_feed: str = "iex"


@dataclass(frozen=True)
class RiskConfig:
    max_position_usd: float = 25_000
    stop_loss_pct: float = 0.03
    account_id: str = "${k.n(k.g.uuid())}"
`,
  ),

  fDoc(
    'alpaca-github-actions',
    ['config-syntax', 'precision'],
    '.github/workflows/paper-trade.yml',
    (k) => `name: paper-trade
on:
  schedule:
    - cron: '35 13 * * 1-5'
jobs:
  run:
    runs-on: ubuntu-latest
    env:
      APCA_API_BASE_URL: https://paper-api.alpaca.markets
      APCA_API_KEY_ID: \${{ secrets.APCA_API_KEY_ID }}
      APCA_API_SECRET_KEY: ${k.n('${{ secrets.APCA_API_SECRET_KEY }}')}
      SLACK_WEBHOOK: ${k.n('${{ secrets.SLACK_WEBHOOK }}')}
    steps:
      - uses: actions/checkout@${k.n(F.sha1(k.g))}
      - uses: actions/setup-python@v5
        with:
          python-version: '3.12'
      - run: pip install -r requirements.txt
      - run: python -m bots.meanrev --dry-run=false
`,
  ),

  fDoc(
    'oanda-v20-conf',
    ['config-syntax', 'credential-file'],
    'home/fxdev/.v20.conf',
    (k) => `hostname: api-fxpractice.oanda.com
streaming_hostname: stream-fxpractice.oanda.com
port: 443
ssl: true
token: ${k.prov('OANDA', F.oanda(k.g))}
username: fxdev_acme
accounts:
- ${k.n('101-004-' + k.g.digits(8) + '-001')}
- ${k.n('101-004-' + k.g.digits(8) + '-002')}
active_account: ${k.n('101-004-' + k.g.digits(8) + '-001')}
`,
  ),

  fDoc(
    'oanda-curl-history',
    ['command-line', 'http-auth'],
    'home/fxdev/.zsh_history',
    (k) => `: 1741242011:0;cd ~/src/fx-bot
: 1741242040:0;curl -s -H "Authorization: Bearer ${k.prov('OANDA', F.oanda(k.g))}" https://api-fxpractice.oanda.com/v3/accounts
: 1741242102:0;curl -s -H "Content-Type: application/json" -H "Authorization: Bearer $OANDA_TOKEN" -d @order.json https://api-fxpractice.oanda.com/v3/accounts/$ACCT/orders
: 1741242190:0;git log --oneline | head
: 1741242250:0;export BINANCE_API_SECRET=${k.prov('Binance', F.binanceKey(k.g))}
: 1741242300:0;python bot.py --symbol BTCUSDT --qty 0.01
: 1741242400:0;mysql -h 127.0.0.1 -u fxbot -p${k.spw()} fxbot -e 'select count(*) from fills'
`,
  ),

  fDoc(
    'binance-ccxt-bot',
    ['code', 'defaults-in-code', 'precision'],
    'crypto/arb/exchanges.py',
    (k) => `import ccxt

# Keys are IP-restricted to the two arb boxes; withdrawals disabled.
binance = ccxt.binance({
    "apiKey": "${k.u(F.binanceKey(k.g))}",
    "secret": "${k.prov('Binance', F.binanceKey(k.g))}",
    "options": {"defaultType": "future"},
})

kraken = ccxt.kraken({
    "apiKey": "${k.u(F.krakenKey(k.g))}",
    "secret": "${k.prov('Kraken', F.krakenSecret(k.g))}",
})

# cold wallet, receive only
BTC_COLD = "${k.n('bc1q' + k.g.chars('023456789acdefghjklmnpqrstuvwxyz', 38))}"
ETH_COLD = "${k.n('0x' + k.g.hex(40))}"
`,
  ),

  fDoc(
    'coinbase-cdp-key-json',
    ['credential-file'],
    'secrets/cdp_api_key.json',
    (k) => `{
  "name": "${k.n(F.coinbaseKeyName(k.g))}",
  "privateKey": "${k.key(F.pem(k.g, 'EC PRIVATE KEY').replace(/\n/g, '\\n'))}\\n"
}
`,
  ),

  fDoc(
    'kraken-dockerfile',
    ['config-syntax', 'command-line'],
    'crypto/mm/Dockerfile',
    (k) => `FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENV KRAKEN_API_KEY=${k.u(F.krakenKey(k.g))}
ENV KRAKEN_API_SECRET=${k.prov('Kraken', F.krakenSecret(k.g))}
ENV PAIRS="XBT/EUR,ETH/EUR"
ENV LOG_LEVEL=info
HEALTHCHECK CMD python -c "import mm.health" || exit 1
CMD ["python", "-m", "mm.main"]
`,
  ),

  fDoc(
    'broker-chat-pt',
    ['prose', 'precision'],
    'exports/whatsapp/mesa-cripto.txt',
    (k) => `[05/03/26 09:12] Rafael: bom dia, a corretora trocou a senha da conta institucional
[05/03/26 09:12] Rafael: nova senha: ${k.hpw()}
[05/03/26 09:13] Beatriz: e a chave da API da Binance? a antiga foi revogada
[05/03/26 09:15] Rafael: secret nova ${k.prov('Binance', F.binanceKey(k.g))} (só leitura + trade, sem saque)
[05/03/26 09:16] Beatriz: ok. endereço de depósito continua ${k.n('0x' + k.g.hex(40))}?
[05/03/26 09:16] Rafael: sim. pedido ${k.n(F.orderId(k.g))} executado
[05/03/26 09:20] Beatriz: senha do e-mail compartilhado ainda é a ${k.n('mesma de antes')}? 😅
`,
  ),

  fDoc(
    'broker-api-runbook-pl',
    ['prose', 'command-line'],
    'docs/runbook/broker-api-restart.md',
    (k) => `# Restart bramki brokera (IB Gateway) – instrukcja dyżurna

1. Zaloguj się na \`trade-gw01\` (konto serwisowe \`svc_ibgw\`, hasło w sejfie: ${k.n('KeePass → Trading/IBGW')}).
2. Zatrzymaj kontener: \`docker compose -f /opt/ibgw/docker-compose.yml down\`
3. Jeśli IB wymusza zmianę hasła, nowe hasło ustawia kierownik zespołu. Aktualne (marzec): ${k.hpw()}
4. Uruchom: \`TWS_PASSWORD='${k.spw()}' docker compose up -d\`
5. Sprawdź API: \`curl -s localhost:5000/v1/api/iserver/auth/status\`

Numer konta: ${k.n('U' + k.g.digits(7))}. Zgłoszenia: ${k.n(F.ticket(k.g))}.
`,
  ),

  fDoc(
    'exchange-keys-csv',
    ['credential-file', 'precision'],
    'ops/exchange-api-keys-2026Q1.csv',
    (k) => `exchange,account,key_id,secret,permissions,created,ip_whitelist
binance,arb-01,${k.u(F.binanceKey(k.g))},${k.prov('Binance', F.binanceKey(k.g))},spot+futures,2026-01-04,${F.ipv4(k.g, '34')}
kraken,mm-01,${k.u(F.krakenKey(k.g))},${k.prov('Kraken', F.krakenSecret(k.g))},trade,2026-01-11,${F.ipv4(k.g, '34')}
coinbase,treasury,${k.n(F.coinbaseKeyName(k.g))},${k.n('(in HSM)')},view,2026-02-02,${F.ipv4(k.g, '52')}
bitstamp,old,${k.n('REVOKED')},${k.n('REVOKED')},none,2024-05-30,
`,
  ),
];
