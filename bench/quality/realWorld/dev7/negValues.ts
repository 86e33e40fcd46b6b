// Value makers for the rw-dev7 look-alike part (neg*.ts), its own (not the rw-dev helpers): the real secrets
// that sit beside the look-alikes (human passwords, passphrases, generated ones, letters-only, with symbols;
// tokens; provider formats from their public docs; keys) and the random-looking non-secrets themselves
// (ids, digests, encodings, public material). Everything is drawn from the set's seed at run time.
import type { ExampleGen } from '../../../../engine/types';
import type { Kit } from '../dev/kit';

const WORDS = [
  'harbor',
  'walnut',
  'copper',
  'meadow',
  'falcon',
  'lantern',
  'pepper',
  'violet',
  'granite',
  'orchid',
  'saddle',
  'thistle',
  'juniper',
  'marble',
  'tundra',
  'biscuit',
  'canyon',
  'ember',
  'hazel',
  'quartz',
];
const NAMES = ['lucia', 'bruno', 'freya', 'omar', 'ingrid', 'tomasz', 'keiko', 'rafael', 'dagny', 'milo'];
const PLACES = ['Lisboa', 'Oslo', 'Tampere', 'Brno', 'Valencia', 'Osaka', 'Cork', 'Ghent'];
const SYMS = '!@#$%&*?-_+.';
const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);

/** A human-made password: word(s), a year or number, a symbol, sometimes leetspeak. */
export function humanPw(g: ExampleGen): string {
  const style = g.pick([0, 1, 2, 3, 4]);
  if (style === 0) return `${cap(g.pick(WORDS))}${g.pick(['19', '20'])}${g.digits(2)}${g.pick(['!', '#', '$', '?'])}`;
  if (style === 1) return `${g.pick(NAMES)}${g.pick(['.', '_', ''])}${g.digits(g.pick([2, 3, 4]))}`;
  if (style === 2) return `${cap(g.pick(WORDS))}${cap(g.pick(WORDS))}${g.digits(2)}`;
  if (style === 3) return `${g.pick(PLACES)}@${g.digits(4)}`;
  return cap(g.pick(WORDS)).replace(/a/g, '4').replace(/e/g, '3').replace(/o/g, '0') + g.pick(['!', '*', '&']) + g.digits(1);
}

/** Several words joined, as a passphrase manager or a person makes them. */
export function passphrase(g: ExampleGen): string {
  const sep = g.pick(['-', ' ', '.', '_']);
  const n = g.pick([3, 4, 4, 5]);
  return Array.from({ length: n }, () => g.pick(WORDS)).join(sep) + (g.pick([true, false]) ? `${sep}${g.digits(2)}` : '');
}

/** A tool-generated password, with symbols. */
export const genPw = (g: ExampleGen) => g.chars('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789' + SYMS, g.pick([16, 20, 24]));
/** Letters only, mixed case (some generators do this). */
export const lettersPw = (g: ExampleGen) => g.chars('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ', g.pick([12, 14, 18]));
/** Any password that needs no quoting in YAML, INI, shell or a URL. */
export function tightPw(g: ExampleGen): string {
  const v = g
    .pick([humanPw, passphrase, genPw, lettersPw])(g)
    .replace(/[\s"'&<>\\#;`$@:/?%+=!*{}[\],|]/g, '');
  return v.length >= 8 ? v : v + g.alnum(8 - v.length + 2);
}
/** Any password, marked. */
export const pw = (k: Kit) => k.pw(k.g.pick([humanPw, passphrase, genPw, lettersPw])(k.g));
/** A password that fits any slot, marked. */
export const tpw = (k: Kit) => k.pw(tightPw(k.g));

export const hexTok = (g: ExampleGen) => g.hex(g.pick([32, 40, 64]));
export const alnumTok = (g: ExampleGen) => g.alnum(g.pick([32, 40, 48]));
export const urlTok = (g: ExampleGen) => g.base64url(g.pick([32, 43, 64]));
/** A generic token, marked. */
export const tok = (k: Kit) => k.tok(k.g.pick([hexTok, alnumTok, urlTok])(k.g));

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const b64url = (s: string) => b64(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
export { b64 };

/** A signed JWT with a real-looking payload (a live token). */
export function jwt(g: ExampleGen): string {
  const head = b64url(JSON.stringify({ alg: g.pick(['HS256', 'RS256']), typ: 'JWT' }));
  const body = b64url(JSON.stringify({ sub: g.uuid(), iss: 'https://auth.example-corp.net/', iat: 1764000000 + Number(g.digits(6)), exp: 1765000000 + Number(g.digits(6)), scope: 'read write' }));
  return `${head}.${body}.${g.base64url(43)}`;
}

/** Provider credentials in their documented shapes. */
export const prov = {
  github: (g: ExampleGen) => g.crc32Token(g.pick(['ghp_', 'gho_', 'ghs_']), 30),
  githubPat: (g: ExampleGen) => `github_pat_${g.alnum(22)}_${g.alnum(59)}`,
  gitlab: (g: ExampleGen) => `glpat-${g.base64url(20).replace(/[-_]/g, 'x')}`,
  npm: (g: ExampleGen) => g.crc32Token('npm_', 30),
  stripe: (g: ExampleGen) => `sk_live_${g.alnum(g.pick([24, 99]))}`,
  stripeWebhook: (g: ExampleGen) => `whsec_${g.alnum(32)}`,
  slackBot: (g: ExampleGen) => `xoxb-${g.digits(12)}-${g.digits(13)}-${g.alnum(24)}`,
  slackWebhook: (g: ExampleGen) => `https://hooks.slack.com/services/T${g.upper(8)}/B${g.upper(10)}/${g.alnum(24)}`,
  awsId: (g: ExampleGen) => `AKIA${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`,
  awsSecret: (g: ExampleGen) => g.base64(40).replace(/=/g, 'q'),
  sendgrid: (g: ExampleGen) => `SG.${g.base64url(22)}.${g.base64url(43)}`,
  openai: (g: ExampleGen) => `sk-proj-${g.base64url(48)}T3BlbkFJ${g.base64url(48)}`,
  anthropic: (g: ExampleGen) => `sk-ant-api03-${g.base64url(93)}AA`,
  twilio: (g: ExampleGen) => `SK${g.hex(32)}`,
  datadog: (g: ExampleGen) => g.hex(32),
  google: (g: ExampleGen) => `AIza${g.base64url(35)}`,
  mailgun: (g: ExampleGen) => `key-${g.hex(32)}`,
  shopify: (g: ExampleGen) => `shpat_${g.hex(32)}`,
  digitalocean: (g: ExampleGen) => `dop_v1_${g.hex(64)}`,
  pypi: (g: ExampleGen) => `pypi-AgEIcHlwaS5vcmc${g.base64url(70)}`,
  doppler: (g: ExampleGen) => `dp.st.${g.pick(['prd', 'dev'])}.${g.alnum(43)}`,
  hf: (g: ExampleGen) => `hf_${g.chars('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ', 34)}`,
};
export type ProvName = keyof typeof prov;
/** A provider credential, marked under its label. */
export const pv = (k: Kit, name: ProvName, label: string) => k.s('provider', prov[name](k.g), label);

/** PEM armour assembled so this source holds no header literal. */
export const armour = (label: string, body: string) => `${'-'.repeat(5)}BEGIN ${label}${'-'.repeat(5)}\n${body}\n${'-'.repeat(5)}END ${label}${'-'.repeat(5)}`;
export const lines64 = (s: string) => s.match(/.{1,64}/g)!.join('\n');
/** A private key block, marked. */
export function privKey(k: Kit, kind: 'rsa' | 'ec' | 'openssh' | 'pkcs8' = 'rsa'): string {
  const g = k.g;
  const v =
    kind === 'rsa'
      ? armour('RSA PRIVATE KEY', lines64(`MIIEpAIBAAKCAQEA${g.base64(1560)}`))
      : kind === 'ec'
        ? armour('EC PRIVATE KEY', lines64(`MHcCAQEEI${g.base64(150)}==`))
        : kind === 'openssh'
          ? armour('OPENSSH PRIVATE KEY', lines64(`b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW${g.base64(330)}`))
          : armour('PRIVATE KEY', lines64(`MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ${g.base64(1560)}`));
  return k.s('private-key', v);
}

// ---- non-secrets ----
export const sha256 = (g: ExampleGen) => g.hex(64);
export const sha1 = (g: ExampleGen) => g.hex(40);
export const md5 = (g: ExampleGen) => g.hex(32);
export const sha512 = (g: ExampleGen) => g.hex(128);
export const integrity = (g: ExampleGen) => `sha512-${g.base64(86)}==`;
export const sriHash = (g: ExampleGen) => g.pick([`sha384-${g.base64(64)}`, `sha256-${g.base64(43)}=`]);
export const h1 = (g: ExampleGen) => `h1:${g.base64(43)}=`;
export const traceId = (g: ExampleGen) => g.hex(32);
export const spanId = (g: ExampleGen) => g.hex(16);
export const ulid = (g: ExampleGen) => `01J${g.chars('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 23)}`;
export const ts = (g: ExampleGen) =>
  `2026-${g.pick(['02', '05', '08', '10'])}-${g.pick(['04', '11', '17', '26'])}T${g.pick(['06', '13', '22'])}:${g.digits(1)}${g.digits(1)}:${g.pick(['0', '3', '4'])}${g.digits(1)}.${g.digits(3)}Z`;
export const ip = (g: ExampleGen) => `10.${Number(g.digits(2)) % 250}.${Number(g.digits(2)) % 250}.${(Number(g.digits(2)) % 250) + 2}`;
export const ver = (g: ExampleGen) => `${Number(g.digits(1))}.${Number(g.digits(2))}.${Number(g.digits(1))}`;
export const sshEd = (g: ExampleGen, who: string) => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.base64(43)} ${who}`;
export const sshRsa = (g: ExampleGen, who: string) => `ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${g.base64(400)} ${who}`;
export const pubPem = (g: ExampleGen) => armour('PUBLIC KEY', lines64(`MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${g.base64(300)}IDAQAB`));
export const certPem = (g: ExampleGen) => armour('CERTIFICATE', lines64(`MIIDazCCAlOgAwIBAgIU${g.base64(800)}`));
export const pngB64 = (g: ExampleGen, n = 200) => `iVBORw0KGgoAAAANSUhEUgAA${g.base64(n)}AAAAAElFTkSuQmCC`;
export const woffB64 = (g: ExampleGen, n = 300) => `d09GMgABAAAAA${g.base64(n)}`;
export const fpSha256 = (g: ExampleGen) => `SHA256:${g.base64(43)}`;
export const gpgFpr = (g: ExampleGen) => g.hex(40).toUpperCase();
export const awsAcct = (g: ExampleGen) => g.digits(12);
export const arnKms = (g: ExampleGen) => `arn:aws:kms:eu-west-1:${awsAcct(g)}:key/${g.uuid()}`;
export const saEmail = (g: ExampleGen, name: string) => `${name}@${g.pick(['acme-prod', 'billing-svc', 'data-eng'])}-${g.digits(6)}.iam.gserviceaccount.com`;
export const azSub = (g: ExampleGen) => `/subscriptions/${g.uuid()}/resourceGroups/rg-${g.pick(['web', 'data', 'shared'])}-prod`;
export const ansibleVault = (g: ExampleGen) => `$ANSIBLE_VAULT;1.1;AES256\n${Array.from({ length: 5 }, () => g.hex(80)).join('\n')}`;
export const sopsEnc = (g: ExampleGen) => `ENC[AES256_GCM,data:${g.base64(g.pick([24, 32, 44]))},iv:${g.base64(43)}=,tag:${g.base64(22)}==,type:str]`;
export const sealed = (g: ExampleGen) => `Ag${g.base64(g.pick([380, 420]))}`;
export const bcryptHash = (g: ExampleGen) => `$2b$12$${g.chars('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 53)}`;
export const argonHash = (g: ExampleGen) => `$argon2id$v=19$m=65536,t=3,p=4$${g.base64(22)}$${g.base64(43)}`;
/** An example JWT as docs print it (payload says "John Doe"-like demo claims). */
export function demoJwt(g: ExampleGen): string {
  const head = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const body = b64url(JSON.stringify({ sub: '1234567890', name: 'Jane Example', admin: true, iat: 1516239022 }));
  return `${head}.${body}.${g.base64url(43)}`;
}
/** A marked negative made by `make`. */
export const neg = (k: Kit, make: (g: ExampleGen) => string) => k.n(make(k.g));
