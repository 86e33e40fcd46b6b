// Value makers for the rw-dev24 web3 part: what smart-contract developers, node operators, traders and bot writers
// set and paste (deployer private keys, recovery phrases, RPC and explorer keys, exchange API keys and secrets,
// keystore passwords, bot tokens) and the look-alikes their files are full of (addresses, transaction and block
// hashes, signatures, CIDs, xpubs, selectors, project ids). Everything is drawn from the set's seeded generator at
// run time; no literal secret is committed. The only literals are documented dev accounts (Hardhat/Anvil), which
// are negatives by policy.
import { createHash } from 'crypto';
import type { ExampleGen } from '../../../../engine/types';
import type { Marker, SecretCategory } from '../types';
import { ALNUM, cap, docMaker, num, UPNUM, wrap } from '../kit';

/** A quarter of the BIP-39 English word list (public data): recovery phrases are drawn from it. */
const BIP39 = [
  'ability absent abuse accuse acquire actor add admit aerobic again ahead aisle alert allow already',
  'amateur amused anger ankle answer any apple arctic arm around arrow artwork asset athlete attitude',
  'august autumn awake awful bachelor balance banana bargain basket beauty before believe benefit',
  'between bike birth blame bless blouse board bomb boost boss boy brass brick bring bronze brush',
  'buffalo bullet burger busy cabbage cage camera cancel canvas captain cargo case casual category',
  'caution cement certain change chase cheese chicken choice chunk circle claim clay click clinic',
  'close club coach coffee color comfort concert connect cook coral cost couple coyote cram crawl',
  'creek crisp crouch cruise cry cup curtain cute damp dash deal december decrease defy demand deny',
  'depth desert destroy device diamond diet dilemma dirt dish distance dizzy doll donkey double drama',
  'dress drip dry during dwarf early east economy effort elbow element else emerge empty endless',
  'enforce enjoy enroll entry equip erosion essay ethics evolve exchange execute exile expand expose',
  'eye faculty fall famous farm father feature feed festival fiber file find fire fish flag flavor',
  'float fluid focus follow forest forum found frequent frog frozen funny gadget game garden gasp gaze',
  'gentle giant giraffe glance glimpse glove goddess gorilla gown grant great grit grunt guilt habit',
  'hamster hard have health height hen hill history hole honey horror hotel huge hundred hurry ice',
  'idle illness immune impulse increase industry inhale injury input inside interest involve issue',
  'jaguar jeans join judge junior keen kick kingdom kite knife label lake large laundry lawsuit leaf',
  'left leisure lens level license like lion live lobster lonely loud lucky lunch mad mail mammal',
  'mango marble market master matrix meadow mechanic melt menu merry method million minor misery mixed',
  'modify monkey moral mother mouse muffin museum mutual naive nasty neck neither net news noble',
  'normal note now nut oblige obvious odor often olive one open option order original outdoor oval',
  'owner pact palace panic parent pass patrol payment peasant pencil permit photo picnic pigeon',
  'pioneer pizza plate pluck poet police popular post powder predict pretty primary private produce',
  'promote protect pudding pumpkin purchase push quality quick rabbit radar raise random rate razor',
  'rebel recipe reflect regret release remember renew repeat rescue response return reward rice rifle',
  'riot rival robot roof rotate royal rule sad sail salt sand sausage scan scheme scorpion script',
  'season section segment senior service seven share shield shiver shop shrimp sibling sight silly',
  'since situate sketch skirt sleep slight slow smile snake soap soda solid song soul south spawn',
  'spell spider split sport spring squirrel stage start steel stick stomach stove strong stumble',
  'subway suffer summer super surface survey swamp sweet switch syrup tag tank taste team tennis text',
  'then thing thrive ticket timber tired tobacco together tomorrow tool topple toss tower trade',
  'transfer tray trial trim truck trust tuition turkey twenty two umbrella uncover unfold unit until',
  'upgrade upset use usual vague van vast vendor verify veteran victory vintage visa vivid volcano',
  'wage wall warm waste wealth weather weird whale when wide will wing wire witness wood world wreck',
  'wrong you zero',
]
  .join(' ')
  .split(' ');

const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const B32 = 'abcdefghijklmnopqrstuvwxyz234567';
const BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';

const WORDS = ['moon', 'hodl', 'degen', 'wagmi', 'gwei', 'lambo', 'satoshi', 'vitalik', 'ether', 'bullrun', 'mint', 'whale', 'staking', 'validator', 'ledger', 'solana', 'rekt', 'pepe', 'diamond', 'rocket'];
const WORDS_INTL = ['Kripto', 'Cartera', 'Carteira', 'Boerse', 'Schluessel', 'Monedero', 'Birja', 'Koshelek', 'Cuzdan', 'Vidientu', 'Tien', 'Jiaoyi', 'Qianbao', 'Jigab', 'Kasso', 'Tokenu'];
const NAMES = ['satoshi', 'nakamoto', 'alice', 'bob', 'carlos', 'minh', 'yuki', 'jisoo', 'dmitri', 'elif', 'lukas', 'joao', 'wei', 'ana', 'mehmet', 'hana'];
const YEARS = ['2017', '2020', '2021', '2022', '2023', '2024', '2025', '2026'];
const SYMBOLS = ['!', '#', '@', '$', '!!', '*', '?', '&', '.'];
const WALKS = ['qwerty', '1qaz2wsx', 'q1w2e3r4', 'asdfgh', 'zaq12wsx', 'qazwsx', '1q2w3e4r'];

const hexSeq = (g: ExampleGen, n: number) => g.hex(n);
const mixCase = (g: ExampleGen, h: string) => [...h].map((c) => (/[a-f]/.test(c) && g.pick([true, false]) ? c.toUpperCase() : c)).join('');

export const W = {
  human(g: ExampleGen): string {
    return g.pick([
      () => `${cap(g.pick(WORDS))}${g.pick(['', '@', '#', '_', '-'])}${g.pick(YEARS)}${g.pick(['', ...SYMBOLS])}`,
      () => `${cap(g.pick(NAMES))}${g.digits(g.pick([2, 4]))}${g.pick(SYMBOLS)}`,
      () => `${g.pick(WORDS_INTL)}${g.digits(g.pick([2, 3, 4]))}${g.pick(SYMBOLS)}`,
      () => `${g.pick(WALKS)}${g.digits(g.pick([2, 3]))}${g.pick(['', '!', '#'])}`,
      () => `${g.pick(WORDS).replace(/a/g, '4').replace(/e/g, '3').replace(/o/g, '0')}${g.pick(SYMBOLS)}${g.digits(3)}`,
      () => `${cap(g.pick(WORDS))}${cap(g.pick(WORDS))}${g.digits(2)}${g.pick(SYMBOLS)}`,
    ])();
  },
  phrase(g: ExampleGen): string {
    const n = g.pick([3, 4, 5]);
    const sep = g.pick(['-', ' ', '.', '_']);
    const words = Array.from({ length: n }, () => g.pick([...WORDS, ...NAMES]));
    return g.pick([words.join(sep) + g.digits(2), cap(words.join(sep)) + g.pick(SYMBOLS) + g.digits(1)]);
  },
  generated(g: ExampleGen): string {
    return g.pick([
      () => g.chars('abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#%^*-_+=', g.pick([14, 16, 20, 24])),
      () => g.alnum(g.pick([12, 16, 20, 28])),
      () => `${g.alnum(6)}-${g.alnum(6)}-${g.alnum(6)}`,
      () => g.base64(g.pick([18, 24, 32])).replace(/[=+/]/g, 'x'),
    ])();
  },
  anyPw(g: ExampleGen): string {
    return g.pick([W.human, W.human, W.generated, W.generated, W.phrase])(g);
  },
  /** No characters shells, URLs, JSON, TOML or INI choke on. */
  safePw(g: ExampleGen): string {
    return g
      .pick([W.human, W.generated])(g)
      .replace(/[?@:/#%;&=+ '"$\\!*`<>^(),.|{}[\]]/g, '');
  },
  token(g: ExampleGen): string {
    return g.pick([() => g.hex(g.pick([32, 40, 64])), () => g.alnum(g.pick([24, 32, 40])), () => g.base64(g.pick([32, 44])), () => g.base64url(g.pick([32, 43]))])();
  },
  // Keys of the chain itself.
  /** A secp256k1 private key as people paste it: 64 hex, with or without 0x. */
  ethKey: (g: ExampleGen, prefix = true) => `${prefix ? '0x' : ''}${hexSeq(g, 64)}`,
  /**
   * A BIP-39 phrase with a valid checksum, as wallets make them. The kept words are every fourth of the full list
   * (word j here is word 4j+1 there), so the last word is redrawn until its index falls in the kept quarter.
   */
  mnemonic(g: ExampleGen, n: 12 | 15 | 18 | 24 = 12): string {
    const csBits = n / 3;
    // A 24-word phrase has only 8 possible last words for a given head, so a head may have none in the kept quarter.
    for (;;) {
      const head = Array.from({ length: n - 1 }, () => num(g, 0, BIP39.length - 1));
      const headBits = head.map((j) => (4 * j + 1).toString(2).padStart(11, '0')).join('');
      for (let tries = 0; tries < 8; tries++) {
        const tail = g.chars('01', 11 - csBits);
        const bytes = Buffer.from((headBits + tail).match(/.{8}/g)!.map((b) => parseInt(b, 2)));
        const digest = createHash('sha256').update(bytes).digest();
        const cs = [...digest]
          .map((b) => b.toString(2).padStart(8, '0'))
          .join('')
          .slice(0, csBits);
        const last = parseInt(tail + cs, 2);
        if (last % 4 === 1) return [...head.map((j) => BIP39[j]!), BIP39[(last - 1) / 4]!].join(' ');
      }
    }
  },
  /** A Solana CLI keypair file: 64 bytes as a JSON array (secret half then public half). */
  solanaKeypair: (g: ExampleGen) => `[${Array.from({ length: 64 }, () => num(g, 0, 255)).join(',')}]`,
  /** A base58 secret key as Phantom exports it (64 bytes, about 88 characters). */
  solanaB58Secret: (g: ExampleGen) => g.chars(B58, 88),
  /** A Tendermint ed25519 private key (64 bytes) in base64. */
  cosmosPriv: (g: ExampleGen) => `${g.base64(86)}==`,
  xprv: (g: ExampleGen) => `xprv9s21ZrQH143K${g.chars(B58, 95)}`,
  wif: (g: ExampleGen) => `${g.pick(['K', 'L'])}${g.chars(B58, 51)}`,
  // Providers of this world, shapes from their public documentation.
  infuraId: (g: ExampleGen) => g.hex(32),
  infuraSecret: (g: ExampleGen) => g.hex(32),
  alchemyKey: (g: ExampleGen) => g.chars(ALNUM + '_-', 32),
  quicknodeToken: (g: ExampleGen) => g.hex(40),
  ankrKey: (g: ExampleGen) => g.hex(64),
  explorerKey: (g: ExampleGen) => g.chars(UPNUM, 34),
  moralisKey: (g: ExampleGen) => `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJub25jZSI6Ij${g.base64url(g.pick([150, 170]))}.${g.base64url(43)}`,
  pinataJwt: (g: ExampleGen) => `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ1c2VySW5mb3JtYXRpb24iOnsiaWQiOi${g.base64url(g.pick([380, 420]))}.${g.base64url(43)}`,
  pinataKey: (g: ExampleGen) => g.hex(20),
  pinataSecret: (g: ExampleGen) => g.hex(64),
  covalentKey: (g: ExampleGen) => `cqt_${g.chars(ALNUM, 26)}`,
  graphKey: (g: ExampleGen) => g.hex(32),
  binanceKey: (g: ExampleGen) => g.alnum(64),
  binanceSecret: (g: ExampleGen) => g.alnum(64),
  krakenKey: (g: ExampleGen) => g.base64(56),
  krakenSecret: (g: ExampleGen) => `${g.base64(86)}==`,
  okxSecret: (g: ExampleGen) => g.hex(32).toUpperCase(),
  bybitKey: (g: ExampleGen) => g.alnum(18),
  bybitSecret: (g: ExampleGen) => g.alnum(36),
  kucoinKey: (g: ExampleGen) => g.hex(24),
  bitfinex: (g: ExampleGen) => g.alnum(43),
  cbKeyName: (g: ExampleGen) => `organizations/${g.uuid()}/apiKeys/${g.uuid()}`,
  telegramBot: (g: ExampleGen) => `${num(g, 5, 7)}${g.digits(9)}:AA${g.chars(ALNUM + '_-', 33)}`,
  discordBot: (g: ExampleGen) =>
    `${Buffer.from(`1${g.digits(18)}`)
      .toString('base64')
      .replace(/=+$/, '')}.${g.base64url(6)}.${g.base64url(38)}`,
  discordHook: (g: ExampleGen) => `https://discord.com/api/webhooks/1${g.digits(18)}/${g.base64url(68)}`,
  coingecko: (g: ExampleGen) => `CG-${g.alnum(25)}`,
  cmcKey: (g: ExampleGen) => g.uuid(),
  duneKey: (g: ExampleGen) => g.alnum(32),
  tenderly: (g: ExampleGen) => g.alnum(32),
  githubPat: (g: ExampleGen) => g.crc32Token('ghp_', 30),
  // Look-alikes (negatives).
  address: (g: ExampleGen) => `0x${mixCase(g, g.hex(40))}`,
  txHash: (g: ExampleGen) => `0x${g.hex(64)}`,
  sig: (g: ExampleGen) => `0x${g.hex(128)}${g.pick(['1b', '1c'])}`,
  selector: (g: ExampleGen) => `0x${g.hex(8)}`,
  solAddr: (g: ExampleGen) => g.chars(B58, g.pick([43, 44])),
  solSig: (g: ExampleGen) => g.chars(B58, 88),
  btcAddr: (g: ExampleGen) => `bc1q${g.chars(BECH, 38)}`,
  xpub: (g: ExampleGen) => `xpub661MyMwAqRbc${g.chars(B58, 95)}`,
  cidV0: (g: ExampleGen) => `Qm${g.chars(B58, 44)}`,
  cidV1: (g: ExampleGen) => `bafybei${g.chars(B32, 52)}`,
  wcProjectId: (g: ExampleGen) => g.hex(32),
  cosmosPub: (g: ExampleGen) => `${g.base64(43)}=`,
  cosmosAddr: (g: ExampleGen, hrp = 'cosmos') => `${hrp}1${g.chars(BECH, 38)}`,
  cosmosValoper: (g: ExampleGen) => `cosmosvaloper1${g.chars(BECH, 38)}`,
  blsPub: (g: ExampleGen) => `0x${g.hex(96)}`,
  rpcauth: (g: ExampleGen, user: string) => `${user}:${g.hex(32)}$${g.hex(64)}`,
  sha256: (g: ExampleGen) => g.hex(64),
  sha1: (g: ExampleGen) => g.hex(40),
  md5: (g: ExampleGen) => g.hex(32),
  bytecode: (g: ExampleGen) => `0x608060405234801561001057600080fd5b50${g.hex(g.pick([180, 240, 300]))}`,
  mask: (v: string) => `${v.slice(0, 4)}…${v.slice(-4)}`,
  ipv4: (g: ExampleGen, prefix = '10') => [prefix, ...Array.from({ length: 4 - prefix.split('.').length }, () => String(num(g, 1, 250)))].join('.'),
  uuid: (g: ExampleGen) => g.uuid(),
  orderId: (g: ExampleGen) => g.digits(g.pick([10, 12, 19])),
  ticket: (g: ExampleGen) => `${g.pick(['SUP-', 'WAL-', 'OPS-', 'INC-'])}${g.digits(5)}`,
  blockNo: (g: ExampleGen) => String(num(g, 1800, 2199)) + g.digits(4),
  b64(s: string): string {
    return Buffer.from(s).toString('base64');
  },
  pem(g: ExampleGen, kind: 'EC PRIVATE KEY' | 'PRIVATE KEY' | 'RSA PRIVATE KEY' | 'OPENSSH PRIVATE KEY'): string {
    // Real DER bodies open with a fixed ASN.1 header, so the generated ones do too.
    const head: Record<typeof kind, string> = {
      'RSA PRIVATE KEY': 'MIIEowIBAAKCAQEA',
      'PRIVATE KEY': 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ',
      'EC PRIVATE KEY': 'MHcCAQEEI',
      'OPENSSH PRIVATE KEY': 'b3BlbnNzaC1rZXktdjEAAAAA',
    };
    const body = head[kind] + g.base64(kind === 'OPENSSH PRIVATE KEY' ? 380 : kind === 'EC PRIVATE KEY' ? 160 : 640);
    return `-----BEGIN ${kind}-----\n${wrap(body, kind === 'OPENSSH PRIVATE KEY' ? 70 : 64)}\n-----END ${kind}-----`;
  },
  jwt(g: ExampleGen): string {
    return `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ${g.base64url(g.pick([80, 120]))}.${g.base64url(43)}`;
  },
  num,
};

/** Documented dev accounts and test vectors: public on purpose, negatives by policy. */
export const DEV = {
  hardhatMnemonic: 'test test test test test test test test test test test junk',
  abandonVector: 'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about',
  hardhatKey0: '0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80',
  hardhatAddr0: '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266',
  hardhatKey1: '0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d',
  hardhatAddr1: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8',
};

export const PLACEHOLDERS = [
  'YOUR_PRIVATE_KEY',
  '<your-private-key>',
  'YOUR_API_KEY',
  '<api-key>',
  'CHANGE_ME',
  'changeme',
  '0xYOUR_PRIVATE_KEY',
  'xxxxxxxxxxxxxxxx',
  '********',
  '<secret>',
  'REPLACE_ME',
  '<your-infura-project-id>',
  'your-mnemonic-here',
  '[REDACTED]',
  '<passphrase>',
  '<Passwort>',
  '<contraseña>',
];

/** Per-document kit: shorthands that mark what they write. */
export interface WK {
  g: ExampleGen;
  m: Marker;
  s(c: SecretCategory, v: string, label?: string): string;
  pw(): string;
  hpw(): string;
  gpw(): string;
  spw(): string;
  phrase(): string;
  tok(): string;
  hex(n: number): string;
  prov(label: string, v: string): string;
  cs(): string;
  http(v: string): string;
  basic(user: string): string;
  bearer(): string;
  key(v: string, label?: string): string;
  pk(prefix?: boolean): string;
  seed(n?: 12 | 15 | 18 | 24): string;
  n(v: string): string;
  ph(): string;
  u(v: string): string;
  addr(): string;
  tx(): string;
}

export function wk(g: ExampleGen, m: Marker): WK {
  return {
    g,
    m,
    s: (c, v, l) => m.secret(c, v, l),
    pw: () => m.secret('password', W.anyPw(g)),
    hpw: () => m.secret('password', W.human(g)),
    gpw: () => m.secret('password', W.generated(g)),
    spw: () => m.secret('password', W.safePw(g)),
    phrase: () => m.secret('password', W.phrase(g)),
    tok: () => m.secret('token', W.token(g)),
    hex: (n) => m.secret('token', g.hex(n)),
    prov: (label, v) => m.secret('provider', v, label),
    cs: () => m.secret('connection-string', W.safePw(g)),
    http: (v) => m.secret('http-auth', v),
    basic: (user) => m.secret('http-auth', W.b64(`${user}:${W.safePw(g)}`)),
    bearer: () => m.secret('http-auth', W.jwt(g)),
    key: (v, l) => m.secret('private-key', v, l),
    pk: (prefix = true) => m.secret('private-key', W.ethKey(g, prefix), 'ethereum private key'),
    seed: (n = 12) => m.secret('private-key', W.mnemonic(g, n), 'bip39 mnemonic'),
    n: (v) => m.negative(v),
    ph: () => m.negative(g.pick(PLACEHOLDERS)),
    u: (v) => m.unscored(v),
    addr: () => m.negative(W.address(g)),
    tx: () => m.negative(W.txHash(g)),
  };
}

export const wDoc = docMaker(wk);
