// Deterministic bad bytes for reliability tests and benchmarks (never committed as fixtures).

/** xorshift32 bytes from a seed: reproducible "random" binary content. */
export function randomBytes(seed: number, length: number): Buffer {
  const buf = Buffer.allocUnsafe(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    buf[i] = x & 0xff;
  }
  return buf;
}

/** Text encoded as UTF-16 with a byte-order mark, little or big endian. */
export function utf16WithBom(text: string, endian: 'le' | 'be'): Buffer {
  const body = Buffer.from(text, 'utf16le');
  if (endian === 'be') body.swap16();
  return Buffer.concat([Buffer.from(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), body]);
}

/** Bytes that are not valid UTF-8: stray continuation bytes, truncated sequences, overlongs, 0xFF. */
export const INVALID_UTF8 = Buffer.from([0x80, 0xbf, 0xc3, 0x28, 0xe2, 0x82, 0xf0, 0x9f, 0x92, 0xc0, 0xaf, 0xff, 0xfe, 0xed, 0xa0, 0x80]);

/** A minified-bundle-like single line of about `size` characters, with `insert(i)` spliced in every `every` units. */
export function minifiedLine(size: number, insert?: (i: number) => string, every = 50): string {
  const units = ['var a=1;', 'function b(c,d){return c+d}', 'if(x){y()}', '{"k":"v","n":2}', 't.password=e.pw;', 'o.token=r.t||null;'];
  const parts: string[] = [];
  let len = 0;
  for (let i = 0; len < size; i++) {
    const p = insert && i % every === every - 1 ? insert(i) : units[i % units.length]!;
    parts.push(p);
    len += p.length;
  }
  return parts.join('').slice(0, size);
}
