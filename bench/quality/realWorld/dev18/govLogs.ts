// Logs and outputs of public-sector systems: portal access logs with tokens in query strings, Keycloak and
// Tomcat logs, SAP and Oracle errors, debug dumps of SOAP requests to registries, CI job output, HAR excerpts.
import type { RealWorldDoc } from '../types';
import { gDoc, V } from './govValues';

export const GOV_LOG_DOCS: RealWorldDoc[] = [
  gDoc(
    'gov-portal-access-log',
    ['logs-and-output', 'http-auth', 'precision'],
    'logs/portal-access.log',
    (k) => `${V.ipv4(k.g, '172')} - - [12/Mar/2025:08:14:02 +0100] "GET /api/antrag/status?vorgang=${k.n(V.aktenzeichen(k.g))} HTTP/1.1" 200 512 "-" "Mozilla/5.0"
${V.ipv4(k.g, '172')} - - [12/Mar/2025:08:14:07 +0100] "GET /arcgis/rest/services/Flurstuecke/MapServer/export?bbox=1,2,3,4&token=${k.http(V.arcgisToken(k.g))} HTTP/1.1" 200 48211 "-" "QGIS/33404"
${V.ipv4(k.g, '172')} - - [12/Mar/2025:08:14:09 +0100] "GET /static/js/main.${k.n(k.g.hex(8))}.js HTTP/1.1" 200 183920 "-" "Mozilla/5.0"
${V.ipv4(k.g, '172')} - - [12/Mar/2025:08:15:31 +0100] "POST /formserver/submit?session=${k.n(k.g.hex(32))}&csrf=${k.u(k.g.base64url(43))} HTTP/1.1" 302 0 "-" "Mozilla/5.0"
${V.ipv4(k.g, '172')} - - [12/Mar/2025:08:16:44 +0100] "GET /opendata/api/3/action/package_show?id=haushalt-2025&api_key=${k.http(k.g.uuid())} HTTP/1.1" 200 2048 "-" "python-requests/2.31"
${V.ipv4(k.g, '172')} - - [12/Mar/2025:08:17:00 +0100] "GET /health HTTP/1.1" 200 2 "-" "kube-probe/1.28"
`,
  ),

  gDoc(
    'gov-keycloak-server-log',
    ['logs-and-output', 'precision'],
    'logs/keycloak.log',
    (
      k,
    ) => `2025-03-12 08:20:14,112 WARN  [org.keycloak.events] (executor-thread-12) type="LOGIN_ERROR", realmId="${k.n(k.g.uuid())}", clientId="buergerportal", userId="null", ipAddress="${V.ipv4(k.g)}", error="user_not_found", auth_method="openid-connect", redirect_uri="https://portal.kreis.example/login"
2025-03-12 08:21:02,554 ERROR [org.keycloak.services] (executor-thread-4) KC-SERVICES0013: Failed authentication: org.keycloak.authentication.AuthenticationFlowException
2025-03-12 08:22:40,003 DEBUG [org.keycloak.storage.ldap] (executor-thread-9) LDAP bind: bindDn=CN=svc-keycloak,OU=Dienstkonten,DC=kreis,DC=local, bindCredential=${k.pw()}
2025-03-12 08:22:40,118 INFO  [org.keycloak.storage.ldap] (executor-thread-9) Sync of federation provider 'ad-kreis' finished: added 3, updated 41
2025-03-12 08:23:11,872 DEBUG [org.keycloak.protocol.oidc] (executor-thread-2) token request client_id=formularserver client_secret=${k.tok()} grant_type=client_credentials
2025-03-12 08:23:12,001 INFO  [org.keycloak.events] type="CLIENT_LOGIN", clientId="formularserver", sessionId=${k.n(k.g.uuid())}
`,
  ),

  gDoc(
    'gov-soap-registry-debug-dump',
    ['logs-and-output', 'http-auth', 'precision'],
    'logs/meldeauskunft-debug.log',
    (k) => `DEBUG 2025-02-03 11:02:15 OSCI-Transport: sending request to https://meldeauskunft.land.example/ws
DEBUG 2025-02-03 11:02:15 HTTP headers: Content-Type=text/xml; charset=UTF-8, SOAPAction="urn:anfrage", Authorization=Basic ${k.basic('ewo_abruf')}
DEBUG 2025-02-03 11:02:15 Body:
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">
  <soapenv:Header>
    <wsse:Security>
      <wsse:UsernameToken>
        <wsse:Username>ewo_abruf</wsse:Username>
        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">${k.pw()}</wsse:Password>
        <wsse:Nonce>${k.n(k.g.base64(24))}</wsse:Nonce>
      </wsse:UsernameToken>
    </wsse:Security>
  </soapenv:Header>
  <soapenv:Body><anfrage><ordnungsmerkmal>${k.n(k.g.digits(12))}</ordnungsmerkmal></anfrage></soapenv:Body>
</soapenv:Envelope>
DEBUG 2025-02-03 11:02:16 response 200 in 842 ms, message id ${k.n(k.g.uuid())}
`,
  ),

  gDoc(
    'gov-sap-rfc-error-trace',
    ['logs-and-output', 'precision'],
    'logs/dev_rfc0',
    (k) => `**** Trace file opened at 20250312 082455 W. Europe Standard Time, by disp+work
Wed Mar 12 08:24:55 2025
ERROR> RfcOpenConnection failed: RFC_LOGON_FAILURE
 Parameters: ASHOST=sapprd-ci.land.local SYSNR=00 CLIENT=100 USER=RFC_KASSE PASSWD=${k.n('********')} LANG=DE
 LOCATION    SAP-Gateway on host sapprd-ci / sapgw00
 ERROR       Name or password is incorrect (repeat logon)
 TIME        Wed Mar 12 08:24:55 2025
 RELEASE     793
 COUNTER     ${k.n(k.g.digits(6))}
Trace of the retry (rfc trace level 3 was still on):
 >> RfcOpenConnection ASHOST=sapprd-ci.land.local CLIENT=100 USER=RFC_KASSE PASSWD=${k.racf()}
`,
  ),

  gDoc(
    'gov-tomcat-catalina-out',
    ['logs-and-output', 'precision'],
    'logs/catalina.out',
    (k) => `12-Mar-2025 08:30:01.223 INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Command line argument: -Djava.io.tmpdir=/opt/tomcat/temp
12-Mar-2025 08:30:01.224 INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Command line argument: -Dspring.datasource.password=${k.pw()}
12-Mar-2025 08:30:01.224 INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Command line argument: -Djavax.net.ssl.keyStorePassword=${k.spw()}
12-Mar-2025 08:30:01.225 INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Command line argument: -Djavax.net.ssl.trustStorePassword=${k.n('changeit')}
12-Mar-2025 08:30:04.880 INFO [main] org.apache.catalina.core.StandardService.startInternal Starting service [Catalina]
12-Mar-2025 08:30:09.402 INFO [main] org.apache.catalina.startup.HostConfig.deployWAR Deployment of web application archive [/opt/tomcat/webapps/alfresco.war] has finished in [4,177] ms
`,
  ),

  gDoc(
    'gov-ci-job-output',
    ['logs-and-output', 'command-line', 'precision'],
    'ci/job-4411.log',
    (k) => `Running with gitlab-runner 16.9.1 (${k.n(k.g.hex(8))})
  on gov-runner-02 ${k.n(k.g.alnum(8))}, system ID: s_${k.n(k.g.hex(12))}
$ echo "Deploying with DB_PASSWORD=$DB_PASSWORD"
Deploying with DB_PASSWORD=${k.pw()}
$ ./deploy.sh --env prod
[deploy] using registry token ${k.n('[MASKED]')}
[deploy] helm upgrade antragsportal ./chart --set db.password=${k.n('$(DB_PASSWORD)')}
Release "antragsportal" has been upgraded. Happy Helming!
Cleaning up project directory and file based variables
Job succeeded
`,
  ),

  gDoc(
    'gov-har-excerpt-portal',
    ['logs-and-output', 'http-auth', 'precision'],
    'support/portal-login.har.json',
    (k) => `{
  "log": {
    "version": "1.2",
    "creator": { "name": "Firefox", "version": "124.0" },
    "entries": [
      {
        "request": {
          "method": "POST",
          "url": "https://portal.stad.example/api/v1/aanvragen",
          "headers": [
            { "name": "Authorization", "value": "Bearer ${k.bearer()}" },
            { "name": "Cookie", "value": "JSESSIONID=${k.http(k.g.hex(32).toUpperCase())}; lang=nl" },
            { "name": "X-Request-Id", "value": "${k.n(k.g.uuid())}" }
          ],
          "postData": { "mimeType": "application/json", "text": "{\\"bsn\\":\\"${k.n(k.g.digits(9))}\\",\\"soort\\":\\"parkeervergunning\\"}" }
        },
        "response": { "status": 201, "headers": [{ "name": "ETag", "value": "W/\\"${k.n(k.g.hex(16))}\\"" }] }
      }
    ]
  }
}
`,
  ),

  gDoc(
    'gov-oracle-alert-log',
    ['logs-and-output', 'precision'],
    'logs/ebs-concurrent-manager.log',
    (k) => `+---------------------------------------------------------------------------+
Application Object Library: Version : 12.2
Program Name: Payables Open Interface Import
Current system time is 12-MAR-2025 08:40:11
+---------------------------------------------------------------------------+
Arguments
------------
P_SOURCE='VENDOR_PORTAL'
P_DB_LINK=LEGACY_AP
+---------------------------------------------------------------------------+
ORA-01017: invalid username/password; logon denied
Connect string used: ap_interface/${k.spw()}@LEGACYFIN
Batch: ${k.n('AP-' + k.g.digits(8))}  Request ID: ${k.n(k.g.digits(9))}
`,
  ),

  gDoc(
    'gov-powershell-transcript',
    ['logs-and-output', 'command-line', 'precision'],
    'logs/PowerShell_transcript.SRV-GIS01.txt',
    (k) => `**********************
Windows PowerShell transcript start
Start time: 20250312084455
Username: COUNTY\\a-jsmith
RunAs User: COUNTY\\a-jsmith
Machine: SRV-GIS01 (Microsoft Windows NT 10.0.20348.0)
**********************
PS C:\\Users\\a-jsmith> $p = ConvertTo-SecureString '${k.pw()}' -AsPlainText -Force
PS C:\\Users\\a-jsmith> Set-ADAccountPassword svc_arcgis -NewPassword $p -Reset
PS C:\\Users\\a-jsmith> Get-ADUser svc_arcgis -Properties PasswordLastSet

DistinguishedName : CN=svc_arcgis,OU=Service,DC=county,DC=local
ObjectGUID        : ${k.n(k.g.uuid())}
PasswordLastSet   : 3/12/2025 8:45:02 AM
SID               : ${k.n('S-1-5-21-' + k.g.digits(10) + '-' + k.g.digits(9) + '-' + k.g.digits(10) + '-' + k.g.digits(5))}
**********************
`,
  ),

  gDoc(
    'gov-docker-inspect-output',
    ['logs-and-output', 'precision'],
    'support/docker-inspect-ckan.txt',
    (k) => `$ docker inspect ckan --format '{{json .Config.Env}}' | jq .
[
  "CKAN_SITE_URL=https://opendata.region.example",
  "CKAN_SQLALCHEMY_URL=postgresql://ckan:${k.cs()}@db/ckan",
  "CKAN_SYSADMIN_NAME=ckan_admin",
  "CKAN_SYSADMIN_PASSWORD=${k.pw()}",
  "CKAN___BEAKER__SESSION__SECRET=${k.s('token', k.g.base64(32))}",
  "CKAN_SOLR_URL=http://solr:8983/solr/ckan",
  "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
  "CKAN_VERSION=2.10.4",
  "GIT_COMMIT=${k.n(V.sha1(k.g))}"
]
`,
  ),
];
