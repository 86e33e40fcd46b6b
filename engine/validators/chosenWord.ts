// A single word as a password, where the syntax holds a password and nothing else (an SQL statement's password
// clause, a .pgpass line's last field): there a word is what somebody set (`Kolibri`), not an identifier of code.
// In code a quoted literal under the password's own name holds it too (`#define OTA_PASSWORD "…"`, assignment.ts).
// Elsewhere single words stay refused (secretValue.ts: `a word or identifier`).
import { isLabel, passwordVerdict, DUMMY_PART, PRODUCT_NAME } from './secretValue';

/**
 * Vendors' documented sample and default passwords (Oracle's `scott`/`tiger`, `system`/`manager`): a demo, not a choice.
 * Also the Android debug keystore's, the JDK truststore's, Vagrant boxes', Raspberry Pi OS's, Dell iDRAC's and Cisco's defaults.
 */
const DOCUMENTED_DEFAULTS = new Set(['tiger', 'manager', 'oracle', 'postgres', 'mysql', 'mariadb', 'welcome', 'android', 'changeit', 'vagrant', 'raspberry', 'calvin', 'cisco', 'insecure']);

/** One word, lower-case or capitalised, 5 to 20 letters, that is no dummy, label or product's default. */
export function isChosenWordPassword(value: string): boolean {
  if (!/^[A-Za-z][a-z]{4,19}$/.test(value)) return false;
  const lower = value.toLowerCase();
  if (DOCUMENTED_DEFAULTS.has(lower) || DUMMY_PART.test(lower) || PRODUCT_NAME.test(lower) || isLabel(value)) return false;
  // Every other refusal stands (sequences, placeholders, names): only the single word's is lifted.
  return passwordVerdict(value, 'password') === 'a word or identifier';
}
