// Food factories, dairies, breweries and wineries: OT/IT and quality (HACCP) staff's configs, batch files, label
// printer setups, LIMS connectors and handover notes, beside batch numbers, GTINs, certificate numbers and hashes.
import type { RealWorldDoc } from '../types';
import { aDoc, A } from './agrifoodValues';

export const AGRIFOOD_FACTORY_DOCS: RealWorldDoc[] = [
  aDoc(
    'agri-factory-ot-handover-en',
    ['prose', 'precision'],
    'docs/ot/handover-line3-pasteuriser.md',
    (k) => `# Line 3 pasteuriser – OT handover

| System | Address | User | Password |
|---|---|---|---|
| HMI (PanelView) | ${A.ipv4(k.g, '10.30')} | operator | ${k.dev()} |
| HMI (PanelView) | same | maintenance | ${k.dev()} |
| Historian web | https://historian.plant.local | hist_ro | ${k.gpw()} |
| Engineering PC | EWS-03 | .\\otadmin | ${k.hpw()} |
| Chart recorder | ${A.ipv4(k.g, '10.30')} | admin | ${k.u('admin')} |

HTST divert valve test: batch ${k.n(A.lot(k.g))}, CCP-2 record ${k.n(A.ticket(k.g))}.
Firmware image SHA-256: ${k.n(A.sha256(k.g))}
Vendor remote access (Secomea) – the LinkManager password is in the OT vault, not here (${k.n('vault:ot/secomea/linkmanager')}).
`,
  ),
  aDoc(
    'agri-label-printer-xml',
    ['config-syntax', 'precision'],
    'labelling/BarTender/Integration/PrintService.config.xml',
    (k) => `<?xml version="1.0" encoding="utf-8"?>
<PrintService>
  <Database provider="System.Data.SqlClient"
            connectionString="Data Source=MES01;Initial Catalog=Labels;User ID=bartender;Password=${k.cs()};" />
  <Printers>
    <Printer name="Line1-Case" address="${A.ipv4(k.g, '10.40')}" model="ZT411" />
    <Printer name="Line2-Pallet" address="${A.ipv4(k.g, '10.40')}" model="ZT610" />
  </Printers>
  <Gs1 companyPrefix="${k.n(k.g.digits(7))}" defaultGtin="${k.n(A.gtin(k.g))}" />
  <WebAdmin user="admin" password="${k.dev()}" />
  <Erp url="https://erp.foods.example/api" apiKey="${k.tok()}" />
  <Template checksum="${k.n(A.md5(k.g))}" />
</PrintService>
`,
  ),
  aDoc(
    'agri-lims-connector-yaml',
    ['config-syntax', 'precision'],
    'lims-connector/config/application.yml',
    (k) => `lims:
  base-url: https://lims.qa-lab.example/api/v3
  username: connector
  password: ${k.gpw()}
  lab-code: ${k.n('QA-' + k.g.digits(3))}
erp:
  type: sage-x3
  url: https://x3.foods.example/api1/x3/erp/FOODPROD
  user: LIMS_IF
  password: "${k.pw()}"
audit-portal:
  url: https://portal.food-audit.example
  api-token: ${k.tok()}
  site-number: ${k.n(A.cert(k.g))}
spring:
  datasource:
    url: jdbc:postgresql://localhost:5432/lims_bridge
    username: lims_bridge
    password: \${LIMS_DB_PASSWORD}
`,
  ),
  aDoc(
    'agri-brewery-batch-file',
    ['code', 'defaults-in-code', 'precision'],
    'brewhouse/scripts/backup_recipes.bat',
    (k) => `@echo off
REM Nightly backup of the brewhouse recipe database to the NAS
set NAS=\\\\nas01\\brewhouse
set NASUSER=brauerei\\backup
set NASPASS=${k.spw()}
net use Z: %NAS% /user:%NASUSER% %NASPASS% /persistent:no
sqlcmd -S BREW01\\SQLEXPRESS -U sa -P ${k.spw()} -Q "BACKUP DATABASE Recipes TO DISK='Z:\\recipes.bak'"
REM Sudlog batch ${k.n('SUD-' + k.g.digits(5))}
net use Z: /delete
`,
  ),
  aDoc(
    'agri-winery-tank-controller-ini',
    ['config-syntax', 'precision'],
    'cellar/tankcontrol/tankcontrol.ini',
    (k) => `[General]
Site=Bodega Valdivia
Tanks=48

[Modbus]
Host=${A.ipv4(k.g)}
Port=502

[WebUI]
AdminUser=bodeguero
AdminPassword=${k.hpw()}

[Alerts]
TwilioAccountSid=${k.u(A.twilioSid(k.g))}
TwilioAuthToken=${k.prov('Twilio', A.twilioToken(k.g))}
AlertNumbers=+5691234${k.g.digits(4)}

[Cloud]
Endpoint=https://vinas-cloud.example/ingest
DeviceKey=${k.tok()}
SerialNumber=${k.n(k.g.upper(3) + k.g.digits(7))}
`,
  ),
  aDoc(
    'agri-haccp-audit-notes-nl',
    ['prose', 'precision'],
    'kwaliteit/audit-2026-voorbereiding.md',
    (k) => `# Voorbereiding BRCGS-audit – week 14

- Certificaatnummer ${k.n(A.cert(k.g))}, site code ${k.n(k.g.digits(7))}.
- Temperatuurregistratie koelcel 2: inloggen op het Sensitech-portaal met kwaliteit@zuivel.example / ${k.hpw()}
- De tablet op de receptie (leveranciersregistratie) heeft pincode ${k.u('1234')}; moet eruit voor de audit.
- LIMS: gebruiker "auditor" aangemaakt, tijdelijk wachtwoord ${k.gpw()} (verloopt na de audit).
- Partijnummers van de traceertest: ${k.n(A.lot(k.g))}, ${k.n(A.lot(k.g))}, ${k.n(A.lot(k.g))}
- Oude wachtwoorden op het whiteboard zijn weggeveegd (${k.n('[REDACTED]')}).
`,
  ),
  aDoc(
    'agri-dairy-parlour-config-json',
    ['config-syntax', 'precision'],
    'parlour/integration/herdsync.json',
    (k) => `{
  "farm": { "name": "Melkveebedrijf De Hoeve", "ubn": "${k.n(k.g.digits(7))}" },
  "parlour": { "vendor": "DeLaval", "host": "${A.ipv4(k.g)}", "user": "delpro", "password": "${k.dev()}" },
  "herdManagement": { "url": "https://api.herd-cloud.example", "clientId": "${k.n(k.g.uuid())}", "clientSecret": "${k.tok()}" },
  "milkRecording": { "account": "${k.n(k.g.digits(6))}", "password": "${k.hpw()}" },
  "animals": ["${k.n(A.earTag(k.g))}", "${k.n(A.earTag(k.g))}", "${k.n(A.earTag(k.g))}"]
}
`,
  ),
  aDoc(
    'agri-priva-export-notes-de',
    ['prose', 'precision'],
    'gewaechshaus/klimarechner-zugang.txt',
    (k) => `Klimarechner Gewächshaus Halle B – Zugänge (Stand März)

Bedienoberfläche:  Benutzer "gaertner"   Passwort ${k.dev()}
Service-Ebene:     Benutzer "service"    Passwort ${k.hpw()}   (nur für den Techniker)
Fernwartung VPN:   PSK ${k.s('token', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 24))}
Seriennummer:      ${k.n(k.g.upper(2) + k.g.digits(8))}
Abteil-IDs:        ${k.n('B-01')} … ${k.n('B-12')}
Düngerrezept:      ${k.n('NPK-' + k.g.digits(2) + '-' + k.g.digits(2) + '-' + k.g.digits(2))}
`,
  ),
  aDoc(
    'agri-sage-x3-web-config',
    ['config-syntax', 'precision'],
    'x3-edi/Web.config',
    (k) => `<?xml version="1.0"?>
<configuration>
  <connectionStrings>
    <add name="X3" connectionString="Server=X3SQL;Database=x3v12;User Id=EDI_FOOD;Password=${k.cs()};" providerName="System.Data.SqlClient" />
    <add name="Local" connectionString="Server=(localdb)\\MSSQLLocalDB;Database=edi;Integrated Security=true" />
  </connectionStrings>
  <appSettings>
    <add key="RetailerPortal.User" value="supplier-${k.n(k.g.digits(6))}" />
    <add key="RetailerPortal.Password" value="${k.gpw()}" />
    <add key="As2.PartnerId" value="${k.n(A.gln(k.g))}" />
    <add key="As2.CertThumbprint" value="${k.n(A.sha1(k.g).toUpperCase())}" />
    <add key="Smtp.Password" value="${k.ph()}" />
  </appSettings>
</configuration>
`,
  ),
  aDoc(
    'agri-grain-elevator-scale-ini',
    ['config-syntax', 'precision'],
    'elevator/ScaleHouse/scalehouse.ini',
    (k) => `[Scale]
Port=COM3
Indicator=Rice Lake 920i
Capacity=120000

[Database]
Server=ELEV-SRV\\SCALE
User=scaleuser
Password=${k.spw()}

[Grading]
MoistureMeterId=${k.n(k.g.digits(8))}
DefaultCommodity=YC2

[Remote]
DtnAccount=${k.n(k.g.digits(6))}
DtnApiKey=${k.prov('DTN', k.g.alnum(32))}
`,
  ),
  aDoc(
    'agri-meat-plant-email-es',
    ['prose', 'precision'],
    'correo/frigorifico-acceso-trazabilidad.txt',
    (k) => `Asunto: Acceso al sistema de trazabilidad – Frigorífico

Hola Ana,

te paso las credenciales del sistema de trazabilidad de canales:
  usuario: calidad.turno2
  contraseña: ${k.hpw()}
El usuario del SENASA lo tiene el jefe de planta. La impresora de etiquetas de la línea 4 tiene la clave de
administrador ${k.dev()}; no la compartas con los operarios.

Tropa ${k.n(k.g.digits(5))}, DTE ${k.n(k.g.digits(9))}, número de habilitación ${k.n(k.g.digits(4))}.

Saludos, Sistemas
`,
  ),
  aDoc(
    'agri-bakery-plant-nodered-settings',
    ['code', 'defaults-in-code', 'precision'],
    'ovens/nodered/settings.js',
    (k) => `module.exports = {
  uiPort: process.env.PORT || 1880,
  credentialSecret: "${k.tok()}",
  adminAuth: {
    type: "credentials",
    users: [{ username: "admin", password: "${k.n(A.bcrypt(k.g))}", permissions: "*" }],
  },
  httpNodeAuth: { user: "oven", pass: "${k.n(A.bcrypt(k.g))}" },
  functionGlobalContext: {
    ovenIds: ["${k.n('OV-' + k.g.digits(3))}", "${k.n('OV-' + k.g.digits(3))}"],
    influxToken: "${k.s('token', k.g.base64url(86) + '==')}",
  },
};
`,
  ),
];
