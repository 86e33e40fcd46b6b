// Operations for health platforms: Kubernetes and Terraform, SQL Server web.config on clinical web apps, Citrix
// StoreFront, Imprivata, kiosk auto-logon, backup/DR runbooks, Ansible vars, monitoring.
import type { RealWorldDoc } from '../types';
import { hDoc, V } from './healthValues';

export const HEALTH_OPS_DOCS: RealWorldDoc[] = [
  hDoc(
    'health-k8s-secret-fhir',
    ['config-syntax', 'precision'],
    'k8s/fhir/secret.yaml',
    (k) => `apiVersion: v1
kind: Secret
metadata:
  name: fhir-facade
  namespace: health-apps
type: Opaque
stringData:
  SPRING_DATASOURCE_PASSWORD: ${k.spw()}
  OAUTH_CLIENT_SECRET: ${k.tok()}
  HL7_MLLP_TLS_KEY_PASSWORD: ${k.pw()}
---
apiVersion: v1
kind: Secret
metadata:
  name: pacs-gateway
  namespace: imaging
type: Opaque
data:
  ADMIN_PASSWORD: ${k.s('password', V.b64(V.safePw(k.g)))}
  LDAP_BIND_PASSWORD: ${k.s('password', V.b64(V.safePw(k.g)))}
`,
  ),

  hDoc(
    'health-k8s-deployment-refs',
    ['config-syntax', 'precision'],
    'k8s/mirth/deployment.yaml',
    (k) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: mirth
  namespace: interfaces
spec:
  replicas: 1
  selector:
    matchLabels: { app: mirth }
  template:
    metadata:
      labels: { app: mirth }
      annotations:
        checksum/config: ${k.n(V.sha256(k.g))}
    spec:
      containers:
        - name: mirth
          image: nextgenhealthcare/connect:4.4.2
          env:
            - name: DATABASE
              value: postgres
            - name: DATABASE_URL
              value: jdbc:postgresql://mirth-pg:5432/mirthdb
            - name: DATABASE_USERNAME
              value: mirth
            - name: DATABASE_PASSWORD
              valueFrom:
                secretKeyRef: { name: mirth-db, key: ${k.n('password')} }
            - name: KEYSTORE_STOREPASS
              value: ${k.gpw()}
            - name: KEYSTORE_KEYPASS
              valueFrom:
                secretKeyRef: { name: mirth-keystore, key: keypass }
            - name: VMOPTIONS
              value: "-Xmx2048m"
          ports:
            - containerPort: 8443
            - containerPort: ${V.port(k.g)}
`,
  ),

  hDoc(
    'health-terraform-tfvars',
    ['config-syntax', 'precision'],
    'infra/envs/prod/terraform.tfvars',
    (k) => `location            = "westeurope"
resource_group_name = "rg-nsh-health-prod"
fhir_service_name   = "nshws-fhirprod"
tenant_id           = "${k.n(k.g.uuid())}"
subscription_id     = "${k.n(k.g.uuid())}"

sql_admin_login    = "nshsqladmin"
sql_admin_password = "${k.pw()}"

# break-glass VM for the PACS jump host
jumphost_admin_username = "nshadmin"
jumphost_admin_password = "${k.pw()}"

tags = {
  owner       = "clinical-platform"
  cost_center = "${k.n('CC-' + k.g.digits(5))}"
  data_class  = "PHI"
}
`,
  ),

  hDoc(
    'health-terraform-main',
    ['config-syntax', 'code', 'precision'],
    'infra/modules/healthcare/main.tf',
    (k) => `resource "google_healthcare_dataset" "clinical" {
  name     = "clinical"
  location = var.region
}

resource "google_healthcare_hl7_v2_store" "adt" {
  name    = "adt"
  dataset = google_healthcare_dataset.clinical.id
  parser_config {
    allow_null_header  = false
    segment_terminator = "Jw=="
    version            = "V3"
  }
  notification_configs {
    pubsub_topic = google_pubsub_topic.hl7.id
  }
}

resource "google_sql_user" "mllp_adapter" {
  name     = "mllp"
  instance = google_sql_database_instance.hl7.name
  password = "${k.spw()}"
}

resource "random_password" "fhir_db" {
  length  = 24
  special = true
}

resource "google_secret_manager_secret_version" "fhir_db" {
  secret      = google_secret_manager_secret.fhir_db.id
  secret_data = random_password.fhir_db.result
}

variable "epic_client_secret" {
  type      = string
  sensitive = true
  default   = "${k.tok()}"
}
`,
  ),

  hDoc(
    'health-webconfig-clinical-app',
    ['config-syntax', 'precision'],
    'ClinicalDocs/Web.config',
    (k) => `<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="webpages:Version" value="3.0.0.0" />
    <add key="ClientValidationEnabled" value="true" />
    <add key="DocumentStorePath" value="\\\\nsh-fs02\\ClinicalDocs$" />
    <add key="ScanService.ApiKey" value="${k.tok()}" />
    <add key="EpicInterconnect.User" value="emp$clindocs" />
    <add key="EpicInterconnect.Password" value="${k.pw()}" />
    <add key="EncryptionKey" value="${k.s('token', k.g.base64(44))}" />
    <add key="PasswordHint" value="${k.n('Enter your network password')}" />
  </appSettings>
  <connectionStrings>
    <add name="ClinicalDocsEntities" connectionString="metadata=res://*/ClinicalDocs.csdl|res://*/ClinicalDocs.ssdl|res://*/ClinicalDocs.msl;provider=System.Data.SqlClient;provider connection string=&quot;data source=CLINSQL01;initial catalog=ClinicalDocs;user id=clindocs;password=${k.cs()};MultipleActiveResultSets=True;App=EntityFramework&quot;" providerName="System.Data.EntityClient" />
    <add name="Audit" connectionString="Server=CLINSQL01;Database=Audit;Integrated Security=SSPI" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <system.web>
    <machineKey validationKey="${k.s('token', k.g.hex(128).toUpperCase())}" decryptionKey="${k.s('token', k.g.hex(48).toUpperCase())}" validation="HMACSHA256" decryption="AES" />
    <compilation debug="false" targetFramework="4.8" />
  </system.web>
</configuration>
`,
  ),

  hDoc(
    'health-kiosk-autologon-reg',
    ['config-syntax', 'credential-file'],
    'desktop/kiosk-autologon.reg',
    (k) => `Windows Registry Editor Version 5.00

; Waiting-room check-in kiosks (Lobby A/B). Applied by the imaging task sequence.
[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon]
"AutoAdminLogon"="1"
"DefaultUserName"="kiosk-checkin"
"DefaultDomainName"="NSH"
"DefaultPassword"="${k.pw()}"
"ForceAutoLogon"="1"
"Shell"="C:\\\\Program Files\\\\CheckIn\\\\CheckInKiosk.exe"

[HKEY_LOCAL_MACHINE\\SOFTWARE\\NSH\\CheckIn]
"ApiBase"="https://checkin-api.nsh.org"
"DeviceKey"="${k.tok()}"
"SiteCode"="LOBBY-A"
`,
  ),

  hDoc(
    'health-citrix-storefront-notes',
    ['prose', 'command-line', 'precision'],
    'docs/citrix-clinical-desktop.md',
    (k) => `# Clinical desktop (Citrix) — build notes

- StoreFront: https://apps.nsh.org/Citrix/ClinicalWeb
- Delivery groups: \`DG-Clinical-W11\`, \`DG-Radiology-HDX\`
- Imprivata OneSign agent 7.11 installed in the golden image; tap-and-go with HID badges.

## Service accounts

| Account | Used for | Password |
|---|---|---|
| NSH\\svc_ctx_sql | Site DB | in CyberArk (safe \`CTX-PROD\`) |
| NSH\\svc_imprivata | OneSign appliance AD sync | ${k.pw()} |
| NSH\\svc_ctx_ldap | NetScaler LDAP bind | ${k.pw()} |
| local \`ctxadmin\` on VDAs | break glass | ${k.n('(LAPS)')} |

## Golden image sealing

\`\`\`powershell
# NetScaler nsroot changed after the pentest finding:
ssh nsroot@10.60.0.5 'set system user nsroot -password ${k.spw()}'
# join domain during MCS prep
Add-Computer -DomainName nsh.local -Credential (New-Object PSCredential('NSH\\svc_join', (ConvertTo-SecureString '${k.spw()}' -AsPlainText -Force))) -Restart
\`\`\`

Badge reader firmware hash: ${k.n(V.sha256(k.g))}
`,
  ),

  hDoc(
    'health-backup-dr-runbook',
    ['prose', 'command-line', 'precision'],
    'runbooks/dr-ehr-reporting-restore.md',
    (k) => `# DR runbook — Reporting (Clarity/Caboodle) restore to the DR site

**Owner:** Data platform · **RTO:** 8 h · **RPO:** 24 h · **Last test:** 2024-04-13 (passed)

## 1. Unlock the backup repository

The Veeam repository is encrypted. The encryption password is in the sealed envelope in the DR safe
and in KeePass ("Veeam repo DRS"). During the test we typed: ${k.pw()}

## 2. Restore the databases

\`\`\`
sqlcmd -S DRSQL01 -U sa -P ${k.spw()} -Q "RESTORE DATABASE Clarity FROM DISK='R:\\\\backup\\\\Clarity_full.bak' WITH MOVE 'Clarity' TO 'E:\\\\data\\\\Clarity.mdf', REPLACE, STATS=5"
\`\`\`

## 3. Re-point ODBC on the report servers

DSN \`ClarityDR\` → DRSQL01, login \`clarity_ro\`, password ${k.pw()}.

## 4. Object storage copy (immutable)

\`\`\`
restic -r s3:https://s3.dr-site.nsh.org/ehr-backups snapshots
# RESTIC_PASSWORD=${k.phrase()}
# AWS_ACCESS_KEY_ID=${k.u(V.awsId(k.g))}
# AWS_SECRET_ACCESS_KEY=${k.prov('AWS', V.awsSecret(k.g))}
\`\`\`

## 5. Verify

Run the validation report; compare row counts (checksum ${k.n(V.md5(k.g))} of the manifest).
`,
  ),

  hDoc(
    'health-ansible-group-vars',
    ['config-syntax', 'precision'],
    'ansible/group_vars/pacs_gateways.yml',
    (k) => `---
dicom_gateway_version: 3.9.2
dicom_gateway_aet: ${k.n('PACSGW01')}
dicom_gateway_port: 11112
dicom_gateway_admin_user: gwadmin
dicom_gateway_admin_password: "{{ vault_dicom_gateway_admin_password }}"
dicom_gateway_ldap_bind_password: !vault |
  $ANSIBLE_VAULT;1.1;AES256
  ${k.n(k.g.hex(64))}
  ${k.g.hex(64)}
  ${k.g.hex(32)}
# old value, before vault (delete me)
# dicom_gateway_ldap_bind_password: "${k.pw()}"
syslog_target: siem.nsh.local
ntp_servers: [ntp1.nsh.local, ntp2.nsh.local]
`,
  ),

  hDoc(
    'health-monitoring-prometheus',
    ['config-syntax', 'precision'],
    'monitoring/prometheus.yml',
    (k) => `global:
  scrape_interval: 30s
scrape_configs:
  - job_name: mirth
    metrics_path: /api/extensions/metrics
    scheme: https
    basic_auth:
      username: monitor
      password: ${k.pw()}
    static_configs:
      - targets: ['mirth01.nsh.local:8443', 'mirth02.nsh.local:8443']
  - job_name: orthanc
    metrics_path: /tools/metrics-prometheus
    basic_auth:
      username: metrics
      password_file: /etc/prometheus/orthanc.pass
    static_configs:
      - targets: ['orthanc01:8042']
  - job_name: iris
    metrics_path: /api/monitor/metrics
    bearer_token: ${k.tok()}
    static_configs:
      - targets: ['hsprod01:52773']
alerting:
  alertmanagers:
    - static_configs:
        - targets: ['alertmanager:9093']
`,
  ),

  hDoc(
    'health-alertmanager-teams',
    ['config-syntax', 'precision'],
    'monitoring/alertmanager.yml',
    (k) => `route:
  receiver: interfaces-oncall
  group_by: [alertname, channel]
receivers:
  - name: interfaces-oncall
    msteams_configs:
      - webhook_url: '${k.prov('Microsoft Teams webhook', V.teamsHook(k.g))}'
    slack_configs:
      - api_url: '${k.prov('Slack webhook', V.slackHook(k.g))}'
        channel: '#hl7-alerts'
    pagerduty_configs:
      - routing_key: ${k.tok()}
  - name: null
`,
  ),

  hDoc(
    'health-powershell-svc-accounts',
    ['code', 'command-line', 'precision'],
    'scripts/Set-InterfaceServiceAccounts.ps1',
    (k) => `# Creates the service accounts for the new interface servers (run once, as domain admin)
param([string]$OU = 'OU=Service Accounts,OU=Interfaces,DC=nsh,DC=local')

$accounts = @(
  @{ Name = 'svc_mirth';   Password = '${k.pw()}' },
  @{ Name = 'svc_rhapsody'; Password = '${k.pw()}' },
  @{ Name = 'svc_orthanc'; Password = (Read-Host -AsSecureString 'svc_orthanc password') }
)

foreach ($a in $accounts) {
  $pw = if ($a.Password -is [securestring]) { $a.Password } else { ConvertTo-SecureString $a.Password -AsPlainText -Force }
  New-ADUser -Name $a.Name -Path $OU -AccountPassword $pw -Enabled $true -PasswordNeverExpires $true
}

# SQL login for the datamart writer
Invoke-Sqlcmd -ServerInstance CLINSQL01 -Query "CREATE LOGIN svc_mirth_dm WITH PASSWORD = N'${k.spw()}', CHECK_POLICY = ON"
`,
  ),
];
