// Table booking, loyalty, gift cards, guest Wi-Fi and payments in restaurant groups: integration configs, webhook
// handlers and IT notes, with public ids (publishable keys, venue ids, widget keys) beside the secrets.
import type { RealWorldDoc } from '../types';
import { aDoc, A } from './agrifoodValues';

export const AGRIFOOD_BOOKING_DOCS: RealWorldDoc[] = [
  aDoc(
    'agri-sevenrooms-env',
    ['config-syntax', 'precision'],
    'booking-sync/.env.production',
    (k) => `SEVENROOMS_CLIENT_ID=${k.n(k.g.hex(40))}
SEVENROOMS_CLIENT_SECRET=${k.tok()}
SEVENROOMS_VENUE_GROUP_ID=${k.n(k.g.alnum(40))}
OPENTABLE_CLIENT_ID=${k.n(k.g.uuid())}
OPENTABLE_CLIENT_SECRET=${k.tok()}
OPENTABLE_RID=${k.n(k.g.digits(6))}
RESY_API_KEY=${k.tok()}
RESY_VENUE_ID=${k.n(k.g.digits(5))}
REDIS_URL=redis://:${k.cs()}@redis.internal:6379/0
WIDGET_PUBLIC_KEY=${k.n('pk_' + k.g.alnum(24))}
`,
  ),
  aDoc(
    'agri-thefork-webhook-ts',
    ['code', 'defaults-in-code', 'precision'],
    'src/booking/theforkWebhook.ts',
    (k) => `import crypto from 'node:crypto';

// TheFork Manager webhook: the shared secret is set per restaurant in the integration screen
const WEBHOOK_SECRET = process.env.THEFORK_WEBHOOK_SECRET ?? '${k.hex(40)}';
const RESTAURANT_UUID = '${k.n(k.g.uuid())}';

export function verify(raw: string, signature: string): boolean {
  const mac = crypto.createHmac('sha256', WEBHOOK_SECRET).update(raw).digest('hex');
  return crypto.timingSafeEqual(Buffer.from(mac), Buffer.from(signature));
}

// e.g. signature header: ${k.n(A.sha256(k.g))}
export const SAMPLE_RESERVATION = { id: '${k.n(k.g.uuid())}', partySize: 4, restaurant: RESTAURANT_UUID };
`,
  ),
  aDoc(
    'agri-stripe-giftcards-py',
    ['code', 'defaults-in-code', 'precision'],
    'giftcards/app/settings.py',
    (k) => `import os

DEBUG = False
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "${k.s('token', k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)', 50))}")
ALLOWED_HOSTS = ["giftcards.harbourside.example"]

STRIPE_PUBLISHABLE_KEY = "${k.n(A.stripePk(k.g))}"
STRIPE_SECRET_KEY = "${k.prov('Stripe', A.stripeLive(k.g))}"
STRIPE_WEBHOOK_SECRET = "${k.prov('Stripe', A.stripeWebhook(k.g))}"

DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "giftcards", "USER": "giftcards",
                         "PASSWORD": os.environ.get("DB_PASSWORD", ""), "HOST": "localhost"}}
EMAIL_HOST_PASSWORD = "${k.prov('SendGrid', A.sendgrid(k.g))}"
GIFTCARD_CODE_ALPHABET = "${k.n('ABCDEFGHJKLMNPQRSTUVWXYZ23456789')}"
`,
  ),
  aDoc(
    'agri-guest-wifi-portal-yaml',
    ['config-syntax', 'precision'],
    'network/unifi/guest-portal.yaml',
    (k) => `sites:
  - name: harbourside
    wlans:
      - ssid: Harbourside-Guest
        security: wpapsk
        x_passphrase: ${k.wifi()}
      - ssid: Harbourside-Staff
        security: wpapsk
        x_passphrase: ${k.wifi()}
    controller:
      url: https://unifi.harbourside.example:8443
      username: api-portal
      password: ${k.gpw()}
    radius_secret: ${k.tok()}
    ap_macs: [${k.n(A.mac(k.g))}, ${k.n(A.mac(k.g))}]
`,
  ),
  aDoc(
    'agri-loyalty-ticket-en',
    ['prose', 'precision'],
    'tickets/LOY-881-points-not-posting.md',
    (k) => `## LOY-881 Points not posting from the kiosks

The kiosk app sends \`X-Api-Key\` with every earn call. Store 087's kiosks still had the old key, so every call got
401. New key issued to the store: \`${k.tok()}\` (the old one, \`${k.n(A.mask(k.g.alnum(32)))}\`, is revoked).
Member id of the test account: ${k.n(k.g.digits(10))}; receipt ${k.n(A.order(k.g))}.
The kiosk admin menu PIN on store 087 is ${k.u('2580')} — it should be unique per store, raising a separate ticket.
`,
  ),
  aDoc(
    'agri-payment-terminal-notes-da',
    ['prose', 'precision'],
    'docs/kasse/betalingsterminal.md',
    (k) => `# Betalingsterminaler – Café Aalborg

Terminal-ID ${k.n(A.terminal(k.g))} og ${k.n(A.terminal(k.g))}, indløsningsaftale ${k.n(k.g.digits(10))}.
Administratorkode til terminalen (refusion, dagsafslutning): ${k.dev()}
Kassesystemets back-office: cafe.aalborg / ${k.hpw()}
Wi-Fi til terminalerne: ${k.wifi()}
MobilePay-butiks-id ${k.n(k.g.uuid())} (ikke hemmeligt).
`,
  ),
  aDoc(
    'agri-lightspeed-oauth-php',
    ['code', 'defaults-in-code', 'precision'],
    'app/Services/Lightspeed/Client.php',
    (k) => `<?php

namespace App\\Services\\Lightspeed;

class Client
{
    private string $clientId = '${k.n(k.g.alnum(32))}';
    private string $clientSecret = '${k.tok()}';
    private string $refreshToken = '${k.s('token', k.g.hex(40))}';
    private string $businessLocationId = '${k.n(k.g.digits(15))}';

    public function token(): string
    {
        $res = \\Http::asForm()->post('https://api.lsk.lightspeed.app/oauth/token', [
            'grant_type' => 'refresh_token',
            'refresh_token' => $this->refreshToken,
            'client_id' => $this->clientId,
            'client_secret' => $this->clientSecret,
        ]);
        return $res->json('access_token');
    }
}
`,
  ),
  aDoc(
    'agri-nvr-cctv-notes-tr',
    ['prose', 'precision'],
    'notlar/kamera-sistemi.txt',
    (k) => `Restoran kamera sistemi (NVR) – Kadıköy şube

NVR IP: ${A.ipv4(k.g)}  kullanıcı: admin  şifre: ${k.dev()}
Mobil uygulama (Hik-Connect) hesabı: kadikoy.sube@restoran.example / ${k.hpw()}
Cihaz seri no: ${k.n(k.g.upper(2) + k.g.digits(10))}, doğrulama kodu etiketin üstünde: ${k.u(k.g.upper(6))}
Eski şifre ${k.n('********')} artık çalışmıyor.
`,
  ),
  aDoc(
    'agri-shopify-farmshop-toml',
    ['config-syntax', 'precision'],
    'farmshop-app/shopify.app.toml',
    (k) => `client_id = "${k.n(k.g.hex(32))}"
name = "hofladen-inventory"
application_url = "https://inventory.hofladen.example"
embedded = true

[access_scopes]
scopes = "read_products,write_inventory"

[webhooks]
api_version = "2025-01"

# local dev only – the partner dashboard shows these once
# SHOPIFY_API_SECRET = "${k.prov('Shopify', A.shopifySecret(k.g))}"
# SHOPIFY_ACCESS_TOKEN = "${k.prov('Shopify', A.shopifyToken(k.g))}"
`,
  ),
  aDoc(
    'agri-menu-sync-go',
    ['code', 'defaults-in-code', 'precision'],
    'menusync/cmd/menusync/main.go',
    (k) => `package main

import (
	"net/http"
	"os"
)

var (
	deliverooAPIKey = envOr("DELIVEROO_API_KEY", "${k.tok()}")
	woltVenueToken  = envOr("WOLT_VENUE_TOKEN", "${k.tok()}")
	glovoStoreID    = envOr("GLOVO_STORE_ID", "${k.n(k.g.digits(6))}")
	menuETag        = "${k.n(k.g.hex(32))}"
)

func envOr(k, d string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return d
}

func push(r *http.Request) { r.Header.Set("Authorization", "Bearer "+woltVenueToken) }
`,
  ),
  aDoc(
    'agri-email-restaurant-it-handover-ptbr',
    ['prose', 'precision'],
    'mail/passagem-ti-restaurantes.txt',
    (k) => `Assunto: Passagem de TI – Grupo Sabor Mineiro

Oi Rafael,

seguem os acessos que eu cuidava:
- Servidor do PDV (unidade Savassi): usuário Administrador, senha ${k.hpw()}
- Painel do iFood: savassi@sabormineiro.example / ${k.gpw()}
- Roteador: admin / ${k.dev()}
- Câmeras: a senha é a mesma do roteador (não recomendo, troque).
O CNPJ da unidade é ${k.n(k.g.digits(2) + '.' + k.g.digits(3) + '.' + k.g.digits(3) + '/0002-' + k.g.digits(2))} e o código do estabelecimento na maquininha é ${k.n(k.g.digits(10))}.

Abraço, Júlia
`,
  ),
  aDoc(
    'agri-kitchen-display-ini',
    ['config-syntax', 'defaults-in-code', 'precision'],
    'kds/station-grill.ini',
    (k) => `[station]
name=Grill
id=${k.n('KDS-' + k.g.digits(2))}
bump_bar=usb

[server]
host=${A.ipv4(k.g)}
port=8443
api_user=kds
api_password=${k.spw()}

[simphony]
enterprise=${k.n('EMEA' + k.g.digits(3))}
rvc=${k.n(k.g.digits(3))}
client_secret=${k.tok()}
`,
  ),
];
