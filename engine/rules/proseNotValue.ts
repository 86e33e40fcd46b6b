// What a prose rule may take for a value but is not one, seen in chat and ticket exports: a thank-you reply, a
// WebVTT cue id, a network name, the user of a login, a bracketed stand-in, a run of CSV fields, a name asked about
// in parentheses. Kept apart so each rule asks the same questions.

/** A reply that acknowledges (`Danke!`, `Thanks!!`, `merci`, `super`), not a value given. */
/** (`valeu`, `noted`, `roger`: Portuguese thanks and chat acknowledgements too; a yes in reply to `is it still X?`:
 * Swahili `ndio`, Hinglish `haan ji`, Tagalog `opo`.) */
const ACK =
  /^(?:thanks?|thank[ \t]you|thx|ty|danke(?:sch(?:ö|oe)n)?|merci|gracias|obrigad[oa]|grazie|dank[ \t]?(?:je|u)|dzi[eę]ki|dzi[eę]kuj[eę]|spasibo|te[sş]ekk[uü]rler|sa[gğ]ol|super|perfekt|perfect|perfecto|perfeito|perfetto|great|cool|nice|top|prima|genial|parfait|okay|ok|done|klappt|works|yes|yep|sure|gerne|bitte|lol|nope|hola|hallo|hello|hi|hey|moin|servus|salut|ciao|oi|valeu|vlw|brigad[oa]|tks|tnx|takk|tack|kiitos|spasibo|arigato|gotcha|noted|roger|ack|kk|mersi|sagol|ndio|ndiyo|sawa|asante|haan|haanji|ji|jee|theek|thik|acha|accha|opo|oo|yeah|yup|correct|exactly|genau|claro|exacto|certo|esatto|jawohl|vale|dale)$/i;
export function isAcknowledgement(value: string): boolean {
  return ACK.test(value.replace(/[!.?]{1,3}$/, ''));
}

/** A WebVTT cue id: the line right after it is the cue's timing (`00:00:08.200 --> 00:00:15.400`). */
export function isCueId(text: string, end: number): boolean {
  const nl = text.indexOf('\n', end);
  if (nl < 0 || nl - end > 40) return false;
  return /^(?:[0-9]{1,2}:)?[0-9]{2}:[0-9]{2}[.,][0-9]{3}[ \t]+-->/.test(text.slice(nl + 1, nl + 40));
}

/** The words just before the value name a network (`le réseau c'est X`, `network is X`, `SSID: X`): X is its name. */
export function namesNetworkBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  return /(?:r[ée]seau|network|ssid|netz(?:werk)?|netzname|\bred\b|\brede\b|sie[ćc]|\brete\b|netwerk|\ba[gğ]\b)[^\n.!?]{0,16}$/i.test(before);
}

/** The words just before the value name a user (`user is X`, `usuario: X`): X is the login, not its password. */
export function namesUserBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const named =
    /(?<![\p{L}])(?:user(?:[ \t]?name)?|login|benutzer(?:name)?|usuario|utilisateur|identifiant|utente|gebruiker|u[żz]ytkownik|kullan[ıi]c[ıi]|usu[áa]rio)[ \t]{0,2}(?:is|ist|es|est|é|è|:|=)?[ \t]{0,3}[`"'*]{0,2}$/iu.exec(
      before,
    );
  // `password for your first login: X`, `wachtwoord voor je eerste login: X`: the login is what the password is for.
  return named !== null && !/(?:^|[^\p{L}])(?:for|voor|für|pour|para|per)[ \t]{1,3}(?:\p{L}{1,8}[ \t]{1,3}){0,2}$/iu.test(before.slice(0, named.index));
}

/** A stand-in in brackets cut at its closing bracket (`[removido]`, `[gelöscht]`). */
export function bracketedStandIn(value: string, text: string, end: number): boolean {
  return /^\[[\p{L} _-]{1,30}$/u.test(value) && text.charAt(end) === ']';
}

/** A run of CSV fields (`meeting,IT-4635,903163,Task,`): a row of a table, not one value. */
export function csvFieldRun(value: string, path: string | undefined): boolean {
  return path !== undefined && /\.(?:csv|tsv)$/i.test(path) && (value.match(/,/g)?.length ?? 0) >= 2;
}

/**
 * A word of letters closing a question at the end of its line (an Italian chat asking whether the NAS's login
 * changed, `… è cambiata?`; a Spanish one asking for Audacity Cloud's, `… Riverside?`): the sentence asks about the
 * secret, it gives none. A chosen one ending in `?` mixes in digits or capitals inside (`Sommer2024?`).
 */
export function closesQuestion(value: string, text: string, end: number): boolean {
  return /^\p{L}\p{Ll}{1,30}\?{1,3}$/u.test(value) && /^[ \t]*(?:\r?\n|$)/.test(text.slice(end, end + 8));
}

/** A name asked about in parentheses (`(mon-01)?`): the tail of a question. */
export function parenthesisedQuestionTail(value: string): boolean {
  return /\)[?!.]{1,3}$/.test(value) && !value.includes('(');
}

/**
 * Small letters only, 14 or more, words run together (`stapleforestmarble`, `kuckucksuhrbergkristall`): a chosen
 * password, not a long word of the sentence (those end as adverbs, nouns or participles do: `automatically`,
 * `selbstverständlich`, `automatiquement`, `congratulations`).
 */
export function runTogetherWords(value: string): boolean {
  return /^[a-z\u00DF-\u00FF]{14,40}$/.test(value) && !/(?:ly|ment|mente|weise|lich|ig|ung|ungen|tion|tions|sion|sions|ness|able|ible|ed|ing|ings|ies|ity|ism|isme|ismus|ally|ique|ique?s)$/.test(value);
}

/** An example named as a bad or weak password, in the languages of the policies (`Example of a bad password`, `Пример плохого пароля`). */
export const BAD_PASSWORD_EXAMPLE =
  /(?:example|e\.g\.|beispiel|exemple|ejemplo|exemplo|esempio|voorbeeld|przykład|пример|приклад)[^\n]{0,30}(?:bad|weak|poor|common|guessable|schlecht|schwach|mauvais|faible|mal[oa]|d[ée]bil|fraco|ruim|debole|slecht|zwak|sła?b|zł[ey]|плох|слаб|поган)|(?:bad|weak|poor|schlecht|schwach|mauvais|faible|плох|слаб)[^\n]{0,30}(?:example|beispiel|exemple|ejemplo|пример)/iu;
