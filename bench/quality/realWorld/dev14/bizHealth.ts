// Healthcare integration: Mirth Connect / Rhapsody channel exports and properties, HL7 v2 messages, FHIR
// client configs (SMART backend services), DICOM/PACS nodes, EHR vendor APIs, clearing houses' SFTP.
import type { RealWorldDoc } from '../types';
import { bizDoc, V } from './bizValues';

export const BIZ_HEALTH_DOCS: RealWorldDoc[] = [
  bizDoc(
    'biz-mirth-properties',
    ['config-syntax', 'credential-file'],
    'mirthconnect/conf/mirth.properties',
    (k) => `# Mirth Connect configuration file

# directories
dir.appdata = appdata
dir.tempdata = \${dir.appdata}/temp

# ports
http.port = 8080
https.port = 8443

# password requirements
password.minlength = 0
password.retrylimit = 0

# keystore
keystore.path = \${dir.appdata}/keystore.jks
keystore.storepass = ${k.s('password', k.g.alnum(12))}
keystore.keypass = ${k.s('password', k.g.alnum(12))}
keystore.type = JCEKS

# database
database = postgres
database.url = jdbc:postgresql://pg-mirth.hospital.local:5432/mirthdb
database.username = mirth
database.password = ${k.hpw()}
database.max-connections = 20
`,
  ),

  bizDoc('biz-mirth-channel-export', ['config-syntax', 'code', 'precision'], 'channels/ADT_to_LIS.xml', (k) => {
    return `<channel version="4.4.2">
  <id>${k.n(k.g.uuid())}</id>
  <name>ADT_to_LIS</name>
  <description>Forwards ADT^A01/A04/A08 from the HIS to the lab system; patient lookup in the MPI db.</description>
  <sourceConnector version="4.4.2">
    <name>sourceConnector</name>
    <properties class="com.mirth.connect.connectors.tcp.TcpReceiverProperties" version="4.4.2">
      <listenerConnectorProperties><host>0.0.0.0</host><port>6661</port></listenerConnectorProperties>
    </properties>
  </sourceConnector>
  <destinationConnectors>
    <connector version="4.4.2">
      <name>MPI lookup</name>
      <properties class="com.mirth.connect.connectors.jdbc.DatabaseDispatcherProperties" version="4.4.2">
        <driver>com.microsoft.sqlserver.jdbc.SQLServerDriver</driver>
        <url>jdbc:sqlserver://mpi-sql01:1433;databaseName=MPI</url>
        <username>mirth_ro</username>
        <password>${k.hpw()}</password>
        <query>SELECT mrn FROM patients WHERE ext_id = ?</query>
      </properties>
    </connector>
    <connector version="4.4.2">
      <name>LIS sftp</name>
      <properties class="com.mirth.connect.connectors.file.FileDispatcherProperties" version="4.4.2">
        <scheme>SFTP</scheme>
        <host>lis.lab-partner.example/inbound</host>
        <username>hosp_adt</username>
        <password>${k.gpw()}</password>
        <outputPattern>\${message.messageId}.hl7</outputPattern>
      </properties>
      <transformer version="4.4.2">
        <steps>
          <com.mirth.connect.plugins.javascriptstep.JavaScriptStep version="4.4.2">
            <script>var apiKey = '${k.tok()}';
channelMap.put('lisAuth', 'ApiKey ' + apiKey);
msg['PID']['PID.3']['PID.3.1'] = $('mrn');</script>
          </com.mirth.connect.plugins.javascriptstep.JavaScriptStep>
        </steps>
      </transformer>
    </connector>
  </destinationConnectors>
  <exportData><metadata><lastModified><time>1730275474390</time><timezone>Europe/Berlin</timezone></lastModified></metadata></exportData>
</channel>
`;
  }),

  bizDoc(
    'biz-hl7-sample-messages',
    ['precision', 'logs-and-output'],
    'samples/adt_a08.hl7',
    (k) => `MSH|^~\\&|HIS|GENHOSP|LIS|LABCO|20241104101522||ADT^A08^ADT_A01|${k.n('MSG' + k.g.digits(12))}|P|2.5.1|||AL|NE
EVN|A08|20241104101522|||${k.n('U' + k.g.digits(6))}^Becker^Anna
PID|1||${k.n(k.g.digits(8))}^^^GENHOSP^MR~${k.n(k.g.digits(10))}^^^NLMINBIZA^NNNLD||Jansen^Pieter^^^^^L||19670312|M|||Hoofdstraat 12^^Utrecht^^3511AA^NL||^PRN^PH^^^^${k.n(k.g.digits(9))}
PV1|1|I|CARD^301^2^GENHOSP||||${k.n(V.npi(k.g))}^Vries^Marta^^^Dr|||CAR||||7|||${k.n(V.npi(k.g))}^Vries^Marta|IN|${k.n('V' + k.g.digits(9))}|||||||||||||||||||||||||20241103083000
IN1|1|${k.n('ZK' + k.g.digits(4))}|${k.n(k.g.digits(9))}|Zilveren Kruis|||||||||||Jansen^Pieter|SEL|19670312|||||||||||||||||||${k.n(k.g.digits(9))}
NTE|1||Patient portal login reset, temp password sent by SMS (not stored here)
`,
  ),

  bizDoc('biz-fhir-smart-backend-config', ['config-syntax', 'credential-file', 'precision'], 'fhir-client/config/epic-backend.json', (k) => {
    return `{
  "fhirBaseUrl": "https://fhir.ehr-vendor.example/api/FHIR/R4",
  "tokenUrl": "https://fhir.ehr-vendor.example/oauth2/token",
  "clientId": "${k.n(k.g.uuid())}",
  "scope": "system/Patient.read system/Observation.read",
  "jwks_url": "https://integrations.hospital.example/.well-known/jwks.json",
  "publicKeyKid": "${k.n(k.g.hex(16))}",
  "privateKeyPem": "${k.key(V.pem(k.g, 'PRIVATE KEY').replace(/\n/g, '\\n'))}",
  "bulkExport": { "groupId": "${k.n(k.g.uuid())}", "outputDir": "/data/bulk" }
}
`;
  }),

  bizDoc(
    'biz-fhir-client-python',
    ['code', 'http-auth', 'precision'],
    'fhir_sync/client.py',
    (k) => `import requests

FHIR_BASE = "https://fhir.payer.example/r4"
TOKEN_URL = "https://auth.payer.example/oauth/token"
CLIENT_ID = "hospital-sync"
CLIENT_SECRET = "${k.tok()}"


def get_token():
    r = requests.post(TOKEN_URL, data={"grant_type": "client_credentials", "scope": "system/*.read"},
                      auth=(CLIENT_ID, CLIENT_SECRET), timeout=30)
    r.raise_for_status()
    return r.json()["access_token"]


def coverage(member_id, token=None):
    token = token or get_token()
    return requests.get(f"{FHIR_BASE}/Coverage", params={"beneficiary.identifier": member_id},
                        headers={"Authorization": f"Bearer {token}"}, timeout=30).json()


if __name__ == "__main__":
    # quick manual test with a token copied from Postman on 2024-10-22
    print(coverage("${k.n('MBR' + k.g.digits(9))}", token="${k.http(V.jwt(k.g, { iss: 'https://auth.payer.example', sub: 'hospital-sync', scope: 'system/*.read', exp: 1729609200 }))}"))
`,
  ),

  bizDoc(
    'biz-dicom-pacs-nodes',
    ['config-syntax', 'precision'],
    'orthanc/orthanc.json',
    (k) => `{
  "Name": "ORTHANC-ROUTER",
  "DicomAet": "ROUTER01",
  "DicomPort": 4242,
  "RemoteAccessAllowed": true,
  "AuthenticationEnabled": true,
  "RegisteredUsers": {
    "admin": "${k.hpw()}",
    "viewer": "${k.gpw()}"
  },
  "DicomModalities": {
    "pacs": ["PACS_MAIN", "10.40.1.20", 104],
    "ct1": ["CT_SIEMENS_1", "10.40.3.11", 104]
  },
  "OrthancPeers": {
    "cloud-archive": {
      "Url": "https://archive.imaging-partner.example/orthanc/",
      "Username": "hosp_router",
      "Password": "${k.gpw()}"
    }
  },
  "PostgreSQL": {
    "EnableIndex": true,
    "Host": "pg-orthanc",
    "Database": "orthanc",
    "Username": "orthanc",
    "Password": "${k.hpw()}"
  },
  "StudyInstanceUIDExample": "${k.n('1.2.840.113619.2.55.3.' + k.g.digits(10) + '.' + k.g.digits(3))}"
}
`,
  ),

  bizDoc(
    'biz-clearinghouse-sftp-bat',
    ['command-line', 'precision'],
    'Claims/send_837.bat',
    (k) => `@echo off
REM Sends the daily 837P claim batch to the clearing house and pulls 999/277CA acks
set CH_HOST=sftp.clearinghouse.example
set CH_USER=SUB${k.g.digits(6)}
set CH_PASS=${k.hpw()}
set OUT=D:\\Claims\\Outbound
"C:\\Program Files (x86)\\WinSCP\\WinSCP.com" /log=D:\\Claims\\Logs\\winscp.log /command ^
  "open sftp://%CH_USER%:%CH_PASS%@%CH_HOST%/ -hostkey=""${k.n(V.sshHostKey(k.g))}""" ^
  "put %OUT%\\*.837 /inbound/" ^
  "get /outbound/*.999 D:\\Claims\\Acks\\" ^
  "exit"
if %ERRORLEVEL% neq 0 echo Upload failed & exit /b 1
`,
  ),

  bizDoc(
    'biz-rhapsody-notes-nl',
    ['prose', 'precision'],
    'docs/koppelingen/rhapsody-overdracht.md',
    (k) => `# Overdracht Rhapsody-koppelingen (ziekenhuis → labpartner)

Beste Sanne,

Hieronder de gegevens voor de koppelingen die ik vorige week heb opgezet. Ik ben vanaf maandag met verlof.

* Rhapsody IDE: \`https://rhapsody01.zkh.local:8444\`, account \`integratie\`, wachtwoord \`${k.hpw()}\`.
* Communicatiepunt *LAB_OUT* (TCP/MLLP) naar 10.12.4.20:7001, geen authenticatie.
* Communicatiepunt *ZORGMAIL_SFTP*: gebruiker \`zkh_lab\`, wachtwoord staat in de Rhapsody credential store (\`${k.n('credential://zorgmail-sftp')}\`), dus niet hier.
* De VECOZO-certificaatwachtwoord (voor de declaraties) is \`${k.hpw()}\`; het certificaat zelf staat op de share.
* AGB-code van het lab: ${k.n(k.g.digits(8))}, UZI-nummer servercertificaat: ${k.n(k.g.digits(9))}.

Groeten,
Joost
`,
  ),

  bizDoc(
    'biz-ehr-api-postman-env',
    ['config-syntax', 'http-auth', 'precision'],
    'postman/athena-prod.postman_environment.json',
    (k) => `{
  "id": "${k.n(k.g.uuid())}",
  "name": "EHR prod",
  "values": [
    { "key": "baseUrl", "value": "https://api.platform.ehr.example/v1/195900", "enabled": true },
    { "key": "client_id", "value": "${k.n(k.g.alnum(20))}", "enabled": true },
    { "key": "client_secret", "value": "${k.tok()}", "enabled": true },
    { "key": "access_token", "value": "${k.http(k.g.alnum(28))}", "enabled": true },
    { "key": "practiceid", "value": "195900", "enabled": true },
    { "key": "departmentid", "value": "${k.n(k.g.digits(3))}", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-10-29T13:44:03.122Z",
  "_postman_exported_using": "Postman/11.16.0"
}
`,
  ),

  bizDoc(
    'biz-hl7-mllp-listener-java',
    ['code', 'precision'],
    'interfaces/src/main/resources/application.yml',
    (k) => `server:
  port: 8085
hl7:
  mllp:
    port: 2575
    ack-mode: original
  forward:
    url: https://hie.region.example/hl7v2/inbound
    auth:
      type: basic
      username: genhosp
      password: ${k.gpw()}
spring:
  datasource:
    url: jdbc:oracle:thin:@//ehr-db01:1521/EHRPRD
    username: HL7_IF
    password: \${HL7_DB_PASSWORD}
  jms:
    listener:
      acknowledge-mode: client
ibm:
  mq:
    queue-manager: QM_HL7
    channel: DEV.APP.SVRCONN
    conn-name: mq01(1414)
    user: app
    password: ${k.hpw()}
`,
  ),

  bizDoc(
    'biz-pacs-ticket-es',
    ['prose', 'precision'],
    'tickets/HD-20931.txt',
    (k) => `Ticket HD-20931 — Nodo DICOM nuevo para el ecógrafo de urgencias

Hola equipo de sistemas:

El técnico de la casa comercial ya ha configurado el ecógrafo. Datos para dar de alta en el PACS:
- AE Title: US_URG_02, IP 10.40.7.15, puerto 104
- Usuario del portal web del PACS para el técnico: soporte_eco / contraseña: ${k.hpw()}
- El usuario de servicio del equipo (modo mantenimiento) viene con la clave de fábrica ${k.u('service')}, hay que cambiarla.
- Huella del certificado TLS del PACS: ${k.n(V.md5Colon(k.g))}

Por favor, cambiad la contraseña del portal después de la puesta en marcha.

Saludos,
Lucía (Radiología)
`,
  ),

  bizDoc(
    'biz-health-interface-log',
    ['logs-and-output', 'precision'],
    'logs/interface-engine-2024-11-04.log',
    (k) => `2024-11-04 07:00:00,001 INFO  [ADT_to_LIS] Channel started
2024-11-04 07:00:12,332 INFO  [ADT_to_LIS] Received ADT^A04 control id ${k.n('MSG' + k.g.digits(12))}
2024-11-04 07:00:12,480 DEBUG [ADT_to_LIS] Connecting jdbc:sqlserver://mpi-sql01:1433;databaseName=MPI;user=mirth_ro;password=${k.cs()}
2024-11-04 07:00:12,913 WARN  [LIS_SFTP] Auth fail for hosp_adt@lis.lab-partner.example (password: ${k.n('*****')})
2024-11-04 07:00:13,004 INFO  [LIS_SFTP] retry 1/3 in 30s
2024-11-04 07:01:44,512 INFO  [FHIR_OUT] POST /Patient 201 Created id=${k.n(k.g.uuid())} etag=W/"${k.n(k.g.digits(2))}"
2024-11-04 07:01:44,513 DEBUG [FHIR_OUT] request header x-api-key: ${k.http(k.g.alnum(40))}
2024-11-04 07:01:45,020 INFO  [FHIR_OUT] trace ${k.n(V.traceId(k.g))}
`,
  ),

  bizDoc(
    'biz-dicomweb-viewer-config',
    ['config-syntax', 'code', 'precision'],
    'ohif/app-config.js',
    (k) => `window.config = {
  routerBasename: '/',
  showStudyList: true,
  dataSources: [
    {
      namespace: '@ohif/extension-default.dataSourcesModule.dicomweb',
      sourceName: 'dicomweb',
      configuration: {
        friendlyName: 'Hospital PACS',
        wadoUriRoot: 'https://pacs.hospital.example/dicom-web',
        qidoRoot: 'https://pacs.hospital.example/dicom-web',
        wadoRoot: 'https://pacs.hospital.example/dicom-web',
        // Basic credentials for the read-only viewer user (proxy adds them in prod)
        requestOptions: { auth: 'viewer:${k.gpw()}' },
        imageRendering: 'wadors',
      },
    },
  ],
  oidc: [{ authority: 'https://sso.hospital.example/realms/imaging', client_id: '${k.n('ohif-viewer')}', response_type: 'code' }],
};
`,
  ),
];
