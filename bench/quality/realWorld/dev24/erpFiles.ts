// Credential and config files of ERP back offices that do not fit one product: .pgpass and .netrc on interface
// hosts, AWS credentials of the EDI bucket, Oracle tnsnames and wallets, SAProuter tables, SAP secure store notes,
// PuTTY sessions, supplier-portal SSO settings and spreadsheet exports of the IT password list.
import type { RealWorldDoc } from '../types';
import { rDoc, R } from './erpValues';

export const ERP_FILES_DOCS: RealWorldDoc[] = [
  rDoc(
    'erp-pgpass-odoo-host',
    ['credential-file', 'precision'],
    'home/odoo/.pgpass',
    (k) => `# hostname:port:database:username:password
pg-odoo.internal:5432:kohlmann_prod:odoo:${k.spw()}
pg-odoo.internal:5432:kohlmann_staging:odoo:${k.spw()}
localhost:5432:*:postgres:${k.spw()}
`,
  ),

  rDoc(
    'erp-netrc-interface-host',
    ['credential-file', 'precision'],
    'home/edi/.netrc',
    (k) => `machine ftp.kunde-gross.example
  login KOHL0815
  password ${k.spw()}

machine nexus.kohlmann.example
  login deployer
  password ${k.spw()}

machine api.forwarder.example login ${k.n('anonymous')} password ${k.n('guest@')}
`,
  ),

  rDoc(
    'erp-aws-credentials-edi',
    ['credential-file', 'precision'],
    'home/edi/.aws/credentials',
    (k) => `[default]
region = eu-central-1

[edi-drop]
aws_access_key_id = ${k.u(R.awsId(k.g))}
aws_secret_access_key = ${k.prov('AWS secret access key', R.awsSecret(k.g))}

[retailer-portal-readonly]
aws_access_key_id = ${k.n('AKIAIOSFODNN7EXAMPLE')}
aws_secret_access_key = ${k.n('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')}
`,
  ),

  rDoc(
    'erp-tnsnames-and-sqlnet',
    ['config-syntax', 'precision'],
    'oracle/network/admin/README-connect.txt',
    (k) => `# tnsnames.ora (excerpt)
PROD =
  (DESCRIPTION =
    (ADDRESS = (PROTOCOL = TCP)(HOST = ebsdb01.corp.local)(PORT = 1521))
    (CONNECT_DATA = (SERVICE_NAME = PROD)))

# connect examples for the reporting team
sqlplus xx_report/${k.cs()}@PROD
sqlplus /@PROD_WALLET          -- uses the wallet, no password on the command line
mkstore -wrl /u01/wallet -createCredential PROD_WALLET xx_report ${k.n('<password>')}
# wallet auto-login file cwallet.sso, checksum ${k.n(R.md5(k.g))}
`,
  ),

  rDoc(
    'erp-saprouttab',
    ['config-syntax', 'precision'],
    'usr/sap/saprouter/saprouttab',
    (k) => `# SAProuter route permission table
# P/S/D  source-host  dest-host   dest-serv  password
P0,1    *  ${R.ipv4(k.g, '10.10')}  3200  ${k.s('password', k.g.alnum(8))}
P0,1    *  ${R.ipv4(k.g, '10.10')}  3299  *
KP  "CN=sapserv2, OU=SAProuter, O=SAP, C=DE"  ${R.ipv4(k.g, '10.10')}  3200
D   *  *  *
# route string for SAP support: /H/${k.n('194.39.131.34')}/S/3299/W/${k.n('(route password, see above)')}/H/
`,
  ),

  rDoc(
    'erp-putty-sessions-reg',
    ['config-syntax', 'precision'],
    'exports/putty-sessions.reg',
    (k) => `Windows Registry Editor Version 5.00

[HKEY_CURRENT_USER\\Software\\SimonTatham\\PuTTY\\Sessions\\ebs-app01]
"HostName"="applmgr@ebs-app01.corp.local"
"PortNumber"=dword:00000016
"PublicKeyFile"="C:\\\\keys\\\\applmgr.ppk"
"RemoteCommand"="echo ${k.spw()} | sudo -S -u oracle /u01/scripts/status.sh"

[HKEY_CURRENT_USER\\Software\\SimonTatham\\PuTTY\\SshHostKeys]
"ssh-ed25519@22:ebs-app01.corp.local"="${k.n('0x' + k.g.hex(64) + ',0x' + k.g.hex(64))}"
`,
  ),

  rDoc(
    'erp-it-password-list-csv',
    ['config-syntax', 'precision'],
    'exports/IT_Kennwoerter_Werk.csv',
    (k) => `System;Benutzer;Kennwort;Bemerkung
SAP PRD;DDIC;${k.n('im Tresor')};Notfallumschlag
SAP PRD;SAP*;${k.n('deaktiviert')};login/no_automatic_user_sapstar=1
Waage Wareneingang;admin;${k.dev()};Bizerba
Kepware;Administrator;${k.hpw()};Runtime-Admin
MES SQL;sa;${k.s('password', R.generated(k.g).replace(/;/g, ''))};nur Notfall
NAS Backup;backup;${k.hpw()};
Firewall Halle 2;${k.n('admin')};${k.n('siehe KeePass')};
Etikettendrucker;admin;${k.u('1234')};Werkseinstellung
`,
  ),

  rDoc(
    'erp-supplier-portal-sso-properties',
    ['config-syntax', 'precision'],
    'supplier-portal/src/main/resources/application-prod.properties',
    (k) => `server.port=8443
spring.datasource.url=jdbc:postgresql://pg-portal01:5432/portal
spring.datasource.username=portal_app
spring.datasource.password=${k.spw()}
spring.security.oauth2.client.registration.azure.client-id=${k.n(k.g.uuid())}
spring.security.oauth2.client.registration.azure.client-secret=${k.prov('Azure AD client secret', R.azureSecret(k.g))}
spring.mail.password=${k.n('${MAIL_PASSWORD}')}
sendgrid.api-key=${k.prov('SendGrid API key', R.sendgrid(k.g))}
spring.rabbitmq.addresses=amqps://portal:${k.cs()}@rabbit01.kohlmann.example:5671
portal.invite.token-validity=P7D
portal.jwt.signing-secret=${k.s('token', k.g.base64(44))}
# supplier DUNS used in the demo tenant: ${k.n(R.duns(k.g))}
`,
  ),

  rDoc(
    'erp-opcua-client-private-key',
    ['credential-file', 'precision'],
    'gateway/certs/opcua_client_key.pem',
    (k) => `${k.key(R.pem(k.g, 'RSA PRIVATE KEY'))}
`,
  ),

  rDoc(
    'erp-opcua-cert-public',
    ['precision'],
    'gateway/certs/opcua_client_cert.pem',
    (k) => `# OPC UA client application instance certificate (public, goes into the server's trusted list)
# Thumbprint ${k.n(R.thumbprint(k.g))}
${k.n(R.certPem(k.g))}
`,
  ),

  rDoc(
    'erp-edge-device-ec-key',
    ['credential-file', 'precision'],
    'edge/provisioning/line4-edge.key',
    (k) => `${k.key(R.pem(k.g, 'EC PRIVATE KEY'))}
`,
  ),

  rDoc(
    'erp-iot-hub-device-config',
    ['config-syntax', 'precision'],
    'edge/provisioning/config.toml',
    (k) => `# Azure IoT Edge runtime – line 4 gateway
hostname = "line4-edge"

[provisioning]
source = "manual"
connection_string = "HostName=kohlmann-plants.azure-devices.net;DeviceId=line4-edge;SharedAccessKey=${k.prov('Azure IoT Hub device key', R.azureSasKey(k.g))}"

[agent.config]
image = "mcr.microsoft.com/azureiotedge-agent:1.5"

[cert_issuance]
# device identity cert thumbprint (public): ${k.n(R.thumbprint(k.g))}
`,
  ),

  rDoc(
    'erp-atlassian-jira-automation',
    ['config-syntax', 'http-auth', 'precision'],
    'jira-sync/.env.production',
    (k) => `# Sync of quality notifications (QM) into Jira Service Management
JIRA_BASE_URL=https://kohlmann.atlassian.net
JIRA_USER=qm-bot@kohlmann.example
JIRA_API_TOKEN=${k.prov('Atlassian API token', R.atlassian(k.g))}
SAP_QM_USER=RFC_QM
SAP_QM_PASSWORD=${k.spw()}
DATADOG_API_KEY=${k.prov('Datadog API key', R.datadog(k.g))}
DATABASE_URL=mysql://jira_sync:${k.cs()}@mysql-tools01:3306/jira_sync
QM_WEBHOOK_SECRET=${k.hex(64)}
DATADOG_APP_KEY=${k.n('${DD_APP_KEY}')}
QM_NOTIFICATION_EXAMPLE=${k.n('2000' + k.g.digits(8))}
`,
  ),
];
