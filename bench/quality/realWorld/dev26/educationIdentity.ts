// Identity for schools and campuses: new-school-year AD scripts, GAM commands, bulk-user CSVs with initial
// passwords, Shibboleth IdP and eduroam RADIUS configs, LDAP binds, and the SAML metadata that is public.
import type { RealWorldDoc } from '../types';
import { eduDoc, ED } from './educationValues';

export const EDU_IDENTITY_DOCS: RealWorldDoc[] = [
  eduDoc(
    'edu-new-adusers-school-year-ps1',
    ['code', 'defaults-in-code', 'command-line', 'precision'],
    'scripts/New-SchoolYearAccounts.ps1',
    (k) => `# Creates accounts for the new Year 7 intake from the MIS export.
# Run on DC01 as a Domain Admin. Last run: 2025-08-28 (ticket ${k.n(ED.ticket(k.g))})
Import-Module ActiveDirectory
$ou = "OU=Year7,OU=Students,DC=example,DC=school"
$initial = ConvertTo-SecureString "${k.hpw()}" -AsPlainText -Force

Import-Csv D:\\Roster\\year7.csv | ForEach-Object {
    $sam = ($_.first.Substring(0,1) + $_.last + $_.id.Substring($_.id.Length-3)).ToLower()
    New-ADUser -Name "$($_.first) $($_.last)" -SamAccountName $sam -UserPrincipalName "$sam@example.school" \`
        -Path $ou -AccountPassword $initial -ChangePasswordAtLogon $true -Enabled $true \`
        -EmployeeID $_.id -Description "Intake 2025"
}

# staff accounts get a random one each, printed on the welcome letter
New-ADUser -Name "Exam Officer" -SamAccountName examofficer -Path "OU=Staff,DC=example,DC=school" \`
    -AccountPassword (ConvertTo-SecureString '${k.gpw()}' -AsPlainText -Force) -Enabled $true

# service account for the library kiosk (never expires!)
Set-ADAccountPassword -Identity svc-libkiosk -Reset -NewPassword (ConvertTo-SecureString -AsPlainText "${k.spw()}" -Force)
Set-ADUser svc-libkiosk -PasswordNeverExpires $true
# objectGUID of the kiosk account for the firewall rule: ${k.n(k.g.uuid())}
`,
  ),

  eduDoc(
    'edu-gam-commands-history',
    ['command-line', 'precision'],
    'home/gadmin/.zsh_history',
    (k) => `: 1725011021:0;gam info domain
: 1725011090:0;gam print users query "orgUnitPath='/Students/2031'" > y7.csv
: 1725011122:0;gam create user ${ED.first(k.g).toLowerCase()}.${ED.studentId(k.g)}@students.example.school firstname ${ED.first(k.g)} lastname Example password ${k.kid()} changepassword on org /Students/2031
: 1725011140:0;gam update user teacher.cover@example.school password '${k.hpw()}' changepassword on
: 1725011177:0;gam csv y7.csv gam update user ~primaryEmail password random changepassword on
: 1725011202:0;gam user admin@example.school show tokens
: 1725011260:0;gam oauth info
: 1725011301:0;export GAM_CFG_PASSWORD=${k.n('$(security find-generic-password -s gam -w)')}
: 1725011333:0;gam update user exams@example.school password ${k.spw()}
: 1725011390:0;gam print groups | grep -i year7
: 1725011412:0;sha256sum ~/.gam/oauth2.txt
`,
  ),

  eduDoc('edu-google-bulk-users-csv', ['credential-file', 'precision'], 'uploads/google-admin-bulk-upload-year3.csv', (k) => {
    const rows: string[] = [];
    for (let i = 0; i < 7; i++) {
      const f = ED.first(k.g);
      rows.push(`${f},Example${i},${f.toLowerCase()}${i}@pupils.example.school,${k.kid()},,/Pupils/Year3,,,,TRUE`);
    }
    return `First Name [Required],Last Name [Required],Email Address [Required],Password [Required],Password Hash Function [UPLOAD ONLY],Org Unit Path [Required],New Primary Email [UPLOAD ONLY],Recovery Email,Home Secondary Email,Change Password at Next Sign-In
${rows.join('\n')}
Teacher,Cover,cover.teacher@example.school,${k.n(ED.sha1(k.g))},SHA-1,/Staff/Cover,,,,TRUE
`;
  }),

  eduDoc(
    'edu-azure-ad-bulk-create-csv',
    ['credential-file', 'precision'],
    'entra/bulk-create-staff-2025.csv',
    (k) => `version:v1.0,,,,,
Name [displayName] Required,User name [userPrincipalName] Required,Initial password [passwordProfile] Required,Block sign in (Yes/No) [accountEnabled] Required,Job title [jobTitle],Department [department]
Anna Korhonen,anna.korhonen@example.fi,${k.pw()},No,Lehtori,Matematiikka
Jukka Virtanen,jukka.virtanen@example.fi,${k.pw()},No,Rehtori,Hallinto
Sara Nieminen,sara.nieminen@example.fi,${k.hpw()},No,Kirjastonhoitaja,Kirjasto
Test User,testi.kayttaja@example.fi,${k.n('<generated>')},Yes,,IT
`,
  ),

  eduDoc(
    'edu-shibboleth-ldap-properties',
    ['config-syntax', 'precision'],
    'shibboleth-idp/conf/ldap.properties',
    (k) => `# Shibboleth IdP v5 - LDAP connection
idp.authn.LDAP.authenticator = bindSearchAuthenticator
idp.authn.LDAP.ldapURL = ldaps://ldap1.example.ac.jp:636 ldaps://ldap2.example.ac.jp:636
idp.authn.LDAP.useStartTLS = false
idp.authn.LDAP.trustCertificates = %{idp.home}/credentials/ldap-server.crt
idp.authn.LDAP.baseDN = ou=people,dc=example,dc=ac,dc=jp
idp.authn.LDAP.subtreeSearch = true
idp.authn.LDAP.userFilter = (uid={user})
idp.authn.LDAP.bindDN = uid=shib-idp,ou=system,dc=example,dc=ac,dc=jp
idp.authn.LDAP.dnFormat = uid=%s,ou=people,dc=example,dc=ac,dc=jp

# moved to secrets.properties in v4+, but the old value is still here:
idp.authn.LDAP.bindDNCredential = ${k.spw()}
idp.attribute.resolver.LDAP.bindDNCredential = %{idp.authn.LDAP.bindDNCredential:undefined}
`,
  ),

  eduDoc(
    'edu-shibboleth-secrets-properties',
    ['config-syntax', 'credential-file', 'precision'],
    'shibboleth-idp/credentials/secrets.properties',
    (k) => `# This is a reserved spot for most properties containing passwords or other secrets.
# Created by install script, 2025-03-04

# Access to internal AES encryption key
idp.sealer.storePassword = ${k.gpw()}
idp.sealer.keyPassword = %{idp.sealer.storePassword}

# Default access to LDAP authn and attribute stores.
idp.authn.LDAP.bindDNCredential              = ${k.spw()}
idp.attribute.resolver.LDAP.bindDNCredential = %{idp.authn.LDAP.bindDNCredential:undefined}

# Salt used to generate persistent/pairwise IDs, must be kept secret
idp.persistentId.salt = ${k.s('token', k.g.base64(32))}

# eduPersonTargetedID sourceAttribute
idp.persistentId.sourceAttribute = ${k.n('uid')}
`,
  ),

  eduDoc(
    'edu-saml-idp-metadata-public',
    ['config-syntax', 'precision'],
    'shibboleth-idp/metadata/idp-metadata.xml',
    (k) => `<?xml version="1.0" encoding="UTF-8"?>
<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#"
    entityID="https://idp.example.ac.jp/idp/shibboleth">
  <IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <KeyDescriptor use="signing">
      <ds:KeyInfo>
        <ds:X509Data>
          <ds:X509Certificate>${k.n(ED.certBody(k.g))}</ds:X509Certificate>
        </ds:X509Data>
      </ds:KeyInfo>
    </KeyDescriptor>
    <KeyDescriptor use="encryption">
      <ds:KeyInfo>
        <ds:X509Data>
          <ds:X509Certificate>${k.n(ED.certBody(k.g))}</ds:X509Certificate>
        </ds:X509Data>
      </ds:KeyInfo>
    </KeyDescriptor>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.example.ac.jp/idp/profile/SAML2/Redirect/SSO"/>
  </IDPSSODescriptor>
</EntityDescriptor>
<!-- SHA-256 fingerprint of the signing cert: ${k.n(Array.from({ length: 32 }, () => k.g.hex(2).toUpperCase()).join(':'))} -->
`,
  ),

  eduDoc(
    'edu-eduroam-freeradius-clients',
    ['config-syntax', 'credential-file', 'precision'],
    'freeradius/3.0/clients.conf',
    (k) => `# eduroam - Federation Level RADIUS servers (national roaming operator)
client flr1 {
	ipaddr = ${ED.ipv4(k.g, '193')}
	secret = ${k.s('password', k.g.alnum(24))}
	shortname = flr1
	nas_type = other
}

client flr2 {
	ipaddr = ${ED.ipv4(k.g, '193')}
	secret = ${k.s('password', k.g.chars('abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789-_', 20))}
	shortname = flr2
}

# campus wireless controllers
client wlc-main {
	ipaddr = 10.20.0.0/24
	secret = ${k.spw()}
	shortname = wlc-main
}

client localhost {
	ipaddr = 127.0.0.1
	secret = ${k.u('testing123')}
}
`,
  ),

  eduDoc(
    'edu-eduroam-onboarding-guide-sv',
    ['prose', 'precision'],
    'docs/wifi/eduroam-anslutning.md',
    (k) => `# Ansluta till eduroam (studenter och personal)

1. Välj nätverket **eduroam**.
2. EAP-metod: PEAP, fas 2: MSCHAPv2.
3. Användarnamn: ditt studentkonto med domän, t.ex. \`${k.n(`${ED.studentId(k.g)}@student.example.se`)}\`.
4. Lösenord: ditt vanliga studentlösenord (aldrig ${k.n('ditt personnummer')}).
5. CA-certifikat: *USERTrust RSA Certification Authority*, domän \`radius.example.se\`.

Gästnätet **Example-Gäst** har i vecka 5 lösenordet ${k.hpw()} (byts varje måndag, anslaget sitter i receptionen).

Personal: hörsalarnas AV-system ansluter via nätverket *AV-hus-B* med lösenordet ${k.spw()}; ge det inte till studenter.
Felanmälan: ${k.n(ED.ticket(k.g))} eller servicedesk@example.se.
`,
  ),

  eduDoc(
    'edu-library-ldap-bind-koha-yaml',
    ['config-syntax', 'precision'],
    'koha/ansible/group_vars/koha_prod.yml',
    (k) => `koha_instance: library
koha_db_host: mariadb01.lib.example.edu
koha_db_user: koha_library
koha_db_password: "{{ vault_koha_db_password }}"
koha_ldap:
  hostname: ldaps://ad.example.edu
  base: ou=Users,dc=ad,dc=example,dc=edu
  user: cn=svc-koha-ldap,ou=Service Accounts,dc=ad,dc=example,dc=edu
  pass: "${k.spw()}"
  replicate: 1
  update: 1
koha_smtp:
  host: smtp.example.edu
  user: library-noreply@example.edu
  password: ${k.n('!vault |')}
    ${k.n(`$ANSIBLE_VAULT;1.1;AES256\n          ${k.g.hex(64)}\n          ${k.g.hex(64)}`)}
koha_memcached: "127.0.0.1:11211"
`,
  ),

  eduDoc(
    'edu-password-reset-letter-de',
    ['prose', 'precision'],
    'sekretariat/briefe/zugangsdaten-klasse-5b.txt',
    (k) => `Gymnasium am Stadtpark – Schul-IT

Liebe Eltern der Klasse 5b,

Ihr Kind erhält ab Montag Zugang zur Lernplattform (IServ) und zu den Schul-iPads.
Bitte bewahren Sie diesen Zettel gut auf.

  Benutzername: ${k.n('lena.mueller')}
  Erstpasswort: ${k.kid()}

Beim ersten Anmelden muss ein eigenes Passwort gewählt werden (mindestens 8 Zeichen, eine Zahl).
Schülernummer (nicht das Passwort!): ${k.n(ED.studentId(k.g))}

Mit freundlichen Grüßen
Herr Becker, Schul-IT
---------------------------------------------------------
  Benutzername: ${k.n('jonas.schmidt')}
  Erstpasswort: ${k.kid()}
  Schülernummer: ${k.n(ED.studentId(k.g))}
`,
  ),

  eduDoc(
    'edu-cas-server-properties',
    ['config-syntax', 'precision'],
    'cas/etc/cas/config/cas.properties',
    (k) => `cas.server.name=https://login.example-uni.edu
cas.server.prefix=\${cas.server.name}/cas
cas.authn.ldap[0].type=AUTHENTICATED
cas.authn.ldap[0].ldap-url=ldaps://ldap.example-uni.edu
cas.authn.ldap[0].base-dn=ou=people,dc=example-uni,dc=edu
cas.authn.ldap[0].bind-dn=cn=cas,ou=apps,dc=example-uni,dc=edu
cas.authn.ldap[0].bind-credential=${k.spw()}
cas.tgc.crypto.encryption.key=${k.s('token', k.g.base64url(43))}
cas.tgc.crypto.signing.key=${k.s('token', k.g.base64url(86))}
cas.webflow.crypto.signing.key=${k.n('${CAS_WEBFLOW_SIGNING_KEY}')}
cas.webflow.crypto.encryption.key=${k.n('${CAS_WEBFLOW_ENCRYPTION_KEY}')}
cas.service-registry.json.location=file:/etc/cas/services
`,
  ),
];
