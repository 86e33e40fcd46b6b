// Estate agents and their listing feeds: RETS logins with user-agent passwords, RESO Web API OAuth clients, MLS vendor
// tokens, Zillow, Rightmove and Zoopla feed settings, the IDX plugin on the brokerage's WordPress, portal exports.
import type { RealWorldDoc } from '../types';
import { cDoc, C } from './civicValues';

export const CIVIC_REAL_ESTATE_FEEDS_DOCS: RealWorldDoc[] = [
  cDoc(
    'civic-rets-client-ini',
    ['config-syntax', 'precision'],
    'feeds/rets/oakridge-mls.ini',
    (k) => `; RETS 1.8 feed for the brokerage's listing sync (nightly + every 15 min incremental)
[server]
login_url = https://rets.oakridge-mls.example/contact/rets/login
version = RETS/1.8
user_agent = OakridgeRealtyIDX/1.0
user_agent_password = ${k.spw()}

[credentials]
username = ${k.n('OKR' + k.g.digits(5))}
password = ${k.spw()}

[query]
resource = Property
class = RES
last_sample_listing = ${k.n(C.mlsId(k.g))}
`,
  ),

  cDoc(
    'civic-phrets-php',
    ['code', 'defaults-in-code', 'precision'],
    'idx-sync/src/RetsSession.php',
    (k) => `<?php
namespace Oakridge\\Idx;

use PHRETS\\Configuration;
use PHRETS\\Session;

final class RetsSession
{
    public static function connect(): Session
    {
        $config = new Configuration();
        $config->setLoginUrl(getenv('RETS_URL') ?: 'https://rets.oakridge-mls.example/contact/rets/login')
            ->setUsername(getenv('RETS_USER') ?: 'OKR40117')
            ->setPassword(getenv('RETS_PASS') ?: '${k.spw()}')
            ->setRetsVersion('1.7.2')
            ->setUserAgent('OakridgeRealtyIDX/1.0')
            ->setUserAgentPassword('${k.spw()}');
        $rets = new Session($config);
        $rets->Login();
        return $rets;
    }
}
// Sample: ListingId ${k.n(C.mlsId(k.g))}, APN ${k.n(C.apn(k.g))}
`,
  ),

  cDoc(
    'civic-reso-web-api-env',
    ['config-syntax', 'precision'],
    'listings-api/.env.production',
    (k) => `# RESO Web API (Trestle) replication
RESO_TOKEN_URL=https://api-trestle.corelogic.com/trestle/oidc/connect/token
RESO_CLIENT_ID=${k.n('trestle_' + k.g.lower(10) + '_' + k.g.digits(6))}
RESO_CLIENT_SECRET=${k.s('token', k.g.hex(32))}
RESO_SCOPE=api
# Bridge Interactive server token for the second MLS
BRIDGE_SERVER_TOKEN=${k.s('token', k.g.hex(32))}
BRIDGE_DATASET=${k.n('actris_ref')}
MAPBOX_TOKEN_PUBLIC=${k.n(C.mapboxPublic(k.g))}
MAPBOX_TOKEN_GEOCODE=${k.prov('mapbox', C.mapboxSecret(k.g))}
DATABASE_URL=mysql://listings:${k.cs()}@mysql-prod.internal:3306/listings
`,
  ),

  cDoc(
    'civic-reso-odata-curl-readme',
    ['command-line', 'http-auth', 'prose', 'precision'],
    'listings-api/docs/reso-debugging.md',
    (k) => `# Debugging the RESO feed

Get a token, then query a listing (replace the key with your own listing key):

\`\`\`bash
curl -s -X POST https://api-trestle.corelogic.com/trestle/oidc/connect/token \\
  -d "client_id=\${RESO_CLIENT_ID}&client_secret=\${RESO_CLIENT_SECRET}&grant_type=client_credentials&scope=api"

curl -s "https://api-trestle.corelogic.com/trestle/odata/Property('${k.n(k.g.digits(9))}')" \\
  -H "Authorization: Bearer ${k.bearer()}"
\`\`\`

The token above is from Tuesday's session and has expired (tokens last 8 hours). Spark API uses a different
scheme: \`curl -H "Authorization: OAuth ${k.s('http-auth', k.g.alnum(25))}" https://sparkapi.com/v1/listings\`.
`,
  ),

  cDoc(
    'civic-zillow-feed-json',
    ['config-syntax', 'precision'],
    'feeds/portals/zillow-feed.json',
    (k) => `{
  "portal": "zillow",
  "feed_format": "Zillow Listing Feed XML 2.0",
  "zwsid": "${k.prov('zillow', C.zillowZwsid(k.g))}",
  "ftp": { "host": "ftp.zillow.example", "user": "oakridgerealty", "password": "${k.spw()}" },
  "brokerage_id": "${k.n(k.g.digits(7))}",
  "example_listing": { "mls": "${k.n(C.mlsId(k.g))}", "parcel": "${k.n(C.apn(k.g))}", "price": 649000 }
}
`,
  ),

  cDoc(
    'civic-rightmove-rtdf-python',
    ['code', 'credential-file', 'precision'],
    'feeds/rightmove/send_property.py',
    (k) => `"""Rightmove Real Time Datafeed: mutual TLS with the certificate Rightmove issued to the branch network."""
import requests

CERT_P12 = "certs/harbour-estates.p12"
CERT_PASSWORD = "${k.spw()}"
NETWORK_ID = ${k.n(k.g.digits(5))}
BRANCH_ID = ${k.n(k.g.digits(6))}
ZOOPLA_API_KEY = "${k.s('token', k.g.lower(24))}"

def send(prop):
    payload = {"network": {"network_id": NETWORK_ID}, "branch": {"branch_id": BRANCH_ID, "channel": 1},
               "property": {"agent_ref": prop["ref"]}}
    # requests_pkcs12 adapter loads the p12 with CERT_PASSWORD
    return requests.post("https://adfapi.rightmove.co.uk/v1/property/sendpropertydetails", json=payload)

# Example agent ref: ${k.n('HE-' + k.g.digits(5))}; UPRN ${k.n(k.g.digits(12))}
`,
  ),

  cDoc(
    'civic-idx-plugin-wp-options-sql',
    ['code', 'precision'],
    'backups/idx-options.sql',
    (k) => `-- Dump of IDX Broker / MLS plugin options (staging restore)
INSERT INTO wp_options (option_name, option_value, autoload) VALUES
('idx_broker_apikey', '${k.s('token', k.g.alnum(22))}', 'yes'),
('idx_broker_account_id', '${k.n(k.g.digits(5))}', 'yes'),
('realtyna_mls_token', '${k.tok()}', 'no'),
('google_maps_browser_key', '${k.n(C.googleApiKey(k.g))}', 'yes'),
('idx_last_sync_listing', '${k.n(C.mlsId(k.g))}', 'no'),
('idx_cache_hash', '${k.n(C.md5(k.g))}', 'no');
`,
  ),

  cDoc(
    'civic-estate-agent-email-en',
    ['prose', 'precision'],
    'mail/2026-03-portal-logins.eml',
    (k) => `From: Office Manager <office@harbour-estates.example>
To: it@smallbiz-support.example
Subject: logins for the new negotiator

Hi Chris,

Ella starts Monday. Could you set her up? Current shared logins she needs:
- Rightmove Plus: lettings@harbour-estates.example / ${k.hpw()}
- Zoopla Pro: same email, password ${k.hpw()}
- Reapit: she gets her own; the shared "viewings" login is ${k.pw()}
- Branch Wi-Fi: ${k.wifi()}

Listing to use for training: ${k.n('HE-' + k.g.digits(5))} (Flat 3, 12 Marine Parade), title number ${k.n('DN' + k.g.digits(6))}.

Thanks, Louise
`,
  ),

  cDoc(
    'civic-makler-portal-de',
    ['prose', 'precision'],
    'makler/zugangsdaten-portale.md',
    (k) => `# Zugänge Immobilienportale – Immobilien Brandt GmbH

- ImmoScout24 (OAuth 1.0a für onOffice): Consumer Key ${k.n('ImmobilienBrandtKey')}, Consumer Secret ${k.s('token', k.g.alnum(16))}
- immowelt FTP-Import: Benutzer ${k.n('iw' + k.g.digits(6))}, Passwort ${k.spw()}
- onOffice enterprise Admin: ${k.hpw()}
- Objektnummer Musterobjekt: ${k.n('OBJ-' + k.g.digits(5))}, Flurstück ${k.n(C.apn(k.g))}
`,
  ),

  cDoc(
    'civic-inmobiliaria-whatsapp-es',
    ['prose', 'precision'],
    'inmobiliaria/whatsapp-oficina.txt',
    (k) => `[10/02/26 10:12] Lucía: ¿cuál es la contraseña de Idealista para subir el piso de Triana?
[10/02/26 10:14] Raúl: oficina@inmo-triana.example / ${k.hpw()}
[10/02/26 10:15] Lucía: gracias. referencia catastral ${k.n(k.g.digits(7) + k.g.upper(2) + k.g.digits(4) + k.g.upper(1) + k.g.digits(4) + k.g.upper(2))}
[10/02/26 10:30] Raúl: la de Fotocasa es distinta: ${k.hpw()}
[10/02/26 10:31] Raúl: y el código de la caja de llaves del portal: ${k.u(k.g.digits(4))}
`,
  ),

  cDoc(
    'civic-mls-vendor-token-yaml',
    ['config-syntax', 'precision'],
    'feeds/config/mls-vendors.yaml',
    (k) => `vendors:
  - name: CoreLogic Matrix
    type: rets
    url: https://matrixrets.oakridge-mls.example/rets/login.ashx
    username: ${k.n('OKRRETS' + k.g.digits(3))}
    password: ${k.spw()}
  - name: MLS Grid
    type: reso-web-api
    url: https://api.mlsgrid.com/v2
    token: ${k.s('token', k.g.hex(40))}
  - name: ShowingTime
    type: rest
    api_key: ${k.n('${SHOWINGTIME_API_KEY}')}
  - name: Local board (test)
    type: rets
    username: ${k.n('demo')}
    password: ${k.u('demo')}
`,
  ),

  cDoc(
    'civic-listing-sync-log',
    ['logs-and-output', 'http-auth', 'precision'],
    'feeds/logs/listing-sync-2026-04-02.log',
    (k) => `[2026-04-02 03:00:00] INFO  sync start, last mod ${k.n('2026-04-01T03:00:00Z')}
[2026-04-02 03:00:01] DEBUG GET https://api.mlsgrid.com/v2/Property?$filter=ModificationTimestamp gt 2026-04-01 access_token=${k.s('http-auth', k.g.hex(40))}
[2026-04-02 03:00:04] INFO  312 listings, first ${k.n(C.mlsId(k.g))}, last ${k.n(C.mlsId(k.g))}
[2026-04-02 03:00:05] WARN  photo checksum mismatch ${k.n(C.md5(k.g))} for ${k.n(C.mlsId(k.g))}
[2026-04-02 03:00:09] INFO  upsert done, request id ${k.n(k.g.uuid())}
`,
  ),
];
