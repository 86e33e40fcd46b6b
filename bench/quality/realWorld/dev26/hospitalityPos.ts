// Restaurant POS and payments at the table: Toast, Square, Lightspeed, Revel, Micros Simphony, Clover, SumUp, as the
// POS installer and the restaurant's freelance developer leave them.
import type { RealWorldDoc } from '../types';
import { hDoc, H } from './hospitalityValues';

export const HOSPITALITY_POS_DOCS: RealWorldDoc[] = [
  hDoc(
    'hosp-square-node-env',
    ['config-syntax', 'precision'],
    'pos-sync/.env',
    (k) => `SQUARE_ENVIRONMENT=production
SQUARE_APPLICATION_ID=${k.n(H.squareAppId(k.g))}
SQUARE_ACCESS_TOKEN=${k.prov('Square', H.squareToken(k.g))}
SQUARE_LOCATION_ID=${k.n(`L${k.g.upper(12)}`)}
SQUARE_WEBHOOK_SIGNATURE_KEY=${k.tok()}
# sandbox
SQUARE_SANDBOX_ACCESS_TOKEN=${k.prov('Square', H.squareToken(k.g))}
`,
  ),
  hDoc(
    'hosp-square-oauth-python',
    ['code', 'defaults-in-code', 'precision'],
    'app/square_oauth.py',
    (k) => `import requests

APPLICATION_ID = "${k.n(H.squareAppId(k.g))}"
APPLICATION_SECRET = "${k.prov('Square', H.squareSecret(k.g))}"
REDIRECT_URL = "https://bistro-tools.example/square/callback"


def exchange(code: str) -> dict:
    r = requests.post(
        "https://connect.squareup.com/oauth2/token",
        json={"client_id": APPLICATION_ID, "client_secret": APPLICATION_SECRET, "code": code, "grant_type": "authorization_code"},
        timeout=10,
    )
    r.raise_for_status()
    return r.json()
`,
  ),
  hDoc(
    'hosp-toast-partner-java',
    ['code', 'defaults-in-code', 'precision'],
    'src/main/java/com/grp/toast/ToastAuth.java',
    (k) => `package com.grp.toast;

public final class ToastAuth {
    static final String HOST = "https://ws-api.toasttab.com";
    static final String CLIENT_ID = "${k.n(k.g.alnum(32))}";
    static final String CLIENT_SECRET = "${k.tok()}";
    static final String USER_ACCESS_TYPE = "TOAST_MACHINE_CLIENT";
    // restaurant GUIDs for the three sites
    static final String[] RESTAURANTS = { "${k.n(k.g.uuid())}", "${k.n(k.g.uuid())}", "${k.n(k.g.uuid())}" };

    private ToastAuth() {}
}
`,
  ),
  hDoc(
    'hosp-simphony-ini',
    ['config-syntax', 'precision'],
    'C:/Micros/Simphony/EGatewayService/CAL/Win32/Files/DbSettings.ini',
    (k) => `[Enterprise]
ServerURL=https://simphony.restaurantgroup.example:8443/egateway
PropertyNumber=${k.n(k.g.digits(4))}
RVC=${k.n('2')}

[Database]
DataSource=SIMPHONYDB
UserName=sim_transaction
Password=${k.spw()}

[STSG2]
ClientId=${k.n(`STSG2_${k.g.upper(6)}`)}
OrgShortName=${k.n('RESTGRP')}
`,
  ),
  hDoc(
    'hosp-lightspeed-k-series-js',
    ['code', 'defaults-in-code', 'precision'],
    'integrations/lightspeed/config.js',
    (k) => `module.exports = {
  baseUrl: 'https://api.lsk.lightspeed.app',
  clientId: '${k.n(`bistro-${k.g.alnum(8).toLowerCase()}`)}',
  clientSecret: process.env.LSK_CLIENT_SECRET || '${k.tok()}',
  businessLocationId: ${k.n(k.g.digits(14))},
  refreshToken: '${k.tok()}',
  menuFallbackLanguage: 'de',
};
`,
  ),
  hDoc(
    'hosp-revel-pos-ticket',
    ['prose', 'http-auth', 'precision'],
    'tickets/revel-integration.md',
    (k) => `## Revel integration not posting orders

Revel expects the header \`API-AUTHENTICATION: key:secret\`. We used:

\`\`\`
API-AUTHENTICATION: ${k.u(k.g.hex(32))}:${k.http(k.g.hex(64))}
\`\`\`

Establishment ${k.n(k.g.digits(2))}, order ids like ${k.n(k.g.digits(7))} came back 401 until the secret was reissued.
Card on the test order: ${k.n(H.testCard(k.g))} (sandbox).
`,
  ),
  hDoc(
    'hosp-clover-app-yaml',
    ['config-syntax', 'precision'],
    'clover-app/config/prod.yaml',
    (k) => `clover:
  region: eu
  base_url: https://api.eu.clover.com
  app_id: ${k.n(k.g.upper(13))}
  app_secret: ${k.u(k.g.uuid())}
  merchant_id: ${k.n(k.g.upper(13))}
  api_token: ${k.s('token', k.g.uuid())}
  employee_pin_length: 4
`,
  ),
  hDoc(
    'hosp-sumup-food-truck-php',
    ['code', 'defaults-in-code', 'precision'],
    'foodtruck/checkout.php',
    (k) => `<?php
// SumUp checkout for the food truck pre-order page
const SUMUP_API_KEY = '${k.prov('SumUp', H.sumup(k.g))}';
const MERCHANT_CODE = '${k.n(k.g.upper(2) + k.g.alnum(6).toUpperCase())}';

function create_checkout(float $amount, string $ref): array {
    $ch = curl_init('https://api.sumup.com/v0.1/checkouts');
    curl_setopt_array($ch, [
        CURLOPT_HTTPHEADER => ['Authorization: Bearer ' . SUMUP_API_KEY, 'Content-Type: application/json'],
        CURLOPT_POSTFIELDS => json_encode(['checkout_reference' => $ref, 'amount' => $amount, 'currency' => 'EUR', 'merchant_code' => MERCHANT_CODE]),
        CURLOPT_RETURNTRANSFER => true,
    ]);
    return json_decode(curl_exec($ch), true);
}
`,
  ),
  hDoc(
    'hosp-pos-install-checklist-es',
    ['prose', 'precision'],
    'instalaciones/checklist-tpv-restaurante.md',
    (k) => `# Checklist instalación TPV – Restaurante La Terraza (Sevilla)

- [x] Servidor TPV: usuario administrador ${k.n('admin')}, contraseña ${k.hpw()}
- [x] Base de datos: sa / ${k.gpw()}
- [x] Impresora cocina ${H.ipv4(k.g, '192.168')} (comandas)
- [x] PIN de encargado en sala: ${k.u(k.g.digits(4))}
- [ ] Datáfono: terminal ${k.n(k.g.digits(8))}, comercio ${k.n(k.g.digits(9))}
- [ ] CIF cliente: ${k.n(`B${k.g.digits(8)}`)}
- Nota: la contraseña del wifi de clientes es ${k.wifi()} (red ${k.n(H.ssid(k.g))})
`,
  ),
  hDoc(
    'hosp-pos-backoffice-vba',
    ['code', 'defaults-in-code', 'precision'],
    'excel/Tagesabschluss.bas',
    (k) => `Attribute VB_Name = "Tagesabschluss"
' Holt den Tagesumsatz aus der Kassen-Datenbank (Filiale ${k.n(k.g.digits(3))})
Public Sub UmsatzLaden()
    Dim cn As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open "Provider=SQLOLEDB;Data Source=KASSE-SRV;Initial Catalog=Kasse;User ID=auswertung;Password=${k.cs()};"
    Dim rs As Object
    Set rs = cn.Execute("SELECT SUM(Brutto) FROM Bons WHERE Datum = CAST(GETDATE() AS DATE)")
    Sheets("Abschluss").Range("B2").Value = rs.Fields(0).Value
    ' Z-Bon Nummer zum Abgleich: ${k.n(k.g.digits(6))}
    cn.Close
End Sub
`,
  ),
  hDoc(
    'hosp-tse-fiskaly-env',
    ['config-syntax', 'precision'],
    'kasse/fiskaly.env',
    (k) => `# fiskaly SIGN DE (TSE) – Kasse 1
FISKALY_API_KEY=${k.u(`test_${k.g.alnum(25).toLowerCase()}_kasse1`)}
FISKALY_API_SECRET=${k.tok()}
FISKALY_TSS_ID=${k.n(k.g.uuid())}
FISKALY_CLIENT_ID=${k.n(k.g.uuid())}
FISKALY_ADMIN_PIN=${k.s('password', k.g.digits(6) + k.g.alnum(4))}
FISKALY_ADMIN_PUK=${k.s('password', k.g.alnum(10))}
`,
  ),
  hDoc(
    'hosp-pos-receipt-log',
    ['logs-and-output', 'precision'],
    'logs/pos-2026-03-02.log',
    (k) => `2026-03-02 19:41:07 INFO  order ${k.n(k.g.digits(7))} table 12 covers 4 total 186.50 EUR
2026-03-02 19:41:09 INFO  payment approved card ${k.n(H.maskedCard(k.g))} auth ${k.n(k.g.digits(6))}
2026-03-02 19:41:10 DEBUG tse signature ${k.n(k.g.base64(88))}
2026-03-02 19:52:33 WARN  kds push failed, retrying with token=${k.tok()}
2026-03-02 19:52:34 INFO  kds push ok, ticket ${k.n(`K-${k.g.digits(4)}`)}
2026-03-02 22:10:00 INFO  z-report ${k.n(k.g.digits(5))} closed by manager (login ${k.n('mgr01')})
`,
  ),
];
