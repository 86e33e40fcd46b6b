// rw-dev10 chat part: marked shorthands over chatValues, so a chat log reads like the chat (`${c.pw()}` where
// someone typed a password). Uses only the shared doc factory's marker; every value comes from chatValues.
import { doc, type Kit } from '../dev/kit';
import type { RealWorldArea, RealWorldDoc } from '../types';
import * as V from './chatValues';

export interface ChatKit {
  k: Kit;
  /** any password (human-weighted) */
  pw(): string;
  hpw(): string;
  gpw(len?: number): string;
  pp(sep?: string): string;
  lpw(): string;
  pin(): string;
  /** a password given raw (a value repeated elsewhere in the doc) */
  pwRaw(v: string): string;
  tok(raw?: string): string;
  jwt(): string;
  prov(kind: V.ProviderKind, label: string): string;
  /** password inside a URL / connection string */
  cs(raw?: string): string;
  basic(user: string): string;
  bearer(): string;
  /** negatives */
  n(v: string): string;
  ph(): string;
  mask(): string;
  sha(short?: boolean): string;
  rid(): string;
  ver(): string;
  tkt(): string;
  u(v: string): string;
  /** raw makers */
  raw: typeof V;
}

export function chatKit(k: Kit): ChatKit {
  const g = k.g;
  return {
    k,
    pw: () => k.s('password', V.anyPw(g)),
    hpw: () => k.s('password', V.humanPw(g)),
    gpw: (len) => k.s('password', V.genPw(g, len)),
    pp: (sep) => k.s('password', V.passphrase(g, sep)),
    lpw: () => k.s('password', V.lettersPw(g)),
    pin: () => k.s('password', V.pin(g)),
    pwRaw: (v) => k.s('password', v),
    tok: (raw) => k.s('token', raw ?? V.tok(g)),
    jwt: () => k.s('http-auth', V.jwt(g)),
    prov: (kind, label) => k.s('provider', V.provider(g, kind), label),
    cs: (raw) =>
      k.s(
        'connection-string',
        raw ??
          g
            .pick([V.humanPw, V.genPw])(g)
            .replace(/[@:/?#%]/g, ''),
      ),
    basic: (user) => k.s('http-auth', V.basic(user, V.anyPw(g))),
    bearer: () => k.s('http-auth', g.pick([() => g.alnum(40), () => g.base64url(43), () => g.hex(64)])()),
    n: (v) => k.n(v),
    ph: () => k.n(g.pick(V.PLACEHOLDERS)),
    mask: () => k.n(V.masked(g)),
    sha: (short) => k.n(V.sha(g, short)),
    rid: () => k.n(g.uuid()),
    ver: () => k.n(V.version(g)),
    tkt: () => k.n(V.ticket(g)),
    u: (v) => k.u(v),
    raw: V,
  };
}

/** A chat-part document: id must start with `chat-`. */
export function cdoc(id: string, areas: readonly RealWorldArea[], path: string, render: (c: ChatKit) => string): RealWorldDoc {
  if (!id.startsWith('chat-')) throw new Error(`chat part id without prefix: ${id}`);
  return doc(id, areas, path, (k) => render(chatKit(k)));
}
