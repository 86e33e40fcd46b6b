import type { ExampleGen } from '../types';
// Lines of chat exports and plain prose: what may stand before a value alone on its line (indentation, a bullet,
// a chat message's head with its time and name), a speaker's head line, and what a message says without its head.

/** A time of day in a chat line's head (`10:42 AM`, `[09.11.2026 08:14]`, `오전 9:43`). */
// A US docket number (`2:54-cv-08448`: office, year, case type) is no time.
export const TIME = /(?:^|[^0-9])[0-9]{1,2}[:.][0-9]{2}(?![0-9]|-[a-z]{2}-)/;

/**
 * What may stand before a value alone on its line: indentation, quote marks, a bullet, or a chat message's head
 * (a time and a name, ending in `:`, `>`, `]`, a tab, two blanks, a dash or a comma), then emphasis or a quote.
 */
export function isLinePrefix(prefix: string): boolean {
  const opener = /(?:\*{1,3}|_{1,2}|`{1,2}|''|\{\{|「|"|“|«[ \t]?)?$/;
  const bare = prefix.replace(opener, '');
  if (/^[ \t]{0,16}(?:>[ \t]?){0,4}(?:[-*•+][ \t]{1,3}|[0-9]{1,2}[.)][ \t]{1,3}|\.{4}[ \t]*|:[ \t]{1,3})?$/.test(bare)) return true;
  if (bare.length > 90 || !/(?:[:：>\]\t,]|[ \t]{2}|[-–—])[ \t]{0,4}$/.test(bare)) return false;
  // A bold name (`**Ravi** —`, `> **dba-jorge**:`) or a time with at most a name after it.
  if (/^[ \t]{0,4}(?:>[ \t]?)?\*\*@?[^*\n]{1,32}\*\*[ \t]{0,3}(?:[-–—:]|\([^()\n]{1,20}\))?[ \t]{0,3}[-–—:]?[ \t]{0,4}$/.test(bare)) return true;
  const time = TIME.exec(bare);
  if (!time) return false;
  const after = bare.slice(time.index + time[0].length);
  return after.length <= 48 && after.trim().split(/\s+/).length <= 5 && !/[?!.]\s/.test(after);
}

/** A chat message's head line alone (`Tomasz Wójcik  10:45 AM`, `[14-Nov-26 09:03 PM] dunebuggy`, `**@rui.c** — 14:08`). */
export const isSpeakerLine = (line: string, labelled: (line: string) => boolean) =>
  line.length <= 64 && TIME.test(line) && !/[?？]|[:：][ \t]*$/.test(line.replace(TIME, '')) && line.trim().split(/\s+/).length <= 7 && !labelled(line);

/** The text of a chat line without its head (time and name), for the length of what was said. */
export function said(line: string): string {
  const head = /^.{0,60}?[0-9]{1,2}[:.][0-9]{2}[^\n]{0,40}?(?:[:：>\]\t]|[ \t]{2}|[-–—])[ \t]*(?:[^\s:：]{1,24}(?:[ \t][^\s:：]{1,24}){0,2}[:：][ \t]{1,3})?/.exec(line);
  return head ? line.slice(head[0].length) : line.trim();
}

/** A first name to write example chat lines with (rule examples only). */
export const exampleSpeaker = (g: ExampleGen) => g.pick(['Maya', 'Tomasz', 'Priya', 'Owen', 'Lena']);
