// Construction platforms and BIM: Procore and Autodesk Construction Cloud app secrets, Bluebeam Studio, Trimble Connect,
// Dynamo and pyRevit scripts, BIM execution plans, drone mapping, tender portals. Drawing numbers, IFC GUIDs, permit
// numbers and model hashes all around.
import type { RealWorldDoc } from '../types';
import { cDoc, C } from './civicValues';

export const CIVIC_CONSTRUCTION_DOCS: RealWorldDoc[] = [
  cDoc(
    'civic-procore-sync-appsettings',
    ['config-syntax', 'precision'],
    'ProcoreSync/appsettings.json',
    (k) => `{
  "Procore": {
    "BaseUrl": "https://api.procore.com",
    "CompanyId": ${k.n(k.g.digits(6))},
    "ClientId": "${k.n(k.g.hex(64))}",
    "ClientSecret": "${k.hex(64)}",
    "RedirectUri": "urn:ietf:wg:oauth:2.0:oob"
  },
  "Sage": {
    "Server": "SAGE300CRE",
    "ConnectionString": "DSN=Timberline;UID=procore_sync;PWD=${k.cs()};"
  },
  "Projects": { "Harbour Court Ph2": "${k.n('HC-' + k.g.digits(4))}", "Riverside School": "${k.n('RS-' + k.g.digits(4))}" }
}
`,
  ),

  cDoc(
    'civic-aps-forge-python',
    ['code', 'defaults-in-code', 'precision'],
    'bim/acc_issues_export.py',
    (k) => `"""Export ACC (BIM 360) issues of a project to Excel for the weekly design coordination meeting."""
import os
import requests

APS_CLIENT_ID = os.getenv("APS_CLIENT_ID", "${k.n(k.g.alnum(32))}")
APS_CLIENT_SECRET = os.getenv("APS_CLIENT_SECRET", "${k.s('token', k.g.alnum(16))}")
HUB_ID = "b.${k.n(k.g.uuid())}"
PROJECT_ID = "b.${k.n(k.g.uuid())}"

def token():
    r = requests.post("https://developer.api.autodesk.com/authentication/v2/token",
                      auth=(APS_CLIENT_ID, APS_CLIENT_SECRET),
                      data={"grant_type": "client_credentials", "scope": "data:read account:read"})
    return r.json()["access_token"]

# model version URN for the federated model, drawing ${k.n(C.drawing(k.g))}
URN = "${k.n('dXJuOmFkc2sud2lwcHJvZDpmcy5maWxlOnZmLj' + k.g.base64url(40))}"
`,
  ),

  cDoc(
    'civic-bim-execution-plan',
    ['prose', 'precision'],
    'bim/BEP-HarbourCourt-v3.md',
    (k) => `# BIM Execution Plan – Harbour Court Phase 2 (rev ${k.n('P03')})

## 6. Common data environment
Autodesk Construction Cloud, hub "Oakridge Build". Project members are invited by the BIM manager.
For the federated model viewer on the site TV a shared account is used: site-tv@oakridgebuild.example,
password ${k.hpw()} (view-only role).

## 7. Naming
Files follow ISO 19650: ${k.n('HC2-OAK-ZZ-ZZ-M3-A-0001')}; drawings e.g. ${k.n(C.drawing(k.g))}, ${k.n(C.drawing(k.g))}.
IFC exports keep GUIDs stable (e.g. ${k.n(C.ifcGuid(k.g))}, ${k.n(C.ifcGuid(k.g))}).

## 8. Coordination
Clash runs weekly in Navisworks; results published to Bluebeam Studio Session ${k.n(k.g.digits(3) + '-' + k.g.digits(3) + '-' + k.g.digits(3))}.
The Studio Project password for subcontractors is ${k.pw()}.
`,
  ),

  cDoc(
    'civic-bluebeam-studio-csharp',
    ['code', 'http-auth', 'precision'],
    'tools/StudioSessionBot/Program.cs',
    (k) => `// Creates the weekly Bluebeam Studio Session for design review and invites the consultants.
using System.Net.Http.Headers;

var http = new HttpClient { BaseAddress = new Uri("https://studioapi.bluebeam.com/publicapi/v1/") };
const string ClientId = "${k.n(k.g.uuid())}";
const string ClientSecret = "${k.s('token', k.g.alnum(40))}";
// refresh token from the BIM manager's consent, valid 60 days
const string RefreshToken = "${k.tok()}";

http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "${k.bearer()}");
var resp = await http.PostAsync("sessions", new StringContent("{\\"Name\\":\\"Design Review ${k.n(C.drawing(k.g))}\\"}"));
Console.WriteLine(resp.StatusCode);
`,
  ),

  cDoc(
    'civic-trimble-connect-powershell',
    ['code', 'precision'],
    'survey/Publish-TrimbleConnect.ps1',
    (k) => `# Uploads the daily survey point cloud to Trimble Connect.
param([string]$File = "D:\\Survey\\HC2_$(Get-Date -f yyyyMMdd).e57")

$tid = @{
  client_id     = '${k.n(k.g.uuid())}'
  client_secret = '${k.s('token', k.g.hex(32))}'
  grant_type    = 'password'
  username      = 'survey@oakridgebuild.example'
  password      = '${k.spw()}'
  scope         = 'openid oakridge-connect'
}
$tok = Invoke-RestMethod -Method Post -Uri 'https://id.trimble.com/oauth/token' -Body $tid
$h = @{ Authorization = "Bearer $($tok.access_token)" }
Invoke-RestMethod -Method Post -Uri 'https://app.connect.trimble.com/tc/api/2.0/files?parentId=${k.n(k.g.base64url(11))}' -Headers $h -InFile $File
Write-Host "uploaded $File, md5 $((Get-FileHash $File -Algorithm MD5).Hash)"
`,
  ),

  cDoc(
    'civic-drone-mapping-config',
    ['config-syntax', 'precision'],
    'survey/drone/dronedeploy-sync.yaml',
    (k) => `dronedeploy:
  api_key: ${k.s('token', k.g.hex(32))}
  org: oakridge-build
  plans:
    - name: HC2 weekly progress
      plan_id: ${k.n(k.g.hex(24))}
    - name: Riverside School earthworks
      plan_id: ${k.n(k.g.hex(24))}
pix4d:
  cloud_user: survey@oakridgebuild.example
  cloud_password: ${k.spw()}
output:
  crs: EPSG:27700
  control_points_checksum: ${k.n(C.sha256(k.g))}
`,
  ),

  cDoc(
    'civic-tender-portal-email-it',
    ['prose', 'precision'],
    'gare/mail/2026-01-accesso-portale-appalti.txt',
    (k) => `Oggetto: Gara ${k.n('CIG ' + k.g.digits(10))} – accesso piattaforma telematica

Ciao Luca,
la gara per la scuola di via Ripamonti scade venerdì. Ti giro le credenziali della piattaforma (Sintel):
utente: castellano.costruzioni, password: ${k.hpw()}
Il codice CUP del progetto è ${k.n(k.g.upper(1) + k.g.digits(2) + k.g.upper(1) + k.g.digits(11))}.
Per la firma digitale il PIN della smart card lo sai (${k.n('non lo scrivo qui')}).
Grazie, Giulia
`,
  ),

  cDoc(
    'civic-site-diary-de',
    ['prose', 'precision'],
    'baustelle/bautagebuch/2026-03-KW11.md',
    (k) => `# Bautagebuch KW 11 – Neubau Kita Lindenhof (Baugenehmigung ${k.n(C.permit(k.g))})

**Mo 09.03.** Betonage Decke über EG, Achsen A–F. Lieferscheine ${k.n('LS-' + k.g.digits(7))} bis ${k.n('LS-' + k.g.digits(7))}.
**Di 10.03.** Baustellenkamera neu eingerichtet, Zugang Webportal: bauleitung / ${k.hpw()}
**Mi 11.03.** Plan ${k.n(C.drawing(k.g))} freigegeben. WLAN Baucontainer neu: ${k.wifi()}
**Do 12.03.** Prüfstatiker vor Ort, Bewehrungsabnahme ohne Mängel.
**Fr 13.03.** Zugang Ausschreibungsplattform (Vergabe Elektro) für Herrn Yilmaz: ${k.pw()}
`,
  ),

  cDoc(
    'civic-obra-diario-es',
    ['prose', 'precision'],
    'obra/diario/2026-02-semana-07.md',
    (k) => `# Diario de obra – Residencial Triana (licencia ${k.n(C.permit(k.g))})

- Lunes: hormigonado de forjado planta 2. Plano ${k.n(C.drawing(k.g))}.
- Martes: instalada cámara de obra, usuario admin, contraseña ${k.dev()}
- Miércoles: WiFi de la caseta: ${k.wifi()}
- Jueves: acceso a la plataforma de Procore para la subcontrata de fontanería, contraseña provisional ${k.hpw()}
- Viernes: visita del coordinador de seguridad.
`,
  ),

  cDoc(
    'civic-dynamo-python-node',
    ['code', 'precision'],
    'bim/dynamo/PushParamsToDb.py',
    (k) => `# Dynamo Python node: writes door parameters from the Revit model to the FM database.
import clr
clr.AddReference('System.Data')
from System.Data.SqlClient import SqlConnection

doors = IN[0]
conn = SqlConnection("Server=fm-sql.oakridgebuild.local;Database=FM_Assets;User ID=revit_push;Password=${k.cs()};")
conn.Open()
for d in doors:
    cmd = conn.CreateCommand()
    cmd.CommandText = "UPDATE Doors SET FireRating=@r WHERE IfcGuid=@g"
    # GUIDs look like ${k.n(C.ifcGuid(k.g))}, door marks like ${k.n(C.doorId(k.g))}
    cmd.ExecuteNonQuery()
conn.Close()
OUT = len(doors)
`,
  ),

  cDoc(
    'civic-ifc-header-and-project-json',
    ['precision', 'config-syntax'],
    'bim/exports/HC2-model-manifest.json',
    (k) => `{
  "project": "Harbour Court Phase 2",
  "ifc_schema": "IFC4",
  "files": [
    { "name": "HC2-OAK-ZZ-ZZ-M3-A-0001.ifc", "sha256": "${k.n(C.sha256(k.g))}", "project_guid": "${k.n(C.ifcGuid(k.g))}" },
    { "name": "HC2-OAK-ZZ-ZZ-M3-S-0001.ifc", "sha256": "${k.n(C.sha256(k.g))}", "project_guid": "${k.n(C.ifcGuid(k.g))}" },
    { "name": "HC2-OAK-ZZ-ZZ-M3-M-0001.ifc", "sha256": "${k.n(C.sha256(k.g))}", "project_guid": "${k.n(C.ifcGuid(k.g))}" }
  ],
  "acc_item_id": "urn:adsk.wipprod:dm.lineage:${k.n(k.g.base64url(22))}",
  "published_by": "bim.manager@oakridgebuild.example",
  "share_link_password": "${k.spw()}"
}
`,
  ),

  cDoc(
    'civic-plangrid-export-script',
    ['code', 'http-auth', 'precision'],
    'tools/plangrid_sheet_export.sh',
    (k) => `#!/usr/bin/env bash
# Download all sheets of the PlanGrid project as PDFs for the handover archive.
set -euo pipefail
PG_KEY="${k.s('http-auth', k.g.hex(32))}"
PROJECT="${k.n(k.g.uuid())}"
curl -s -u "$PG_KEY:" -H "Accept: application/vnd.plangrid+json; version=1" \\
  "https://io.plangrid.com/projects/$PROJECT/sheets?limit=200" > sheets.json
jq -r '.data[].uid' sheets.json | while read -r uid; do
  curl -s -u "$PG_KEY:" "https://io.plangrid.com/projects/$PROJECT/sheets/$uid/packets" -o "sheets/$uid.json"
done
echo "done, permit ${k.n(C.permit(k.g))}"
`,
  ),
];
