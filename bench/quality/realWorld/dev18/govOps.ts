// Operations in government clouds and data centres: PowerShell runbooks (Azure Government, AD, Exchange), Ansible
// inventories and vars, Terraform for AWS GovCloud / Azure Government / OVH / IONOS / T-Systems, GitLab CI of the
// state's digital service, Kubernetes secrets on sovereign clouds.
import type { RealWorldDoc } from '../types';
import { gDoc, V } from './govValues';

export const GOV_OPS_DOCS: RealWorldDoc[] = [
  gDoc(
    'gov-azure-gov-runbook-ps1',
    ['code', 'command-line', 'precision'],
    'runbooks/Rotate-FileShareKeys.ps1',
    (k) => `<#
.SYNOPSIS
  Rotates the storage keys of the records file share (Azure Government, usgovvirginia).
#>
$tenantId = "${k.n(k.g.uuid())}"
$appId = "${k.n(k.g.uuid())}"
$secret = ConvertTo-SecureString "${k.prov('Azure AD client secret', V.azureSecret(k.g))}" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($appId, $secret)
Connect-AzAccount -Environment AzureUSGovernment -ServicePrincipal -Tenant $tenantId -Credential $cred
$rg = "rg-records-prod"
$sa = "strecordsprod01"
New-AzStorageAccountKey -ResourceGroupName $rg -Name $sa -KeyName key2 | Out-Null
$key = (Get-AzStorageAccountKey -ResourceGroupName $rg -Name $sa)[1].Value
Write-Output "key2 rotated, starts with $($key.Substring(0,4))"
# old key from before the rotation, still mounted on the scanner PC (remove!):
# net use R: \\\\strecordsprod01.file.core.usgovcloudapi.net\\records /u:Azure\\strecordsprod01 ${k.prov('Azure storage account key', V.azureStorageKey(k.g))}
`,
  ),

  gDoc(
    'gov-exchange-onprem-ps1',
    ['code', 'precision'],
    'scripts/New-Funktionspostfach.ps1',
    (k) => `# Funktionspostfaecher fuer Aemter anlegen (Exchange 2019 on-prem)
$session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri http://ex01.verwaltung.local/PowerShell/ -Authentication Kerberos
Import-PSSession $session -DisableNameChecking
$pw = Read-Host -AsSecureString "Kennwort"
New-Mailbox -Shared -Name "Bauordnungsamt" -Alias bauordnung -OrganizationalUnit "OU=Funktion,DC=verwaltung,DC=local"
# Relay-Konto fuer das Fachverfahren
$relayPw = ConvertTo-SecureString -String '${k.pw()}' -AsPlainText -Force
New-Mailbox -Name "svc-relay-fachverfahren" -UserPrincipalName svc-relay@verwaltung.local -Password $relayPw
Set-ADAccountPassword -Identity svc-scan2mail -Reset -NewPassword (ConvertTo-SecureString -AsPlainText "${k.pw()}" -Force)
`,
  ),

  gDoc(
    'gov-ansible-inventory-municipal',
    ['config-syntax', 'precision'],
    'ansible/inventories/prod/hosts.ini',
    (k) => `[fachverfahren]
ewo01 ansible_host=10.12.0.21
kfz01 ansible_host=10.12.0.22 ansible_user=admin ansible_password=${k.pw()}

[windows]
standesamt01 ansible_host=10.12.4.10

[windows:vars]
ansible_user=RATHAUS\\svc-ansible
ansible_password=${k.pw()}
ansible_connection=winrm
ansible_winrm_transport=ntlm
ansible_winrm_server_cert_validation=ignore

[all:vars]
ansible_become_pass="{{ vault_become_pass }}"
`,
  ),

  gDoc(
    'gov-ansible-group-vars-vault-mixed',
    ['config-syntax', 'precision'],
    'ansible/group_vars/portal/vars.yml',
    (k) => `portal_db_user: portal
portal_db_password: "{{ ${k.n('vault_portal_db_password')} }}"
keycloak_admin_password: !vault |
  ${k.n(`$ANSIBLE_VAULT;1.1;AES256\n  ${k.g.digits(64)}\n  ${k.g.digits(64)}\n  ${k.g.hex(64)}`)}
# TODO vault this one too (added during the go-live weekend)
formserver_api_token: ${k.tok()}
smtp_relay_password: ${k.hpw()}
portal_hash_salt_sha: ${k.n(V.sha256(k.g))}
`,
  ),

  gDoc(
    'gov-terraform-govcloud-tfvars',
    ['config-syntax', 'precision'],
    'infra/govcloud/prod.auto.tfvars',
    (k) => `region          = "us-gov-west-1"
environment     = "prod"
vpc_cidr        = "10.60.0.0/16"
db_username     = "benefits_app"
db_password     = "${k.pw()}"
kms_key_arn     = "arn:aws-us-gov:kms:us-gov-west-1:${k.n(k.g.digits(12))}:key/${k.n(k.g.uuid())}"
login_gov_issuer = "urn:gov:gsa:openidconnect.profiles:sp:sso:state:benefits"
datadog_api_key = "${k.hex(32)}"
splunk_hec_token = "${k.s('token', k.g.uuid().toUpperCase())}"
tags = { agency = "DHS-STATE", fisma = "moderate" }
`,
  ),

  gDoc(
    'gov-terraform-azure-gov-main',
    ['code', 'config-syntax', 'precision'],
    'infra/azgov/main.tf',
    (k) => `provider "azurerm" {
  features {}
  environment     = "usgovernment"
  subscription_id = "${k.n(k.g.uuid())}"
  tenant_id       = "${k.n(k.g.uuid())}"
}

resource "azurerm_mssql_server" "permits" {
  name                         = "sql-permits-prod"
  resource_group_name          = azurerm_resource_group.permits.name
  location                     = "usgovvirginia"
  version                      = "12.0"
  administrator_login          = "permitsadmin"
  administrator_login_password = "${k.pw()}"
}

resource "azurerm_key_vault_secret" "api" {
  name         = "permits-api-key"
  value        = var.permits_api_key
  key_vault_id = azurerm_key_vault.main.id
}
`,
  ),

  gDoc(
    'gov-terraform-ovh-ionos',
    ['config-syntax', 'precision'],
    'infra/souverain/provider.tf',
    (k) => `# Cloud souverain : OVHcloud (SecNumCloud) pour la préfecture, IONOS pour le Land
provider "ovh" {
  endpoint           = "ovh-eu"
  application_key    = "${k.s('token', k.g.alnum(16))}"
  application_secret = "${k.s('token', k.g.alnum(32))}"
  consumer_key       = "${k.s('token', k.g.alnum(32))}"
}

provider "ionoscloud" {
  username = "infra@land.example"
  password = "${k.pw()}"
}

provider "openstack" {
  # T-Systems Open Telekom Cloud (eu-de)
  auth_url    = "https://iam.eu-de.otc.t-systems.com/v3"
  user_name   = "tf-verwaltung"
  password    = var.otc_password
  domain_name = "${k.n('OTC-EU-DE-' + k.g.digits(20))}"
}
`,
  ),

  gDoc(
    'gov-gitlab-ci-digital-service',
    ['config-syntax', 'command-line', 'precision'],
    '.gitlab-ci.yml',
    (k) => `stages: [test, build, deploy]

variables:
  POSTGRES_DB: antragsportal_test
  POSTGRES_USER: runner
  POSTGRES_PASSWORD: ${k.u('runner')}
  DOCKER_REGISTRY: registry.opencode.example

test:
  stage: test
  services: [postgres:15]
  script:
    - npm ci
    - npm test

deploy-prod:
  stage: deploy
  image: bitnami/kubectl
  script:
    - kubectl config set-credentials deployer --token=${k.http(V.jwt(k.g))}
    - kubectl --context prod apply -f k8s/
    - curl -u deploy:$DEPLOY_PASSWORD https://cms.land.example/api/cache/clear
    - 'curl -X POST -H "PRIVATE-TOKEN: ${k.prov('GitLab PAT', V.gitlabPat(k.g))}" https://gitlab.opencode.example/api/v4/projects/412/releases'
  only: [main]
`,
  ),

  gDoc(
    'gov-k8s-secret-manifest',
    ['config-syntax', 'precision'],
    'k8s/antragsportal/secret.yaml',
    (k) => `apiVersion: v1
kind: Secret
metadata:
  name: antragsportal
  namespace: buergerdienste
type: Opaque
stringData:
  DB_PASSWORD: ${k.pw()}
  XTA_CLIENT_CERT_PASSWORD: ${k.spw()}
  OZG_POSTFACH_API_KEY: ${k.tok()}
data:
  # base64 of the same DB password (kubectl create secret --dry-run output pasted in)
  DB_PASSWORD_B64: ${k.s('password', V.b64(k.g.alnum(16)))}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: antragsportal-config
data:
  LEIKA_KATALOG_URL: https://fimportal.example/leika
  OZG_LEISTUNG_ID: "${k.n(k.g.digits(14))}"
  XTA_ENDPOINT: https://xta.dataport.example/MB_Webservice
`,
  ),

  gDoc(
    'gov-helm-values-keycloak',
    ['config-syntax', 'precision'],
    'helm/keycloak/values-prod.yaml',
    (k) => `auth:
  adminUser: admin
  existingSecret: keycloak-admin
  passwordSecretKey: ${k.n('admin-password')}
postgresql:
  enabled: false
externalDatabase:
  host: pg-idm.land.local
  user: keycloak
  password: ${k.pw()}
  database: keycloak
extraEnvVars:
  - name: KC_SPI_TRUSTSTORE_FILE_PASSWORD
    value: ${k.spw()}
  - name: KC_HOSTNAME
    value: id.land.example
  - name: KC_FEATURES
    value: token-exchange,admin-fine-grained-authz
`,
  ),

  gDoc(
    'gov-restic-backup-cron',
    ['command-line', 'config-syntax'],
    'etc/cron.d/backup-fachverfahren',
    (k) => `# Backup der Fachverfahren-Datenbanken nach S3 (IONOS Object Storage)
AWS_ACCESS_KEY_ID=${k.u(k.g.upper(20))}
AWS_SECRET_ACCESS_KEY=${k.s('token', k.g.base64(40).replace(/[+/]/g, 'x'))}
RESTIC_PASSWORD=${k.pw()}
RESTIC_REPOSITORY=s3:https://s3-eu-central-1.ionoscloud.com/backup-fachverfahren
30 1 * * * root pg_dumpall -U postgres | restic backup --stdin --stdin-filename pg_all.sql
15 3 * * 0 root restic forget --keep-daily 7 --keep-weekly 5 --prune
`,
  ),
];
