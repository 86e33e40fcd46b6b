// Some tools write blanks as octal escapes: the MySQL client's history (`CREATE\040USER\040…\040IDENTIFIED\040BY
// \040'pw';`), fstab and mount tables (`\040`, `\011`). Each line holding one is decoded into a virtual line so the
// SQL and keyed rules read it as written by hand, with offsets mapped back.
import type { VirtualText } from './joinedLiterals';

const ESCAPE = /\\0(?:40|11)/g;
/** Lines longer than this are not history lines: left alone (keeps the work linear on minified text). */
const MAX_LINE = 4000;

export function octalSpaceLines(text: string): VirtualText[] {
  if (text.indexOf('\\040') < 0 && text.indexOf('\\011') < 0) return [];
  const out: VirtualText[] = [];
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (line.length <= MAX_LINE && (line.includes('\\040') || line.includes('\\011'))) out.push(decodeLine(line, lineStart));
    lineStart = lineEnd + 1;
  }
  return out;
}

function decodeLine(line: string, at: number): VirtualText {
  let decoded = '';
  const offsets: number[] = [];
  const ends: number[] = [];
  const joins: number[] = [];
  ESCAPE.lastIndex = 0;
  let i = 0;
  for (let m = ESCAPE.exec(line); m !== null; m = ESCAPE.exec(line)) {
    for (; i < m.index; i++) {
      decoded += line.charAt(i);
      offsets.push(at + i);
      ends.push(at + i + 1);
    }
    joins.push(decoded.length);
    decoded += m[0] === '\\040' ? ' ' : '\t';
    offsets.push(at + m.index);
    ends.push(at + m.index + 4);
    i = m.index + 4;
  }
  for (; i < line.length; i++) {
    decoded += line.charAt(i);
    offsets.push(at + i);
    ends.push(at + i + 1);
  }
  return { text: decoded, offsets, ends, joins };
}
