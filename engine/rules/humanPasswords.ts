// Example values shaped like the passwords people choose (a word, a number, a symbol), for rule examples: the
// rules that rely on context must find these, not only random strings. Built from the seeded generator.
import type { ExampleGen } from '../types';

const WORDS = ['Summer', 'Winter', 'Falcon', 'Harbor', 'Maple', 'Orange', 'Tiger', 'Rocket', 'Sunny', 'Garden', 'Silver', 'Monday', 'Coffee', 'Pepper', 'Bright'];
// No `&`, `;` or a leading `$`: examples paste these unquoted into shell lines, where they would mean something else.
const SYMBOLS = ['!', '#', '@', '$', '*', '?', '%'];
const LEADING = ['!', '#', '@', '*'];

/** `Summer2024!`, `falcon#77`, `H4rbor!2019`: a word, digits and a symbol in a few common orders. */
export function humanPassword(g: ExampleGen): string {
  const word = g.pick(WORDS);
  const digits = g.digits(g.pick([2, 3, 4]));
  const symbol = g.pick(SYMBOLS);
  switch (g.pick([0, 1, 2, 3])) {
    case 0:
      return `${word}${digits}${symbol}`;
    case 1:
      return `${word.toLowerCase()}${symbol}${digits}`;
    case 2:
      return `${word.replace(/a/g, '4').replace(/o/g, '0')}${symbol}${digits}`;
    default:
      return `${g.pick(LEADING)}${word}${digits}`;
  }
}

// The word list most rule examples draw their made-up passwords from.
const EXAMPLE_WORDS = ['Harbor', 'Falcon', 'Maple', 'Copper'];

/** `Harbor123!`: a word, `digits` digits, one of `symbols`. Each rule keeps its own digits and symbols. */
export function madeUpPassword(g: ExampleGen, digits: number, symbols: readonly string[], words: readonly string[] = EXAMPLE_WORDS): string {
  return `${g.pick(words)}${g.digits(digits)}${g.pick(symbols)}`;
}

/** `HarborMoon42`, or with a fixed `ending` such as `!`: two words and two digits. */
export function twoWordPassword(g: ExampleGen, ending = ''): string {
  return `${g.pick(EXAMPLE_WORDS)}${g.pick(['Moon', 'Lake', 'Fox'])}${g.digits(2)}${ending}`;
}

/** A human password safe to paste unquoted into a shell or host command line: what it would expand or end becomes `!`. */
export function shellSafePassword(g: ExampleGen): string {
  return humanPassword(g).replace(/[\s"'`<>&\\$;|()]/g, '!');
}

/** A passphrase of dictionary words joined by dashes (`maple-rocket-garden-42`). */
export function passphrase(g: ExampleGen): string {
  return `${g.pick(WORDS).toLowerCase()}-${g.pick(WORDS).toLowerCase()}-${g.pick(WORDS).toLowerCase()}-${g.digits(2)}`;
}

/** A passphrase of lower-case words joined by dots (`raven.harbor.maple`): code-shaped, so only context finds it. */
export function dottedPassphrase(g: ExampleGen): string {
  return `${g.pick(WORDS).toLowerCase()}.${g.pick(WORDS).toLowerCase()}.${g.pick(WORDS).toLowerCase()}`;
}
