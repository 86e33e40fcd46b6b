// Secrets inside URLs are often percent-encoded (`sig=abc%2Bdef%3D`, a base64 key in a query string): the
// encoded run is decoded into a virtual line so rules see the value itself, with offsets mapped back.
import type { VirtualText } from './concat';
import { lineStartNear } from './lineStartNear';

/** A URL-ish run; those holding an escape of a character that base64 and token formats use are decoded.
 * (Matching "run, escape, run" in one regex retried every start of a long run: 100 KB took 70 s.) */
const URLISH_RUN = /[A-Za-z0-9%._~+/=:-]+/g;
const MAY_BE_ENCODED = /%(?:2[BbFf]|3[AaDd]|40|24|21|2[Cc])/;

export function urlDecodedRuns(text: string): VirtualText[] {
  if (!MAY_BE_ENCODED.test(text)) return [];
  const out: VirtualText[] = [];
  URLISH_RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = URLISH_RUN.exec(text)) !== null) {
    if (m[0].length < 16 || !MAY_BE_ENCODED.test(m[0])) continue;
    const runStart = m.index;
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
    const runEnd = runStart + m[0].length;
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
    out.push({ text: decoded, offsets, ends, joins });
  }
  return out;
}
