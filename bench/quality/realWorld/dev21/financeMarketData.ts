// Market data: quants' notebooks and R scripts, Bloomberg and Refinitiv/LSEG configs, Polygon, Alpha Vantage, IEX
// Cloud, Nasdaq Data Link, Finnhub and Tiingo keys in code, config and shell, next to tickers, ISINs and FIGIs.
import type { RealWorldDoc } from '../types';
import { fDoc, F } from './financeValues';

export const FINANCE_MARKET_DATA_DOCS: RealWorldDoc[] = [
  fDoc(
    'quant-python-polygon',
    ['code', 'defaults-in-code', 'precision'],
    'research/signals/load_bars.py',
    (k) => `"""Minute bars for the momentum backtest. Polygon for US equities, Alpha Vantage for FX fallbacks."""
import os
import requests
import pandas as pd

POLYGON_KEY = os.getenv("POLYGON_API_KEY") or "${k.prov('Polygon', F.polygon(k.g))}"
AV_KEY = "${k.prov('Alpha Vantage', F.alphaVantage(k.g))}"  # free tier, 25 calls/day
UNIVERSE = ["AAPL", "MSFT", "NVDA", "JPM", "GS"]
FIGI_MAP = {"AAPL": "${k.n('BBG000B9XRY4')}", "JPM": "${k.n('BBG000DMBXR2')}"}


def bars(ticker, start, end):
    url = f"https://api.polygon.io/v2/aggs/ticker/{ticker}/range/1/minute/{start}/{end}"
    r = requests.get(url, params={"apiKey": POLYGON_KEY, "limit": 50000}, timeout=30)
    r.raise_for_status()
    return pd.DataFrame(r.json()["results"])


def fx_daily(pair):
    r = requests.get(
        "https://www.alphavantage.co/query",
        params={"function": "FX_DAILY", "from_symbol": pair[:3], "to_symbol": pair[3:], "apikey": AV_KEY},
        timeout=30,
    )
    return r.json()
`,
  ),

  fDoc(
    'quant-r-quandl',
    ['code', 'precision'],
    'actuarial/yield_curves.R',
    (k) => `# Yield curves for the ALM model (Solvency II run, Q1)
library(Quandl)
library(data.table)
library(DBI)

Quandl.api_key("${k.prov('Nasdaq Data Link', F.nasdaqDataLink(k.g))}")
ust <- Quandl("USTREASURY/YIELD", start_date = "2020-01-01")

con <- dbConnect(odbc::odbc(),
                 Driver = "ODBC Driver 18 for SQL Server",
                 Server = "sqlalm01.insure.local",
                 Database = "ALM",
                 UID = "alm_reader",
                 PWD = "${k.cs()}",
                 TrustServerCertificate = "yes")
dbWriteTable(con, "ust_yields", as.data.table(ust), overwrite = TRUE)

# EIOPA risk-free rates file, checksum ${k.n(F.sha256(k.g))}
rfr <- fread("data/EIOPA_RFR_20260331_Term_Structures.csv")
`,
  ),

  fDoc(
    'refinitiv-rdp-session-json',
    ['config-syntax', 'credential-file'],
    'config/lseg-data.config.json',
    (k) => `{
  "logs": { "level": "info", "transports": { "console": { "enabled": false } } },
  "sessions": {
    "default": "platform.rdp",
    "platform": {
      "rdp": {
        "app-key": "${k.prov('LSEG RDP', F.refinitivAppKey(k.g))}",
        "username": "GE-A-${k.g.digits(8)}-3-${k.g.digits(4)}",
        "password": "${k.pw()}",
        "signon_control": true
      },
      "deployed": {
        "app-key": "${k.n('YOUR_APP_KEY')}",
        "realm": "trep-prod",
        "dacs": { "username": "mdadmin", "application-id": "256", "position": "${k.n('10.20.3.44/net')}" }
      }
    }
  }
}
`,
  ),

  fDoc(
    'bloomberg-bpipe-sapi-cfg',
    ['config-syntax', 'precision'],
    'marketdata/bpipe/bpipe-client.ini',
    (k) => `; B-PIPE client for the pricing service. Authentication is by APPLICATION NAME, no password here.
[connection]
serverHost1=${F.ipv4(k.g, '10.77')}
serverHost2=${F.ipv4(k.g, '10.77')}
serverPort=8194
authenticationOptions=AuthenticationMode=APPLICATION_ONLY;ApplicationAuthenticationType=APPNAME_AND_KEY;ApplicationName=${k.n('ACME:PricingSvc')}
tlsClientCredentials=/etc/bpipe/acme-pricing.pk12
tlsClientCredentialsPassword=${k.spw()}
tlsTrustMaterial=/etc/bpipe/bloomberg-root.pk7

[subscriptions]
fields=LAST_PRICE,BID,ASK,VOLUME
securities=${k.n('US912810TM00')} Govt;${k.n(F.isin(k.g))} Corp;EURUSD Curncy
`,
  ),

  fDoc(
    'iex-cloud-node',
    ['code', 'precision'],
    'services/quotes/src/iex.ts',
    (k) => `import axios from 'axios';

// Publishable key is fine in the browser bundle; the secret one only on the server.
export const IEX_PUBLISHABLE = '${k.n(F.iexPublishable(k.g))}';
const IEX_SECRET = process.env.IEX_SECRET_TOKEN ?? '${k.prov('IEX Cloud', F.iexSecret(k.g))}';

export async function quote(symbol: string) {
  const { data } = await axios.get(\`https://cloud.iexapis.com/stable/stock/\${symbol}/quote\`, {
    params: { token: IEX_SECRET },
  });
  return data;
}

export const WATCH = { cusip: '${k.n(F.cusip(k.g))}', isin: '${k.n(F.isin(k.g))}' };
`,
  ),

  fDoc(
    'finnhub-tiingo-bashrc',
    ['command-line', 'credential-file'],
    'home/quant/.bashrc',
    (k) => `# ~/.bashrc additions – research box
export PATH="$HOME/miniconda3/bin:$PATH"
export FINNHUB_TOKEN=${k.prov('Finnhub', F.finnhub(k.g))}
export TIINGO_API_KEY=${k.prov('Tiingo', F.tiingo(k.g))}
export POLYGON_API_KEY="${k.prov('Polygon', F.polygon(k.g))}"
export KDB_PASS='${k.pw()}'
alias jl='jupyter lab --no-browser --port 8899'
alias vpn='sudo openconnect vpn.acme-am.example --user=$USER'
# conda env hash ${k.n(F.sha1(k.g))}
`,
  ),

  fDoc('notebook-cell-output-av', ['code', 'logs-and-output'], 'notebooks/fx_carry.ipynb', (k) => {
    const key = F.alphaVantage(k.g);
    return `{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "GET https://www.alphavantage.co/query?function=FX_DAILY&from_symbol=EUR&to_symbol=JPY&apikey=${k.prov('Alpha Vantage', key)}\\n",
      "rows: 5000, first: 2006-03-01, last: 2026-03-06\\n"
     ]
    }
   ],
   "source": [
    "import fxdata\\n",
    "df = fxdata.daily('EURJPY', verbose=True)\\n"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [],
   "source": [
    "trade_ids = ['${k.n(F.tradeId(k.g))}', '${k.n(F.tradeId(k.g))}']\\n"
   ]
  }
 ],
 "metadata": { "kernelspec": { "name": "python3", "display_name": "Python 3" } },
 "nbformat": 4,
 "nbformat_minor": 5
}
`;
  }),

  fDoc(
    'kdb-q-startup',
    ['code', 'command-line'],
    'kdb/tick/start_rdb.sh',
    (k) => `#!/bin/bash
# Real-time DB for the FX tick plant. Users file lives next to the script.
cd /opt/kdb/tick
export QHOME=/opt/kdb/q
# -u: user:password file, see rdb.users
q tick/r.q :5010 :5012 -p 5011 -u /opt/kdb/tick/rdb.users &
# gateway connects with an inline user:pass
q gw.q -p 5020 -rdb "\`:rdb01:5011:gw:${k.spw()}" -hdb "\`:hdb01:5012:gw:${k.spw()}" &
echo "started, build ${k.n(F.sha1(k.g).slice(0, 12))}"
`,
  ),

  fDoc(
    'kdb-users-file',
    ['credential-file'],
    'kdb/tick/rdb.users',
    (k) => `tickadmin:${k.spw()}
gw:${k.spw()}
fxdesk:${k.spw()}
readonly:${k.n(k.g.hex(32))}
`,
  ),

  fDoc(
    'market-data-vendor-invoice-mail-de',
    ['prose', 'precision'],
    'mail/2026-02-marktdaten-zugang.txt',
    (k) => `Von: Marktdaten-Team <marktdaten@bank.example>
An: Handel Renten
Betreff: Neuer Zugang Datenanbieter (Quandl/Nasdaq Data Link) und Kostenstelle

Hallo zusammen,

der Firmenzugang für Nasdaq Data Link ist freigeschaltet. API-Schlüssel: ${k.prov('Nasdaq Data Link', F.nasdaqDataLink(k.g))}
Bitte nur für die Kostenstelle ${k.n('KST-4711')} verwenden. Der Login im Webportal ist
marktdaten@bank.example mit dem Kennwort ${k.hpw()}.

Rechnungsnummer ${k.n('RE-2026-00' + k.g.digits(4))}, Zahlung an IBAN ${k.n(F.ibanSpaced(k.g))} (BIC ${k.n(F.bic(k.g))}).

Viele Grüße
Marktdaten-Team
`,
  ),

  fDoc(
    'excel-rtd-vba-refinitiv',
    ['code', 'defaults-in-code'],
    'desk-tools/PricingSheet.bas',
    (k) => `Attribute VB_Name = "PricingSheet"
Option Explicit

' Pulls end-of-day prices from the vendor REST API into Sheet "EOD".
Private Const API_BASE As String = "https://api.refinitiv.com/data/pricing/snapshots/v1/"
Private Const APP_KEY As String = "${k.prov('LSEG RDP', F.refinitivAppKey(k.g))}"
Private Const RDP_USER As String = "GE-A-${k.g.digits(8)}-3-${k.g.digits(4)}"
Private Const RDP_PASS As String = "${k.hpw()}"

Public Sub RefreshEOD()
    Dim http As Object, token As String
    Set http = CreateObject("MSXML2.XMLHTTP")
    http.Open "POST", "https://api.refinitiv.com/auth/oauth2/v1/token", False
    http.setRequestHeader "Content-Type", "application/x-www-form-urlencoded"
    http.send "grant_type=password&username=" & RDP_USER & "&password=" & RDP_PASS & "&client_id=" & APP_KEY & "&scope=trapi"
    token = ParseToken(http.responseText)
    Sheets("EOD").Range("A1").Value = "ISIN " & "${k.n(F.isin(k.g))}"
End Sub
`,
  ),

  fDoc(
    'tradingview-webhook-alerts',
    ['config-syntax', 'http-auth'],
    'alerts/tradingview-webhook.json',
    (k) => `{
  "name": "EURUSD breakout",
  "webhook_url": "https://signals.acme-trading.example/hook?token=${k.http(k.g.alnum(32))}",
  "message": "{\\"ticker\\": \\"{{ticker}}\\", \\"price\\": {{close}}, \\"passphrase\\": \\"${k.s('password', F.safePw(k.g))}\\"}",
  "condition": "crossing",
  "chart_id": "${k.n(k.g.alnum(8))}",
  "layout": "${k.n(k.g.alnum(8))}"
}
`,
  ),

  fDoc(
    'market-data-readme',
    ['prose', 'precision'],
    'marketdata/README.md',
    (k) => `# Market data adapters

| Vendor | Auth | Where the secret lives |
|---|---|---|
| Bloomberg B-PIPE | application name \`${k.n('ACME:PricingSvc')}\` + TLS client cert | \`${k.n('vault:secret/md/bpipe#p12_password')}\` |
| LSEG RDP | app key + machine id + password | \`${k.n('vault:secret/md/rdp')}\` |
| Polygon | API key | env \`${k.n('POLYGON_API_KEY')}\` |
| ICE Data | SFTP user + key | \`${k.n('op://MarketData/ICE/private key')}\` |

Local dev: copy \`.env.example\`, put \`POLYGON_API_KEY=${k.ph()}\` and run \`make md-dev\`.
For the sandbox the vendor gave us a demo key that only returns delayed AAPL: \`${k.n('DEMO')}\`.

Sample security ids used in tests: ${k.n(F.isin(k.g))}, ${k.n(F.cusip(k.g))}, FIGI ${k.n('BBG000BLNNH6')}.
`,
  ),
];
