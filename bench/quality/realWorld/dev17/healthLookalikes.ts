// Precision: clinical files full of values that look random and are not secrets (FHIR bundles, CDA documents, DICOM
// dumps, HL7 batches, terminology exports, hashed password tables, masked config dumps, vendor docs with placeholders),
// with the odd real secret among them as people leave it.
import type { RealWorldDoc } from '../types';
import { hDoc, V } from './healthValues';

export const HEALTH_LOOKALIKE_DOCS: RealWorldDoc[] = [
  hDoc(
    'health-fhir-bundle-json',
    ['precision', 'logs-and-output'],
    'fixtures/bundle-discharge.json',
    (k) => `{
  "resourceType": "Bundle",
  "id": "${k.n(k.g.uuid())}",
  "meta": { "lastUpdated": "2024-05-02T10:11:12.000+00:00", "versionId": "${k.n(k.g.digits(2))}" },
  "type": "document",
  "identifier": { "system": "urn:ietf:rfc:3986", "value": "urn:uuid:${k.n(k.g.uuid())}" },
  "entry": [
    {
      "fullUrl": "urn:uuid:${k.n(k.g.uuid())}",
      "resource": {
        "resourceType": "Patient",
        "id": "${k.n(V.fhirId(k.g))}",
        "identifier": [
          { "system": "urn:oid:${k.n(V.oid(k.g))}", "value": "${k.n(V.mrn(k.g))}" },
          { "system": "http://hl7.org/fhir/sid/us-npi", "value": "${k.n(V.npi(k.g))}" }
        ],
        "name": [ { "family": "Testpatient", "given": [ "Delta" ] } ],
        "birthDate": "1970-01-01"
      }
    },
    {
      "fullUrl": "urn:uuid:${k.n(k.g.uuid())}",
      "resource": {
        "resourceType": "Observation",
        "status": "final",
        "code": { "coding": [ { "system": "http://loinc.org", "code": "${k.n(V.loinc(k.g))}", "display": "Hemoglobin A1c" } ] },
        "valueQuantity": { "value": 6.9, "unit": "%", "system": "http://unitsofmeasure.org", "code": "%" }
      }
    },
    {
      "fullUrl": "urn:uuid:${k.n(k.g.uuid())}",
      "resource": {
        "resourceType": "Condition",
        "code": { "coding": [
          { "system": "http://snomed.info/sct", "code": "${k.n(V.snomed(k.g))}" },
          { "system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "${k.n(V.icd10(k.g))}" } ] }
      }
    },
    {
      "fullUrl": "urn:uuid:${k.n(k.g.uuid())}",
      "resource": {
        "resourceType": "Binary",
        "contentType": "application/pdf",
        "data": "${k.n('JVBERi0xLjcK' + k.g.base64(200))}"
      }
    }
  ],
  "signature": { "type": [ { "system": "urn:iso-astm:E1762-95:2013", "code": "1.2.840.10065.1.12.1.1" } ], "when": "2024-05-02T10:11:12Z", "data": "${k.n(k.g.base64(344))}" }
}
`,
  ),

  hDoc(
    'health-cda-document',
    ['precision'],
    'fixtures/ccd-sample.xml',
    (k) => `<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:sdtc="urn:hl7-org:sdtc">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>
  <id root="${k.n(V.oid(k.g))}" extension="${k.n(k.g.uuid())}"/>
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summarization of Episode Note"/>
  <title>Continuity of Care Document</title>
  <effectiveTime value="20240502101112-0500"/>
  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>
  <recordTarget>
    <patientRole>
      <id root="${k.n(V.oid(k.g))}" extension="${k.n(V.mrn(k.g))}"/>
      <patient>
        <name><given>Echo</given><family>Testpatient</family></name>
        <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
      </patient>
    </patientRole>
  </recordTarget>
  <author>
    <assignedAuthor>
      <id root="2.16.840.1.113883.4.6" extension="${k.n(V.npi(k.g))}"/>
    </assignedAuthor>
  </author>
  <component><structuredBody>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.1.1"/>
      <code code="10160-0" codeSystem="2.16.840.1.113883.6.1"/>
      <entry><substanceAdministration classCode="SBADM" moodCode="EVN">
        <id root="${k.n(k.g.uuid())}"/>
        <consumable><manufacturedProduct><manufacturedMaterial>
          <code code="${k.n(k.g.digits(6))}" codeSystem="2.16.840.1.113883.6.88" displayName="metformin 500 MG Oral Tablet"/>
        </manufacturedMaterial></manufacturedProduct></consumable>
      </substanceAdministration></entry>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
`,
  ),

  hDoc(
    'health-dcmdump-output',
    ['precision', 'logs-and-output'],
    'support/dcmdump-ct-head.txt',
    (k) => `# Dicom-File-Format

# Dicom-Meta-Information-Header
# Used TransferSyntax: Little Endian Explicit
(0002,0000) UL 198                                      #   4, 1 FileMetaInformationGroupLength
(0002,0002) UI =CTImageStorage                          #  26, 1 MediaStorageSOPClassUID
(0002,0003) UI [${k.n(V.dicomUid(k.g))}]                #  58, 1 MediaStorageSOPInstanceUID
(0002,0010) UI =LittleEndianExplicit                    #  20, 1 TransferSyntaxUID
(0002,0012) UI [1.2.276.0.7230010.3.0.3.6.8]            #  28, 1 ImplementationClassUID

# Dicom-Data-Set
(0008,0018) UI [${k.n(V.dicomUid(k.g))}]                #  58, 1 SOPInstanceUID
(0008,0050) SH [${k.n(V.accession(k.g))}]               #  10, 1 AccessionNumber
(0008,0060) CS [CT]                                     #   2, 1 Modality
(0008,1010) SH [${k.n('CT_SIEMENS1')}]                   #  12, 1 StationName
(0010,0010) PN [ANON^PATIENT]                           #  12, 1 PatientName
(0010,0020) LO [${k.n(V.mrn(k.g))}]                      #   8, 1 PatientID
(0020,000d) UI [${k.n(V.dicomUid(k.g))}]                #  58, 1 StudyInstanceUID
(0020,000e) UI [${k.n(V.dicomUid(k.g))}]                #  58, 1 SeriesInstanceUID
(0029,1010) OB 53\\56\\31\\30\\04\\03\\02\\01\\00\\00\\00\\00   # 9812, 1 Unknown Tag & Data
(7fe0,0010) OW 0000\\0000\\0000\\0000\\0000\\0000          # 524288, 1 PixelData
`,
  ),

  hDoc(
    'health-hl7-batch-file',
    ['precision'],
    'fixtures/batch-vxu-immunizations.hl7',
    (k) => `FHS|^~\\&|NSH_EHR|NSH|IIS|STATE|20240601000000||||${k.n(V.hl7Ctrl(k.g))}
BHS|^~\\&|NSH_EHR|NSH|IIS|STATE|20240601000000||||${k.n(V.hl7Ctrl(k.g))}
MSH|^~\\&|NSH_EHR|NSH|IIS|STATE|20240601000000||VXU^V04^VXU_V04|${k.n(V.hl7Ctrl(k.g))}|P|2.5.1|||ER|AL|||||Z22^CDCPHINVS
PID|1||${k.n(V.mrn(k.g))}^^^NSH^MR||TESTCHILD^FOXTROT^^^^^L||20220115|M
ORC|RE||${k.n(k.g.digits(10))}^NSH
RXA|0|1|20240531||08^Hep B, adolescent or pediatric^CVX|0.5|mL^^UCUM||00^New immunization record^NIP001||||||${k.n(k.g.alnum(8).toUpperCase())}||MSD^Merck^MVX||||A
OBX|1|CE|64994-7^Vaccine funding program eligibility^LN|1|V02^VFC eligible^HL70064||||||F
BTS|1
FTS|1
`,
  ),

  hDoc(
    'health-password-hash-table',
    ['precision', 'logs-and-output'],
    'support/portal-users-export.csv',
    (k) => `user_id,username,password_hash,mfa_secret_set,last_login,role
${k.n(k.g.digits(6))},a.kowalski,${k.n(V.bcrypt(k.g))},true,2024-06-01T08:12:00Z,nurse
${k.n(k.g.digits(6))},b.osei,${k.n(V.bcrypt(k.g))},true,2024-06-02T17:40:10Z,physician
${k.n(k.g.digits(6))},c.nguyen,${k.n(V.bcrypt(k.g))},false,2024-05-28T06:01:44Z,registration
${k.n(k.g.digits(6))},svc_interface,${k.n('{SSHA256}' + k.g.base64(44))},false,,system
`,
  ),

  hDoc(
    'health-masked-config-dump',
    ['precision', 'logs-and-output'],
    'support/mirth-config-dump-masked.txt',
    (k) => `Mirth configuration dump (exported with --mask-secrets) — 2024-06-18
database.url = jdbc:postgresql://mirthdb:5432/mirthdb
database.username = mirth
database.password = ${k.n('********')}
keystore.storepass = ${k.n('[MASKED]')}
keystore.keypass = ${k.n('[MASKED]')}
smtp.password = ${k.n(V.mask(V.safePw(k.g)))}
epic.client.secret = ${k.n('<redacted>')}
epic.client.id = ${k.n(k.g.uuid())}
redcap.api.token = ${k.n(k.g.hex(4).toUpperCase() + '************************' + k.g.hex(4).toUpperCase())}
channel.count = 48
server.id = ${k.n(k.g.uuid())}
`,
  ),

  hDoc(
    'health-vendor-install-guide-placeholders',
    ['precision', 'prose', 'config-syntax'],
    'docs/vendor-install-guide-hl7-connector.md',
    (k) => `# HL7 Connector — Installation Guide (vendor documentation)

Edit \`connector.yml\`:

\`\`\`yaml
ehr:
  baseUrl: https://<your-ehr-host>/fhir/r4
  clientId: <client-id>
  clientSecret: ${k.n('<client-secret>')}
database:
  host: localhost
  user: connector
  password: ${k.n('${CONNECTOR_DB_PASSWORD}')}
mllp:
  port: 2575
  tlsKeyPassword: ${k.n('CHANGE_ME')}
license:
  key: ${k.n('XXXX-XXXX-XXXX-XXXX')}
\`\`\`

Then run:

\`\`\`
connector-cli set-password --user admin --password '${k.n('your-password')}'
connector-cli register --token ${k.n('$REGISTRATION_TOKEN')}
\`\`\`

> The default admin password is \`${k.u('admin')}\`. You will be asked to change it at first login.
`,
  ),

  hDoc(
    'health-terminology-export',
    ['precision'],
    'terminology/lab-codes-mapping.csv',
    (k) => `local_code,local_name,loinc,snomed_specimen,units,hash
${k.n('GLU' + k.g.digits(2))},Glucose serum,${k.n(V.loinc(k.g))},${k.n(V.snomed(k.g))},mmol/L,${k.n(V.md5(k.g))}
${k.n('HBA' + k.g.digits(2))},HbA1c,${k.n(V.loinc(k.g))},${k.n(V.snomed(k.g))},%,${k.n(V.md5(k.g))}
${k.n('CRP' + k.g.digits(2))},C-reactive protein,${k.n(V.loinc(k.g))},${k.n(V.snomed(k.g))},mg/L,${k.n(V.md5(k.g))}
${k.n('TSH' + k.g.digits(2))},Thyrotropin,${k.n(V.loinc(k.g))},${k.n(V.snomed(k.g))},mIU/L,${k.n(V.md5(k.g))}
`,
  ),

  hDoc(
    'health-epic-public-client-ids',
    ['precision', 'config-syntax'],
    'src/config/smart-apps.json',
    (k) => `{
  "apps": [
    { "name": "Growth Charts", "type": "public", "clientId": "${k.n(k.g.uuid())}", "redirectUri": "https://apps.nsh.org/growth/callback", "pkce": true },
    { "name": "Patient Education", "type": "public", "clientId": "${k.n(k.g.uuid())}", "redirectUri": "https://apps.nsh.org/edu/callback", "pkce": true },
    { "name": "Sepsis Dashboard", "type": "public", "clientId": "${k.n(k.g.uuid())}", "redirectUri": "https://apps.nsh.org/sepsis/callback", "pkce": true },
    { "name": "Med Rec", "type": "confidential", "clientId": "${k.n(k.g.uuid())}", "clientSecretRef": "${k.n('vault:secret/data/smart/medrec#client_secret')}" }
  ],
  "issuer": "https://fhir.epic.com/interconnect-fhir-oauth/api/FHIR/R4",
  "jwksUri": "https://apps.nsh.org/.well-known/jwks.json"
}
`,
  ),

  hDoc(
    'health-sops-encrypted-secrets',
    ['precision', 'config-syntax'],
    'k8s/health-apps/secrets.enc.yaml',
    (k) => `apiVersion: v1
kind: Secret
metadata:
    name: hl7-gateway
type: Opaque
stringData:
    KAFKA_PASSWORD: ${k.n('ENC[AES256_GCM,data:' + k.g.base64(24) + ',iv:' + k.g.base64(44) + ',tag:' + k.g.base64(24) + ',type:str]')}
    AUDIT_DB_PASSWORD: ${k.n('ENC[AES256_GCM,data:' + k.g.base64(20) + ',iv:' + k.g.base64(44) + ',tag:' + k.g.base64(24) + ',type:str]')}
sops:
    kms: []
    age:
        - recipient: ${k.n('age1' + k.g.lower(58))}
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            ${k.n(k.g.base64(64))}
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-06-20T09:00:00Z"
    mac: ${k.n('ENC[AES256_GCM,data:' + k.g.base64(88) + ',iv:' + k.g.base64(44) + ',tag:' + k.g.base64(24) + ',type:str]')}
    version: 3.8.1
`,
  ),

  hDoc(
    'health-integrity-manifest',
    ['precision'],
    'release/interface-bundle-4.2.0.sha256',
    (k) => `${k.n(V.sha256(k.g))}  mirth-channels-4.2.0.zip
${k.n(V.sha256(k.g))}  code-templates-4.2.0.xml
${k.n(V.sha256(k.g))}  hl7-gateway-4.2.0.tar.gz
${k.n(V.sha256(k.g))}  orthanc-plugins-4.2.0.tar.gz
# signed with release key fingerprint ${k.n(k.g.hex(40).toUpperCase())}
`,
  ),

  hDoc(
    'health-i18n-login-strings',
    ['precision', 'code'],
    'portal/src/i18n/login.json',
    (k) => `{
  "en": { "password": "${k.n('Password')}", "forgot": "Forgot your password?", "mrnLabel": "Medical record number", "example": "e.g. ${k.n(V.mrn(k.g))}" },
  "de": { "password": "${k.n('Kennwort')}", "forgot": "Passwort vergessen?", "mrnLabel": "Patientennummer" },
  "fr": { "password": "${k.n('Mot de passe')}", "forgot": "Mot de passe oublié ?", "mrnLabel": "Numéro de dossier" },
  "es": { "password": "${k.n('Contraseña')}", "forgot": "¿Olvidó su contraseña?", "mrnLabel": "Número de historia clínica" },
  "ar": { "password": "${k.n('كلمة المرور')}", "forgot": "هل نسيت كلمة المرور؟" },
  "ja": { "password": "${k.n('パスワード')}", "forgot": "パスワードをお忘れですか？" },
  "passwordPolicyRegex": "${k.n('^(?=.*[A-Z])(?=.*\\\\d).{12,}$')}"
}
`,
  ),
];
