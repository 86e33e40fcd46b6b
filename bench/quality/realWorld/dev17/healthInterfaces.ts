// Interface engines: Mirth Connect / NextGen Connect channel exports and mirth.properties, Rhapsody, Cloverleaf,
// Corepoint, InterSystems IRIS/HealthShare CSP gateway and %SYS setup, MLLP listener configs.
import type { RealWorldDoc } from '../types';
import { hDoc, V } from './healthValues';

export const HEALTH_INTERFACE_DOCS: RealWorldDoc[] = [
  hDoc(
    'health-mirth-properties',
    ['config-syntax', 'precision'],
    'mirthconnect/conf/mirth.properties',
    (k) => `# Mirth Connect configuration file

# directories
dir.appdata = /opt/mirthconnect/appdata
dir.tempdata = \${dir.appdata}/temp

# ports
http.port = 8080
https.port = 8443

# password requirements
password.minlength = 8
password.minupper = 1
password.minlower = 1
password.minnumeric = 1
password.minspecial = 0
password.retrylimit = 5
password.lockoutperiod = 30
password.expiration = 90
password.graceperiod = 0
password.reuseperiod = 0
password.reuselimit = 0

# Only used for migration purposes, do not modify
version = 4.4.2

# keystore
keystore.path = \${dir.appdata}/keystore.jks
keystore.storepass = ${k.gpw()}
keystore.keypass = ${k.gpw()}
keystore.type = JCEKS

# server
http.contextpath = /
server.url =
http.host = 0.0.0.0
https.host = 0.0.0.0
https.client.protocols = TLSv1.3,TLSv1.2
https.server.protocols = TLSv1.3,TLSv1.2,SSLv2Hello
https.ciphersuites = TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384
https.ephemeraldhkeysize = 2048

# CORS
server.api.accesscontrolalloworigin = *
server.api.accesscontrolallowcredentials = false

# Determines whether or not channels are deployed on server startup.
server.startupdeploy = true

# database
database = postgres
database.url = jdbc:postgresql://mirthdb.int.stmarys.local:5432/mirthdb
database.max-connections = 20
database.username = mirth
database.password = ${k.spw()}

# If true, uses the deprecated binary encryption instead of the default AES-256
encryption.legacy = false
encryption.export = false
encryption.properties = false
encryption.algorithm = AES
encryption.keylength = 256
digest.algorithm = SHA256
security.provider = org.bouncycastle.jce.provider.BouncyCastleProvider
`,
  ),

  hDoc(
    'health-mirth-channel-db-reader',
    ['config-syntax', 'precision'],
    'channels/ADT_to_Datamart.xml',
    (k) => `<channel version="4.4.2">
  <id>${k.n(k.g.uuid())}</id>
  <nextMetaDataId>3</nextMetaDataId>
  <name>ADT_to_Datamart</name>
  <description>Receives ADT^A01/A03/A08 from Epic Bridges, writes encounter rows into the reporting datamart.</description>
  <revision>14</revision>
  <sourceConnector version="4.4.2">
    <metaDataId>0</metaDataId>
    <name>sourceConnector</name>
    <properties class="com.mirth.connect.connectors.tcp.TcpReceiverProperties" version="4.4.2">
      <listenerConnectorProperties version="4.4.2">
        <host>0.0.0.0</host>
        <port>${V.port(k.g)}</port>
      </listenerConnectorProperties>
      <transmissionModeProperties class="com.mirth.connect.model.transmission.framemode.FrameModeProperties">
        <pluginPointName>MLLP</pluginPointName>
        <startOfMessageBytes>0B</startOfMessageBytes>
        <endOfMessageBytes>1C0D</endOfMessageBytes>
      </transmissionModeProperties>
      <charsetEncoding>UTF-8</charsetEncoding>
    </properties>
    <transportName>TCP Listener</transportName>
    <mode>SOURCE</mode>
    <enabled>true</enabled>
  </sourceConnector>
  <destinationConnectors>
    <connector version="4.4.2">
      <metaDataId>1</metaDataId>
      <name>Datamart Writer</name>
      <properties class="com.mirth.connect.connectors.jdbc.DatabaseDispatcherProperties" version="4.4.2">
        <driver>com.microsoft.sqlserver.jdbc.SQLServerDriver</driver>
        <url>jdbc:sqlserver://sqlrpt01.stmarys.local:1433;databaseName=ClinicalDM;encrypt=true;trustServerCertificate=true</url>
        <username>svc_mirth_dm</username>
        <password>${k.spw()}</password>
        <query>INSERT INTO dbo.Encounter (MRN, VisitNumber, AdmitDate, Unit) VALUES (\${mrn}, \${visit}, \${admit}, \${unit})</query>
        <useScript>false</useScript>
      </properties>
      <transportName>Database Writer</transportName>
      <mode>DESTINATION</mode>
      <enabled>true</enabled>
    </connector>
    <connector version="4.4.2">
      <metaDataId>2</metaDataId>
      <name>Archive SFTP</name>
      <properties class="com.mirth.connect.connectors.file.FileDispatcherProperties" version="4.4.2">
        <scheme>SFTP</scheme>
        <host>sftp.archive.stmarys.local/hl7/adt</host>
        <outputPattern>\${message.messageId}.hl7</outputPattern>
        <anonymous>false</anonymous>
        <username>mirth_arch</username>
        <password>${k.pw()}</password>
        <timeout>10000</timeout>
        <secure>true</secure>
        <passive>true</passive>
      </properties>
      <transportName>File Writer</transportName>
    </connector>
  </destinationConnectors>
  <exportData>
    <metadata>
      <enabled>true</enabled>
      <lastModified><time>1712051234567</time><timezone>America/Chicago</timezone></lastModified>
    </metadata>
  </exportData>
</channel>
`,
  ),

  hDoc(
    'health-mirth-channel-http-sender-fhir',
    ['config-syntax', 'http-auth', 'precision'],
    'channels/ORU_to_FHIR_Observation.xml',
    (k) => `<channel version="4.5.0">
  <id>${k.n(k.g.uuid())}</id>
  <name>ORU_to_FHIR_Observation</name>
  <destinationConnectors>
    <connector version="4.5.0">
      <name>POST Observation</name>
      <properties class="com.mirth.connect.connectors.http.HttpDispatcherProperties" version="4.5.0">
        <host>https://fhir.stmarys.org/r4/Observation</host>
        <useProxyServer>false</useProxyServer>
        <method>post</method>
        <headers class="linked-hash-map">
          <entry>
            <string>Authorization</string>
            <list><string>Bearer ${k.bearer()}</string></list>
          </entry>
          <entry>
            <string>X-Request-Id</string>
            <list><string>\${message.messageId}</string></list>
          </entry>
          <entry>
            <string>x-api-key</string>
            <list><string>${k.tok()}</string></list>
          </entry>
        </headers>
        <useAuthentication>false</useAuthentication>
        <authenticationType>Basic</authenticationType>
        <username></username>
        <password></password>
        <content>\${fhirObservation}</content>
        <contentType>application/fhir+json</contentType>
        <charset>UTF-8</charset>
        <socketTimeout>30000</socketTimeout>
      </properties>
      <transportName>HTTP Sender</transportName>
    </connector>
    <connector version="4.5.0">
      <name>Notify LIS</name>
      <properties class="com.mirth.connect.connectors.http.HttpDispatcherProperties" version="4.5.0">
        <host>https://lis-gw.stmarys.org/api/results/ack</host>
        <method>post</method>
        <useAuthentication>true</useAuthentication>
        <authenticationType>Basic</authenticationType>
        <usePreemptiveAuthentication>true</usePreemptiveAuthentication>
        <username>mirth_lis</username>
        <password>${k.pw()}</password>
      </properties>
      <transportName>HTTP Sender</transportName>
    </connector>
  </destinationConnectors>
</channel>
`,
  ),

  hDoc(
    'health-mirth-code-template-js',
    ['code', 'config-syntax', 'precision'],
    'code-templates/EpicFhirAuth.js',
    (k) => `// Code template library: Epic backend OAuth (used by the ORU and SIU channels)
// Sandbox client id is public; the production secret used to live here until the move to the configuration map.
var EPIC_TOKEN_URL = 'https://fhir.epic.com/interconnect-fhir-oauth/oauth2/token';
var EPIC_NONPROD_CLIENT_ID = '${k.n(k.g.uuid())}';
var EPIC_CLIENT_SECRET = configurationMap.get('epic.client.secret'); // ${k.n('configurationMap')} reference, fine

// legacy Cerner (Oracle Health) system account, still used by the ADT feed — TODO move to config map
var CERNER_SYSTEM_ACCOUNT_ID = '${k.n(k.g.uuid())}';
var CERNER_SYSTEM_SECRET = '${k.tok()}';

function getEpicToken() {
  var client = new org.apache.http.impl.client.DefaultHttpClient();
  var post = new org.apache.http.client.methods.HttpPost(EPIC_TOKEN_URL);
  var params = 'grant_type=client_credentials&client_assertion_type=urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer&client_assertion=' + buildAssertion();
  post.setEntity(new org.apache.http.entity.StringEntity(params));
  var resp = client.execute(post);
  return JSON.parse(org.apache.commons.io.IOUtils.toString(resp.getEntity().getContent(), 'UTF-8')).access_token;
}

function sendToPharmacy(msg) {
  // vendor gateway only supports a static key header
  var headers = { 'X-Pharm-Key': '${k.tok()}', 'Content-Type': 'application/hl7-v2' };
  return router.routeMessage('Pharmacy Outbound', msg);
}
`,
  ),

  hDoc(
    'health-mirth-configuration-map',
    ['config-syntax', 'precision'],
    'mirthconnect/appdata/configuration.properties',
    (k) => `#Mirth Connect configuration map
#Tue Mar 12 08:14:55 CET 2024
epic.client.id=${k.n(k.g.uuid())}
epic.client.secret=${k.tok()}
epic.fhir.base=https\\://fhir.epic.com/interconnect-fhir-oauth/api/FHIR/R4
lis.sftp.host=sftp.labcorp-partner.net
lis.sftp.user=stmarys_results
lis.sftp.password=${k.pw()}
pacs.ae.title=${k.n(V.aeTitle(k.g))}
pacs.ae.port=104
smtp.host=smtp.office365.com
smtp.user=interfaces@stmarys.org
smtp.password=${k.pw()}
redcap.api.url=https\\://redcap.stmarys.org/api/
redcap.api.token=${k.s('token', k.g.hex(32).toUpperCase())}
hie.oid=${k.n(V.oid(k.g))}
facility.npi=${k.n(V.npi(k.g))}
`,
  ),

  hDoc(
    'health-rhapsody-comm-point',
    ['config-syntax', 'precision'],
    'rhapsody/config/CommunicationPoints/SFTP_Claims_Out.xml',
    (k) => `<?xml version="1.0" encoding="UTF-8"?>
<CommunicationPoint name="SFTP_Claims_Out" type="SFTP Client" mode="Output">
  <Folder>Billing/Outbound</Folder>
  <Properties>
    <Property name="Host">sftp.clearinghouse-partner.com</Property>
    <Property name="Port">22</Property>
    <Property name="Remote Directory">/inbound/837P</Property>
    <Property name="Username">rh_stmarys_837</Property>
    <Property name="Password" encrypted="false">${k.pw()}</Property>
    <Property name="Private Key File"></Property>
    <Property name="Private Key Passphrase" encrypted="true">${k.n('AES:' + k.g.base64(44))}</Property>
    <Property name="Known Hosts File">/opt/rhapsody/local/known_hosts</Property>
    <Property name="File Name Pattern">STM_837P_%Y%m%d%H%M%S.x12</Property>
    <Property name="Polling Interval">300</Property>
  </Properties>
  <Notes>Password moved to the credential vault on 2024-05-02? Not yet — still plain here (see INC0048213).</Notes>
</CommunicationPoint>
`,
  ),

  hDoc(
    'health-cloverleaf-netconfig',
    ['config-syntax', 'precision'],
    'cloverleaf/integrator/adt_site/NetConfig',
    (k) => `protocol lab_results_out {
    { AUTOSTART 1 }
    { DATAFORMAT { frl-hl7 } }
    { GROUPS {} }
    { HOSTDOWN {} }
    { PROTOCOL {
        { TYPE pdl-tcpip }
        { HOST 10.44.12.30 }
        { PORT ${V.port(k.g)} }
        { PDLTYPE mlp_tcp.pdl }
        { ISSERVER 0 }
    } }
    { SAVEMSGS 1 }
}
protocol ftp_lab_batch {
    { AUTOSTART 0 }
    { PROTOCOL {
        { TYPE fileset }
        { MODE ftp }
        { FTPHOST ftp.reflab.example.com }
        { FTPUSER cl_batch }
        { FTPPASSWD ${k.spw()} }
        { FTPDIR /outbound/results }
        { FTPTYPE sftp }
    } }
}
protocol db_lookup {
    { PROTOCOL {
        { TYPE odbc }
        { DSN EMPI_PROD }
        { USER cl_empi }
        { PASSWORD ${k.n('{enc}' + k.g.hex(48))} }
    } }
}
`,
  ),

  hDoc(
    'health-corepoint-connection-export',
    ['config-syntax', 'precision'],
    'corepoint/exports/Connections_Radiology.cpx.xml',
    (k) => `<CorepointExport product="Corepoint Integration Engine" version="7.3">
  <Connection Name="RIS_Orders_Out" Type="LLP Client">
    <Address>ris01.northside.local</Address>
    <Port>${V.port(k.g)}</Port>
    <AckMode>Original</AckMode>
  </Connection>
  <Connection Name="Teleradiology_Web" Type="Web Services Client">
    <Url>https://api.telerad-partner.com/v2/studies</Url>
    <Authentication Type="Basic">
      <UserName>northside_ris</UserName>
      <Password>${k.spw()}</Password>
    </Authentication>
    <CustomHeaders>
      <Header Name="X-Partner-Id" Value="${k.n('NSH-' + k.g.digits(5))}" />
      <Header Name="X-Partner-Secret" Value="${k.tok()}" />
    </CustomHeaders>
  </Connection>
  <Connection Name="EMPI_Query" Type="Database">
    <ConnectionString>Data Source=empi-sql01;Initial Catalog=EMPI;User ID=cp_empi;Password=${k.cs()};Encrypt=True</ConnectionString>
  </Connection>
</CorepointExport>
`,
  ),

  hDoc(
    'health-iris-csp-ini',
    ['config-syntax', 'credential-file'],
    'CSPGateway/CSP.ini',
    (k) => `[SYSTEM]
System_Manager=*.*.*.*
SM_Timeout=28800
Server_Response_Timeout=60
No_Activity_Timeout=86400
Queued_Request_Timeout=60
Configuration_Initialized=Thu Feb 15 10:22:41 2024

[SYSTEM_INDEX]
LOCAL=Enabled
HSPROD=Enabled

[LOCAL]
Ip_Address=127.0.0.1
TCP_Port=1972
Minimum_Server_Connections=3
Maximum_Session_Connections=6
Username=CSPSystem
Password=${k.pw()}

[HSPROD]
Ip_Address=10.20.4.18
TCP_Port=51773
Username=CSPSystem
Password=${k.u(']]]' + k.g.base64(16).replace(/=+$/, ''))}
Connection_Security_Level=0
Product=2

[APP_PATH_INDEX]
/=Enabled
/csp=Enabled

[APP_PATH:/csp]
Default_Server=HSPROD
`,
  ),

  hDoc(
    'health-iris-installer-manifest',
    ['code', 'config-syntax', 'precision'],
    'src/HS/Installer.cls',
    (k) => `Class HS.Local.Installer
{

XData Install [ XMLNamespace = INSTALLER ]
{
<Manifest>
  <Default Name="NAMESPACE" Value="HSEDGE1"/>
  <Default Name="DBDIR" Value="\${MGRDIR}hsedge1"/>
  <Default Name="SUPASSWORD" Value="${k.spw()}"/>
  <Default Name="DATAMART_PASSWORD" Value="\${DATAMART_PASSWORD}"/>
  <Namespace Name="\${NAMESPACE}" Create="yes" Code="\${NAMESPACE}" Data="\${NAMESPACE}" Ensemble="1">
    <Configuration>
      <Database Name="\${NAMESPACE}" Dir="\${DBDIR}" Create="yes"/>
    </Configuration>
  </Namespace>
  <User Username="hs_interface" PasswordVar="SUPASSWORD" Roles="%All" Fullname="HealthShare interface user"/>
</Manifest>
}

ClassMethod SetupCredentials() As %Status
{
    // Ens.Config.Credentials used by the business operations
    Set sc = ##class(Ens.Config.Credentials).SetCredential("EpicSFTP", "hs_epic_ftp", "${k.pw()}", 1)
    Set sc = ##class(Ens.Config.Credentials).SetCredential("LabCorpWS", "stmarys_ws", "${k.pw()}", 1)
    Set sc = ##class(Ens.Config.Credentials).SetCredential("Placeholder", "user", "${k.ph()}", 1)
    Quit sc
}

}
`,
  ),

  hDoc(
    'health-iris-terminal-session',
    ['command-line', 'logs-and-output'],
    'notes/iris-user-setup.txt',
    (k) => `$ iris session HSPROD -U %SYS
Username: _SYSTEM
Password: ${k.n('***')}
%SYS>set props("Password")="${k.pw()}"
%SYS>set props("Roles")="%HS_Administrator,%DB_HSLIB"
%SYS>set props("FullName")="Interface Service Account"
%SYS>write ##class(Security.Users).Create("svc_hl7",props("Roles"),props("Password"),props("FullName"))
1
%SYS>do ##class(Security.Users).Get("svc_hl7",.p) zw p("Flags")
p("Flags")=1
%SYS>; changed the _SYSTEM password after go-live too:
%SYS>write ##class(Security.Users).ChangePassword("_SYSTEM","${k.pw()}")
1
%SYS>halt
`,
  ),

  hDoc(
    'health-mllp-listener-yaml',
    ['config-syntax', 'precision'],
    'hl7-gateway/config/listeners.yaml',
    (k) => `# HL7 v2 MLLP gateway (in-house, node) — listeners and forwarders
listeners:
  - name: adt-epic
    port: ${V.port(k.g)}
    framing: mllp
    tls:
      enabled: true
      cert: /etc/hl7gw/tls/adt.crt
      key: /etc/hl7gw/tls/adt.key
      keyPassphrase: ${k.phrase()}
    ackMode: original
    sendingFacilityOid: ${k.n(V.oid(k.g))}
  - name: oru-sunquest
    port: ${V.port(k.g)}
    framing: mllp
    tls:
      enabled: false
forwarders:
  - name: kafka
    brokers: [kafka-0.hl7.svc:9093, kafka-1.hl7.svc:9093]
    sasl:
      mechanism: SCRAM-SHA-512
      username: hl7gw
      password: \${KAFKA_PASSWORD}
  - name: audit-db
    dsn: postgres://hl7audit:${k.cs()}@pg-audit.hl7.svc:5432/audit?sslmode=require
  - name: splunk
    hecUrl: https://splunk-hec.stmarys.org:8088/services/collector
    hecToken: ${k.s('token', k.g.uuid())}
`,
  ),
];
