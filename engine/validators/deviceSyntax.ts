// What network device configurations put where a value would be, that is not the value: the syntax word before a
// key (Junos `pre-shared-key ascii-text "$9$…"`, Comware `key cipher …`), and the next `name=value` of a RouterOS
// line read after an empty value (a hotspot user's empty `password=` followed by its `limit-uptime=` parameter).
const SYNTAX_WORD = /^(?:ascii-text|hexadecimal|cleartext|plaintext|plain-text|ciphertext|cipher|encrypted|hashed|simple)$/i;
const NEXT_PARAMETER = /^[a-z][a-z0-9]{1,20}(?:-[a-z0-9]{1,20}){0,3}=[^=\s]{1,64}$/;

/** The communities every SNMP agent ships with: defaults, not secrets. */
const DEFAULT_COMMUNITY = /^(?:public|private)$/i;

export function isDefaultCommunity(value: string): boolean {
  return DEFAULT_COMMUNITY.test(value);
}

/** `quote` is the value's own quote: a quoted `word=word7` is the value itself, not the next parameter. */
export function isDeviceSyntax(value: string, quote = ''): boolean {
  return SYNTAX_WORD.test(value) || (quote === '' && NEXT_PARAMETER.test(value));
}
