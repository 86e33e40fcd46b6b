// Shorthands rw-held-out2's prose/command-line/HTTP documents are written with: a document factory and marked
// value makers built on this part's own values (proseValues.ts, proseProviders.ts), not the DEV sets' helpers.
import type { ExampleGen } from '../../../../engine/types';
import type { Marker, RealWorldArea, RealWorldDoc, SecretCategory } from '../types';
import { PV, type ProviderKind } from './proseProviders';
import * as V from './proseValues';

export interface HK {
  g: ExampleGen;
  m: Marker;
  s(category: SecretCategory, value: string, label?: string): string;
  /** Any password (human or generated), marked `password`. */
  pw(opts?: { urlSafe?: boolean; shellSafe?: boolean }): string;
  /** A human-made password in a language, marked. */
  hpw(lang?: V.Lang): string;
  /** A generated password, marked. */
  gpw(opts?: { urlSafe?: boolean; shellSafe?: boolean }): string;
  weak(lang?: V.Lang): string;
  pp(lang?: V.Lang, sep?: string): string;
  /** Password inside a URL or connection string, marked `connection-string`. */
  cs(raw?: string): string;
  tok(raw?: string): string;
  prov(kind: ProviderKind, label: string): string;
  http(raw: string): string;
  /** `user:password` base64, marked `http-auth`. */
  basic(user: string, password?: string): string;
  jwt(payload?: Record<string, unknown>): string;
  /** Opaque bearer or session value, marked `http-auth`. */
  bearer(): string;
  key(kind?: 'rsa' | 'pkcs8' | 'ec' | 'openssh' | 'encrypted'): string;
  n(value: string): string;
  ph(): string;
  u(value: string): string;
  V: typeof V;
  P: typeof PV;
}

export function hk(g: ExampleGen, m: Marker): HK {
  return {
    g,
    m,
    s: (c, v, l) => m.secret(c, v, l),
    pw: (opts) => m.secret('password', V.anyPw(g, opts)),
    hpw: (lang) => m.secret('password', V.humanPw(g, lang)),
    gpw: (opts) => m.secret('password', V.genPw(g, opts)),
    weak: (lang) => m.secret('password', V.weakPw(g, lang)),
    pp: (lang, sep) => m.secret('password', V.passphrase(g, lang, sep)),
    cs: (raw) => m.secret('connection-string', raw ?? V.anyPw(g, { urlSafe: true })),
    tok: (raw) => m.secret('token', raw ?? V.token(g)),
    prov: (kind, label) => m.secret('provider', PV[kind](g), label),
    http: (raw) => m.secret('http-auth', raw),
    basic: (user, password) => m.secret('http-auth', V.b64(`${user}:${password ?? V.anyPw(g)}`)),
    jwt: (payload) => m.secret('http-auth', V.jwt(g, payload)),
    bearer: () => m.secret('http-auth', g.pick([() => g.alnum(40), () => g.base64url(43), () => g.hex(64), () => `${g.alnum(12)}.${g.base64url(32)}`])()),
    key: (kind) => m.secret('private-key', V.privateKey(g, kind)),
    n: (value) => m.negative(value),
    ph: () => m.negative(g.pick(V.PLACEHOLDERS)),
    u: (value) => m.unscored(value),
    V,
    P: PV,
  };
}

export function hdoc(id: string, areas: readonly RealWorldArea[], path: string, render: (k: HK) => string): RealWorldDoc {
  return { id, areas, path, render: (g, m) => render(hk(g, m)) };
}

/** A Markdown code fence. */
export const F = '```';
