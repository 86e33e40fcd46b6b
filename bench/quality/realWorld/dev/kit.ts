// Shorthands the rw-dev documents are written with: a document factory and marked value makers, so a document
// reads like the file it stands for (`${k.pw()}` where a password sits).
import type { ExampleGen } from '../../../../engine/types';
import type { Marker, SecretCategory } from '../types';
import { P } from './providers';
import * as V from './values';
import { docMaker } from '../kit';

export type ProviderName = keyof typeof P;

export interface Kit {
  g: ExampleGen;
  m: Marker;
  /** Marks a raw value under a category. */
  s(category: SecretCategory, value: string, label?: string): string;
  /** A password, any style (or the given raw value), marked. */
  pw(raw?: string): string;
  /** Human-made password, marked. */
  hpw(): string;
  /** Tool-generated password, marked. */
  gpw(): string;
  passphrase(): string;
  /** A weak, short password (`monkey7`, `123456`-like), marked. */
  weak(): string;
  /** A generic token, marked (`token`). */
  tok(raw?: string): string;
  /** A provider credential of this kind, marked (`provider`, labelled `label`). */
  prov(kind: ProviderName, label: string): string;
  /** Password inside a URL or connection string, marked (`connection-string`). */
  cs(raw?: string): string;
  /** HTTP auth value, marked (`http-auth`). */
  http(raw: string): string;
  /** `user:password` as a Basic blob, marked (`http-auth`). */
  basic(user: string, password?: string): string;
  /** A JWT, marked (`http-auth`). */
  bearerJwt(): string;
  /** An opaque bearer/session value, marked (`http-auth`). */
  bearer(): string;
  key(kind?: 'rsa' | 'pkcs8' | 'ec' | 'openssh'): string;
  /** Negative (counted, text unchanged). */
  n(value: string): string;
  /** A placeholder, counted as a negative. */
  ph(): string;
  u(value: string): string;
  /** Raw generators. */
  raw: typeof V & { p: typeof P };
}

export function kit(g: ExampleGen, m: Marker): Kit {
  return {
    g,
    m,
    s: (c, v, l) => m.secret(c, v, l),
    pw: (raw) => m.secret('password', raw ?? V.anyPassword(g)),
    hpw: () => m.secret('password', V.humanPassword(g)),
    gpw: () => m.secret('password', V.generatedPassword(g)),
    passphrase: () => m.secret('password', V.passphrase(g)),
    weak: () => m.secret('password', V.weakPassword(g)),
    tok: (raw) => m.secret('token', raw ?? V.token(g)),
    prov: (kind, label) => m.secret('provider', P[kind](g), label),
    cs: (raw) =>
      m.secret(
        'connection-string',
        raw ??
          g
            .pick([V.humanPassword, V.generatedPassword, V.generatedPassword])(g)
            .replace(/[@:/?#%]/g, ''),
      ),
    http: (raw) => m.secret('http-auth', raw),
    basic: (user, password) => m.secret('http-auth', V.b64(`${user}:${password ?? V.anyPassword(g)}`)),
    bearerJwt: () => m.secret('http-auth', V.jwt(g)),
    bearer: () => m.secret('http-auth', g.pick([() => g.alnum(40), () => g.base64url(43), () => g.hex(64), () => `${g.alnum(12)}.${g.base64url(32)}`])()),
    key: (kind) => m.secret('private-key', V.privateKey(g, kind)),
    n: (value) => m.negative(value),
    ph: () => m.negative(g.pick(V.PLACEHOLDERS)),
    u: (value) => m.unscored(value),
    raw: { ...V, p: P },
  };
}

export const doc = docMaker(kit);

/** A Markdown code fence (template literals cannot hold three backticks comfortably). */
export const F = '```';
