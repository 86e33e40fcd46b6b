// Value makers for the rw-dev25 datasci part: the passwords data scientists, analysts and ML engineers set (datasets,
// libraries, pets, cities, years in many languages, generated vault passwords), the keys of their world (OpenAI,
// Anthropic, Hugging Face, W&B, Kaggle, Databricks, Replicate, Pinecone, Tableau, Looker, Azure storage, service-account
// keys) and the look-alikes notebooks are full of (run ids, git SHAs, checksums, cell ids, base64 PNGs, Jupyter password
// hashes, S3 paths, seeds, masked outputs). Everything is drawn from the set's seeded generator at run time; no literal
// secret is committed.
import type { ExampleGen } from '../../../../engine/types';
import type { Marker, SecretCategory } from '../types';
import { ALNUM, cap, docMaker, LOWNUM, num, wrap } from '../kit';

const WORDS = [
  'pandas',
  'numpy',
  'tensor',
  'jupyter',
  'kaggle',
  'sklearn',
  'pytorch',
  'spark',
  'cluster',
  'gradient',
  'neural',
  'dataset',
  'notebook',
  'python',
  'lakehouse',
  'warehouse',
  'forecast',
  'regression',
  'bayes',
  'markov',
];
const WORDS_INTL = ['Datos', 'Modelo', 'Daten', 'Donnees', 'Dados', 'Previsao', 'Prognose', 'Modello', 'Dannye', 'Shuju', 'Moderu', 'Analisis', 'Statistik', 'Tesis', 'Dissertacao', 'Laporan'];
const PLACES = ['Berlin', 'Lisboa', 'Bangalore', 'Seoul', 'Jakarta', 'Toulouse', 'Milano', 'Recife', 'Osaka', 'Shenzhen', 'Kazan', 'Bogota', 'Pune', 'Leipzig', 'Medellin', 'Bandung'];
const PETS = ['Biscuit', 'Luna', 'Mochi', 'Pixel', 'Tofu', 'Simba', 'Nala', 'Pepper', 'Kimchi', 'Bolacha', 'Choco', 'Loki'];
const SEASONS = ['Summer', 'Winter', 'Autumn', 'Sommer', 'Verano', 'Inverno', 'Primavera', 'Herbst', 'Ete', 'Hiver'];
const YEARS = ['2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026'];
const SYMBOLS = ['!', '#', '@', '$', '!!', '*', '?', '&', '.'];
const WALKS = ['qwerty', 'qwertz', 'azerty', '1qaz2wsx', 'q1w2e3r4', 'asdfgh', 'zaq12wsx', 'qazwsx'];

export const D = {
  /** What analysts, students and researchers type: a library, a pet, a city, a thesis, plus a year and a symbol. */
  human(g: ExampleGen): string {
    return g.pick([
      () => `${cap(g.pick(WORDS))}${g.pick(['', '@', '#', '_', '-'])}${g.pick(YEARS)}${g.pick(['', ...SYMBOLS])}`,
      () => `${g.pick(SEASONS)}${g.pick(YEARS)}${g.pick(SYMBOLS)}`,
      () => `${g.pick(WORDS_INTL)}${g.digits(g.pick([2, 3, 4]))}${g.pick(SYMBOLS)}`,
      () => `${g.pick(PETS)}${g.pick(['', '_', '#', '@'])}${g.digits(g.pick([2, 4]))}${g.pick(['', '!', '$'])}`,
      () => `${g.pick(PLACES)}${g.pick(['#', '!', '.', '_', '-', ''])}${g.digits(g.pick([2, 4]))}`,
      () => `${g.pick(WALKS)}${g.digits(g.pick([2, 3, 4]))}${g.pick(['', '!', '#'])}`,
      () => `${g.pick(WORDS).replace(/a/g, '4').replace(/e/g, '3').replace(/o/g, '0')}${g.pick(SYMBOLS)}${g.digits(3)}`,
    ])();
  },
  phrase(g: ExampleGen): string {
    const n = g.pick([3, 4, 4, 5]);
    const sep = g.pick(['-', ' ', '.', '_']);
    const words = Array.from({ length: n }, () => g.pick([...WORDS, ...PETS.map((w) => w.toLowerCase()), ...PLACES.map((w) => w.toLowerCase())]));
    return g.pick([words.join(sep) + g.digits(2), cap(words.join(sep)) + g.pick(SYMBOLS) + g.digits(1)]);
  },
  generated(g: ExampleGen): string {
    return g.pick([
      () => g.chars('abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#%^*-_+=', g.pick([14, 16, 20, 24])),
      () => g.alnum(g.pick([12, 16, 20, 28])),
      () => `${g.alnum(6)}-${g.alnum(6)}-${g.alnum(6)}`,
      () => g.base64(g.pick([18, 24, 32])).replace(/[=+/]/g, 'q'),
    ])();
  },
  anyPw(g: ExampleGen): string {
    return g.pick([D.human, D.human, D.generated, D.generated, D.phrase])(g);
  },
  /** No characters shells, URLs, JSON, XML or INI choke on. */
  safePw(g: ExampleGen): string {
    const v = g
      .pick([D.human, D.generated])(g)
      .replace(/[?@:/#%;&=+ '"$\\!*`<>^(),.|{}[\]]/g, '');
    return v.length >= 8 ? v : v + g.alnum(6);
  },
  token(g: ExampleGen): string {
    return g.pick([() => g.hex(g.pick([32, 40, 64])), () => g.alnum(g.pick([24, 32, 40])), () => g.base64(g.pick([32, 44])), () => g.base64url(g.pick([32, 43]))])();
  },
  b64(s: string): string {
    return Buffer.from(s).toString('base64');
  },
  pem(g: ExampleGen, kind: 'RSA PRIVATE KEY' | 'PRIVATE KEY' | 'EC PRIVATE KEY' | 'OPENSSH PRIVATE KEY' | 'ENCRYPTED PRIVATE KEY'): string {
    // Real DER bodies open with a fixed ASN.1 header, so the generated ones do too.
    const head: Record<typeof kind, string> = {
      'RSA PRIVATE KEY': 'MIIEowIBAAKCAQEA',
      'PRIVATE KEY': 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ',
      'EC PRIVATE KEY': 'MHcCAQEEI',
      'OPENSSH PRIVATE KEY': 'b3BlbnNzaC1rZXktdjEAAAAA',
      'ENCRYPTED PRIVATE KEY': 'MIIFHzBJBgkqhkiG9w0BBQ0wPDAbBgkqhkiG9w0BBQwwDgQI',
    };
    const body = head[kind] + g.base64(kind === 'OPENSSH PRIVATE KEY' ? 380 : kind === 'EC PRIVATE KEY' ? 160 : 640);
    return `-----BEGIN ${kind}-----\n${wrap(body, kind === 'OPENSSH PRIVATE KEY' ? 70 : 64)}\n-----END ${kind}-----`;
  },
  /** A PEM key as a service-account JSON holds it: one line, newlines written as `\n`. */
  pemJson(g: ExampleGen): string {
    return D.pem(g, 'PRIVATE KEY').replace(/\n/g, '\\n') + '\\n';
  },
  pubPem(g: ExampleGen): string {
    return `-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${wrap(g.base64(320), 64)}\n-----END PUBLIC KEY-----`;
  },
  jwt(g: ExampleGen): string {
    return `eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJ${g.base64url(g.pick([120, 180, 240]))}.${g.base64url(342)}`;
  },
  jwtHs(g: ExampleGen): string {
    return `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ${g.base64url(g.pick([80, 120]))}.${g.base64url(43)}`;
  },
  // Providers of this world, shapes from the providers' public docs.
  openai: (g: ExampleGen) =>
    g.pick([
      () => `sk-proj-${g.chars(ALNUM + '_-', 64)}T3BlbkFJ${g.chars(ALNUM + '_-', 64)}`,
      () => `sk-${g.alnum(20)}T3BlbkFJ${g.alnum(20)}`,
      () => `sk-svcacct-${g.chars(ALNUM + '_-', 64)}T3BlbkFJ${g.chars(ALNUM + '_-', 64)}`,
    ])(),
  anthropic: (g: ExampleGen) => `sk-ant-api03-${g.chars(ALNUM + '_-', 93)}AA`,
  hf: (g: ExampleGen) => `hf_${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 34)}`,
  wandb: (g: ExampleGen) => g.hex(40),
  kaggle: (g: ExampleGen) => g.hex(32),
  databricks: (g: ExampleGen) => `dapi${g.hex(32)}${g.pick(['', '-2', '-3'])}`,
  replicate: (g: ExampleGen) => `r8_${g.alnum(37)}`,
  cohere: (g: ExampleGen) => g.alnum(40),
  pinecone: (g: ExampleGen) => `pcsk_${g.alnum(5)}_${g.alnum(63)}`,
  groq: (g: ExampleGen) => `gsk_${g.alnum(52)}`,
  langsmith: (g: ExampleGen) => `lsv2_${g.pick(['pt', 'sk'])}_${g.hex(32)}_${g.hex(10)}`,
  neptune: (g: ExampleGen) => D.b64(`{"api_address":"https://app.neptune.ai","api_url":"https://app.neptune.ai","api_key":"${g.uuid()}"}`),
  comet: (g: ExampleGen) => g.alnum(25),
  roboflow: (g: ExampleGen) => g.alnum(20),
  mistral: (g: ExampleGen) => g.alnum(32),
  together: (g: ExampleGen) => g.hex(64),
  gemini: (g: ExampleGen) => `AIza${g.chars(ALNUM + '_-', 35)}`,
  tableauSecret: (g: ExampleGen) => `${g.base64(22)}==:${g.alnum(32)}`,
  lookerId: (g: ExampleGen) => g.alnum(20),
  lookerSecret: (g: ExampleGen) => g.alnum(24),
  awsId: (g: ExampleGen) => `AKIA${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`,
  awsSecret: (g: ExampleGen) => g.base64(40).replace(/[=+/]/g, 'x'),
  azureStorageKey: (g: ExampleGen) => `${g.base64(86).replace(/=+$/, '')}==`,
  azureSecret: (g: ExampleGen) => `${g.alnum(3)}${g.pick(['7', '8'])}Q~${g.chars(ALNUM + '_~.-', 34)}`,
  sas: (g: ExampleGen) => `sv=2022-11-02&ss=b&srt=co&sp=rwdlacx&se=2026-12-31T18:00:00Z&st=2026-01-01T00:00:00Z&spr=https&sig=${encodeURIComponent(g.base64(43) + '=')}`,
  githubPat: (g: ExampleGen) => g.crc32Token('ghp_', 30),
  gitlabPat: (g: ExampleGen) => `glpat-${g.chars(ALNUM + '_-', 20)}`,
  slackHook: (g: ExampleGen) => `https://hooks.slack.com/services/T${g.upper(8)}/B${g.upper(10)}/${g.alnum(24)}`,
  slackBot: (g: ExampleGen) => `xoxb-${g.digits(12)}-${g.digits(13)}-${g.alnum(24)}`,
  fernet: (g: ExampleGen) => `${g.base64url(43)}=`,
  // Look-alikes notebooks and pipelines are full of (negatives).
  runId: (g: ExampleGen) => g.hex(32),
  sha: (g: ExampleGen) => g.hex(40),
  sha256: (g: ExampleGen) => g.hex(64),
  md5: (g: ExampleGen) => g.hex(32),
  cellId: (g: ExampleGen) => g.pick([() => g.hex(8), () => g.uuid(), () => g.chars(LOWNUM, 8)])(),
  wandbRun: (g: ExampleGen) => g.chars(LOWNUM, 8),
  png: (g: ExampleGen) => `iVBORw0KGgoAAAANSUhEUgAA${g.base64(g.pick([600, 900, 1400]))}AAAAAElFTkSuQmCC`,
  argon2: (g: ExampleGen) => `argon2:$argon2id$v=19$m=10240,t=10,p=8$${g.base64(22)}$${g.base64(43)}`,
  sha1Jupyter: (g: ExampleGen) => `sha1:${g.hex(12)}:${g.hex(40)}`,
  s3: (g: ExampleGen) =>
    `s3://${g.pick(['ds-raw', 'ml-artifacts', 'analytics-lake', 'feature-store'])}-${g.pick(['prod', 'dev', 'eu'])}/${g.pick(['events', 'models', 'exports', 'training'])}/dt=2026-${num(g, 1, 12).toString().padStart(2, '0')}-${num(g, 10, 28)}/part-${g.digits(5)}-${g.uuid()}.snappy.parquet`,
  hfRepo: (g: ExampleGen) =>
    g.pick([
      'meta-llama/Llama-3.1-8B-Instruct',
      'mistralai/Mistral-7B-v0.3',
      'sentence-transformers/all-MiniLM-L6-v2',
      'bert-base-multilingual-cased',
      'google/flan-t5-base',
      'openai/whisper-small',
      'BAAI/bge-m3',
    ]),
  shape: (g: ExampleGen) => `torch.Size([${g.pick([16, 32, 64])}, ${g.pick([3, 128, 512])}, ${g.pick([224, 768, 1024])}])`,
  seed: (g: ExampleGen) => g.pick(['42', '1337', '2024', '0', '12345', String(num(g, 100, 9999))]),
  mask: (v: string) => `${v.slice(0, 3)}${'*'.repeat(8)}${v.slice(-4)}`,
  ellipsis: (v: string) => `${v.slice(0, 3)}…${v.slice(-4)}`,
  ipv4: (g: ExampleGen, prefix = '10') => [prefix, ...Array.from({ length: 4 - prefix.split('.').length }, () => String(num(g, 1, 250)))].join('.'),
  ticket: (g: ExampleGen) => `${g.pick(['DATA-', 'DS-', 'MLOPS-', 'ANL-', 'BI-'])}${g.digits(4)}`,
  num,
};

export const PLACEHOLDERS = [
  '<password>',
  'CHANGE_ME',
  'changeme',
  'xxxxxxxx',
  '********',
  '<secret>',
  'REPLACE_ME',
  '<api-key>',
  '<your-token>',
  'your-password',
  '[REDACTED]',
  '***',
  'sk-...',
  '<your-key>',
  'YOUR_API_KEY',
  'hf_xxx',
  '<contraseña>',
  '<senha>',
  '<mot-de-passe>',
  '<Passwort>',
];

/** Escapes a value as it stands inside a JSON string (a notebook source line). */
export const jsonEsc = (v: string) => v.replace(/\\/g, '\\\\').replace(/"/g, '\\"');

/** Per-document kit: shorthands that mark what they write. */
export interface DK {
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
  key(v: string): string;
  n(v: string): string;
  ph(): string;
  u(v: string): string;
}

export function dk(g: ExampleGen, m: Marker): DK {
  return {
    g,
    m,
    s: (c, v, l) => m.secret(c, v, l),
    pw: () => m.secret('password', D.anyPw(g)),
    hpw: () => m.secret('password', D.human(g)),
    gpw: () => m.secret('password', D.generated(g)),
    spw: () => m.secret('password', D.safePw(g)),
    phrase: () => m.secret('password', D.phrase(g)),
    tok: () => m.secret('token', D.token(g)),
    hex: (n) => m.secret('token', g.hex(n)),
    prov: (label, v) => m.secret('provider', v, label),
    cs: () => m.secret('connection-string', D.safePw(g)),
    http: (v) => m.secret('http-auth', v),
    basic: (user) => m.secret('http-auth', D.b64(`${user}:${D.safePw(g)}`)),
    bearer: () => m.secret('http-auth', D.jwt(g)),
    key: (v) => m.secret('private-key', v),
    n: (v) => m.negative(v),
    ph: () => m.negative(g.pick(PLACEHOLDERS)),
    u: (v) => m.unscored(v),
  };
}

export const dDoc = docMaker(dk);

/** A notebook cell as a writer gives it: source text (already marked) and optional stream output or PNG. */
export interface Cell {
  md?: boolean;
  src: string;
  out?: string;
  png?: boolean;
}

/** Escapes the unmarked text of a line for a JSON string; the markers' control characters pass through. */
const esc = (s: string) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"');

const lines = (s: string) => {
  const ls = s.split('\n');
  return ls.map((l, i) => `    "${esc(l)}${i < ls.length - 1 ? '\\n' : ''}"`).join(',\n');
};

/**
 * A whole `.ipynb` file (nbformat 4.5). Values in sources must be written already JSON-escaped where they need it
 * (the writer's text is escaped here, which would double-escape a value escaped by hand: cells use plain values).
 */
export function notebook(k: DK, cells: Cell[], kernel = 'python3'): string {
  let count = 1;
  const body = cells
    .map((c) => {
      const id = k.n(D.cellId(k.g));
      if (c.md) return `  {\n   "cell_type": "markdown",\n   "id": "${id}",\n   "metadata": {},\n   "source": [\n${lines(c.src)}\n   ]\n  }`;
      const outs: string[] = [];
      if (c.out) outs.push(`    {\n     "name": "stdout",\n     "output_type": "stream",\n     "text": [\n${lines(c.out).replace(/^ {4}/gm, '      ')}\n     ]\n    }`);
      if (c.png)
        outs.push(
          `    {\n     "data": {\n      "image/png": "${k.n(D.png(k.g))}",\n      "text/plain": [\n       "<Figure size 640x480 with 1 Axes>"\n      ]\n     },\n     "metadata": {},\n     "output_type": "display_data"\n    }`,
        );
      return `  {\n   "cell_type": "code",\n   "execution_count": ${count++},\n   "id": "${id}",\n   "metadata": {},\n   "outputs": [${outs.length ? '\n' + outs.join(',\n') + '\n   ' : ''}],\n   "source": [\n${lines(c.src)}\n   ]\n  }`;
    })
    .join(',\n');
  const lang = kernel === 'ir' ? '"display_name": "R",\n   "language": "R",\n   "name": "ir"' : '"display_name": "Python 3 (ipykernel)",\n   "language": "python",\n   "name": "python3"';
  return `{\n "cells": [\n${body}\n ],\n "metadata": {\n  "kernelspec": {\n   ${lang}\n  }\n },\n "nbformat": 4,\n "nbformat_minor": 5\n}\n`;
}
