// rw-dev7 code: infrastructure and configuration languages — Terraform tfvars and variable defaults, Bicep
// parameters, Pulumi stack config, Helm values, Kubernetes and Compose argument lists, Ansible inventories and
// group_vars, Salt pillar, Puppet hiera, Chef data bags, Vagrantfile, Packer, Nix, Dhall, CUE, Jsonnet, EDN,
// Starlark/Bazel.
import type { RealWorldArea, RealWorldDoc } from '../types';
import { doc, type Kit } from '../dev/kit';
import { cv, type CV } from './codeValues';

const d = (id: string, areas: readonly RealWorldArea[], path: string, fn: (c: CV, k: Kit) => string) => doc(`dev7-code-${id}`, areas, path, (k) => fn(cv(k), k));

export const INFRA_DOCS: RealWorldDoc[] = [
  d(
    'terraform-tfvars',
    ['config-syntax'],
    'infra/envs/staging/terraform.tfvars',
    (c) => `region          = "eu-west-1"
environment     = "staging"
db_username     = "app_admin"
db_password     = "${c.pw()}"
redis_auth      = "${c.b62(32)}"
grafana_admin   = "${c.hpw()}"
secret_name     = "${c.n('staging/app/db')}"
password_length = ${c.n('24')}
kms_key_id      = "${c.uuid()}"
tags = {
  owner = "platform"
}
`,
  ),

  d(
    'terraform-variables-default',
    ['config-syntax', 'defaults-in-code'],
    'infra/modules/rds/variables.tf',
    (c) => `variable "master_username" {
  type    = string
  default = "postgres"
}

variable "master_password" {
  description = "Master password for the RDS instance"
  type        = string
  sensitive   = true
  default     = "${c.pw()}"
}

variable "replica_password" {
  type      = string
  sensitive = true
}

variable "monitoring_token" {
  type    = string
  default = "${c.hex(40)}"
}

variable "password_rotation_days" {
  type    = number
  default = ${c.n('30')}
}

resource "aws_db_instance" "this" {
  username = var.master_username
  password = ${c.n('var.master_password')}
}

resource "random_password" "app" {
  length  = 32
  special = true
}

locals {
  app_password = ${c.n('random_password.app.result')}
  conn         = "postgres://\${var.master_username}:\${${c.n('var.master_password')}}@\${aws_db_instance.this.address}/app"
}
`,
  ),

  d(
    'terraform-provider-block',
    ['config-syntax'],
    'infra/providers.tf',
    (c) => `provider "grafana" {
  url  = "https://grafana.acme.internal"
  auth = "admin:${c.bare()}"
}

provider "rabbitmq" {
  endpoint = "http://rabbit.internal:15672"
  username = "terraform"
  password = "${c.pw()}"
}

provider "vault" {
  address = "https://vault.acme.internal:8200"
  token   = ${c.n('data.external.vault_token.result.token')}
}

provider "postgresql" {
  host     = "pg.internal"
  username = "tf"
  password = ${c.n('data.aws_secretsmanager_secret_version.pg.secret_string')}
}
`,
  ),

  d(
    'bicep-params',
    ['config-syntax'],
    'infra/main.bicep',
    (c) => `targetScope = 'resourceGroup'

param location string = resourceGroup().location
param sqlAdminLogin string = 'sqladmin'
@secure()
param sqlAdminPassword string = '${c.pw()}'
@secure()
param vmAdminPassword string
param storageSku string = 'Standard_LRS'
param passwordExpiryDays int = ${c.n('90')}

resource sql 'Microsoft.Sql/servers@2022-05-01-preview' = {
  name: 'acme-sql-\${uniqueString(resourceGroup().id)}'
  location: location
  properties: {
    administratorLogin: sqlAdminLogin
    administratorLoginPassword: ${c.n('sqlAdminPassword')}
  }
}

resource kv 'Microsoft.KeyVault/vaults@2023-02-01' existing = {
  name: 'acme-kv'
}

module vm './vm.bicep' = {
  name: 'jump'
  params: {
    adminPassword: ${c.n("kv.getSecret('vm-admin')")}
  }
}
`,
  ),

  d(
    'bicep-parameters-json',
    ['config-syntax'],
    'infra/main.parameters.dev.json',
    (c) => `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "sqlAdminLogin": { "value": "sqladmin" },
    "sqlAdminPassword": { "value": "${c.pw()}" },
    "vmAdminPassword": {
      "reference": {
        "keyVault": { "id": "/subscriptions/${c.uuid()}/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/acme-kv" },
        "secretName": "${c.n('vm-admin-password')}"
      }
    },
    "apiKey": { "value": "${c.hex(32)}" }
  }
}
`,
  ),

  d(
    'pulumi-stack-yaml',
    ['config-syntax'],
    'Pulumi.dev.yaml',
    (c) => `config:
  aws:region: eu-central-1
  acme:dbUser: app
  acme:dbPassword: ${c.bare()}
  acme:apiToken:
    secure: ${c.blob(48, 'AAABA')}
  acme:adminPassword:
    secure: ${c.blob(60, 'AAABA')}
  acme:webhookSecret: "${c.hex(32)}"
  acme:passwordMinLength: "${c.n('14')}"
`,
  ),

  d(
    'helm-values',
    ['config-syntax'],
    'charts/shop/values-staging.yaml',
    (c) => `replicaCount: 2

image:
  repository: registry.acme.internal/shop
  tag: "${c.git()}"

postgresql:
  enabled: true
  auth:
    username: shop
    password: ${c.pw()}
    postgresPassword: "${c.hpw()}"
    existingSecret: ""

redis:
  auth:
    enabled: true
    password: "${c.gpw()}"

externalSecrets:
  stripe:
    secretName: ${c.n('shop-stripe')}
    key: ${c.n('api-key')}

env:
  - name: SESSION_SECRET
    value: "${c.b64(44)}"
  - name: DB_PASSWORD
    valueFrom:
      secretKeyRef:
        name: ${c.n('shop-db')}
        key: ${c.n('password')}
  - name: SMTP_PASSWORD
    value: {{ ${c.n('.Values.smtp.password')} | quote }}
`,
  ),

  d(
    'k8s-args-list',
    ['config-syntax', 'command-line'],
    'k8s/redis/statefulset.yaml',
    (c) => `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: redis
spec:
  serviceName: redis
  replicas: 1
  template:
    spec:
      containers:
        - name: redis
          image: redis:7.2
          args: [--requirepass, ${c.bare()}, --appendonly, "yes"]
        - name: exporter
          image: oliver006/redis_exporter:v1.58.0
          args:
            - --redis.addr=redis://localhost:6379
            - --redis.password=${c.bare()}
        - name: sidecar
          image: busybox
          command: ["sh", "-c", "echo $(REDIS_PASSWORD) > /dev/null"]
          env:
            - name: REDIS_PASSWORD
              valueFrom:
                secretKeyRef: { name: ${c.n('redis-auth')}, key: ${c.n('password')} }
`,
  ),

  d(
    'compose-command-array',
    ['config-syntax', 'command-line'],
    'docker-compose.yml',
    (c) => `services:
  cache:
    image: redis:7
    command: ["redis-server", "--requirepass", "${c.bare()}", "--maxmemory", "256mb"]
  queue:
    image: rabbitmq:3-management
    environment:
      RABBITMQ_DEFAULT_USER: shop
      RABBITMQ_DEFAULT_PASS: ${c.bare()}
  db:
    image: mysql:8.4
    command: ["mysqld", "--default-authentication-plugin=mysql_native_password"]
    environment:
      - MYSQL_ROOT_PASSWORD=${c.bare()}
      - MYSQL_PASSWORD_FILE=${c.n('/run/secrets/mysql_password')}
  mongo:
    image: mongo:7
    command: [--auth, --keyFile, /etc/mongo/keyfile]
    environment:
      MONGO_INITDB_ROOT_USERNAME: root
      MONGO_INITDB_ROOT_PASSWORD: "${c.pw()}"
  api:
    build: .
    command: ["./api", "--db-password", "${c.bare()}", "--log-level", "debug"]
    environment:
      JWT_SECRET: \${${c.n('JWT_SECRET')}}
`,
  ),

  d(
    'ansible-inventory-ini',
    ['config-syntax', 'credential-file'],
    'inventories/prod/hosts.ini',
    (c) => `[web]
web01.acme.internal ansible_host=10.0.1.11
web02.acme.internal ansible_host=10.0.1.12

[db]
db01.acme.internal ansible_user=postgres ansible_password=${c.bare()}

[windows]
win-build01 ansible_host=10.0.9.5

[windows:vars]
ansible_user=Administrator
ansible_password=${c.bare()}
ansible_connection=winrm
ansible_winrm_server_cert_validation=ignore

[all:vars]
ansible_become_pass=${c.bare()}
ansible_ssh_private_key_file=${c.n('~/.ssh/deploy_ed25519')}
`,
  ),

  d(
    'ansible-group-vars',
    ['config-syntax'],
    'inventories/prod/group_vars/all.yml',
    (c) => `---
app_user: shop
app_db_password: "${c.pw()}"
app_secret_key: "${c.b62(50)}"
mysql_root_password: "{{ ${c.n('vault_mysql_root_password')} }}"
mysql_users:
  - name: shop
    host: "%"
    password: "${c.hpw()}"
    priv: "shop.*:ALL"
  - name: replicator
    password: "{{ vault_replicator_password }}"
vault_api_token: !vault |
  ${c.n('$ANSIBLE_VAULT;1.1;AES256')}
  ${c.nhex(80)}
password_min_length: ${c.n('12')}
`,
  ),

  d(
    'salt-pillar',
    ['config-syntax'],
    'srv/pillar/postgres/init.sls',
    (c) => `postgres:
  users:
    app:
      ensure: present
      password: ${c.bare()}
      createdb: False
    metabase:
      password: '${c.pw()}'
  pg_hba.conf: salt://postgres/templates/pg_hba.conf.j2

{% set vault_token = salt['vault'].read_secret('${c.n('secret/salt/token')}') %}
monitoring:
  api_key: ${c.hex(32)}
  password_hash: ${c.sha256()}
`,
  ),

  d(
    'puppet-hiera',
    ['config-syntax'],
    'hieradata/nodes/db01.acme.internal.yaml',
    (c) => `---
profile::postgres::listen_addresses: '*'
profile::postgres::users:
  app:
    password: '${c.pw()}'
  grafana:
    password: '${c.letters()}'
mysql::server::root_password: '${c.hpw()}'
profile::backup::s3_secret_key: '${c.b62(40)}'
profile::ldap::bind_password: >
  ${c.blob(120, 'ENC[PKCS7,MIIBeQYJKoZIhvcNAQcDoIIBajCCAWYCAQAx', ']')}
profile::ssh::password_authentication: ${c.n('false')}
`,
  ),

  d(
    'chef-data-bag',
    ['config-syntax'],
    'data_bags/credentials/mysql.json',
    (c) => `{
  "id": "mysql",
  "root_password": "${c.pw()}",
  "replication_password": "${c.gpw()}",
  "users": {
    "app": { "password": "${c.hpw()}", "host": "10.%" }
  },
  "encrypted_data": {
    "encrypted_data": "${c.blob(22, '', '==')}",
    "iv": "${c.blob(22, '', '==')}",
    "cipher": "aes-256-cbc"
  }
}
`,
  ),

  d(
    'vagrantfile',
    ['code'],
    'Vagrantfile',
    (c) => `Vagrant.configure("2") do |config|
  config.vm.box = "bento/ubuntu-22.04"
  config.vm.network "forwarded_port", guest: 5432, host: 15432

  config.vm.provider "virtualbox" do |vb|
    vb.memory = 2048
  end

  config.vm.define "win" do |win|
    win.vm.box = "gusztavvargadr/windows-server"
    win.winrm.username = "vagrant"
    win.winrm.password = "${c.u('vagrant')}"
  end

  config.vm.provision "shell", env: { "PGPASSWORD" => "${c.pw()}", "APP_SECRET" => "${c.hex(32)}" }, inline: <<-SHELL
    apt-get update -y
    apt-get install -y postgresql
    sudo -u postgres psql -c "ALTER USER postgres PASSWORD '${c.hpw()}';"
  SHELL
end
`,
  ),

  d(
    'packer-hcl',
    ['config-syntax'],
    'images/windows-2022.pkr.hcl',
    (c) => `variable "winrm_password" {
  type      = string
  default   = "${c.pw()}"
  sensitive = true
}

variable "vsphere_password" {
  type    = string
  default = env("${c.n('VSPHERE_PASSWORD')}")
}

source "vsphere-iso" "win2022" {
  vcenter_server      = "vcenter.corp.local"
  username            = "packer@vsphere.local"
  password            = var.vsphere_password
  communicator        = "winrm"
  winrm_username      = "Administrator"
  winrm_password      = var.winrm_password
  http_password       = "${c.bare()}"
}

build {
  sources = ["source.vsphere-iso.win2022"]
}
`,
  ),

  d(
    'nix-module',
    ['config-syntax'],
    'hosts/builder/configuration.nix',
    (c) => `{ config, pkgs, ... }:
{
  services.postgresql = {
    enable = true;
    initialScript = pkgs.writeText "init.sql" ''
      CREATE ROLE hydra WITH LOGIN PASSWORD '${c.pw()}';
    '';
  };

  services.grafana.settings.security = {
    admin_user = "admin";
    admin_password = "${c.hpw()}";
    secret_key = "${c.b62(32)}";
  };

  services.redis.servers.cache = {
    enable = true;
    requirePass = "${c.gpw()}";
  };

  services.nextcloud.config.adminpassFile = ${c.n('"/run/keys/nextcloud-admin"')};
  users.users.deploy.hashedPassword = "${c.blob(43, '$y$j9T$', '')}";
  age.secrets.wg.file = ${c.n('../secrets/wg.age')};
}
`,
  ),

  d(
    'dhall-config',
    ['config-syntax'],
    'config/prod.dhall',
    (c) => `let Db = { host : Text, port : Natural, user : Text, password : Text }

let db
    : Db
    = { host = "db.internal"
      , port = 5432
      , user = "app"
      , password = "${c.pw()}"
      }

let apiKey = "${c.tok()}"

let fromEnv = env:${c.n('DB_PASSWORD')} as Text ? "${c.ph()}"

in  { db, apiKey, fromEnv, tokenTtl = ${c.n('3600')} }
`,
  ),

  d(
    'cue-config',
    ['config-syntax'],
    'deploy/cue/values.cue',
    (c) => `package deploy

#Database: {
	host:     string
	user:     string
	password: string & !=""
}

database: #Database & {
	host:     "pg.internal"
	user:     "billing"
	password: "${c.pw()}"
}

cache: {
	addr:     "redis:6379"
	password: *"${c.gpw()}" | string
}

secrets: {
	name: "${c.n('billing-secrets')}"
	key:  "${c.n('users')}"
}
`,
  ),

  d(
    'jsonnet-config',
    ['config-syntax'],
    'deploy/jsonnet/app.libsonnet',
    (c) => `local env = std.extVar('env');

{
  database: {
    host: 'db-%s.internal' % env,
    user: 'app',
    password: '${c.pw()}',
  },
  smtp+: {
    password:: '${c.hpw()}',
  },
  oauth: {
    clientId: '${c.n('web-frontend')}',
    clientSecret: '${c.b62(40)}',
  },
  passwordFromEnv: std.extVar('${c.n('DB_PASSWORD')}'),
  auth: ${c.n('true')},
}
`,
  ),

  d(
    'edn-config',
    ['config-syntax'],
    'resources/config.edn',
    (c) => `{:http {:port 3000}
 :db {:dbtype "postgresql"
      :host "localhost"
      :dbname "orders"
      :user "orders"
      :password "${c.pw()}"}
 :mail {:host "smtp.mailgun.org"
        :user "postmaster@mg.acme.example"
        :pass "${c.hex(32)}"}
 :session-secret #profile {:dev "${c.b62(16)}"
                           :prod #env ${c.n('SESSION_SECRET')}}
 :password-min-length ${c.n('12')}}
`,
  ),

  d(
    'starlark-bazel',
    ['code'],
    'tools/deploy/BUILD.bazel',
    (c) => `load("@io_bazel_rules_docker//container:container.bzl", "container_push")
load("//tools:defs.bzl", "k8s_secret")

container_push(
    name = "push",
    format = "Docker",
    image = ":image",
    registry = "registry.acme.internal",
    repository = "api",
)

k8s_secret(
    name = "api-secrets",
    data = {
        "DB_PASSWORD": "${c.pw()}",
        "SIGNING_KEY": "${c.hex(64)}",
        "SENTRY_DSN_REF": "${c.n('projects/acme/secrets/sentry-dsn')}",
    },
)

sh_test(
    name = "smoke",
    srcs = ["smoke.sh"],
    env = {"SMOKE_PASSWORD": "${c.hpw()}", "SMOKE_USER": "smoke"},
)
`,
  ),
];
