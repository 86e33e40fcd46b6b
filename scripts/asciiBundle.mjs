// Escapes the non-ASCII characters esbuild leaves in a bundle (its `charset: 'ascii'` escapes strings, templates and
// identifiers, not regex literals or comments), so V8 holds the source as a one-byte string: a two-byte 6.8 MB bundle
// cost every CLI start and every scan worker ~13 MB of memory and a slower parse.
import { createRequire } from 'node:module';

/**
 * `source` with every non-ASCII code unit inside a comment or a regex literal written as `\uXXXX` (astral characters
 * as their two surrogates, which a `u` or `v` regex reads as one code point and any other regex as two code units,
 * as it read the raw character). Anything else non-ASCII is left as it is and counted in `left`. Without acorn
 * (a pinned devDependency) the source is returned unchanged.
 */
export function asciiBundle(source) {
  let acorn;
  try {
    acorn = createRequire(import.meta.url)('acorn');
  } catch {
    return { text: source, escaped: 0, left: -1 };
  }
  if (!/[^\x00-\x7f]/.test(source)) return { text: source, escaped: 0, left: 0 };
  // [start, end, isRegex] of comments and regex literals, in source order.
  const spans = [];
  acorn.parse(source, {
    ecmaVersion: 'latest',
    sourceType: 'script',
    allowHashBang: true,
    allowReturnOutsideFunction: true,
    onComment: (_block, _text, start, end) => spans.push([start, end, false]),
    onToken: (token) => {
      if (token.type.label === 'regexp') spans.push([token.start, token.end, true]);
    },
  });
  spans.sort((a, b) => a[0] - b[0]);
  const parts = [];
  let from = 0;
  let escaped = 0;
  let left = 0;
  let k = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c < 0x80) continue;
    while (k < spans.length && spans[k][1] <= i) k++;
    const span = spans[k];
    if (span === undefined || span[0] > i) {
      left++;
      continue;
    }
    let cut = i;
    // An identity escape (`\—`, legal outside `u` mode) means the character itself: drop its backslash.
    if (span[2]) {
      let backslashes = 0;
      while (source.charCodeAt(i - 1 - backslashes) === 0x5c) backslashes++;
      if (backslashes % 2 === 1) cut = i - 1;
    }
    parts.push(source.slice(from, cut), '\\u' + c.toString(16).padStart(4, '0'));
    from = i + 1;
    escaped++;
  }
  parts.push(source.slice(from));
  return { text: parts.join(''), escaped, left };
}
