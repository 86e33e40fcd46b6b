// rw-dev3 code/infra: shell and legacy languages, SQL, smart contracts, and infrastructure as code.
import type { RealWorldDoc } from '../types';
import { doc, type Kit } from '../dev/kit';
import { dqPassword, hexKey, plainPassword, sha256 } from './codeInfraValues';

const ppw = (k: Kit) => k.s('password', plainPassword(k.g));
const dpw = (k: Kit) => k.s('password', dqPassword(k.g));

export const LEGACY_IAC_DOCS: RealWorldDoc[] = [
  doc('bash-backup-script-heredoc', ['command-line', 'code'], 'ops/backup-db.sh', (k) => {
    return `#!/usr/bin/env bash
set -euo pipefail

DB_HOST=db-primary.internal
DB_USER=backup
export PGPASSWORD='${k.pw()}'
BUCKET=s3://acme-db-backups/$(date +%Y/%m/%d)

# mysql side (legacy shop)
mysqldump -h shop-db.internal -u root -p'${k.pw()}' --single-transaction shop | gzip > /tmp/shop.sql.gz

cat > ~/.pgpass <<EOF
$DB_HOST:5432:*:$DB_USER:${k.n('$PGPASSWORD')}
replica.internal:5432:*:backup:${ppw(k)}
EOF
chmod 600 ~/.pgpass

pg_dump -h ${k.n('"$DB_HOST"')} -U ${k.n('"$DB_USER"')} -Fc app > /tmp/app.dump
aws s3 cp /tmp/app.dump "$BUCKET/app.dump"
echo "sha256: $(sha256sum /tmp/app.dump | cut -d' ' -f1)"

# slack notify
curl -s -X POST -H 'Content-type: application/json' --data '{"text":"backup done"}' \\
  https://hooks.slack.com/services/${k.prov('slackWebhookPath', 'Slack webhook')}
`;
  }),

  doc('batch-map-drives', ['command-line', 'code'], 'scripts/map_drives.bat', (k) => {
    return `@echo off
REM Maps the finance shares at logon. Pushed by GPO to the finance OU.
set SHARE_USER=ACME\\svc_finshare
set SHARE_PASS=${ppw(k)}

net use F: \\\\fs01\\finance ${k.n('%SHARE_PASS%')} /user:%SHARE_USER% /persistent:no
net use R: \\\\fs02\\reports ${ppw(k)} /user:ACME\\svc_reports /persistent:no

REM old account, disabled 2022
REM net use S: \\\\fs01\\scans ${ppw(k)} /user:ACME\\scanner

if ${k.n('"%DB_PASSWORD%"')}=="" echo DB_PASSWORD not set
sqlcmd -S sql01 -U finance_ro -P ${ppw(k)} -i nightly.sql -o nightly.log
`;
  }),

  doc('vba-excel-adodb', ['code'], 'macros/RefreshSales.bas', (k) => {
    return `Attribute VB_Name = "RefreshSales"
Option Explicit

Private Const CONN_STR As String = "Provider=SQLOLEDB;Data Source=SQL02;Initial Catalog=Sales;User ID=excel_ro;Password=${k.cs()};"

Public Sub RefreshSales()
    Dim conn As Object
    Dim rs As Object
    Set conn = CreateObject("ADODB.Connection")
    conn.Open CONN_STR
    Set rs = conn.Execute("SELECT Region, SUM(Amount) FROM dbo.Sales GROUP BY Region")
    Sheets("Data").Range("A2").CopyFromRecordset rs
    rs.Close
    conn.Close
End Sub

Public Sub UploadToFtp()
    Shell "ftp -s:upload.txt", vbHide
    ' upload.txt: open ftp.acme.com / user sales ${k.pw()} / put report.xlsx
End Sub
`;
  }),

  doc('vbnet-network-credential', ['code'], 'Source/Acme.Legacy/FtpUploader.vb', (k) => {
    return `Imports System.Net

Public Class FtpUploader
    Private Const Host As String = "ftp://ftp.partner.example.com/inbox/"

    Public Sub Upload(path As String)
        Dim request As FtpWebRequest = CType(WebRequest.Create(Host & IO.Path.GetFileName(path)), FtpWebRequest)
        request.Method = WebRequestMethods.Ftp.UploadFile
        Dim cred As New NetworkCredential("acme_upload", "${k.pw()}")
        request.Credentials = cred
        Using s = request.GetRequestStream()
            Dim bytes = IO.File.ReadAllBytes(path)
            s.Write(bytes, 0, bytes.Length)
        End Using
    End Sub

    Public ReadOnly Property PasswordPrompt As String = "${k.n('Please enter the FTP password')}"
End Class
`;
  }),

  doc('delphi-firedac', ['code'], 'src/uDataModule.pas', (k) => {
    return `unit uDataModule;

interface

uses
  System.SysUtils, System.Classes, FireDAC.Comp.Client;

type
  TdmMain = class(TDataModule)
    FDConnection1: TFDConnection;
    procedure DataModuleCreate(Sender: TObject);
  end;

implementation

{$R *.dfm}

procedure TdmMain.DataModuleCreate(Sender: TObject);
begin
  FDConnection1.Params.Values['DriverID'] := 'FB';
  FDConnection1.Params.Values['Database'] := 'C:\\Data\\STOCK.FDB';
  FDConnection1.Params.Values['User_Name'] := 'SYSDBA';
  FDConnection1.Params.Values['Password'] := '${k.pw()}';
  FDConnection1.Connected := True;
end;

const
  ADO_CONN = 'Provider=MSDASQL.1;Persist Security Info=False;User ID=stock;Password=${k.cs()};Data Source=STOCK_ODBC';

end.
`;
  }),

  doc('cobol-db2-connect', ['code'], 'src/cobol/PAYRUN01.cbl', (k) => {
    return `       IDENTIFICATION DIVISION.
       PROGRAM-ID. PAYRUN01.
      * NIGHTLY PAYROLL EXTRACT - CONNECTS TO DB2 AS PAYBATCH
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01  WS-DB-USER        PIC X(8)  VALUE 'PAYBATCH'.
       01  WS-DB-PASSWORD    PIC X(16) VALUE '${k.s('password', plainPassword(k.g).slice(0, 14).toUpperCase())}'.
       01  ${k.n('WS-PASSWORD-MSG')}   PIC X(30) VALUE '${k.n('INVALID PASSWORD, RETRY')}'.
           EXEC SQL INCLUDE SQLCA END-EXEC.
       PROCEDURE DIVISION.
           EXEC SQL
               CONNECT TO PAYDB USER :WS-DB-USER USING :WS-DB-PASSWORD
           END-EXEC.
           IF SQLCODE NOT = 0
               DISPLAY ${k.n('WS-PASSWORD-MSG')}
           END-IF.
           STOP RUN.
`;
  }),

  doc('sql-migration-create-users', ['code'], 'db/migrations/V12__reporting_users.sql', (k) => {
    const g = k.g;
    return `-- V12: read-only users for the BI tools
CREATE ROLE metabase WITH LOGIN PASSWORD '${k.pw()}';
GRANT CONNECT ON DATABASE app TO metabase;
GRANT USAGE ON SCHEMA public TO metabase;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO metabase;

CREATE USER superset WITH ENCRYPTED PASSWORD '${k.pw()}';
ALTER ROLE app_migrator WITH PASSWORD '${k.n('SCRAM-SHA-256$4096:' + g.base64(24) + '$' + g.base64(44) + ':' + g.base64(44))}';

-- SQL Server side (the ERP mirror)
-- ALTER LOGIN erp_sync WITH PASSWORD = '${k.pw()}';

INSERT INTO app_settings (key, value) VALUES ('smtp_password', '${k.pw()}');
INSERT INTO app_settings (key, value) VALUES (${k.n("'password_min_length', '12'")});
INSERT INTO users (email, password_hash) VALUES ('admin@example.com', '${k.n(k.raw.bcrypt(g))}');
`;
  }),

  doc('plsql-db-link', ['code'], 'db/oracle/create_links.sql', (k) => {
    return `-- Run as SYSTEM on PRODDB
CREATE DATABASE LINK finance_link
  CONNECT TO fin_reader IDENTIFIED BY "${dpw(k)}"
  USING 'FINDB';

CREATE USER etl_user IDENTIFIED BY ${k.s(
      'password',
      plainPassword(k.g)
        .replace(/[.-]/g, '_')
        .replace(/^[0-9_]+/, 'E'),
    )}
  DEFAULT TABLESPACE etl_data QUOTA UNLIMITED ON etl_data;

BEGIN
  DBMS_SCHEDULER.create_credential(
    credential_name => 'SFTP_CRED',
    username        => 'oracle_sftp',
    password        => '${k.pw()}');
END;
/

-- password policy
ALTER PROFILE default LIMIT ${k.n('PASSWORD_LIFE_TIME 90')};
`;
  }),

  doc('solidity-hardhat-config', ['code'], 'hardhat.config.js', (k) => {
    const g = k.g;
    return `require("@nomicfoundation/hardhat-toolbox");
require("dotenv").config();

// deployer for the testnets only, funded from the faucet
const DEPLOYER_KEY = "0x${k.s('private-key', hexKey(g))}";

module.exports = {
  solidity: "0.8.24",
  networks: {
    sepolia: {
      url: "https://sepolia.infura.io/v3/${k.tok(g.hex(32))}",
      accounts: [DEPLOYER_KEY],
    },
    mainnet: {
      url: process.env.MAINNET_RPC_URL || "",
      accounts: process.env.PRIVATE_KEY ? [process.env.PRIVATE_KEY] : [],
    },
  },
  etherscan: {
    apiKey: "${k.tok(g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 34))}",
  },
  // USDC on sepolia
  usdc: "0x${k.n(g.hex(40))}",
};
`;
  }),

  doc('terraform-rds-provider', ['config-syntax'], 'infra/envs/staging/main.tf', (k) => {
    const g = k.g;
    return `terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

provider "aws" {
  region     = "eu-central-1"
  access_key = "${k.u(k.raw.p.awsId(k.g))}"
  secret_key = "${k.prov('awsSecret', 'AWS')}"
}

variable "db_password" {
  type      = string
  sensitive = true
  default   = "${k.pw()}"
}

resource "random_password" "grafana" {
  length  = 24
  special = true
}

resource "aws_db_instance" "app" {
  identifier          = "app-staging"
  engine              = "postgres"
  instance_class      = "db.t3.medium"
  username            = "app"
  password            = ${k.n('var.db_password')}
  skip_final_snapshot = true
}

resource "aws_elasticache_replication_group" "cache" {
  replication_group_id = "app-staging"
  description          = "app cache"
  auth_token           = "${k.tok(g.alnum(32))}"
  transit_encryption_enabled = true
}

resource "grafana_data_source" "pg" {
  type = "postgres"
  name = "app"
  secure_json_data_encoded = jsonencode({ password = ${k.n('random_password.grafana.result')} })
}

output "kms_key_arn" { value = "arn:aws:kms:eu-central-1:${k.n(g.digits(12))}:key/${k.n(g.uuid())}" }
`;
  }),

  doc('terraform-tfvars', ['config-syntax'], 'infra/envs/prod/terraform.tfvars', (k) => {
    const g = k.g;
    return `region          = "westeurope"
resource_group  = "rg-acme-prod"
tenant_id       = "${k.n(g.uuid())}"
subscription_id = "${k.n(g.uuid())}"

sql_admin_login    = "sqladmin"
sql_admin_password = "${k.pw()}"

datadog_api_key = "${k.tok(g.hex(32))}"
datadog_app_key = "${k.tok(g.hex(40))}"

vm_admin_ssh_key = "${k.n('ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI' + g.base64(43) + ' ops@acme')}"
tags = { owner = "platform", cost_center = "4711" }
`;
  }),

  doc('nix-nixos-configuration', ['config-syntax', 'code'], 'hosts/builder/configuration.nix', (k) => {
    const g = k.g;
    return `{ config, pkgs, ... }:

{
  networking.hostName = "builder";

  users.users.ci = {
    isNormalUser = true;
    hashedPassword = "${k.n(k.raw.shaCrypt(g))}";
    openssh.authorizedKeys.keys = [ "${k.n('ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI' + g.base64(43))}" ];
  };

  users.users.kiosk = {
    isNormalUser = true;
    initialPassword = "${k.pw(plainPassword(g))}";
  };

  services.postgresql = {
    enable = true;
    initialScript = pkgs.writeText "init.sql" ''
      CREATE ROLE hydra WITH LOGIN PASSWORD '${k.pw(plainPassword(g))}';
      CREATE DATABASE hydra OWNER hydra;
    '';
  };

  services.grafana.settings.security.admin_password = "${k.pw(plainPassword(g))}";
  services.grafana.settings.security.secret_key = ${k.n('"$__file{/run/secrets/grafana-secret}"')};
}
`;
  }),

  doc('dhall-service-config', ['config-syntax'], 'deploy/config.dhall', (k) => {
    return `let Db = { host : Text, port : Natural, user : Text, password : Text }

let db
    : Db
    = { host = "pg.internal"
      , port = 5432
      , user = "ingest"
      , password = "${k.pw()}"
      }

in  { db
    , logLevel = "info"
    , apiToken = "${k.tok()}"
    , passwordEnv = ${k.n('env:DB_PASSWORD as Text')} ? ""
    }
`;
  }),

  doc('jsonnet-grafana-datasources', ['config-syntax'], 'monitoring/datasources.jsonnet', (k) => {
    const g = k.g;
    return `local influxPassword = '${k.pw()}';

{
  apiVersion: 1,
  datasources: [
    {
      name: 'Influx',
      type: 'influxdb',
      url: 'http://influx:8086',
      user: 'grafana',
      secureJsonData: { password: influxPassword },
    },
    {
      name: 'Loki',
      type: 'loki',
      url: 'https://logs-prod-eu-west-0.grafana.net',
      basicAuth: true,
      basicAuthUser: '${k.n(g.digits(6))}',
      secureJsonData: { basicAuthPassword: '${k.prov('grafana', 'Grafana')}' },
    },
    {
      name: 'Prometheus',
      type: 'prometheus',
      url: 'http://prometheus:9090',
      secureJsonData: { httpHeaderValue1: ${k.n("std.extVar('PROM_TOKEN')")} },
    },
  ],
}
`;
  }),

  doc('cue-service-values', ['config-syntax'], 'deploy/services/payments.cue', (k) => {
    const g = k.g;
    return `package services

payments: {
	image:    "registry.acme.io/payments:1.14.2"
	replicas: 3
	env: {
		DB_USER:     "payments"
		DB_PASSWORD: "${k.pw()}"
		PSP_API_KEY: "${k.tok(g.alnum(32))}"
		LOG_LEVEL:   "info"
	}
	secretRefs: ["payments-db", "payments-psp"]
	digest: "sha256:${k.n(sha256(g))}"
}
`;
  }),

  doc('pulumi-ts-stack', ['code'], 'infra/index.ts', (k) => {
    return `import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';
import * as random from '@pulumi/random';

const config = new pulumi.Config();
const dbPassword = ${k.n("config.requireSecret('dbPassword')")};

const adminPassword = new random.RandomPassword('admin', { length: 20, special: true });

const db = new aws.rds.Instance('orders', {
  engine: 'postgres',
  instanceClass: 'db.t3.micro',
  allocatedStorage: 20,
  username: 'orders',
  password: dbPassword,
});

// TODO remove once the migration to requireSecret is done
const legacy = new aws.rds.Instance('legacy', {
  engine: 'mysql',
  instanceClass: 'db.t3.micro',
  allocatedStorage: 20,
  username: 'admin',
  password: '${k.pw()}',
});

const mq = new aws.mq.Broker('events', {
  engineType: 'RabbitMQ',
  engineVersion: '3.11.20',
  hostInstanceType: 'mq.t3.micro',
  users: [{ username: 'events', password: '${k.pw()}' }],
});

export const adminPw = ${k.n('adminPassword.result')};
export const dbEndpoint = db.endpoint;
`;
  }),

  doc('cloudformation-template', ['config-syntax'], 'cfn/app-stack.yaml', (k) => {
    return `AWSTemplateFormatVersion: "2010-09-09"
Description: App stack (RDS + ECS)

Parameters:
  DBPassword:
    Type: String
    NoEcho: true
    Default: "${k.pw()}"
  Env:
    Type: String
    Default: staging

Resources:
  Database:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: mysql
      MasterUsername: admin
      MasterUserPassword: ${k.n('!Ref DBPassword')}
      DBInstanceClass: db.t3.small

  ReportsDatabase:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      MasterUsername: reports
      MasterUserPassword: ${k.n("'{{resolve:secretsmanager:reports-db:SecretString:password}}'")}

  TaskDefinition:
    Type: AWS::ECS::TaskDefinition
    Properties:
      ContainerDefinitions:
        - Name: app
          Image: acme/app:latest
          Environment:
            - Name: SMTP_PASSWORD
              Value: "${k.pw()}"
            - Name: NODE_ENV
              Value: production
            - Name: API_SIGNING_KEY
              Value: ${k.tok(k.g.hex(64))}
`;
  }),

  doc('ansible-playbook-mysql', ['config-syntax'], 'playbooks/db.yml', (k) => {
    const g = k.g;
    return `---
- hosts: dbservers
  become: true
  vars:
    mysql_root_password: "${k.pw()}"
    app_db_password: ${k.n('"{{ vault_app_db_password }}"')}
    backup_password: !vault |
      ${k.n(k.raw.ansibleVault(g).split('\n').join('\n      '))}
  tasks:
    - name: Set root password
      mysql_user:
        name: root
        password: ${k.n('"{{ mysql_root_password }}"')}
        ${k.n('login_unix_socket: /var/run/mysqld/mysqld.sock')}

    - name: Create replication user
      mysql_user: name=repl host=% password=${ppw(k)} priv=*.*:"REPLICATION SLAVE" state=present

    - name: Create monitoring user
      community.mysql.mysql_user:
        name: exporter
        password: ${ppw(k)}
        priv: "*.*:PROCESS,REPLICATION CLIENT,SELECT"

    - name: Template my.cnf
      template: src=my.cnf.j2 dest=/root/.my.cnf mode=0600
`;
  }),

  doc('chef-attributes', ['code', 'config-syntax'], 'cookbooks/app/attributes/default.rb', (k) => {
    return `default['app']['user'] = 'app'
default['app']['db']['host'] = 'db.internal'
default['app']['db']['password'] = '${k.pw()}'
default['app']['secret_key_base'] = '${k.tok(k.g.hex(64))}'
default['app']['newrelic']['license_key'] = '${k.tok(k.g.hex(40))}'
# use the encrypted data bag in prod:
# default['app']['db']['password'] = ${k.n("data_bag_item('app', 'db', secret)['password']")}
default['app']['password_policy']['min_length'] = 12
`;
  }),

  doc('puppet-manifest', ['code', 'config-syntax'], 'site/profile/manifests/postgres.pp', (k) => {
    return `class profile::postgres {
  class { 'postgresql::server':
    postgres_password => '${k.pw()}',
    listen_addresses  => '*',
  }

  postgresql::server::db { 'gitea':
    user     => 'gitea',
    password => ${k.n('postgresql::postgresql_password')}('gitea', '${k.pw()}'),
  }

  postgresql::server::role { 'monitoring':
    password_hash => '${k.n('md5' + k.g.hex(32))}',
  }

  file { '/etc/pgbouncer/userlist.txt':
    content => "\\"gitea\\" \\"${dpw(k)}\\"\\n",
    mode    => '0600',
  }
}
`;
  }),

  doc('salt-pillar', ['config-syntax'], 'pillar/mysql/init.sls', (k) => {
    return `mysql:
  server:
    root_user: root
    root_password: ${ppw(k)}
  database:
    - wordpress
  user:
    wordpress:
      password: '${k.pw()}'
      host: localhost
      databases:
        - database: wordpress
          grants: ['all privileges']
    exporter:
      password_hash: '*${k.n(k.g.hex(40).toUpperCase())}'
      host: localhost
`;
  }),

  doc('helm-values-bitnami', ['config-syntax'], 'charts/app/values-staging.yaml', (k) => {
    const g = k.g;
    return `replicaCount: 2

image:
  repository: registry.acme.io/app
  tag: "2.8.0"

postgresql:
  enabled: true
  auth:
    username: app
    password: "${k.pw()}"
    postgresPassword: ${ppw(k)}
    database: app
    existingSecret: ""

redis:
  auth:
    enabled: true
    password: ${ppw(k)}

rabbitmq:
  auth:
    username: app
    ${k.n('existingPasswordSecret: rabbitmq-password')}
    erlangCookie: ${k.tok(g.upper(20))}

ingress:
  enabled: true
  annotations:
    nginx.ingress.kubernetes.io/auth-type: basic
    nginx.ingress.kubernetes.io/auth-secret: basic-auth
  hosts:
    - host: staging.acme.io

env:
  - name: APP_SECRET
    valueFrom:
      ${k.n('secretKeyRef: { name: app, key: secret }')}
  - name: FEATURE_FLAGS_KEY
    value: "${k.tok(g.alnum(40))}"
`;
  }),

  doc('kustomize-secret-generator', ['config-syntax'], 'k8s/overlays/dev/kustomization.yaml', (k) => {
    return `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: shop-dev
resources:
  - ../../base
secretGenerator:
  - name: shop-db
    literals:
      - username=shop
      - password=${ppw(k)}
  - name: shop-api
    literals:
      - STRIPE_KEY=${k.prov('stripeTest', 'Stripe')}
      - JWT_SECRET=${k.tok(k.g.base64(32))}
  - name: tls
    files:
      - tls.crt
      - tls.key
generatorOptions:
  disableNameSuffixHash: true
images:
  - name: shop
    newTag: "sha-${k.n(k.g.hex(7))}"
`;
  }),

  doc('docker-compose-stack', ['config-syntax', 'command-line'], 'docker-compose.yml', (k) => {
    const pg = plainPassword(k.g);
    return `version: "3.9"
services:
  db:
    image: postgres:16
    environment:
      - POSTGRES_USER=app
      - POSTGRES_PASSWORD=${k.pw(pg)}
      - POSTGRES_DB=app
    volumes:
      - pgdata:/var/lib/postgresql/data

  mysql:
    image: mysql:8
    environment:
      MYSQL_ROOT_PASSWORD: ${ppw(k)}
      MYSQL_PASSWORD: ${k.n('"${MYSQL_PASSWORD}"')}
    healthcheck:
      test: ["CMD", "mysqladmin", "ping", "-h", "localhost", "-uroot", "-p${ppw(k)}"]
      interval: 10s

  app:
    build: .
    depends_on: [db, mysql]
    environment:
      DATABASE_URL: postgres://app:${k.cs(pg)}@db:5432/app
      SECRET_KEY_BASE: ${k.tok(railsLike(k))}
      RAILS_ENV: development
    ports:
      - "3000:3000"

  minio:
    image: minio/minio
    command: server /data --console-address ":9001"
    environment:
      MINIO_ROOT_USER: minioadmin
      MINIO_ROOT_PASSWORD: ${k.pw(plainPassword(k.g))}
volumes:
  pgdata:
`;
  }),

  doc('dockerfile-npmrc-env', ['config-syntax', 'command-line'], 'Dockerfile', (k) => {
    return `FROM node:20-alpine AS build
WORKDIR /app
${k.n('ARG NPM_TOKEN')}
ENV NODE_ENV=production \\
    SENTRY_AUTH_TOKEN=${k.tok('sntrys_' + k.g.base64url(80))} \\
    API_URL=https://api.acme.io
COPY package*.json ./
RUN echo "//registry.npmjs.org/:_authToken=${k.n('${NPM_TOKEN}')}" > .npmrc && \\
    echo "//npm.pkg.github.com/:_authToken=${k.prov('githubClassic', 'GitHub')}" >> .npmrc && \\
    npm ci && rm -f .npmrc
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
RUN htpasswd -bc /etc/nginx/.htpasswd admin '${k.pw()}'
HEALTHCHECK CMD wget -qO- http://localhost/ || exit 1
`;
  }),

  doc('systemd-unit-env', ['config-syntax'], 'deploy/systemd/queue-worker.service', (k) => {
    return `[Unit]
Description=Queue worker
After=network-online.target

[Service]
User=worker
WorkingDirectory=/opt/worker
Environment="AMQP_URL=amqp://worker:${k.cs()}@mq.internal:5672/prod"
Environment=REDIS_PASSWORD=${ppw(k)}
Environment=LOG_LEVEL=info
${k.n('EnvironmentFile=-/etc/worker/secrets.env')}
ExecStart=/opt/worker/bin/worker --concurrency 8
Restart=on-failure

[Install]
WantedBy=multi-user.target
`;
  }),

  doc('crontab-backups', ['command-line'], 'ops/crontab.txt', (k) => {
    return `# m h  dom mon dow   command
MAILTO=ops@acme.com
15 2 * * * PGPASSWORD=${ppw(k)} pg_dump -h 127.0.0.1 -U app app | gzip > /backups/app-$(date +\\%F).sql.gz
30 2 * * * curl -fsS -u backup:${ppw(k)} https://nas.local/api/snapshot >/dev/null
*/5 * * * * /usr/local/bin/healthcheck --token ${k.tok(k.g.hex(32))} --url https://hc.acme.io/ping/${k.n(k.g.uuid())}
0 4 * * 0 /usr/bin/certbot renew --quiet
`;
  }),

  doc('vagrantfile-provision', ['code', 'command-line'], 'Vagrantfile', (k) => {
    return `Vagrant.configure("2") do |config|
  config.vm.box = "ubuntu/jammy64"
  config.vm.network "forwarded_port", guest: 5432, host: 15432
  config.ssh.username = "vagrant"
  config.ssh.password = "${k.u('vagrant')}"

  config.vm.provision "shell", inline: <<-SHELL
    apt-get update && apt-get install -y postgresql
    echo 'root:${k.s('password', plainPassword(k.g))}' | chpasswd
    sudo -u postgres psql -c "CREATE USER dev WITH PASSWORD '${ppw(k)}' SUPERUSER;"
  SHELL

  config.vm.provider "virtualbox" do |vb|
    vb.memory = "2048"
  end
end
`;
  }),

  doc('packer-windows-template', ['config-syntax'], 'packer/windows-2022.pkr.hcl', (k) => {
    return `source "vsphere-iso" "win2022" {
  vcenter_server      = "vcenter.acme.local"
  username            = "packer@vsphere.local"
  password            = "${k.pw()}"
  insecure_connection = true

  communicator   = "winrm"
  winrm_username = "Administrator"
  winrm_password = "${k.pw()}"
  winrm_timeout  = "2h"

  iso_paths    = ["[datastore1] iso/SERVER_EVAL_x64FRE_en-us.iso"]
  iso_checksum = "sha256:${k.n(sha256(k.g))}"
}

build {
  sources = ["source.vsphere-iso.win2022"]
  provisioner "powershell" {
    inline = ["net user ansible ${ppw(k)} /add", "net localgroup administrators ansible /add"]
  }
}
`;
  }),
];

function railsLike(k: Kit): string {
  return k.g.hex(128);
}
