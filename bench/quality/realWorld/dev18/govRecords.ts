// Document and records management, case management and ERP in administrations: Alfresco, SharePoint on-prem,
// OpenText, d.3, Fabasoft, SAP RFC (sapnwrfc.ini, JCo destinations), Oracle EBS, PeopleSoft, Tyler Munis and
// CentralSquare integrations, as their config files and scripts really look.
import type { RealWorldDoc } from '../types';
import { gDoc, V } from './govValues';

export const GOV_RECORDS_DOCS: RealWorldDoc[] = [
  gDoc(
    'gov-alfresco-global-properties',
    ['config-syntax', 'precision'],
    'alfresco/shared/classes/alfresco-global.properties',
    (k) => `###############################
## Alfresco — Archivsystem Kreisverwaltung
dir.root=/opt/alfresco/alf_data
db.driver=org.postgresql.Driver
db.username=alfresco
db.password=${k.pw()}
db.url=jdbc:postgresql://pg-dms.kreis.local:5432/alfresco

ldap.authentication.java.naming.provider.url=ldaps://dc01.kreis.local:636
ldap.synchronization.java.naming.security.principal=CN=svc-alfresco,OU=Dienste,DC=kreis,DC=local
ldap.synchronization.java.naming.security.credentials=${k.pw()}

mail.host=relay.kreis.local
mail.username=alfresco
mail.password=${k.hpw()}

# Solr shared secret (Alfresco 7.2+)
solr.secureComms=secret
solr.sharedSecret=${k.tok()}
# Example from the docs, kept for reference:
# solr.sharedSecret=${k.n('mysolrsecret')}

# Aktenplan root and retention
records.fileplan.root=${k.n(V.aktenzeichen(k.g))}
index.subsystem.name=solr6
`,
  ),

  gDoc(
    'gov-sharepoint-onprem-ps1',
    ['code', 'command-line', 'precision'],
    'scripts/Sync-Sitzungsdienst.ps1',
    (k) => `# Copies council session documents from SharePoint 2019 (on-prem) to the public Ratsinformationssystem
param(
    [string]$SiteUrl = "https://sp.intranet.stadt.local/sites/sitzungsdienst",
    [string]$Library = "Vorlagen"
)
Import-Module PnP.PowerShell
$user = "STADT\\svc-ris-sync"
$pw = ConvertTo-SecureString "${k.pw()}" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pw)
Connect-PnPOnline -Url $SiteUrl -Credentials $cred

# RIS upload API (SessionNet)
$headers = @{ "X-Api-Key" = "${k.http(k.g.hex(40))}" }
$items = Get-PnPListItem -List $Library -PageSize 200
foreach ($i in $items) {
    $ref = $i["Aktenzeichen"]   # e.g. ${k.n(V.aktenzeichen(k.g))}
    Invoke-RestMethod -Uri "https://ris.stadt.example/api/vorlagen/$ref" -Method Put -Headers $headers -InFile $i.FieldValues.FileRef
}
# Old approach (do not use): Get-Credential -UserName "STADT\\svc-ris-sync" -Message "Passwort"
`,
  ),

  gDoc(
    'gov-sapnwrfc-ini',
    ['config-syntax', 'credential-file'],
    'integration/sap/sapnwrfc.ini',
    (k) => `/*  RFC destinations for the Finanzwesen interface (SAP PSM / FI) */
DEST=PRD_FI
ASHOST=sapprd-ci.land.local
SYSNR=00
CLIENT=100
USER=RFC_KASSE
PASSWD=${k.spw()}
LANG=DE

DEST=QAS_FI
ASHOST=sapqas-ci.land.local
SYSNR=10
CLIENT=200
USER=RFC_KASSE
PASSWD=${k.racf()}
LANG=DE
TRACE=0

DEST=DEV_FI
MSHOST=sapdev-ms.land.local
GROUP=PUBLIC
CLIENT=300
USER=RFC_DEV
PASSWD=${k.ph()}
`,
  ),

  gDoc(
    'gov-sap-jco-destination',
    ['config-syntax'],
    'mule/src/main/resources/PRD_HR.jcoDestination',
    (k) => `#for tests only !
jco.client.lang=de
jco.client.client=100
jco.client.passwd=${k.pw()}
jco.client.user=RFC_PERSONAL
jco.client.sysnr=00
jco.client.ashost=saphr-prd.verwaltung.local
jco.destination.pool_capacity=3
jco.destination.peak_limit=10
`,
  ),

  gDoc(
    'gov-oracle-ebs-dbc-and-tns',
    ['config-syntax', 'command-line', 'precision'],
    'ebs/notes/apps-clone.txt',
    (k) => `EBS 12.2 clone PROD -> TEST (Finance Dept), steps as run on 2025-03-14

1. on target app tier:
   perl adcfgclone.pl appsTier
   (prompts: APPS password -> ${k.racf()} , WebLogic AdminServer password -> ${k.spw()})
2. sqlplus apps/${k.spw()}@EBSTEST @fnd_conc_clone_setup.sql
3. FNDCPASS apps/${k.spw()} 0 Y system/${k.spw()} SYSTEM APPLSYS ${k.n('<new-apps-pw>')}
4. check: select count(*) from fnd_user where end_date is null;

tnsnames entry:
EBSTEST = (DESCRIPTION=(ADDRESS=(PROTOCOL=tcp)(HOST=ebs-db-test.fin.local)(PORT=1521))(CONNECT_DATA=(SERVICE_NAME=EBSTEST)))

dbc file GUEST_USER_PWD=${k.u('GUEST/ORACLE')}  (default guest, unchanged since install)
APPL_SERVER_ID=${k.n(k.g.hex(64).toUpperCase())}
`,
  ),

  gDoc(
    'gov-peoplesoft-psappsrv-cfg',
    ['config-syntax', 'precision'],
    'psft/appserv/HCMPRD/psappsrv.cfg',
    (k) => `[Startup]
;=========================================================================
; Database Signon settings
;=========================================================================
DBName=HCMPRD
DBType=ORACLE
UserId=PS
UserPswd=${k.u('PS')}
ConnectId=people
ConnectPswd=${k.spw()}
ServerName=
StandbyDBName=
StandbyDBType=
StandbyUserId=
StandbyUserPswd=

[Domain Settings]
Domain ID=HCMPRD
Add to PATH=
DomainConnectionPwd=${k.n('{V2.1}' + k.g.base64(40) + '=')}

[Integration Broker]
IB Gateway URL=https://psgw.state.local/PSIGW/PeopleSoftListeningConnector
IB Node password=${k.pw()}
`,
  ),

  gDoc(
    'gov-munis-api-client',
    ['code', 'precision'],
    'munis-sync/munis_client.py',
    (k) => `"""Pulls AP vendor payments from Tyler Munis (Tyler Identity / ERP Pro API) for the open checkbook site."""
import os
import requests

TOKEN_URL = "https://identity.tylerportico.com/connect/token"
API = "https://countyerp.tylerhost.net/prod/munis/gateway/api"

CLIENT_ID = "county-checkbook"
# TODO: move to Key Vault; rotated by Tyler support on ticket ${k.n(V.ticket(k.g))}
CLIENT_SECRET = "${k.tok()}"
FALLBACK_SECRET = os.environ.get("MUNIS_CLIENT_SECRET", "")


def token() -> str:
    r = requests.post(TOKEN_URL, data={"grant_type": "client_credentials", "client_id": CLIENT_ID,
                                      "client_secret": CLIENT_SECRET, "scope": "munis.ap.read"})
    r.raise_for_status()
    return r.json()["access_token"]


def payments(fiscal_year: int):
    h = {"Authorization": f"Bearer {token()}"}
    return requests.get(f"{API}/ap/payments?fy={fiscal_year}", headers=h, timeout=60).json()
`,
  ),

  gDoc(
    'gov-centralsquare-odbc-config',
    ['config-syntax', 'precision'],
    'integrations/centralsquare/finance-export.config',
    (k) => `<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="OneSolution" connectionString="Data Source=cssqlprd01;Initial Catalog=OneSolution_PRD;User ID=os_export;Password=${k.cs()};" providerName="System.Data.SqlClient" />
    <add name="Staging" connectionString="Data Source=sqlstage;Initial Catalog=FinStage;Integrated Security=SSPI;" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="SftpHost" value="sftp.state-comptroller.example" />
    <add key="SftpUser" value="county047" />
    <add key="SftpPassword" value="${k.spw()}" />
    <add key="VendorTaxIdMask" value="${k.n('XX-XXX' + k.g.digits(4))}" />
    <add key="FiscalYearStart" value="07-01" />
  </appSettings>
</configuration>
`,
  ),

  gDoc(
    'gov-fabasoft-d3-notes',
    ['prose', 'config-syntax'],
    'wiki/dms/fabasoft-d3-schnittstelle.md',
    (k) => `# Schnittstelle Fabasoft eGov-Suite ↔ d.3ecm (Bauamt)

Die Übergabe läuft nachts per d.3 hostimport. Technischer Benutzer im d.3: \`d3_import\`, Passwort: \`${k.pw()}\`
(steht auch im Passwortsafe unter *DMS/Import*).

Fabasoft Web Service (Mindbreeze-Export) nutzt den Dienstbenutzer \`svc_fsc_export\` mit dem Kennwort ${k.hpw()}

\`\`\`ini
[d3_hostimport]
server=d3app01.bauamt.local
repository=B
user=d3_import
password=${k.n('siehe Passwortsafe')}
\`\`\`

Aktenzeichen-Format: ${k.n(V.aktenzeichen(k.g))}; Geschäftszahl im ELAK: ${k.n('GZ ' + k.g.digits(4) + '-' + k.g.digits(4))}.
`,
  ),

  gDoc(
    'gov-opentext-content-server-ini',
    ['config-syntax', 'precision'],
    'otcs/config/opentext.ini',
    (k) => `[general]
AdminPwd=${k.n(V.md5(k.g))}
dbconnretries=5
[dbconnection:otcs_prod]
CONNECTION=otcs-db.province.local
USER=otcs
PASSWORD=${k.n('0x' + k.g.hex(48))}
; ^ encrypted by Content Server, not usable as such
[otds]
otdsserverurl=https://otds.province.local/otdsws
resourceid=${k.n(k.g.uuid())}
; temporary while otds sync is broken — remove after INC fix
ldap_bind_pwd_plain=${k.pw()}
`,
  ),

  gDoc(
    'gov-records-retention-api-yaml',
    ['config-syntax', 'precision'],
    'records-api/application-prod.yml',
    (k) => `spring:
  datasource:
    url: jdbc:sqlserver://sql-records.state.local:1433;databaseName=Records;encrypt=true
    username: records_app
    password: ${k.pw()}
  mail:
    host: smtp.state.local
    password: \${${k.n('SMTP_PASSWORD')}}
records:
  archive:
    s3:
      endpoint: https://s3.us-gov-west-1.amazonaws.com
      bucket: state-records-archive
      access-key: ${k.u(V.awsId(k.g))}
      secret-key: ${k.prov('AWS secret access key', V.awsSecret(k.g))}
  retention:
    schedule-id: ${k.n('GRS-' + k.g.digits(3) + '-' + k.g.digits(2))}
`,
  ),
];
