// Look-alike-heavy files: reservation exports, folio and invoice CSVs, OTA confirmation mails, loyalty and voucher
// lists, test-card docs, public keys and placeholders. Few secrets; the identifiers of the trade are what is tested.
import type { RealWorldDoc } from '../types';
import { hDoc, H } from './hospitalityValues';

export const HOSPITALITY_LOOKALIKE_DOCS: RealWorldDoc[] = [
  hDoc(
    'hosp-reservations-export-csv',
    ['config-syntax', 'precision'],
    'exports/arrivals-2026-03-15.csv',
    (k) => `confirmation,pnr,guest,room,rate_code,arrival,nights,loyalty_id,card,channel_ref
${k.n(H.confirmation(k.g))},${k.n(H.pnr(k.g))},MUELLER/ANNA,${k.n(H.room(k.g))},${k.n(H.rateCode(k.g))},2026-03-15,3,${k.n(H.loyalty(k.g))},${k.n(H.maskedCard(k.g))},${k.n(k.g.digits(10))}
${k.n(H.confirmation(k.g))},${k.n(H.pnr(k.g))},ROSSI/MARCO,${k.n(H.room(k.g))},${k.n(H.rateCode(k.g))},2026-03-15,1,,${k.n(H.maskedCard(k.g))},${k.n(k.g.digits(10))}
${k.n(H.confirmation(k.g))},${k.n(H.pnr(k.g))},GARCIA/LUIS,${k.n(H.room(k.g))},${k.n(H.rateCode(k.g))},2026-03-15,2,${k.n(H.loyalty(k.g))},${k.n(H.maskedCard(k.g))},${k.n(k.g.digits(10))}
`,
  ),
  hDoc(
    'hosp-ota-confirmation-mail',
    ['prose', 'precision'],
    'mail/ota-new-booking.eml',
    (k) => `Subject: New booking ${k.n(H.confirmation(k.g))} – Hotel Miramar

Guest: Sophie Laurent
Arrival: 21 Apr 2026 – Departure: 24 Apr 2026
Room: Double Sea View (${k.n('DBL-SV')}), rate plan ${k.n(H.rateCode(k.g))}
Total: EUR 612.00 (virtual card ${k.n(H.maskedCard(k.g))}, valid from arrival date)
Virtual card activation code: see extranet (${k.n('*******')})
Booker genius level: 2 — Member ID ${k.n(H.loyalty(k.g))}
Booking reference for support: ${k.n(k.g.digits(10))} / PIN ${k.u(k.g.digits(4))}
`,
  ),
  hDoc(
    'hosp-folio-invoice-csv',
    ['config-syntax', 'precision'],
    'accounting/folios-2026-02.csv',
    (k) => `invoice_no,folio,guest_company,vat_id,iban,amount,currency,fiscal_signature
${k.n(H.folio(k.g))},${k.n(H.folio(k.g))},Acme GmbH,${k.n(H.vat(k.g))},${k.n(H.iban(k.g))},1240.50,EUR,${k.n(k.g.base64(64))}
${k.n(H.folio(k.g))},${k.n(H.folio(k.g))},Globex SpA,${k.n(H.vat(k.g))},${k.n(H.iban(k.g))},388.00,EUR,${k.n(k.g.base64(64))}
${k.n(H.folio(k.g))},${k.n(H.folio(k.g))},Initech SL,${k.n(H.vat(k.g))},${k.n(H.iban(k.g))},2210.90,EUR,${k.n(k.g.base64(64))}
`,
  ),
  hDoc(
    'hosp-promo-codes-sheet',
    ['config-syntax', 'precision'],
    'marketing/promo-codes-2026.csv',
    (k) => `code,discount,valid_from,valid_to,channel,note
${k.n(H.promo(k.g))},10%,2026-04-01,2026-06-30,website,spring newsletter
${k.n(H.promo(k.g))},15%,2026-05-01,2026-05-31,instagram,influencer
${k.n(H.promo(k.g))},20%,2026-07-01,2026-08-31,website,members only
${k.n(`GIFT-${k.g.upper(4)}-${k.g.upper(4)}`)},EUR 50,2026-01-01,2026-12-31,shop,sold voucher (single use)
${k.n(H.promo(k.g))},free breakfast,2026-03-01,2026-03-31,email,weekday stays
`,
  ),
  hDoc(
    'hosp-payments-testing-doc',
    ['prose', 'precision'],
    'docs/payments/testing.md',
    (k) => `# Testing payments in the booking engine

Use the provider's test cards, never real cards:

| Card | Result |
|---|---|
| ${k.n(H.testCard(k.g))} | success |
| ${k.n(H.testCard(k.g))} | 3-D Secure challenge |

In test mode the publishable key is \`${k.n(H.stripePub(k.g, 'test'))}\` (public) and the secret key comes from
\`${k.n('STRIPE_SECRET_KEY')}\` in the vault (\`${k.n('vault:secret/booking/stripe#secret_key')}\`).
The webhook secret looks like \`${k.n('whsec_...')}\`; copy yours from the dashboard.
`,
  ),
  hDoc(
    'hosp-loyalty-api-openapi',
    ['config-syntax', 'precision'],
    'loyalty/openapi.yaml',
    (k) => `openapi: 3.0.3
info: { title: Loyalty API, version: 2.1.0 }
components:
  securitySchemes:
    ApiKeyAuth: { type: apiKey, in: header, name: X-Api-Key }
  schemas:
    Member:
      type: object
      properties:
        memberId: { type: string, example: "${k.n(H.loyalty(k.g))}" }
        tier: { type: string, enum: [SILVER, GOLD, PLATINUM] }
        cardNumber: { type: string, example: "${k.n(H.giftCard(k.g))}" }
        apiKey: { type: string, example: "${k.n('<api-key>')}" }
        password: { type: string, format: password, example: "${k.ph()}" }
`,
  ),
  hDoc(
    'hosp-event-manifest-json',
    ['config-syntax', 'precision'],
    'events/2026-summer-gala.json',
    (k) => `{
  "eventId": "${k.n(H.eventId(k.g))}",
  "venue": { "id": "${k.n(k.g.uuid())}", "name": "Kursaal" },
  "tickets": [
    { "type": "VIP", "barcode": "${k.n(H.barcode(k.g))}", "seat": "${k.n('A-01-12')}" },
    { "type": "GA", "barcode": "${k.n(H.barcode(k.g))}", "seat": null },
    { "type": "GA", "barcode": "${k.n(H.barcode(k.g))}", "seat": null }
  ],
  "publishableKey": "${k.n(H.stripePub(k.g))}",
  "mapsKey": "${k.n(H.googleApiKey(k.g))}",
  "signingKeyId": "${k.n(k.g.uuid())}"
}
`,
  ),
  hDoc(
    'hosp-group-block-precision',
    ['prose', 'precision'],
    'sales/group-block-wedding.md',
    (k) => `# Wedding Schmidt–Yilmaz, 12–14 June

- Block code: ${k.n(`GRP-${k.g.upper(4)}${k.g.digits(2)}`)} (guests book via link, code pre-filled)
- Rooming list due 15 May; master folio ${k.n(H.folio(k.g))}
- Deposit IBAN (ours): ${k.n(H.iban(k.g))}
- Booking link: https://book.hotel-seeblick.example/?group=${k.n(k.g.alnum(10))}&lang=de
- Menu tasting password for the shared album: ${k.n('(Fotograf schickt separat)')}
- Contract hash (DocuSign): ${k.n(H.sha256(k.g))}
`,
  ),
  hDoc(
    'hosp-env-example',
    ['config-syntax', 'defaults-in-code', 'precision'],
    'booking-engine/.env.example',
    (k) => `# copy to .env and fill in
PMS_CLIENT_TOKEN=${k.ph()}
PMS_ACCESS_TOKEN=${k.ph()}
STRIPE_SECRET_KEY=${k.n('sk_live_xxxxxxxxxxxxxxxxxxxxxxxx')}
STRIPE_PUBLISHABLE_KEY=${k.n('pk_live_...')}
DATABASE_URL=${k.n('postgres://booking:${DB_PASSWORD}@localhost:5432/booking')}
SESSION_SECRET=${k.n('generate-with-openssl-rand-hex-32')}
MAILCHIMP_API_KEY=${k.n('<your-mailchimp-key>-us1')}
`,
  ),
  hDoc(
    'hosp-kiosk-cert-bundle',
    ['credential-file', 'precision'],
    'kiosk/certs/pms-gateway.pem',
    (k) => `# gateway certificate and public key for pinning (no private key here)
${k.n(H.certPem(k.g))}
${k.n(H.pubPem(k.g))}
`,
  ),
  hDoc(
    'hosp-hash-manifest',
    ['logs-and-output', 'precision'],
    'releases/kiosk-3.2.0/SHA256SUMS',
    (k) => `${k.n(H.sha256(k.g))}  SelfCheckIn-3.2.0-x64.msi
${k.n(H.sha256(k.g))}  EncoderDriver-2.1.4.zip
${k.n(H.sha256(k.g))}  PaymentBridge-1.9.0.jar
${k.n(H.sha256(k.g))}  release-notes.pdf
`,
  ),
  hDoc(
    'hosp-staff-user-import-csv',
    ['config-syntax', 'precision'],
    'hr/pms-users-import.csv',
    (k) => `employee_id,login,display_name,role,password_hash,initial_password
${k.n(k.g.digits(6))},asommer,Anna Sommer,FRONTDESK,${k.n(H.bcrypt(k.g))},${k.hpw()}
${k.n(k.g.digits(6))},bkaya,Burak Kaya,NIGHTAUDIT,${k.n(H.bcrypt(k.g))},${k.hpw()}
${k.n(k.g.digits(6))},cmoreau,Claire Moreau,REVENUE,${k.n(H.bcrypt(k.g))},${k.n('(SSO)')}
${k.n(k.g.digits(6))},dnovak,Dana Novak,HOUSEKEEPING,${k.n(H.bcrypt(k.g))},${k.gpw()}
`,
  ),
];
