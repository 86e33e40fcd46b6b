// Value makers for the rw-dev16 shop part: the passwords shop owners, agencies and freelancers set (shop
// name+year, seasons, product words, generated vault passwords), the keys of storefront platforms, payment,
// shipping, marketplace and marketing providers in their documented shapes, and the look-alikes shop files
// are full of (publishable keys, order and tracking numbers, SKUs/EANs, payment intent ids, masked cards,
// hashed customer passwords). Everything is drawn from the set's seeded generator at run time; no literal
// secret is committed.
import type { ExampleGen } from '../../../../engine/types';
import type { Marker, SecretCategory } from '../types';
import { ALNUM, cap, docMaker, LOWNUM, UPNUM, wrap } from '../kit';

const SHOPS = ['Kaffeewerk', 'Bergsport', 'Lunaria', 'Velocity', 'Moderna', 'Teeladen', 'Biciclo', 'Papeterie', 'Zapatos', 'Bloemenhuis', 'Sklepik', 'Casalinga', 'Sapataria', 'Hanamise'];
const WORDS = ['coffee', 'sneaker', 'candle', 'garden', 'basket', 'cotton', 'velvet', 'ceramic', 'bamboo', 'linen', 'saddle', 'honey', 'orchid', 'marble', 'pepper', 'walnut'];
const WORDS_INTL = ['Warenkorb', 'Bestellung', 'Versand', 'Boutique', 'Panier', 'Tienda', 'Carrito', 'Winkel', 'Zamowienie', 'Negozio', 'Carrinho', 'Kasse', 'Rabatt', 'Lieferung'];
const SEASONS = ['Summer', 'Winter', 'Spring', 'Autumn', 'Sommer', 'BlackFriday', 'Xmas', 'Weihnachten', 'Verano', 'Soldes'];
const YEARS = ['2020', '2021', '2022', '2023', '2024', '2025'];
const SYMBOLS = ['!', '#', '@', '$', '!!', '*', '?', '%', '&', '.'];
const WALKS = ['qwertz', 'qwerty', 'asdfgh', '1qaz2wsx', 'azerty', 'q1w2e3r4'];
const CRYPT = './0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

export const V = {
  /** What shop owners and agencies type: shop+year, season+year, product words+digits, leet, keyboard walks. */
  human(g: ExampleGen): string {
    return g.pick([
      () => `${g.pick(SHOPS)}${g.pick(['', '@', '#', '_', '-'])}${g.pick(YEARS)}${g.pick(['', ...SYMBOLS])}`,
      () => `${g.pick(SEASONS)}${g.pick(YEARS)}${g.pick(SYMBOLS)}`,
      () => `${g.pick(WORDS_INTL)}${g.digits(g.pick([2, 3, 4]))}${g.pick(SYMBOLS)}`,
      () => `${cap(g.pick(WORDS))}${g.pick(['#', '!', '.', '_', '-'])}${g.digits(g.pick([2, 4]))}`,
      () => `${g.pick(WALKS)}${g.digits(g.pick([2, 3, 4]))}${g.pick(['', '!', '#'])}`,
      () => `${g.pick(WORDS).replace(/a/g, '4').replace(/e/g, '3').replace(/o/g, '0')}${g.pick(SYMBOLS)}${g.digits(3)}`,
    ])();
  },
  phrase(g: ExampleGen): string {
    const n = g.pick([3, 4, 4, 5]);
    const sep = g.pick(['-', '.', '_']);
    const words = Array.from({ length: n }, () => g.pick([...WORDS, ...WORDS_INTL.map((w) => w.toLowerCase())]));
    return g.pick([words.join(sep), words.join(sep) + g.digits(2), cap(words.join(sep)) + g.pick(SYMBOLS)]);
  },
  generated(g: ExampleGen): string {
    return g.pick([
      () => g.chars('abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#%^*-_+=', g.pick([14, 16, 20, 24])),
      () => g.alnum(g.pick([12, 16, 20, 28])),
      () => `${g.alnum(6)}-${g.alnum(6)}-${g.alnum(6)}`,
      () => g.base64(g.pick([18, 24, 32])).replace(/[=+/]/g, 'k'),
    ])();
  },
  anyPw(g: ExampleGen): string {
    return g.pick([V.human, V.human, V.generated, V.generated, V.phrase])(g);
  },
  /** No characters that end a value in URLs, shells, PHP single quotes or INI files. */
  safePw(g: ExampleGen): string {
    return g
      .pick([V.human, V.generated])(g)
      .replace(/[@:/?#%;&=+ '"$\\`!*]/g, '');
  },
  token(g: ExampleGen): string {
    return g.pick([() => g.hex(g.pick([32, 40, 64])), () => g.alnum(g.pick([24, 32, 40])), () => g.base64(g.pick([32, 44])), () => g.base64url(g.pick([32, 43]))])();
  },
  b64(s: string): string {
    return Buffer.from(s).toString('base64');
  },
  pem(g: ExampleGen, kind: 'RSA PRIVATE KEY' | 'PRIVATE KEY' | 'EC PRIVATE KEY'): string {
    const body = g.base64(kind === 'EC PRIVATE KEY' ? 160 : 640);
    return `-----BEGIN ${kind}-----\n${wrap(body, 64)}\n-----END ${kind}-----`;
  },
  /** A service-account JSON `private_key`, with its newlines escaped as `\n`. */
  pemEscaped(g: ExampleGen): string {
    return `-----BEGIN PRIVATE KEY-----\\n${wrap(`MIIEv${g.base64(1500)}`, 64).replace(/\n/g, '\\n')}\\n-----END PRIVATE KEY-----\\n`;
  },
  publicPem(g: ExampleGen): string {
    return `-----BEGIN PUBLIC KEY-----\n${wrap(`MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${g.base64(300)}`, 64)}\n-----END PUBLIC KEY-----`;
  },
  // Storefront platforms.
  shopifyAdmin: (g: ExampleGen) => `shpat_${g.hex(32)}`,
  shopifyCustom: (g: ExampleGen) => `shpca_${g.hex(32)}`,
  shopifyPrivate: (g: ExampleGen) => `shppa_${g.hex(32)}`,
  shopifySecret: (g: ExampleGen) => `shpss_${g.hex(32)}`,
  /** App API key (client id) and Storefront public access token: 32 hex, public by design. */
  shopifyPublic: (g: ExampleGen) => g.hex(32),
  wooKey: (g: ExampleGen) => `ck_${g.hex(40)}`,
  wooSecret: (g: ExampleGen) => `cs_${g.hex(40)}`,
  /** wp-config salts as the WordPress secret-key service prints them. */
  wpSalt: (g: ExampleGen) => g.chars(ALNUM + '!#%^*()-_=+[]{}<>~|.,;:', 64),
  magentoCrypt: (g: ExampleGen) => g.hex(32),
  magentoRepoKey: (g: ExampleGen) => g.hex(32),
  magentoIntegration: (g: ExampleGen) => g.chars(LOWNUM, 32),
  prestaCookieKey: (g: ExampleGen) => g.alnum(56),
  prestaWsKey: (g: ExampleGen) => g.chars(UPNUM, 32),
  shopwareAccessKey: (g: ExampleGen) => `SWIA${g.chars(UPNUM, 22)}`,
  shopwareSecret: (g: ExampleGen) => g.alnum(55),
  bigcommerceToken: (g: ExampleGen) => g.chars(LOWNUM, 31),
  medusaSecret: (g: ExampleGen) => `sk_${g.hex(64)}`,
  medusaPublishable: (g: ExampleGen) => `pk_${g.hex(64)}`,
  ctSecret: (g: ExampleGen) => g.chars(ALNUM + '_-', 32),
  ctClientId: (g: ExampleGen) => g.chars(ALNUM + '_-', 24),
  // Payments.
  stripeSecret: (g: ExampleGen, mode: 'live' | 'test' = 'live') => `sk_${mode}_${g.pick(['51', '4e'])}${g.alnum(g.pick([22, 97]))}`,
  stripeRestricted: (g: ExampleGen) => `rk_live_51${g.alnum(97)}`,
  stripePublishable: (g: ExampleGen, mode: 'live' | 'test' = 'live') => `pk_${mode}_51${g.alnum(97)}`,
  stripeWebhook: (g: ExampleGen) => `whsec_${g.alnum(32)}`,
  stripeId: (g: ExampleGen, p: 'pi' | 'cus' | 'ch' | 'evt' | 'we' | 'acct' | 'price' | 'sub' | 'in' | 'cs_live' | 'seti' | 'py' | 'txn') => `${p}_${g.alnum(p === 'cs_live' ? 58 : 24)}`,
  paypalClientId: (g: ExampleGen) => `A${g.chars(ALNUM + '_-', 79)}`,
  paypalSecret: (g: ExampleGen) => `E${g.chars(ALNUM + '_-', 79)}`,
  braintreeToken: (g: ExampleGen, env: 'production' | 'sandbox' = 'production') => `access_token$${env}$${g.chars(LOWNUM, 16)}$${g.hex(32)}`,
  braintreePrivate: (g: ExampleGen) => g.hex(32),
  braintreePublic: (g: ExampleGen) => g.chars(LOWNUM, 16),
  braintreeMerchant: (g: ExampleGen) => g.chars(LOWNUM, 16),
  adyenApiKey: (g: ExampleGen) => `AQE${g.chars(ALNUM, 5)}+${g.base64(40)}+${g.base64(60)}+${g.chars(ALNUM, 12)}=-${g.base64(43)}=-${g.chars(ALNUM + '<>#$%^&*()', 16)}`,
  adyenHmac: (g: ExampleGen) => g.hex(64).toUpperCase(),
  adyenClientKey: (g: ExampleGen, mode: 'live' | 'test' = 'live') => `${mode}_${g.chars(UPNUM, 32)}`,
  mollieKey: (g: ExampleGen, mode: 'live' | 'test' = 'live') => `${mode}_${g.alnum(30)}`,
  mollieOrgToken: (g: ExampleGen) => `access_${g.alnum(40)}`,
  klarnaUser: (g: ExampleGen) => `PK${g.digits(5)}_${g.hex(12)}`,
  klarnaPassword: (g: ExampleGen) => g.chars(ALNUM, 16),
  klarnaApiKey: (g: ExampleGen, mode: 'live' | 'test' = 'live') => `klarna_${mode}_api_${g.base64url(56)}`,
  authnetLogin: (g: ExampleGen) => g.alnum(10),
  authnetTxnKey: (g: ExampleGen) => g.alnum(16),
  authnetSignature: (g: ExampleGen) => g.hex(128).toUpperCase(),
  squareToken: (g: ExampleGen) => `EAAA${g.base64url(60)}`,
  squareAppId: (g: ExampleGen) => `sq0idp-${g.base64url(22)}`,
  squareAppSecret: (g: ExampleGen) => `sq0csp-${g.base64url(43)}`,
  razorpayKeyId: (g: ExampleGen, mode: 'live' | 'test' = 'live') => `rzp_${mode}_${g.alnum(14)}`,
  razorpaySecret: (g: ExampleGen) => g.alnum(24),
  payuKey: (g: ExampleGen) => g.hex(32),
  checkoutSecret: (g: ExampleGen, mode: 'sbox' | '' = '') => `sk_${mode ? 'sbox_' : ''}${g.chars('abcdefghijklmnopqrstuvwxyz234567', 26)}${g.pick(['', '#'])}`,
  checkoutPublic: (g: ExampleGen) => `pk_sbox_${g.chars('abcdefghijklmnopqrstuvwxyz234567', 26)}`,
  worldlineKeyId: (g: ExampleGen) => g.hex(20).toUpperCase(),
  worldlineSecret: (g: ExampleGen) => `${g.base64(43)}=`,
  // Shipping and tax.
  easypostKey: (g: ExampleGen, mode: 'EZAK' | 'EZTK' = 'EZAK') => `${mode}${g.hex(54)}`,
  shippoToken: (g: ExampleGen, mode: 'live' | 'test' = 'live') => `shippo_${mode}_${g.hex(40)}`,
  shipstationKey: (g: ExampleGen) => g.hex(32),
  avalaraLicense: (g: ExampleGen) => g.hex(16).toUpperCase(),
  taxjarToken: (g: ExampleGen) => g.hex(32),
  // Marketplaces and connectors.
  lwaRefresh: (g: ExampleGen) => `Atzr|${g.base64url(g.pick([340, 370]))}`,
  lwaClientId: (g: ExampleGen) => `amzn1.application-oa2-client.${g.hex(32)}`,
  lwaClientSecret: (g: ExampleGen) => `amzn1.oa2-cs.v1.${g.hex(64)}`,
  mwsToken: (g: ExampleGen) => `amzn.mws.${g.uuid()}`,
  awsId: (g: ExampleGen) => `AKIA${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`,
  awsSecret: (g: ExampleGen) => g.base64(40).replace(/[=+/]/g, 'v'),
  ebayAppId: (g: ExampleGen, shop: string) => `${shop}-${g.pick(['Feed', 'Sync', 'Lister'])}-PRD-${g.hex(9)}-${g.hex(8)}`,
  ebayCertId: (g: ExampleGen) => `PRD-${g.hex(12)}-${g.hex(4)}-${g.hex(4)}-${g.hex(4)}-${g.hex(4)}`,
  ebayUserToken: (g: ExampleGen) => `v^1.1#i^1#f^0#r^1#I^3#p^3#t^${g.base64(g.pick([600, 720]))}`,
  etsyKeystring: (g: ExampleGen) => g.chars(LOWNUM, 24),
  etsySecret: (g: ExampleGen) => g.chars(LOWNUM, 10),
  akeneoClientId: (g: ExampleGen) => `${g.digits(1)}_${g.chars(LOWNUM, 50)}`,
  akeneoSecret: (g: ExampleGen) => g.chars(LOWNUM, 50),
  odooKey: (g: ExampleGen) => g.hex(40),
  netsuiteHex: (g: ExampleGen) => g.hex(64),
  // Marketing, search, CDN.
  klaviyoPrivate: (g: ExampleGen) => `pk_${g.hex(34)}`,
  klaviyoSiteId: (g: ExampleGen) => g.chars(UPNUM, 6),
  mailchimpKey: (g: ExampleGen) => `${g.hex(32)}-us${g.pick(['6', '14', '19', '21'])}`,
  sendgridKey: (g: ExampleGen) => `SG.${g.base64url(22)}.${g.base64url(43)}`,
  algoliaAppId: (g: ExampleGen) => g.chars(UPNUM, 10),
  algoliaKey: (g: ExampleGen) => g.hex(32),
  cloudflareToken: (g: ExampleGen) => g.chars(ALNUM + '_-', 40),
  cloudflareGlobal: (g: ExampleGen) => g.hex(37),
  slackHook: (g: ExampleGen) => `https://hooks.slack.com/services/T${g.chars(UPNUM, 8)}/B${g.chars(UPNUM, 10)}/${g.alnum(24)}`,
  githubPat: (g: ExampleGen) => g.crc32Token('ghp_', 30),
  // Look-alikes.
  bcrypt: (g: ExampleGen) => `$2y$10$${g.chars(CRYPT, 53)}`,
  wpHash: (g: ExampleGen) => `$P$B${g.chars(CRYPT, 30)}`,
  wpBcrypt: (g: ExampleGen) => `$wp$2y$10$${g.chars(CRYPT, 53)}`,
  argon: (g: ExampleGen) => `$argon2id$v=19$m=65536,t=4,p=1$${g.base64(22)}$${g.base64(43)}`,
  /** Magento 2 customer hash: sha256 hex, salt, version. */
  magentoHash: (g: ExampleGen) => `${g.hex(64)}:${g.alnum(32)}:3_32_2_67108864`,
  sha256: (g: ExampleGen) => g.hex(64),
  sha1: (g: ExampleGen) => g.hex(40),
  md5: (g: ExampleGen) => g.hex(32),
  gitSha: (g: ExampleGen) => g.hex(40),
  orderNo: (g: ExampleGen) => `${g.pick(['#', '', 'WC-', 'SO'])}${g.pick(['1', '2', '1000'])}${g.digits(5)}`,
  ean: (g: ExampleGen) => `${g.pick(['40', '54', '87', '590', '800', '84'])}${g.digits(11)}`.slice(0, 13),
  sku: (g: ExampleGen) => `${g.upper(3)}-${g.digits(4)}-${g.pick(['BLK', 'WHT', 'S', 'M', 'L', 'XL', '42'])}`,
  tracking: (g: ExampleGen) => g.pick([() => `1Z${g.chars(UPNUM, 16)}`, () => `${g.digits(12)}`, () => `JJD${g.digits(18)}`, () => `9400${g.digits(18)}`, () => `00340${g.digits(15)}`])(),
  coupon: (g: ExampleGen) => `${g.pick(['WELCOME', 'BF', 'SOMMER', 'NOEL', 'VIP', 'FREESHIP'])}${g.pick(['10', '15', '20', '25'])}`,
  giftMasked: (g: ExampleGen) => `****-****-****-${g.chars(UPNUM, 4)}`,
  cardMasked: (g: ExampleGen) => `${g.pick(['4242', '5454', '3782'])} **** **** ${g.digits(4)}`,
  cardLast4: (g: ExampleGen) => `**** ${g.digits(4)}`,
  uuid: (g: ExampleGen) => g.uuid(),
  traceId: (g: ExampleGen) => g.hex(32),
  ipv4: (g: ExampleGen, prefix = '10') => `${prefix}.${1 + (Number(g.digits(2)) % 250)}.${1 + (Number(g.digits(2)) % 250)}.${1 + (Number(g.digits(2)) % 250)}`,
  mask: (v: string) => `${v.slice(0, 4)}${'*'.repeat(10)}${v.slice(-2)}`,
};

export const PLACEHOLDERS = [
  '<password>',
  'CHANGE_ME',
  'changeme',
  'xxxxxxxx',
  '********',
  '<secret>',
  'REPLACE_ME',
  'your-api-key',
  'TODO',
  'your_password',
  '[REDACTED]',
  '***',
  '<api_key>',
  'YOUR_SECRET_KEY',
];

/** Per-document kit: shorthands that mark what they write. */
export interface SK {
  g: ExampleGen;
  m: Marker;
  s(c: SecretCategory, v: string, label?: string): string;
  pw(): string;
  hpw(): string;
  gpw(): string;
  /** A password safe in URLs, shells and PHP single quotes. */
  spw(): string;
  phrase(): string;
  tok(): string;
  hex(n: number): string;
  alnum(n: number): string;
  prov(label: string, v: string): string;
  cs(): string;
  http(v: string): string;
  basic(user: string): string;
  key(v: string): string;
  n(v: string): string;
  ph(): string;
  u(v: string): string;
}

export function sk(g: ExampleGen, m: Marker): SK {
  return {
    g,
    m,
    s: (c, v, l) => m.secret(c, v, l),
    pw: () => m.secret('password', V.anyPw(g)),
    hpw: () => m.secret('password', V.human(g)),
    gpw: () => m.secret('password', V.generated(g)),
    spw: () => m.secret('password', V.safePw(g)),
    phrase: () => m.secret('password', V.phrase(g)),
    tok: () => m.secret('token', V.token(g)),
    hex: (n) => m.secret('token', g.hex(n)),
    alnum: (n) => m.secret('token', g.alnum(n)),
    prov: (label, v) => m.secret('provider', v, label),
    cs: () => m.secret('connection-string', V.safePw(g)),
    http: (v) => m.secret('http-auth', v),
    basic: (user) => m.secret('http-auth', V.b64(`${user}:${V.safePw(g)}`)),
    key: (v) => m.secret('private-key', v),
    n: (v) => m.negative(v),
    ph: () => m.negative(g.pick(PLACEHOLDERS)),
    u: (v) => m.unscored(v),
  };
}

export const shopDoc = docMaker(sk);
