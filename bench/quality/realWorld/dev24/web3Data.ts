// Data and back-office code around crypto: analytics notebooks, R and SQL for on-chain research, accounting macros,
// C#, Java and Go services of exchanges and custodians, with connection strings, keys and lots of chain data.
// Also the artifacts such code writes and reads (broadcast runs, deployment maps, encrypted keystores): look-alikes.
import type { RealWorldDoc } from '../types';
import { W, wDoc } from './web3Values';

export const WEB3_DATA_DOCS: RealWorldDoc[] = [
  wDoc(
    'web3-notebook-onchain-pg',
    ['code', 'defaults-in-code', 'precision'],
    'notebooks/whale-flows.ipynb',
    (k) => `{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Whale flows into exchanges (last 30d)"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "source": ["import sqlalchemy as sa, pandas as pd\\n", "engine = sa.create_engine('postgresql://analyst:${k.cs()}@warehouse.internal:5432/chain')\\n", "ETHERSCAN = '${k.prov('etherscan', W.explorerKey(k.g))}'"], "outputs": []},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "source": ["df = pd.read_sql(\\"select hash, from_address, value from txs where block_number > ${k.n(W.blockNo(k.g))}\\", engine)\\n", "df.head(2)"],
   "outputs": [{"output_type": "execute_result", "execution_count": 2, "data": {"text/plain": ["   hash                          from_address                           value\\n", "0  ${k.n(W.txHash(k.g))}  ${k.n(W.address(k.g))}  1.2e21"]}, "metadata": {}}]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4, "nbformat_minor": 5
}
`,
  ),
  wDoc(
    'web3-r-crypto-research',
    ['code', 'defaults-in-code', 'precision'],
    'research/defi_yields.R',
    (k) => `library(httr2)
library(DBI)

cg_key <- "${k.prov('coingecko', W.coingecko(k.g))}"
con <- dbConnect(RPostgres::Postgres(), host = "research-db", dbname = "defi", user = "rstudio", password = "${k.gpw()}")

prices <- request("https://pro-api.coingecko.com/api/v3/coins/markets") |>
  req_url_query(vs_currency = "usd", ids = "aave,compound-governance-token") |>
  req_headers("x-cg-pro-api-key" = cg_key) |>
  req_perform() |> resp_body_json()

# pool ids are contract addresses (public)
pools <- c("${k.addr()}", "${k.addr()}")
dbWriteTable(con, "prices", as.data.frame(do.call(rbind, prices)), overwrite = TRUE)
`,
  ),
  wDoc(
    'web3-sql-custody-seed',
    ['code', 'defaults-in-code', 'precision'],
    'db/migrations/0007_seed_custody.sql',
    (k) => `-- seed data for the custody staging DB
CREATE USER custody_app WITH PASSWORD '${k.gpw()}';
CREATE USER custody_ro WITH PASSWORD '${k.hpw()}';
GRANT SELECT ON ALL TABLES IN SCHEMA public TO custody_ro;

INSERT INTO wallets (id, chain, address, xpub, label) VALUES
  ('${k.n(k.g.uuid())}', 'btc', '${k.n(W.btcAddr(k.g))}', '${k.n(W.xpub(k.g))}', 'cold-1'),
  ('${k.n(k.g.uuid())}', 'eth', '${k.n(W.address(k.g))}', NULL, 'hot-1');

INSERT INTO api_clients (name, api_key_hash, created_at) VALUES
  ('reporting', '${k.n(W.sha256(k.g))}', now());
`,
  ),
  wDoc(
    'web3-vba-tax-macro',
    ['code', 'defaults-in-code', 'precision'],
    'tax/CryptoTax.bas',
    (k) => `Attribute VB_Name = "CryptoTax"
' Pulls trade history from the exchange into the "Trades" sheet
Const API_KEY As String = "${k.u(W.binanceKey(k.g))}"
Const API_SECRET As String = "${k.prov('binance', W.binanceSecret(k.g))}"
Const SHEET_PASSWORD As String = "${k.hpw()}"

Sub RefreshTrades()
    Dim ws As Worksheet
    Set ws = ThisWorkbook.Sheets("Trades")
    ws.Unprotect Password:=SHEET_PASSWORD
    ' ... HMAC-SHA256 via MSXML2 ...
    ws.Range("A1").Value = "Last refresh " & Now
    ws.Protect Password:=SHEET_PASSWORD
End Sub
`,
  ),
  wDoc(
    'web3-csharp-exchange-client',
    ['code', 'defaults-in-code', 'precision'],
    'src/Custody.Exchange/KrakenOptions.cs',
    (k) => `namespace Custody.Exchange;

public sealed class KrakenOptions
{
    public const string Section = "Kraken";
    public string BaseUrl { get; init; } = "https://api.kraken.com";
    public string ApiKey { get; init; } = "${k.u(W.krakenKey(k.g))}";
    public string PrivateKey { get; init; } = "${k.prov('kraken', W.krakenSecret(k.g))}";
    public string WithdrawKeyName { get; init; } = "cold-1";
}

public static class Db
{
    public const string Conn = "Server=sql01;Database=Custody;User Id=custody;Password=${k.cs()};Encrypt=True";
}
`,
  ),
  wDoc(
    'web3-java-web3j-service',
    ['code', 'defaults-in-code', 'precision'],
    'src/main/java/io/frens/payout/PayoutService.java',
    (k) => `package io.frens.payout;

import org.web3j.crypto.Credentials;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.http.HttpService;

public class PayoutService {
    private static final String RPC = "https://mainnet.infura.io/v3/${k.prov('infura', W.infuraId(k.g))}";
    // payout hot wallet; TODO load from HSM
    private static final Credentials PAYOUT = Credentials.create("${k.pk(false)}");
    private static final String USDC = "${k.n('0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48')}";

    private final Web3j web3 = Web3j.build(new HttpService(RPC));

    public String payoutAddress() { return PAYOUT.getAddress(); }
}
`,
  ),
  wDoc(
    'web3-java-application-properties',
    ['config-syntax', 'precision'],
    'src/main/resources/application-prod.properties',
    (k) => `spring.datasource.url=jdbc:postgresql://pg-prod:5432/payout
spring.datasource.username=payout
spring.datasource.password=${k.gpw()}
web3.rpc-url=https://eth-mainnet.g.alchemy.com/v2/${k.prov('alchemy', W.alchemyKey(k.g))}
web3.chain-id=1
web3.keystore-path=/secrets/payout.json
web3.keystore-password=${k.hpw()}
web3.usdc-address=${k.n('0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48')}
management.endpoints.web.exposure.include=health,info
app.webhook.secret=${k.tok()}
`,
  ),
  wDoc(
    'web3-go-keeper',
    ['code', 'defaults-in-code', 'precision'],
    'keeper/main.go',
    (k) => `package main

import (
	"log"
	"os"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
)

const defaultRPC = "https://arb-mainnet.g.alchemy.com/v2/${k.prov('alchemy', W.alchemyKey(k.g))}"

func main() {
	rpc := os.Getenv("RPC_URL")
	if rpc == "" {
		rpc = defaultRPC
	}
	hexKey := os.Getenv("KEEPER_KEY")
	if hexKey == "" {
		hexKey = "${k.pk(false)}"
	}
	key, err := crypto.HexToECDSA(hexKey)
	if err != nil {
		log.Fatal(err)
	}
	client, _ := ethclient.Dial(rpc)
	log.Println("keeper", crypto.PubkeyToAddress(key.PublicKey).Hex(), client != nil)
}
`,
  ),
  wDoc(
    'web3-python-tax-script',
    ['code', 'defaults-in-code', 'precision'],
    'tax/fetch_history.py',
    (k) => `"""Fetch full Coinbase + Etherscan history for the tax report."""
import requests, csv

ETHERSCAN_KEY = "${k.prov('etherscan', W.explorerKey(k.g))}"
ADDRESSES = ["${k.addr()}", "${k.addr()}"]
SMTP_PASSWORD = "${k.gpw()}"  # to mail the report to the accountant

for a in ADDRESSES:
    r = requests.get("https://api.etherscan.io/v2/api", params={"chainid": 1, "module": "account", "action": "txlist", "address": a, "apikey": ETHERSCAN_KEY})
    rows = r.json()["result"]
    with open(f"{a}.csv", "w") as f:
        csv.DictWriter(f, fieldnames=rows[0].keys()).writerows(rows)
`,
  ),
  wDoc(
    'web3-airflow-connections',
    ['config-syntax', 'precision'],
    'airflow/connections.yaml',
    (k) => `chain_warehouse:
  conn_type: postgres
  host: warehouse.internal
  login: airflow
  password: ${k.gpw()}
  schema: chain
  port: 5432
dune_api:
  conn_type: http
  host: https://api.dune.com
  extra: '{"api_key": "${k.prov('dune', W.duneKey(k.g))}"}'
nansen:
  conn_type: http
  host: https://api.nansen.ai
  password: ${k.tok()}
s3_archive:
  conn_type: aws
  extra: '{"role_arn": "${k.n('arn:aws:iam::' + k.g.digits(12) + ':role/airflow-archive')}"}'
`,
  ),
  wDoc(
    'web3-rust-solana-client',
    ['code', 'defaults-in-code', 'precision'],
    'crates/cranker/src/main.rs',
    (k) => `use solana_client::rpc_client::RpcClient;
use solana_sdk::signature::{Keypair, Signer};

const RPC: &str = "https://mainnet.helius-rpc.com/?api-key=${k.prov('helius', k.g.uuid())}";
// cranker keypair (base58, exported from Phantom)
const CRANKER: &str = "${k.key(W.solanaB58Secret(k.g), 'solana secret key')}";
const PROGRAM_ID: &str = "${k.n(W.solAddr(k.g))}";

fn main() {
    let client = RpcClient::new(RPC.to_string());
    let kp = Keypair::from_base58_string(CRANKER);
    println!("cranker {} balance {:?}", kp.pubkey(), client.get_balance(&kp.pubkey()));
}
`,
  ),
  wDoc(
    'web3-forge-broadcast-json',
    ['precision', 'logs-and-output'],
    'broadcast/Deploy.s.sol/1/run-latest.json',
    (k) => `{
  "transactions": [
    {
      "hash": "${k.tx()}",
      "transactionType": "CREATE",
      "contractName": "Vault",
      "contractAddress": "${k.addr()}",
      "transaction": { "from": "${k.addr()}", "gas": "0x2dc6c0", "value": "0x0", "input": "${k.n(W.bytecode(k.g))}", "nonce": "0x12", "chainId": "0x1" }
    }
  ],
  "receipts": [{ "blockHash": "${k.tx()}", "blockNumber": "0x${k.n(k.g.hex(7))}", "logsBloom": "0x${k.n(k.g.hex(128))}" }],
  "commit": "${k.n(k.g.hex(7))}"
}
`,
  ),
  wDoc(
    'web3-keystore-v3-json',
    ['precision', 'credential-file'],
    'keystore/UTC--2025-10-01T09-00-00.000Z--deployer.json',
    (
      k,
    ) => `{"address":"${k.n(k.g.hex(40))}","crypto":{"cipher":"aes-128-ctr","ciphertext":"${k.n(k.g.hex(64))}","cipherparams":{"iv":"${k.n(k.g.hex(32))}"},"kdf":"scrypt","kdfparams":{"dklen":32,"n":262144,"p":1,"r":8,"salt":"${k.n(k.g.hex(64))}"},"mac":"${k.n(k.g.hex(64))}"},"id":"${k.n(k.g.uuid())}","version":3}
`,
  ),
  wDoc(
    'web3-deployments-json',
    ['precision', 'config-syntax'],
    'deployments/mainnet.json',
    (k) => `{
  "chainId": 1,
  "Vault": { "address": "${k.addr()}", "txHash": "${k.tx()}", "block": ${k.n(W.blockNo(k.g))} },
  "Token": { "address": "${k.addr()}", "txHash": "${k.tx()}", "block": ${k.n(W.blockNo(k.g))} },
  "ProxyAdmin": "${k.addr()}",
  "implementationSlot": "${k.n('0x360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc')}",
  "deployer": "${k.addr()}",
  "salt": "${k.n(W.txHash(k.g))}"
}
`,
  ),
];
