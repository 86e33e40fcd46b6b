// Secrets inside URLs are often percent-encoded (`sig=abc%2Bdef%3D`, a base64 key in a query string): the
// encoded run is decoded into a virtual line so rules see the value itself, with offsets mapped back.
import type { VirtualText } from './joinedLiterals';
import { lineStartNear } from './lineStartNear';

/** Escapes of characters that base64 and token formats use: `+ / = : @ $ ! ,`. */
const TOKEN_ESCAPE = /%(?:2[BbFf]|3[AaDd]|40|24|21|2[Cc])/g;
/** Characters of a URL-ish run around such an escape. */
const RUN_CHAR = /[A-Za-z0-9%._~+/=:-]/;
/** How far a run extends either side of an escape: tokens are shorter, and this keeps the work linear. */
const MAX_REACH = 512;

export function urlDecodedRuns(text: string): VirtualText[] {
  const out: VirtualText[] = [];
  let coveredUntil = 0;
  TOKEN_ESCAPE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_ESCAPE.exec(text)) !== null) {
    if (m.index < coveredUntil) continue;
    let runStart = m.index;
    while (runStart > 0 && m.index - runStart < MAX_REACH && runStart > coveredUntil && RUN_CHAR.test(text.charAt(runStart - 1))) runStart--;
    let runEnd = m.index + 3;
    while (runEnd < text.length && runEnd - m.index < MAX_REACH && RUN_CHAR.test(text.charAt(runEnd))) runEnd++;
    coveredUntil = runEnd;
    TOKEN_ESCAPE.lastIndex = runEnd;
    if (runEnd - runStart >= 16) out.push(decodeRun(text, runStart, runEnd));
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
