// rw-dev9 cred: infrastructure files — Terraform .tfvars, Ansible group_vars / inventory, Helm values,
// Vagrantfile, docker-compose env, Kubernetes Secret stringData, and the .env family (.env.local,
// .env.production, .env.example next to a real one).
import type { RealWorldDoc } from '../types';
import { doc } from '../dev/kit';
import { cx } from './credValues';

export const CRED_INFRA_DOCS: RealWorldDoc[] = [
  doc('cred-terraform-tfvars', ['credential-file', 'config-syntax', 'precision'], 'envs/prod/terraform.tfvars', (k) => {
    const x = cx(k);
    return `region          = "eu-central-1"
environment     = "prod"
db_username     = "app_admin"
db_password     = "${x.any()}"
rds_master_pass = "${x.gen()}"
cloudflare_api_token = "${k.prov('cloudflare', 'cloudflare')}"
datadog_api_key = "${x.hex(32)}"
datadog_app_key = "${x.hex(40)}"
ssh_public_key  = "${x.sshPub()}"
admin_cidrs     = ["203.0.113.0/24"]
tags = {
  owner = "plattform-team"
  cost  = "4711"
}
`;
  }),
  doc('cred-terraform-auto-tfvars-json', ['credential-file', 'config-syntax'], 'envs/stage/secrets.auto.tfvars.json', (k) => {
    const x = cx(k);
    return `{
  "vsphere_user": "administrator@vsphere.local",
  "vsphere_password": "${x.season()}",
  "proxmox_api_token_secret": "${x.uuid()}",
  "proxmox_api_token_id": "terraform@pve!provider",
  "github_token": "${k.prov('githubFine', 'github')}",
  "ansible_become_pass": "${x.name()}"
}
`;
  }),
  doc('cred-terraform-provider-hcl', ['credential-file', 'config-syntax', 'precision'], 'infra/providers.tf', (k) => {
    const x = cx(k);
    return `terraform {
  required_providers {
    proxmox = { source = "Telmate/proxmox", version = "3.0.1-rc4" }
    mysql   = { source = "petoju/mysql" }
  }
}

provider "proxmox" {
  pm_api_url      = "https://pve01.home.arpa:8006/api2/json"
  pm_user         = "${k.n('root@pam')}"
  pm_password     = "${x.kb()}"
  pm_tls_insecure = true
}

provider "mysql" {
  endpoint = "db.home.arpa:3306"
  username = "${k.n('terraform')}"
  password = var.mysql_password
}

variable "mysql_password" {
  type      = string
  sensitive = true
  default   = "${x.words()}"
}

resource "random_password" "grafana" {
  length  = 24
  special = true
}
`;
  }),
  doc('cred-ansible-group-vars-all', ['credential-file', 'config-syntax', 'precision'], 'inventories/prod/group_vars/all.yml', (k) => {
    const x = cx(k);
    return `---
ansible_user: ${k.n('deploy')}
ansible_become_pass: "${x.season()}"
ntp_servers: [0.de.pool.ntp.org, 1.de.pool.ntp.org]

postgres_users:
  - { name: app, password: "${x.gen()}", priv: "ALL" }
  - { name: grafana, password: "${k.n('{{ vault_grafana_db_password }}')}", priv: "SELECT" }
  - name: backup
    password: ${x.name(true)}

rabbitmq_users:
  - user: ${k.n('orders')}
    password: ${x.words()}
    vhost: /orders
    tags: ""

vault_smtp_password: !vault |
  ${k.n(k.raw.ansibleVault(k.g).replace(/\n/g, '\n  '))}

nginx_basic_auth_htpasswd: "ops:${x.apr1()}"
`;
  }),
  doc('cred-ansible-inventory-ini', ['credential-file', 'config-syntax'], 'inventories/lab/hosts.ini', (k) => {
    const x = cx(k);
    return `[webservers]
web01 ansible_host=10.10.0.11
web02 ansible_host=10.10.0.12

[windows]
win-dc01 ansible_host=10.10.0.5 ansible_user=${k.n('Administrator')} ansible_password=${x.season(true)}

[windows:vars]
ansible_connection=winrm
ansible_winrm_transport=ntlm
ansible_port=5986

[switches]
sw-core ansible_host=10.10.0.2 ansible_user=${k.n('admin')} ansible_ssh_pass=${x.kb(true)} ansible_become_password=${x.name(true)}

[all:vars]
ansible_python_interpreter=/usr/bin/python3
`;
  }),
  doc('cred-helm-values-yaml', ['credential-file', 'config-syntax', 'precision'], 'charts/shop/values-prod.yaml', (k) => {
    const x = cx(k);
    return `replicaCount: 3
image:
  repository: registry.acme.example/shop/api
  tag: "2.14.3"
  digest: ${x.digest()}

postgresql:
  enabled: true
  auth:
    username: ${k.n('shop')}
    password: ${x.any()}
    postgresPassword: ${x.gen()}
    existingSecret: ""

redis:
  auth:
    enabled: true
    password: "${x.alnum(24)}"

externalSecrets:
  stripe: { key: "vault:secret/data/shop#stripe_key" }

env:
  - name: SESSION_SECRET
    value: "${x.hex(64)}"
  - name: DATABASE_PASSWORD
    valueFrom:
      secretKeyRef: {name: shop-db, key: password}

keycloak:
  admin:
    user: ${k.n('admin')}
    password: ${k.ph()}
`;
  }),
  doc('cred-k8s-secret-stringdata', ['credential-file', 'config-syntax', 'precision'], 'k8s/base/secret-app.yaml', (k) => {
    const x = cx(k);
    const pw = k.raw.generatedPassword(k.g);
    return `apiVersion: v1
kind: Secret
metadata:
  name: app-secrets
  namespace: rechnung
type: Opaque
stringData:
  DB_PASSWORD: "${x.season()}"
  JWT_SECRET: ${x.b64(44)}
  S3_SECRET: ${x.alnum(40)}
data:
  SMTP_PASSWORD: ${k.s('password', x.b64s(pw))}
  API_USER: ${k.n(x.b64s('rechnung-api'))}
`;
  }),
  doc('cred-vagrantfile', ['credential-file', 'code'], 'Vagrantfile', (k) => {
    const x = cx(k);
    return `# -*- mode: ruby -*-
Vagrant.configure("2") do |config|
  config.vm.box = "gusztavvargadr/windows-server"
  config.vm.communicator = "winrm"
  config.winrm.username = "${k.n('vagrant')}"
  config.winrm.password = "${k.u('vagrant')}"

  config.vm.define "sql" do |sql|
    sql.vm.provision "shell", inline: <<-SHELL
      choco install sql-server-express -y --params="'/SAPWD:${x.gen()} /SECURITYMODE:SQL'"
    SHELL
  end

  config.vm.provider "vsphere" do |vs|
    vs.host = "vcenter.lab.local"
    vs.user = "${k.n('vagrant@vsphere.local')}"
    vs.password = "${x.season()}"
    vs.insecure = true
  end

  config.vm.provision "docker" do |d|
    d.run "registry.lab.local/ci-agent", args: "-e AGENT_TOKEN=${x.hex(40)}"
  end
end
`;
  }),
  doc('cred-env-local-next', ['credential-file', 'config-syntax', 'precision'], 'web/.env.local', (k) => {
    const x = cx(k);
    return `# Local overrides - ignored by git (hopefully)
NEXT_PUBLIC_SUPABASE_URL=https://abcdxyzprojref.supabase.co
NEXT_PUBLIC_SUPABASE_ANON_KEY=${k.n(k.raw.jwt(k.g, { iss: 'supabase', ref: 'abcdxyzprojref', role: 'anon' }))}
SUPABASE_SERVICE_ROLE_KEY=${x.jwt()}
NEXTAUTH_URL=http://localhost:3000
NEXTAUTH_SECRET=${x.b64(44)}
GITHUB_ID=${k.n('Iv1.' + k.g.hex(16))}
GITHUB_SECRET=${x.hex(40)}
DATABASE_URL="postgresql://postgres:${x.cs()}@db.abcdxyzprojref.supabase.co:5432/postgres"
NEXT_PUBLIC_POSTHOG_KEY=${k.n('phc_' + k.g.alnum(43))}
`;
  }),
  doc('cred-env-production-laravel', ['credential-file', 'config-syntax', 'precision'], '.env.production', (k) => {
    const x = cx(k);
    return `APP_NAME="Reservierung"
APP_ENV=production
APP_KEY=base64:${k.s('token', k.g.base64(43) + '=')}
APP_DEBUG=false
APP_URL=https://reservierung.gasthof-adler.example

LOG_CHANNEL=stack

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=reservierung
DB_USERNAME=${k.n('adler')}
DB_PASSWORD='${x.season()}'

MAIL_MAILER=smtp
MAIL_HOST=smtp.ionos.example
MAIL_PORT=587
MAIL_USERNAME=${k.n('tisch@gasthof-adler.example')}
MAIL_PASSWORD="${x.phrase()}"
MAIL_ENCRYPTION=tls

PUSHER_APP_ID=${k.n(k.g.digits(7))}
PUSHER_APP_KEY=${k.n(k.g.hex(20))}
PUSHER_APP_SECRET=${x.hex(20)}
`;
  }),
  doc('cred-env-example-vs-real', ['credential-file', 'precision'], 'api/.env.example', (k) => {
    return `# copy to .env and fill in
PORT=8080
DATABASE_URL=postgres://user:${k.n('password')}@localhost:5432/api
REDIS_PASSWORD=${k.ph()}
JWT_SECRET=${k.n('change-this-to-a-long-random-string')}
STRIPE_SECRET_KEY=${k.n('sk_test_...')}
SENDGRID_API_KEY=${k.n('SG.xxxxxxxx')}
ADMIN_PASSWORD=${k.ph()}
SENTRY_DSN=${k.n(k.raw.sentryDsn(k.g))}
`;
  }),
  doc('cred-env-docker-compose-dotenv', ['credential-file', 'config-syntax'], 'stack/.env', (k) => {
    const x = cx(k);
    return `COMPOSE_PROJECT_NAME=nextcloud
TZ=Europe/Istanbul
# veritabanı
MYSQL_ROOT_PASSWORD=${x.gen(true, 24)}
MYSQL_PASSWORD=${x.name()}
MYSQL_DATABASE=nextcloud
MYSQL_USER=${k.n('nextcloud')}
NEXTCLOUD_ADMIN_USER=${k.n('emre')}
NEXTCLOUD_ADMIN_PASSWORD=${x.season()}
REDIS_HOST_PASSWORD=${x.alnum(32)}
COLLABORA_PASSWORD = ${x.words()}
ONLYOFFICE_JWT_SECRET=${x.alnum(32)}
`;
  }),
  doc('cred-env-staging-mixed-quoting', ['credential-file', 'config-syntax', 'precision'], 'deploy/.env.staging', (k) => {
    const x = cx(k);
    return `export AWS_REGION=ap-northeast-1
export DB_PASS="${x.kb()}"
export RABBITMQ_DEFAULT_PASS=${x.name(true)}
export KEYCLOAK_ADMIN_PASSWORD='${x.gen(false)}'
export SLACK_SIGNING_SECRET=${x.hex(32)}
export LINE_CHANNEL_SECRET=${x.hex(32)}
export LINE_CHANNEL_ACCESS_TOKEN=${x.b64(172)}
export GIT_SHA=${x.sha()}
export BUILD_ID=${x.uuidN()}
export SUPERSET_SECRET_KEY=\${SUPERSET_SECRET_KEY:-$(openssl rand -base64 42)}
`;
  }),
  doc('cred-docker-compose-environment', ['credential-file', 'config-syntax'], 'docker-compose.yml', (k) => {
    const x = cx(k);
    return `services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: ${k.n('gitea')}
      POSTGRES_PASSWORD: ${x.words()}
      POSTGRES_DB: gitea
  gitea:
    image: gitea/gitea:1.22
    environment:
      - GITEA__database__PASSWD=${x.words()}
      - GITEA__mailer__PASSWD=${x.season(true)}
      - GITEA__security__INTERNAL_TOKEN=${x.jwt()}
      - GITEA__server__LFS_JWT_SECRET=${x.b64(43)}
  runner:
    image: gitea/act_runner:latest
    environment:
      GITEA_INSTANCE_URL: https://git.home.arpa
      GITEA_RUNNER_REGISTRATION_TOKEN: "${x.alnum(40)}"
`;
  }),
  doc('cred-pulumi-stack-yaml', ['credential-file', 'config-syntax', 'precision'], 'Pulumi.prod.yaml', (k) => {
    const x = cx(k);
    return `config:
  aws:region: eu-west-1
  shop:dbUser: shop
  shop:dbPassword:
    secure: ${k.n('v1:' + k.g.base64(16) + ':' + k.g.base64(48))}
  shop:smtpPassword: ${x.season(true)}
  shop:adminToken: ${x.hex(48)}
encryptionsalt: ${k.n('v1:' + k.g.base64(12) + ':v1:' + k.g.base64(16) + ':' + k.g.base64(44))}
`;
  }),
  doc('cred-cloud-init-user-data', ['credential-file', 'config-syntax', 'precision'], 'cloud-init/user-data.yaml', (k) => {
    const x = cx(k);
    return `#cloud-config
hostname: edge-gw-07
users:
  - name: ops
    groups: [sudo]
    shell: /bin/bash
    passwd: ${x.shadow()}
    ssh_authorized_keys:
      - ${x.sshPub()}
chpasswd:
  expire: false
  users:
    - {name: ubuntu, password: ${x.kb(true)}, type: text}
    - {name: root, password: ${x.shadow()}}
write_files:
  - path: /etc/wireguard/wg0.conf
    permissions: '0600'
    content: |
      [Interface]
      PrivateKey = ${k.s('token', k.g.base64(43) + '=')}
      Address = 10.8.0.7/24
      [Peer]
      PublicKey = ${k.n(k.g.base64(43) + '=')}
      PresharedKey = ${k.s('token', k.g.base64(43) + '=')}
      Endpoint = vpn.example.net:51820
`;
  }),
];
