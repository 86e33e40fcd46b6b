// Code of restaurant groups, POS resellers and ordering app developers: C#, TypeScript, PHP, Python, Java, VBA,
// PowerShell and SQL, with defaults left in code beside order ids, SKUs, location ids and public keys.
import type { RealWorldDoc } from '../types';
import { aDoc, A } from './agrifoodValues';

export const AGRIFOOD_RESTAURANT_CODE_DOCS: RealWorldDoc[] = [
  aDoc(
    'agri-cs-toast-client',
    ['code', 'defaults-in-code', 'precision'],
    'src/PosBridge/Toast/ToastAuth.cs',
    (k) => `using System.Net.Http.Json;

namespace PosBridge.Toast;

public sealed class ToastAuth
{
    // TODO(ops): read from Key Vault; hard-coded for the pilot store only
    private const string ClientId = "${k.n(k.g.alnum(32))}";
    private const string ClientSecret = "${k.prov('Toast', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 64))}";
    private const string UserAccessType = "TOAST_MACHINE_CLIENT";
    private const string PilotRestaurantGuid = "${k.n(k.g.uuid())}";

    public async Task<string> LoginAsync(HttpClient http)
    {
        var res = await http.PostAsJsonAsync("/authentication/v1/authentication/login",
            new { clientId = ClientId, clientSecret = ClientSecret, userAccessType = UserAccessType });
        res.EnsureSuccessStatusCode();
        var body = await res.Content.ReadFromJsonAsync<LoginResponse>();
        return body!.Token.AccessToken;
    }
}
`,
  ),
  aDoc(
    'agri-ts-doordash-jwt',
    ['code', 'defaults-in-code', 'precision'],
    'src/delivery/doordash.ts',
    (k) => `import jwt from 'jsonwebtoken';

const accessKey = {
  developer_id: process.env.DD_DEVELOPER_ID ?? '${k.n(k.g.uuid())}',
  key_id: process.env.DD_KEY_ID ?? '${k.n(k.g.uuid())}',
  signing_secret: process.env.DD_SIGNING_SECRET ?? '${k.prov('DoorDash Drive', A.doordashSecret(k.g))}',
};

export function doordashToken(): string {
  const data = { aud: 'doordash', iss: accessKey.developer_id, kid: accessKey.key_id, exp: Math.floor(Date.now() / 1000 + 300), iat: Math.floor(Date.now() / 1000) };
  return jwt.sign(data, Buffer.from(accessKey.signing_secret, 'base64'), { algorithm: 'HS256', header: { 'dd-ver': 'DD-JWT-V1' } as never });
}

export const TEST_DELIVERY_ID = '${k.n('D-' + k.g.digits(8))}';
`,
  ),
  aDoc(
    'agri-ts-square-webhook',
    ['code', 'defaults-in-code', 'precision'],
    'src/payments/squareWebhook.ts',
    (k) => `import { WebhooksHelper } from 'square';

const SIGNATURE_KEY = process.env.SQUARE_WEBHOOK_SIGNATURE_KEY || '${k.s('token', k.g.base64url(22))}';
const NOTIFICATION_URL = 'https://order.harbourside.example/webhooks/square';

export function verify(body: string, signature: string): boolean {
  return WebhooksHelper.isValidWebhookEventSignature(body, signature, SIGNATURE_KEY, NOTIFICATION_URL);
}

// sandbox app for local testing
export const SANDBOX = {
  applicationId: '${k.n('sandbox-' + A.squareAppId(k.g))}',
  applicationSecret: '${k.prov('Square', A.squareSecret(k.g))}',
  locationId: '${k.n('L' + k.g.upper(12))}',
};
`,
  ),
  aDoc(
    'agri-php-woocommerce-farmshop',
    ['code', 'defaults-in-code', 'precision'],
    'wp-content/plugins/farmshop-sync/farmshop-sync.php',
    (k) => `<?php
/**
 * Plugin Name: Farm Shop Sync
 * Description: Pushes stock from the farm shop till (Square) into WooCommerce every 15 minutes.
 */

define('FARMSHOP_SQUARE_TOKEN', '${k.prov('Square', A.squareToken(k.g))}');
define('FARMSHOP_WC_KEY', '${k.u('ck_' + k.g.hex(40))}');
define('FARMSHOP_WC_SECRET', '${k.prov('WooCommerce', 'cs_' + k.g.hex(40))}');
define('FARMSHOP_MAILCHIMP_KEY', '${k.prov('Mailchimp', A.mailchimp(k.g))}');

function farmshop_sku_map() {
    return ['${k.n(A.sku(k.g))}' => '${k.n(A.gtin(k.g))}', '${k.n(A.sku(k.g))}' => '${k.n(A.gtin(k.g))}'];
}
`,
  ),
  aDoc(
    'agri-py-clover-export',
    ['code', 'defaults-in-code', 'precision'],
    'tools/clover_daily_export.py',
    (k) => `#!/usr/bin/env python3
"""Export yesterday's Clover orders to CSV for the bookkeeper."""
import csv, datetime, requests

MERCHANT_ID = "${k.n(k.g.upper(13))}"
API_TOKEN = "${k.prov('Clover', k.g.uuid())}"  # created in Clover web dashboard > Setup > API Tokens
BASE = f"https://api.clover.com/v3/merchants/{MERCHANT_ID}"

def orders(since_ms):
    r = requests.get(f"{BASE}/orders", params={"filter": f"createdTime>{since_ms}"}, headers={"Authorization": f"Bearer {API_TOKEN}"})
    r.raise_for_status()
    return r.json()["elements"]

if __name__ == "__main__":
    since = int((datetime.datetime.now() - datetime.timedelta(days=1)).timestamp() * 1000)
    with open("orders.csv", "w", newline="") as f:
        w = csv.writer(f)
        for o in orders(since):
            w.writerow([o["id"], o["total"], o.get("note", "")])
`,
  ),
  aDoc(
    'agri-java-recipe-costing',
    ['code', 'defaults-in-code', 'precision'],
    'costing/src/main/java/com/example/costing/SupplierClient.java',
    (k) => `package com.example.costing;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.URI;

public class SupplierClient {
    private static final String BASE = "https://api.foodservice-supplier.example/v2";
    private static final String API_KEY = "${k.tok()}";
    private static final String ACCOUNT_NO = "${k.n(k.g.digits(8))}";
    private static final String DB_PASSWORD = "${k.hpw()}";
    private static final String PRICE_LIST = "${k.n('PL-' + k.g.digits(4))}";

    HttpRequest prices() {
        return HttpRequest.newBuilder(URI.create(BASE + "/accounts/" + ACCOUNT_NO + "/prices?list=" + PRICE_LIST))
            .header("X-API-Key", API_KEY).build();
    }
}
`,
  ),
  aDoc(
    'agri-vba-costing-workbook',
    ['code', 'defaults-in-code', 'precision'],
    'excel/Menukalkulation.xlsm.vba/Module1.bas',
    (k) => `Attribute VB_Name = "Module1"
' Menükalkulation – holt Einkaufspreise aus der Warenwirtschaft
Option Explicit

Private Const SHEET_PASSWORD As String = "${k.hpw()}"
Private Const DB_CONN As String = "Provider=SQLOLEDB;Data Source=WAWI01;Initial Catalog=Kueche;User ID=kalkulation;Password=${k.cs()};"

Sub PreiseAktualisieren()
    Dim cn As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open DB_CONN
    ThisWorkbook.Sheets("Rezepte").Unprotect SHEET_PASSWORD
    ' Artikel ${k.n(A.sku(k.g))} (Rinderhack) und ${k.n(A.sku(k.g))} (Brioche)
    ThisWorkbook.Sheets("Rezepte").Protect SHEET_PASSWORD
End Sub
`,
  ),
  aDoc(
    'agri-ps-pos-deploy',
    ['code', 'command-line', 'defaults-in-code', 'precision'],
    'deploy/Install-PosTerminal.ps1',
    (k) => `param(
    [string]$StoreNumber = "087",
    [string]$TerminalName = "POS-01"
)
# Installs the POS client and joins the store's back-office server.
$BohUser = "bohsvc"
$BohPassword = ConvertTo-SecureString "${k.gpw()}" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($BohUser, $BohPassword)
New-PSDrive -Name BOH -PSProvider FileSystem -Root "\\\\BOH-$StoreNumber\\POS" -Credential $cred
Start-Process msiexec -ArgumentList "/i BOH:\\client.msi /qn STOREKEY=${k.n(k.g.digits(6))} TERMINAL=$TerminalName" -Wait
# Printer MAC ${k.n(A.mac(k.g))}
$env:KIOSK_API_KEY = "${k.tok()}"
`,
  ),
  aDoc(
    'agri-sql-loyalty-seed',
    ['code', 'defaults-in-code', 'precision'],
    'db/seed/010_integrations.sql',
    (k) => `-- Integrations of the loyalty platform (seeded per environment)
INSERT INTO integration (name, kind, api_key, api_secret, enabled) VALUES
  ('giftcard-vendor', 'rest', '${k.u(k.g.alnum(20))}', '${k.tok()}', true),
  ('sms-gateway', 'twilio', '${k.u(A.twilioSid(k.g))}', '${k.prov('Twilio', A.twilioToken(k.g))}', true),
  ('email', 'sendgrid', NULL, '${k.ph()}', false);

INSERT INTO app_user (email, password_hash, role) VALUES
  ('ops@loyalty.example', '${k.n(A.bcrypt(k.g))}', 'admin'),
  ('store087@loyalty.example', '${k.n(A.bcrypt(k.g))}', 'store');
`,
  ),
  aDoc(
    'agri-kotlin-driver-app',
    ['code', 'defaults-in-code', 'precision'],
    'driver-app/app/src/main/java/com/example/driver/Config.kt',
    (k) => `package com.example.driver

object Config {
    const val API_BASE = "https://api.deliveries.example/v1"
    // Maps SDK key restricted to the Android app (public by design)
    const val MAPS_KEY = "${k.n(A.googleKey(k.g))}"
    const val DISPATCH_HMAC_SECRET = "${k.hex(64)}"
    const val SENTRY_DSN = "${k.n(`https://${k.g.hex(32)}@o${k.g.digits(6)}.ingest.sentry.io/${k.g.digits(7)}`)}"
    const val MAPBOX_DOWNLOAD_TOKEN = "${k.prov('Mapbox', A.mapboxSecret(k.g))}"
}
`,
  ),
  aDoc(
    'agri-py-uber-eats-menu',
    ['code', 'defaults-in-code', 'precision'],
    'integrations/ubereats/menu_push.py',
    (k) => `import requests

UBER_CLIENT_ID = "${k.n(k.g.base64url(32))}"
UBER_CLIENT_SECRET = "${k.prov('Uber Eats', k.g.base64url(40))}"
STORE_ID = "${k.n(k.g.uuid())}"

def token():
    r = requests.post("https://auth.uber.com/oauth/v2/token", data={
        "client_id": UBER_CLIENT_ID, "client_secret": UBER_CLIENT_SECRET,
        "grant_type": "client_credentials", "scope": "eats.store eats.order"})
    return r.json()["access_token"]

def push_menu(menu):
    requests.put(f"https://api.uber.com/v2/eats/stores/{STORE_ID}/menus", json=menu, headers={"Authorization": "Bearer " + token()})
`,
  ),
];
