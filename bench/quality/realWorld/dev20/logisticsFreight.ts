// Freight forwarding and visibility: project44 and FourKites OAuth clients, Flexport and Freightos API keys, ocean
// carrier APIs (Maersk Consumer-Key, Hapag-Lloyd, CMA CGM), Descartes and INTTRA portals. Container, booking,
// bill of lading and seal numbers are identifiers people paste everywhere; they are never secrets.
import type { RealWorldDoc } from '../types';
import { lDoc, L } from './logisticsValues';

export const LOGISTICS_FREIGHT_DOCS: RealWorldDoc[] = [
  lDoc('logistics-maersk-track-curl', ['command-line', 'http-auth', 'precision'], 'notes/maersk-api.sh', (k) => {
    return `#!/usr/bin/env bash
# Maersk Track & Trace Plus - developer.maersk.com app "ops-visibility"
# Consumer-Key is the app key; no OAuth needed for track & trace.
set -euo pipefail
CONTAINER=\${1:-${k.n(L.container(k.g))}}

curl -s "https://api.maersk.com/track-and-trace-private/events?equipmentReference=$CONTAINER" \\
  -H "Consumer-Key: ${k.http(k.g.alnum(32))}" \\
  -H "Accept: application/json" | jq '.events[] | {eventType, eventDateTime, location: .eventLocation.locationName}'

# schedules (same key works):
# curl "https://api.maersk.com/schedules/port-calls?UNLocationCode=NLRTM" -H "Consumer-Key: $MAERSK_KEY"
`;
  }),

  lDoc('logistics-project44-fourkites-yaml', ['config-syntax', 'precision'], 'visibility-hub/config/application.yml', (k) => {
    return `spring:
  datasource:
    url: jdbc:postgresql://pg-visibility.internal:5432/visibility
    username: visibility_app
    password: ${k.pw()}
visibility:
  project44:
    token-url: https://na12.api.project44.com/api/v4/oauth2/token
    client-id: ${k.n(k.g.uuid())}
    client-secret: ${k.s('token', k.g.alnum(40))}
    default-mode: TL
  fourkites:
    base-url: https://api.fourkites.com
    api-key: ${k.tok()}
    shipper-id: ${k.n('fk-' + k.g.lower(8))}
  flexport:
    api-url: https://api.flexport.com
    api-token: ${k.n('${FLEXPORT_API_TOKEN}')}
    version: 2
`;
  }),

  lDoc('logistics-flexport-python-client', ['code', 'http-auth', 'precision'], 'forwarding/flexport_sync.py', (k) => {
    return `import os
import requests

# TODO(karim): read from env like the others; hardcoded while Flexport fixes our key scopes
FLEXPORT_TOKEN = "${k.s('token', k.g.alnum(48))}"
HEADERS = {"Authorization": f"Bearer {FLEXPORT_TOKEN}", "Flexport-Version": "2"}


def shipments_since(iso_date):
    url = "https://api.flexport.com/shipments"
    params = {"f.updated_at.gte": iso_date, "per": 100}
    while url:
        r = requests.get(url, headers=HEADERS, params=params, timeout=60)
        r.raise_for_status()
        body = r.json()["data"]
        yield from body["data"]
        url, params = body.get("next"), None


if __name__ == "__main__":
    for s in shipments_since("2026-01-01"):
        print(s["id"], s["name"], s.get("containers"))
    # Freightos rate API, used by the quote tool:
    # curl -H "x-apikey: ${k.http(k.g.alnum(32))}" https://sandbox.freightos.com/api/v1/freightEstimates
`;
  }),

  lDoc('logistics-hapag-cmacgm-env', ['config-syntax', 'precision'], 'ocean-schedules/.env', (k) => {
    return `# Hapag-Lloyd API portal (api-portal.hlag.com), app "sched-sync"
HLAG_CLIENT_ID=${k.n(k.g.uuid())}
HLAG_CLIENT_SECRET=${k.s('token', k.g.alnum(32))}
# CMA CGM API (api-portal.cma-cgm.com) - KeyId header
CMACGM_KEY_ID=${k.s('token', k.g.alnum(32))}
# ONE (Ocean Network Express) via DCSA T&T
ONE_API_KEY=${k.n('${ONE_API_KEY}')}
POLL_INTERVAL_MIN=30
PORTS=NLRTM,BEANR,DEHAM,PLGDN,ESVLC
`;
  }),

  lDoc('logistics-inttra-descartes-runbook', ['prose', 'precision'], 'wiki/ocean/inttra-descartes.md', (k) => {
    return `# Ocean booking: INTTRA + Descartes runbook

**Who:** Ocean desk Rotterdam (Fenna, Joost) and IT on-call.

1. Bookings go out as IFTMBF via INTTRA. Our INTTRA company id is ${k.n(k.g.digits(6))}; the SFTP login for the
   EDI channel is \`rtm_forwarding\` with password ${k.spw()} (rotated by INTTRA every 180 days, last in March).
2. Descartes GLN (Global Logistics Network) mailbox for customs filings: mailbox id ${k.n('GLN' + k.g.digits(7))},
   web login ops.rotterdam / ${k.hpw()}.
3. Carrier confirmations come back as IFTMBC; the booking number (e.g. ${k.n(L.booking(k.g))}) must be copied to the
   job in CargoWise before 14:00.
4. VGM: submit per container (${k.n(L.container(k.g))}, seal ${k.n(L.seal(k.g))}) at least 24 h before cut-off.

Never paste the Descartes password into the shared Teams chat again; it is in Keeper under "Ocean desk".
`;
  }),

  lDoc('logistics-cargowise-eadaptor-config', ['config-syntax', 'precision'], 'eadaptor/appsettings.json', (k) => {
    return `{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "eAdaptor": {
    "Url": "https://${k.g.lower(4)}services.wisegrid.net/eAdaptor",
    "Username": "${k.n('EADAPTOR_' + k.g.upper(5))}",
    "Password": "${k.pw()}",
    "CompanyCode": "${k.n('NL' + k.g.upper(1) + k.g.digits(1))}",
    "EnterpriseId": "${k.n(k.g.upper(3))}",
    "ServerId": "${k.n(k.g.upper(3))}"
  },
  "ConnectionStrings": {
    "Staging": "Server=sql-forwarding;Database=Staging;User Id=eadaptor;Password=${k.cs()};TrustServerCertificate=True"
  }
}
`;
  }),

  lDoc('logistics-freight-quote-go', ['code', 'precision'], 'internal/quote/providers.go', (k) => {
    return `package quote

import "net/http"

// Spot rate providers the quote engine asks in parallel.
var providers = []Provider{
	{Name: "freightos", URL: "https://api.freightos.com/api/v1/freightEstimates", Header: "x-apikey", Key: "${k.s('token', k.g.alnum(32))}"},
	{Name: "xeneta", URL: "https://api.xeneta.com/v1/rates", Header: "Authorization", Key: "${k.n('Token ${XENETA_TOKEN}')}"},
	{Name: "freightwaves-sonar", URL: "https://api.freightwaves.com/sonar", Header: "X-API-KEY", Key: "${k.tok()}"},
}

func (p Provider) request(body []byte) *http.Request {
	req, _ := http.NewRequest(http.MethodPost, p.URL, bytesReader(body))
	req.Header.Set(p.Header, p.Key)
	return req
}
`;
  }),

  lDoc('logistics-bl-shipping-instructions-email', ['prose', 'precision'], 'mail/2026-02-shipping-instructions.eml', (k) => {
    return `From: Booking Desk <booking@hanseatic-forwarding.de>
To: export@moebel-sued.de
Subject: SI / VGM Buchung ${k.n(L.booking(k.g))} - MSC Hamburg -> Santos
Date: Tue, 10 Feb 2026 09:14:22 +0100

Sehr geehrte Frau Weber,

anbei die Daten zu Ihrer Buchung:

Container: ${k.n(L.container(k.g))} / ${k.n(L.container(k.g))} (40' HC)
Siegel:    ${k.n(L.seal(k.g))}, ${k.n(L.seal(k.g))}
Schiff:    MSC ${k.n('TINA')} ${k.n(L.imo(k.g))}, Voy. ${k.n('FA' + k.g.digits(3) + 'A')}
B/L-Nr.:   ${k.n('MEDU' + k.g.digits(7))}
HS-Code:   ${k.n(L.hs(k.g))}
EORI:      ${k.n(L.eori(k.g))}

Bitte die Shipping Instructions bis Donnerstag 12:00 im Portal hochladen. Zugang für Ihr Team:
Benutzer: moebelsued.export
Passwort: ${k.hpw()}
(Bitte beim ersten Login ändern.)

Mit freundlichen Grüßen
Lars Petersen, Export Seefracht
`;
  }),

  lDoc('logistics-tms-carrier-connectors-sql', ['code', 'precision'], 'db/seed/carrier_connectors.sql', (k) => {
    return `-- carrier connectors seeded into the TMS after the 2026 migration (prod values, DO NOT COMMIT... again)
INSERT INTO carrier_connector (carrier_scac, endpoint, auth_type, username, secret, active) VALUES
  ('${k.n('ODFL')}', 'https://api.odfl.com/ltl', 'basic', 'northfreight', '${k.spw()}', true),
  ('${k.n('SAIA')}', 'https://api.saia.com/rate', 'apikey', NULL, '${k.tok()}', true),
  ('${k.n('XPOL')}', 'https://ltl.xpo.com/api', 'oauth', '${k.n(k.g.uuid())}', '${k.tok()}', true),
  ('${k.n('FXFE')}', 'https://apis.fedex.com/ltl', 'oauth', '${k.u(L.fedexKey(k.g))}', '${k.s('token', L.fedexSecret(k.g))}', false),
  ('${k.n('RLCA')}', 'https://api.rlc.com', 'apikey', NULL, '${k.ph()}', false);
`;
  }),

  lDoc('logistics-customs-broker-portal-ticket', ['prose', 'precision'], 'tickets/FWD-3391.md', (k) => {
    return `**FWD-3391** Container stuck in Algeciras - customs hold

> Reporter: Lucía (Ocean ops Valencia) · Priority: High

Contenedor ${k.n(L.container(k.g))} retenido por aduana, DUA pendiente. El agente de aduanas necesita acceso al
portal de Valenciaport PCS para subir el certificado de origen. He creado un usuario temporal:

- usuario: \`transitarios.vlc\`
- contraseña: \`${k.pw()}\`

Booking ${k.n(L.booking(k.g))}, AWB del courier con los documentos: ${k.n(L.awb(k.g))}.

**Update (IT):** password reset, the one above is dead now; new one was sent by SMS. Please don't put passwords in
tickets. Next time use the "share credential" button.
`;
  }),
];
