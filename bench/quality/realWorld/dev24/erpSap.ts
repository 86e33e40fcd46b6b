// SAP Basis and ABAP files: sapnwrfc.ini, pyrfc scripts, hdbuserstore and sapcontrol command lines, saplogon.ini,
// ABAP reports with logins in comments, Cloud Connector notes and BTP service keys, beside transports, clients,
// material numbers, hardware keys and password hashes.
import type { RealWorldDoc } from '../types';
import { rDoc, R } from './erpValues';

export const ERP_SAP_DOCS: RealWorldDoc[] = [
  rDoc(
    'erp-sapnwrfc-ini',
    ['config-syntax', 'credential-file', 'precision'],
    'integration/rfc/sapnwrfc.ini',
    (k) => `/* RFC destinations for the MES bridge – keep in sync with SM59 */
DEST=PRD
ASHOST=${R.ipv4(k.g)}
SYSNR=00
CLIENT=${k.n('100')}
USER=RFC_MES
PASSWD=${k.spw()}
LANG=EN
TRACE=0

DEST=QAS
ASHOST=sapqas01.corp.local
SYSNR=10
CLIENT=${k.n('300')}
USER=RFC_MES
PASSWD=${k.spw()}
LANG=DE

DEST=DEV
MSHOST=sapdev-ms.corp.local
GROUP=PUBLIC
R3NAME=DEV
CLIENT=${k.n('200')}
USER=${k.n('SAPUSER')}
PASSWD=${k.ph()}
`,
  ),

  rDoc(
    'erp-pyrfc-read-table',
    ['code', 'defaults-in-code', 'precision'],
    'scripts/extract_mara.py',
    (k) => `"""Pull MARA/MARC for the planning cube. Run nightly from the jump host."""
import os
from pyrfc import Connection

conn = Connection(
    ashost="sapprd-ci.corp.local",
    sysnr="00",
    client="${k.n('100')}",
    user="RFC_BW_EXTR",
    passwd=os.environ.get("SAP_PASSWD", "${k.s('password', R.anyPw(k.g))}"),
    lang="EN",
)

# material ${k.n(R.matnr(k.g))} is the reference part for the test; plant ${k.n('1010')}
result = conn.call(
    "RFC_READ_TABLE",
    QUERY_TABLE="MARC",
    DELIMITER="|",
    OPTIONS=[{"TEXT": "WERKS = '1010'"}],
    FIELDS=[{"FIELDNAME": "MATNR"}, {"FIELDNAME": "DISPO"}],
)
for row in result["DATA"]:
    print(row["WA"])
`,
  ),

  rDoc(
    'erp-hdbuserstore-history',
    ['command-line', 'precision'],
    'home/hdbadm/.bash_history',
    (k) => `cd /usr/sap/HDB/HDB00
HDB info
hdbuserstore list
hdbuserstore SET BACKUP hanaprd01:30015 BACKUP_OPERATOR ${k.spw()}
hdbuserstore SET SYSTEMDB hanaprd01:30013 SYSTEM ${k.spw()}
hdbsql -U BACKUP "BACKUP DATA USING FILE ('COMPLETE_DATA_BACKUP')"
hdbsql -n hanaprd01:30015 -u SYSTEM -p ${k.spw()} "select * from m_service_memory"
sapcontrol -nr 00 -function GetProcessList
sapcontrol -nr 00 -user hdbadm ${k.spw()} -function StopSystem HDB
hdbuserstore DELETE OLDKEY
ls -la /hana/shared/HDB/global/hdb/custom/config
md5sum /hana/backup/data/COMPLETE_DATA_BACKUP_databackup_0_1
# ${k.n(R.md5(k.g))}
`,
  ),

  rDoc(
    'erp-saplogon-ini',
    ['config-syntax', 'precision'],
    'users/AppData/Roaming/SAP/Common/saplogon.ini',
    (k) => `[Configuration]
SessManNewKey=${k.n('{' + k.g.uuid().toUpperCase() + '}')}
[Description]
Item1=PRD - S/4HANA Produktion
Item2=QAS - Qualitaetssicherung
Item3=DEV - Entwicklung
[Server]
Item1=${R.ipv4(k.g)}
Item2=sapqas01
Item3=sapdev01
[Database]
Item1=00
Item2=10
Item3=20
[Client]
Item1=${k.n('100')}
Item2=${k.n('300')}
Item3=${k.n('200')}
[User]
Item1=MKOWALSKI
Item2=MKOWALSKI
Item3=MKOWALSKI
; someone's notes: QAS pw ${k.hpw()} / DEV pw ${k.hpw()}
[Language]
Item1=DE
Item2=DE
Item3=EN
`,
  ),

  rDoc(
    'erp-abap-rfc-destination',
    ['code', 'precision'],
    'src/zmm_send_stock_to_wms.prog.abap',
    (k) => `*&---------------------------------------------------------------------*
*& Report ZMM_SEND_STOCK_TO_WMS
*& Sends unrestricted stock per storage location to the 3PL WMS.
*& Transport ${k.n(R.transport(k.g))}, CR ${k.n(R.ticket(k.g))}
*&---------------------------------------------------------------------*
* Destination WMS_3PL (SM59) logs on as user WMS_IF
* pw in QAS was ${k.hpw()}  -> in PRD use ${k.gpw()}   (TODO remove before transport!)
REPORT zmm_send_stock_to_wms.

DATA: lt_stock TYPE TABLE OF zmm_s_stock,
      lv_msg   TYPE c LENGTH 255.

PARAMETERS: p_werks TYPE werks_d DEFAULT '${k.n('1010')}',
            p_lgort TYPE lgort_d DEFAULT '${k.n('0001')}'.

SELECT matnr, werks, lgort, labst FROM nsdm_v_mard
  INTO TABLE @lt_stock
  WHERE werks = @p_werks AND lgort = @p_lgort.

CALL FUNCTION 'Z_WMS_STOCK_UPLOAD'
  DESTINATION 'WMS_3PL'
  TABLES
    it_stock              = lt_stock
  EXCEPTIONS
    communication_failure = 1 MESSAGE lv_msg
    system_failure        = 2 MESSAGE lv_msg.
`,
  ),

  rDoc(
    'erp-cloud-connector-notes',
    ['prose', 'config-syntax', 'precision'],
    'docs/basis/cloud-connector-setup.md',
    (k) => `# SAP Cloud Connector – installation notes (SCC 2.17)

1. Installed on \`scc01.corp.local\`, admin UI on port 8443.
2. Initial login is \`Administrator\` / ${k.n('manage')} (documented default, must be changed at first logon).
   New admin password: ${k.hpw()} (stored in KeePass under "SCC admin" as well).
3. Subaccount: region \`eu10\`, subaccount id ${k.n(k.g.uuid())}.
4. Location ID: \`PLANT_LINZ\`.
5. Backend mapping: virtual host \`s4-virtual:443\` → \`sapprd-ci.corp.local:44300\`, principal type X.509.
6. Backup of the configuration is encrypted with the password ${k.gpw()}.

The system certificate thumbprint is ${k.n(R.thumbprint(k.g))}.
`,
  ),

  rDoc(
    'erp-btp-service-key',
    ['credential-file', 'config-syntax', 'precision'],
    'btp/mes-bridge-xsuaa-key.json',
    (k) => `{
  "apiurl": "https://api.authentication.eu10.hana.ondemand.com",
  "clientid": "${k.n(R.xsuaaClient(k.g))}",
  "clientsecret": "${k.prov('SAP BTP XSUAA', R.xsuaaSecret(k.g))}",
  "credential-type": "binding-secret",
  "identityzone": "kohlmann-prod",
  "identityzoneid": "${k.n(k.g.uuid())}",
  "sburl": "https://internal-xsuaa.authentication.eu10.hana.ondemand.com",
  "subaccountid": "${k.n(k.g.uuid())}",
  "tenantid": "${k.n(k.g.uuid())}",
  "tenantmode": "dedicated",
  "uaadomain": "authentication.eu10.hana.ondemand.com",
  "url": "https://kohlmann-prod.authentication.eu10.hana.ondemand.com",
  "verificationkey": "${k.n(R.pubPem(k.g).replace(/\n/g, ''))}",
  "xsappname": "mes-bridge!t${k.n(k.g.digits(5))}"
}
`,
  ),

  rDoc(
    'erp-basis-golive-runbook',
    ['prose', 'command-line', 'precision'],
    'runbooks/s4-golive-cutover.md',
    (k) => `# S/4HANA go-live cutover – Basis steps

| Step | Owner | Command / note |
|---|---|---|
| 1 | Basis | Lock all dialog users except the cutover team: \`SU10\` |
| 2 | Basis | Stop batch: \`BTCTRNS1\` |
| 3 | Basis | Import ${k.n(R.transport(k.g))} and ${k.n(R.transport(k.g))} into PRD client ${k.n('100')} |
| 4 | DBA | \`hdbsql -U SYSTEMDB -d SYSTEMDB "BACKUP DATA FOR HDB USING FILE ('pre_golive')"\` |
| 5 | Basis | Reset DDIC in client 000: new password ${k.s('password', R.safePw(k.g))} (sealed envelope #3) |
| 6 | Basis | Firefighter user FF_BASIS01, initial password ${k.init()} |
| 7 | Data | LSMW load of ${k.n('4.812')} materials, first ${k.n(R.matnr(k.g))} |

Hardware key for the new license: ${k.n(R.hwKey(k.g))}, installation number ${k.n(R.installNo(k.g))} (both go to
the license request; neither is a secret).
Password rules for PRD: \`login/min_password_lng = ${k.n('10')}\`, \`login/min_password_digits = ${k.n('1')}\`.
`,
  ),

  rDoc(
    'erp-se16-usr02-export',
    ['logs-and-output', 'precision'],
    'audit/usr02_export_2026-02.txt',
    (k) => `Table:          USR02
Displayed fields:  6 of  52  Fixed columns:  2  List width 0250
----------------------------------------------------------------------------------------------------------
|MANDT|BNAME        |USTYP|CLASS       |TRDAT     |PWDSALTEDHASH                                              |
----------------------------------------------------------------------------------------------------------
|100  |DDIC         |A    |SUPER       |12.02.2026|${k.n(R.sapHash(k.g))}|
|100  |RFC_MES      |B    |INTERFACE   |14.02.2026|${k.n(R.sapHash(k.g))}|
|100  |WF-BATCH     |B    |SYSTEM      |14.02.2026|${k.n(R.sapHash(k.g))}|
|100  |FF_BASIS01   |A    |FIREFIGHTER |          |${k.n(R.sapHash(k.g))}|
----------------------------------------------------------------------------------------------------------
Audit note: hashes only, no clear-text passwords were exported. Change request ${k.n(R.ticket(k.g))}.
`,
  ),

  rDoc(
    'erp-sapcontrol-ps1',
    ['code', 'command-line', 'precision'],
    'scripts/Restart-SapInstance.ps1',
    (k) => `# Restarts the ABAP instance on the app servers after the Windows patch weekend.
param(
    [string]$Sid = "PRD",
    [string[]]$Hosts = @("sapprd-app1", "sapprd-app2")
)
$adm = "$($Sid.ToLower())adm"
# service user password (TODO: use Get-Secret)
$pw = '${k.s('password', R.anyPw(k.g).replace(/'/g, ''))}'
foreach ($h in $Hosts) {
    & sapcontrol.exe -prot PIPE -host $h -nr 00 -user $adm $pw -function RestartInstance
    & sapcontrol.exe -prot PIPE -host $h -nr 00 -user $adm $pw -function WaitforStarted 600 10
}
$cred = Get-Secret -Name "SAP-$Sid-adm" -Vault ${k.n('BasisVault')}
Write-Host "Done. Instance number 00, kernel patch ${k.n('7.93 PL 120')}"
`,
  ),

  rDoc(
    'erp-sap-jco-properties',
    ['config-syntax', 'precision'],
    'mii/config/PRD.jcoDestination',
    (k) => `#SAP JCo destination for MII -> ERP
#${new Date(Date.UTC(2026, 1, 3)).toUTCString()}
jco.client.ashost=sapprd-ci.corp.local
jco.client.sysnr=00
jco.client.client=${k.n('100')}
jco.client.lang=en
jco.client.user=RFC_MII
jco.client.passwd=${k.spw()}
jco.destination.pool_capacity=5
jco.destination.peak_limit=20
# QAS used the same user with ${k.n('${sap.qas.passwd}')}
jco.client.saprouter=/H/${R.ipv4(k.g, '192.168')}/S/3299/H/
`,
  ),

  rDoc(
    'erp-abap-http-client',
    ['code', 'http-auth', 'precision'],
    'src/zcl_carrier_label_api.clas.abap',
    (k) => `CLASS zcl_carrier_label_api IMPLEMENTATION.
  METHOD create_label.
    DATA lo_client TYPE REF TO if_http_client.
    cl_http_client=>create_by_url(
      EXPORTING url    = 'https://api.parcel-carrier.example/v2/labels'
      IMPORTING client = lo_client ).
    " API key from the carrier portal (account ${k.n(k.g.digits(10))})
    lo_client->request->set_header_field( name  = 'X-Api-Key'
                                          value = '${k.http(k.g.alnum(32))}' ).
    lo_client->request->set_header_field( name  = 'Authorization'
                                          value = 'Basic ${k.basic('KOHLMANN_EDI')}' ).
    lo_client->request->set_header_field( name  = 'X-Request-Id'
                                          value = '${k.n(k.g.uuid())}' ).
    " SSCC of the handling unit: ${k.n(R.sscc(k.g))}
    lo_client->send( ).
    lo_client->receive( ).
  ENDMETHOD.
ENDCLASS.
`,
  ),

  rDoc(
    'erp-solman-ticket-de',
    ['prose', 'precision'],
    'tickets/SM-2026-0412.txt',
    (k) => `Meldung ${k.n(R.ticket(k.g))} – Priorität 2 – Komponente BC-SEC-USR

Hallo Basis-Team,

der Kommunikationsbenutzer RFC_EWM im Mandanten ${k.n('100')} ist seit heute Nacht gesperrt (zu viele
Falschanmeldungen, Transaktion SU01 zeigt "Falsches Kennwort"). Bitte entsperren und das Kennwort auf
${k.hpw()} zurücksetzen, das steht auch so in SM59 der EWM-Seite.

Das alte Kennwort (${k.n('********')}) bitte nicht mehr verwenden.
Betroffene Lieferungen: ${k.n(R.delivery(k.g))}, ${k.n(R.delivery(k.g))}

Danke und Gruß
Jana (Key-User Logistik)
`,
  ),
];
