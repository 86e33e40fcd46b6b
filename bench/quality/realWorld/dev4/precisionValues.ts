// Value helpers for rw-dev4 (precision): ids, digests, encodings and public material that look random but are
// not secrets, plus passwords that fit a given syntax slot. Everything is drawn from the seed at run time.
import type { ExampleGen } from '../../../../engine/types';
import type { Kit } from '../dev/kit';
import * as V from '../dev/values';

export { V };

/** A password with no whitespace, quotes or syntax specials: fits any slot (YAML, INI, shell, XML). */
export const tight = (g: ExampleGen) => {
  const v = V.anyPassword(g).replace(/[\s"'&<>\\#;`$]/g, '');
  return v.length >= 6 ? v : `${v}${g.alnum(6)}`;
};
/** Marked password, fits any slot. */
export const tpw = (k: Kit) => k.pw(tight(k.g));
/** Marked password that needs no escaping inside a URL. */
export const upw = (k: Kit) => k.cs(tight(k.g).replace(/[@:/?%+=!*]/g, '') || k.g.alnum(12));

export const sha256 = (g: ExampleGen) => g.hex(64);
export const sha1 = (g: ExampleGen) => g.hex(40);
export const md5 = (g: ExampleGen) => g.hex(32);
export const shortSha = (g: ExampleGen) => g.hex(7);
export const traceId = (g: ExampleGen) => g.hex(32);
export const spanId = (g: ExampleGen) => g.hex(16);
export const sri = (g: ExampleGen, alg: 'sha256' | 'sha384' | 'sha512' = 'sha384') => `${alg}-${g.base64(alg === 'sha256' ? 43 : alg === 'sha384' ? 64 : 86)}${alg === 'sha384' ? '' : '='}`;
export const nonce = (g: ExampleGen) => g.base64(22) + '==';
export const addr = (g: ExampleGen) => `0x${g.pick(['00007f', '00005', '0000ffff', '7ff'])}${g.hex(g.pick([6, 8, 9]))}`;
export const ts = (g: ExampleGen) =>
  `2026-${g.pick(['01', '04', '09', '11'])}-${g.pick(['03', '12', '21', '28'])}T${g.pick(['07', '12', '19'])}:${g.digits(1)}${g.digits(1)}:${g.pick(['1', '2', '5'])}${g.digits(1)}.${g.digits(3)}Z`;
export const ip = (g: ExampleGen) => `10.${Number(g.digits(2)) % 250}.${Number(g.digits(2)) % 250}.${(Number(g.digits(2)) % 250) + 2}`;
/** A Firebase-style web app id (`1:123:web:abc`): public by design. */
export const firebaseAppId = (g: ExampleGen) => `1:${g.digits(12)}:web:${g.hex(22)}`;
/** A Google OAuth client id: public by design. */
export const googleClientId = (g: ExampleGen) => `${g.digits(12)}-${g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32)}.apps.googleusercontent.com`;
/** A crypt(3) salt alphabet. */
export const CRYPT = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
/** PEM armour assembled so this source holds no header literal. */
export const armour = (label: string, body: string) => `${'-'.repeat(5)}BEGIN ${label}${'-'.repeat(5)}\n${body}\n${'-'.repeat(5)}END ${label}${'-'.repeat(5)}`;
export const lines64 = (s: string) => s.match(/.{1,64}/g)!.join('\n');
export const publicKeyPem = (g: ExampleGen) => armour('PUBLIC KEY', lines64(`MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${g.base64(300)}IDAQAB`));
export const certPem = (g: ExampleGen) => armour('CERTIFICATE', lines64(`MIIDdzCCAl+gAwIBAgIU${g.base64(900)}`));
export const sshEd = (g: ExampleGen, who: string) => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.base64(43)} ${who}`;
export const sshRsa = (g: ExampleGen, who: string) => `ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${g.base64(507)} ${who}`;
export const pgpPublic = (g: ExampleGen) => armour('PGP PUBLIC KEY BLOCK', `\nmQINBG${g.base64(58)}\n${lines64(g.base64(320))}\n=${g.base64(4)}`);
/** A tiny base64 PNG (starts like a real one). */
export const pngB64 = (g: ExampleGen, n = 180) => `iVBORw0KGgoAAAANSUhEUgAA${g.base64(n)}AAAAAElFTkSuQmCC`;
export const woff2B64 = (g: ExampleGen, n = 400) => `d09GMgABAAAAA${g.base64(n)}`;
/** A minified-bundle identifier soup. */
export const minIdent = (g: ExampleGen) => g.chars('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$', g.pick([1, 2, 2, 3]));
export const semver = (g: ExampleGen) => `${Number(g.digits(1))}.${Number(g.digits(2))}.${Number(g.digits(1))}`;
export const marked = (k: Kit, v: string) => k.n(v);
