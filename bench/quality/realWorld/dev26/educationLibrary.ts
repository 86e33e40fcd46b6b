// Library systems: Koha koha-conf.xml, Alma and Primo API keys, EZproxy user.txt and config.txt, OCLC WSKeys, SIP2
// self-check logins, Z39.50 targets, FOLIO Okapi, Evergreen, and the catalogue numbers that look like keys.
import type { RealWorldDoc } from '../types';
import { eduDoc, ED } from './educationValues';

export const EDU_LIBRARY_DOCS: RealWorldDoc[] = [
  eduDoc(
    'edu-koha-conf-xml',
    ['config-syntax', 'credential-file', 'precision'],
    'etc/koha/sites/library/koha-conf.xml',
    (k) => `<yazgfs>
<listen id="biblioserver" >unix:/var/run/koha/library/bibliosocket</listen>
<listen id="authorityserver" >unix:/var/run/koha/library/authoritysocket</listen>

<serverinfo id="biblioserver">
  <ccl2rpn>/etc/koha/zebradb/ccl.properties</ccl2rpn>
  <user>kohauser</user>
  <password>${k.spw()}</password>
</serverinfo>

<config>
 <db_scheme>mysql</db_scheme>
 <database>koha_library</database>
 <hostname>localhost</hostname>
 <port>3306</port>
 <user>koha_library</user>
 <pass>${k.spw()}</pass>
 <tls>no</tls>
 <api_secret_passphrase>${k.s('password', k.g.alnum(32))}</api_secret_passphrase>
 <encryption_key>${k.s('token', k.g.alnum(40))}</encryption_key>
 <zebra_bib_index_mode>dom</zebra_bib_index_mode>
 <memcached_servers>127.0.0.1:11211</memcached_servers>
 <smtp_server>
    <host>smtp.example.edu</host>
    <port>587</port>
    <user_name>koha@example.edu</user_name>
    <password>${k.n('__SMTP_PASSWORD__')}</password>
 </smtp_server>
</config>
</yazgfs>
`,
  ),

  eduDoc(
    'edu-ezproxy-user-txt',
    ['credential-file', 'config-syntax', 'precision'],
    'ezproxy/user.txt',
    (k) => `# EZproxy user.txt - local accounts. Campus users authenticate via ::LDAP below.
# Walk-in terminals in the reading room
walkin1:${k.spw()}
walkin2:${k.spw()}
# vendor trial (expires 31 March)
ebsco_trial:${k.spw()}:Comment=Trial for Nursing
# admin account for /admin
libsysadmin:${k.spw()}:Admin

::LDAP
BindUser CN=svc-ezproxy,OU=Service,DC=campus,DC=example,DC=edu
BindPassword ${k.spw()}
URL ldaps://ad.campus.example.edu/OU=People,DC=campus,DC=example,DC=edu?sAMAccountName?sub?(objectClass=person)
IfUnauthenticated; Stop
/LDAP
`,
  ),

  eduDoc(
    'edu-ezproxy-config-txt',
    ['config-syntax', 'precision'],
    'ezproxy/config.txt',
    (k) => `Name ezproxy.library.example.edu
HttpsHyphens ezproxy.library.example.edu
LoginPortSSL 443
MaxLifetime 120
MaxSessions 5000
Option ForceHTTPSLogin
Audit Most
AuditPurge 30

# OCLC hosted EZproxy key for the stanza updates
# (from the OCLC service configuration, do not share)
Option StatusUser
Title JSTOR
URL https://www.jstor.org
Domain jstor.org

Title Web of Science
URL https://www.webofscience.com
Domain webofscience.com
Token ${k.n('WOS')}

Title ProQuest Ebook Central
URL https://ebookcentral.proquest.com/lib/exampleuni
Domain ebookcentral.proquest.com
# Ebook Central "auto-login" key sent by ProQuest support
Option Cookie
Find https://ebookcentral.proquest.com/auth/lib/exampleuni/login.action?
Replace https://ebookcentral.proquest.com/auth/lib/exampleuni/login.action?key=${k.http(k.g.hex(32))}&

Title Naxos Music Library
URL https://exampleuni.naxosmusiclibrary.com/login.asp?user=exampleuni&pass=${k.s('password', ED.safePw(k.g))}
Domain naxosmusiclibrary.com
`,
  ),

  eduDoc(
    'edu-alma-api-python',
    ['code', 'http-auth', 'precision'],
    'alma-scripts/overdue_notices.py',
    (k) => `#!/usr/bin/env python3
"""Fetch loans due in 3 days from Alma and e-mail students a reminder.
API key from developers.exlibrisgroup.com (Users - Production Read-only)."""
import requests

ALMA = "https://api-eu.hosted.exlibrisgroup.com/almaws/v1"
API_KEY = "${k.prov('Ex Libris Alma API key', ED.exlibrisKey(k.g))}"
# Primo search key (Primo VE, Discovery - read-only) for the catalogue widget
PRIMO_KEY = "${k.prov('Ex Libris Primo API key', ED.exlibrisKey(k.g))}"


def loans(user_primary_id):
    r = requests.get(f"{ALMA}/users/{user_primary_id}/loans", headers={"Authorization": f"apikey {API_KEY}", "Accept": "application/json"})
    return r.json().get("item_loan", [])


if __name__ == "__main__":
    # test patron and item used by the systems librarian
    for loan in loans("${k.n(ED.studentId(k.g))}"):
        print(loan["item_barcode"], loan["due_date"])  # e.g. ${k.n(ED.barcode(k.g))}
    # MMS id of the test record: ${k.n(`99${k.g.digits(14)}`)}; ISBN ${k.n(ED.isbn(k.g))}
`,
  ),

  eduDoc(
    'edu-oclc-wskey-worldshare',
    ['config-syntax', 'precision'],
    'worldshare/config/oclc.yml',
    (k) => `# OCLC WorldShare Metadata API - WSKey for the cataloguing batch loader
oclc:
  institution_id: ${k.n(k.g.digits(6))}
  registry_id: ${k.n(k.g.digits(6))}
  wskey: ${k.u(ED.oclcKey(k.g))}
  secret: ${k.prov('OCLC WSKey secret', ED.oclcSecret(k.g))}
  principal_id: ${k.n(k.g.uuid())}
  principal_idns: urn:oclc:wms:da
  token_url: https://oauth.oclc.org/token
  scopes: "WorldCatMetadataAPI:manage_bibs"
batch:
  input: /data/marc/incoming/*.mrc
  oclc_symbol: ${k.n('EXU')}
  sample_oclc_number: ${k.n(`ocm${k.g.digits(8)}`)}
`,
  ),

  eduDoc(
    'edu-sip2-selfcheck-ini',
    ['config-syntax', 'credential-file', 'precision'],
    'selfcheck/3M-SelfCheck/SCSettings.ini',
    (k) => `[ACS]
; Koha SIP2 server
Host=${ED.ipv4(k.g, '10.50')}
Port=6001
UseSSL=0
LoginUserID=sc_branch_main
LoginPassword=${k.spw()}
LocationCode=MAIN
InstitutionID=${k.n('EXAMPLE-LIB')}

[Terminal]
TerminalPassword=${k.spw()}
MachineID=${k.n(`SC-${k.g.digits(4)}`)}
PatronBarcodePrefix=${k.n('2900')}
ItemBarcodeLength=14
AdminPIN=${k.u(k.g.digits(4))}

[Receipt]
Header=Example Public Library - Main Branch
Footer=Renew online at library.example.org
`,
  ),

  eduDoc(
    'edu-koha-sipconfig-xml',
    ['config-syntax', 'precision'],
    'etc/koha/sites/library/SIPconfig.xml',
    (k) => `<acsconfig xmlns="http://openncip.org/acs-config/1.0/">
  <error-detect enabled="true" />
  <server-params min_servers='1' min_spare_servers='0' />
  <listeners>
    <service port="0.0.0.0:6001/tcp" transport="RAW" protocol="SIP/2.00" timeout="60" />
  </listeners>
  <accounts>
      <login id="sc_branch_main" password="${k.spw()}" delimiter="|" error-detect="enabled" institution="MAIN" encoding="utf8" />
      <login id="sc_branch_north" password="${k.spw()}" delimiter="|" error-detect="enabled" institution="NORTH" />
      <login id="sortingmachine" password="${k.spw()}" institution="MAIN" checked_in_ok="1" />
      <login id="term1" password="${k.u('term1')}" institution="TEST" />
  </accounts>
  <institutions>
    <institution id="MAIN" implementation="ILS" parms="">
      <policy checkin="true" renewal="true" checkout="true" status_update="false" offline="false" timeout="100" retries="5" />
    </institution>
  </institutions>
</acsconfig>
`,
  ),

  eduDoc(
    'edu-folio-okapi-shell',
    ['command-line', 'http-auth', 'precision'],
    'folio/notes/okapi-login.sh',
    (k) => `#!/bin/sh
# log in to FOLIO as the migration user and save the token
OKAPI=https://okapi.folio.example.edu
TENANT=${k.n('exu')}
curl -s -D - -X POST "$OKAPI/authn/login" \\
  -H "X-Okapi-Tenant: $TENANT" -H "Content-Type: application/json" \\
  -d '{"username":"migration_admin","password":"${k.spw()}"}'

# token from the response above (valid 24h), pasted for the next steps
export OKAPI_TOKEN=${k.http(ED.jwtHs(k.g))}

curl -s "$OKAPI/inventory/instances?limit=1&query=hrid==in${k.g.digits(8)}" \\
  -H "X-Okapi-Tenant: $TENANT" -H "X-Okapi-Token: $OKAPI_TOKEN"
# instance id ${k.n(k.g.uuid())}, holdings ${k.n(k.g.uuid())}
`,
  ),

  eduDoc(
    'edu-z3950-targets-evergreen',
    ['config-syntax', 'precision'],
    'evergreen/opensrf.xml.d/z3950.xml',
    (k) => `<z3950>
  <services>
    <loc>
      <name>loc</name>
      <host>lx2.loc.gov</host>
      <port>210</port>
      <db>LCDB</db>
      <record_format>F</record_format>
      <transmission_format>usmarc</transmission_format>
    </loc>
    <oclc>
      <name>oclc</name>
      <host>zcat.oclc.org</host>
      <port>210</port>
      <db>OLUCWorldCat</db>
      <auth>
        <username>${k.n(`${k.g.digits(9)}`)}</username>
        <password>${k.spw()}</password>
      </auth>
    </oclc>
    <consortium>
      <name>Regional union catalogue</name>
      <host>z3950.union.example.org</host>
      <port>2100</port>
      <db>UNION</db>
      <auth><username>exu_cat</username><password>${k.spw()}</password></auth>
    </consortium>
  </services>
</z3950>
`,
  ),

  eduDoc(
    'edu-library-catalogue-lookalikes',
    ['prose', 'precision'],
    'docs/cataloguing/batch-2026-01.md',
    (k) => `# Cataloguing batch January 2026

| Barcode | Call number | ISBN / ISSN | DOI | Note |
|---|---|---|---|---|
| ${k.n(ED.barcode(k.g))} | ${k.n(ED.callNo(k.g))} | ${k.n(ED.isbn(k.g))} | ${k.n(ED.doi(k.g))} | replacement copy |
| ${k.n(ED.barcode(k.g))} | ${k.n(ED.deweyNo(k.g))} | ${k.n(ED.isbn(k.g))} | – | donated |
| ${k.n(ED.barcode(k.g))} | ${k.n(ED.callNo(k.g))} | ${k.n(ED.issn(k.g))} | ${k.n(ED.doi(k.g))} | serial, vol. 12 |
| ${k.n(ED.barcode(k.g))} | ${k.n(ED.callNo(k.g))} | ${k.n(ED.isbn(k.g))} | ${k.n(ED.doi(k.g))} | course reserve ${k.n(ED.course(k.g))} |

MARC export checksum: ${k.n(ED.md5(k.g))}. Authors' ORCID iDs linked: ${k.n(ED.orcid(k.g))}, ${k.n(ED.orcid(k.g))}.
Vendor order numbers: ${k.n(`PO-${k.g.digits(7)}`)}, ${k.n(`PO-${k.g.digits(7)}`)}. Nothing here is a credential.
`,
  ),

  eduDoc(
    'edu-library-chat-fr',
    ['prose', 'precision'],
    'exports/teams/bu-sciences.txt',
    (k) => `[10:02] Mme Lefèvre : le poste de prêt de la BU Sciences ne se connecte plus à Koha
[10:04] M. Dubois : c'est le compte SIP2 des automates qui a expiré, je le refais
[10:09] M. Dubois : nouveau mot de passe du compte automate : ${k.spw()}
[10:10] Mme Lefèvre : merci ! et la clé API Primo pour le widget du site ?
[10:12] M. Dubois : la voilà ${k.prov('Ex Libris Primo API key', ED.exlibrisKey(k.g))} (lecture seule)
[10:15] Mme Lefèvre : le code-barres de test ${k.n(ED.barcode(k.g))} passe, cote ${k.n(ED.deweyNo(k.g))}
[10:20] M. Dubois : le mot de passe de l'ancien compte (${k.n('********')}) est désactivé
`,
  ),

  eduDoc(
    'edu-libguides-springshare-widget',
    ['code', 'precision'],
    'library-website/js/libanswers-widget.js',
    (k) => `// LibGuides / LibAnswers widgets on the library homepage.
// site_id and widget ids are public (they are in every page's HTML).
const LIBGUIDES_SITE_ID = ${k.n(k.g.digits(4))};
const LIBANSWERS_WIDGET = '${k.n(k.g.hex(32))}';
const LIBCAL_CALENDAR_ID = ${k.n(k.g.digits(5))};

// LibCal API client for room bookings (server-side only! this file is served to browsers)
const LIBCAL_CLIENT_ID = '${k.n(k.g.digits(3))}';
const LIBCAL_CLIENT_SECRET = '${k.s('token', k.g.hex(32))}';

async function bookableRooms() {
  const tok = await fetch('https://example.libcal.com/1.1/oauth/token', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ client_id: LIBCAL_CLIENT_ID, client_secret: LIBCAL_CLIENT_SECRET, grant_type: 'client_credentials' }),
  }).then((r) => r.json());
  return fetch('https://example.libcal.com/1.1/space/locations', { headers: { Authorization: 'Bearer ' + tok.access_token } });
}
`,
  ),
];
