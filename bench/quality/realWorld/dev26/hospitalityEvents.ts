// Festival production, catering, tour operators and vacation-rental hosts: production wikis, crew sheets, venue
// configs, API clients and captured requests, with accreditation ids, seat numbers and booking references around.
import type { RealWorldDoc } from '../types';
import { hDoc, H } from './hospitalityValues';

export const HOSPITALITY_EVENTS_DOCS: RealWorldDoc[] = [
  hDoc(
    'hosp-festival-production-wiki',
    ['prose', 'precision'],
    'wiki/production/it-and-network.md',
    (k) => `# Harbour Festival 2026 – IT & network (production)

**Production office Wi-Fi:** ${k.n('HF-Prod')} / ${k.wifi()}
**Box office Wi-Fi:** ${k.n('HF-BoxOffice')} / ${k.gpw()}
**Accreditation system:** https://accred.harbourfestival.example — admin login \`prod-admin\`, password \`${k.pw()}\`
**Cashless top-up terminals:** operator code ${k.u(k.g.digits(4))}; backend user \`cashless-sync\` / \`${k.spw()}\`
**Starlink dish (backup uplink):** router admin ${k.dev()}
Accreditation numbers look like ${k.n(`HF26-${k.g.digits(5)}`)}; wristband NFC ids like ${k.n(k.g.hex(14).toUpperCase())}.
`,
  ),
  hDoc(
    'hosp-crew-sheet-csv',
    ['config-syntax', 'precision'],
    'production/crew-logins.csv',
    (k) => `name,role,system,username,password,wristband
Jana,Stage manager,ShowControl,jana.sm,${k.hpw()},${k.n(k.g.hex(14).toUpperCase())}
Tom,FOH,Dante Controller,foh,${k.dev()},${k.n(k.g.hex(14).toUpperCase())}
Mia,Box office lead,Ticketing backoffice,mia.bo,${k.pw()},${k.n(k.g.hex(14).toUpperCase())}
Ali,Bar manager,Cashless backoffice,ali.bar,${k.hpw()},${k.n(k.g.hex(14).toUpperCase())}
Eva,Artist liaison,Hotel block portal,eva.al,${k.spw()},${k.n(k.g.hex(14).toUpperCase())}
`,
  ),
  hDoc(
    'hosp-catering-order-api-go',
    ['code', 'defaults-in-code', 'http-auth', 'precision'],
    'catering/orders/client.go',
    (k) => `package orders

import (
	"net/http"
	"time"
)

const (
	baseURL   = "https://api.catering-suite.example/v2"
	apiKey    = "${k.u(k.g.alnum(24))}"
	apiSecret = "${k.tok()}"
	tenantID  = "${k.n(k.g.uuid())}"
)

var client = &http.Client{Timeout: 15 * time.Second}

func newRequest(path string) (*http.Request, error) {
	req, err := http.NewRequest(http.MethodGet, baseURL+path, nil)
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth(apiKey, apiSecret)
	req.Header.Set("X-Tenant", tenantID)
	return req, nil
}
`,
  ),
  hDoc(
    'hosp-tour-operator-contracting-xml',
    ['config-syntax', 'http-auth', 'precision'],
    'contracting/hotelbeds-availability-request.xml',
    (k) => `<!-- request captured from the contracting tool, headers pasted above the body -->
<!-- Api-key: ${k.u(k.g.hex(32))} -->
<!-- shared secret used for the signature (from the contracting tool's settings): ${k.tok()} -->
<!-- X-Signature: ${k.n(H.sha256(k.g))} -->
<AvailabilityRQ xmlns="http://www.hotelbeds.com/schemas/messages">
  <Stay checkIn="2026-06-10" checkOut="2026-06-17"/>
  <Occupancies><Occupancy rooms="1" adults="2" children="0"/></Occupancies>
  <Hotels><Hotel>${k.n(k.g.digits(5))}</Hotel><Hotel>${k.n(k.g.digits(5))}</Hotel></Hotels>
  <Filter contract="${k.n('CG-TOUR-2026')}" />
</AvailabilityRQ>
`,
  ),
  hDoc(
    'hosp-vacation-rental-pricing-env',
    ['config-syntax', 'precision'],
    'str-tools/.env',
    (k) => `PRICELABS_API_KEY=${k.tok()}
HOSTAWAY_ACCOUNT_ID=${k.n(k.g.digits(5))}
HOSTAWAY_CLIENT_SECRET=${k.hex(64)}
NUKI_API_TOKEN=${k.tok()}
GOOGLE_MAPS_BROWSER_KEY=${k.n(H.googleApiKey(k.g))}
LISTING_IDS=${k.n(k.g.digits(18))},${k.n(k.g.digits(8))}
SMTP_URL=smtp://bookings%40casas.example:${k.cs()}@smtp.mailhost.example:587
`,
  ),
  hDoc(
    'hosp-venue-sound-lighting-notes-de',
    ['prose', 'precision'],
    'technik/venue-zugaenge.md',
    (k) => `# Technik-Zugänge Kursaal

- Lichtpult (grandMA3) Session-Passwort: ${k.dev()}
- Dante-Netz: Switch-Admin ${k.hpw()}
- Beschallung DSP (Q-SYS Core) Admin-PIN: ${k.u(k.g.digits(6))}; Web-Login "technik" / ${k.pw()}
- Bühnen-WLAN ${k.n(H.ssid(k.g))}: ${k.wifi()}
- Inventarnummern: ${k.n(`KS-${k.g.digits(5)}`)}, ${k.n(`KS-${k.g.digits(5)}`)}
`,
  ),
  hDoc(
    'hosp-sponsor-portal-http',
    ['http-auth', 'command-line', 'precision'],
    'docs/sponsor-portal/api-examples.http',
    (k) => `### Guest-list upload (sponsor portal)
POST https://sponsors.harbourfestival.example/api/guestlists
Authorization: Bearer ${k.bearer()}
Content-Type: application/json

{"sponsor":"${k.n(`SP-${k.g.digits(4)}`)}","guests":[{"name":"A. Rossi","ticket":"${k.n(H.barcode(k.g))}"}]}

### Same with the per-sponsor key
POST https://sponsors.harbourfestival.example/api/guestlists
X-Api-Key: ${k.http(k.g.alnum(32))}

### Session cookie copied from the browser while debugging
GET https://sponsors.harbourfestival.example/api/me
Cookie: sp_session=${k.http(k.g.base64url(64))}; consent=${k.n('essential')}
`,
  ),
  hDoc(
    'hosp-cashless-backend-yaml',
    ['config-syntax', 'defaults-in-code', 'precision'],
    'cashless/config/application.yml',
    (k) => `server:
  port: 8080
spring:
  datasource:
    url: jdbc:postgresql://cashless-db:5432/cashless
    username: cashless
    password: ${k.cs()}
cashless:
  topup:
    provider: mollie
    api-key: ${k.prov('Mollie', H.mollie(k.g, 'live'))}
  nfc:
    wristband-master-key: ${k.hex(32)}
    key-version: 3
  refund:
    iban-validation: true
    sample-iban: ${k.n(H.iban(k.g))}
`,
  ),
  hDoc(
    'hosp-artist-hospitality-mail-en',
    ['prose', 'precision'],
    'mail/2026-07-artist-hotel-block.txt',
    (k) => `Hi team,

artist hotel block for the weekend is confirmed at Hotel Panorama (block ${k.n(`GRP-${k.g.upper(4)}${k.g.digits(2)}`)}).
Rooming list portal: https://groups.hotel-panorama.example — login festival-artists / ${k.pw()}
Runner van: key box code is on the call sheet, not here.
Per-diem cards: ${k.n(H.giftCard(k.g))} and ${k.n(H.giftCard(k.g))}.
The hotel's wifi for the band floor is ${k.wifi()}.

Cheers, Sam
`,
  ),
  hDoc(
    'hosp-tour-booking-java',
    ['code', 'defaults-in-code', 'precision'],
    'src/main/java/travel/tours/GdsConfig.java',
    (k) => `package travel.tours;

public final class GdsConfig {
    public static final String PCC = "${k.n(k.g.upper(2) + k.g.digits(2))}";
    public static final String IATA_NUMBER = "${k.n(H.iata(k.g))}";
    public static final String GDS_USER = "TOURS_API";
    public static final String GDS_PASSWORD = "${k.gpw()}";
    public static final String SAMPLE_PNR = "${k.n(H.pnr(k.g))}";
    public static final String PAYMENT_GATEWAY_SECRET = System.getenv().getOrDefault("PG_SECRET", "${k.tok()}");

    private GdsConfig() {}
}
`,
  ),
  hDoc(
    'hosp-restaurant-group-sheets-export',
    ['config-syntax', 'precision'],
    'exports/Staff logins - Restaurants.csv',
    (k) => `Restaurant,System,User,Password,Changed
Bistro Linde,Kasse Backoffice,chef,${k.hpw()},2026-01-12
Bistro Linde,Reservierungstool,service,${k.pw()},2026-02-01
Trattoria Porto,Cassa,admin,${k.hpw()},2025-12-20
Trattoria Porto,Fornitore ordini,trattoria.porto,${k.spw()},2026-02-14
La Terraza,TPV,encargado,${k.dev()},2026-03-01
La Terraza,Glovo Partner,terraza@grupo.example,${k.n('(reset pending)')},2026-03-05
`,
  ),
  hDoc(
    'hosp-event-app-firebase-precision',
    ['code', 'precision'],
    'event-app/src/firebase.ts',
    (k) => `import { initializeApp } from 'firebase/app';

// Firebase web config: public by design, protected by security rules
export const app = initializeApp({
  apiKey: '${k.n(H.googleApiKey(k.g))}',
  authDomain: 'harbour-festival-app.firebaseapp.com',
  projectId: 'harbour-festival-app',
  storageBucket: 'harbour-festival-app.appspot.com',
  messagingSenderId: '${k.n(k.g.digits(12))}',
  appId: '${k.n(`1:${k.g.digits(12)}:web:${k.g.hex(22)}`)}',
  measurementId: '${k.n(`G-${k.g.upper(10)}`)}',
});

// server-side only (Cloud Functions): the admin key is read from the environment
export const ADMIN_KEY_REF = '${k.n('process.env.FIREBASE_ADMIN_KEY')}';
`,
  ),
];
