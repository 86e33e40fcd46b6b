// Agency handover docs, support tickets, Slack/Teams threads and e-mails between store owners, agencies and
// freelancers, in the languages shops are run in: credentials pasted in sentences, next to order numbers,
// coupon codes and masked values.
import type { RealWorldDoc } from '../types';
import { shopDoc, V } from './shopValues';

export const SHOP_PROSE_DOCS: RealWorldDoc[] = [
  shopDoc(
    'shop-handover-doc-de',
    ['prose', 'precision'],
    'docs/Uebergabe-Bergsport-Shop.md',
    (k) => `# Übergabe Onlineshop Bergsport (Magento 2.4.7)

Stand: 15.11.2024, erstellt von Agentur Nordlicht

## Zugänge

| System | URL | Benutzer | Passwort |
|---|---|---|---|
| Magento Admin | https://www.bergsport.example/admin_${k.n(k.g.lower(6))} | inhaber | ${k.hpw()} |
| Hosting (Plesk) | https://web01.bergsport.example:8443 | bergsport | ${k.gpw()} |
| SFTP | web01.bergsport.example | deploy | nur SSH-Key |
| Datenbank | localhost | m2_prod | ${k.gpw()} |
| DHL Geschäftskundenportal | https://geschaeftskunden.dhl.example | versand_bergsport | ${k.hpw()} |
| PayPal | – | shop@bergsport.example | bitte selbst zurücksetzen |

Das Passwort für den Admin bitte **nach der Übergabe sofort ändern**. Die Zwei-Faktor-Authentifizierung
ist aktiv (Google Authenticator auf dem Firmenhandy).

## Zahlungsarten

- Braintree (Kreditkarte, PayPal), Merchant-ID ${k.n(V.braintreeMerchant(k.g))}, Private Key liegt in app/etc/env.php
- Rechnung über Klarna, API-Benutzer ${k.n(V.klarnaUser(k.g))}, Passwort: ${k.prov('klarna', V.klarnaApiKey(k.g))}

## Offene Punkte

- Gutschein ${k.n(V.coupon(k.g))} läuft am 31.12. aus
- Bestellung ${k.n(V.orderNo(k.g))} hängt im Status "processing" (Sendungsnummer ${k.n(V.tracking(k.g))})
`,
  ),
  shopDoc(
    'shop-slack-thread-freelancer',
    ['prose', 'precision'],
    'exports/slack-shop-dev-2024-11.txt',
    (k) => `[10:02] Maria (Lunaria): hey, the inventory sync stopped again 😕 orders ${k.n(V.orderNo(k.g))} and ${k.n(V.orderNo(k.g))} were oversold
[10:05] Tomasz: looking. can you give me a fresh admin token? the old custom app was uninstalled
[10:11] Maria (Lunaria): created a new one "Inventory Sync 2": ${k.prov('shopify', V.shopifyAdmin(k.g))}
[10:11] Maria (Lunaria): api key is ${k.n(V.shopifyPublic(k.g))} if you need it
[10:12] Tomasz: thx 👍 please don't post these here next time, DM or 1Password
[10:30] Tomasz: fixed, the location id changed. also the redis password on the new server is ${k.spw()} fyi (will move to env)
[10:31] Maria (Lunaria): 🙏
[11:47] Maria (Lunaria): another thing, customer says her voucher ${k.n(V.giftMasked(k.g))} doesn't work
[11:50] Tomasz: that's a gift card, not a discount code, she has to enter it at the payment step
`,
  ),
  shopDoc(
    'shop-support-ticket-fr',
    ['prose', 'http-auth'],
    'tickets/ZD-48122.txt',
    (k) => `Ticket #48122 — Paiements Stripe refusés depuis la mise à jour
Priorité : urgente
Boutique : papeterie-fine.example (PrestaShop 8.1, module Stripe officiel 3.2)

Message de la cliente (Claire) :
Bonjour, depuis ce matin tous les paiements par carte échouent avec « Invalid API Key provided ».
J'ai recopié les clés du tableau de bord Stripe dans le module :
clé publiable : ${k.n(V.stripePublishable(k.g))}
clé secrète : ${k.prov('stripe', V.stripeSecret(k.g))}
Et pour que vous puissiez vérifier, l'accès au back-office : claire@papeterie.example / ${k.hpw()}

Réponse du support (Hugo) :
Bonjour Claire, merci. La clé secrète commençait par un espace en trop. J'ai corrigé et un paiement test
(commande ${k.n(V.orderNo(k.g))}, carte ${k.n(V.cardLast4(k.g))}) est passé. Merci de changer votre mot de passe
du back-office et de faire pivoter la clé Stripe, puisqu'elle a circulé par e-mail.

Note interne : l'en-tête de notre test était \`Authorization: Bearer ${k.http(V.stripeSecret(k.g))}\` (clé de notre compte de test, à révoquer).
`,
  ),
  shopDoc(
    'shop-email-es-hosting',
    ['prose'],
    'mails/acceso-tienda.eml',
    (k) => `From: Javier Ortega <javier@zapatos-madrid.example>
To: desarrollo@agencia-sur.example
Subject: Accesos tienda WooCommerce
Date: Mon, 18 Nov 2024 09:31:04 +0100
Content-Type: text/plain; charset=utf-8

Hola Lucía,

Te paso los accesos para que podáis empezar con la migración:

- WordPress: https://www.zapatos-madrid.example/wp-admin  usuario: javier  contraseña: ${k.hpw()}
- cPanel del hosting: usuario zapatosm, contraseña ${k.gpw()}
- FTP: ftp.zapatos-madrid.example, usuario ftp_tienda, clave ${k.hpw()}
- La base de datos se llama zapatos_wp y la contraseña es ${k.gpw()}

Las claves de Redsys (TPV virtual) las tiene el banco, el número de comercio es ${k.n(k.g.digits(9))} y
la clave de firma SHA-256 es ${k.s('token', k.g.base64(32))}

Un saludo,
Javier
`,
  ),
  shopDoc(
    'shop-teams-chat-nl',
    ['prose', 'precision'],
    'exports/teams-webshop-bloemenhuis.txt',
    (k) => `Sanne de Vries  09:14
Goedemorgen! De Mollie betalingen komen niet meer binnen in WooCommerce, webhook geeft 401.

Pieter (freelance)  09:20
Kan je me de live API key sturen? Dan check ik of die in de plugin klopt.

Sanne de Vries  09:26
${k.prov('mollie', V.mollieKey(k.g))}
en het wachtwoord van wp-admin is nog steeds ${k.hpw()}

Pieter (freelance)  09:41
Gevonden: de Basic Auth op staging blokkeerde de webhook. Heb een uitzondering gemaakt voor /wc-api/mollie_wc_gateway_ideal.
Betaling tr_${k.n(k.g.alnum(10))} voor bestelling ${k.n(V.orderNo(k.g))} is nu wel verwerkt.

Sanne de Vries  09:43
Top, dank je! Kortingscode ${k.n(V.coupon(k.g))} werkt ook weer.
`,
  ),
  shopDoc(
    'shop-ticket-pl-allegro',
    ['prose'],
    'tickets/SKLEP-317.md',
    (k) => `## SKLEP-317 Integracja z Allegro i BaseLinker nie działa

**Zgłaszający:** Marek (właściciel sklepu)

Od wczoraj zamówienia z Allegro nie spadają do BaseLinkera. Token API BaseLinkera (Moje konto > API):
\`${k.s('token', `${k.g.digits(4)}-${k.g.digits(5)}-${k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 50)}`)}\`

Dane do panelu sklepu (Shoper): admin / ${k.hpw()}

Client secret aplikacji Allegro (z apps.developer.allegro.pl): ${k.s('token', k.g.alnum(64))}
Client ID: ${k.n(k.g.hex(32))}

**Komentarz (dev):** Token Allegro wygasł, odświeżyłem przez device flow. Proszę zmienić hasło do panelu, bo
było w zgłoszeniu. Zamówienia ${k.n(V.orderNo(k.g))}–${k.n(V.orderNo(k.g))} zsynchronizowane ręcznie.
`,
  ),
  shopDoc(
    'shop-email-it-gestionale',
    ['prose'],
    'mails/credenziali-gestionale.txt',
    (k) => `Oggetto: credenziali per collegare il negozio al gestionale

Ciao Andrea,

come d'accordo ti mando i dati per il collegamento tra PrestaShop e il gestionale (Danea Easyfatt):

  URL webservice: https://negozio.casalinga.example/api/
  chiave webservice: ${k.s('token', V.prestaWsKey(k.g))}

Per l'FTP dove il gestionale carica le giacenze:
  host: ftp.casalinga.example
  utente: giacenze
  password: ${k.hpw()}

L'account del corriere (BRT) invece è: utente 1020304, password ${k.hpw()}

Fammi sapere se funziona.
Giulia
`,
  ),
  shopDoc(
    'shop-whatsapp-pt-br',
    ['prose', 'precision'],
    'exports/whatsapp-loja.txt',
    (k) => `[22/11/2024 14:02] Rafael Loja: oi Bruno, o Mercado Pago parou de aprovar os pedidos
[22/11/2024 14:05] Bruno Dev: me passa o access token de produção que eu confiro no painel da Nuvemshop
[22/11/2024 14:07] Rafael Loja: ${k.prov('mercadopago', `APP_USR-${k.g.digits(16)}-${k.g.digits(6)}-${k.g.hex(32)}-${k.g.digits(9)}`)}
[22/11/2024 14:07] Rafael Loja: a public key é APP_USR-${k.n(k.g.uuid())}
[22/11/2024 14:20] Bruno Dev: era o webhook mesmo, já arrumei. pedido ${k.n(V.orderNo(k.g))} aprovado
[22/11/2024 14:21] Bruno Dev: e troca a senha do painel, tá fácil demais: ${k.hpw()}
[22/11/2024 14:23] Rafael Loja: kkkk ok, cupom ${k.n(V.coupon(k.g))} continua valendo pra black friday?
`,
  ),
  shopDoc(
    'shop-backlog-ja',
    ['prose'],
    'docs/引き継ぎメモ.md',
    (k) => `# ネットショップ引き継ぎメモ（花見世）

## 管理画面
- Shopify 管理者アカウント: owner@hanamise.example / パスワード: ${k.hpw()}
- 二段階認証はオーナーのスマホ

## 決済
- Stripe の本番シークレットキー: ${k.prov('stripe', V.stripeSecret(k.g))}
- 公開可能キー（フロント用、公開OK）: ${k.n(V.stripePublishable(k.g))}

## 配送
- ヤマト運輸 B2クラウド ID: ${k.n(k.g.digits(12))} / パスワード: ${k.hpw()}
- 追跡番号の例: ${k.n(k.g.digits(12))}

## 注意
- 上記パスワードは引き継ぎ後に必ず変更してください。
`,
  ),
  shopDoc(
    'shop-agency-onboarding-en',
    ['prose', 'config-syntax', 'precision'],
    'wiki/client-onboarding-velocity.md',
    (k) => `# Client onboarding: Velocity Bikes (Shopify Plus)

## Accounts we need from the client
1. Collaborator access to the store (request code: ${k.n(k.g.digits(4))}) — never ask for the owner password.
2. A custom app with the scopes below; the client pastes the Admin API access token into our vault, **not** into
   e-mail. Token format: \`${k.n('shpat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')}\`.
3. ShipStation API key/secret (Settings > Account > API Settings).

## What we actually received (to be cleaned up, see INC-221)
- ShipStation: key \`${k.s('token', V.shipstationKey(k.g))}\`, secret \`${k.s('token', V.shipstationKey(k.g))}\`
- Klaviyo private key: \`${k.prov('klaviyo', V.klaviyoPrivate(k.g))}\`
- The "temporary" staff password Jake set for us: \`${k.hpw()}\`

## Scopes
\`read_orders, write_fulfillments, read_inventory, write_inventory, read_products\`
`,
  ),
  shopDoc(
    'shop-ticket-es-redsys',
    ['prose', 'code'],
    'tickets/SOP-902.md',
    (k) => `### SOP-902: Error SIS0042 en pagos con Redsys

El cliente dice que desde el cambio de servidor todos los pagos dan **SIS0042** (firma incorrecta).

Revisando \`modules/redsys/config.php\` del servidor nuevo:

\`\`\`php
define('REDSYS_MERCHANT_CODE', '${k.n(k.g.digits(9))}');
define('REDSYS_TERMINAL', '1');
define('REDSYS_SECRET_KEY', '${k.s('token', k.g.base64(32))}');
// entorno de pruebas (clave pública de la documentación de Redsys)
define('REDSYS_TEST_KEY', getenv('REDSYS_TEST_KEY') ?: '${k.n('<clave-de-pruebas-de-la-documentacion>')}');
\`\`\`

La clave de producción estaba bien; el problema era que el módulo seguía en modo pruebas. Corregido,
pedido de prueba ${k.n(V.orderNo(k.g))} autorizado (tarjeta ${k.n(V.cardMasked(k.g))}).
`,
  ),
  shopDoc(
    'shop-freelance-invoice-notes-de',
    ['prose'],
    'notes/kunde-kaffeewerk.txt',
    (k) => `Kaffeewerk – Notizen (nur lokal!)

Shopware 6 Admin: https://www.kaffeewerk.example/admin  user: admin  pw: ${k.hpw()}
Shopware Integration "Warenwirtschaft": Zugangs-ID ${k.n(V.shopwareAccessKey(k.g))}, Schlüssel ${k.s('token', V.shopwareSecret(k.g))}
JTL-Wawi SQL: sa / ${k.gpw()}  (Server steht im Büro, nur über VPN)
VPN (WireGuard) Config liegt in ~/kunden/kaffeewerk/wg0.conf
Mollie: Profil ${k.n('pfl_' + k.g.alnum(10))}, Live-Key ${k.prov('mollie', V.mollieKey(k.g))}
Rechnung 2024-117 offen (3,5 h à 95 €)
`,
  ),
  shopDoc(
    'shop-status-page-postmortem',
    ['prose', 'precision'],
    'docs/postmortem-2024-11-29-black-friday.md',
    (k) => `# Postmortem: checkout outage on Black Friday (29 Nov 2024)

**Duration:** 42 minutes (10:03–10:45 CET). **Impact:** ~1,900 failed checkouts, estimated €61k delayed revenue.

## What happened
A rotation of the Stripe restricted key was only half-applied: the new key (\`${k.n(V.mask(V.stripeRestricted(k.g)))}\`)
was set in the checkout service, but the fraud-scoring worker kept the old one and started failing with 401.
Retries exhausted the connection pool (\`PG_POOL_MAX=20\`).

## Timeline
- 10:03 first alert "checkout error rate > 5%"
- 10:11 on-call rolls back the deploy ${k.n(V.gitSha(k.g).slice(0, 8))}, no change
- 10:29 worker logs show \`Invalid API Key provided: rk_live_****${k.n(k.g.alnum(4))}\`
- 10:45 worker restarted with the new secret from Vault (\`vault kv get shop/stripe\`)

## Action items
- Rotate via one Vault path, not per-service env files (owner: Dana)
- Alert on 401 from payment providers (owner: Luis)
`,
  ),
  shopDoc(
    'shop-ticket-fr-colissimo',
    ['prose', 'config-syntax'],
    'tickets/LIV-77.txt',
    (k) => `Sujet : Étiquettes Colissimo qui ne se génèrent plus

Bonjour,
le module Colissimo affiche « Identifiant ou mot de passe incorrect ». Voici la config actuelle
(copie de l'écran de configuration du module) :

  Identifiant contrat : ${k.n(k.g.digits(6))}
  Mot de passe : ${k.hpw()}
  Clé API (nouvelle méthode) : ${k.s('token', k.g.alnum(32))}
  Mode : production

Le mot de passe du compte Colissimo Box a été changé le 12/11 par la comptable, c'est sans doute ça.
Nouveau mot de passe d'après elle : ${k.hpw()}

Merci, Isabelle
`,
  ),
  shopDoc(
    'shop-github-issue-leaked-config',
    ['prose', 'config-syntax'],
    'issues/142-cannot-connect-to-api.md',
    (k) => `**Bug: "401 Unauthorized" when syncing orders**

Plugin version: 2.3.1, WooCommerce 9.2, PHP 8.1

My settings:

\`\`\`
API URL: https://api.easypost.com/v2
API Key: ${k.prov('easypost', V.easypostKey(k.g))}
Carrier account: ca_${k.n(k.g.hex(32))}
\`\`\`

Logs:

\`\`\`
[error] EasyPost\\Exception\\Api\\UnauthorizedException: The API key provided is invalid.
\`\`\`

> **Maintainer:** Please revoke that key right away, it is a production key and this repository is public.
> The error comes from the test/live toggle: your key starts with EZAK (live) but "Test mode" is on.
`,
  ),
  shopDoc(
    'shop-phone-call-notes-de',
    ['prose'],
    'notes/telefonat-2024-11-26.md',
    (k) => `Telefonat mit Herrn Krüger (Teeladen), 26.11., 14:30

- Shop lädt langsam seit dem Theme-Update → Bilder nicht komprimiert, Plugin Smush installieren
- Er hat das Passwort vom Hosting-Konto (All-Inkl) geändert auf ${k.hpw()} (sagt er, sollen wir so eintragen)
- Die Lastschrift über GoCardless soll wieder aktiviert werden, Access Token aus dem Dashboard:
  ${k.prov('gocardless', `live_${k.g.base64url(40)}`)}
- Rückruf Freitag, Angebot für B2B-Preise (Kundengruppen) schicken
`,
  ),
];
