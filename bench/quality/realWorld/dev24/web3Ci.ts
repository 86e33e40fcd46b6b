// CI and infrastructure of web3 teams: GitHub Actions, Dockerfiles, Kubernetes secrets, Terraform and Helm values for
// RPC nodes, indexers and keepers, with secret references and public ids beside the values that leaked.
import type { RealWorldDoc } from '../types';
import { W, wDoc } from './web3Values';

export const WEB3_CI_DOCS: RealWorldDoc[] = [
  wDoc(
    'web3-gh-actions-deploy',
    ['config-syntax', 'precision'],
    '.github/workflows/deploy.yml',
    (k) => `name: deploy
on:
  push:
    tags: ["v*"]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      PRIVATE_KEY: ${k.n('${{ secrets.DEPLOYER_KEY }}')}
      RPC_URL: ${k.n('${{ secrets.MAINNET_RPC }}')}
      ETHERSCAN_API_KEY: ${k.prov('etherscan', W.explorerKey(k.g))}
      FOUNDRY_PROFILE: ci
    steps:
      - uses: actions/checkout@v4
        with: { submodules: recursive }
      - uses: foundry-rs/foundry-toolchain@v1
      - run: forge script script/Deploy.s.sol --rpc-url "$RPC_URL" --broadcast --verify
      - name: notify
        run: curl -s -X POST "https://api.telegram.org/bot${k.prov('telegram', W.telegramBot(k.g))}/sendMessage" -d chat_id=${k.n('-100' + k.g.digits(10))} -d text="deployed \${GITHUB_REF_NAME}"
`,
  ),
  wDoc(
    'web3-dockerfile-bot',
    ['config-syntax', 'defaults-in-code', 'precision'],
    'bot/Dockerfile',
    (k) => `FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENV EXCHANGE=binance \\
    API_KEY=${k.u(W.binanceKey(k.g))} \\
    API_SECRET=${k.prov('binance', W.binanceSecret(k.g))} \\
    TZ=UTC
# ARG for the private pypi with our strategy lib
ARG PIP_EXTRA_INDEX_URL=https://bot:${k.cs()}@pypi.frens.internal/simple
CMD ["python", "-m", "bot", "--config", "/app/config.yml"]
ENV DASHBOARD_PASSWORD=${k.hpw()}
`,
  ),
  wDoc(
    'web3-k8s-secret-keeper',
    ['config-syntax', 'credential-file', 'precision'],
    'k8s/keeper/secret.yaml',
    (k) => `apiVersion: v1
kind: Secret
metadata:
  name: keeper-secrets
  namespace: keepers
type: Opaque
stringData:
  KEEPER_PRIVATE_KEY: "${k.pk()}"
  RPC_URL: "https://eth-mainnet.g.alchemy.com/v2/${k.prov('alchemy', W.alchemyKey(k.g))}"
  SLACK_WEBHOOK: ${k.n('""')}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: keeper-config
data:
  KEEPER_REGISTRY: "${k.addr()}"
  UPKEEP_ID: "${k.n(k.g.digits(40))}"
  CHAIN_ID: "1"
`,
  ),
  wDoc(
    'web3-terraform-rpc-node',
    ['config-syntax', 'precision'],
    'infra/rpc/main.tf',
    (k) => `resource "aws_instance" "erigon" {
  ami           = "ami-0${k.n(k.g.hex(16))}"
  instance_type = "i4i.2xlarge"
  key_name      = "rpc-ops"
  tags          = { Name = "erigon-archive" }
}

resource "aws_db_instance" "indexer" {
  identifier        = "indexer"
  engine            = "postgres"
  instance_class    = "db.r6g.large"
  username          = "indexer"
  password          = "${k.gpw()}"
  allocated_storage = 500
}

resource "aws_secretsmanager_secret_version" "rpc_jwt" {
  secret_id     = aws_secretsmanager_secret.rpc_jwt.id
  secret_string = var.rpc_jwt_secret
}

variable "rpc_jwt_secret" {
  default = "${k.hex(64)}"
}

output "vpc" {
  value = "${k.n('vpc-0' + k.g.hex(16))}"
}
`,
  ),
  wDoc(
    'web3-helm-values-indexer',
    ['config-syntax', 'precision'],
    'charts/indexer/values-prod.yaml',
    (k) => `replicaCount: 3
image:
  repository: ghcr.io/frens/indexer
  tag: "${k.n(k.g.hex(7))}"
env:
  CHAIN_ID: "137"
  START_BLOCK: "${k.n(W.blockNo(k.g))}"
  RPC_URL: "https://polygon-mainnet.g.alchemy.com/v2/${k.prov('alchemy', W.alchemyKey(k.g))}"
  RPC_FALLBACK: "https://polygon-rpc.com"
  DATABASE_URL: "postgres://indexer:${k.cs()}@indexer-pg:5432/indexer"
  SENTRY_DSN: "${k.n(`https://${k.g.hex(32)}@o${k.g.digits(6)}.ingest.sentry.io/${k.g.digits(7)}`)}"
existingSecret: indexer-secrets
podAnnotations:
  checksum/config: ${k.n(W.sha256(k.g))}
webhookSecret: ${k.tok()}
`,
  ),
  wDoc(
    'web3-gitlab-ci-solana',
    ['config-syntax', 'precision'],
    '.gitlab-ci.yml',
    (k) => `stages: [build, deploy]

variables:
  SOLANA_VERSION: "1.18.26"
  ANCHOR_VERSION: "0.30.1"
  HELIUS_API_KEY: "${k.prov('helius', k.g.uuid())}"

build:
  stage: build
  image: backpackapp/build:v0.30.1
  script:
    - anchor build
    - sha256sum target/deploy/staking_pool.so

deploy-devnet:
  stage: deploy
  script:
    - echo "$DEPLOYER_KEYPAIR" > /tmp/id.json
    - solana program deploy target/deploy/staking_pool.so --url "https://devnet.helius-rpc.com/?api-key=$HELIUS_API_KEY" --keypair /tmp/id.json
    - echo '${k.key(W.solanaKeypair(k.g), 'solana keypair')}' > /tmp/upgrade-authority.json
    - solana program set-upgrade-authority ${k.n(W.solAddr(k.g))} --new-upgrade-authority /tmp/upgrade-authority.json
`,
  ),
  wDoc(
    'web3-docker-compose-graph-node',
    ['config-syntax', 'precision'],
    'graph-node/docker-compose.yml',
    (k) => `version: "3"
services:
  graph-node:
    image: graphprotocol/graph-node:v0.35.1
    ports: ["8000:8000", "8020:8020"]
    environment:
      postgres_host: postgres
      postgres_user: graph-node
      postgres_pass: ${k.gpw()}
      postgres_db: graph-node
      ipfs: "ipfs:5001"
      ethereum: "mainnet:https://mainnet.infura.io/v3/${k.prov('infura', W.infuraId(k.g))}"
      GRAPH_LOG: info
  ipfs:
    image: ipfs/kubo:v0.32.1
  postgres:
    image: postgres:14
    environment:
      POSTGRES_USER: graph-node
      POSTGRES_PASSWORD: ${k.n('${POSTGRES_PASSWORD}')}
      POSTGRES_INITDB_ARGS: "-E UTF8 --locale=C"
`,
  ),
  wDoc(
    'web3-systemd-unit-teku',
    ['config-syntax', 'precision'],
    'etc/systemd/system/teku.service',
    (k) => `[Unit]
Description=Teku consensus + validator
After=network-online.target

[Service]
User=teku
Environment=JAVA_OPTS=-Xmx6g
Environment=TEKU_VALIDATORS_KEYSTORE_LOCKING_ENABLED=false
ExecStart=/opt/teku/bin/teku --network=mainnet --data-path=/var/lib/teku \\
  --ee-endpoint=http://127.0.0.1:8551 --ee-jwt-secret-file=/secrets/jwt.hex \\
  --validator-keys=/var/lib/teku/validator_keys:/var/lib/teku/validator_keys \\
  --validators-proposer-default-fee-recipient=${k.addr()} \\
  --rest-api-enabled=true --metrics-enabled=true
Environment=TEKU_REST_API_PASSWORD=${k.hpw()}
Restart=always

[Install]
WantedBy=multi-user.target
`,
  ),
  wDoc(
    'web3-makefile-deploy',
    ['config-syntax', 'command-line', 'precision'],
    'Makefile',
    (k) => `-include .env

DEFAULT_ANVIL_KEY := ${k.n('0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80')}
SEPOLIA_KEY ?= ${k.pk()}

.PHONY: anvil deploy-local deploy-sepolia

anvil:
\tanvil -m 'test test test test test test test test test test test junk' --steps-tracing --block-time 1

deploy-local:
\tforge script script/Deploy.s.sol --rpc-url http://localhost:8545 --private-key $(DEFAULT_ANVIL_KEY) --broadcast

deploy-sepolia:
\tforge script script/Deploy.s.sol --rpc-url $(SEPOLIA_RPC_URL) --private-key $(SEPOLIA_KEY) --broadcast --verify --etherscan-api-key ${k.prov('etherscan', W.explorerKey(k.g))}
`,
  ),
  wDoc(
    'web3-circleci-config',
    ['config-syntax', 'precision'],
    '.circleci/config.yml',
    (k) => `version: 2.1
jobs:
  test:
    docker:
      - image: cimg/node:20.18
        auth:
          username: frensci
          password: ${k.n('$DOCKERHUB_PASSWORD')}
    environment:
      FORK_URL: https://eth-mainnet.g.alchemy.com/v2/${k.prov('alchemy', W.alchemyKey(k.g))}
      FORK_BLOCK: "${k.n(W.blockNo(k.g))}"
      REPORT_GAS: "true"
      COINMARKETCAP_API_KEY: ${k.prov('coinmarketcap', W.cmcKey(k.g))}
    steps:
      - checkout
      - run: npm ci
      - run: npx hardhat test
workflows:
  main:
    jobs: [test]
`,
  ),
  wDoc(
    'web3-vault-policy-and-refs',
    ['config-syntax', 'precision'],
    'infra/signer/values.yaml',
    (k) => `web3signer:
  network: mainnet
  keyStore:
    type: aws-kms
    region: eu-west-1
    keyIds:
      - ${k.n('arn:aws:kms:eu-west-1:' + k.g.digits(12) + ':key/' + k.g.uuid())}
  slashingProtection:
    dbUrl: jdbc:postgresql://slashing-db:5432/web3signer
    dbUsername: web3signer
    dbPasswordRef: ${k.n('vault:secret/data/web3signer#db_password')}
  tls:
    keystorePassword: ${k.n('{{ .Values.global.tlsPassword }}')}
    knownClientsFile: /etc/web3signer/clients.txt
# clients.txt holds cert fingerprints only: ${k.n(Array.from({ length: 32 }, () => k.g.hex(2).toUpperCase()).join(':'))}
`,
  ),
  wDoc(
    'web3-env-ps1-windows',
    ['code', 'defaults-in-code', 'precision'],
    'scripts/Set-BotEnv.ps1',
    (k) => `# Sets the bot environment for the current session (Windows VPS)
param([switch]$Testnet)

$env:EXCHANGE_API_KEY    = "${k.u(W.bybitKey(k.g))}"
$env:EXCHANGE_API_SECRET = "${k.prov('bybit', W.bybitSecret(k.g))}"
$env:DB_CONN = "Server=localhost\\SQLEXPRESS;Database=trades;User Id=bot;Password=${k.cs()};TrustServerCertificate=True"
if ($Testnet) { $env:EXCHANGE_BASE = "https://api-testnet.bybit.com" } else { $env:EXCHANGE_BASE = "https://api.bybit.com" }
Write-Host "env ready for $env:EXCHANGE_BASE"
`,
  ),
];
