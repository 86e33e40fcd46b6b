// Honest negatives of the web back room: hashed .htpasswd files, lockfile integrity, access logs full of nonces
// and request ids, tracking snippets with public ids, docs that explain salts with placeholders, user exports.
import { doc, F } from '../dev/kit';
import type { RealWorldDoc } from '../types';
import { web, apr1, bcryptHash, shaHtpasswd, phpass, gaId, integrity, chunkHash } from './webValues';

export const WEB_NEGATIVE_DOCS: RealWorldDoc[] = [
  doc('web-htpasswd-team', ['credential-file', 'precision'], 'conf/htpasswd.team', (k) => {
    const users = ['anna', 'bernd', 'carla', 'dominik', 'eva', 'felix', 'gerda', 'hakan', 'ines', 'jonas', 'kim', 'lena', 'mehmet', 'nora', 'olaf', 'pia', 'quirin', 'rosa', 'sven', 'tanja'];
    const line = (u: string) => `${u}:${k.n(k.g.pick([apr1, bcryptHash, shaHtpasswd, apr1])(k.g))}`;
    return `# team access for /intern – managed by ansible (roles/web/templates/htpasswd.j2), DO NOT EDIT
${users.map(line).join('\n')}
`;
  }),

  doc('web-package-lock-excerpt', ['precision', 'config-syntax'], 'package-lock.json', (k) => {
    const pkgs = ['@wordpress/scripts', 'autoprefixer', 'postcss', 'sass', 'swiper', 'alpinejs', 'gsap', 'lodash.debounce', 'vite', 'esbuild', 'rollup', 'picocolors'];
    const entry = (p: string) => `    "node_modules/${p}": {
      "version": "${k.n(`${k.g.digits(1)}.${k.g.digits(1)}.${k.g.digits(1)}`)}",
      "resolved": "https://registry.npmjs.org/${p}/-/${p.replace(/^@[^/]+\//, '')}-${k.g.digits(1)}.${k.g.digits(1)}.${k.g.digits(1)}.tgz",
      "integrity": "${k.n(k.raw.integrity(k.g))}",
      "dev": true
    }`;
    return `{
  "name": "halcyon-theme",
  "version": "2.4.1",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
${pkgs.map(entry).join(',\n')}
  }
}
`;
  }),

  doc('web-access-log-nonces', ['logs-and-output', 'precision'], 'logs/access.log', (k) => {
    const lines: string[] = [];
    const paths = [
      () => `/wp-admin/post.php?post=${k.g.digits(4)}&action=edit&_wpnonce=${k.n(k.g.hex(10))}`,
      () => `/wp-content/themes/halcyon/dist/app.${k.n(chunkHash(k.g))}.js`,
      () => `/?wc-ajax=update_order_review&security=${k.n(k.g.hex(10))}`,
      () => `/wp-json/wp/v2/posts?_locale=user&_envelope=1&request_id=${k.n(k.g.uuid())}`,
      () => `/wp-content/uploads/2025/02/banner-${k.n(k.g.hex(12))}.webp`,
      () => `/checkout/order-received/${k.g.digits(5)}/?key=wc_order_${k.u(k.g.alnum(13))}`,
      () => `/static/css/main.${k.n(chunkHash(k.g))}.css`,
      () => `/?utm_source=newsletter&utm_campaign=${k.n(k.g.hex(6))}&fbclid=${k.n(k.g.base64url(40))}`,
    ];
    for (let i = 0; i < 26; i++) {
      lines.push(
        `${k.g.pick(['85', '91', '178', '37'])}.${Number(k.g.digits(2))}.${Number(k.g.digits(2))}.${Number(k.g.digits(2))} - - [04/Mar/2025:10:${String(10 + i).padStart(2, '0')}:${k.g.digits(1)}${k.g.digits(1)} +0100] "GET ${k.g.pick(paths)()} HTTP/2.0" ${k.g.pick(['200', '200', '304', '302'])} ${k.g.digits(4)} "-" "Mozilla/5.0"`,
      );
    }
    return lines.join('\n') + '\n';
  }),

  doc('web-tracking-snippets', ['code', 'precision'], 'partials/head-tracking.html', (k) => {
    const w = web(k);
    return `<!-- Google Tag Manager -->
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','${k.n(gaId(k.g))}');</script>
<!-- GA4 -->
<script async src="https://www.googletagmanager.com/gtag/js?id=${w.ga()}"></script>
<!-- Hotjar -->
<script>(function(h,o,t,j,a,r){h.hj=h.hj||function(){(h.hj.q=h.hj.q||[]).push(arguments)};h._hjSettings={hjid:${k.n(k.g.digits(7))},hjsv:6};})(window,document,'https://static.hotjar.com/c/hotjar-','.js?sv=');</script>
<!-- Microsoft Clarity -->
<script>(function(c,l,a,r,i,t,y){c[a]=c[a]||function(){(c[a].q=c[a].q||[]).push(arguments)};})(window, document, "clarity", "script", "${k.n(k.g.lower(10))}");</script>
<!-- Meta Pixel -->
<script>fbq('init', '${k.n(k.g.digits(15))}'); fbq('track', 'PageView');</script>
<!-- Maps / reCAPTCHA / Stripe (public keys) -->
<script src="https://maps.googleapis.com/maps/api/js?key=${w.maps()}&libraries=places"></script>
<script src="https://www.google.com/recaptcha/api.js?render=${k.n('6L' + k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 38))}"></script>
<script>window.STRIPE_PK = "${k.n(k.raw.stripePublishable(k.g))}";</script>
<!-- Algolia (search-only key, safe in the browser) -->
<script>const search = algoliasearch('${k.n(k.g.upper(10))}', '${k.n(k.g.hex(32))}');</script>
<!-- Sentry -->
<script src="https://browser.sentry-cdn.com/8.47.0/bundle.min.js" integrity="${k.n(integrity(k.g))}" crossorigin="anonymous"></script>
<script>Sentry.init({ dsn: "${k.n(k.raw.sentryDsn(k.g))}", release: "halcyon@${k.n(k.g.hex(7))}" });</script>
<!-- Cookiebot -->
<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="${k.n(k.g.uuid())}" type="text/javascript" async></script>
<!-- Firebase web config (public by design) -->
<script>firebase.initializeApp({ apiKey: "${k.n(k.raw.googleBrowserKey(k.g))}", authDomain: "halcyon-demo.firebaseapp.com", projectId: "halcyon-demo", appId: "1:${k.g.digits(12)}:web:${k.n(k.g.hex(22))}" });</script>
`;
  }),

  doc('web-blog-wp-salts-explained', ['prose', 'precision'], 'blog/2024-wordpress-salts-erklaert.md', (k) => {
    return `---
title: "WordPress-Salts erklärt: Was AUTH_KEY & Co. eigentlich tun"
date: 2024-06-12
tags: [wordpress, sicherheit]
---

In jeder \`wp-config.php\` stehen acht Konstanten, die viele einfach so lassen, wie sie aus der Vorlage kommen:

${F}php
define( 'AUTH_KEY',         '${k.n('put your unique phrase here')}' );
define( 'SECURE_AUTH_KEY',  '${k.n('put your unique phrase here')}' );
define( 'LOGGED_IN_KEY',    '${k.n('put your unique phrase here')}' );
define( 'NONCE_KEY',        '${k.n('put your unique phrase here')}' );
${F}

**Das ist gefährlich** – solange dort der Platzhalter steht, sind Cookies leichter zu fälschen.
Frische Werte bekommt man unter \`https://api.wordpress.org/secret-key/1.1/salt/\` oder mit WP-CLI:

${F}bash
wp config shuffle-salts
${F}

Danach sieht es z. B. so aus (Werte hier natürlich gekürzt):

${F}php
define( 'AUTH_KEY', '${k.n('k8#Zq…')}' );
define( 'NONCE_SALT', '${k.n('••••••••••••••••')}' );
${F}

Bei Multisite-Umzügen immer daran denken: neue Salts = alle Benutzer werden abgemeldet.
Auf Managed-Hosting (Raidboxes, Kinsta) stehen die Werte oft als \`${k.n("getenv('AUTH_KEY')")}\` bzw. \`${k.n("$_ENV['NONCE_SALT']")}\` drin.
`;
  }),

  doc('web-wp-users-export', ['precision', 'logs-and-output'], 'exports/users-2025-03.csv', (k) => {
    const rows: string[] = [];
    const names = ['anna.k', 'bwagner', 'c.rossi', 'dnguyen', 'ekaya', 'fsilva', 'gkowalska', 'hpetrov', 'iputri', 'jlopez', 'kmueller', 'lchen'];
    for (const n of names)
      rows.push(
        `${k.g.digits(3)},${n},${n}@example-mail.test,${k.n(k.g.pick([phpass, bcryptHash])(k.g))},${k.g.pick(['subscriber', 'customer', 'editor'])},2024-${k.g.pick(['01', '05', '09', '11'])}-${k.g.pick(['03', '14', '22'])},${k.n(k.g.hex(32))}`,
      );
    return `ID,user_login,user_email,user_pass,role,user_registered,session_token_hash
${rows.join('\n')}
`;
  }),

  doc('web-env-template-deploy-doc', ['prose', 'precision', 'config-syntax'], 'docs/environment.md', (k) => {
    return `# Umgebungsvariablen (Produktion)

Alle Werte kommen aus dem Plesk-Panel bzw. aus 1Password (Tresor "Kunden/Weingut"). In Git steht nur die Vorlage:

${F}ini
DB_HOST=localhost
DB_NAME=weingut
DB_USER=weingut
DB_PASSWORD=${k.n('<aus 1Password>')}
SMTP_PASSWORD=${k.n('op://Kunden/Weingut SMTP/password')}
APP_KEY=${k.n('base64:...')}
SHOPWARE_ACCESS_KEY=${k.n('SWSC...')}
STRIPE_SECRET_KEY=${k.n('sk_live_...')}
PAYPAL_CLIENT_SECRET=${k.n('${PAYPAL_CLIENT_SECRET}')}
CRON_KEY=${k.n('$(openssl rand -hex 24)')}
${F}

| Variable | Beispiel | Hinweis |
|---|---|---|
| \`DB_PASSWORD\` | \`${k.n('********')}\` | mind. 16 Zeichen |
| \`WP_REDIS_PASSWORD\` | \`${k.n('[REDACTED]')}\` | nur auf web-03 |
| \`AUTH_KEY\` … \`NONCE_SALT\` | \`${k.n('{{ wp_salts.auth_key }}')}\` | via Ansible-Template |
| \`RECAPTCHA_SITE_KEY\` | \`${k.n('6Lxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')}\` | öffentlich |
`;
  }),
];
