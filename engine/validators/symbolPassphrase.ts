// A passphrase written as a short sentence that ends in a symbol or digits (`Copper kettle whistle#`, `granite
// lantern meadow copper!`, `Marble lanterns quietly!!`): SNMPv3 auth and privacy passphrases and database passwords
// people choose this way. Told from a message by its words: no function words or UI words, which every sentence
// people write to each other has (`Thanks for signing up!`, `Welcome back to the app!`).

const FUNCTION_WORDS = new Set(
  (
    'a an the to of for and or but in on at by with from into as is are was were be been has have had do does did ' +
    'you your we our us it its this that these those there here not no yes can will would should could may must ' +
    'please thanks thank welcome sorry hello hi hey now again back up out off all any some my me i he she they them ' +
    'der die das und oder ist sind ein eine nicht bitte le la les et ou est un une des pas el los las y es una por ' +
    'il lo gli di che non de het een en niet'
  ).split(' '),
);

/** Three to eight words of letters, the first maybe capitalised, the last closed by digits or symbols. */
const SHAPE = /^[A-Za-z][a-z]{1,15}(?: [a-z]{2,15}){1,6} [a-z]{2,15}(?:[0-9]{1,4}[!#$%&*+=?@^~]{0,3}|[!#$%&*+=?@^~]{1,3})$/;

export function isSymbolEndedPassphrase(value: string): boolean {
  if (!SHAPE.test(value)) return false;
  return value
    .toLowerCase()
    .replace(/[^a-z ]/g, '')
    .split(' ')
    .every((w) => !FUNCTION_WORDS.has(w));
}

/**
 * A passphrase quoted as one command-line argument (`cypher-shell -p '<word> <word> <word> <word>!'`, `sqlcmd -P
 * '<Word> <word> <word>'`): three to eight plain words, the first maybe capitalised, maybe digits or symbols after
 * the last. A password flag of a known tool says what the words are, so no closing symbol is asked for; a function
 * word still makes them a sentence (`-p 'not set yet'`).
 */
const ARGUMENT_SHAPE = /^[A-Za-z][a-z]{1,15}(?: [a-z]{2,15}){2,7}[0-9]{0,4}[!#$%&*+=?@^~.]{0,3}$/;

export function isPassphraseArgument(value: string): boolean {
  if (!ARGUMENT_SHAPE.test(value)) return false;
  return value
    .toLowerCase()
    .replace(/[^a-z ]/g, '')
    .split(' ')
    .every((w) => !FUNCTION_WORDS.has(w));
}
