// Value helpers for the rw-dev2 files/HTTP/logs/config documents: passwords that fit a syntax (no character the
// file would treat as a quote, comment or separator), escaped and percent-encoded forms, and a few shapes rw-dev
// does not draw (hex PSKs, obscured-looking blobs). Values come from the set's seeded generator at run time.
import type { Kit } from '../dev/kit';

/** A password of any style without the characters `bad` forbids in the surrounding syntax (bounded retries). */
export function pwFit(k: Kit, bad: RegExp = /["'\\$`#;\s]/): string {
  for (let i = 0; i < 12; i++) {
    const v = k.raw.anyPassword(k.g);
    if (!bad.test(v)) return v;
  }
  return k.g.alnum(14);
}

/** A human-made password that fits the syntax. */
export function hpwFit(k: Kit, bad: RegExp = /["'\\$`#;\s]/): string {
  for (let i = 0; i < 12; i++) {
    const v = k.raw.humanPassword(k.g);
    if (!bad.test(v)) return v;
  }
  return `${k.g.pick(['Harbor', 'Maple', 'Falcon'])}${k.g.digits(4)}`;
}

/** Marked password that fits the syntax. */
export const pwm = (k: Kit, bad?: RegExp) => k.s('password', pwFit(k, bad));
export const hpwm = (k: Kit, bad?: RegExp) => k.s('password', hpwFit(k, bad));

/** The text of `s` inside a JSON string literal (quotes and backslashes escaped). */
export const jsonEsc = (s: string) => JSON.stringify(s).slice(1, -1);

/** A password that carries a URL-reserved character, percent-encoded as a URL would hold it. */
export function pctPw(k: Kit): string {
  const base = hpwFit(k, /["'\\`\s]/);
  const withReserved = /[@:/?#%]/.test(base) ? base : `${base}${k.g.pick(['@', '#', '/', ':', '%'])}`;
  return encodeURIComponent(withReserved);
}

/** A generic opaque token in shapes APIs hand out. */
export const opaque = (k: Kit) => k.g.pick([() => k.g.alnum(32), () => k.g.hex(40), () => k.g.base64url(43), () => `${k.g.lower(4)}_${k.g.alnum(36)}`])();

/** A user name. */
export const user = (k: Kit) => k.g.pick(['svc-backup', 'deploy', 'ci', 'jenkins', 'app_rw', 'reporting', 'admin.ops', 'mlopez', 'k.tanaka', 'replicator', 'etl_user']);
