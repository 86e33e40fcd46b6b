// Logs and output: HL7 v2 messages and ACK traces in interface logs, Mirth server logs, FHIR HTTP traces and HARs,
// IIS logs of a patient portal, Kubernetes pod logs, crash dumps with connection strings, audit exports.
import type { RealWorldDoc } from '../types';
import { hDoc, V } from './healthValues';

export const HEALTH_LOG_DOCS: RealWorldDoc[] = [
  hDoc(
    'health-mirth-server-log',
    ['logs-and-output', 'precision'],
    'logs/mirth.log',
    (k) => ` INFO 2024-04-02 06:00:01.114 [Main Server Thread] com.mirth.connect.server.Mirth: Mirth Connect 4.4.2 (Built on March 1, 2024) server successfully started.
 INFO 2024-04-02 06:00:01.120 [Main Server Thread] com.mirth.connect.server.Mirth: This product was developed by NextGen Healthcare (https://www.nextgen.com) and its contributors.
 INFO 2024-04-02 06:00:01.121 [Main Server Thread] com.mirth.connect.server.Mirth: Running OpenJDK 64-Bit Server VM 17.0.10 on Linux (5.15.0-101-generic, amd64), postgres, with charset UTF-8.
 INFO 2024-04-02 06:00:01.122 [Main Server Thread] com.mirth.connect.server.Mirth: Web server running at http://10.44.12.10:8080/ and https://10.44.12.10:8443/
ERROR 2024-04-02 06:14:37.902 [Database Writer Process Thread on ADT_to_Datamart (1)] com.mirth.connect.connectors.jdbc.DatabaseDispatcher: Error connecting to database jdbc:sqlserver://sqlrpt01.stmarys.local:1433;databaseName=ClinicalDM;user=svc_mirth_dm;password=${k.cs()}
com.microsoft.sqlserver.jdbc.SQLServerException: Login failed for user 'svc_mirth_dm'. ClientConnectionId:${k.n(k.g.uuid())}
	at com.microsoft.sqlserver.jdbc.SQLServerException.makeFromDatabaseError(SQLServerException.java:265)
 WARN 2024-04-02 06:15:02.001 [HTTP Sender Process Thread on ORU_to_FHIR_Observation (1)] HttpDispatcher: HTTP 401 from https://fhir.stmarys.org/r4/Observation, message ${k.n(k.g.digits(7))}
 INFO 2024-04-02 06:16:44.530 [qtp1523341-58] com.mirth.connect.server.api.providers.MirthAuthFilter: User admin logged in from 10.44.3.91
 INFO 2024-04-02 06:17:02.331 [Channel Dispatch Thread on Lab_Results_In] JavaScriptFilterTransformer: [Lab_Results_In] MSH control id ${k.n(V.hl7Ctrl(k.g))} accession ${k.n(V.accession(k.g))} routed to Epic
ERROR 2024-04-02 06:21:19.004 [SFTP Writer on Archive SFTP] FileDispatcher: Auth fail for sftp://mirth_arch@sftp.archive.stmarys.local (password length 14, masked ${k.n('**************')})
`,
  ),

  hDoc('health-hl7-adt-log-ack', ['logs-and-output', 'precision'], 'logs/hl7-adt-inbound-2024-05-06.log', (k) => {
    const ctrl = V.hl7Ctrl(k.g);
    return `2024-05-06 08:31:10.551 RECV from 10.44.20.5:52114 (1 msg, 612 bytes)
MSH|^~\\&|EPIC|STMARYS|MIRTH|DATAMART|20240506083110||ADT^A01^ADT_A01|${k.n(ctrl)}|P|2.5.1|||AL|NE
EVN|A01|20240506083100|||${k.n(k.g.digits(6))}^NURSE^ANNA^^^^^^STMARYS
PID|1||${k.n(V.mrn(k.g))}^^^STMARYS^MR~${k.n(k.g.digits(3) + '-' + k.g.digits(2) + '-' + k.g.digits(4))}^^^SSA^SS||TESTPATIENT^ALPHA^^^^^L||19800101|F|||123 MAIN ST^^SPRINGFIELD^IL^62701||(217)555-0100
PV1|1|I|4W^412^A^STMARYS||||${k.n(V.npi(k.g))}^SMITH^JOHN^^^^MD^^^NPI|||MED||||ADM|||||${k.n(k.g.digits(10))}|||||||||||||||||||||||||20240506083000
DG1|1||${k.n(V.icd10(k.g))}^Type 2 diabetes mellitus without complications^I10
2024-05-06 08:31:10.563 SEND ACK
MSH|^~\\&|MIRTH|DATAMART|EPIC|STMARYS|20240506083110||ACK^A01|${k.n(V.hl7Ctrl(k.g))}|P|2.5.1
MSA|AA|${k.n(ctrl)}
2024-05-06 08:31:12.002 RECV from 10.44.20.5:52114 (1 msg, 402 bytes)
MSH|^~\\&|EPIC|STMARYS|MIRTH|DATAMART|20240506083112||ADT^A08^ADT_A01|${k.n(V.hl7Ctrl(k.g))}|P|2.5.1|||AL|NE
PID|1||${k.n(V.mrn(k.g))}^^^STMARYS^MR||TESTPATIENT^BRAVO||19750312|M
OBX|1|ST|${k.n(V.loinc(k.g))}^Body weight^LN||82|kg|||||F
2024-05-06 08:31:12.010 SEND ACK (AA)
`;
  }),

  hDoc(
    'health-hl7-mfn-with-credentials',
    ['logs-and-output'],
    'logs/hl7-mfn-staff-feed.log',
    (k) => `2024-02-19 02:00:05 MFN batch from HR system, 3 segments
MSH|^~\\&|WORKDAY|NSH|LIS|NSH|20240219020005||MFN^M02|${k.n(V.hl7Ctrl(k.g))}|P|2.4
MFI|PRA^Practitioner Master File^HL70175||UPD|||AL
MFE|MAD|||${k.n(k.g.digits(6))}
STF|${k.n(k.g.digits(6))}|U${k.n(k.g.digits(6))}|VANDERBERG^ELLEN||F|19810423|A|||||||||||||||||initial LIS password ${k.hpw()}
PRA|${k.n(k.g.digits(6))}|||||||${k.n(V.npi(k.g))}^NPI
2024-02-19 02:00:05 WARN: STF-24 free text contains what looks like a password; HR template still has the "initial password" field (ticket HR-1192)
`,
  ),

  hDoc(
    'health-fhir-http-trace',
    ['logs-and-output', 'http-auth', 'precision'],
    'logs/fhir-client-debug.log',
    (k) => `2024-06-11 10:04:55.120 DEBUG [main] o.a.h.wire: http-outgoing-0 >> "POST /oauth2/token HTTP/1.1[\\r][\\n]"
2024-06-11 10:04:55.120 DEBUG [main] o.a.h.wire: http-outgoing-0 >> "Content-Type: application/x-www-form-urlencoded[\\r][\\n]"
2024-06-11 10:04:55.121 DEBUG [main] o.a.h.wire: http-outgoing-0 >> "Authorization: Basic ${k.basic('nsh-fhir-sync')}[\\r][\\n]"
2024-06-11 10:04:55.121 DEBUG [main] o.a.h.wire: http-outgoing-0 >> "grant_type=client_credentials&scope=system%2FPatient.read"
2024-06-11 10:04:55.388 DEBUG [main] o.a.h.wire: http-outgoing-0 << "HTTP/1.1 200 OK[\\r][\\n]"
2024-06-11 10:04:55.389 DEBUG [main] o.a.h.wire: http-outgoing-0 << "{"access_token":"${k.bearer()}","token_type":"bearer","expires_in":3599,"scope":"system/Patient.read"}"
2024-06-11 10:04:55.402 DEBUG [main] o.a.h.wire: http-outgoing-1 >> "GET /fhir/r4/Patient/${k.n(V.fhirId(k.g))} HTTP/1.1[\\r][\\n]"
2024-06-11 10:04:55.402 DEBUG [main] o.a.h.wire: http-outgoing-1 >> "Authorization: Bearer ${k.bearer()}[\\r][\\n]"
2024-06-11 10:04:55.402 DEBUG [main] o.a.h.wire: http-outgoing-1 >> "X-Request-ID: ${k.n(k.g.uuid())}[\\r][\\n]"
2024-06-11 10:04:55.611 DEBUG [main] o.a.h.wire: http-outgoing-1 << "HTTP/1.1 200 OK[\\r][\\n]"
2024-06-11 10:04:55.611 DEBUG [main] o.a.h.wire: http-outgoing-1 << "ETag: W/"3"[\\r][\\n]"
`,
  ),

  hDoc(
    'health-patient-portal-har',
    ['logs-and-output', 'http-auth', 'precision'],
    'support/portal-login-issue.har',
    (k) => `{
  "log": {
    "version": "1.2",
    "creator": { "name": "WebInspector", "version": "537.36" },
    "entries": [
      {
        "startedDateTime": "2024-07-02T13:20:11.204Z",
        "request": {
          "method": "POST",
          "url": "https://portal.northside-health.org/api/auth/login",
          "headers": [
            { "name": "Content-Type", "value": "application/json" },
            { "name": "X-CSRF-Token", "value": "${k.u(k.g.base64url(43))}" }
          ],
          "postData": { "mimeType": "application/json", "text": "{\\"username\\":\\"m.garcia1962\\",\\"password\\":\\"${k.hpw()}\\",\\"rememberDevice\\":true}" }
        },
        "response": {
          "status": 200,
          "headers": [
            { "name": "Set-Cookie", "value": "PORTALSESSION=${k.http(k.g.base64url(48))}; Path=/; Secure; HttpOnly; SameSite=Lax" },
            { "name": "X-Trace-Id", "value": "${k.n(k.g.hex(32))}" }
          ]
        }
      },
      {
        "startedDateTime": "2024-07-02T13:20:12.009Z",
        "request": {
          "method": "GET",
          "url": "https://portal.northside-health.org/api/messages?patientId=${k.n(k.g.digits(9))}",
          "headers": [ { "name": "Cookie", "value": "PORTALSESSION=${k.http(k.g.base64url(48))}; _ga=${k.n('GA1.2.' + k.g.digits(10) + '.' + k.g.digits(10))}" } ]
        },
        "response": { "status": 500, "headers": [] }
      }
    ]
  }
}
`,
  ),

  hDoc(
    'health-iis-log-portal',
    ['logs-and-output', 'precision'],
    'logs/u_ex240702.log',
    (k) => `#Software: Microsoft Internet Information Services 10.0
#Version: 1.0
#Date: 2024-07-02 00:00:02
#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) sc-status sc-substatus sc-win32-status time-taken
2024-07-02 06:12:44 10.50.1.12 GET /MyChart/Authentication/Login - 443 - 203.0.113.5 Mozilla/5.0 200 0 0 31
2024-07-02 06:12:59 10.50.1.12 GET /labresults/api/result id=${k.n(k.g.digits(9))}&accession=${k.n(V.accession(k.g))} 443 - 203.0.113.5 Mozilla/5.0 200 0 0 88
2024-07-02 06:13:05 10.50.1.12 GET /interfaces/hl7in/submit user=lab_middleware&pwd=${k.spw()}&format=hl7 443 - 10.44.7.19 Go-http-client/1.1 200 0 0 14
2024-07-02 06:13:06 10.50.1.12 GET /reports/export.aspx token=${k.http(k.g.hex(40))}&from=2024-07-01 443 - 10.44.3.2 Mozilla/5.0 200 0 0 1552
2024-07-02 06:13:09 10.50.1.12 GET /favicon.ico - 443 - 203.0.113.5 Mozilla/5.0 404 0 2 0
2024-07-02 06:13:10 10.50.1.12 GET /MyChart/Scripts/app.bundle.js v=${k.n(k.g.hex(20))} 443 - 203.0.113.5 Mozilla/5.0 200 0 0 3
`,
  ),

  hDoc(
    'health-k8s-pod-log-startup',
    ['logs-and-output', 'precision'],
    'support/kubectl-logs-fhir-facade.txt',
    (k) => `$ kubectl -n health-apps logs deploy/fhir-facade --since=10m
2024-08-14T07:01:12.441Z  INFO  Starting FhirFacadeApplication v2.3.1 using Java 21.0.2
2024-08-14T07:01:12.502Z  INFO  The following 1 profile is active: "prod"
2024-08-14T07:01:13.977Z  DEBUG Resolved configuration: {spring.datasource.url=jdbc:postgresql://pg.health-apps:5432/facade, spring.datasource.username=facade, spring.datasource.password=${k.cs()}, oauth.client-id=${k.n(k.g.uuid())}, oauth.client-secret=${k.tok()}, redis.password=${k.n('******')}}
2024-08-14T07:01:15.210Z  INFO  HikariPool-1 - Start completed.
2024-08-14T07:01:16.842Z  INFO  Tomcat started on port 8080 (http) with context path '/'
2024-08-14T07:01:17.003Z  INFO  Started FhirFacadeApplication in 5.21 seconds (process running for 5.9)
2024-08-14T07:02:44.120Z  WARN  Patient/${k.n(V.fhirId(k.g))} not found in MPI, falling back to local lookup
2024-08-14T07:03:01.512Z  INFO  trace_id=${k.n(k.g.hex(32))} span_id=${k.n(k.g.hex(16))} GET /fhir/Observation?patient=${k.n(V.fhirId(k.g))}&code=http://loinc.org|${k.n(V.loinc(k.g))} 200 43ms
`,
  ),

  hDoc(
    'health-lis-instrument-trace',
    ['logs-and-output', 'precision'],
    'middleware/logs/astm-cobas-8000.trace',
    (k) => `[2024-03-04 14:22:01.101] <ENQ>
[2024-03-04 14:22:01.105] <ACK>
[2024-03-04 14:22:01.122] <STX>1H|\\^&|||cobas8000^1.06|||||host|RSUPL^BATCH|P|1|20240304142201<CR><ETX>A4<CR><LF>
[2024-03-04 14:22:01.130] <STX>2P|1||${k.n(V.mrn(k.g))}||^^||||||||||||||||||||||||||<CR><ETX>5B<CR><LF>
[2024-03-04 14:22:01.139] <STX>3O|1|${k.n(k.g.digits(10))}|${k.n('0^' + k.g.digits(4) + '^1^^S1^SC')}|^^^8714^^0|R||||||N||||1||||||||||F<CR><ETX>C0<CR><LF>
[2024-03-04 14:22:01.151] <STX>4R|1|^^^8714/1/not|7.41|mmol/L||N||F||roche^^^^|||20240304142155|e801^1<CR><ETX>12<CR><LF>
[2024-03-04 14:22:01.160] <STX>5L|1|N<CR><ETX>09<CR><LF>
[2024-03-04 14:22:01.166] <EOT>
[2024-03-04 14:22:05.000] middleware: forwarded to LIS (Sunquest) session user=${k.n('MWARE')}; LIS host login ok
[2024-03-04 14:22:05.004] middleware: config reload: lis.telnet.password=${k.spw()} lis.telnet.user=MWARE
[2024-03-04 14:22:05.010] middleware: checksum ${k.n(V.sha1(k.g))} matches driver package
`,
  ),

  hDoc(
    'health-sql-error-dump-webconfig',
    ['logs-and-output', 'precision'],
    'support/ysod-scheduling.html.txt',
    (k) => `Server Error in '/Scheduling' Application.

Cannot open database "Scheduling" requested by the login. The login failed.
Login failed for user 'sched_app'.

Description: An unhandled exception occurred during the execution of the current web request.

Exception Details: System.Data.SqlClient.SqlException: Cannot open database "Scheduling" requested by the login.

Source Error:
Line 41:   <connectionStrings>
Line 42:     <add name="SchedulingDb" connectionString="Data Source=CLINSQL02\\SCHED;Initial Catalog=Scheduling;User Id=sched_app;Password=${k.cs()};MultipleActiveResultSets=True" providerName="System.Data.SqlClient" />
Line 43:   </connectionStrings>

Stack Trace:
[SqlException (0x80131904): Cannot open database "Scheduling" requested by the login.]
   System.Data.SqlClient.SqlInternalConnectionTds..ctor(DbConnectionPoolIdentity identity) +1320
Version Information: Microsoft .NET Framework Version:4.0.30319; ASP.NET Version:4.8.4682.0
`,
  ),

  hDoc(
    'health-audit-export-csv',
    ['logs-and-output', 'precision'],
    'exports/ehr-access-audit-2024-06.csv',
    (k) => `event_time,user_id,user_role,action,patient_mrn,encounter_id,workstation,reason,session_hash
2024-06-03T07:02:11Z,${k.n('U' + k.g.digits(6))},RN,VIEW_CHART,${k.n(V.mrn(k.g))},${k.n(k.g.digits(10))},WS-4W-12,TREATMENT,${k.n(V.sha256(k.g))}
2024-06-03T07:04:58Z,${k.n('U' + k.g.digits(6))},MD,ORDER_SIGN,${k.n(V.mrn(k.g))},${k.n(k.g.digits(10))},WS-ED-03,TREATMENT,${k.n(V.sha256(k.g))}
2024-06-03T07:15:30Z,${k.n('U' + k.g.digits(6))},REG,BTG_ACCESS,${k.n(V.mrn(k.g))},${k.n(k.g.digits(10))},WS-REG-01,BREAK_THE_GLASS,${k.n(V.sha256(k.g))}
2024-06-03T07:16:02Z,svc_mirth,SYSTEM,API_READ,${k.n(V.mrn(k.g))},,mirth01,INTERFACE,${k.n(V.sha256(k.g))}
`,
  ),

  hDoc(
    'health-ansible-run-output',
    ['logs-and-output', 'command-line'],
    'support/ansible-pacs-rollout.txt',
    (k) => `$ ansible-playbook -i inventories/prod pacs-gateway.yml -e 'dicom_gw_admin_pw=${k.spw()}' -vvv
PLAY [pacs gateways] ***********************************************************
TASK [dicom-gateway : write config] ********************************************
changed: [pacsgw01] => (item={'name': 'gateway.properties', 'content': 'admin.password=${k.spw()}\\nldap.bind.password=${k.spw()}\\n'})
changed: [pacsgw02] => (item={'name': 'gateway.properties', 'content': 'admin.password=********\\n'})
TASK [dicom-gateway : restart] *************************************************
changed: [pacsgw01]
changed: [pacsgw02]
PLAY RECAP *********************************************************************
pacsgw01 : ok=7 changed=2 unreachable=0 failed=0 skipped=1 rescued=0 ignored=0
pacsgw02 : ok=7 changed=2 unreachable=0 failed=0 skipped=1 rescued=0 ignored=0
`,
  ),
];
