// Accounting: QuickBooks Online, Xero, DATEV, Sage, Lexoffice/sevDesk-style APIs; token caches, exports and
// the small scripts bookkeepers' consultants write.
import type { RealWorldDoc } from '../types';
import { bizDoc, V } from './bizValues';

export const BIZ_ACCOUNTING_DOCS: RealWorldDoc[] = [
  bizDoc(
    'biz-quickbooks-tokens-json',
    ['credential-file', 'precision'],
    'qbo-sync/.tokens/qbo_tokens.json',
    (k) => `{
  "realmId": "${k.n(k.g.digits(19))}",
  "token_type": "bearer",
  "access_token": "${k.http(
    V.jwt(k.g, { sub: k.g.uuid(), aud: ['AppFdGd7Ri2Ze5ZzxZT8jr6qoW0VnbXp'], realmid: k.g.digits(19), iss: 'https://oauth.platform.intuit.com/op/v1', exp: 1730279074 }).replace(
      /^[^.]+/,
      'eyJlbmMiOiJBMTI4Q0JDLUhTMjU2IiwiYWxnIjoiZGlyIn0',
    ),
  )}",
  "refresh_token": "${k.prov('Intuit refresh token', V.intuitRefresh(k.g))}",
  "expires_in": 3600,
  "x_refresh_token_expires_in": 8726400,
  "createdAt": 1730275474000
}
`,
  ),

  bizDoc(
    'biz-quickbooks-node-config',
    ['code', 'precision'],
    'qbo-sync/src/config.js',
    (k) => `module.exports = {
  quickbooks: {
    clientId: process.env.QBO_CLIENT_ID || '${k.n(V.intuitClientId(k.g))}',
    clientSecret: process.env.QBO_CLIENT_SECRET || '${k.prov('Intuit client secret', V.intuitSecret(k.g))}',
    environment: 'production',
    redirectUri: 'https://sync.kontor.example/qbo/callback',
    minorVersion: 70,
  },
  webhookVerifierToken: '${k.s('token', k.g.uuid())}',
  db: 'postgres://qbo:${k.cs()}@db.kontor.internal:5432/qbo_sync',
};
`,
  ),

  bizDoc(
    'biz-xero-python',
    ['code', 'precision'],
    'xero_export/settings.py',
    (k) => `# Xero custom connection (client credentials, one organisation)
XERO_CLIENT_ID = "${k.n(V.xeroClientId(k.g))}"
XERO_CLIENT_SECRET = "${k.prov('Xero client secret', V.xeroSecret(k.g))}"
XERO_SCOPES = "accounting.transactions accounting.contacts.read accounting.settings.read"
XERO_TENANT_ID = "${k.n(k.g.uuid())}"
# webhook key from developer.xero.com > Webhooks
XERO_WEBHOOK_KEY = "${k.s('token', k.g.base64(86) + '==')}"

EXPORT_DIR = "/srv/exports/xero"
ACCOUNT_CODES = {"sales": "200", "freight": "260", "bank_fees": "404"}
`,
  ),

  bizDoc(
    'biz-datev-connect-ini',
    ['config-syntax', 'credential-file', 'precision'],
    'DATEV-Export/export.ini',
    (k) => `[Allgemein]
Mandant=${k.n(k.g.digits(5))}
Beraternummer=${k.n(k.g.digits(7))}
Wirtschaftsjahr=2024
SKR=04

[DATEVconnect]
Server=https://datevconnect.kanzlei.local:58452
Benutzer=svc-export
Passwort=${k.hpw()}

[DatenService]
; OAuth-Client aus dem DATEV Developer Portal (Produktivumgebung)
ClientId=${k.n(k.g.hex(32))}
ClientSecret=${k.s('token', k.g.hex(32))}
RedirectUri=http://localhost:58454/redirect

[Ablage]
Pfad=\\\\kanzlei-fs\\DATEV\\Export
`,
  ),

  bizDoc(
    'biz-sage-intacct-xml',
    ['config-syntax', 'precision'],
    'intacct/request_template.xml',
    (k) => `<?xml version="1.0" encoding="UTF-8"?>
<request>
  <control>
    <senderid>NordwindWS</senderid>
    <password>${k.gpw()}</password>
    <controlid>${k.n(k.g.uuid())}</controlid>
    <uniqueid>false</uniqueid>
    <dtdversion>3.0</dtdversion>
  </control>
  <operation>
    <authentication>
      <login>
        <userid>xml_gateway</userid>
        <companyid>nordwind-us</companyid>
        <password>${k.hpw()}</password>
      </login>
    </authentication>
    <content>
      <function controlid="${k.n(k.g.uuid())}">
        <readByQuery><object>APBILL</object><query>STATE = 'Posted'</query><pagesize>100</pagesize></readByQuery>
      </function>
    </content>
  </operation>
</request>
`,
  ),

  bizDoc(
    'biz-sage50-odbc-vba',
    ['code', 'precision'],
    'Makros/Sage50Export.bas',
    (k) => `Attribute VB_Name = "Sage50Export"
' Liest offene Posten aus Sage 50 (ODBC) in das Blatt "OP"
Public Sub OffenePostenLaden()
    Dim cn As Object, rs As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open "DSN=SageLine50v29;UID=manager;PWD=${k.s('connection-string', V.urlPw(k.g))};"
    Set rs = cn.Execute("SELECT ACCOUNT_REF, NAME, BALANCE FROM SALES_LEDGER WHERE BALANCE > 0")
    Sheets("OP").Range("A2").CopyFromRecordset rs
    rs.Close: cn.Close
End Sub

' alter Zugang (deaktiviert): UID=manager;PWD=${k.n('<leer>')}
`,
  ),

  bizDoc(
    'biz-lexoffice-sevdesk-env',
    ['config-syntax', 'precision'],
    'buchhaltung-bridge/.env.example',
    (k) => `# Kopiere nach .env und trage die Schlüssel ein
LEXOFFICE_API_KEY=${k.ph()}
SEVDESK_API_TOKEN=${k.n('${SEVDESK_TOKEN}')}
# Zum Testen (Demo-Mandant, Stand 03/2024):
LEXOFFICE_API_KEY_DEMO=${k.s('token', k.g.base64url(40))}
SEVDESK_API_TOKEN_DEMO=${k.s('token', k.g.hex(32))}
BANK_IBAN=${k.n(V.iban(k.g))}
`,
  ),

  bizDoc('biz-accounting-csv-export', ['precision'], 'exports/EXTF_Buchungsstapel_2024_10.csv', (k) => {
    const row = () =>
      `${k.g.digits(3)},${k.g.digits(2)};"S";"EUR";;"";"";${k.n(k.g.digits(4))};${k.n(k.g.digits(5))};"";${k.g.digits(2)}${k.g.digits(2)};"${k.n('RE' + k.g.digits(8))}";"";"";"Rechnung ${k.n(k.g.hex(8).toUpperCase())}"`;
    return `"EXTF";700;21;"Buchungsstapel";13;20241104101500000;;"RE";"buchhaltung";"";${k.g.digits(7)};${k.g.digits(5)};20240101;4;20241001;20241031;"Oktober";;0;;;"";;;;
Umsatz (ohne Soll/Haben-Kz);Soll/Haben-Kennzeichen;WKZ Umsatz;Kurs;Basis-Umsatz;WKZ Basis-Umsatz;Konto;Gegenkonto (ohne BU-Schlüssel);BU-Schlüssel;Belegdatum;Belegfeld 1;Belegfeld 2;Skonto;Buchungstext
${row()}
${row()}
${row()}
${row()}
`;
  }),

  bizDoc(
    'biz-xero-token-refresh-log',
    ['logs-and-output', 'http-auth', 'precision'],
    'logs/xero-sync.log',
    (k) => `[2024-11-02 02:00:01] sync.INFO: starting nightly invoice sync tenant=${k.n(k.g.uuid())}
[2024-11-02 02:00:02] http.DEBUG: POST https://identity.xero.com/connect/token grant_type=client_credentials
[2024-11-02 02:00:02] http.DEBUG: request headers {"Authorization":"Basic ${k.basic(V.xeroClientId(k.g))}","Content-Type":"application/x-www-form-urlencoded"}
[2024-11-02 02:00:03] http.DEBUG: GET https://api.xero.com/api.xro/2.0/Invoices?page=1 Authorization: Bearer ${k.http(V.jwt(k.g, { nbf: 1730512802, exp: 1730514602, iss: 'https://identity.xero.com', aud: 'https://identity.xero.com/resources', client_id: k.g.hex(32).toUpperCase(), scope: ['accounting.transactions'] }))}
[2024-11-02 02:00:05] sync.INFO: 187 invoices, 3 credit notes exported (hash ${k.n(V.sha1(k.g))})
[2024-11-02 02:00:05] sync.INFO: done in 4.1s
`,
  ),

  bizDoc(
    'biz-quickbooks-desktop-qbwc',
    ['config-syntax', 'precision'],
    'QBWebConnector/NordwindSync.qwc',
    (k) => `<?xml version="1.0"?>
<QBWCXML>
  <AppName>Nordwind Order Sync</AppName>
  <AppID></AppID>
  <AppURL>https://sync.nordwind.example/qbwc</AppURL>
  <AppDescription>Pushes web orders into QuickBooks Desktop</AppDescription>
  <AppSupport>https://sync.nordwind.example/support</AppSupport>
  <UserName>qbwc_sync</UserName>
  <OwnerID>{${k.n(k.g.uuid())}}</OwnerID>
  <FileID>{${k.n(k.g.uuid())}}</FileID>
  <QBType>QBFS</QBType>
  <Scheduler><RunEveryNMinutes>15</RunEveryNMinutes></Scheduler>
</QBWCXML>
<!-- Web Connector password for qbwc_sync (entered in the QBWC UI, also in server's appsettings): ${k.hpw()} -->
`,
  ),
];
