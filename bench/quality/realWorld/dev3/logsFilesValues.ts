// Value helpers for the rw-dev3 logs/files part: passwords safe for a given syntax, ids and digests that
// must stay silent, redaction markers as tools print them. Everything is drawn from the seed at run time.
import type { ExampleGen } from '../../../../engine/types';
import type { Kit } from '../dev/kit';
import * as V from '../dev/values';

/** A password with no whitespace, quotes, XML/INI specials or backslashes: fits any token slot. */
export const tight = (g: ExampleGen) => {
  const v = V.anyPassword(g).replace(/[\s"'&<>\\#;`]/g, '');
  return v.length >= 6 ? v : `${v}${g.alnum(6)}`;
};
/** Marked tight password. */
export const tpw = (k: Kit) => k.pw(tight(k.g));
/** Marked human-made password, tight. */
export const thpw = (k: Kit) => k.pw(V.humanPassword(k.g).replace(/[\s"'&<>\\#;`]/g, ''));
/** Marked password with no characters a URL would need escaped. */
export const upw = (k: Kit) => k.cs(tight(k.g).replace(/[@:/?%$+=!*]/g, '') || k.g.alnum(10));

/** Redaction markers as loggers, CI runners and proxies print them. */
export const REDACTIONS = ['***', '[REDACTED]', '<hidden>', '********', '[FILTERED]', '<redacted>', '****', '[MASKED]', 'xxxxx', '[hidden]', '*****', '<sensitive>'];
export const red = (k: Kit) => k.n(k.g.pick(REDACTIONS));

export const reqId = (g: ExampleGen) => g.uuid();
export const traceId = (g: ExampleGen) => g.hex(32);
export const spanId = (g: ExampleGen) => g.hex(16);
export const sha256 = (g: ExampleGen) => g.hex(64);
export const sha1 = (g: ExampleGen) => g.hex(40);
export const md5 = (g: ExampleGen) => g.hex(32);
export const ip = (g: ExampleGen) => `10.${Number(g.digits(2)) % 250}.${Number(g.digits(2)) % 250}.${(Number(g.digits(2)) % 250) + 2}`;
export const ts = (g: ExampleGen) =>
  `2026-${g.pick(['03', '07', '10', '11'])}-${g.pick(['02', '14', '19', '27'])}T${g.pick(['08', '13', '22'])}:${g.digits(1)}${g.digits(1)}:${g.pick(['0', '3', '4'])}${g.digits(1)}.${g.digits(3)}Z`;
export const epoch = (g: ExampleGen) => `17${g.digits(8)}`;
/** Analytics and load-balancer cookies: random, not credentials. */
export const gaCookie = (g: ExampleGen) => `GA1.2.${g.digits(9)}.${epoch(g)}`;
export const b64 = V.b64;
export { V };
