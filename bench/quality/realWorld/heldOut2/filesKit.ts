// Shorthands rw-held-out2's files part is written with, so a document reads like the file it stands for
// (`${k.pw()}` where a password sits). Own makers (filesValues.ts, filesProviders.ts), not the dev sets'.
import type { ExampleGen } from '../../../../engine/types';
import type { Marker, RealWorldArea, RealWorldDoc, SecretCategory } from '../types';
import { PV, type ProviderKind } from './filesProviders';
import * as V from './filesValues';

export interface FilesKit {
  g: ExampleGen;
  /** Any password, or the given raw one, marked `password`. */
  pw(raw?: string): string;
  hpw(): string;
  gpw(): string;
  phrase(): string;
  weak(): string;
  /** Marks a raw value under any category. */
  sec(category: SecretCategory, raw: string, label?: string): string;
  /** A generic token (or the given raw one), marked `token`. */
  tok(raw?: string): string;
  /** A provider credential, marked `provider` with its label. */
  prov(kind: ProviderKind, label: string): string;
  /** A URL-safe password marked `connection-string`. */
  cs(raw?: string): string;
  /** An HTTP auth value (header value without the scheme), marked `http-auth`. */
  http(raw?: string): string;
  /** `user:password` as a Basic blob, marked `http-auth`. */
  basic(user: string, password?: string): string;
  jwt(): string;
  key(kind?: 'rsa' | 'pkcs8' | 'ec' | 'openssh'): string;
  /** Counted negative, text unchanged. */
  n(value: string): string;
  /** A placeholder, counted negative. */
  ph(): string;
  u(value: string): string;
  /** Negative look-alikes, counted. */
  nSha(): string;
  nGit(): string;
  nUuid(): string;
  nBcrypt(): string;
  /** Raw makers (unmarked). */
  r: typeof V & { pv: typeof PV };
}

export function filesKit(g: ExampleGen, m: Marker): FilesKit {
  return {
    g,
    pw: (raw) => m.secret('password', raw ?? V.anyPassword(g)),
    hpw: () => m.secret('password', V.humanPassword(g)),
    gpw: () => m.secret('password', V.generatedPassword(g)),
    phrase: () => m.secret('password', V.passphrase(g)),
    weak: () => m.secret('password', V.weakPassword(g)),
    sec: (c, raw, label) => m.secret(c, raw, label),
    tok: (raw) => m.secret('token', raw ?? V.token(g)),
    prov: (kind, label) => m.secret('provider', PV[kind](g), label),
    cs: (raw) => m.secret('connection-string', raw ?? V.urlPassword(g)),
    http: (raw) => m.secret('http-auth', raw ?? g.pick([() => g.alnum(40), () => g.base64url(43), () => g.hex(64)])()),
    basic: (user, password) => m.secret('http-auth', V.b64(`${user}:${password ?? V.anyPassword(g)}`)),
    jwt: () => m.secret('http-auth', V.jwt(g)),
    key: (kind) => m.secret('private-key', V.privateKey(g, kind)),
    n: (value) => m.negative(value),
    ph: () => m.negative(g.pick(V.PLACEHOLDERS)),
    u: (value) => m.unscored(value),
    nSha: () => m.negative(V.sha256(g)),
    nGit: () => m.negative(V.gitSha(g)),
    nUuid: () => m.negative(g.uuid()),
    nBcrypt: () => m.negative(V.bcrypt(g)),
    r: { ...V, pv: PV },
  };
}

export function fdoc(id: string, areas: readonly RealWorldArea[], path: string, render: (k: FilesKit) => string): RealWorldDoc {
  return { id, areas, path, render: (g, m) => render(filesKit(g, m)) };
}
