// Imaging: Orthanc orthanc.json RegisteredUsers and DicomModalities, dcm4chee LDAP, OHIF/DICOMweb bearer tokens,
// storescu/findscu/dcmsend command lines, PACS web viewers, Horos/OsiriX, modality worklist configs.
import type { RealWorldDoc } from '../types';
import { hDoc, V } from './healthValues';

export const HEALTH_IMAGING_DOCS: RealWorldDoc[] = [
  hDoc(
    'health-orthanc-json',
    ['config-syntax', 'precision'],
    'orthanc/orthanc.json',
    (k) => `{
  "Name" : "ORTHANC-RAD-TEACHING",
  "StorageDirectory" : "/var/lib/orthanc/db",
  "IndexDirectory" : "/var/lib/orthanc/db",
  "StorageCompression" : false,
  "MaximumStorageSize" : 0,
  "Plugins" : [ "/usr/share/orthanc/plugins" ],
  "HttpServerEnabled" : true,
  "HttpPort" : 8042,
  "DicomServerEnabled" : true,
  "DicomAet" : "${k.n(V.aeTitle(k.g))}",
  "DicomCheckCalledAet" : false,
  "DicomPort" : 4242,
  "RemoteAccessAllowed" : true,
  "AuthenticationEnabled" : true,
  "RegisteredUsers" : {
    "admin" : "${k.pw()}",
    "radiologist" : "${k.hpw()}",
    "teaching" : "${k.pw()}"
  },
  "DicomModalities" : {
    "pacs-main" : [ "${k.n('PACS_MAIN')}", "10.30.1.20", 104 ],
    "ct-west" : [ "${k.n('CT_SIEMENS1')}", "10.30.8.41", 104 ],
    "horos-ws" : { "AET" : "${k.n('HOROS')}", "Host" : "10.30.9.77", "Port" : 11112, "AllowStore" : true }
  },
  "OrthancPeers" : {
    "research" : {
      "Url" : "https://orthanc-research.uni-example.org/",
      "Username" : "rad-teaching",
      "Password" : "${k.pw()}"
    }
  },
  "PostgreSQL" : {
    "EnableIndex" : true,
    "EnableStorage" : false,
    "Host" : "pg-orthanc",
    "Port" : 5432,
    "Database" : "orthanc",
    "Username" : "orthanc",
    "Password" : "${k.spw()}"
  },
  "DicomWeb" : { "Enable" : true, "Root" : "/dicom-web/", "EnableWado" : true }
}
`,
  ),

  hDoc(
    'health-orthanc-docker-env',
    ['config-syntax', 'precision'],
    'orthanc/docker-compose.override.yml',
    (k) => `services:
  orthanc:
    image: orthancteam/orthanc:24.4.0
    environment:
      ORTHANC__NAME: "ORTHANC-ED"
      ORTHANC__REGISTERED_USERS: |
        {"demo": "${k.n('demo')}", "viewer": "${k.pw()}"}
      ORTHANC__POSTGRESQL__PASSWORD: ${k.spw()}
      ORTHANC__DICOM_WEB__SERVERS: |
        {"cloud-archive": {"Url": "https://healthcare.googleapis.com/v1/projects/nsh-img/locations/europe-west4/datasets/rad/dicomStores/archive/dicomWeb/", "HttpHeaders": {"Authorization": "Bearer ${k.http('ya29.' + k.g.base64url(150))}"}}}
      VERBOSE_ENABLED: "true"
      DICOM_WEB_PLUGIN_ENABLED: "true"
    secrets:
      - orthanc-admin
secrets:
  orthanc-admin:
    file: ./secrets/orthanc-admin.txt
`,
  ),

  hDoc(
    'health-dcm4chee-ldap-ldif',
    ['config-syntax', 'credential-file', 'precision'],
    'dcm4chee-arc/ldap/init-admin.ldif',
    (k) => `# dcm4chee-arc 5.x: archive admin and LDAP bind used by the Keycloak user federation
dn: cn=admin,dc=dcm4che,dc=org
changetype: modify
replace: userPassword
userPassword: ${k.n('{SSHA}' + k.g.base64(32))}

dn: dicomAETitle=DCM4CHEE,dicomDevicesRoot=*
changetype: modify
replace: dicomDescription
dicomDescription: Main archive AE (${k.n('DCM4CHEE')})

# docker env used at install (kept here "for reference")
# LDAP_ROOTPASS=${k.pw()}
# LDAP_CONFIGPASS=${k.pw()}
# KEYCLOAK_ADMIN_PASSWORD=${k.pw()}
# POSTGRES_PASSWORD=${k.spw()}
# ARCHIVE_DEVICE_NAME=dcm4chee-arc
# WILDFLY_ADMIN_USER=admin
# WILDFLY_ADMIN_PASSWORD=${k.n('${WILDFLY_ADMIN_PASSWORD}')}
`,
  ),

  hDoc(
    'health-ohif-app-config',
    ['config-syntax', 'http-auth', 'precision'],
    'viewer/public/config/app-config.js',
    (k) => `window.config = {
  routerBasename: '/',
  showStudyList: true,
  maxNumberOfWebWorkers: 3,
  dataSources: [
    {
      namespace: '@ohif/extension-default.dataSourcesModule.dicomweb',
      sourceName: 'dicomweb',
      configuration: {
        friendlyName: 'Radiology teaching archive',
        name: 'orthanc',
        wadoUriRoot: 'https://pacs-teach.nsh.org/wado',
        qidoRoot: 'https://pacs-teach.nsh.org/dicom-web',
        wadoRoot: 'https://pacs-teach.nsh.org/dicom-web',
        qidoSupportsIncludeField: false,
        imageRendering: 'wadors',
        thumbnailRendering: 'wadors',
        // temporary until the oidc proxy is live (ticket RAD-2231)
        requestOptions: {
          auth: 'teaching:${k.spw()}',
          headers: { Authorization: 'Basic ${k.basic('teaching')}' },
        },
      },
    },
  ],
  oidc: [
    {
      authority: 'https://sso.nsh.org/realms/radiology',
      client_id: '${k.n('ohif-viewer')}',
      redirect_uri: '/callback',
      response_type: 'code',
      scope: 'openid',
    },
  ],
  studyListFunctionsEnabled: true,
};
`,
  ),

  hDoc(
    'health-dcmtk-commands',
    ['command-line', 'precision'],
    'docs/dicom-cheatsheet.md',
    (k) => `# DICOM command-line cheat sheet (DCMTK / dcm4che)

Echo the PACS:
    echoscu -v -aet ${k.n('FINDSCU')} -aec ${k.n('PACS_MAIN')} 10.30.1.20 104

Find a study by accession number:
    findscu -v -S -aet FINDSCU -aec PACS_MAIN -k QueryRetrieveLevel=STUDY -k AccessionNumber=${k.n(V.accession(k.g))} -k StudyInstanceUID 10.30.1.20 104

Send a folder:
    storescu -v -aet STORESCU -aec ${k.n('SECTRA_ARC')} +sd +r 10.30.1.25 104 ./export/

TLS to the cloud archive (the key is passphrase-protected):
    storescu --enable-tls ./tls/modality.key ./tls/modality.crt --add-cert-file ./tls/ca.pem \\
      --use-passwd ${k.spw()} -aet CT_WEST -aec CLOUDARCH arch.rad-partner.net 2762 study/*.dcm

dcm4che dcmsend with user identity negotiation (AE password, set up by the teleradiology vendor):
    storescu -c TELERAD@telerad.partner.com:11112 --user nsh_ct --user-pass ${k.spw()} --user-rsp /data/outbox/

STOW-RS via curl:
    curl -X POST -H "Content-Type: multipart/related; type=application/dicom" \\
      -u nshupload:${k.spw()} --data-binary @study.mpr https://dicomweb.rad-partner.net/studies

Study UID example: ${k.n(V.dicomUid(k.g))}
Series UID example: ${k.n(V.dicomUid(k.g))}
`,
  ),

  hDoc(
    'health-dicomweb-python-client',
    ['code', 'http-auth', 'precision'],
    'tools/qido_sync.py',
    (k) => `import requests
from dicomweb_client.api import DICOMwebClient
from dicomweb_client.session_utils import create_session_from_user_pass

QIDO = "https://pacs.nsh.org/dicom-web"
# service user for the research export, see the data-sharing agreement DSA-2024-07
session = create_session_from_user_pass(username="research_export", password="${k.pw()}")
client = DICOMwebClient(url=QIDO, session=session)

studies = client.search_for_studies(search_filters={"StudyDate": "20240101-20240131", "ModalitiesInStudy": "MR"})
for s in studies:
    uid = s["0020000D"]["Value"][0]
    print(uid)

# the vendor's cloud viewer uses a static API token
VIEWER_API = "https://viewer.cloudpacs-vendor.com/api/v1"
headers = {"Authorization": "Token ${k.http(k.g.hex(40))}"}
requests.post(f"{VIEWER_API}/share", json={"studyUid": "${k.n(V.dicomUid(k.g))}", "expiresIn": 3600}, headers=headers)
`,
  ),

  hDoc(
    'health-pacs-modality-worklist-ini',
    ['config-syntax', 'precision'],
    'mwl-broker/wlmscpfs.ini',
    (k) => `; Modality worklist broker (RIS -> modalities)
[General]
LocalAETitle=${k.n('MWL_BROKER')}
ListenPort=107
LogLevel=Info

[RIS]
Driver=ODBC Driver 17 for SQL Server
Server=ris-sql01.nsh.local
Database=RIS
Uid=mwl_reader
Pwd=${k.spw()}
QueryIntervalSeconds=60

[Modalities]
CT_WEST=10.30.8.41:104
MR3T_WEST=10.30.8.52:104
US_GE_L2=10.30.8.63:104

[Admin]
; web console at http://mwl-broker:8088
ConsoleUser=admin
ConsolePassword=${k.pw()}
`,
  ),

  hDoc(
    'health-horos-plist-note',
    ['config-syntax', 'prose', 'precision'],
    'mac-imaging/readme-horos-nodes.md',
    (k) => `# Horos/OsiriX: DICOM nodes on the reading-room Macs

Nodes are pushed with a profile. The plist fragment below is what gets written to
\`~/Library/Preferences/com.horosproject.horos.plist\` (key \`SERVERS\`).

\`\`\`xml
<dict>
  <key>AETitle</key><string>${k.n('PACS_MAIN')}</string>
  <key>Address</key><string>10.30.1.20</string>
  <key>Port</key><integer>104</integer>
  <key>TransferSyntax</key><integer>0</integer>
  <key>WADOTransferSyntax</key><integer>0</integer>
  <key>WADOUrl</key><string>https://pacs.nsh.org/wado</string>
  <key>WADOUsername</key><string>horos</string>
  <key>WADOPassword</key><string>${k.pw()}</string>
</dict>
\`\`\`

The local admin on these Macs is \`radadmin\` / ${k.hpw()} (rotated by Jamf LAPS since March — the one above is
the old one, still valid on the two Macs in reading room 3).

Our own AE title is ${k.n('HOROS')}; the SOP class UID for CT storage is ${k.n('1.2.840.10008.5.1.4.1.1.2')}.
`,
  ),

  hDoc(
    'health-pacs-web-viewer-properties',
    ['config-syntax', 'precision'],
    'webviewer/conf/viewer.properties',
    (k) => `# Zero-footprint viewer, integration with the EHR (URL launch)
viewer.base.url=https://zfp.nsh.org/viewer
viewer.launch.mode=url
# shared secret used to sign the launch URL (HMAC-SHA256), must match the EHR's Imaging button config
viewer.launch.hmacKey=${k.tok()}
viewer.launch.maxAgeSeconds=120
viewer.ldap.url=ldaps://dc01.nsh.local:636
viewer.ldap.bindDn=CN=svc_zfp,OU=Service Accounts,DC=nsh,DC=local
viewer.ldap.bindPassword=${k.pw()}
viewer.ldap.userSearchBase=OU=Clinicians,DC=nsh,DC=local
viewer.session.timeoutMinutes=30
viewer.audit.syslog=udp://siem.nsh.local:514
viewer.study.sample=${k.n(V.dicomUid(k.g))}
`,
  ),

  hDoc(
    'health-modality-service-report',
    ['prose', 'logs-and-output', 'precision'],
    'vendor/ct-service-report-2024-03.txt',
    (k) => `FIELD SERVICE REPORT — CT scanner, Room CT2 (System ID ${k.n('CT' + k.g.digits(6))})
Engineer: M. Okafor                          Date: 2024-03-18
Call ref: ${k.n('SR-' + k.g.digits(8))}

Symptom: images not arriving in PACS after software upgrade VB20 -> VB30.
Findings: DICOM node for PACS lost after upgrade; AE title ${k.n('PACS_MAIN')} re-entered, port 104.
          Storage commitment to SECTRA_ARC re-enabled.
Service login used: user "service", password ${k.u('service')} (factory)
Site admin account on the scanner console changed at customer request; new password handed to
radiology IT (J. Peeters) on paper, also noted here for the file: ${k.hpw()}
Remote service (SRS) connection tested OK. Router ID ${k.n(k.g.digits(9))}.
Parts replaced: none. Next PM due: 2024-09.
Signature: ______________
`,
  ),

  hDoc(
    'health-dicom-anonymizer-config',
    ['config-syntax', 'precision'],
    'ctp/config.xml',
    (k) => `<Configuration>
  <Server port="1080" ssl="yes" usersClassName="org.rsna.server.UsersXmlFileImpl"/>
  <Pipeline name="Research export">
    <DicomImportService name="DICOM import" root="roots/import" port="25055" calledAETTag="00097770" />
    <DicomAnonymizer name="Anonymizer" root="roots/anon" script="scripts/DicomAnonymizer.script"
        lookupTable="scripts/LookupTable.properties" />
    <IDMap name="IDMap" root="roots/idmap" />
    <HttpExportService name="Export to research PACS" root="roots/export"
        url="https://research-pacs.uni-example.org:9443" username="ctp_nsh" password="${k.pw()}" />
  </Pipeline>
</Configuration>
<!-- anonymizer param: @param(UIDROOT)=${k.n('1.2.826.0.1.3680043.8.498')}, @param(SITEID)=NSH01
     hash key for PatientID pseudonyms (keep it secret or the pseudonyms can be reversed): ${k.hex(32)} -->
`,
  ),
];
