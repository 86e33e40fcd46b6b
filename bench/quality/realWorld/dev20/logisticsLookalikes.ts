// Files of logistics work that are full of random-looking identifiers and hold few or no secrets: tracking exports,
// container and SSCC lists, GS1 label data, EDI control reports, carrier sandbox samples from public docs, masked
// credentials in admin screens, lockfiles. The hard negatives of the domain.
import type { RealWorldDoc } from '../types';
import { lDoc, L } from './logisticsValues';

export const LOGISTICS_LOOKALIKE_DOCS: RealWorldDoc[] = [
  lDoc('logistics-tracking-export-csv', ['logs-and-output', 'precision'], 'exports/shipments-2026-04-10.csv', (k) => {
    const row = () => `${k.n(L.po(k.g))},${k.n(L.upsTracking(k.g))},${k.n(L.fedexTracking(k.g))},${k.n(L.dhlTracking(k.g))},${k.n(L.sscc(k.g))},${k.n(k.g.uuid())},DELIVERED`;
    return `order,ups_tracking,fedex_tracking,dhl_waybill,sscc,shipment_uuid,status
${row()}
${row()}
${row()}
${row()}
${row()}
`;
  }),

  lDoc('logistics-container-manifest-json', ['config-syntax', 'precision'], 'data/manifests/voyage-FA614A.json', (k) => {
    const c = () =>
      `    { "container": "${k.n(L.container(k.g))}", "seal": "${k.n(L.seal(k.g))}", "vgm_kg": ${L.num(k.g, 8000, 30000)}, "booking": "${k.n(L.booking(k.g))}", "bl": "${k.n('MEDU' + k.g.digits(7))}" }`;
    return `{
  "vessel": "MSC TINA",
  "imo": "${k.n(L.imo(k.g))}",
  "voyage": "FA614A",
  "pol": "DEHAM",
  "pod": "BRSSZ",
  "containers": [
${c()},
${c()},
${c()},
${c()}
  ],
  "checksum": "${k.n(L.sha256(k.g))}"
}
`;
  }),

  lDoc('logistics-gs1-label-data-zpl', ['code', 'precision'], 'labels/templates/pallet-label.zpl', (k) => {
    return `^XA
^FX GS1 logistics label (SSCC pallet label), sample data filled in for the layout review
^FO40,40^A0N,30,30^FDFROM: NorthFreight B.V. Venlo^FS
^FO40,80^A0N,30,30^FDGLN ${k.n(L.gln(k.g))}^FS
^FO40,140^A0N,40,40^FDTO: ALBERT HEIJN DC ZAANDAM^FS
^FO40,200^A0N,30,30^FDGLN ${k.n(L.gln(k.g))}^FS
^FO40,260^BY3^BCN,150,Y,N,N^FD>;>800${k.n(L.sscc(k.g))}^FS
^FO40,460^A0N,30,30^FD(02) ${k.n('0' + k.g.digits(13))} (37) 24 (15) 261231^FS
^FO40,520^BY2^BCN,120,Y,N,N^FD>;>802${k.n('0' + k.g.digits(13))}3724>815261231^FS
^XZ
`;
  }),

  lDoc('logistics-carrier-sandbox-docs-md', ['prose', 'precision'], 'docs/carriers/sandbox-cheatsheet.md', (k) => {
    return `# Carrier sandboxes (values from the carriers' public docs, not ours)

| Carrier | Sandbox URL | Test credentials |
|---|---|---|
| DHL Parcel DE | api-sandbox.dhl.com | user \`${k.n('user-valid')}\` / \`${k.n('SandboxPasswort2023!')}\`, billing ${k.n('33333333330101')} |
| UPS | wwwcie.ups.com | your own app keys (no shared test keys) |
| FedEx | apis-sandbox.fedex.com | test key/secret from the project page; test tracking ${k.n('123456789012')} |
| USPS | stg-secure.shippingapis.com | \`USERID="${k.n('XXXXXXXXXXXX')}"\` |
| Shippo | same host | key prefix \`${k.n('shippo_test_')}\` |
| EasyPost | same host | key prefix \`${k.n('EZTK')}\` |

Our real sandbox keys are in 1Password ("Carrier sandboxes"); references in config look like
\`op://Logistics/FedEx Sandbox/client_secret\`. Placeholders in examples: \`${k.n('<FEDEX_CLIENT_SECRET>')}\`, \`${k.n('{{ups_client_secret}}')}\`.
`;
  }),

  lDoc('logistics-admin-screen-masked-html', ['code', 'precision'], 'wms-admin/templates/carrier_settings.html', (k) => {
    return `{% extends "base.html" %}
{% block content %}
<h2>Carrier settings</h2>
<form method="post">
  {% csrf_token %}
  <label>UPS client id <input name="ups_client_id" value="{{ carrier.ups_client_id }}"></label>
  <label>UPS client secret <input type="password" name="ups_client_secret" value="${k.n('••••••••••••')}" autocomplete="off"></label>
  <label>DHL API key <input name="dhl_api_key" value="${k.n(L.mask(k.g.alnum(32)))}"></label>
  <label>FedEx meter <input name="fedex_meter" value="${k.n(L.meter(k.g))}"></label>
  <label>Label printer password <input type="password" name="printer_password" placeholder="${k.n('Passwort eingeben')}"></label>
  <button>Save</button>
</form>
<p class="hint">Secrets are stored encrypted; the form never shows them (last rotated {{ carrier.rotated_at }}).</p>
{% endblock %}
`;
  }),

  lDoc('logistics-edi-997-report-txt', ['logs-and-output', 'precision'], 'reports/edi-functional-acks-2026-04.txt', (k) => {
    const line = () =>
      `${k.n(k.g.digits(9))}  ${k.n(k.g.digits(4))}  ${k.g.pick(['850', '856', '810', '214', '204', '990'])}  ${k.g.pick(['MEGAMART0001', 'BAUMARKT', 'TOOLSDIRECT'])}  ${k.g.pick(['A', 'A', 'A', 'E', 'R'])}  ${k.n(L.sha1(k.g))}`;
    return `ISA CTL    GS    TX   PARTNER        ACK FILE SHA1
${line()}
${line()}
${line()}
${line()}
${line()}
${line()}
`;
  }),

  lDoc('logistics-package-lock-excerpt', ['config-syntax', 'precision'], 'tracking-site/package-lock.json', (k) => {
    const pkg = (name: string, v: string) => `    "node_modules/${name}": {
      "version": "${v}",
      "resolved": "https://registry.npmjs.org/${name}/-/${name.split('/').pop()}-${v}.tgz",
      "integrity": "sha512-${k.n(k.g.base64(86) + '==')}"
    }`;
    return `{
  "name": "tracking-site",
  "lockfileVersion": 3,
  "packages": {
${pkg('mapbox-gl', '3.4.0')},
${pkg('@googlemaps/js-api-loader', '1.16.6')},
${pkg('jsbarcode', '3.11.6')}
  }
}
`;
  }),

  lDoc('logistics-fleet-vehicle-registry-yaml', ['config-syntax', 'precision'], 'fleet/vehicles.yaml', (k) => {
    const v = () => `  - plate: "${k.n(L.plate(k.g))}"
    vin: ${k.n(L.vin(k.g))}
    tracker_imei: "${k.n('86' + k.g.digits(13))}"
    samsara_vehicle_id: "${k.n(k.g.digits(15))}"
    fuel_card: "${k.n('7' + k.g.digits(5) + '******' + k.g.digits(4))}"`;
    return `vehicles:
${v()}
${v()}
${v()}
`;
  }),

  lDoc('logistics-api-client-docs-openapi', ['config-syntax', 'precision'], 'api/openapi.yaml', (k) => {
    return `openapi: 3.0.3
info:
  title: NorthFreight Shipping API
  version: 2.4.0
components:
  securitySchemes:
    ApiKeyAuth:
      type: apiKey
      in: header
      name: X-NF-Api-Key
    OAuth2:
      type: oauth2
      flows:
        clientCredentials:
          tokenUrl: https://auth.northfreight.example/oauth/token
          scopes: { shipments:write: create shipments }
  schemas:
    Shipment:
      type: object
      properties:
        sscc: { type: string, example: "${k.n(L.sscc(k.g))}" }
        container: { type: string, example: "${k.n(L.container(k.g))}" }
        trackingNumber: { type: string, example: "${k.n(L.upsTracking(k.g))}" }
    TokenResponse:
      type: object
      properties:
        access_token: { type: string, example: "${k.n('eyJhbGciOiJIUzI1NiJ9.example.signature')}" }
        client_secret: { type: string, example: "${k.n('<client-secret>')}" }
security:
  - ApiKeyAuth: []
`;
  }),

  lDoc('logistics-sops-encrypted-carriers', ['config-syntax', 'precision'], 'secrets/carriers.enc.yaml', (k) => {
    const enc = () => `ENC[AES256_GCM,data:${k.g.base64(40)},iv:${k.g.base64(43)}=,tag:${k.g.base64(22)}==,type:str]`;
    return `ups_client_secret: ${k.n(enc())}
fedex_client_secret: ${k.n(enc())}
dhl_api_key: ${k.n(enc())}
sops:
    kms:
        - arn: arn:aws:kms:eu-central-1:${k.n(k.g.digits(12))}:key/${k.n(k.g.uuid())}
          created_at: "2026-01-12T09:11:04Z"
          enc: ${k.n(k.g.base64(120))}
    lastmodified: "2026-03-01T10:00:00Z"
    mac: ${k.n(enc())}
    version: 3.8.1
`;
  }),
];
