// Value makers for the rw-dev14 biz part: the passwords integration consultants set for banks' SFTP accounts,
// ERP service users and interface engines (company+year, season+year, German/Spanish/Dutch words, generated
// vault passwords), and the keys payment, ERP and healthcare vendors issue, in the shapes their public docs
// show. Everything is drawn from the set's seeded generator at run time; no literal secret is committed.
import type { ExampleGen } from '../../../../engine/types';
import type { Marker, SecretCategory } from '../types';
import { ALNUM, cap, docMaker } from '../kit';

const WORDS = ['ledger', 'invoice', 'harbor', 'falcon', 'copper', 'granite', 'maple', 'orchid', 'tulip', 'saturn', 'walnut', 'meadow', 'cobalt', 'tiger', 'willow', 'beacon'];
const WORDS_INTL = ['Buchhaltung', 'Rechnung', 'Zahlung', 'Sonnenschein', 'Factura', 'Pago', 'Tesoreria', 'Fiets', 'Kaas', 'Facture', 'Banque', 'Ksiegowa', 'Faktura', 'Saude', 'Klinik'];
const COMPANIES = ['Acme', 'Nordwind', 'Helvetia', 'Brightmed', 'Kontor', 'Meridian', 'Lumen', 'Vertex', 'Bergmann', 'Solaris', 'Carelink', 'Finora'];
const SEASONS = ['Summer', 'Winter', 'Spring', 'Autumn', 'Sommer', 'Herbst', 'Winter', 'Verano', 'Invierno', 'Zomer'];
const YEARS = ['2019', '2021', '2022', '2023', '2024', '2025'];
const SYMBOLS = ['!', '#', '@', '$', '!!', '*', '?', '%', '&', '.'];
const WALKS = ['qwertz', 'qwerty', 'asdfgh', '1qaz2wsx', 'yxcvbn', 'azerty', 'zaq12wsx'];

export const V = {
  /** Company+year, season+year, intl word+digits, leet, keyboard walks: what people type for service users. */
  human(g: ExampleGen): string {
    return g.pick([
      () => `${g.pick(COMPANIES)}${g.pick(['', '@', '#', '_'])}${g.pick(YEARS)}${g.pick(['', ...SYMBOLS])}`,
      () => `${g.pick(SEASONS)}${g.pick(YEARS)}${g.pick(SYMBOLS)}`,
      () => `${g.pick(WORDS_INTL)}${g.digits(g.pick([2, 3, 4]))}${g.pick(SYMBOLS)}`,
      () => `${cap(g.pick(WORDS))}${g.pick(['#', '!', '.', '_', '-'])}${g.digits(g.pick([2, 4]))}`,
      () => `${g.pick(WALKS)}${g.digits(g.pick([2, 3, 4]))}${g.pick(['', '!', '#'])}`,
      () => `${g.pick(WORDS).replace(/a/g, '4').replace(/e/g, '3').replace(/o/g, '0')}${g.pick(SYMBOLS)}${g.digits(3)}`,
    ])();
  },
  /** 3-5 words: PGP and keystore passphrases. */
  phrase(g: ExampleGen): string {
    const n = g.pick([3, 4, 4, 5]);
    const sep = g.pick(['-', ' ', '.', '_']);
    const words = Array.from({ length: n }, () => g.pick([...WORDS, ...WORDS_INTL.map((w) => w.toLowerCase())]));
    return g.pick([words.join(sep), words.join(sep) + g.digits(2), cap(words.join(sep)) + g.pick(SYMBOLS)]);
  },
  /** Vault/KeePass generated passwords. */
  generated(g: ExampleGen): string {
    return g.pick([
      () => g.chars('abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#$%^*-_+=', g.pick([14, 16, 20, 24])),
      () => g.alnum(g.pick([12, 16, 20, 28])),
      () => `${g.alnum(5)}-${g.alnum(5)}-${g.alnum(5)}-${g.alnum(5)}`,
      () => g.base64(g.pick([18, 24, 32])).replace(/[=+/]/g, 'k'),
    ])();
  },
  anyPw(g: ExampleGen): string {
    return g.pick([V.human, V.human, V.generated, V.generated, V.phrase])(g);
  },
  /** Password safe inside URLs and `;`-separated connection strings. */
  urlPw(g: ExampleGen): string {
    return g
      .pick([V.human, V.generated])(g)
      .replace(/[@:/?#%;&=+ '"$]/g, '');
  },
  token(g: ExampleGen): string {
    return g.pick([() => g.hex(g.pick([32, 40, 64])), () => g.alnum(g.pick([24, 32, 40])), () => g.base64(g.pick([32, 44])), () => g.base64url(g.pick([32, 43])), () => `${g.alnum(8)}${g.hex(24)}`])();
  },
  jwt(g: ExampleGen, claims: Record<string, unknown>): string {
    const b = (s: string) => Buffer.from(s).toString('base64url');
    return `${b(JSON.stringify({ alg: 'RS256', typ: 'JWT' }))}.${b(JSON.stringify(claims))}.${g.base64url(86)}`;
  },
  b64(s: string): string {
    return Buffer.from(s).toString('base64');
  },
  pem(g: ExampleGen, kind: 'RSA PRIVATE KEY' | 'PRIVATE KEY' | 'EC PRIVATE KEY' | 'ENCRYPTED PRIVATE KEY'): string {
    const body = g.base64(kind === 'EC PRIVATE KEY' ? 160 : 640);
    return `-----BEGIN ${kind}-----\n${body.match(/.{1,64}/g)!.join('\n')}\n-----END ${kind}-----`;
  },
  openssh(g: ExampleGen): string {
    const body = `b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW${g.base64(330)}`;
    return `-----BEGIN OPENSSH PRIVATE KEY-----\n${body.match(/.{1,70}/g)!.join('\n')}\n-----END OPENSSH PRIVATE KEY-----`;
  },
  pgpPrivate(g: ExampleGen): string {
    const body = `lQWGBG${g.base64(700)}`;
    return `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${body.match(/.{1,64}/g)!.join('\n')}\n=${g.base64(4)}\n-----END PGP PRIVATE KEY BLOCK-----`;
  },
  pgpPublic(g: ExampleGen): string {
    const body = `mQINBG${g.base64(500)}`;
    return `-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n${body.match(/.{1,64}/g)!.join('\n')}\n=${g.base64(4)}\n-----END PGP PUBLIC KEY BLOCK-----`;
  },
  certificate(g: ExampleGen): string {
    const body = `MIID${g.base64(600)}`;
    return `-----BEGIN CERTIFICATE-----\n${body.match(/.{1,64}/g)!.join('\n')}\n-----END CERTIFICATE-----`;
  },
  // Payment providers, shapes from their public docs.
  authnetLogin: (g: ExampleGen) => g.alnum(g.pick([9, 10, 11])),
  authnetTxKey: (g: ExampleGen) => g.alnum(16),
  braintreeMerchant: (g: ExampleGen) => g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 16),
  braintreePublic: (g: ExampleGen) => g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 16),
  braintreePrivate: (g: ExampleGen) => g.hex(32),
  braintreeAccess: (g: ExampleGen) => `access_token$production$${g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 16)}$${g.hex(32)}`,
  adyenApiKey: (g: ExampleGen) => `AQE${g.alnum(3)}mfx${g.base64(58)}==-${g.base64(43)}=-${g.alnum(16)}`,
  adyenHmac: (g: ExampleGen) => g.hex(64).toUpperCase(),
  adyenClientKey: (g: ExampleGen) => `live_${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 32)}`,
  worldpayService: (g: ExampleGen) => `L_S_${g.uuid()}`,
  worldpayClient: (g: ExampleGen) => `L_C_${g.uuid()}`,
  paypalSignature: (g: ExampleGen) => `A${g.chars(ALNUM + '-.', 55)}`,
  paypalPwd: (g: ExampleGen) => g.chars('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 16),
  paypalClientId: (g: ExampleGen) => `A${g.base64url(79)}`,
  paypalSecret: (g: ExampleGen) => `E${g.base64url(79)}`,
  squareAccess: (g: ExampleGen) => `EAAA${g.base64url(60)}`,
  squareSecret: (g: ExampleGen) => `sq0csp-${g.base64url(43)}`,
  squareAppId: (g: ExampleGen) => `sq0idp-${g.base64url(22)}`,
  mollie: (g: ExampleGen) => `live_${g.alnum(30)}`,
  mollieTest: (g: ExampleGen) => `test_${g.alnum(30)}`,
  razorpayId: (g: ExampleGen) => `rzp_live_${g.alnum(14)}`,
  razorpaySecret: (g: ExampleGen) => g.alnum(24),
  paystackSecret: (g: ExampleGen) => `sk_live_${g.hex(40)}`,
  paystackPublic: (g: ExampleGen) => `pk_live_${g.hex(40)}`,
  stripeSecret: (g: ExampleGen) => `sk_live_${g.alnum(99)}`,
  stripeRestricted: (g: ExampleGen) => `rk_live_${g.alnum(99)}`,
  stripeWebhook: (g: ExampleGen) => `whsec_${g.alnum(32)}`,
  stripePublic: (g: ExampleGen) => `pk_live_${g.alnum(99)}`,
  flutterwave: (g: ExampleGen) => `FLWSECK-${g.hex(32)}-X`,
  gocardless: (g: ExampleGen) => `live_${g.base64url(40)}`,
  plaidSecret: (g: ExampleGen) => g.hex(30),
  plaidClient: (g: ExampleGen) => g.hex(24),
  // ERP / CRM / accounting.
  sfConsumerKey: (g: ExampleGen) => `3MVG9${g.chars(ALNUM + '._', 80)}`,
  sfConsumerSecret: (g: ExampleGen) => g.hex(64).toUpperCase(),
  sfSecurityToken: (g: ExampleGen) => g.alnum(25),
  sfAccess: (g: ExampleGen) => `00D${g.alnum(12)}!${g.chars(ALNUM + '._', 96)}`,
  hubspot: (g: ExampleGen) => `pat-${g.pick(['na1', 'eu1'])}-${g.uuid()}`,
  zohoRefresh: (g: ExampleGen) => `1000.${g.hex(32)}.${g.hex(32)}`,
  zohoClientId: (g: ExampleGen) => `1000.${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 30)}`,
  intuitClientId: (g: ExampleGen) => `AB${g.alnum(48)}`,
  intuitSecret: (g: ExampleGen) => g.alnum(40),
  intuitRefresh: (g: ExampleGen) => `AB11${g.digits(10)}${g.alnum(36)}`,
  xeroSecret: (g: ExampleGen) => g.base64url(48),
  xeroClientId: (g: ExampleGen) => g.hex(32).toUpperCase(),
  netsuiteHex: (g: ExampleGen) => g.hex(64),
  azureSecret: (g: ExampleGen) => `${g.alnum(3)}${g.digits(1)}Q~${g.chars(ALNUM + '~._-', 34)}`,
  odooKey: (g: ExampleGen) => g.hex(40),
  erpnextPart: (g: ExampleGen) => g.hex(15),
  shopify: (g: ExampleGen) => `shpat_${g.hex(32)}`,
  twilioSecret: (g: ExampleGen) => g.alnum(32),
  twilioSid: (g: ExampleGen) => `AC${g.hex(32)}`,
  sendgrid: (g: ExampleGen) => `SG.${g.base64url(22)}.${g.base64url(43)}`,
  slackHook: (g: ExampleGen) => `https://hooks.slack.com/services/T${g.upper(8)}/B${g.upper(10)}/${g.alnum(24)}`,
  teamsHook: (g: ExampleGen) => `https://contoso.webhook.office.com/webhookb2/${g.uuid()}@${g.uuid()}/IncomingWebhook/${g.hex(32)}/${g.uuid()}`,
  awsId: (g: ExampleGen) => `AKIA${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`,
  awsSecret: (g: ExampleGen) => g.base64(40).replace(/=/g, 'w'),
  anypointSecret: (g: ExampleGen) => g.hex(32).toUpperCase(),
  tableauPatSecret: (g: ExampleGen) => `${g.base64(22)}==:${g.alnum(32)}`,
  metabaseApi: (g: ExampleGen) => `mb_${g.base64(44).replace(/=/g, 'A')}`,
  okta: (g: ExampleGen) => `00${g.base64url(40)}`,
  googleKey: (g: ExampleGen) => `AIza${g.chars(ALNUM + '-_', 35)}`,
  // Negatives and public ids.
  iban: (g: ExampleGen) => `${g.pick(['DE', 'NL', 'FR', 'ES', 'AT'])}${g.digits(2)}${g.digits(18)}`,
  ibanSpaced: (g: ExampleGen) => `DE${g.digits(2)} ${g.digits(4)} ${g.digits(4)} ${g.digits(4)} ${g.digits(4)} ${g.digits(2)}`,
  bic: (g: ExampleGen) => `${g.upper(4)}${g.pick(['DE', 'NL', 'FR', 'GB', 'US'])}${g.upper(2)}${g.pick(['', 'XXX'])}`,
  sha256: (g: ExampleGen) => g.hex(64),
  sha1: (g: ExampleGen) => g.hex(40),
  fingerprint: (g: ExampleGen) => g.hex(40).toUpperCase().match(/.{4}/g)!.join(' '),
  md5Colon: (g: ExampleGen) => g.hex(32).match(/../g)!.join(':'),
  bcrypt: (g: ExampleGen) => `$2b$12$${g.chars(ALNUM + './', 53)}`,
  sshHostKey: (g: ExampleGen) => `ssh-ed25519 255 ${g.base64(43)}=`,
  npi: (g: ExampleGen) => `1${g.digits(9)}`,
  traceId: (g: ExampleGen) => g.hex(32),
  mask: (v: string) => `${v.slice(0, 4)}${'*'.repeat(8)}${v.slice(-2)}`,
};

export const PLACEHOLDERS = ['<password>', 'CHANGE_ME', 'changeme', 'xxxxxxxx', '********', '<YOUR_API_KEY>', 'REPLACE_ME', '<secret>', 'TODO', 'your_password_here', '[REDACTED]', '***'];

/** Per-document kit: shorthands that mark what they write. */
export interface BK {
  g: ExampleGen;
  m: Marker;
  s(c: SecretCategory, v: string, label?: string): string;
  pw(): string;
  hpw(): string;
  gpw(): string;
  phrase(): string;
  tok(): string;
  hex(n: number): string;
  prov(label: string, v: string): string;
  cs(): string;
  http(v: string): string;
  basic(user: string): string;
  key(v: string): string;
  n(v: string): string;
  ph(): string;
  u(v: string): string;
}

export function bk(g: ExampleGen, m: Marker): BK {
  return {
    g,
    m,
    s: (c, v, l) => m.secret(c, v, l),
    pw: () => m.secret('password', V.anyPw(g)),
    hpw: () => m.secret('password', V.human(g)),
    gpw: () => m.secret('password', V.generated(g)),
    phrase: () => m.secret('password', V.phrase(g)),
    tok: () => m.secret('token', V.token(g)),
    hex: (n) => m.secret('token', g.hex(n)),
    prov: (label, v) => m.secret('provider', v, label),
    cs: () => m.secret('connection-string', V.urlPw(g)),
    http: (v) => m.secret('http-auth', v),
    basic: (user) => m.secret('http-auth', V.b64(`${user}:${V.urlPw(g)}`)),
    key: (v) => m.secret('private-key', v),
    n: (v) => m.negative(v),
    ph: () => m.negative(g.pick(PLACEHOLDERS)),
    u: (v) => m.unscored(v),
  };
}

export const bizDoc = docMaker(bk);
