// Frontend builds: bundles with inlined env values, source maps, next.config/vite env files, Netlify and Vercel
// settings exports; public-by-design browser keys beside the ones that should never reach a bundle.
import { doc } from '../dev/kit';
import type { RealWorldDoc } from '../types';
import { web } from './webValues';

export const WEB_FRONTEND_DOCS: RealWorldDoc[] = [
  doc('web-bundle-inlined-env', ['code', 'precision'], 'dist/assets/index-' + 'Bq3f9x.js', (k) => {
    const w = web(k);
    const apiKey = k.s('token', k.g.alnum(40));
    return `import{r as c,j as e}from"./vendor-${w.chunk()}.js";const Fe={VITE_APP_TITLE:"Reservas Hotel Mar",VITE_API_URL:"https://api.hotelmar.example.es/v1",VITE_GOOGLE_MAPS_KEY:"${w.maps()}",VITE_CHANNEL_MANAGER_KEY:"${apiKey}",VITE_STRIPE_PK:"${k.n(k.raw.stripePublishable(k.g))}",BASE_URL:"/",MODE:"production",DEV:!1,PROD:!0,SSR:!1};function Ue(t){return fetch(Fe.VITE_API_URL+"/availability?from="+t.from,{headers:{"X-Api-Key":Fe.VITE_CHANNEL_MANAGER_KEY}}).then(n=>n.json())}const We="${k.n(k.g.hex(8))}";function Ve(){const[t,n]=c.useState(null);return c.useEffect(()=>{Ue({from:new Date().toISOString()}).then(n)},[]),e.jsx("div",{className:"grid gap-4",children:t?.rooms?.map(r=>e.jsx("article",{children:r.name},r.id))})}const He={apiKey:"${k.n(k.raw.googleBrowserKey(k.g))}",authDomain:"hotelmar-reservas.firebaseapp.com",projectId:"hotelmar-reservas",storageBucket:"hotelmar-reservas.appspot.com",messagingSenderId:"${k.g.digits(12)}",appId:"1:${k.g.digits(12)}:web:${k.n(k.g.hex(22))}"};const qe=atob("${k.s('http-auth', k.raw.b64('reservas:' + k.g.alnum(14)))}");function Ge(t){return fetch("/legacy/pms",{headers:{Authorization:"Basic "+btoa(qe)},method:"POST",body:JSON.stringify(t)})}export{Ve as default,Ge as pms};
//# sourceMappingURL=index-Bq3f9x.js.map
`;
  }),

  doc('web-sourcemap-sourcescontent', ['code'], 'build/static/js/main.8e1f2c4a.js.map', (k) => {
    const w = web(k);
    const src = `// src/config.js\\nexport const config = {\\n  apiBase: process.env.REACT_APP_API_BASE,\\n  // TODO move to backend!!\\n  adminToken: '${w.tok()}',\\n  algoliaAppId: 'G${k.g.upper(9)}',\\n  algoliaSearchKey: '${k.n(k.g.hex(32))}',\\n  algoliaAdminKey: '${w.hex(32)}',\\n};\\n`;
    return `{"version":3,"file":"static/js/main.8e1f2c4a.js","mappings":"${k.n('AAAA,SAASA,EAAQC')};AACA,MAAMC,EAAS,CACbC,QAASC,QAAQC,IAAIC","sources":["webpack://shop-front/./src/config.js","webpack://shop-front/./src/index.js"],"sourcesContent":["${src}","import React from 'react';\\nimport { createRoot } from 'react-dom/client';\\nimport App from './App';\\ncreateRoot(document.getElementById('root')).render(<App />);\\n"],"names":["config","apiBase","process","env"],"sourceRoot":""}
`;
  }),

  doc('web-next-config-env', ['code', 'config-syntax'], 'next.config.js', (k) => {
    const w = web(k);
    return `/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  images: { domains: ['cdn.sanity.io', 'images.ctfassets.net'] },
  env: {
    NEXT_PUBLIC_SITE_URL: 'https://www.example-weingut.de',
    NEXT_PUBLIC_GA_ID: '${w.ga()}',
    // eigentlich nur serverseitig gebraucht – Achtung, landet so im Client-Bundle!
    SANITY_API_TOKEN: '${k.s('token', 'sk' + k.g.alnum(180))}',
    SHOPWARE_ACCESS_KEY: '${k.s('token', 'SWSC' + k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 22))}',
    PREVIEW_SECRET: '${w.phr()}',
  },
  async rewrites() {
    return [{ source: '/api/shop/:path*', destination: 'https://shop.example-weingut.de/store-api/:path*' }];
  },
  basePath: '',
};

module.exports = nextConfig;
`;
  }),

  doc('web-vite-env-production', ['config-syntax'], '.env.production', (k) => {
    const w = web(k);
    return `# Vite – todo lo que empieza por VITE_ acaba en el bundle (es público)
VITE_API_URL=https://api.academia-example.mx
VITE_MAPBOX_TOKEN=${k.n('pk.' + k.raw.b64url(JSON.stringify({ u: 'academiaex', a: k.g.alnum(25) })) + '.' + k.g.base64url(22))}
VITE_SENTRY_DSN=${k.n(k.raw.sentryDsn(k.g))}
VITE_FIREBASE_API_KEY=${w.maps()}
VITE_OPENPAY_MERCHANT_ID=m${k.g.lower(19)}
VITE_OPENPAY_PUBLIC_KEY=${k.n('pk_' + k.g.hex(32))}

# esto NO debería estar aquí (lo usa el script de build para subir sourcemaps)
SENTRY_AUTH_TOKEN=${k.s('provider', 'sntrys_' + k.g.base64url(120), 'sentry')}
OPENPAY_PRIVATE_KEY=sk_${w.hex(32)}
`;
  }),

  doc('web-netlify-env-export', ['config-syntax', 'logs-and-output'], 'netlify-env.json', (k) => {
    const w = web(k);
    return `[
  {
    "key": "CONTENTFUL_SPACE_ID",
    "scopes": ["builds", "functions", "runtime", "post-processing"],
    "values": [{ "id": "${k.n(k.g.uuid())}", "value": "${k.g.lower(12)}", "context": "all" }],
    "is_secret": false
  },
  {
    "key": "CONTENTFUL_DELIVERY_TOKEN",
    "scopes": ["builds", "functions"],
    "values": [{ "id": "${k.n(k.g.uuid())}", "value": "${k.s('token', k.g.base64url(43))}", "context": "all" }],
    "is_secret": false
  },
  {
    "key": "MAILCHIMP_API_KEY",
    "scopes": ["functions"],
    "values": [{ "id": "${k.n(k.g.uuid())}", "value": "${k.s('provider', k.raw.p.mailchimp(k.g), 'mailchimp')}", "context": "production" }],
    "is_secret": false
  },
  {
    "key": "BASIC_AUTH_PASSWORD",
    "scopes": ["builds", "functions"],
    "values": [
      { "id": "${k.n(k.g.uuid())}", "value": "${w.hum()}", "context": "deploy-preview" },
      { "id": "${k.n(k.g.uuid())}", "value": "${w.hum()}", "context": "branch-deploy" }
    ],
    "is_secret": false
  },
  {
    "key": "FAUNA_SECRET",
    "scopes": ["functions"],
    "values": [{ "id": "${k.n(k.g.uuid())}", "value": "${k.n('********')}", "context": "all" }],
    "is_secret": true
  }
]
`;
  }),

  doc('web-netlify-toml-headers', ['config-syntax'], 'netlify.toml', (k) => {
    const w = web(k);
    return `[build]
  command = "npm run build"
  publish = "public"

[build.environment]
  NODE_VERSION = "20"
  HUGO_VERSION = "0.121.1"

[[redirects]]
  from = "/api/*"
  to = "https://backend.example-coop.nl/:splat"
  status = 200
  force = true
  headers = {X-From = "Netlify", Authorization = "Bearer ${k.s('http-auth', k.g.hex(48))}"}

[[headers]]
  for = "/*"
  [headers.values]
    X-Frame-Options = "DENY"
    Content-Security-Policy = "default-src 'self'; script-src 'self' 'nonce-${k.n(k.g.base64(22))}' https://www.googletagmanager.com"

# Basic-Auth für die Vorschau (Netlify "Basic-Auth" header, nur Pro-Plan)
[[headers]]
  for = "/preview/*"
  [headers.values]
    Basic-Auth = "redactie:${w.hum()} klant:${w.pw()}"
`;
  }),

  doc('web-vercel-env-pull', ['config-syntax', 'credential-file'], '.env.local', (k) => {
    const w = web(k);
    return `# Created by Vercel CLI
NEXT_PUBLIC_SUPABASE_URL="https://${k.g.lower(20)}.supabase.co"
NEXT_PUBLIC_SUPABASE_ANON_KEY="${k.n(k.raw.jwt(k.g, { iss: 'supabase', ref: k.g.lower(20), role: 'anon', iat: 1700000000, exp: 2015576000 }))}"
SUPABASE_SERVICE_ROLE_KEY="${k.s('token', k.raw.jwt(k.g, { iss: 'supabase', ref: k.g.lower(20), role: 'service_role', iat: 1700000000, exp: 2015576000 }))}"
POSTGRES_URL="postgres://postgres.${k.g.lower(20)}:${w.cs()}@aws-0-eu-central-1.pooler.supabase.com:6543/postgres?sslmode=require&supa=base-pooler.x"
POSTGRES_PASSWORD="${w.gen()}"
RESEND_API_KEY="${k.s('provider', 're_' + k.g.alnum(8) + '_' + k.g.alnum(24), 'resend')}"
VERCEL="1"
VERCEL_ENV="development"
VERCEL_GIT_COMMIT_SHA="${w.sha()}"
VERCEL_OIDC_TOKEN="${k.s('token', k.raw.jwt(k.g))}"
TURBO_REMOTE_ONLY="true"
NX_DAEMON="false"
`;
  }),

  doc('web-nuxt-runtime-config', ['code', 'defaults-in-code'], 'nuxt.config.ts', (k) => {
    const w = web(k);
    return `// https://nuxt.com/docs/api/configuration/nuxt-config
export default defineNuxtConfig({
  devtools: { enabled: true },
  modules: ['@nuxtjs/tailwindcss', '@pinia/nuxt'],
  runtimeConfig: {
    // private – nur Server
    shopifyAdminToken: process.env.NUXT_SHOPIFY_ADMIN_TOKEN || '${k.s('provider', k.raw.p.shopify(k.g), 'shopify')}',
    strapiToken: process.env.NUXT_STRAPI_TOKEN ?? '${w.hex(256)}',
    dbPassword: '',
    public: {
      // öffentlich
      shopifyStorefrontToken: '${k.n(k.g.hex(32))}',
      apiBase: '/api',
      plausibleDomain: 'example-kaffeeroesterei.at',
    },
  },
  app: { head: { title: 'Kaffeerösterei' } },
});
`;
  }),

  doc('web-angular-environment', ['code'], 'src/environments/environment.prod.ts', (k) => {
    const w = web(k);
    return `export const environment = {
  production: true,
  apiUrl: 'https://api.example-imobiliaria.com.br',
  googleMapsKey: '${w.maps()}',
  oneSignalAppId: '${k.n(k.g.uuid())}',
  // chave da API de CEP (plano pago) – o front chama direto :(
  cepApiToken: '${w.tok()}',
  // usuário técnico do CRM (RD Station) – TEMPORÁRIO
  crmUser: 'integracao@example-imobiliaria.com.br',
  crmPassword: '${w.hum()}',
  version: '${k.n('3.14.2')}',
  sentryRelease: '${k.n('imobiliaria-front@' + k.g.hex(7))}',
  pusherKey: '${k.n(k.g.hex(20))}',
  pusherCluster: 'sa1',
  buildHash: '${w.sha()}',
};
`;
  }),

  doc('web-wp-localize-script', ['code', 'precision'], 'page-source/checkout.html', (k) => {
    const w = web(k);
    return `<!DOCTYPE html>
<html lang="pl-PL">
<head>
<meta charset="UTF-8">
<title>Zamówienie &#8211; Sklep</title>
<script id="wc-checkout-js-extra">
var wc_checkout_params = {"ajax_url":"\\/wp-admin\\/admin-ajax.php","wc_ajax_url":"\\/?wc-ajax=%%endpoint%%","update_order_review_nonce":"${k.n(k.g.hex(10))}","apply_coupon_nonce":"${k.n(k.g.hex(10))}","option_guest_checkout":"yes","checkout_url":"\\/?wc-ajax=checkout","is_checkout":"1","debug_mode":""};
</script>
<script id="p24-js-extra">
var p24_params = {"merchant_id":"${k.g.digits(6)}","mode":"live","crc":"${w.hex(16)}","reports_key":"${w.hex(32)}"};
</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=${w.ga()}"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','${w.ga()}');</script>
<script>!function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?n.callMethod.apply(n,arguments):n.queue.push(arguments)};}(window,document,'script');fbq('init','${k.n(k.g.digits(15))}');</script>
<link rel="stylesheet" href="/wp-content/themes/sklep/style.css?ver=${k.n(k.g.hex(8))}" integrity="${k.n(k.raw.integrity(k.g))}">
</head>
<body class="woocommerce-checkout">
<input type="hidden" id="woocommerce-process-checkout-nonce" name="woocommerce-process-checkout-nonce" value="${k.n(k.g.hex(10))}">
</body>
</html>
`;
  }),
];
