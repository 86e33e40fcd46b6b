// Identity in public administration: Keycloak realm exports, SAML IdP metadata (public certificates) next to the SP
// signing keys, eIDAS node properties, Login.gov / GOV.UK One Login / FranceConnect / DigiD / BundID client
// configurations, and Active Directory / LDAP binds as every tool writes them (sssd, ldapsearch, GitLab, Jenkins,
// Apache, Nextcloud occ).
import type { RealWorldDoc } from '../types';
import { gDoc, V } from './govValues';

export const GOV_IDENTITY_DOCS: RealWorldDoc[] = [
  gDoc(
    'gov-keycloak-realm-export',
    ['config-syntax', 'precision'],
    'keycloak/realms/buerger-realm.json',
    (k) => `{
  "id": "${k.n(k.g.uuid())}",
  "realm": "buerger",
  "enabled": true,
  "sslRequired": "external",
  "smtpServer": {
    "host": "smtp.kreis.local",
    "port": "587",
    "from": "noreply@kreis.example",
    "auth": "true",
    "user": "keycloak",
    "password": "${k.pw()}"
  },
  "clients": [
    {
      "clientId": "buergerportal",
      "enabled": true,
      "clientAuthenticatorType": "client-secret",
      "secret": "${k.tok()}",
      "redirectUris": ["https://portal.kreis.example/*"],
      "publicClient": false
    },
    {
      "clientId": "formularserver",
      "clientAuthenticatorType": "client-secret",
      "secret": "${k.n('**********')}",
      "publicClient": false
    },
    {
      "clientId": "portal-spa",
      "publicClient": true,
      "redirectUris": ["https://portal.kreis.example/app/*"]
    }
  ],
  "identityProviders": [
    {
      "alias": "bundid",
      "providerId": "saml",
      "config": {
        "singleSignOnServiceUrl": "https://id.bund.de/idp/profile/SAML2/POST/SSO",
        "signingCertificate": "${k.n(V.certB64(k.g))}",
        "wantAuthnRequestsSigned": "true"
      }
    }
  ],
  "components": {
    "org.keycloak.storage.UserStorageProvider": [
      {
        "name": "ad-kreis",
        "providerId": "ldap",
        "config": {
          "connectionUrl": ["ldaps://dc01.kreis.local"],
          "bindDn": ["CN=svc-keycloak,OU=Dienstkonten,DC=kreis,DC=local"],
          "bindCredential": ["${k.pw()}"],
          "usersDn": ["OU=Mitarbeiter,DC=kreis,DC=local"]
        }
      }
    ]
  }
}
`,
  ),

  gDoc(
    'gov-saml-idp-metadata',
    ['config-syntax', 'precision'],
    'saml/idp-metadata.xml',
    (k) => `<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://idp.gemeente.example/saml">
  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
        <ds:X509Data>
          <ds:X509Certificate>${k.n(V.certB64(k.g))}</ds:X509Certificate>
        </ds:X509Data>
      </ds:KeyInfo>
    </md:KeyDescriptor>
    <md:KeyDescriptor use="encryption">
      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
        <ds:X509Data><ds:X509Certificate>${k.n(V.certB64(k.g))}</ds:X509Certificate></ds:X509Data>
      </ds:KeyInfo>
    </md:KeyDescriptor>
    <md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:persistent</md:NameIDFormat>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.gemeente.example/saml/sso"/>
  </md:IDPSSODescriptor>
  <!-- digest of the metadata signing cert: ${k.n(V.fingerprint(k.g))} -->
</md:EntityDescriptor>
`,
  ),

  gDoc(
    'gov-saml-sp-signing-key',
    ['credential-file'],
    'saml/sp/sp-signing.key',
    (k) => `${k.key(V.pem(k.g, 'PRIVATE KEY'))}
`,
  ),

  gDoc(
    'gov-eidas-node-properties',
    ['config-syntax', 'precision'],
    'eidas-node/config/eidas.xml',
    (k) => `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!DOCTYPE properties SYSTEM "http://java.sun.com/dtd/properties.dtd">
<properties>
  <comment>eIDAS-Node Connector — acceptance environment</comment>
  <entry key="connector.id">CONNECTOR-EE-ACC</entry>
  <entry key="service.countrycode">EE</entry>
  <entry key="metadata.node.country">EE</entry>
  <entry key="keyStorePath">/etc/eidas/keystore/eidasKeyStore.p12</entry>
  <entry key="keyStorePassword">${k.pw()}</entry>
  <entry key="keyPassword">${k.spw()}</entry>
  <entry key="keyStoreType">PKCS12</entry>
  <entry key="trustStorePassword">${k.n('changeit')}</entry>
  <entry key="metadata.sector">public</entry>
  <entry key="hashDigest.className">eu.eidas.auth.engine.SHA512Generator</entry>
  <entry key="connector.metadata.signature.digest">${k.n(V.sha256(k.g))}</entry>
</properties>
`,
  ),

  gDoc(
    'gov-logingov-oidc-config',
    ['config-syntax', 'code', 'precision'],
    'config/initializers/login_gov.rb',
    (k) => `# Login.gov OIDC (private_key_jwt). The client id is the issuer string registered in the partner dashboard.
LOGIN_GOV = {
  issuer: "urn:gov:gsa:openidconnect.profiles:sp:sso:county:permits",
  idp_url: ENV.fetch("LOGIN_GOV_IDP_URL", "https://idp.int.identitysandbox.gov"),
  private_key: OpenSSL::PKey::RSA.new(ENV.fetch("LOGIN_GOV_PRIVATE_KEY").gsub("\\n", "\\n")),
  acr_values: "http://idmanagement.gov/ns/assurance/ial/1",
}.freeze

# Sandbox key for local testing, generated with openssl genrsa 2048 — the dashboard has a copy.
# TODO move to 1Password before go-live
SANDBOX_PRIVATE_KEY = <<~PEM
${k.key(V.pem(k.g, 'RSA PRIVATE KEY'))}
PEM

# public cert uploaded to the dashboard (fine to commit)
SANDBOX_CERT_FINGERPRINT = "${k.n(V.sha256(k.g))}"
`,
  ),

  gDoc(
    'gov-onelogin-franceconnect-env',
    ['config-syntax', 'precision'],
    'services/identite/.env.recette',
    (k) => `# Recette — fournisseurs d'identité
# FranceConnect (intégration)
FC_CLIENT_ID=${k.n(k.g.hex(64))}
FC_CLIENT_SECRET=${k.hex(64)}
FC_URL=https://fcp.integ01.dev-franceconnect.fr
# GOV.UK One Login (integration) — private_key_jwt, key in ./keys
ONELOGIN_CLIENT_ID=${k.n(k.g.alnum(27))}
ONELOGIN_PRIVATE_KEY_PATH=./keys/onelogin-integration.pem
# DigiD via Logius — PKIoverheid cert wachtwoord
DIGID_PKCS12_PASSWORD=${k.pw()}
# ProConnect (agents publics)
PROCONNECT_CLIENT_SECRET=${k.tok()}
# placeholders below are filled by the pipeline
AGENTCONNECT_CLIENT_SECRET=${k.ph()}
SESSION_SECRET=${k.s('token', k.g.base64(44))}
`,
  ),

  gDoc(
    'gov-sssd-conf',
    ['config-syntax', 'credential-file'],
    'etc/sssd/sssd.conf',
    (k) => `[sssd]
services = nss, pam, sudo
domains = STADT.LOCAL

[domain/STADT.LOCAL]
id_provider = ldap
auth_provider = ldap
ldap_uri = ldaps://dc01.stadt.local, ldaps://dc02.stadt.local
ldap_search_base = dc=stadt,dc=local
ldap_default_bind_dn = CN=svc-linux-bind,OU=Service,DC=stadt,DC=local
ldap_default_authtok_type = password
ldap_default_authtok = ${k.pw()}
ldap_tls_reqcert = demand
ldap_id_mapping = true
cache_credentials = true
`,
  ),

  gDoc(
    'gov-ldapsearch-history',
    ['command-line', 'precision'],
    'home/sysadm/.bash_history',
    (k) => `ldapsearch -H ldaps://dc01.kommune.local -D "CN=svc-scan,OU=Service,DC=kommune,DC=local" -w ${k.spw()} -b "OU=Ansatte,DC=kommune,DC=local" "(sAMAccountName=olsen*)"
ldapsearch -x -H ldap://ldap.kommune.local -D cn=admin,dc=kommune,dc=no -W -b dc=kommune,dc=no
ldappasswd -H ldap://ldap.kommune.local -x -D cn=admin,dc=kommune,dc=no -w ${k.spw()} -s ${k.spw()} uid=borger-test,ou=people,dc=kommune,dc=no
sudo realm join --user=join-admin kommune.local
net ads join -U join-admin%${k.spw()}
klist
kinit svc-backup@KOMMUNE.LOCAL
smbclient //fil01/Politisk -U 'KOMMUNE\\svc-scan%${k.spw()}' -c ls
echo $LDAP_BIND_PW | wc -c
`,
  ),

  gDoc(
    'gov-gitlab-rb-ldap',
    ['config-syntax'],
    'etc/gitlab/gitlab.rb',
    (k) => `external_url 'https://git.digitalisierung.land.example'
gitlab_rails['ldap_enabled'] = true
gitlab_rails['ldap_servers'] = {
  'main' => {
    'label' => 'Landesverwaltung AD',
    'host' => 'ad.land.local',
    'port' => 636,
    'uid' => 'sAMAccountName',
    'encryption' => 'simple_tls',
    'bind_dn' => 'CN=svc-gitlab,OU=Dienstkonten,DC=land,DC=local',
    'password' => '${k.pw()}',
    'base' => 'DC=land,DC=local',
  }
}
gitlab_rails['smtp_enable'] = true
gitlab_rails['smtp_user_name'] = "gitlab@land.example"
gitlab_rails['smtp_password'] = "${k.hpw()}"
gitlab_rails['initial_root_password'] = File.read('/run/secrets/${k.n('gitlab_root_password')}').strip
gitlab_rails['db_password'] = "${k.gpw()}"
`,
  ),

  gDoc(
    'gov-jenkins-casc-ldap',
    ['config-syntax', 'precision'],
    'jenkins/casc.yaml',
    (k) => `jenkins:
  securityRealm:
    ldap:
      configurations:
        - server: "ldaps://ad.county.local:636"
          rootDN: "DC=county,DC=local"
          managerDN: "CN=svc-jenkins,OU=Service Accounts,DC=county,DC=local"
          managerPasswordSecret: "${k.pw()}"
          userSearch: "sAMAccountName={0}"
credentials:
  system:
    domainCredentials:
      - credentials:
          - usernamePassword:
              id: "munis-deploy"
              username: "munisdeploy"
              password: "\${${k.n('MUNIS_DEPLOY_PASSWORD')}}"
          - string:
              id: "arcgis-token"
              secret: "${k.n('{AQAAABAAAAAg' + k.g.base64(40) + '}')}"
unclassified:
  location:
    url: "https://ci.county.local/"
`,
  ),

  gDoc(
    'gov-nextcloud-occ-ldap',
    ['command-line'],
    'docs/nextcloud-ldap-setup.sh',
    (k) => `#!/bin/bash
# Nextcloud for the Gemeinderat: connect to the municipal AD
set -e
sudo -u www-data php occ ldap:create-empty-config
sudo -u www-data php occ ldap:set-config s01 ldapHost "ldaps://dc01.gemeinde.local"
sudo -u www-data php occ ldap:set-config s01 ldapPort 636
sudo -u www-data php occ ldap:set-config s01 ldapAgentName "CN=svc-nextcloud,OU=Dienste,DC=gemeinde,DC=local"
sudo -u www-data php occ ldap:set-config s01 ldapAgentPassword "${k.pw()}"
sudo -u www-data php occ ldap:set-config s01 ldapBase "OU=Gemeinderat,DC=gemeinde,DC=local"
sudo -u www-data php occ ldap:test-config s01
sudo -u www-data php occ user:add --password-from-env --display-name="Sitzungsdienst" sitzungsdienst
sudo -u www-data php occ config:system:set mail_smtppassword --value="${k.hpw()}"
`,
  ),

  gDoc(
    'gov-apache-authnz-ldap',
    ['config-syntax'],
    'etc/httpd/conf.d/intranet-ldap.conf',
    (k) => `<Location /personal>
    AuthType Basic
    AuthName "Intranet Personalamt"
    AuthBasicProvider ldap
    AuthLDAPURL "ldaps://dc01.landkreis.local/OU=Personal,DC=landkreis,DC=local?sAMAccountName?sub?(objectClass=user)"
    AuthLDAPBindDN "CN=svc-apache,OU=Dienstkonten,DC=landkreis,DC=local"
    AuthLDAPBindPassword "${k.pw()}"
    Require ldap-group CN=GG-Personalamt,OU=Gruppen,DC=landkreis,DC=local
</Location>
<Location /oeffentlich>
    AuthLDAPBindPassword "exec:/usr/local/bin/get-ldap-pw.sh"
    Require all granted
</Location>
`,
  ),
];
