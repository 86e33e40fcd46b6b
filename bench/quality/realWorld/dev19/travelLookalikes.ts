// Look-alikes travel files are full of: PNR dumps, e-ticket receipts, BCBP boarding-pass strings, folios,
// confirmation emails, loyalty statements, card-token exports, vendor docs with example keys, templates with
// placeholders and env references, hashed credential tables. Mostly no secret at all; a few real ones mixed in
// the way they are.
import type { RealWorldDoc } from '../types';
import { tDoc, T } from './travelValues';

export const TRAVEL_LOOKALIKE_DOCS: RealWorldDoc[] = [
  tDoc(
    'travel-eticket-receipt',
    ['precision', 'prose'],
    'mail/eticket-receipt.txt',
    (k) => `ELECTRONIC TICKET PASSENGER ITINERARY/RECEIPT

PASSENGER: SILVA/JOAO MR             BOOKING REF: ${k.n(T.pnr(k.g))}
TICKET NUMBER: ${k.n(T.ticketNo(k.g))}      ISSUING AGENT: ${k.n(k.g.digits(8))}/${k.n(k.g.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 4))}
FREQUENT FLYER: ${k.n('TP' + k.g.digits(9))}

FLIGHT   DATE   FROM  TO   DEP   ARR   CLASS  STATUS  FARE BASIS  BAG
${k.n(T.flight(k.g))}   12MAR  LIS   FRA  0610  1000  Y      OK      ${k.n('YLOWTP' + k.g.digits(2))}    1PC
${k.n(T.flight(k.g))}   19MAR  FRA   LIS  1820  2010  Y      OK      ${k.n('YLOWTP' + k.g.digits(2))}    1PC

FORM OF PAYMENT: CC VI${k.n(T.maskedCard(k.g))} APPROVAL CODE ${k.n(k.g.digits(6))}
ENDORSEMENTS: NON REF/CHG FEE APPLIES
`,
  ),

  tDoc(
    'travel-bcbp-test-vectors',
    ['precision', 'code'],
    'boarding/test/bcbp.test.ts',
    (k) => `import { parseBcbp } from '../src/bcbp';

// IATA Resolution 792 boarding pass barcodes (synthetic passengers)
const SAMPLES = [
  'M1DESMARAIS/LUC       E${k.n(T.pnr(k.g))} YULFRAAC 0834 226F001A0025 100',
  'M1GARCIA/ANA          E${k.n(T.pnr(k.g))} MADJFKIB 6251 081Y032C0117 100',
  'M1YAMADA/KENJI        E${k.n(T.pnr(k.g))} HNDBKKJL 0031 140C004K0003 100',
];

describe('bcbp', () => {
  it('parses record locators', () => {
    for (const s of SAMPLES) expect(parseBcbp(s).pnr).toHaveLength(6);
  });
  it('reads the security data block without treating it as a key', () => {
    const sig = '${k.n(k.g.base64(88))}';
    expect(parseBcbp(SAMPLES[0] + '^1' + sig).securityData).toBe(sig);
  });
});
`,
  ),

  tDoc(
    'travel-folio-export',
    ['precision', 'logs-and-output'],
    'exports/folio-20260301.csv',
    (k) => `folio_no,room,guest,arrival,departure,total,payment,card_token,auth_code
${k.n(k.g.digits(7))},${k.n(T.room(k.g))},"Dupont, Marie",2026-03-01,2026-03-04,612.40,VISA,${k.n(k.g.digits(4) + k.g.alnum(12))},${k.n(k.g.digits(6))}
${k.n(k.g.digits(7))},${k.n(T.room(k.g))},"Kowalski, Piotr",2026-03-01,2026-03-02,189.00,MC,${k.n(k.g.digits(4) + k.g.alnum(12))},${k.n(k.g.digits(6))}
${k.n(k.g.digits(7))},${k.n(T.room(k.g))},"Öztürk, Elif",2026-03-01,2026-03-05,880.10,AMEX,${k.n(k.g.digits(4) + k.g.alnum(12))},${k.n(k.g.digits(6))}
${k.n(k.g.digits(7))},${k.n(T.room(k.g))},"Tanaka, Hiro",2026-03-01,2026-03-03,402.00,CASH,,
`,
  ),

  tDoc(
    'travel-booking-confirmation-html',
    ['precision'],
    'templates/confirmation-email.html',
    (k) => `<!doctype html>
<html lang="es">
<body>
  <h1>¡Gracias por su reserva, {{ guest.first_name }}!</h1>
  <p>Número de confirmación: <strong>{{ reservation.confirmation_no }}</strong></p>
  <p>Ejemplo para pruebas: ${k.n(T.confNo(k.g))}</p>
  <p>Check-in a partir de las 15:00. Código de acceso al parking: {{ parking.code }}</p>
  <p>Wi-Fi: red <em>MarAzul-Guest</em>, contraseña: <em>{{ wifi.password }}</em> ${k.n('{{ wifi.password }}')}</p>
  <img src="data:image/png;base64,${k.n('iVBORw0KGgo' + k.g.base64(120))}" alt="logo">
  <a href="https://book.hotelmarazul.example/manage?ref={{ reservation.id }}&amp;sig={{ link_signature }}">Gestionar reserva</a>
</body>
</html>
`,
  ),

  tDoc(
    'travel-vendor-api-docs-examples',
    ['precision', 'prose'],
    'docs/vendor/channel-api-quickstart.md',
    (k) => `# Channel API quickstart

Authenticate with your API key in the \`X-Api-Key\` header:

\`\`\`bash
curl https://api.channel-mgr.example/v2/properties \\
  -H "X-Api-Key: YOUR_API_KEY"
\`\`\`

In the sandbox you can use the shared demo key \`${k.u('demo-' + k.g.hex(16))}\`, which only returns fixtures.

| Field | Example | Notes |
|---|---|---|
| propertyId | ${k.n(k.g.digits(5))} | public |
| roomTypeId | ${k.n(k.g.uuid())} | public |
| apiKey | ${k.n('<your-api-key>')} | keep secret |
| webhookSecret | ${k.n('whsec_xxxxxxxxxxxxxxxxxxxx')} | used to sign callbacks |

Signatures: \`HMAC-SHA256(secret, body)\`, e.g. \`${k.n(T.sha256(k.g))}\`.
`,
  ),

  tDoc(
    'travel-env-template-with-refs',
    ['precision', 'config-syntax'],
    'helm/hotel-hub/values.yaml',
    (k) => `image:
  repository: registry.hotelgroup.example/hotel-hub
  tag: "${k.n(T.sha1(k.g).slice(0, 12))}"
env:
  - name: DB_PASSWORD
    valueFrom:
      secretKeyRef: { name: hotel-hub-db, key: password }
  - name: OHIP_CLIENT_SECRET
    valueFrom:
      secretKeyRef: { name: ohip, key: client-secret }
  - name: OHIP_APP_KEY
    value: "${k.n('{{ .Values.ohip.appKey }}')}"
  - name: BOOKINGCOM_PASSWORD
    value: "${k.n('vault:secret/data/channels#bdc_password')}"
  - name: HOTEL_CODES
    value: "${k.n('LISPR,MADGV,AYTBE')}"
  - name: MAPS_KEY
    value: "${k.n(T.googleApiKey(k.g))}"
`,
  ),

  tDoc(
    'travel-user-table-hashes',
    ['precision', 'logs-and-output'],
    'db/seed/staff_users.sql',
    (k) => `-- staff accounts for the guest-app back office (passwords hashed with bcrypt)
INSERT INTO staff_users (id, username, role, password_hash, api_token_sha256) VALUES
  (1, 'frontdesk.lis', 'frontdesk', '${k.n(T.bcrypt(k.g))}', '${k.n(T.sha256(k.g))}'),
  (2, 'hk.supervisor', 'housekeeping', '${k.n(T.bcrypt(k.g))}', '${k.n(T.sha256(k.g))}'),
  (3, 'gm', 'admin', '${k.n(T.bcrypt(k.g))}', NULL);
-- reset token column stores only the hash; the emailed token is never saved
UPDATE staff_users SET reset_token_hash = '${k.n(T.sha256(k.g))}' WHERE id = 2;
`,
  ),

  tDoc(
    'travel-loyalty-statement',
    ['precision', 'prose'],
    'mail/loyalty-statement.txt',
    (k) => `Dear Ms. Nakamura,

Your HotelGroup Rewards statement for February:

Member number: ${k.n(T.loyalty(k.g))}      Tier: Gold      Points balance: 48,210
Stays: ${k.n(T.confNo(k.g))} (Lisbon, 3 nights), ${k.n(T.confNo(k.g))} (Madrid, 1 night)
Partner miles transferred to ${k.n('TP' + k.g.digits(9))}

Your promo code for 20% off spring stays: ${k.n('SPRING' + k.g.upper(4))}
Reference: ${k.n(k.g.uuid())}
`,
  ),

  tDoc(
    'travel-iata-lookup-code',
    ['precision', 'code'],
    'src/data/airports.ts',
    (k) => `// Airports served by the booking widget (IATA -> ICAO, timezone)
export const AIRPORTS: Record<string, { icao: string; tz: string }> = {
  LIS: { icao: '${k.n('LPPT')}', tz: 'Europe/Lisbon' },
  OPO: { icao: '${k.n('LPPR')}', tz: 'Europe/Lisbon' },
  MAD: { icao: '${k.n('LEMD')}', tz: 'Europe/Madrid' },
  AYT: { icao: '${k.n('LTAI')}', tz: 'Europe/Istanbul' },
  HKT: { icao: '${k.n('VTSP')}', tz: 'Asia/Bangkok' },
  DXB: { icao: '${k.n('OMDB')}', tz: 'Asia/Dubai' },
};

export const DEFAULT_CURRENCY_KEY = 'EUR';
export const SESSION_TOKEN_HEADER = '${k.n('X-Session-Token')}';
export const PASSWORD_FIELD = '${k.n('password')}';
`,
  ),

  tDoc(
    'travel-i18n-login-strings',
    ['precision', 'code'],
    'guest-app/src/i18n/login.json',
    (k) => `{
  "en": { "password": "Password", "password_hint": "Use your booking reference and last name", "api_key_label": "API key" },
  "es": { "password": "Contraseña", "password_hint": "Use su localizador y su apellido", "wrong_password": "Contraseña incorrecta" },
  "pt": { "password": "Senha", "password_hint": "Utilize a referência da reserva" },
  "de": { "password": "Passwort", "wrong_password": "Falsches Kennwort" },
  "tr": { "password": "Şifre", "wrong_password": "Yanlış şifre" },
  "example_reference": "${k.n(T.pnr(k.g))}",
  "demo_token": "${k.n('not-a-real-token')}"
}
`,
  ),

  tDoc(
    'travel-sops-encrypted-secrets',
    ['precision', 'config-syntax'],
    'deploy/secrets.enc.yaml',
    (k) => `ohip_client_secret: ${k.n('ENC[AES256_GCM,data:' + k.g.base64(48) + ',iv:' + k.g.base64(43) + '=,tag:' + k.g.base64(22) + '==,type:str]')}
bdc_password: ${k.n('ENC[AES256_GCM,data:' + k.g.base64(20) + ',iv:' + k.g.base64(43) + '=,tag:' + k.g.base64(22) + '==,type:str]')}
sops:
    kms:
        - arn: arn:aws:kms:eu-west-1:${k.n(k.g.digits(12))}:key/${k.n(k.g.uuid())}
    lastmodified: "2026-02-20T10:11:12Z"
    mac: ${k.n('ENC[AES256_GCM,data:' + k.g.base64(64) + ',iv:' + k.g.base64(43) + '=,tag:' + k.g.base64(22) + '==,type:str]')}
    version: 3.8.1
`,
  ),

  tDoc(
    'travel-group-rooming-list',
    ['precision'],
    'groups/rooming-list-congress.csv',
    (k) => `group_code,last_name,first_name,room_type,arrival,departure,room,confirmation,loyalty
${k.n('CONG26')},Müller,Jan,DBL,2026-05-10,2026-05-13,${k.n(T.room(k.g))},${k.n(T.confNo(k.g))},${k.n(T.loyalty(k.g))}
${k.n('CONG26')},Rossi,Luca,SGL,2026-05-10,2026-05-12,${k.n(T.room(k.g))},${k.n(T.confNo(k.g))},
${k.n('CONG26')},Papadopoulou,Eleni,SGL,2026-05-11,2026-05-13,${k.n(T.room(k.g))},${k.n(T.confNo(k.g))},${k.n(T.loyalty(k.g))}
${k.n('CONG26')},Al-Farsi,Omar,DBL,2026-05-10,2026-05-14,${k.n(T.room(k.g))},${k.n(T.confNo(k.g))},
`,
  ),

  tDoc(
    'travel-adyen-recurring-export',
    ['precision', 'logs-and-output'],
    'exports/tokens-migration.json',
    (k) => `{
  "migration": "adyen-to-stripe-2026",
  "merchantAccount": "HotelGroupECOM",
  "shopperTokens": [
    { "shopperReference": "${k.n('guest-' + k.g.digits(8))}", "recurringDetailReference": "${k.n(T.pspRef(k.g))}", "card": "${k.n(T.maskedCard(k.g))}", "expiry": "08/28" },
    { "shopperReference": "${k.n('guest-' + k.g.digits(8))}", "recurringDetailReference": "${k.n(T.pspRef(k.g))}", "card": "${k.n(T.maskedCard(k.g))}", "expiry": "11/27" }
  ],
  "stripeCustomers": ["${k.n('cus_' + k.g.alnum(14))}", "${k.n('cus_' + k.g.alnum(14))}"],
  "checksum": "${k.n(T.sha256(k.g))}"
}
`,
  ),

  tDoc(
    'travel-wifi-voucher-printout',
    ['precision', 'logs-and-output'],
    'wifi/vouchers-2026-03-15.txt',
    (k) => `GUEST WI-FI VOUCHERS - valid 24h - printed 15/03/2026 06:00 by night audit
Network: MarAzul-Guest  (open network, voucher on the portal page)

${k.u(k.g.digits(10))}   ${k.u(k.g.digits(10))}   ${k.u(k.g.digits(10))}
${k.u(k.g.digits(10))}   ${k.u(k.g.digits(10))}   ${k.u(k.g.digits(10))}

Batch id: ${k.n(k.g.uuid())}
`,
  ),
];
