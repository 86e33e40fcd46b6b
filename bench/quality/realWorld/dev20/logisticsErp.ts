// WMS, TMS and ERP back ends of 3PLs and shippers: Manhattan and Blue Yonder integration configs, SAP EWM/TM RFC
// destinations and sapnwrfc.ini, Oracle WMS Cloud, Odoo, NetSuite token-based auth, and the SQL people run against
// them. Client numbers, system ids, warehouse codes and consumer keys beside their secrets are not the labels.
import type { RealWorldDoc } from '../types';
import { lDoc, L } from './logisticsValues';

export const LOGISTICS_ERP_DOCS: RealWorldDoc[] = [
  lDoc('logistics-sapnwrfc-ini', ['config-syntax', 'credential-file', 'precision'], 'ewm-bridge/sapnwrfc.ini', (k) => {
    return `DEST=EWM_PRD
ASHOST=sapewmprd.corp.local
SYSNR=00
CLIENT=${k.n('100')}
USER=RFC_WMSBRIDGE
PASSWD=${k.spw()}
LANG=EN
TRACE=0

DEST=TM_QAS
MSHOST=saptmqas.corp.local
GROUP=PUBLIC
R3NAME=${k.n('TMQ')}
CLIENT=${k.n('200')}
USER=RFC_TMS
PASSWD=${k.spw()}
LANG=DE
`;
  }),

  lDoc('logistics-sap-pyrfc-script', ['code', 'precision'], 'tools/ewm_open_deliveries.py', (k) => {
    return `from pyrfc import Connection

# quick report for the shift lead: open outbound deliveries per warehouse
conn = Connection(
    ashost="sapewmprd.corp.local",
    sysnr="00",
    client="100",
    user="ZREPORT_${k.g.upper(3)}",
    passwd="${k.pw()}",
)
result = conn.call("/SCWM/API_WHSE_ORDER_GET", IV_LGNUM="${k.n('W' + k.g.digits(3))}", IV_STATUS="OPEN")
for row in result["ET_ORDERS"]:
    print(row["DOCNO"], row["ROUTE"], row["PLANNED_GI"])
`;
  }),

  lDoc('logistics-netsuite-tba-config', ['config-syntax', 'precision'], 'integrations/netsuite/config.json', (k) => {
    return `{
  "account": "${k.n(k.g.digits(7) + '_SB1')}",
  "restletUrl": "https://${k.g.digits(7)}-sb1.restlets.api.netsuite.com/app/site/hosting/restlet.nl?script=${k.g.digits(4)}&deploy=1",
  "auth": {
    "type": "TBA",
    "consumerKey": "${k.u(k.g.hex(64))}",
    "consumerSecret": "${k.hex(64)}",
    "tokenId": "${k.u(k.g.hex(64))}",
    "tokenSecret": "${k.hex(64)}",
    "signatureMethod": "HMAC-SHA256"
  },
  "itemFulfillmentForm": "${k.n(k.g.digits(3))}",
  "locationMap": { "VENLO-1": 12, "DUISBURG-2": 14 }
}
`;
  }),

  lDoc('logistics-odoo-conf', ['config-syntax', 'credential-file', 'precision'], 'etc/odoo/odoo.conf', (k) => {
    return `[options]
; Odoo 17 - Inventory + Barcode for the Valencia warehouse
admin_passwd = ${k.pw()}
db_host = 10.20.0.15
db_port = 5432
db_user = odoo
db_password = ${k.pw()}
dbfilter = ^almacen_vlc$
addons_path = /opt/odoo/addons,/opt/odoo/custom
proxy_mode = True
workers = 4
smtp_server = smtp.office365.com
smtp_user = almacen@logistica-levante.es
smtp_password = ${k.hpw()}
`;
  }),

  lDoc('logistics-manhattan-wms-integration-props', ['config-syntax', 'precision'], 'mawm-integration/src/main/resources/application-prod.properties', (k) => {
    return `# Manhattan Active WM REST integration (order release + ship confirm)
manhattan.base-url=https://northfreight.sce.manh.com
manhattan.auth.token-url=https://northfreight-auth.sce.manh.com/oauth/token
manhattan.auth.client-id=${k.n('omnicomponent.1.0.0')}
manhattan.auth.client-secret=${k.tok()}
manhattan.auth.username=integration.user@northfreight
manhattan.auth.password=${k.pw()}
manhattan.organization=${k.n('NF-EU')}
manhattan.facility=${k.n('VENLO01')}
spring.rabbitmq.host=mq.internal
spring.rabbitmq.username=mawm
spring.rabbitmq.password=\${RABBIT_PASSWORD}
`;
  }),

  lDoc('logistics-blue-yonder-tms-xml', ['config-syntax', 'precision'], 'by-tms/conf/connection.xml', (k) => {
    return `<?xml version="1.0" encoding="UTF-8"?>
<!-- Blue Yonder TMS (i2 TM) -> carrier tender service -->
<Connections>
  <Database name="TMS_PROD" driver="oracle.jdbc.OracleDriver"
            url="jdbc:oracle:thin:@tmsdb-prod:1521/TMSPRD"
            user="TMS_APP" password="${k.spw()}"/>
  <Webservice name="TenderService" url="https://tender.blueyonder.example/ws" user="nf_tender" password="${k.pw()}"/>
  <Webservice name="RateService" url="https://rates.blueyonder.example/ws" user="nf_rates" password="${k.n('@@ENCRYPTED:' + k.g.base64(32) + '@@')}"/>
  <Ftp name="CarrierFiles" host="ftp.carrier-hub.example" user="nfbyftp" password="${k.ph()}"/>
</Connections>
`;
  }),

  lDoc('logistics-oracle-wms-cloud-postman', ['config-syntax', 'http-auth', 'precision'], 'postman/OracleWMS.postman_environment.json', (k) => {
    return `{
  "id": "${k.n(k.g.uuid())}",
  "name": "Oracle WMS Cloud PROD",
  "values": [
    { "key": "base_url", "value": "https://ta3.wms.ocs.oraclecloud.com/northfreight", "enabled": true },
    { "key": "company", "value": "${k.n('NF')}", "enabled": true },
    { "key": "facility", "value": "${k.n('VEN1')}", "enabled": true },
    { "key": "username", "value": "api_integration", "enabled": true },
    { "key": "password", "value": "${k.pw()}", "type": "secret", "enabled": true },
    { "key": "basic_auth", "value": "${k.basic('api_integration')}", "enabled": true }
  ],
  "_postman_variable_scope": "environment"
}
`;
  }),

  lDoc('logistics-wms-db-migration-sql', ['code', 'precision'], 'db/migrations/2026_02_add_rf_users.sql', (k) => {
    return `-- RF users for the new night shift (scanner logins). Passwords are hashed by the app on first login,
-- these are the initial PINs the shift lead hands out.
INSERT INTO wms_user (login, display_name, role, pin_hash) VALUES
  ('rf.night01', 'Nachtschicht 01', 'PICKER', '${k.n(L.bcrypt(k.g))}'),
  ('rf.night02', 'Nachtschicht 02', 'PICKER', '${k.n(L.bcrypt(k.g))}'),
  ('rf.lead', 'Schichtleitung', 'SUPERVISOR', '${k.n(L.bcrypt(k.g))}');

-- integration user for the TMS (plain text column, legacy; ticket ${k.n(L.ticket(k.g))} to hash it)
UPDATE integration_account SET password = '${k.spw()}' WHERE name = 'tms_connector';
CREATE USER wms_report WITH PASSWORD '${k.spw()}';
GRANT SELECT ON ALL TABLES IN SCHEMA reporting TO wms_report;
`;
  }),

  lDoc('logistics-dynamics-bc-azure-function', ['code', 'precision'], 'functions/ShipConfirm/index.js', (k) => {
    return `// Azure Function: WMS ship-confirm -> Business Central (OAuth client credentials) + label archive in Blob storage
const { BlobServiceClient } = require('@azure/storage-blob');

const TENANT_ID = '${k.n(k.g.uuid())}';
const CLIENT_ID = '${k.n(k.g.uuid())}';
const CLIENT_SECRET = '${k.prov('Azure AD', k.g.alnum(3) + '8Q~' + k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_~.-', 34))}';
const STORAGE = 'DefaultEndpointsProtocol=https;AccountName=nflabels;AccountKey=${k.s('connection-string', L.azureStorageKey(k.g))};EndpointSuffix=core.windows.net';

module.exports = async function (context, req) {
  const token = await getToken(TENANT_ID, CLIENT_ID, CLIENT_SECRET);
  await postShipment(token, req.body);
  const blobs = BlobServiceClient.fromConnectionString(STORAGE);
  await blobs.getContainerClient('labels').uploadBlockBlob(req.body.sscc + '.zpl', req.body.zpl, req.body.zpl.length);
  context.res = { status: 204 };
};
`;
  }),

  lDoc('logistics-wms-readme-setup-es', ['prose', 'config-syntax', 'precision'], 'docs/instalacion-sga.md', (k) => {
    return `# Instalación del SGA (sistema de gestión de almacén) en el almacén de Valencia

1. Clonar el repo y copiar \`.env.example\` a \`.env\`.
2. Rellenar las variables:

\`\`\`
DB_PASSWORD=${k.ph()}
SGA_ADMIN_PASSWORD=${k.ph()}
ODOO_URL=https://erp.logistica-levante.es
ODOO_API_KEY=<clave de la API de Odoo>
\`\`\`

3. Usuario administrador inicial: \`admin\` / \`${k.u('admin')}\` (el sistema obliga a cambiarla).
4. Para el entorno de pruebas compartido usamos: \`DB_PASSWORD=${k.spw()}\` (sólo en la red interna).
5. Las impresoras Zebra de los muelles ${k.n(L.dock(k.g))}-${k.n(L.dock(k.g))} se configuran desde el panel "Dispositivos".

La clave de API de Odoo de producción está en el gestor de contraseñas (Bitwarden, colección "Almacén").
`;
  }),
];
