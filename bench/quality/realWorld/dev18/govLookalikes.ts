// Public-sector files full of look-alikes and almost no secrets: case and file references, parcel ids, tax ids,
// synthetic citizen ids, OIDs, certificate fingerprints, public map keys, hashes, masked values, vendor-doc examples
// and templates — and the occasional real credential among them.
import type { RealWorldDoc } from '../types';
import { gDoc, V } from './govValues';

export const GOV_LOOKALIKE_DOCS: RealWorldDoc[] = [
  gDoc(
    'gov-test-citizens-csv',
    ['precision'],
    'test/fixtures/testbuerger.csv',
    (k) => `id,name,geburtsdatum,steuer_id,aktenzeichen,flurstueck,iban
${Array.from({ length: 6 }, (_, i) => `${i + 1},Testperson ${i + 1},19${k.g.digits(2)}-0${(i % 9) + 1}-1${i},${k.n(k.g.digits(11))},${k.n(V.aktenzeichen(k.g))},${k.n(V.parcelId(k.g))},${k.n('DE' + k.g.digits(20))}`).join('\n')}
`,
  ),

  gDoc(
    'gov-oid-registry-doc',
    ['precision', 'prose'],
    'docs/oid-registry.md',
    (k) => `# OID arc of the state administration

| OID | Meaning |
|---|---|
| ${k.n(V.oid(k.g))} | Certificate policy, qualified seals |
| ${k.n(V.oid(k.g))} | SAML attribute: citizen id (pseudonymous) |
| ${k.n(V.oid(k.g))} | Document type: building permit |
| ${k.n(V.oid(k.g))} | Registry interface schema v3 |

Certificate SHA-1 thumbprints of the issuing CAs:
- Root: ${k.n(V.fingerprint(k.g))}
- Issuing CA 2: ${k.n(V.fingerprint(k.g))}
`,
  ),

  gDoc(
    'gov-xoev-message-sample',
    ['precision', 'config-syntax'],
    'schemas/examples/xmeld-anmeldung.xml',
    (k) => `<?xml version="1.0" encoding="UTF-8"?>
<xmeld:datenaustausch.0201 xmlns:xmeld="http://www.osci.de/xmeld2511" produkt="EWO" produkthersteller="Beispiel GmbH" standard="XMeld" version="25.11">
  <nachrichtenkopf.g2g>
    <identifikation.nachricht>
      <nachrichtenUUID>${k.n(k.g.uuid())}</nachrichtenUUID>
      <erstellungszeitpunkt>2025-03-12T08:00:00</erstellungszeitpunkt>
    </identifikation.nachricht>
    <leser><verzeichnisdienst listURI="urn:de:xta:codeliste:verzeichnisdienst">DVDV</verzeichnisdienst><kennung>${k.n('meldebehoerde:' + k.g.digits(8))}</kennung></leser>
  </nachrichtenkopf.g2g>
  <ordnungsmerkmal>${k.n(k.g.digits(12))}</ordnungsmerkmal>
  <signatur>${k.n(k.g.base64(344))}</signatur>
  <pruefsumme algorithmus="SHA-256">${k.n(V.sha256(k.g))}</pruefsumme>
</xmeld:datenaustausch.0201>
`,
  ),

  gDoc(
    'gov-vendor-doc-example-config',
    ['precision', 'config-syntax'],
    'vendor-docs/install-guide-excerpt.txt',
    (k) => `4.2 Configuring the database connection

Edit conf/app.properties and set:

    db.url=jdbc:postgresql://<host>:5432/<database>
    db.user=<user>
    db.password=${k.n('<password>')}
    api.key=${k.n('YOUR_API_KEY')}
    ldap.bind.password=${k.n('${LDAP_PASSWORD}')}

Example for the demo installation (do not use in production):

    db.password=${k.u('demo')}
    admin.password=${k.u('admin')}

4.3 The default administrator is admin/admin; you are asked to change it at first login.
`,
  ),

  gDoc(
    'gov-open-data-package-json',
    ['precision', 'config-syntax'],
    'datasets/haushalt-2025/datapackage.json',
    (k) => `{
  "name": "haushalt-2025",
  "id": "${k.n(k.g.uuid())}",
  "license": "dl-de/by-2-0",
  "resources": [
    { "name": "ergebnisplan", "path": "ergebnisplan.csv", "hash": "sha256:${k.n(V.sha256(k.g))}", "bytes": 482911 },
    { "name": "finanzplan", "path": "finanzplan.csv", "hash": "md5:${k.n(V.md5(k.g))}", "bytes": 120334 }
  ],
  "sources": [{ "title": "Kämmerei", "path": "https://www.stadt.example/haushalt" }],
  "keywords": ["haushalt", "finanzen", "token", "password-policy"]
}
`,
  ),

  gDoc(
    'gov-ldap-ldif-export-hashes',
    ['precision', 'credential-file'],
    'ldap/export-people.ldif',
    (k) => `dn: uid=m.virtanen,ou=people,dc=kunta,dc=fi
objectClass: inetOrgPerson
uid: m.virtanen
cn: Matti Virtanen
userPassword: ${k.n(V.ssha(k.g))}

dn: uid=svc-kirjasto,ou=services,dc=kunta,dc=fi
objectClass: inetOrgPerson
uid: svc-kirjasto
userPassword: ${k.n('{CRYPT}$6$' + k.g.alnum(16) + '$' + k.g.chars('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 86))}

dn: uid=svc-lupapiste,ou=services,dc=kunta,dc=fi
objectClass: inetOrgPerson
uid: svc-lupapiste
userPassword: ${k.pw()}
description: luotu käsin, salasana selväkielisenä (korjataan)
`,
  ),

  gDoc(
    'gov-masked-config-dump',
    ['precision', 'logs-and-output'],
    'support/config-dump-masked.txt',
    (k) => `=== Fachverfahren configuration (exported with --mask-secrets) ===
database.url          = jdbc:oracle:thin:@ora-kfz:1521/KFZ
database.user         = kfz_app
database.password     = ${k.n('********')}
xta.keystore.password = ${k.n('****')}
xta.keystore.alias    = ${k.n('kfz-zulassung-' + k.g.digits(4))}
ldap.bind.password    = ${k.n(V.mask(k.g.alnum(14)))}
smtp.password         = ${k.n('[geschützt]')}
api.token             = ${k.n('<hidden>')}
feature.flags         = evb-check,ikfz-stufe4
build.commit          = ${k.n(V.sha1(k.g))}
`,
  ),

  gDoc(
    'gov-env-example-template',
    ['precision', 'config-syntax'],
    '.env.example',
    (k) => `# Copy to .env and fill in. Never commit .env
DATABASE_URL=postgres://app:${k.n('${DB_PASSWORD}')}@localhost:5432/permits
OIDC_CLIENT_SECRET=${k.ph()}
LOGIN_GOV_PRIVATE_KEY=${k.n('<paste PEM here>')}
GOVPAY_API_KEY=${k.n('api_test_xxxxxxxxxxxxxxxxxxxxxxxxxx')}
NOTIFY_API_KEY=${k.ph()}
MAPBOX_PUBLIC_TOKEN=${k.n(V.mapboxPublic(k.g))}
ARCGIS_USERNAME=
ARCGIS_PASSWORD=${k.ph()}
SESSION_SECRET=${k.n('generate-with-openssl-rand-hex-32')}
`,
  ),

  gDoc(
    'gov-accessibility-statement',
    ['precision', 'prose'],
    'content/accessibility.md',
    (k) => `# Accessibility statement

This website is run by the County. We want as many people as possible to use it.

Reference: ${k.n(V.caseNo(k.g))}. Statement prepared on 1 March 2025; last reviewed 12 March 2025.

The password field on the sign-in page now announces "Password, required, at least 12 characters" to screen readers.
The one-time code (${k.n('6 digits')}) can be pasted. Session tokens time out after 20 minutes; you are warned
2 minutes before.

Tax reference examples shown in forms (${k.n(V.taxId(k.g))}) are fictitious.
`,
  ),

  gDoc(
    'gov-i18n-strings',
    ['precision', 'code'],
    'portal/src/i18n/labels.json',
    (k) => `{
  "de": { "password": "${k.n('Passwort')}", "passwordHint": "Mindestens 12 Zeichen", "token": "Zugangscode", "secret": "Geheimnis" },
  "fr": { "password": "${k.n('Mot de passe')}", "passwordHint": "Au moins 12 caractères", "token": "Jeton" },
  "nl": { "password": "${k.n('Wachtwoord')}", "passwordHint": "Minstens 12 tekens", "token": "Toegangscode" },
  "pl": { "password": "${k.n('Hasło')}", "token": "Token dostępu" },
  "fi": { "password": "${k.n('Salasana')}", "token": "Tunniste" },
  "el": { "password": "${k.n('Κωδικός πρόσβασης')}" }
}
`,
  ),

  gDoc(
    'gov-sops-encrypted-secrets',
    ['precision', 'config-syntax'],
    'deploy/secrets.enc.yaml',
    (k) => `db_password: ${k.n(`ENC[AES256_GCM,data:${k.g.base64(24)},iv:${k.g.base64(43)}=,tag:${k.g.base64(22)}==,type:str]`)}
oidc_client_secret: ${k.n(`ENC[AES256_GCM,data:${k.g.base64(44)},iv:${k.g.base64(43)}=,tag:${k.g.base64(22)}==,type:str]`)}
sops:
    kms: []
    azure_kv:
        - vault_url: https://kv-land-prod.vault.usgovcloudapi.net
          name: sops-key
          version: ${k.n(k.g.hex(32))}
    lastmodified: "2025-03-12T08:00:00Z"
    mac: ${k.n(`ENC[AES256_GCM,data:${k.g.base64(88)},iv:${k.g.base64(43)}=,tag:${k.g.base64(22)}==,type:str]`)}
    version: 3.8.1
`,
  ),

  gDoc(
    'gov-gis-layer-metadata',
    ['precision', 'config-syntax'],
    'metadata/flurstuecke-iso19139.xml',
    (k) => `<gmd:MD_Metadata xmlns:gmd="http://www.isotc211.org/2005/gmd" xmlns:gco="http://www.isotc211.org/2005/gco">
  <gmd:fileIdentifier><gco:CharacterString>${k.n(k.g.uuid())}</gco:CharacterString></gmd:fileIdentifier>
  <gmd:parentIdentifier><gco:CharacterString>${k.n(k.g.uuid())}</gco:CharacterString></gmd:parentIdentifier>
  <gmd:identificationInfo>
    <gmd:citation><gco:CharacterString>ALKIS Flurstücke — Kreis</gco:CharacterString></gmd:citation>
    <gmd:identifier><gco:CharacterString>https://registry.gdi-de.org/id/de.by/${k.n(k.g.hex(32))}</gco:CharacterString></gmd:identifier>
  </gmd:identificationInfo>
  <!-- Beispiel Flurstückskennzeichen: ${k.n('09' + k.g.digits(4) + '___' + k.g.digits(5) + '______')} -->
</gmd:MD_Metadata>
`,
  ),

  gDoc(
    'gov-bcrypt-seed-users',
    ['precision', 'code'],
    'db/seeds/users.sql',
    (k) => `-- seed users for the training environment; password hashes only
INSERT INTO users (username, email, password_hash, role) VALUES
  ('clerk1', 'clerk1@training.local', '${k.n(V.bcrypt(k.g))}', 'clerk'),
  ('inspector1', 'inspector1@training.local', '${k.n(V.bcrypt(k.g))}', 'inspector'),
  ('admin', 'admin@training.local', '${k.n(V.bcrypt(k.g))}', 'admin');
-- API client for the kiosk (hashed, the plain value is in the training binder)
INSERT INTO api_clients (name, key_sha256) VALUES ('kiosk', '${k.n(V.sha256(k.g))}');
`,
  ),
];
