// Precision classes of the twelfth session (rw-dev11, rw-dev9): identifiers public by design (push registration
// tokens, card tokens, CodePush and notifier keys, keys a remark calls public, Firebase SDK and app-restricted Google
// keys), stored verifiers and fields that only look like a password (Transmission's salted hash, a digest's realm, a
// Wi-Fi network's name, a printed struct's next field). Each case says what must stay quiet and what must still be
// found beside it. Values are generated at test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { humanPassword } from '../../../../engine/rules/humanPasswords';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0x9ec1_0012);
const { found, assertQuiet } = ruleAssertions(scanner);

/** A password with no characters that end a value in the syntaxes below, with a digit for sure. */
const pw = () => `${humanPassword(g).replace(/[\s"'#;&<>\\$`:@/()[\]{}|,!*=+-]/g, '')}Q7`;
const stamp = () => `2026-11-18 10:0${g.digits(1)}:1${g.digits(1)}.${g.digits(3)}`;
const googleKey = () => `AIza${g.base64url(35)}`;
const fcmToken = () => `${g.base64url(22)}:APA91b${g.base64url(134)}`;

/** Severities of the findings on `value` in `text`. */
const severities = (text: string, value: string, path: string) =>
  scanner
    .scan(text, { path })
    .filter((f) => text.slice(f.start, f.end) === value)
    .map((f) => f.severity);

describe('precision classes (twelfth session)', () => {
  it('notes a Google API key the Firebase SDK logs, or that a remark restricts to an app, at information level', () => {
    const key = googleKey();
    const logcat = `11-18 09:12:04.002  8812  8851 W Firebase: FirebaseApp initialised, api key ${key}\n11-18 09:12:04.210  8812  8851 I FA      : App measurement initialized\n`;
    assert.deepEqual(found(logcat, 'bugreports/logcat.txt'), []);
    assert.ok(severities(logcat, key, 'bugreports/logcat.txt').every((s) => s === 'info'));
    const mail = `the same file also had the Maps key ${key} (restricted to our Android app, fine) and a test password`;
    assert.deepEqual(found(mail, 'mail/alert.txt'), []);
    const ios = `GEMINI key in the build: ${key} # iOS-app restricted\n`;
    assert.deepEqual(found(ios, 'notes/keys.txt'), []);
    // A key named for a server's use, or a remark that restricts nothing to an app, stays an error.
    const server = googleKey();
    assert.ok(found(`GEMINI_API_KEY=${server}  # restricted to the batch job's project\n`, 'deploy/.env').includes(server));
    const logged = googleKey();
    assert.ok(found(`11-18 09:12:04.002  8812  8851 W Vertex: generateContent with key ${logged}\n`, 'bugreports/logcat.txt').includes(logged));
  });

  it('reads push registration tokens, card tokens and CodePush keys as public identifiers', () => {
    const hubPw = pw();
    const prefs = `<map>\n    <string name="hub_password">${hubPw}</string>\n    <string name="fcm_token">${fcmToken()}</string>\n    <string name="apnsDeviceToken">${g.hex(64)}</string>\n</map>\n`;
    assert.deepEqual(found(prefs, 'bugreports/shared-prefs.txt'), [hubPw]);
    const apns = `${stamp()} Reisen[1822:88121] [Push] APNs device token: ${g.hex(64)}\n`;
    for (const path of ['bugreports/ios-console.log', 'notes/push.txt', 'notes/push.md']) assertQuiet([apns], path);
    assertQuiet([`FCM registration token = "${fcmToken()}"\n`], 'notes/push.txt');
    assertQuiet([`        "data": {"amount": 4999, "currency": "EUR", "card_token": "tok_${g.alnum(24)}"}\n`], 'exports/event.json');
    const rest = g.base64(48).replace(/[+/]/g, 'N');
    const metro = ` LOG  [config] {"API_URL": "https://api.shop.example", "ONESIGNAL_REST_KEY": "${rest}", "CODEPUSH_KEY": "${g.alnum(32)}-${g.hex(8)}"}\n`;
    assert.deepEqual(found(metro, 'bugreports/metro-output.txt'), [rest]);
    assertQuiet([`<key>CodePushDeploymentKey</key>\n<string>${g.alnum(32)}-${g.hex(8)}</string>\n`], 'ios/Info.plist');
    // The keys that send pushes, and a token that pushes to a registry, are credentials.
    const server = `AAAA${g.base64url(7)}:APA91b${g.base64url(134)}`;
    assert.ok(found(`FCM_SERVER_KEY=${server}\n`, 'deploy/.env').includes(server));
    const push = g.alnum(32);
    assert.ok(found(`GITHUB_PUSH_TOKEN=${push}\n`, 'deploy/.env').includes(push));
  });

  it('takes a remark that calls a provider key public at its word, and not a remark that says it is not', () => {
    const write = g.alnum(32);
    const secret = g.hex(32);
    const config = `SEGMENT_WRITE_KEY = "${write}"  # public, in the web snippet\nMIXPANEL_API_SECRET = "${secret}"\n`;
    assert.deepEqual(found(config, 'tracking/config.py'), [secret]);
    assertQuiet([`MIXPANEL_PROJECT_TOKEN = "${g.hex(32)}"\n`, `MIXPANEL_TOKEN=${g.hex(32)}\n`], 'tracking/config.py');
    const notPublic = g.alnum(32);
    assert.ok(found(`SEGMENT_WRITE_KEY = "${notPublic}"  # server source, NOT public\n`, 'tracking/config.py').includes(notPublic));
    const bare = g.alnum(32);
    assert.ok(found(`SEGMENT_WRITE_KEY = "${bare}"\n`, 'tracking/config.py').includes(bare));
  });

  it("reads an error tracker's event payload apiKey as the notifier's public key", () => {
    const smtp = g.lower(16);
    const event = `{\n  "apiKey": "${g.hex(32)}",\n  "payloadVersion": "5",\n  "notifier": { "name": "Bugsnag Ruby", "version": "6.27.1" },\n  "events": [{\n    "metaData": { "smtp": { "user_name": "news@acme.shop", "password": "${smtp}" } }\n  }]\n}\n`;
    assert.deepEqual(found(event, 'debug/bugsnag-event.json'), [smtp]);
    assert.deepEqual(found(event.replace('"payloadVersion": "5",\n', ''), 'support/bugsnag-raw.json'), [smtp]);
    // An apiKey in any other JSON is a credential.
    const key = g.hex(32);
    assert.ok(found(`{\n  "apiKey": "${key}",\n  "region": "eu"\n}\n`, 'config/partner.json').includes(key));
  });

  it("reads Transmission's salted rpc-password hash as a verifier", () => {
    const settings = (v: string) => `{\n    "rpc-authentication-required": true,\n    "rpc-password": "${v}",\n    "rpc-username": "transmission"\n}\n`;
    assertQuiet(
      Array.from({ length: 6 }, () => settings(`{${g.hex(40)}${g.lower(8)}`)),
      'transmission/settings.json',
    );
    const plain = pw();
    assert.deepEqual(found(settings(plain), 'transmission/settings.json'), [plain]);
  });

  it("reads `admin:<realm>:<pw>` as a digest's input, not the admin's password", () => {
    assertQuiet([`# Auth on (ha1 = sha256 of "admin:shellyplus1pm-${g.hex(12)}:<pw>")\n`], 'notes/shelly.sh');
    const real = `${pw()}!`;
    assert.ok(found(`the NAS web ui is admin:${real} if you need to reboot it\n`, 'notes/nas.md').includes(real));
  });

  it("reads a printed struct's next field as a field, not the value of a padded secret", () => {
    const line = `time="2026-11-18T08:00:00Z" level=debug msg="loaded config" cfg="{Port:8080 WebhookSecret:${g.alnum(38)}= LogLevel:debug FeatureFlags:[a b]}"\n`;
    assert.ok(!found(line, 'logs/billing.log').includes('LogLevel:debug'));
    // A typed declaration still reads as one.
    const v = g.alnum(32);
    assert.ok(found(`    val webhookSecret: String = "${v}"\n`, 'src/Config.kt').includes(v));
  });

  it('reads a status after a report verb as no password, and the password given before it as one', () => {
    for (const given of [`${g.pick(['Autumn', 'Winter', 'Summer'])}${g.digits(2)}*`, pw(), `${humanPassword(g).replace(/[\s"'`]/g, '')}*`]) {
      const ticket = `Hi team, I also tried logging into the dashboard as ops@retailer.example\nwith our usual password ${given} and it says the account is ${g.pick(['locked??', 'disabled??', 'suspended?!'])} Request id: ${g.uuid()}.\n`;
      const out = found(ticket, 'support/zendesk/ticket.txt');
      assert.ok(!out.some((v) => /^(?:locked|disabled|suspended)/.test(v)), out.join(' '));
    }
  });

  it("reads a connection string's old and new text in a plan as settings, not a user / password pair", () => {
    const a = g.alnum(20);
    const b = pw();
    const api = g.base64url(32);
    const host = `sql-${g.lower(6)}.database.windows.net`;
    const plan = `  ~ resource "azurerm_app_service" "portal" {\n      ~ app_settings = {\n          ~ "PAYMENT_API_SECRET" = "(known after apply)" -> "${api}"\n          ~ "SQL_CONN"           = "Server=tcp:${host},1433;Database=portal;User ID=portal;Password=${a};" -> "Server=tcp:${host},1433;Database=portal;User ID=portal;Password=${b};"\n        }\n`;
    // (The new API secret after `->` is a miss of its own, not this class's.)
    assert.deepEqual(
      found(plan, 'ci-logs/terraform-plan.txt')
        .filter((v) => v !== api)
        .sort(),
      [a, b].sort(),
    );
  });

  it("reads a Wi-Fi network's name in a chat as a name, and the password beside it as a password", () => {
    const key = pw();
    const es = `12/9/24, 22:01 - Marta: chicos, he cambiado la contraseña del wifi\n12/9/24, 22:01 - Marta: red: MOVISTAR_${g.hex(4).toUpperCase()}\n12/9/24, 22:02 - Marta: clave: ${key}\n`;
    assert.deepEqual(found(es, 'exports/Chat de WhatsApp con Piso.txt'), [key]);
    const wifi = pw();
    const ja = `2024/04/02(火)\n21:03\tお父さん\t新しいWi-Fiのパスワードは ${wifi} です\n21:05\tゆい\tSSIDは？\n21:05\tお父さん\taterm-${g.hex(6)}-g\n`;
    assert.deepEqual(found(ja, 'exports/[LINE] 家族のトーク.txt'), [wifi]);
    const en = `[09:12] Sam: what's the network name?\n[09:13] Kim: Office-${g.hex(4)}-5G\n`;
    assertQuiet([en], 'exports/chat.txt');
    // The password asked for still answers.
    const reply = pw();
    assert.ok(found(`[09:12] Sam: and the wifi password?\n[09:13] Kim: ${reply}\n`, 'exports/chat.txt').includes(reply));
  });

  it('finds a spoken passphrase whose randomly drawn words repeat, and not a sentence that repeats a word', () => {
    const nouns = ['honey', 'dragon', 'window', 'spoon', 'paper', 'walnut', 'pebble', 'otter'];
    const phrase = () => {
      const a = g.pick(nouns);
      const b = g.pick(nouns.filter((w) => w !== a));
      return g.pick([`${a} ${b} ${b}`, `${a} ${b} ${a} ${g.pick(nouns)}`]);
    };
    const cases = [(v: string) => `2. the LUKS passphrase for the data volume: ${v}\n3. reboot\n`, (v: string) => `- backup encryption passphrase -> put in safe: ${v}\n`];
    for (const make of cases) {
      const v = phrase();
      assert.ok(found(make(v), 'ops/README.md').includes(v), make(v));
    }
    assertQuiet(['The passphrase is used used to encrypt the key.\n', 'Passphrase: very very long, see the policy\n'], 'ops/README.md');
  });
});
