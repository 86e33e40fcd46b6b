// The type a member is declared in, read back from the member's line in code: Swift's `struct WeatherAPI {` around
// `private let key = "…"`, Python's `class Signing:` above an indented `key: str = "…"`. A bare `key` takes its
// meaning from it (assignment.ts), as a config key takes it from its parent. Bounded: 40 lines, 1,600 characters back.
import { lineStartNear } from '../../detect/lineStartNear';

const TYPE_DECLARATION =
  /^[ \t]*(?:(?:p(?:ub(?:lic)?|rivate)|internal|fi(?:leprivate|nal)|open|export|abstract|s(?:ealed|tatic)|data)[ \t]+){0,3}(?:class|struct|object|record|enum|module)[ \t]+([A-Za-z_]\w{0,60})\b[^\n]{0,200}$/;

/**
 * The name of the class, struct or object whose body directly holds the line starting at `lineStart`: the first line
 * above it that is less indented, when that line declares a type (a function, a block or anything else: undefined).
 */
export function enclosingTypeName(text: string, lineStart: number): string | undefined {
  const ownIndent = /^[ \t]*/.exec(text.slice(lineStart, lineStart + 120))![0].length;
  if (ownIndent === 0) return undefined;
  const floor = Math.max(0, lineStart - 1600);
  let end = lineStart - 1;
  for (let n = 0; n < 40 && end > floor; n++) {
    const start = lineStartNear(text, end, floor);
    // A line cut by the floor is not read whole: no declaration is known.
    if (start === floor && floor > 0) return undefined;
    const line = text.slice(start, Math.min(end, start + 300));
    end = start - 1;
    if (line.trim() === '' || /^[ \t]*(?:\/\/|#|\/?\*|@)/.test(line)) continue;
    if (/^[ \t]*/.exec(line)![0].length >= ownIndent) continue;
    return TYPE_DECLARATION.exec(line)?.[1];
  }
  return undefined;
}
