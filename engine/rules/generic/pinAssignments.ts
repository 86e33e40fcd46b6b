// A PIN in code and config: digits given to a name that ends in `pin` (`kassen_pin = NNNN`, `ADMIN_PIN = NNNNN`,
// `"bankid.test.pin") ?: "NNNNNN"`, `env!("ADMIN_PIN").unwrap_or("NNNN")`, Android's `<string name="debug_pin">NNNN`).
// `pin` is no password word of the shared name grammar (it is inside `spin`, `pinned`, `mapping`), and digits alone
// are no token; the two together are the code someone set. The prose rule (`prose-pin`) reads PINs in sentences.
import { realPin } from '../proseCodes';
import { fileKind } from '../../validators/fileKind';
import { passwordVerdict } from '../../validators/secretValue';
import { characterClasses, looksRandom } from '../../validators/valueStats';
import type { MatchContext, Rule } from '../../types';

/** The name ends in the word `pin`: alone, after a separator (`kassen_pin`, `bankid.test.pin`) or camel-cased (`adminPin`, `ADMIN_PIN`). */
function endsInPinWord(key: string): boolean {
  // `pin_code` / `pinCode` / `PIN-CODE` (a settings dump's or a crash report's field) name the same code; the single
  // word `pincode` is India's postal code and stays out.
  const name = key.replace(/(?:[_.-]code|Code|[_.-]CODE)$/, '');
  if (name !== key && name.length === 0) return false;
  // A capitalised word before `PIN` in capitals (`ZertifikatPIN=`, `SimPIN`): an INI or settings key.
  return /^pin$/i.test(name) || /[_.-]pin$/i.test(name) || /[a-z0-9]Pin$/.test(name) || /^[A-Z0-9_.-]*[_.-]PIN$/.test(name) || /^(?:[A-Z][a-z]{2,}){1,3}PIN$/.test(name);
}

/** Digits under a `pin` that are a location or a wire, not a code: India's postal PIN, GPIO and board pins. */
const NOT_A_CODE = /\b(?:address|addr|city|state|district|street|locality|postal|postcode|zip|pincode|gpio|board|header|wiring|pinout|arduino|esp32|raspberry)\b/i;

function validatePin(value: string, ctx: MatchContext): boolean {
  const kind = fileKind(ctx.path);
  if (kind === 'lockfile' || kind === 'minified') return false;
  if (ctx.keyName === undefined || !endsInPinWord(ctx.keyName) || !realPin(value)) return false;
  const around = ctx.text.slice(Math.max(0, ctx.start - 200), Math.min(ctx.text.length, ctx.end + 120));
  return !NOT_A_CODE.test(around);
}

export const pinAssignmentRule: Rule = {
  id: 'pin-assignment',
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  description: 'A PIN (4 to 8 digits) assigned to, or defaulted under, a name that ends in pin',
  keywords: ['pin'],
  keywordWindow: { before: 48, after: 120 },
  // The name, then one of: an assignment (`= NNNN`, `: "NNNN"`), a lookup's default after its quoted name
  // (`"ADMIN_PIN").unwrap_or("NNNN")`, `"x.pin") ?: "NNNN"`, `getenv("X_PIN", "NNNN")`), or an XML element named
  // by its `name` attribute (`<string name="debug_pin" translatable="false">NNNN</string>`).
  pattern:
    /(?<![A-Za-z0-9_.-])(?<key>(?:[A-Za-z][A-Za-z0-9]{0,30}[_.-]){0,4}[A-Za-z0-9]{0,30}(?:pin|Pin|PIN)(?:[_.-]code|Code|[_.-]CODE)?)(?![A-Za-z0-9])(?:["']?[ \t]{0,4}(?:=>|:=|=|:)[ \t]{0,4}["']?|["'][^\n"'<>]{0,40}?["']|["'][^<>\n]{0,80}>)(?<secret>[0-9]{4,8})(?![0-9A-Za-z_.:/-])/,
  // Every match ends in an operator or a quote (or an element's `>`) right before its digits: most windows around
  // `pin` (`mapping`, `typing`, `spinner`) hold none.
  windowNeeds: /[=>:][ \t]{0,4}["']?[0-9]{4}|["'][0-9]{4}/,
  validate: validatePin,
  envName: 'APP_PIN',
  severity: 'warning',
  docsUrl: 'https://owasp.org/Top10/A07_2021-Identification_and_Authentication_Failures/',
  revocationUrl: null,
  revocationNote: 'A PIN: change it where it is used (device, terminal, account) and read it from the environment or a secret store.',
  examples: {
    positives: (g) => {
      const pin = () => g.pick(['4', '7', '2', '9']) + g.pick(['81', '06', '53', '39']) + g.digits(g.pick([1, 2, 3]));
      return [
        `[admin]\nkassen_pin = ${g.s(pin())}\n`,
        `ADMIN_PIN = ${g.s(pin())}`,
        `let admin_pin = option_env!("ADMIN_PIN").unwrap_or("${g.s(pin())}");`,
        `val bankIdPin = System.getProperty("bankid.test.pin") ?: "${g.s(pin())}"`,
        `<string name="debug_backdoor_pin" translatable="false">${g.s(pin())}</string>`,
        `  "voicemailPin": "${g.s(pin())}",`,
        `"user_prefs": {"pin_lock_enabled": true, "pin_code": "${g.s(pin())}", "theme": "dark"}`,
        `[Elster]\nZertifikatPIN=${g.s(pin())}\n`,
      ];
    },
    negatives: () => [
      'ADMIN_PIN = 0000',
      'kiosk_pin = 123456',
      'LED_PIN = 13',
      'spin = 4500',
      'pinned_version = 2024',
      '"pin": "560001", "city": "Bengaluru"',
      'ADMIN_PIN = ${ADMIN_PIN}',
      'pin_length = 6',
      'pincode = 560001',
      'pin_code: 0000',
      'SPIN = 4500',
      'LedPIN = 13',
    ],
  },
};

/** Names of the code that arms or opens something (`alarm_code`, `door_code`, Home Assistant's `code` under an alarm or a lock). */
const ARMING_CODE_NAME = /^(?:alarm|door|gate|lock|keypad|disarm|safe)_code$/i;

/**
 * Home Assistant's bare `code:` opens what the YAML around it names: a manual alarm panel (`alarm_control_panel:`
 * … `platform: manual`), or a service call that arms, disarms or unlocks (`service: alarm_control_panel.alarm_disarm`,
 * `lock.unlock`, `lock.open`) with the code in its `data:`. Read up to 600 characters back.
 */
const ARMING_CONTEXT = /(?:^|\n)[ \t]{0,12}alarm_control_panel:|\b(?:service|action):[ \t]{0,4}["']?(?:alarm_control_panel\.alarm_(?:arm|disarm|trigger)\w{0,20}|lock\.(?:unlock|open|lock))\b/;

function validateArmingCode(value: string, ctx: MatchContext): boolean {
  const kind = fileKind(ctx.path);
  if (kind !== 'config' && kind !== 'unknown' && kind !== 'prose') return false;
  if (ctx.keyName === undefined || !realPin(value)) return false;
  if (ARMING_CODE_NAME.test(ctx.keyName)) return true;
  return /^code$/.test(ctx.keyName) && ARMING_CONTEXT.test(ctx.text.slice(Math.max(0, ctx.start - 600), ctx.start));
}

export const armingCodeRule: Rule = {
  id: 'alarm-code-assignment',
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  description: "A code that arms, disarms or opens (`alarm_code:`, `door_code:`, Home Assistant's `code:` of an alarm panel or a lock)",
  keywords: ['alarm_code', 'door_code', 'gate_code', 'lock_code', 'keypad_code', 'disarm_code', 'safe_code', 'alarm_control_panel', 'lock.unlock', 'lock.open'],
  keywordWindow: { before: 16, after: 600 },
  // YAML (or `key = v`) on its own line: the name, then 4 to 8 digits, quoted or bare, and nothing after but a comment.
  pattern: /(?:^|\n)[ \t]{0,40}(?:- )?(?<key>code|[a-z]{3,6}_code)[ \t]{0,4}[:=][ \t]{0,4}(?<q>["']?)(?<secret>[0-9]{4,8})\k<q>[ \t]{0,8}(?=#|\r?\n|$)/,
  validate: validateArmingCode,
  envName: 'ALARM_CODE',
  severity: 'warning',
  docsUrl: 'https://www.home-assistant.io/integrations/manual/',
  revocationUrl: null,
  revocationNote: 'Set a new code on the alarm panel or lock, and keep it in secrets.yaml outside the repository (`code: !secret alarm_code`).',
  examples: {
    positives: (g) => {
      const pin = () => g.pick(['4', '7', '2', '9']) + g.pick(['81', '06', '53', '39']) + g.digits(g.pick([1, 2, 3]));
      return [
        `alarm_control_panel:\n  - platform: manual\n    name: Home Alarm\n    code: ${g.s(pin())}\n    arming_time: 30\n`,
        `# secrets.yaml\nmqtt_user: ha\nalarm_code: "${g.s(pin())}"\n`,
        `  action:\n    - service: alarm_control_panel.alarm_disarm\n      target:\n        entity_id: alarm_control_panel.home\n      data:\n        code: "${g.s(pin())}"\n`,
        `    - service: lock.unlock\n      target:\n        entity_id: lock.front_door\n      data:\n        code: ${g.s(pin())}\n`,
      ];
    },
    negatives: () => [
      'alarm_control_panel:\n  - platform: manual\n    name: Home Alarm\n    code: !secret alarm_code\n',
      'alarm_control_panel:\n  - platform: manual\n    code: 1234\n',
      '    - service: lock.unlock\n      data:\n        code: "{{ states(\'input_text.code\') }}"\n',
      'responses:\n  - code: 4040\n    message: not found\n',
      'door_code: 0000\n',
    ],
  },
};

/**
 * Names of a PIN or PUK that unlocks a device or a module (`HSM_PIN`, `SIM_PIN`, `AdminPuk`, `token_pin`), not a
 * certificate's pin (`CERT_PIN`, `spki_pin`: a public key's digest) or a board's pin (`LED_PIN`, `GPIO_PIN`).
 */
const NOT_AN_UNLOCK_PIN =
  /(?:cert|ssl|tls|spki|hpkp|public|pubkey|sha|hash|digest|gpio|led|data|clk|sda|scl|miso|mosi|sck|reset|rst|irq|pwm|adc|relay|button|btn|sensor|servo|motor|buzzer|power|enable|[tr]x)[_.-]?(?:pin|puk)$/i;

/** Identifiers (`GPIO_NUM_2`, `PA_10`, `D4`) and dotted or pathed settings: what a board or a config names, not a code. */
const IDENTIFIER_VALUE = /^[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+$|^[A-Z0-9]+$|[/\\]|^[\w-]+\.[\w.-]+$/;

function validatePinPassword(value: string, ctx: MatchContext): boolean {
  const kind = fileKind(ctx.path);
  if (kind === 'lockfile' || kind === 'minified' || kind === 'example') return false;
  const key = ctx.keyName ?? '';
  if (!/(?:^|[_.-]|[a-z0-9])(?:pin|puk|Pin|Puk|PIN|PUK)$/.test(key) || NOT_AN_UNLOCK_PIN.test(key)) return false;
  // A code someone set or was given: letters and digits at least, not a word, an identifier or a digest's padding.
  if (!/[A-Za-z]/.test(value) || !/[0-9]/.test(value) || IDENTIFIER_VALUE.test(value) || /=$/.test(value)) return false;
  if (passwordVerdict(value, key, { strict: kind === 'test', test: kind === 'test' }) !== undefined) return false;
  return characterClasses(value) >= 3 || looksRandom(value);
}

export const pinPasswordRule: Rule = {
  id: 'pin-password-assignment',
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  description: 'A PIN or PUK written as a password (letters, digits, symbols) under a name that ends in pin or puk (HSM_PIN, AdminPuk)',
  keywords: ['pin', 'puk'],
  keywordWindow: { before: 48, after: 80 },
  // The name, an assignment (`=`, `:`, `=>`, quoted key or not), then the value quoted or bare up to its end.
  pattern:
    /(?<![A-Za-z0-9_.-])(?<key>(?:[A-Za-z][A-Za-z0-9]{0,30}[_.-]){0,4}[A-Za-z0-9]{0,30}(?:pin|Pin|PIN|puk|Puk|PUK))(?![A-Za-z0-9])["']?[ \t]{0,4}(?:=>|:=|=|:)[ \t]{0,4}(?<q>["']?)(?<secret>[^\s"'`<>,;{}()[\]]{8,64})\k<q>(?=[\s,;})\]]|$)/,
  windowNeeds: /(?:pin|puk)["']?[ \t]{0,4}(?:=>|:=|=|:)[ \t]{0,4}["']?[^\s"'`]{8}/i,
  validate: validatePinPassword,
  envName: 'HSM_PIN',
  severity: 'warning',
  docsUrl: 'https://owasp.org/Top10/A07_2021-Identification_and_Authentication_Failures/',
  revocationUrl: null,
  revocationNote: 'Change the PIN or PUK on the module, card or device it unlocks, and read it from a secret store.',
  examples: {
    positives: (g) => [
      `environment {\n    HSM_PIN = '${g.s(`${g.alnum(6)}#${g.digits(2)}`)}'\n}`,
      `env:\n  HSM_PARTITION: PAY_P01\n  HSM_PIN: "${g.s(`${g.alnum(14)}7q`)}"\n`,
      `[Terminal]\nAdminPuk=${g.s(`${g.alnum(18)}4k`)}\nShowClock=1\n`,
      `SIM_PIN = "${g.s(`Kd${g.digits(3)}!mQ${g.digits(2)}`)}"`,
    ],
    negatives: (g) => [
      'LED_PIN = "GPIO_NUM_2"',
      'DATA_PIN: D4_ALT_99',
      `CERT_PIN = "sha256/${g.base64(43)}="`,
      `spki_pin: ${g.base64(43)}=`,
      `ADMIN_PIN = ${g.digits(5)}`,
      'HSM_PIN = ${HSM_PIN}',
      'HSM_PIN: "<your-hsm-pin>"',
      'sim_pin: changeme',
      'kiosk_pin = Welcome',
      'pin: config.get_pin',
    ],
  },
};
