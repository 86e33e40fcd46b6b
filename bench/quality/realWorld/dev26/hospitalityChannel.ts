// Channel managers and OTA connections: SiteMinder pmsXchange, Booking.com and Expedia partner credentials, Airbnb,
// RateGain, as connector configs, onboarding mails and captured requests.
import type { RealWorldDoc } from '../types';
import { hDoc, H } from './hospitalityValues';

export const HOSPITALITY_CHANNEL_DOCS: RealWorldDoc[] = [
  hDoc(
    'hosp-siteminder-pmsxchange-xml',
    ['config-syntax', 'http-auth', 'precision'],
    'channel/siteminder/OTA_HotelAvailNotifRQ.sample.xml',
    (k) => `<?xml version="1.0" encoding="UTF-8"?>
<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/">
  <SOAP-ENV:Header>
    <wsse:Security xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">
      <wsse:UsernameToken>
        <wsse:Username>alpenrose_pmsx</wsse:Username>
        <wsse:Password Type="PasswordText">${k.spw()}</wsse:Password>
      </wsse:UsernameToken>
    </wsse:Security>
  </SOAP-ENV:Header>
  <SOAP-ENV:Body>
    <OTA_HotelAvailNotifRQ EchoToken="${k.n(k.g.uuid())}" Version="1.0">
      <AvailStatusMessages HotelCode="${k.n(k.g.digits(5))}">
        <AvailStatusMessage BookingLimit="4">
          <StatusApplicationControl Start="2026-07-01" End="2026-07-31" InvTypeCode="DBL" RatePlanCode="${k.n(H.rateCode(k.g))}"/>
        </AvailStatusMessage>
      </AvailStatusMessages>
    </OTA_HotelAvailNotifRQ>
  </SOAP-ENV:Body>
</SOAP-ENV:Envelope>
`,
  ),
  hDoc(
    'hosp-booking-com-connectivity-mail',
    ['prose', 'precision'],
    'mail/2026-02-11-booking-connectivity.eml',
    (k) => `From: connectivity-onboarding@partner-mails.example
To: it@hotel-miramar.example
Subject: Your machine account for the Booking.com Connectivity APIs

Dear partner,

your provider machine account has been created:

  Username: ${k.n('miramar-pms-machine')}
  Password: ${k.gpw()}
  Hotel ID: ${k.n(k.g.digits(7))}

Please store these credentials securely; Booking.com staff will never ask for them.
For the B.XML endpoints use HTTP Basic authentication with the account above.

Kind regards,
Connectivity Support (case ${k.n(`${k.g.digits(8)}`)})
`,
  ),
  hDoc(
    'hosp-expedia-eqc-curl',
    ['command-line', 'http-auth', 'precision'],
    'docs/channel/expedia-eqc-test.sh',
    (k) => `#!/bin/sh
# Expedia QuickConnect AR test for hotel ${k.n(k.g.digits(8))} – do not run against production
curl -sS https://services.expediapartnercentral.com/eqc/ar \\
  -H "Content-Type: text/xml" \\
  -H "Authorization: Basic ${k.basic('EQC_miramar')}" \\
  --data @ar_request.xml
# the sandbox login is in the Expedia guide (user EQCtest, password ${k.n('<sandbox password>')}), keep it that way
`,
  ),
  hDoc(
    'hosp-expedia-rapid-node',
    ['code', 'defaults-in-code', 'precision'],
    'booking-engine/src/expediaRapid.ts',
    (k) => `import crypto from 'node:crypto';

// Rapid signature auth: SHA-512 of apiKey + sharedSecret + unix seconds
const API_KEY = process.env.RAPID_API_KEY ?? '${k.u(k.g.alnum(26).toLowerCase())}';
const SHARED_SECRET = process.env.RAPID_SHARED_SECRET ?? '${k.tok()}';

export function rapidAuthHeader(): string {
  const ts = Math.floor(Date.now() / 1000);
  const sig = crypto.createHash('sha512').update(API_KEY + SHARED_SECRET + ts).digest('hex');
  return \`EAN APIKey=\${API_KEY},Signature=\${sig},timestamp=\${ts}\`;
}

export const SAMPLE_ITINERARY = '${k.n(k.g.digits(13))}';
`,
  ),
  hDoc(
    'hosp-airbnb-api-yaml',
    ['config-syntax', 'precision'],
    'vrm/config/airbnb.yml',
    (k) => `airbnb:
  api_base: https://api.airbnb.com/v2
  client_id: ${k.n(k.g.alnum(25).toLowerCase())}
  client_secret: ${k.tok()}
  redirect_uri: https://vrm.casas-do-porto.example/oauth/airbnb/callback
  listings:
    - id: ${k.n(k.g.digits(18))}
      name: "Ribeira loft"
    - id: ${k.n(k.g.digits(8))}
      name: "Foz beach house"
  sync_interval_minutes: 15
  refresh_token: ${k.tok()}
`,
  ),
  hDoc(
    'hosp-rategain-properties',
    ['config-syntax', 'precision'],
    'rategain/connector.properties',
    (k) => `# RateGain RezGain connector (v4) – Hotel Bellavista
rategain.endpoint=https://rezgain.rategain.example/ari/v4
rategain.username=BELLAV_CM
rategain.password=${k.hpw()}
rategain.hotel.code=${k.n(H.propertyCode(k.g))}
rategain.room.map=DBL:${k.n('DOUBLE_SV')},SGL:${k.n('SINGLE_CV')}
rategain.rate.map=${k.n(H.rateCode(k.g))}
rategain.retry=3
`,
  ),
  hDoc(
    'hosp-channel-mapping-csv',
    ['config-syntax', 'precision'],
    'exports/channel-credentials-2026.csv',
    (k) => `channel,hotel_id,username,password,last_changed,owner
Booking.com,${k.n(k.g.digits(7))},bellavista_xml,${k.spw()},2026-01-08,revenue
Expedia,${k.n(k.g.digits(8))},EQC_bellavista,${k.spw()},2025-11-30,revenue
HRS,${k.n(k.g.digits(6))},bellavista.hrs,${k.spw()},2025-09-14,it
Agoda,${k.n(k.g.digits(7))},bellavista_ycs,${k.n('(SSO)')},2026-02-02,revenue
Trip.com,${k.n(k.g.digits(8))},bellavista_ebk,${k.n('see 1Password')},2026-02-02,revenue
`,
  ),
  hDoc(
    'hosp-siteminder-teams-chat',
    ['prose', 'precision'],
    'chat/teams-revenue-2026-03.txt',
    (k) => `[09:12] Laura (Revenue): SiteMinder shows "authentication failed" for the pmsXchange link since 02:00
[09:14] Marco (IT): yes, protel rotated the interface password overnight. New one is ${k.pw()}
[09:14] Marco (IT): I'll update the SiteMinder side, hotel code ${k.n(k.g.digits(5))}
[09:20] Laura (Revenue): thanks! also Booking extranet wants a 2FA code, it's going to the GM's phone
[09:21] Marco (IT): ok. The rate plan ${k.n(H.rateCode(k.g))} still says closed for 14/07, reservation ${k.n(H.confirmation(k.g))} came in anyway
[09:40] Laura (Revenue): fixed. Password for the extranet is the same as before, I didn't touch it (${k.n('********')})
`,
  ),
  hDoc(
    'hosp-cm-connector-docker-compose',
    ['config-syntax', 'defaults-in-code', 'precision'],
    'deploy/channel-sync/docker-compose.yml',
    (k) => `services:
  channel-sync:
    image: registry.hotelgroup.example/channel-sync:2.8.1
    environment:
      CM_PROVIDER: siteminder
      CM_USERNAME: panorama_pmsx
      CM_PASSWORD: \${CM_PASSWORD}
      PMS_API_KEY: ${k.tok()}
      DB_URL: mysql://sync:${k.cs()}@mariadb:3306/channel
      HOTEL_CODES: "${k.n('PANO01')},${k.n('PANO02')}"
  mariadb:
    image: mariadb:11
    environment:
      MARIADB_ROOT_PASSWORD: ${k.gpw()}
      MARIADB_PASSWORD_FILE: ${k.n('/run/secrets/db_pw')}
`,
  ),
  hDoc(
    'hosp-ota-reconciliation-sql',
    ['code', 'precision'],
    'sql/ota_commission_reconcile.sql',
    (k) => `-- Monthly OTA commission reconciliation (Expedia / Booking.com)
-- linked server created with: EXEC sp_addlinkedsrvlogin 'PMSPROD', 'false', NULL, 'recon', '${k.spw()}';
SELECT r.confirmation_no, r.channel, r.arrival, r.room_revenue, c.commission
FROM PMSPROD.pms.dbo.reservations r
JOIN staging.ota_commission c ON c.ota_ref = r.ota_ref
WHERE r.arrival BETWEEN '2026-02-01' AND '2026-02-28'
  AND r.confirmation_no NOT IN ('${k.n(H.confirmation(k.g))}', '${k.n(H.confirmation(k.g))}');
-- VCC numbers are stored masked only: ${k.n(H.maskedCard(k.g))}
`,
  ),
  hDoc(
    'hosp-channel-manager-readme',
    ['prose', 'config-syntax', 'precision'],
    'README.md',
    (k) => `# channel-bridge

Pushes availability and rates from the PMS to the channel manager and pulls reservations back.

## Configuration

| Variable | Example | Notes |
|---|---|---|
| \`CM_USERNAME\` | \`${k.n('hotel_pmsx')}\` | from the channel manager's onboarding mail |
| \`CM_PASSWORD\` | \`${k.n('<password from onboarding mail>')}\` | never commit |
| \`PMS_TOKEN\` | \`${k.n('${PMS_TOKEN}')}\` | injected by the pipeline |
| \`HOTEL_CODE\` | \`${k.n('12345')}\` | five digits |

Staging credentials (shared with the channel manager's QA team, rotate after the certification):
\`CM_USERNAME=qa_bridge\`, \`CM_PASSWORD=${k.gpw()}\`.
`,
  ),
  hDoc(
    'hosp-airbnb-host-notes-pt',
    ['prose', 'precision'],
    'notas/alojamento-local.md',
    (k) => `# Alojamento local – Casas do Porto

- Registo AL: ${k.n(`${k.g.digits(6)}/AL`)}
- Conta Airbnb: reservas@casas-do-porto.example, palavra-passe ${k.hpw()}
- Conta Booking: ID do alojamento ${k.n(k.g.digits(7))}, senha ${k.pw()}
- Fechadura Nuki da porta principal: código de administrador ${k.u(k.g.digits(6))}
- Wi-Fi ${k.n(H.ssid(k.g))}: ${k.wifi()}
- NIF: ${k.n(`PT${k.g.digits(9)}`)} — IBAN ${k.n(H.iban(k.g))}
`,
  ),
];
