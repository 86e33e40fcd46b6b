// Secrets inside URLs are often percent-encoded (`sig=abc%2Bdef%3D`, a base64 key in a query string): the
// encoded run is decoded into a virtual line so rules see the value itself, with offsets mapped back.
import type { VirtualText } from './joinedLiterals';
import { lineStartNear } from './lineStartNear';

/**
 * Whether text[i] (a `%`) starts an escape of a character that base64 and token formats use: `+ / = : @ $ ! ,`
 * (`%2B %2F %3D %3A %40 %24 %21 %2C`, either case). Found by indexOf('%'), not a regex over the whole text.
 */
function tokenEscapeAt(text: string, i: number): boolean {
  const a = text.charCodeAt(i + 1);
  const b = text.charCodeAt(i + 2);
  // `| 32` folds an ASCII letter to lower case.
  if (a === 50) return b === 49 || b === 52 || (b | 32) === 98 || (b | 32) === 99 || (b | 32) === 102; // 21 24 2B 2C 2F
  if (a === 51) return (b | 32) === 97 || (b | 32) === 100; // 3A 3D
  return a === 52 && b === 48; // 40
}
/** Characters of a URL-ish run around such an escape. */
const RUN_CHAR = /[A-Za-z0-9%._~+/=:-]/;
/** How far a run extends either side of an escape: tokens are shorter, and this keeps the work linear. */
const MAX_REACH = 512;

export function urlDecodedRuns(text: string): VirtualText[] {
  const out: VirtualText[] = [];
  let coveredUntil = 0;
  for (let at = text.indexOf('%'); at >= 0; at = text.indexOf('%', at)) {
    if (!tokenEscapeAt(text, at)) {
      at++;
      continue;
    }
    let runStart = at;
    while (runStart > 0 && at - runStart < MAX_REACH && runStart > coveredUntil && RUN_CHAR.test(text.charAt(runStart - 1))) runStart--;
    let runEnd = at + 3;
    while (runEnd < text.length && runEnd - at < MAX_REACH && RUN_CHAR.test(text.charAt(runEnd))) runEnd++;
    coveredUntil = runEnd;
    if (runEnd - runStart >= 16) out.push(decodeRun(text, runStart, runEnd));
    at = runEnd;
  }
  return out;
}

function decodeRun(text: string, runStart: number, runEnd: number): VirtualText {
  // Keep the line before the run, so rules that need the assigned name still see it.
  const lineStart = lineStartNear(text, runStart, runStart - 200);
  let decoded = '';
  const offsets: number[] = [];
  const ends: number[] = [];
  const joins: number[] = [];
  for (let i = lineStart; i < runStart; i++) {
    decoded += text.charAt(i);
    offsets.push(i);
    ends.push(i + 1);
  }
  for (let i = runStart; i < runEnd; i++) {
    const hex = text.charAt(i) === '%' ? text.slice(i + 1, i + 3) : '';
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      joins.push(decoded.length);
      decoded += String.fromCharCode(Number.parseInt(hex, 16));
      offsets.push(i);
      ends.push(i + 3);
      i += 2;
    } else {
      decoded += text.charAt(i);
      offsets.push(i);
      ends.push(i + 1);
    }
  }
  return { text: decoded, offsets, ends, joins };
}
