// Value makers for the rw-dev16 lab part: the passwords scientists, RSEs and HPC admins set (lab names, organisms,
// instruments, group+year, keyboard walks, generated vault passwords), the tokens of research services (Hugging
// Face, W&B, Kaggle, Zenodo, REDCap, NCBI, …) and the look-alikes research files are full of (DOIs, ORCID ids,
// accessions, sequences, dataset checksums, job ids, conda build strings). Everything is drawn from the set's
// seeded generator at run time; no literal secret is committed.
import type { ExampleGen } from '../../../../engine/types';
import type { Marker, SecretCategory } from '../types';
import { ALNUM, cap, docMaker, wrap } from '../kit';

const WORDS = [
  'neuron',
  'protein',
  'genome',
  'plasmid',
  'photon',
  'lattice',
  'cortex',
  'enzyme',
  'quasar',
  'tensor',
  'vector',
  'helix',
  'ribosome',
  'spectra',
  'cryo',
  'pipette',
  'zebrafish',
  'drosophila',
  'mitochondria',
  'kinase',
];
const WORDS_INTL = ['Labor', 'Mikroskop', 'Zelle', 'Laboratoire', 'Cellule', 'Proteina', 'Celula', 'Mikroskopie', 'Kristall', 'Ricerca', 'Pesquisa', 'Forschung', 'Gene', 'Molecule'];
const GROUPS = ['SmithLab', 'MuellerGroup', 'BioInf', 'CryoEM', 'Neuro', 'Genomics', 'HPC', 'Astro', 'Climate', 'Physchem', 'Proteomics', 'Imaging'];
const SEASONS = ['Summer', 'Winter', 'Spring', 'Autumn', 'Sommer', 'Herbst', 'Verano', 'Invierno', 'Printemps', 'Inverno'];
const YEARS = ['2019', '2020', '2021', '2022', '2023', '2024', '2025'];
const SYMBOLS = ['!', '#', '@', '$', '!!', '*', '?', '%', '&', '.'];
const WALKS = ['qwertz', 'qwerty', 'asdfgh', '1qaz2wsx', 'zaq12wsx', 'azerty', 'q1w2e3r4'];

export const V = {
  /** What researchers type: group+year, season+year, organism+digits, leet, keyboard walks. */
  human(g: ExampleGen): string {
    return g.pick([
      () => `${g.pick(GROUPS)}${g.pick(['', '@', '#', '_', '-'])}${g.pick(YEARS)}${g.pick(['', ...SYMBOLS])}`,
      () => `${g.pick(SEASONS)}${g.pick(YEARS)}${g.pick(SYMBOLS)}`,
      () => `${g.pick(WORDS_INTL)}${g.digits(g.pick([2, 3, 4]))}${g.pick(SYMBOLS)}`,
      () => `${cap(g.pick(WORDS))}${g.pick(['#', '!', '.', '_', '-'])}${g.digits(g.pick([2, 4]))}`,
      () => `${g.pick(WALKS)}${g.digits(g.pick([2, 3, 4]))}${g.pick(['', '!', '#'])}`,
      () => `${g.pick(WORDS).replace(/a/g, '4').replace(/e/g, '3').replace(/o/g, '0')}${g.pick(SYMBOLS)}${g.digits(3)}`,
    ])();
  },
  /** 3-5 words: key passphrases, shared-drive passphrases. */
  phrase(g: ExampleGen): string {
    const n = g.pick([3, 4, 4, 5]);
    const sep = g.pick(['-', ' ', '.', '_']);
    const words = Array.from({ length: n }, () => g.pick([...WORDS, ...WORDS_INTL.map((w) => w.toLowerCase())]));
    return g.pick([words.join(sep), words.join(sep) + g.digits(2), cap(words.join(sep)) + g.pick(SYMBOLS)]);
  },
  /** Vault/KeePass/pwgen/openssl rand output. */
  generated(g: ExampleGen): string {
    return g.pick([
      () => g.chars('abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#%^*-_+=', g.pick([14, 16, 20, 24])),
      () => g.alnum(g.pick([12, 16, 20, 28])),
      () => `${g.alnum(5)}-${g.alnum(5)}-${g.alnum(5)}`,
      () => g.base64(g.pick([18, 24, 32])).replace(/[=+/]/g, 'q'),
    ])();
  },
  anyPw(g: ExampleGen): string {
    return g.pick([V.human, V.human, V.generated, V.generated, V.phrase])(g);
  },
  /** No characters shells, URLs or INI parsers choke on. */
  safePw(g: ExampleGen): string {
    return g
      .pick([V.human, V.generated])(g)
      .replace(/[?@:/#%;&=+ '"$\\!*`]/g, '');
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
  openssh(g: ExampleGen): string {
    const body = `b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW${g.base64(330)}`;
    return `-----BEGIN OPENSSH PRIVATE KEY-----\n${wrap(body, 70)}\n-----END OPENSSH PRIVATE KEY-----`;
  },
  sshPub: (g: ExampleGen, who: string) => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.base64(43)} ${who}`,
  /** Munge key as `mungekey`/`dd if=/dev/urandom bs=1 count=1024 | base64` prints it (shortened). */
  mungeB64: (g: ExampleGen) => wrap(g.base64(g.pick([172, 344])), 76),
  /** Jupyter server token: 48 hex. */
  jupyter: (g: ExampleGen) => g.hex(48),
  // Research providers, shapes from their public docs.
  hf: (g: ExampleGen) => `hf_${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 34)}`,
  wandb: (g: ExampleGen) => g.hex(40),
  kaggle: (g: ExampleGen) => g.hex(32),
  comet: (g: ExampleGen) => g.alnum(25),
  neptune: (g: ExampleGen) => `eyJhcGlfYWRkcmVzcyI6Imh0dHBzOi8vYXBwLm5lcHR1bmUuYWkiLCJhcGlfdXJsIjoiaHR0cHM6Ly9hcHAubmVwdHVuZS5haSIsImFwaV9rZXkiOiI${g.base64(56).replace(/[=]/g, 'A')}In0=`,
  zenodo: (g: ExampleGen) => g.alnum(60),
  figshare: (g: ExampleGen) => g.hex(128),
  osf: (g: ExampleGen) => g.alnum(70),
  ncbi: (g: ExampleGen) => g.hex(36),
  redcap: (g: ExampleGen) => g.hex(32).toUpperCase(),
  cdsKey: (g: ExampleGen) => g.uuid(),
  mapboxSecret: (g: ExampleGen) => `sk.eyJ1Ijoi${g.base64url(20)}iLCJhIjoi${g.base64url(22)}In0.${g.base64url(22)}`,
  mapboxPublic: (g: ExampleGen) => `pk.eyJ1Ijoi${g.base64url(20)}iLCJhIjoi${g.base64url(22)}In0.${g.base64url(22)}`,
  githubPat: (g: ExampleGen) => g.crc32Token('ghp_', 30),
  githubFine: (g: ExampleGen) => `github_pat_11${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 20)}_${g.alnum(59)}`,
  gitlabPat: (g: ExampleGen) => `glpat-${g.chars(ALNUM + '_-', 20)}`,
  awsId: (g: ExampleGen) => `AKIA${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`,
  awsSecret: (g: ExampleGen) => g.base64(40).replace(/[=+/]/g, 'w'),
  /** MinIO/Ceph RGW/s3cmd access keys: 20 upper alnum, secret 40. */
  s3Access: (g: ExampleGen) => g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 20),
  s3Secret: (g: ExampleGen) => g.chars(ALNUM, 40),
  openai: (g: ExampleGen) => `sk-proj-${g.chars(ALNUM + '_-', 74)}T3BlbkFJ${g.chars(ALNUM + '_-', 74)}`,
  anthropic: (g: ExampleGen) => `sk-ant-api03-${g.chars(ALNUM + '_-', 93)}AA`,
  slackHook: (g: ExampleGen) => `https://hooks.slack.com/services/T${g.upper(8)}/B${g.upper(10)}/${g.alnum(24)}`,
  grafanaSa: (g: ExampleGen) => `glsa_${g.alnum(32)}_${g.hex(8)}`,
  benchling: (g: ExampleGen) => `sk_${g.alnum(30)}`,
  towerToken: (g: ExampleGen) => `eyJ0aWQiOiA${g.base64(8).replace(/[=+/]/g, 'x')}fQ==.${g.hex(40)}`,
  globusSecret: (g: ExampleGen) => g.base64(44).replace(/=+$/, '='),
  pypiToken: (g: ExampleGen) => `pypi-AgEIcHlwaS5vcmc${g.base64url(140)}`,
  anacondaToken: (g: ExampleGen) => `${g.lower(2)}-${g.hex(8)}-${g.hex(4)}-${g.hex(4)}-${g.hex(4)}-${g.hex(12)}`,
  // Look-alikes research files are full of (negatives).
  doi: (g: ExampleGen) => `10.${g.digits(4)}/${g.pick(['s41586-0', 'nature', 'j.cell.', 'zenodo.', 'elife.'])}${g.digits(g.pick([5, 7]))}`,
  orcid: (g: ExampleGen) => `0000-000${g.digits(1)}-${g.digits(4)}-${g.digits(3)}${g.pick(['X', '1', '5', '7'])}`,
  genbank: (g: ExampleGen) => `${g.pick(['NM_', 'NC_', 'XM_', 'MN'])}${g.digits(6)}.${g.digits(1)}`,
  uniprot: (g: ExampleGen) => `${g.pick(['P', 'Q', 'O'])}${g.digits(1)}${g.upper(1)}${g.alnum(2).toUpperCase()}${g.digits(1)}`,
  sra: (g: ExampleGen) => `${g.pick(['SRR', 'ERR', 'DRR'])}${g.digits(8)}`,
  bioproject: (g: ExampleGen) => `PRJNA${g.digits(6)}`,
  seq: (g: ExampleGen, n: number) => g.chars('ACGT', n),
  protein: (g: ExampleGen, n: number) => g.chars('ACDEFGHIKLMNPQRSTVWY', n),
  sha256: (g: ExampleGen) => g.hex(64),
  sha1: (g: ExampleGen) => g.hex(40),
  md5: (g: ExampleGen) => g.hex(32),
  condaBuild: (g: ExampleGen) => `${g.pick(['py311', 'py310', 'h', 'pyhd8ed1ab'])}${g.hex(7)}_${g.digits(1)}`,
  jobId: (g: ExampleGen) => g.digits(g.pick([7, 8])),
  seed: (g: ExampleGen) => g.digits(g.pick([4, 8, 10])),
  bcrypt: (g: ExampleGen) => `$2y$10$${g.chars('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 53)}`,
  /** Jupyter's `passwd()` output: argon2 hash, a negative. */
  jupyterHash: (g: ExampleGen) => `argon2:$argon2id$v=19$m=10240,t=10,p=8$${g.base64(22).replace(/=+$/, '')}$${g.base64(43).replace(/=+$/, '')}`,
  mask: (v: string) => `${v.slice(0, 3)}${'*'.repeat(8)}${v.slice(-2)}`,
  ipv4: (g: ExampleGen, prefix = '10') => `${prefix}.${1 + (Number(g.digits(2)) % 250)}.${1 + (Number(g.digits(2)) % 250)}.${1 + (Number(g.digits(2)) % 250)}`,
};

export const PLACEHOLDERS = [
  '<password>',
  'CHANGE_ME',
  'changeme',
  'xxxxxxxx',
  '********',
  '<secret>',
  'REPLACE_ME',
  'YOUR_API_KEY',
  '<your-token>',
  'your-password',
  '[REDACTED]',
  '***',
  '<api_key>',
  'XXXXXXXXXXXX',
];

/** Per-document kit: shorthands that mark what they write. */
export interface LK {
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
  key(v: string): string;
  n(v: string): string;
  ph(): string;
  u(v: string): string;
}

export function lk(g: ExampleGen, m: Marker): LK {
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

export const labDoc = docMaker(lk);
