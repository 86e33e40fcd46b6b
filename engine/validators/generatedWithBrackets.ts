// Password generators draw from every printable symbol, brackets included, so a generated value may start with `(`,
// end with `[` or hold `]` (`(9<Qx…+Wr[` under `"login_password":` in an Ansible -vvv log, `password: )K7%Q…%[` in a
// Spring YAML file). A call, an index or a list in code is made of words; this is a random run (rw-dev4, rw-dev9).
import { characterClasses, looksRandom } from './valueStats';

/** A generated value holding brackets: no blank, 12 to 128 characters of all four classes, random, no arrow or call shape. */
export function isGeneratedWithBrackets(value: string): boolean {
  if (value.length < 12 || value.length > 128 || /\s|=>|->/.test(value) || !/[()[\]{}]/.test(value)) return false;
  // A wrapped value (`{AQAAAB…=}` Jenkins' encrypted secrets, `{SSHA}…` hashes, `(…)`, `[…]`) is a stored form or code.
  if (/^\{|\}$|^\(.*\)$|^\[.*\]$/.test(value)) return false;
  // `fn(arg)`, `list[0]`, `{name}`: an identifier before or inside the brackets.
  if (/^[A-Za-z_$][\w$.]*[([]|^[([{][A-Za-z_$][\w$.]*[)\]}]$/.test(value)) return false;
  return characterClasses(value) === 4 && looksRandom(value);
}
