// Operations on property servers and travel-tech build machines: PowerShell console history, cmdkey and schtasks,
// psexec and sqlplus one-liners, FileZilla site managers, .netrc / .pgpass / my.cnf, Docker and npm credential
// files, Dockerfiles, and the CI and application logs that print what they should not.
import type { RealWorldDoc } from '../types';
import { tDoc, T } from './travelValues';

export const TRAVEL_OPS_DOCS: RealWorldDoc[] = [
  tDoc(
    'travel-ps-console-history',
    ['command-line', 'precision'],
    'C:/Users/itadmin/AppData/Roaming/Microsoft/Windows/PowerShell/PSReadLine/ConsoleHost_history.txt',
    (k) => `Get-Service *opera*
Restart-Service "OPERA IFC8 PBX"
cmdkey /add:OPERA-DB /user:HOTEL\\svc_opera /pass:${k.pw()}
Set-ADAccountPassword -Identity fo.night -Reset -NewPassword (ConvertTo-SecureString -AsPlainText "${k.pw()}" -Force)
New-PSDrive -Name R -PSProvider FileSystem -Root \\\\FS01\\reports -Credential (Get-Credential)
Get-EventLog -LogName Application -Newest 50 | where Source -like "*Fidelio*"
$cred = New-Object PSCredential("HOTEL\\svc_ifc", (ConvertTo-SecureString "${k.spw()}" -AsPlainText -Force))
Invoke-Command -ComputerName IFC01 -Credential $cred -ScriptBlock { Get-Process }
exit
`,
  ),

  tDoc(
    'travel-schtasks-psexec-bat',
    ['command-line', 'precision'],
    'C:/Scripts/deploy_pos_update.bat',
    (k) => `@echo off
REM Push the POS client update to every outlet terminal and schedule the nightly restart
for /f %%T in (terminals.txt) do (
  psexec \\\\%%T -u HOTEL\\posdeploy -p ${k.spw()} -h -d msiexec /i \\\\FS01\\deploy\\PosClient_5.4.msi /qn
)
schtasks /create /tn "POS nightly restart" /tr "shutdown /r /t 0" /sc daily /st 04:15 /ru HOTEL\\svc_pos /rp ${k.spw()} /f
REM check the task exists
schtasks /query /tn "POS nightly restart"
`,
  ),

  tDoc(
    'travel-sqlplus-opera-notes',
    ['command-line', 'prose', 'precision'],
    'docs/opera-db-cheatsheet.md',
    (k) => `# Opera 5 database — quick checks

\`\`\`
sqlplus opera/${k.spw()}@OPERA
SQL> select resort, business_date from businessdate;
SQL> exit
\`\`\`

The OXI schema: \`sqlplus oxi/${k.n('<oxi-password>')}@OPERA\` (ask the DBA).
Export: \`expdp opera/${k.spw()}@OPERA schemas=OPERA directory=DPUMP dumpfile=opera_%U.dmp parallel=4\`
Business date for ${k.n(T.propCode(k.g))} should roll at 03:00 after night audit.
`,
  ),

  tDoc(
    'travel-filezilla-sitemanager',
    ['credential-file', 'precision'],
    'C:/Users/revenue/AppData/Roaming/FileZilla/sitemanager.xml',
    (k) => `<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.4" platform="windows">
  <Servers>
    <Server>
      <Host>sftp.revenue-partner.example</Host>
      <Port>22</Port>
      <Protocol>1</Protocol>
      <Type>0</Type>
      <User>na_lisbon</User>
      <Pass encoding="base64">${k.s('password', T.b64(T.safePw(k.g)))}</Pass>
      <Logontype>1</Logontype>
      <Name>Revenue partner - night audit</Name>
    </Server>
    <Server>
      <Host>ftp.touroperator.example</Host>
      <Port>21</Port>
      <Protocol>0</Protocol>
      <User>hotel_${k.g.digits(5)}</User>
      <Pass encoding="base64">${k.s('password', T.b64(T.safePw(k.g)))}</Pass>
      <Logontype>1</Logontype>
      <Name>TUI allotments</Name>
    </Server>
  </Servers>
</FileZilla3>
`,
  ),

  tDoc(
    'travel-netrc-ifc-server',
    ['credential-file', 'precision'],
    'home/ifc/.netrc',
    (k) => `machine ftp.revenueconsult.example
  login rms_upload
  password ${k.spw()}

machine str-upload.example login stats_${k.g.lower(4)} password ${k.spw()}

machine api.channel-mgr.example
  login oxi_${k.g.digits(5)}
  password ${k.tok()}
`,
  ),

  tDoc(
    'travel-pgpass-mycnf',
    ['credential-file', 'precision'],
    'home/booking/.my.cnf',
    (k) => `[client]
user=booking
password="${k.pw()}"
host=booking-db.internal

[mysqldump]
user=backup
password=${k.spw()}
single-transaction
`,
  ),

  tDoc(
    'travel-docker-config-auths',
    ['credential-file', 'precision'],
    'ci/.docker/config.json',
    (k) => `{
  "auths": {
    "registry.hotelgroup.example": { "auth": "${k.s('http-auth', T.b64('ci:' + T.safePw(k.g)))}" },
    "ghcr.io": { "auth": "${k.s('http-auth', T.b64('hotelgroup-bot:' + T.githubPat(k.g)))}" }
  },
  "credHelpers": { "123456789012.dkr.ecr.eu-west-1.amazonaws.com": "ecr-login" }
}
`,
  ),

  tDoc(
    'travel-npmrc-booking-frontend',
    ['credential-file', 'config-syntax', 'precision'],
    'booking-frontend/.npmrc',
    (k) => `@hotelgroup:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${k.prov('GitHub token', T.githubPat(k.g))}
//registry.npmjs.org/:_authToken=\${NPM_TOKEN}
save-exact=true
`,
  ),

  tDoc(
    'travel-dockerfile-booking',
    ['config-syntax', 'code', 'precision'],
    'booking-api/Dockerfile',
    (k) => `FROM node:20-alpine AS build
WORKDIR /app
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:20-alpine
WORKDIR /app
COPY --from=build /app/dist ./dist
ENV NODE_ENV=production \\
    HOTELBEDS_ENDPOINT=https://api.test.hotelbeds.com \\
    HOTELBEDS_API_KEY=${k.hex(32)} \\
    HOTELBEDS_SECRET=${k.s('token', k.g.alnum(10))} \\
    SESSION_SECRET=${k.tok()}
ARG BUILD_SHA=${k.n(T.sha1(k.g))}
CMD ["node", "dist/server.js"]
`,
  ),

  tDoc(
    'travel-jenkins-console-log',
    ['logs-and-output', 'command-line', 'precision'],
    'ci/logs/booking-deploy-#412.log',
    (k) => `Started by user revenue-bot
[Pipeline] withCredentials
Masking supported pattern matches of $BDC_PASSWORD or $DB_PASSWORD
[Pipeline] sh
+ ./deploy.sh --env prod --bdc-user bdc_machine_${k.g.digits(4)} --bdc-password ${k.m.negative('****')}
+ mysql -h booking-db -u booking -p${k.m.negative('****')} -e 'select 1'
[Pipeline] sh
+ curl -s -X POST https://hooks.internal.example/deploy -d token=${k.s('http-auth', k.g.hex(40))}
deploy hook accepted (build ${k.n(T.sha1(k.g).slice(0, 8))})
+ echo 'SMTP relay password: ${k.pw()}'
Finished: SUCCESS
`,
  ),

  tDoc(
    'travel-kiosk-app-startup-log',
    ['logs-and-output', 'precision'],
    'logs/kiosk-app-2026-02-02.log',
    (k) => `2026-02-02 05:00:01.002 INFO  KioskApp 4.2.1 starting (id=KSK-${k.g.digits(3)}, airport=${k.n('LIS')})
2026-02-02 05:00:01.120 INFO  Loaded config: {"airline":"TP","dcsHost":"dcs-gw.airline.example","dcsUser":"kiosk01","dcsPassword":"${k.host()}","printer":"ATB1"}
2026-02-02 05:00:01.300 INFO  Passport reader Desko Penta OK, serial ${k.n(k.g.digits(10))}
2026-02-02 05:00:02.010 INFO  Session ${k.n(k.g.uuid())} opened
2026-02-02 05:03:44.870 INFO  Check-in PNR ${k.n(T.pnr(k.g))} flight ${k.n(T.flight(k.g))} seat 23C bag tag ${k.n('0047' + k.g.digits(6))}
2026-02-02 05:03:45.100 DEBUG Bag-drop API key header: ${k.http(k.g.alnum(32))}
`,
  ),

  tDoc(
    'travel-rdp-connection-notes',
    ['command-line', 'prose', 'precision'],
    'docs/remote-access-properties.txt',
    (k) => `REMOTE ACCESS TO PROPERTY SERVERS (IT on call)

Cancún:  mstsc /v:10.40.1.5   — user CUN\\itoncall, password ${k.pw()}
Puerto Vallarta: mstsc /v:10.41.1.5 — same account, password ${k.pw()}
AnyDesk IDs (not secrets): ${k.n(k.g.digits(3) + ' ' + k.g.digits(3) + ' ' + k.g.digits(3))}, ${k.n(k.g.digits(3) + ' ' + k.g.digits(3) + ' ' + k.g.digits(3))}
AnyDesk unattended password for the Opera server: ${k.hpw()}
VPN (FortiClient): vpn.hotelgroup.example:10443, personal accounts — do not share.
`,
  ),
];
