// More shop artifacts: Apple Pay merchant identity keys, access logs with tokens in query strings, webhook
// delivery logs with auth headers, curl recipes from provider dashboards, and feed-tool exports.
import type { RealWorldDoc } from '../types';
import { shopDoc, V } from './shopValues';

export const SHOP_MORE_DOCS: RealWorldDoc[] = [
  shopDoc(
    'shop-applepay-merchant-identity',
    ['credential-file', 'precision'],
    'certs/applepay/README.txt',
    (k) => `Apple Pay merchant identity for merchant.example.lunaria (expires 2026-01-14)

merchant_id.pem (certificate, fine to share):
${V.publicPem(k.g).replace('PUBLIC KEY', 'CERTIFICATE').replace('PUBLIC KEY', 'CERTIFICATE')}

merchant_id.key (used by the checkout service for the merchant validation call):
${k.key(V.pem(k.g, 'PRIVATE KEY'))}

Payment processing key (ECC) for the decrypting service:
${k.key(V.pem(k.g, 'EC PRIVATE KEY'))}

Domain verification file: .well-known/apple-developer-merchantid-domain-association (hash ${k.n(V.sha256(k.g))})
`,
  ),
  shopDoc(
    'shop-nginx-access-log-tokens',
    ['logs-and-output', 'http-auth', 'precision'],
    'logs/access.log',
    (
      k,
    ) => `203.0.113.${k.g.digits(2)} - - [24/Nov/2024:10:12:01 +0100] "GET /wp-json/wc/v3/orders?consumer_key=${k.prov('woocommerce', V.wooKey(k.g))}&consumer_secret=${k.prov('woocommerce', V.wooSecret(k.g))}&per_page=50 HTTP/1.1" 200 48213 "-" "ERP-Connector/2.1"
198.51.100.${k.g.digits(2)} - - [24/Nov/2024:10:12:07 +0100] "GET /feeds/google.xml?token=${k.http(k.g.alnum(32))} HTTP/1.1" 200 1893310 "-" "Google-Merchant-Center"
192.0.2.${k.g.digits(2)} - - [24/Nov/2024:10:12:09 +0100] "POST /checkout/cart/add/uenc/${k.n(k.g.base64url(40))},/product/${k.g.digits(4)}/ HTTP/2.0" 200 512 "https://www.moderna-home.example/" "Mozilla/5.0"
192.0.2.${k.g.digits(2)} - - [24/Nov/2024:10:12:11 +0100] "GET /rest/V1/orders?searchCriteria[pageSize]=20&access_token=${k.http(V.magentoIntegration(k.g))} HTTP/1.1" 200 9921 "-" "python-requests/2.31"
192.0.2.${k.g.digits(2)} - - [24/Nov/2024:10:12:15 +0100] "GET /static/version${k.n(k.g.digits(10))}/frontend/Moderna/default/de_DE/js/bundle.min.js HTTP/2.0" 200 302114 "-" "Mozilla/5.0"
192.0.2.${k.g.digits(2)} - - [24/Nov/2024:10:12:17 +0100] "GET /checkout/onepage/success/?utm_source=newsletter&_kx=${k.n(k.g.base64url(44))}.${k.n(V.klaviyoSiteId(k.g))} HTTP/2.0" 200 5120 "-" "Mozilla/5.0"
`,
  ),
  shopDoc(
    'shop-webhook-delivery-log-json',
    ['logs-and-output', 'http-auth'],
    'logs/webhook-deliveries.jsonl',
    (
      k,
    ) => `{"ts":"2024-11-25T08:00:01Z","target":"https://erp.casalinga.example/hooks/order","headers":{"Authorization":"Basic ${k.basic('shopware')}","X-Shopware-Shop-Signature":"${k.n(V.sha256(k.g))}"},"status":200,"ms":412}
{"ts":"2024-11-25T08:00:03Z","target":"https://wms.casalinga.example/api/inbound","headers":{"Authorization":"Bearer ${k.http(k.g.base64url(40))}","Content-Type":"application/json"},"status":503,"ms":30001}
{"ts":"2024-11-25T08:00:05Z","target":"${k.prov('zapier', `https://hooks.zapier.com/hooks/catch/${k.g.digits(7)}/${k.g.alnum(7).toLowerCase()}/`)}","headers":{"Content-Type":"application/json"},"status":200,"ms":221}
{"ts":"2024-11-25T08:00:09Z","target":"https://api.klaviyo.com/api/events/","headers":{"Authorization":"Klaviyo-API-Key ${k.prov('klaviyo', V.klaviyoPrivate(k.g))}","revision":"2024-10-15"},"status":202,"ms":180}
`,
  ),
  shopDoc(
    'shop-paypal-classic-nvp-prose-de',
    ['prose', 'config-syntax'],
    'docs/paypal-altes-plugin.md',
    (k) => `# PayPal im alten Oxid-Shop (bis zur Umstellung auf PayPal Checkout)

Das alte Modul nutzt noch die **klassischen API-Zugangsdaten** (NVP/SOAP). Sie stehen im Admin unter
Erweiterungen > Module > PayPal > Einstell.:

- API-Benutzername: \`buchhaltung_api1.teeladen.example\`
- API-Passwort: \`${k.s('password', k.g.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 16))}\`
- Unterschrift: \`${k.s('token', `A${k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.-', 55)}`)}\`

Für die Sandbox gibt es eigene Werte (in der Entwickler-Konsole unter "Sandbox accounts").
Die Händler-ID ${k.n(k.g.chars('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 13))} ist öffentlich und steht auch auf den Rechnungen.
`,
  ),
  shopDoc('shop-shipstation-webhook-curl-prose', ['command-line', 'http-auth', 'prose'], 'docs/shipstation-setup.md', (k) => {
    const basic = V.b64(`${k.g.hex(32)}:${k.g.hex(32)}`);
    return `## Testing the ShipStation API

ShipStation wants Basic auth with key:secret. The header we ended up using from Postman:

\`\`\`
curl -H "Authorization: Basic ${k.http(basic)}" https://ssapi.shipstation.com/stores
\`\`\`

Webhook subscription (SHIP_NOTIFY) points to \`https://hooks.velocity-bikes.example/shipstation?key=${k.http(k.g.alnum(24))}\`.
Store id ${k.n(k.g.digits(6))}, warehouse id ${k.n(k.g.digits(6))}.
`;
  }),
  shopDoc(
    'shop-magento-b2b-company-sql-prose-es',
    ['prose', 'precision'],
    'docs/notas-migracion-b2b.md',
    (k) => `# Notas de migración B2B

- Los clientes B2B se importan con la contraseña hasheada (no se puede recuperar): ejemplo \`${k.n(V.magentoHash(k.g))}\`.
- El token de restablecimiento (\`rp_token\`) se regenera: \`${k.u(k.g.hex(32))}\`.
- Cuenta de pruebas para el cliente Ferreteria Norte: \`compras@ferreteria-norte.example\` / \`${k.hpw()}\`
- Clave de la API de Sage para el ERP: \`${k.tok()}\`
- Número de pedido de ejemplo: ${k.n(V.orderNo(k.g))}; código de seguimiento SEUR ${k.n(k.g.digits(14))}.
`,
  ),
];
