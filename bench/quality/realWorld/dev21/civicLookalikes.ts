// Files full of look-alikes: Bates indexes, drawing registers, MLS exports, permit registers, IFC excerpts, evidence
// hash manifests, password policies, vault-referenced configs, Terraform and Kubernetes files. Few secrets, many ids.
import type { RealWorldDoc } from '../types';
import { cDoc, C } from './civicValues';

export const CIVIC_LOOKALIKE_DOCS: RealWorldDoc[] = [
  cDoc(
    'civic-bates-index-csv',
    ['precision', 'logs-and-output'],
    'ediscovery/productions/VOL005-index.csv',
    (k) => `BegBates,EndBates,Custodian,DocDate,MD5Hash,SHA1Hash,Confidentiality
${k.n(C.bates(k.g))},${k.n(C.bates(k.g))},JSmith,2024-11-02,${k.n(C.md5(k.g))},${k.n(C.sha1(k.g))},CONFIDENTIAL
${k.n(C.bates(k.g))},${k.n(C.bates(k.g))},JSmith,2024-11-03,${k.n(C.md5(k.g))},${k.n(C.sha1(k.g))},AEO
${k.n(C.bates(k.g))},${k.n(C.bates(k.g))},ROkafor,2025-01-15,${k.n(C.md5(k.g))},${k.n(C.sha1(k.g))},CONFIDENTIAL
${k.n(C.bates(k.g))},${k.n(C.bates(k.g))},ROkafor,2025-01-16,${k.n(C.md5(k.g))},${k.n(C.sha1(k.g))},
`,
  ),

  cDoc(
    'civic-drawing-register-csv',
    ['precision', 'config-syntax'],
    'bim/registers/drawing-register.csv',
    (k) => `Drawing No,Title,Revision,Status,IFC GUID,File hash
${k.n('HC2-OAK-ZZ-00-DR-A-' + k.g.digits(4))},Ground floor GA,${k.n('C03')},A,${k.n(C.ifcGuid(k.g))},${k.n(C.md5(k.g))}
${k.n('HC2-OAK-ZZ-01-DR-A-' + k.g.digits(4))},First floor GA,${k.n('C02')},A,${k.n(C.ifcGuid(k.g))},${k.n(C.md5(k.g))}
${k.n('HC2-ENG-ZZ-ZZ-DR-S-' + k.g.digits(4))},Foundation layout,${k.n('P04')},S2,${k.n(C.ifcGuid(k.g))},${k.n(C.md5(k.g))}
${k.n('HC2-MEP-ZZ-RF-DR-M-' + k.g.digits(4))},Roof plant,${k.n('P01')},S1,${k.n(C.ifcGuid(k.g))},${k.n(C.md5(k.g))}
`,
  ),

  cDoc(
    'civic-mls-listing-export-csv',
    ['precision'],
    'feeds/exports/active-listings-2026-04.csv',
    (k) => `ListingId,ListingKey,ParcelNumber,ListPrice,PhotosChangeTimestamp,ListAgentMlsId,PhotoHash
${k.n(C.mlsId(k.g))},${k.n(k.g.hex(32))},${k.n(C.apn(k.g))},549000,2026-04-01T10:00:00Z,${k.n('OKR' + k.g.digits(5))},${k.n(C.sha1(k.g))}
${k.n(C.mlsId(k.g))},${k.n(k.g.hex(32))},${k.n(C.apn(k.g))},812500,2026-04-01T11:20:00Z,${k.n('OKR' + k.g.digits(5))},${k.n(C.sha1(k.g))}
${k.n(C.mlsId(k.g))},${k.n(k.g.hex(32))},${k.n(C.apn(k.g))},399900,2026-03-30T08:45:00Z,${k.n('OKR' + k.g.digits(5))},${k.n(C.sha1(k.g))}
`,
  ),

  cDoc(
    'civic-permit-register-json',
    ['precision', 'config-syntax'],
    'compliance/permits.json',
    (k) => `{
  "site": "Riverside School",
  "permits": [
    { "ref": "${k.n(C.permit(k.g))}", "type": "building", "issued": "2025-09-01", "checksum": "${k.n(C.sha256(k.g))}" },
    { "ref": "${k.n(C.permit(k.g))}", "type": "electrical", "issued": "2025-11-14", "checksum": "${k.n(C.sha256(k.g))}" },
    { "ref": "${k.n(C.permit(k.g))}", "type": "demolition", "issued": "2025-06-20", "checksum": "${k.n(C.sha256(k.g))}" }
  ],
  "parcel": "${k.n(C.apn(k.g))}",
  "portal_api_key": "${k.n('${PERMIT_PORTAL_API_KEY}')}"
}
`,
  ),

  cDoc(
    'civic-ifc-excerpt',
    ['precision', 'code'],
    'bim/exports/HC2-doors-excerpt.ifc',
    (k) => `ISO-10303-21;
HEADER;
FILE_DESCRIPTION(('ViewDefinition [ReferenceView_V1.2]'),'2;1');
FILE_NAME('HC2-OAK-ZZ-ZZ-M3-A-0001.ifc','2026-03-12T10:22:41',('bim.manager'),('Oakridge Build'),'IFC4','Revit 2025','');
FILE_SCHEMA(('IFC4'));
ENDSEC;
DATA;
#101= IFCDOOR('${k.n(C.ifcGuid(k.g))}',#41,'Door ${k.n(C.doorId(k.g))}',$,'Single-Flush:900x2100',#120,#130,'${k.n(k.g.digits(6))}',2100.,900.,.DOOR.,.SINGLE_SWING_LEFT.,$);
#102= IFCDOOR('${k.n(C.ifcGuid(k.g))}',#41,'Door ${k.n(C.doorId(k.g))}',$,'Double-Flush:1800x2100',#121,#131,'${k.n(k.g.digits(6))}',2100.,1800.,.DOOR.,.DOUBLE_DOOR_SINGLE_SWING.,$);
#103= IFCPROPERTYSINGLEVALUE('AccessControlId',$,IFCLABEL('${k.n('LK-' + k.g.digits(2) + '-' + k.g.digits(3))}'),$);
#104= IFCPROPERTYSINGLEVALUE('KeypadCode',$,IFCLABEL('${k.u(k.g.digits(4))}'),$);
ENDSEC;
END-ISO-10303-21;
`,
  ),

  cDoc(
    'civic-password-policy-firm',
    ['prose', 'precision'],
    'policies/password-policy-hartley-baxter.md',
    (k) => `# Password and secrets policy – Hartley Baxter LLP (v2.1)

1. Never send passwords by e-mail. Examples of what the 2025 audit found in mailboxes: "${k.n('<Office><Year>!')}-style
   passwords", "${k.n('<client name>123')}", "${k.n('Password1')}".
2. Service account passwords are generated (24+ characters) and stored in Keeper, folder ${k.n('IT / Service Accounts')}.
3. API keys for practice management and DMS integrations live in Azure Key Vault, referenced as
   ${k.n('@Microsoft.KeyVault(SecretUri=https://hb-kv.vault.azure.net/secrets/clio-client-secret/)')}.
4. Hashes (${k.n(C.bcrypt(k.g))}) may be kept in config; plain passwords may not.
5. Placeholders in documentation use ${k.n('<password>')} or ${k.n('********')}.
`,
  ),

  cDoc(
    'civic-k8s-tenant-portal',
    ['config-syntax', 'precision'],
    'pm-portal/k8s/deployment.yaml',
    (k) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: tenant-portal
spec:
  replicas: 2
  template:
    spec:
      containers:
        - name: web
          image: registry.oakridgepm.example/tenant-portal@sha256:${k.n(C.sha256(k.g))}
          env:
            - name: DATABASE_URL
              valueFrom: { secretKeyRef: { name: portal-db, key: url } }
            - name: YARDI_PASSWORD
              valueFrom: { secretKeyRef: { name: yardi, key: password } }
            - name: BUILDIUM_CLIENT_ID
              value: "${k.n(k.g.uuid())}"
            - name: SESSION_SECRET
              value: "${k.tok()}"
`,
  ),

  cDoc(
    'civic-terraform-charity-hcl',
    ['config-syntax', 'precision'],
    'infra/main.tf',
    (k) => `terraform {
  required_providers { digitalocean = { source = "digitalocean/digitalocean" } }
}

variable "db_password" {
  type      = string
  sensitive = true
}

resource "digitalocean_database_user" "wp" {
  cluster_id = "${k.n(k.g.uuid())}"
  name       = "wp"
}

resource "digitalocean_droplet" "site" {
  name      = "foodbank-web"
  size      = "s-1vcpu-2gb"
  image     = "wordpress-20-04"
  ssh_keys  = ["${k.n(Array.from({ length: 16 }, () => k.g.hex(2)).join(':'))}"]
  user_data = templatefile("cloud-init.yml", { db_password = var.db_password, mailchimp_key = "${k.prov('mailchimp', C.mailchimp(k.g))}" })
}
`,
  ),

  cDoc(
    'civic-charity-register-export',
    ['precision'],
    'governance/exports/charity-register-extract.txt',
    (k) => `Registered charity number: ${k.n(C.charityNo(k.g))}
Company number: ${k.n(k.g.digits(8))}
Linked charities: ${k.n(C.charityNo(k.g))}, ${k.n(C.charityNo(k.g))}
Gift Aid HMRC reference: ${k.n(k.g.upper(2) + k.g.digits(5))}
Bank: ${k.n(C.iban(k.g))}
Trustee IDs: ${k.n(k.g.uuid())}, ${k.n(k.g.uuid())}
Annual return submission id: ${k.n(k.g.hex(24))}
`,
  ),

  cDoc(
    'civic-vault-referenced-appsettings',
    ['config-syntax', 'precision'],
    'ConflictsCheck/appsettings.json',
    (k) => `{
  "Intapp": {
    "BaseUrl": "https://open.intapp.example/api/v1",
    "ApiKey": "${k.n('@Microsoft.KeyVault(SecretUri=https://hb-kv.vault.azure.net/secrets/intapp-api-key/)')}",
    "ApiUser": "conflicts-bot"
  },
  "ConnectionStrings": {
    "Conflicts": "${k.n('Server=hb-sql01;Database=Conflicts;Integrated Security=True')}"
  },
  "Smtp": { "User": "conflicts@hartley-baxter.example", "Password": "${k.ph()}" },
  "DocuSign": { "IntegrationKey": "${k.n(k.g.uuid())}", "PrivateKeyPath": "/run/secrets/docusign.pem" }
}
`,
  ),

  cDoc(
    'civic-chain-of-custody-form-es',
    ['precision', 'prose'],
    'forense/cadena-custodia/CC-2026-004.md',
    (k) => `# Cadena de custodia CC-2026-004 – Asunto ${k.n(C.matter(k.g))}

| Evidencia | Nº de serie | MD5 | SHA-1 |
|---|---|---|---|
| Portátil Dell Latitude | ${k.n(C.serial(k.g))} | ${k.n(C.md5(k.g))} | ${k.n(C.sha1(k.g))} |
| Memoria USB 32 GB | ${k.n(C.serial(k.g))} | ${k.n(C.md5(k.g))} | ${k.n(C.sha1(k.g))} |
| Teléfono móvil | IMEI ${k.n(k.g.digits(15))} | ${k.n(C.md5(k.g))} | ${k.n(C.sha1(k.g))} |

Código de desbloqueo del teléfono facilitado por el custodio: ${k.u(k.g.digits(6))}
Precinto: ${k.n('PR-' + k.g.digits(6))}
`,
  ),

  cDoc(
    'civic-sso-saml-metadata',
    ['precision', 'config-syntax'],
    'sso/practice-mgmt-idp-metadata.xml',
    (k) => `<?xml version="1.0"?>
<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://sts.windows.net/${k.n(k.g.uuid())}/">
  <IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <KeyDescriptor use="signing">
      <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">
        <X509Data><X509Certificate>${k.n('MIIC8DCCAdigAwIBAgIQ' + k.g.base64(400))}</X509Certificate></X509Data>
      </KeyInfo>
    </KeyDescriptor>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://login.microsoftonline.com/${k.n(k.g.uuid())}/saml2"/>
  </IDPSSODescriptor>
</EntityDescriptor>
`,
  ),
];
