// Value shapes the rw-dev3 code/infra documents need beyond rw-dev's kit: passwords that survive unquoted in
// YAML or a shell line, byte-array and base64 renderings of a value, hex private keys. All drawn at run time.
import type { ExampleGen } from '../../../../engine/types';
import * as V from '../dev/values';

/** A password made only of characters that need no quoting in YAML, INI or a shell word. */
export function plainPassword(g: ExampleGen): string {
  const raw = g.pick([V.humanPassword, V.humanPassword, V.generatedPassword, V.weakPassword])(g);
  const out = raw.replace(/[^A-Za-z0-9._-]/g, () => g.pick(['.', '_', '-', '9', 'x']));
  return /^[A-Za-z0-9]/.test(out) ? out : `k${out}`;
}

/** A password with no `$`, backquote or quote, so it can sit in a double-quoted shell or PHP string. */
export function dqPassword(g: ExampleGen): string {
  return V.anyPassword(g).replace(/[$`"'\\]/g, () => g.pick(['#', '!', '9', '_']));
}

/** The UTF-8 bytes of a string as a Java/C#/Go byte list: `0x53, 0x75, …`. */
export const byteList = (s: string, sep = ', ') =>
  Array.from(Buffer.from(s, 'utf8'))
    .map((b) => `0x${b.toString(16).padStart(2, '0')}`)
    .join(sep);

export const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

/** An Ethereum-style private key: 32 bytes in hex. */
export const hexKey = (g: ExampleGen) => g.hex(64);

/** A sha256 hex digest (a checksum, not a secret). */
export const sha256 = (g: ExampleGen) => g.hex(64);

/** A Rails `secret_key_base`: 128 hex characters. */
export const railsKeyBase = (g: ExampleGen) => g.hex(128);

/** A Laravel APP_KEY: `base64:` and 32 random bytes. */
export const laravelKey = (g: ExampleGen) => `base64:${g.base64(43)}=`;

/** A Fernet/cryptography key: 32 bytes base64url with padding. */
export const fernetKey = (g: ExampleGen) => `${g.base64url(43)}=`;
