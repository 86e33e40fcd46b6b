// Oracle EBS, JD Edwards, NetSuite, Epicor, Sage and Infor admins' files: concurrent-manager shell scripts with
// apps/X, jde.ini, NetSuite TBA scripts and SuiteScript, Epicor REST calls, Sage X3 and 300 connection files,
// Infor ION API files, beside request ids, internal ids, company codes and responsibility names.
import type { RealWorldDoc } from '../types';
import { rDoc, R } from './erpValues';

export const ERP_ORACLE_DOCS: RealWorldDoc[] = [
  rDoc(
    'erp-ebs-cloning-script',
    ['command-line', 'code', 'precision'],
    'scripts/ebs/post_clone_TEST.sh',
    (k) => `#!/bin/ksh
# Post-clone steps PROD -> TEST (Oracle EBS R12.2)
. /u01/app/TEST/EBSapps.env run
APPS_PWD=${k.s('password', R.safePw(k.g))}
SYSTEM_PWD=${k.s('password', R.safePw(k.g))}

sqlplus -s apps/$APPS_PWD@TEST <<EOF
update fnd_concurrent_requests set phase_code='C', status_code='D' where phase_code='P';
update fnd_profile_option_values set profile_option_value='TEST' where profile_option_id=125;
commit;
EOF

# reset the sysadmin password for the testers
FNDCPASS apps/$APPS_PWD 0 Y system/$SYSTEM_PWD USER SYSADMIN ${k.spw()}
# XX custom schema
FNDCPASS apps/$APPS_PWD 0 Y system/$SYSTEM_PWD ORACLE XXKOH ${k.spw()}
adautocfg.sh appspass=$APPS_PWD
echo "Clone of request ${k.n(k.g.digits(8))} finished"
`,
  ),

  rDoc(
    'erp-ebs-crontab',
    ['command-line', 'precision'],
    'var/spool/cron/applmgr',
    (k) => `# m h dom mon dow command
15 2 * * * /u01/scripts/purge_fnd_logs.sh apps/${k.cs()}@PROD >/tmp/purge.log 2>&1
30 6 * * 1-5 sqlplus -s apps/${k.cs()}@PROD @/u01/scripts/open_po_report.sql > /u01/out/open_po.lst
0 */4 * * * /u01/scripts/check_cm.sh >/dev/null 2>&1
# 0 3 * * 0 sqlplus apps/${k.n('${APPS_PWD}')}@PROD @gather_stats.sql
`,
  ),

  rDoc(
    'erp-jde-ini',
    ['config-syntax', 'precision'],
    'E920/system/bin32/jde.ini',
    (k) => `[DEBUG]
Output=NONE
Trace=FALSE

[DB SYSTEM SETTINGS]
Version=43
Default User=JDE
Default Role=*ALL
Default Env=JDV920
Default PathCode=DV920
Base Datasource=System - 920
Server=jdeent01
Database=JDEPROD

[SECURITY]
SecurityServer=jdeent01
User=JDE
Password=${k.s('password', R.safePw(k.g))}
DefaultEnvironment=JDV920
DataSource=System - 920
History=0

[JDENET]
serviceNameListen=6017
serviceNameConnect=6017
; the ais user: AISUSER / ${k.hpw()}
`,
  ),

  rDoc(
    'erp-netsuite-tba-python',
    ['code', 'http-auth', 'precision'],
    'etl/netsuite_pull_items.py',
    (k) => `"""Pull inventory items from NetSuite REST (SuiteQL) with token-based authentication."""
import requests
from requests_oauthlib import OAuth1

ACCOUNT = "${k.n(k.g.digits(7))}_SB1"
CONSUMER_KEY = "${k.u(R.nsHex(k.g))}"
CONSUMER_SECRET = "${k.prov('NetSuite TBA consumer secret', R.nsHex(k.g))}"
TOKEN_ID = "${k.u(R.nsHex(k.g))}"
TOKEN_SECRET = "${k.prov('NetSuite TBA token secret', R.nsHex(k.g))}"

auth = OAuth1(CONSUMER_KEY, CONSUMER_SECRET, TOKEN_ID, TOKEN_SECRET, realm=ACCOUNT, signature_method="HMAC-SHA256")
url = f"https://{ACCOUNT.lower().replace('_', '-')}.suitetalk.api.netsuite.com/services/rest/query/v1/suiteql"
q = {"q": "SELECT id, itemid, displayname FROM item WHERE isinactive = 'F'"}
r = requests.post(url, json=q, auth=auth, headers={"Prefer": "transient"})
# internal id of the test item: ${k.n(R.nsId(k.g))}
print(r.status_code, len(r.json().get("items", [])))
`,
  ),

  rDoc(
    'erp-netsuite-suitescript',
    ['code', 'precision'],
    'suitescripts/ue_so_sync_wms.js',
    (k) => `/**
 * @NApiVersion 2.1
 * @NScriptType UserEventScript
 */
define(['N/https', 'N/runtime', 'N/log'], (https, runtime, log) => {
  // WMS credentials – moved to script parameters in v2, this fallback is still deployed
  const WMS_USER = 'netsuite_sync';
  const WMS_PASS = '${k.s('password', R.anyPw(k.g).replace(/'/g, ''))}';
  const afterSubmit = (ctx) => {
    const so = ctx.newRecord;
    const apiKey = runtime.getCurrentScript().getParameter({ name: 'custscript_wms_api_key' });
    const res = https.post({
      url: 'https://wms.3pl-partner.example/api/orders',
      headers: { 'X-Api-Key': apiKey, 'Content-Type': 'application/json' },
      body: JSON.stringify({ tranid: so.getValue('tranid'), user: WMS_USER, pass: WMS_PASS }),
    });
    log.audit('WMS sync', \`SO \${so.id} -> \${res.code}\`); // e.g. internal id ${k.n(R.nsId(k.g))}
  };
  return { afterSubmit };
});
`,
  ),

  rDoc(
    'erp-epicor-rest-powershell',
    ['code', 'http-auth', 'precision'],
    'scripts/Get-EpicorJobs.ps1',
    (k) => `# Epicor Kinetic REST v2: open jobs for the shop-floor dashboard
$base = "https://epicor.brixton-mfg.example/KineticPROD/api/v2/odata/BRX01"
$apiKey = "${k.prov('Epicor API key', R.epicorKey(k.g))}"
$user = "svc_dashboard"
$pass = "${k.s('password', R.safePw(k.g))}"
$pair = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes("$($user):$($pass)"))
$headers = @{
    "Authorization" = "Basic $pair"
    "X-API-Key"     = $apiKey
    "CallSettings"  = '{"Company":"BRX01","Plant":"MfgSys"}'
}
$jobs = Invoke-RestMethod -Uri "$base/Erp.BO.JobEntrySvc/JobEntries?\`$filter=JobClosed eq false" -Headers $headers
$jobs.value | Select-Object JobNum, PartNum, ProdQty | Format-Table
# Job ${k.n('000' + k.g.digits(5) + '-1-1')} is the pilot
`,
  ),

  rDoc(
    'erp-sage-x3-connection',
    ['config-syntax', 'precision'],
    'SageX3/Syracuse/nodelocal.js',
    (k) => `exports.config = {
  collaboration: {
    hostname: "x3-syracuse",
    port: 27017,
    dataset: "syracuse",
  },
  session: {
    timeout: 20,
    checkServerCertificate: false,
  },
  // Print server and batch use the X3 admin account on folder SEED
  x3: {
    solution: "X3V12",
    folder: "${k.n('SEED')}",
    user: "ADMIN",
    password: "${k.s('password', R.anyPw(k.g).replace(/"/g, ''))}",
  },
  mongodb: {
    user: "syracuse",
    password: "${k.spw()}",
    options: { authSource: "admin" },
  },
};
`,
  ),

  rDoc(
    'erp-sage300-odbc-dsn',
    ['config-syntax', 'precision'],
    'ODBC/odbc.ini.export.reg',
    (k) => `Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\\SOFTWARE\\ODBC\\ODBC.INI\\SAGE300_PROD]
"Driver"="C:\\\\Windows\\\\system32\\\\sqlncli11.dll"
"Server"="SAGESQL01"
"Database"="SAMLTD"
"LastUser"="sage_report"
"Trusted_Connection"="No"

[HKEY_LOCAL_MACHINE\\SOFTWARE\\ODBC\\ODBC.INI\\SAGE300_REPORT]
"Driver"="C:\\\\Windows\\\\system32\\\\sqlncli11.dll"
"Server"="SAGESQL01"
"Database"="SAMSYS"
"LastUser"="sage_report"
"PWD"="${k.spw()}"

; company id ${k.n('SAMLTD')}, Sage product key on the box is a license key, not a password: ${k.n(`${k.g.upper(4)}-${k.g.upper(4)}-${k.g.upper(4)}`)}
`,
  ),

  rDoc(
    'erp-infor-ionapi-file',
    ['credential-file', 'config-syntax', 'precision'],
    'ion/MES_Backend.ionapi',
    (k) => `{
  "ti": "${k.n('KOHLMANN_PRD')}",
  "cn": "MES Backend",
  "dt": "12",
  "ci": "${k.n('KOHLMANN_PRD~' + k.g.base64url(43))}",
  "cs": "${k.s('token', k.g.base64url(86))}",
  "iu": "https://mingle-ionapi.eu1.inforcloudsuite.com",
  "pu": "https://mingle-sso.eu1.inforcloudsuite.com:443/KOHLMANN_PRD/as/",
  "oa": "authorization.oauth2",
  "ot": "token.oauth2",
  "or": "revoke_token.oauth2",
  "ev": "U1447123456",
  "v": "1.0",
  "saak": "${k.u('KOHLMANN_PRD#' + k.g.base64url(60))}",
  "sask": "${k.s('token', k.g.base64url(86))}"
}
`,
  ),

  rDoc(
    'erp-ebs-dba-mail-fr',
    ['prose', 'precision'],
    'mail/2026-02-ebs-mot-de-passe-apps.txt',
    (k) => `De : Philippe Garnier <p.garnier@albamet.example>
À : Équipe DBA
Objet : Changement du mot de passe APPS – fenêtre du samedi

Bonjour à tous,

le changement du mot de passe APPS sur PROD est prévu samedi à 22h (ticket ${k.n(R.ticket(k.g))}).
Nouveau mot de passe APPS : ${k.hpw()}
Nouveau mot de passe SYSTEM : ${k.gpw()}
Merci de ne PAS utiliser l'ancien (${k.n('********')}) dans vos scripts après dimanche.

Rappel : le mot de passe doit faire au moins 8 caractères, pas de caractères spéciaux pour APPS
(limitation de FNDCPASS). Numéro de demande Oracle : ${k.n('SR 3-' + k.g.digits(11))}.

Cordialement,
Philippe
`,
  ),

  rDoc(
    'erp-jde-ais-postman',
    ['http-auth', 'logs-and-output', 'precision'],
    'captures/jde-ais-tokenrequest.txt',
    (k) => `POST /jderest/v2/tokenrequest HTTP/1.1
Host: jdeais.corvant.example:7077
Content-Type: application/json
Content-Length: 96

{"username":"AISINT","password":"${k.s('password', R.safePw(k.g))}","deviceName":"postman","environment":"JPD920"}

HTTP/1.1 200 OK
Content-Type: application/json

{"username":"AISINT","environment":"JPD920","role":"*ALL","jasserver":"http://jdehtml01:8080",
 "userInfo":{"token":"${k.s('http-auth', '044' + k.g.base64(180))}","langPref":"  ","locale":"en","addressNumber":${k.n(k.g.digits(6))}},
 "aisSessionCookie":"${k.s('http-auth', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 43) + '!' + k.g.digits(10))}"}
`,
  ),

  rDoc(
    'erp-netsuite-sdf-config',
    ['config-syntax', 'precision'],
    'suitecloud/project.json',
    (k) => `{
  "defaultAuthId": "kohlmann-sb1",
  "comment": "Auth ids point at ~/.suitecloud-sdk/credentials (encrypted by the CLI); never put tokens here",
  "accountId": "${k.n(k.g.digits(7) + '_SB1')}",
  "tokenId": "${k.n('${NS_TOKEN_ID}')}",
  "tokenSecret": "${k.n('${NS_TOKEN_SECRET}')}",
  "deployedScriptId": "${k.n('customscript_ue_so_sync_wms')}",
  "roleInternalId": ${k.n('1073')}
}
`,
  ),
];
