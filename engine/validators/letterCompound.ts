// Letters-only passwords people make by running words together (`marmaladeotter`, `Sonnenblumekatze`,
// `LanternMeadow`): no digit or symbol says "chosen", so they count only where a label in prose already says
// "password" (a sentence naming it, a label line above it, a follow-up naming the new value). A single long word
// of a sentence (`Administrator`, `obligatoire`, `gespeichert`) is no compound: its ending or shape gives it away.
import { isCompoundWordPassword } from './secretValue';

/** Endings of single long words in the languages prose is written in, beyond secretValue's English ones. */
const PROSE_WORD_END =
  /(?:tions|sions|ments|ities|nesses|ers|ors|als|ics|or|ic|al|ly|ary|ory|ery|ies|ator|lich|keit|heit|ungen|ung|iert|ieren|oire|orio|oria|ario|aria|mente|ique|isch|ische|ischen|ant|ent|eur|euse|iel|elle|ado|ada|ido|ida|ato|ata|ita|ito)$/;

/** Words of code and of the subject that make a capitalised run an identifier (`PasswordEncoder`, `ConfigValue`). */
const CODE_PART =
  /manager|service|provider|factory|handler|config|encoder|store|field|input|form|reset|policy|exception|error|request|response|client|server|helper|util|value|string|class|object|module|plugin|builder/;

/** A single long word of a sentence by its ending (`confidentiel`, `obligatoria`) or a German participle (`gespeichert`). */
export function isSingleProseWord(lower: string): boolean {
  // German participles (`gespeichert`, `gesperrt`, `geändert` in ASCII): a state, not a value.
  return PROSE_WORD_END.test(lower) || /^ge[a-z]{5,}(?:t|en)$/.test(lower);
}

/**
 * Two or more words run together, letters only, 11 to 32 of them: all small letters, capitalised, or each word
 * capitalised (2 to 4 words). Not a single long word, a dummy, a product or a code identifier.
 */
export function isLetterCompound(value: string): boolean {
  if (!/^[A-Za-z]{11,32}$/.test(value)) return false;
  const pascal = /^(?:[A-Z][a-z]{2,14}){2,4}$/.test(value);
  if (!pascal && !/^[A-Za-z][a-z]+$/.test(value)) return false;
  const lower = value.toLowerCase();
  if (isSingleProseWord(lower) || CODE_PART.test(lower)) return false;
  return isCompoundWordPassword(lower);
}
