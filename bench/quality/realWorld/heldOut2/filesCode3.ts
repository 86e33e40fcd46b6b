// rw-held-out2 files part: Rust sources, scripts and infrastructure code (PowerShell, Bash, Groovy, SQL, Terraform, Solidity,
// Dockerfile, Makefile, VBA-ish Office macros) with credentials inline.
import type { RealWorldDoc } from '../types';
import { fdoc } from './filesKit';

export const FILES_CODE3_DOCS: RealWorldDoc[] = [
  fdoc(
    'powershell-deploy',
    ['code'],
    'deploy/Deploy-WebApp.ps1',
    (k) => `param(
    [string]$Environment = "staging",
    [string]$ResourceGroup = "rg-webapp-$Environment"
)

$ErrorActionPreference = "Stop"

# service principal used by the release pipeline
$appId     = "${k.nUuid()}"
$tenantId  = "${k.nUuid()}"
$secret    = ConvertTo-SecureString "${k.prov('azureClientSecret', 'Azure AD client secret')}" -AsPlainText -Force
$cred      = New-Object System.Management.Automation.PSCredential($appId, $secret)
Connect-AzAccount -ServicePrincipal -Credential $cred -Tenant $tenantId | Out-Null

$sqlAdminPassword = ConvertTo-SecureString '${k.hpw()}' -AsPlainText -Force
New-AzSqlServer -ResourceGroupName $ResourceGroup -ServerName "sql-webapp-$Environment" -Location westeurope \`
    -SqlAdministratorCredentials (New-Object PSCredential("sqladmin", $sqlAdminPassword))

$vmCred = Get-Credential -UserName "azureuser" -Message "${k.n('Enter the VM admin password')}"
Write-Host "Deployed $Environment"
`,
  ),

  fdoc(
    'bash-backup-script',
    ['code'],
    'scripts/backup.sh',
    (k) => `#!/usr/bin/env bash
set -euo pipefail

# nightly backup of the wiki DB to B2; runs from cron on backup-01
export PGPASSWORD='${k.gpw()}'
export B2_APPLICATION_KEY_ID="${k.u('0' + k.g.hex(24))}"
export B2_APPLICATION_KEY="${k.tok('K' + k.g.digits(3) + k.g.alnum(27))}"
STAMP=$(date +%F)
DUMP="/var/backups/wiki-$STAMP.sql.gz"

pg_dump -h 127.0.0.1 -U wiki wiki | gzip > "$DUMP"
sha256sum "$DUMP" > "$DUMP.sha256"
b2 upload-file acme-wiki-backups "$DUMP" "wiki/$(basename "$DUMP")"

curl -fsS -m 10 --retry 3 "https://hc-ping.com/${k.nUuid()}" > /dev/null
curl -s -u "backup-bot:${k.pw()}" -X POST https://status.acme.internal/api/events -d "backup ok $STAMP"
`,
  ),

  fdoc(
    'groovy-jenkins-shared-lib',
    ['code'],
    'vars/publishArtifact.groovy',
    (k) => `def call(Map args = [:]) {
    def repo = args.repo ?: 'libs-release-local'
    // fallback creds for agents without the credentials plugin (remove once all agents are migrated)
    def user = args.user ?: 'deployer'
    def pass = args.password ?: '${k.gpw()}'
    withCredentials([usernamePassword(credentialsId: '${k.n('artifactory-deployer')}', usernameVariable: 'AU', passwordVariable: 'AP')]) {
        sh "curl -fsS -u \${AU}:\${AP} -T build/libs/app.jar https://artifactory.acme.internal/artifactory/\${repo}/app.jar"
    }
    sh "curl -fsS -H 'X-JFrog-Art-Api: ${k.prov('jfrog', 'JFrog API key')}' https://artifactory.acme.internal/artifactory/api/system/ping"
    echo "published with \${user}/\${pass.take(2)}…"
}
`,
  ),

  fdoc(
    'sql-migration-users',
    ['code'],
    'db/migrations/V12__create_service_users.sql',
    (k) => `-- V12: service accounts for the reporting stack
CREATE USER reporting_ro WITH PASSWORD '${k.hpw()}';
GRANT CONNECT ON DATABASE warehouse TO reporting_ro;
GRANT USAGE ON SCHEMA public TO reporting_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting_ro;

CREATE ROLE etl_writer LOGIN PASSWORD '${k.gpw()}';
ALTER ROLE etl_writer SET statement_timeout = '15min';

-- MySQL side (run on the legacy replica)
-- CREATE USER 'repl'@'10.0.%' IDENTIFIED BY '${k.pw()}';
-- GRANT REPLICATION SLAVE ON *.* TO 'repl'@'10.0.%';

INSERT INTO app_users (email, password_hash, role) VALUES
  ('ops@acme.example', '${k.nBcrypt()}', 'admin'),
  ('bot@acme.example', '${k.nBcrypt()}', 'service');

INSERT INTO api_clients (name, client_id, client_secret) VALUES
  ('zapier', '${k.nUuid()}', '${k.tok(k.g.hex(48))}');
`,
  ),

  fdoc(
    'terraform-main-rds',
    ['code', 'config-syntax'],
    'infra/rds.tf',
    (k) => `provider "aws" {
  region     = "eu-central-1"
  access_key = "${k.prov('awsKeyId', 'AWS access key id')}"
  secret_key = "${k.prov('awsSecret', 'AWS secret access key')}"
}

resource "random_password" "app" {
  length  = 24
  special = true
}

resource "aws_db_instance" "main" {
  identifier          = "app-prod"
  engine              = "postgres"
  engine_version      = "15.4"
  instance_class      = "db.t3.medium"
  username            = "app_admin"
  password            = "${k.hpw()}"
  skip_final_snapshot = false
}

resource "aws_db_instance" "replica" {
  identifier = "app-prod-replica"
  password   = ${k.n('random_password.app.result')}
}

variable "datadog_api_key" {
  type      = string
  sensitive = true
  default   = "${k.prov('datadogApi', 'Datadog API key')}"
}
`,
  ),

  fdoc(
    'solidity-hardhat-config',
    ['code', 'defaults-in-code'],
    'hardhat.config.js',
    (k) => `require('@nomicfoundation/hardhat-toolbox');
require('dotenv').config();

const PRIVATE_KEY = process.env.DEPLOYER_KEY || '${k.sec('private-key', '0x' + k.g.hex(64))}';
const ALCHEMY_KEY = process.env.ALCHEMY_KEY || '${k.tok(k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 32))}';

module.exports = {
  solidity: '0.8.24',
  networks: {
    sepolia: {
      url: \`https://eth-sepolia.g.alchemy.com/v2/\${ALCHEMY_KEY}\`,
      accounts: [PRIVATE_KEY],
    },
    hardhat: {
      accounts: { mnemonic: '${k.n('test test test test test test test test test test test junk')}' },
    },
  },
  etherscan: { apiKey: '${k.tok(k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 34))}' },
};
`,
  ),

  fdoc(
    'solidity-contract',
    ['code', 'precision'],
    'contracts/Vault.sol',
    (k) => `// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

contract Vault {
    address public constant OWNER = ${k.n('0x' + k.g.hex(40))};
    bytes32 public constant ADMIN_ROLE = keccak256("ADMIN_ROLE");
    bytes32 public constant MERKLE_ROOT = ${k.n('0x' + k.g.hex(64))};
    // Event topic of Transfer(address,address,uint256)
    bytes32 private constant TRANSFER_TOPIC = ${k.n('0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef')};

    mapping(address => uint256) public balances;

    function deposit() external payable {
        balances[msg.sender] += msg.value;
    }
}
`,
  ),

  fdoc(
    'dockerfile-build-args-compose',
    ['code'],
    'Dockerfile',
    (k) => `FROM node:20-alpine AS build
WORKDIR /app
ARG NPM_TOKEN=${k.prov('npm', 'npm')}
RUN echo "//registry.npmjs.org/:_authToken=\${NPM_TOKEN}" > .npmrc
COPY package*.json ./
RUN npm ci && rm -f .npmrc
COPY . .
RUN npm run build

FROM node:20-alpine
WORKDIR /app
ENV NODE_ENV=production \\
    SESSION_SECRET=${k.tok()} \\
    DATABASE_URL=postgres://app:${k.cs()}@db:5432/app
COPY --from=build /app/dist ./dist
USER node
HEALTHCHECK CMD wget -qO- http://localhost:3000/healthz || exit 1
CMD ["node", "dist/server.js"]
`,
  ),

  fdoc(
    'makefile-release-deploy',
    ['code'],
    'Makefile',
    (k) => `VERSION ?= $(shell git describe --tags --always)
REGISTRY := ghcr.io/acme
TWINE_USERNAME := ${k.n('__token__')}
TWINE_PASSWORD := ${k.prov('pypi', 'PyPI')}

.PHONY: build release docker

build:
\tpython -m build

release: build
\ttwine upload -u $(TWINE_USERNAME) -p $(TWINE_PASSWORD) dist/*

docker:
\techo ${k.prov('githubPat', 'GitHub')} | docker login ghcr.io -u acme-bot --password-stdin
\tdocker build -t $(REGISTRY)/api:$(VERSION) .
\tdocker push $(REGISTRY)/api:$(VERSION)
`,
  ),

  fdoc(
    'vba-excel-macro',
    ['code'],
    'macros/RefreshSales.bas',
    (k) => `Attribute VB_Name = "RefreshSales"
Option Explicit

Sub RefreshFromDatabase()
    Dim conn As Object
    Set conn = CreateObject("ADODB.Connection")
    conn.Open "Provider=SQLOLEDB;Data Source=SQL01\\SALES;Initial Catalog=Sales;User Id=excel_reader;Password=${k.cs(k.r.humanPassword(k.g).replace(/[;=@:/]/g, ''))};"
    Dim rs As Object
    Set rs = conn.Execute("SELECT Region, SUM(Amount) FROM Orders GROUP BY Region")
    Sheets("Data").Range("A2").CopyFromRecordset rs
    conn.Close
End Sub
`,
  ),

  fdoc(
    'ansible-python-module',
    ['code'],
    'library/netbox_sync.py',
    (k) => `#!/usr/bin/python
# Custom module: push inventory facts to NetBox.
from ansible.module_utils.basic import AnsibleModule
import pynetbox

DOCUMENTATION = r"""
module: netbox_sync
options:
  token:
    description: NetBox API token. Example "${k.n('0123456789abcdef0123456789abcdef01234567')}".
    required: true
"""

NETBOX_URL = "https://netbox.acme.internal"
FALLBACK_TOKEN = "${k.tok(k.g.hex(40))}"


def main():
    module = AnsibleModule(argument_spec=dict(token=dict(type="str", no_log=True, default=FALLBACK_TOKEN)))
    nb = pynetbox.api(NETBOX_URL, token=module.params["token"])
    module.exit_json(changed=False, devices=len(nb.dcim.devices.all()))


if __name__ == "__main__":
    main()
`,
  ),

  fdoc(
    'kotlin-spring-test-properties',
    ['code'],
    'src/test/kotlin/com/acme/IntegrationTest.kt',
    (k) => `package com.acme

import org.springframework.boot.test.context.SpringBootTest
import org.springframework.test.context.DynamicPropertyRegistry
import org.springframework.test.context.DynamicPropertySource
import org.testcontainers.containers.PostgreSQLContainer

@SpringBootTest(properties = [
    "spring.security.oauth2.client.registration.google.client-secret=${k.prov('googleOauthSecret', 'Google OAuth client secret')}",
    "app.webhook.signing-key=${k.tok()}",
])
abstract class IntegrationTest {
    companion object {
        private val pg = PostgreSQLContainer<Nothing>("postgres:16").apply {
            withUsername("test")
            withPassword("${k.n('test')}")
        }

        @JvmStatic
        @DynamicPropertySource
        fun props(r: DynamicPropertyRegistry) {
            r.add("spring.datasource.url", pg::getJdbcUrl)
            r.add("spring.datasource.password", pg::getPassword)
        }
    }
}
`,
  ),
  fdoc(
    'rust-main-reqwest',
    ['code'],
    'src/main.rs',
    (k) => `use reqwest::header::{HeaderMap, HeaderValue, AUTHORIZATION};
use std::time::Duration;

const API_BASE: &str = "https://api.cloudflare.com/client/v4";
// scoped to DNS:Edit on example.com only
const CF_API_TOKEN: &str = "${k.prov('cloudflareToken', 'Cloudflare API token')}";
const ZONE_ID: &str = "${k.n(k.g.hex(32))}";

fn client() -> reqwest::Client {
    let mut headers = HeaderMap::new();
    headers.insert(AUTHORIZATION, HeaderValue::from_static(concat!("Bearer ", "${k.prov('cloudflareToken', 'Cloudflare API token')}")));
    reqwest::Client::builder()
        .default_headers(headers)
        .timeout(Duration::from_secs(15))
        .build()
        .expect("client")
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let _ = CF_API_TOKEN;
    let url = format!("{API_BASE}/zones/{ZONE_ID}/dns_records");
    let body = client().get(url).send().await?.text().await?;
    println!("{body}");
    Ok(())
}
`,
  ),
];
