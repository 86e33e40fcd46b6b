// GIS in local and regional government: ArcGIS Server/Portal tokens and admin passwords, the ArcGIS API for Python,
// GeoServer security files, QGIS project files with PostGIS credentials, pg_service.conf, MapProxy and FME,
// and the public browser map keys those sites carry (negatives by the policy).
import type { RealWorldDoc } from '../types';
import { gDoc, V } from './govValues';

export const GOV_GIS_DOCS: RealWorldDoc[] = [
  gDoc(
    'gov-arcgis-generate-token-curl',
    ['command-line', 'http-auth', 'precision'],
    'docs/gis/arcgis-token-howto.md',
    (k) => `## Getting a token for the parcel service (ArcGIS Server 11.1)

\`\`\`bash
curl -s https://gis.county.example/arcgis/tokens/generateToken \\
  -d username=gisadmin -d password=${k.spw()} \\
  -d client=referer -d referer=https://maps.county.example -d expiration=60 -d f=json
\`\`\`

Response:

\`\`\`json
{"token":"${k.http(V.arcgisToken(k.g))}","expires":${k.n('1741962000000')},"ssl":true}
\`\`\`

Then query with \`?token=<token>\`:

\`\`\`
https://gis.county.example/arcgis/rest/services/Parcels/MapServer/0/query?where=PIN%3D%27${k.n(V.parcelId(k.g))}%27&outFields=*&f=json&token=${k.http(V.arcgisToken(k.g))}
\`\`\`

The public viewer uses an API key restricted to *maps.county.example* (referrer), fine to ship in the JS:
\`apiKey: "${k.n(V.arcgisApiKey(k.g))}"\`
`,
  ),

  gDoc(
    'gov-arcgis-python-notebook',
    ['code', 'precision'],
    'notebooks/update_zoning_layer.py',
    (k) => `# Nightly: push zoning changes from the permitting DB to ArcGIS Enterprise (Planning Dept)
from arcgis.gis import GIS
import pyodbc

gis = GIS("https://portal.city.example/portal", "svc_zoning_publisher", "${k.pw()}", verify_cert=False)
conn = pyodbc.connect(
    "DRIVER={ODBC Driver 17 for SQL Server};SERVER=permits-sql;DATABASE=Accela;UID=gis_ro;PWD=${k.cs()}"
)
layer = gis.content.get("${k.n(k.g.hex(32))}").layers[0]
rows = conn.cursor().execute("select parcel_id, zone_code from zoning_changes where synced = 0").fetchall()
for parcel_id, zone in rows:
    layer.edit_features(updates=[{"attributes": {"PARCELID": parcel_id, "ZONE": zone}}])
print("item id", "${k.n(k.g.hex(32))}")
`,
  ),

  gDoc(
    'gov-geoserver-users-xml',
    ['credential-file', 'config-syntax', 'precision'],
    'geoserver_data/security/usergroup/default/users.xml',
    (k) => `<?xml version="1.0" encoding="UTF-8"?>
<userRegistry xmlns="http://www.geoserver.org/security/users" version="1.0">
  <users>
    <user enabled="true" name="admin" password="${k.n('digest1:' + k.g.base64(64))}"/>
    <user enabled="true" name="wfs_editor" password="plain:${k.pw()}"/>
    <user enabled="true" name="publisher" password="${k.u('crypt1:' + k.g.base64(24))}"/>
    <user enabled="true" name="kataster_sync" password="plain:${k.spw()}"/>
  </users>
  <groups/>
</userRegistry>
`,
  ),

  gDoc(
    'gov-geoserver-datastore-xml',
    ['config-syntax'],
    'geoserver_data/workspaces/kataster/postgis/datastore.xml',
    (k) => `<dataStore>
  <id>DataStoreInfoImpl-${k.n(k.g.hex(8) + ':' + k.g.hex(11))}</id>
  <name>postgis</name>
  <type>PostGIS</type>
  <enabled>true</enabled>
  <connectionParameters>
    <entry key="host">pg-geo.kataster.local</entry>
    <entry key="port">5432</entry>
    <entry key="database">alkis</entry>
    <entry key="schema">public</entry>
    <entry key="user">geoserver</entry>
    <entry key="passwd">${k.pw()}</entry>
    <entry key="dbtype">postgis</entry>
    <entry key="Expose primary keys">true</entry>
  </connectionParameters>
</dataStore>
`,
  ),

  gDoc(
    'gov-qgis-project-datasource',
    ['config-syntax', 'precision'],
    'projects/bebauungsplaene.qgs',
    (k) => `<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis projectname="Bebauungspläne" version="3.34.4-Prizren">
  <projectlayers>
    <maplayer type="vector" geometry="Polygon">
      <id>bplan_geltungsbereich_${k.n(k.g.hex(8) + '_' + k.g.hex(4) + '_' + k.g.hex(4))}</id>
      <datasource>dbname='geodaten' host=pg-geo.stadt.local port=5432 user='qgis_bauamt' password='${k.cs()}' sslmode=disable key='gid' srid=25832 type=MultiPolygon table="planung"."bplan_geltungsbereich" (geom)</datasource>
      <layername>B-Plan Geltungsbereiche</layername>
    </maplayer>
    <maplayer type="vector" geometry="Polygon">
      <id>flurstuecke_${k.n(k.g.hex(8) + '_' + k.g.hex(4))}</id>
      <datasource>service='alkis' authcfg=${k.n(k.g.alnum(7).toLowerCase())} key='gml_id' table="alkis"."ax_flurstueck" (wkb_geometry)</datasource>
      <layername>Flurstücke</layername>
    </maplayer>
    <maplayer type="raster">
      <datasource>crs=EPSG:25832&amp;format=image/png&amp;layers=DOP20&amp;styles&amp;url=https://geodienste.land.example/wms_dop?&amp;username=stadt_gis&amp;password=${k.spw()}</datasource>
    </maplayer>
  </projectlayers>
</qgis>
`,
  ),

  gDoc(
    'gov-pg-service-conf',
    ['credential-file', 'config-syntax'],
    'home/gis/.pg_service.conf',
    (k) => `[alkis]
host=pg-geo.stadt.local
port=5432
dbname=alkis
user=alkis_reader
password=${k.spw()}

[geodaten]
host=pg-geo.stadt.local
dbname=geodaten
user=qgis_bauamt
password=${k.spw()}
sslmode=require
`,
  ),

  gDoc(
    'gov-mapproxy-yaml',
    ['config-syntax', 'precision'],
    'mapproxy/mapproxy.yaml',
    (k) => `services:
  wmts:
  wms:
    md:
      title: Geoportal Gemeente — achtergrondkaarten
sources:
  luchtfoto_src:
    type: wms
    req:
      url: https://service.pdok.nl/hwh/luchtfotorgb/wms/v1_0
      layers: Actueel_orthoHR
  kadaster_beveiligd:
    type: wms
    http:
      headers:
        Authorization: Basic ${k.basic('gemeente_gis')}
    req:
      url: https://secure.kadaster.example/wms
      layers: brk_percelen
  bgt_src:
    type: tile
    url: https://tiles.example.nl/bgt/%(tms_path)s.png?apikey=${k.n('%(apikey)s')}
caches:
  luchtfoto_cache:
    sources: [luchtfoto_src]
    grids: [nl_grid]
    # perceel voorbeeld: ${k.n(V.parcelId(k.g))}
`,
  ),

  gDoc(
    'gov-fme-workspace-params',
    ['config-syntax', 'command-line'],
    'fme/run_adresse_import.bat',
    (k) => `@echo off
REM Nightly address import (FME Flow is not licensed yet, so this runs from Task Scheduler)
set FME="C:\\Program Files\\FME\\fme.exe"
%FME% D:\\fme\\adresse_import.fmw ^
  --SourceDataset_OGCGEOPACKAGE "\\\\fil01\\GIS\\adresser.gpkg" ^
  --DestDataset_POSTGIS geodata ^
  --POSTGIS_USER fme_writer ^
  --POSTGIS_PASSWORD ${k.spw()} ^
  --DAWA_TOKEN ${k.tok()} ^
  --LOG_FILE D:\\fme\\logs\\adresse_%DATE:~-4%%DATE:~3,2%%DATE:~0,2%.log
if errorlevel 1 blat - -to gis@kommune.example -subject "FME import fejlede"
`,
  ),

  gDoc(
    'gov-leaflet-viewer-config',
    ['code', 'precision'],
    'viewer/src/config.js',
    (k) => `// Public map viewer: every key here is restricted by HTTP referrer and is meant for the browser.
export const config = {
  center: [43.2630, -2.9350],
  zoom: 13,
  basemapUrl: 'https://api.mapbox.com/styles/v1/ayto/${k.n(k.g.alnum(25).toLowerCase())}/tiles/{z}/{x}/{y}?access_token=${k.n(V.mapboxPublic(k.g))}',
  arcgisApiKey: '${k.n(V.arcgisApiKey(k.g))}',
  googleMapsKey: '${k.n(V.googleApiKey(k.g))}',
  sentryDsn: '${k.n(`https://${k.g.hex(32)}@o${k.g.digits(6)}.ingest.sentry.io/${k.g.digits(7)}`)}',
  catastroWms: 'https://ovc.catastro.meh.es/Cartografia/WMS/ServidorWMS.aspx',
  parcelExample: '${k.n(V.parcelId(k.g))}',
};
`,
  ),

  gDoc(
    'gov-mapbox-upload-script',
    ['command-line', 'code'],
    'scripts/upload_tiles.sh',
    (k) => `#!/usr/bin/env bash
# Uploads the flood-zone tileset; needs a secret token with uploads:write (the pk. token in viewer/ cannot do this)
set -euo pipefail
export MAPBOX_ACCESS_TOKEN=${k.prov('Mapbox secret token', V.mapboxSecret(k.g))}
tilesets upload-source county flood-zones build/flood_zones.geojson.ld --replace
tilesets publish county.flood-zones-2025
`,
  ),

  gDoc(
    'gov-arcgis-server-admin-notes',
    ['prose', 'precision'],
    'wiki/gis/arcgis-enterprise-install.md',
    (k) => `# ArcGIS Enterprise 11.3 — install notes (GIS team, City of Springfield)

- Primary site administrator: \`siteadmin\` / \`${k.pw()}\` (created in Manager, also in Secret Server folder GIS)
- Portal initial admin: \`portaladmin\`, password ${k.hpw()}
- Data Store registered with the server; its internal password was generated: ${k.n('(not shown by the tool)')}
- Web Adaptor registered with the *siteadmin* account above.
- Hosting server federated. Machine: ${k.n(V.ipv4(k.g))}
- Certificates: the CA-signed cert thumbprint is ${k.n(V.fingerprint(k.g))}
- License file authorization number: ${k.n('ECP' + k.g.digits(9))}
`,
  ),
];
