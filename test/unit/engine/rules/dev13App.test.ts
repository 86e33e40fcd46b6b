// Classes found while tuning on rw-dev13's app part (mobile and desktop apps): the signing and upload tools' password
// flags (macOS `security`, `altool`, `signtool /p`), adb intent extras, Kotlin Multiplatform's BuildKonfig fields,
// Objective-C `@"…"` values aligned after `#define`, NSIS `!define`, Android manifest `<meta-data>` pairs, smali
// string fields, .NET settings files, C++ string wrappers (Qt, Unreal, Windows), Unity `.asset` files as config, and
// the ids mobile SDKs ship in every app kept quiet. Values are generated from a seed at test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0xd15c_0d13);

const { found: values } = ruleAssertions(scanner);

const human = () => `${g.pick(['Herbst', 'Summer', 'Verano', 'Pixel'])}${g.digits(4)}${g.pick(['!', '#', '%'])}`;
const asp = () => `${g.lower(4)}-${g.lower(4)}-${g.lower(4)}-${g.lower(4)}`;

describe('rw-dev13 classes: mobile and desktop apps', () => {
  it("reads macOS security's keychain and .p12 passwords, not its keychain paths", () => {
    const [a, b, c] = [human(), g.alnum(20), human()];
    const script = `security create-keychain -p ${b} build.keychain\nsecurity unlock-keychain -p "${a}" ~/Library/Keychains/login.keychain-db\nsecurity import certs/devid.p12 -k build.keychain -P "${c}" -T /usr/bin/codesign\n`;
    assert.deepEqual(values(script, 'scripts/sign.sh').sort(), [a, b, c].sort());
    assert.deepEqual(
      values(
        'security unlock-keychain -p "$KEYCHAIN_PASSWORD" build.keychain\nsecurity import dist.p12 -k build.keychain -P "$P12" -T /usr/bin/codesign\nsecurity default-keychain -s build.keychain\n',
        'scripts/sign.sh',
      ),
      [],
    );
  });

  it("reads altool's -p and signtool's /p, not their references", () => {
    const [a, b] = [asp(), human()];
    assert.deepEqual(values(`xcrun altool --upload-app -f build/App.ipa -t ios -u "$APPLE_ID" -p "${a}"\n`, 'scripts/upload.sh'), [a]);
    assert.deepEqual(values(`!finalize 'signtool.exe sign /f "%CERT_PATH%" /p "${b}" /fd sha256 "%1"'\n`, 'installer/setup.nsi'), [b]);
    assert.deepEqual(
      values(
        'xcrun altool --upload-app -f App.ipa -u "$APPLE_ID" -p "@keychain:AC_PASSWORD"\nSignTool=signtool sign /f app.pfx /p {#SignPass} $f\nsigntool sign /f app.pfx /p %PFX_PASSWORD% app.exe\n',
        'installer/build.sh',
      ),
      [],
    );
  });

  it('reads a secret-named adb intent extra', () => {
    const t = g.base64url(43);
    assert.deepEqual(values(`adb shell am broadcast -a com.example.SET_TOKEN --es token ${t} -n com.example/.Rx\n`, 'scripts/qa.sh'), [t]);
    assert.deepEqual(values('adb shell am start -n com.example/.Main --es mode demo\nadb shell am broadcast -a X --es token "$TOKEN"\n', 'scripts/qa.sh'), []);
  });

  it("reads BuildKonfig's buildConfigField(STRING, NAME, v)", () => {
    const [a, b] = [g.alnum(32), g.alnum(24)];
    const kts = `buildkonfig {\n    defaultConfigs {\n        buildConfigField(STRING, "API_KEY", "${a}")\n        buildConfigField(FieldSpec.Type.STRING, "DB_ENCRYPTION_KEY", "${b}", const = true)\n        buildConfigField(STRING, "BASE_URL", "https://api.example.com")\n    }\n}\n`;
    assert.deepEqual(values(kts, 'shared/build.gradle.kts'), [a, b]);
  });

  it('reads Objective-C @"…" values aligned after #define, and NSIS !define', () => {
    const [a, b, c] = [g.alnum(32), human(), human()];
    const h = `#define kBaseURL          @"https://api.example.com/v1"\n#define kAPIKey           @"${a}"\n#define kXMPPPassword     @"${b}"\n#define kPasswordFieldKey @"password"\n`;
    assert.deepEqual(values(h, 'Classes/AppConstants.h'), [a, b]);
    assert.deepEqual(values(`!define APPNAME "Dispatch"\n!define DB_PASS "${c}"\n`, 'installer/setup.nsi'), [c]);
  });

  it("reads an Android manifest's <meta-data> name/value pair, the value maybe on the next line", () => {
    const [a, b] = [g.alnum(24), g.hex(40)];
    const xml = `<meta-data\n    android:name="com.shopapp.PAYMENT_SECRET"\n    android:value="${a}" />\n<meta-data android:name="io.fabric.ApiKey" android:value="${b}" />\n<meta-data android:name="com.facebook.sdk.ClientToken" android:value="@string/facebook_client_token"/>\n`;
    assert.deepEqual(values(xml, 'app/src/main/AndroidManifest.xml'), [a, b]);
  });

  it('reads smali string fields: declared with a value, or stored from const-string', () => {
    const [a, b, c] = [g.alnum(32), human(), g.hex(32)];
    const smali = `.field private static final apiSecret:Ljava/lang/String; = "${a}"\n\n.field private static final dbPassword:Ljava/lang/String; = "${b}"\n\n.field public static final BASE_URL:Ljava/lang/String; = "https://api.example.com/"\n\n    const-string v0, "${c}"\n\n    sput-object v0, Lcom/example/net/Keys;->pushSecret:Ljava/lang/String;\n`;
    assert.deepEqual(values(smali, 'apktool-out/smali/com/example/net/Keys.smali'), [a, b, c]);
  });

  it("reads a .NET settings file's secret-named setting", () => {
    const [a, b] = [human(), g.alnum(32)];
    const cfg = `<setting name="SavedUser" serializeAs="String">\n    <value>ana.k</value>\n</setting>\n<setting name="SavedPassword" serializeAs="String">\n    <value>${a}</value>\n</setting>\n<setting name="ApiToken" serializeAs="String">\n    <value>${b}</value>\n</setting>\n`;
    assert.deepEqual(values(cfg, 'AppData/Local/App/user.config'), [a, b]);
  });

  it('reads literals wrapped in C++ string macros and classes (Qt, Unreal, Windows)', () => {
    const [a, b, c] = [human(), g.alnum(32), human()];
    assert.deepEqual(values(`const QString kDefaultAdminPassword = QStringLiteral("${a}");\n`, 'src/client.cpp'), [a]);
    assert.deepEqual(values(`const FString ApiSecret = TEXT("${b}");\n`, 'Source/Game/Backend.cpp'), [b]);
    assert.deepEqual(values(`static const TCHAR* DbPassword = _T("${c}");\n`, 'src/db.cpp'), [c]);
    assert.deepEqual(values('const QString kPasswordKey = QStringLiteral("auth/password");\n', 'src/client.cpp'), []);
  });

  it("reads Unity's ProjectSettings.asset as config (keystore passwords unquoted)", () => {
    const [a, b] = [human(), human()];
    assert.deepEqual(
      values(`PlayerSettings:\n  AndroidKeystoreName: '{inproject}: Keystore/app.keystore'\n  AndroidKeystorePass: ${a}\n  AndroidKeyaliasPass: ${b}\n`, 'ProjectSettings/ProjectSettings.asset'),
      [a, b],
    );
  });

  it('keeps quiet the ids mobile SDKs ship in every copy of the app', () => {
    const code = `IRONSOURCE_APP_KEY="${g.hex(9)}"\nMIDTRANS_CLIENT_KEY="SB-Mid-client-${g.alnum(16)}"\nFLURRY_API_KEY=${g.upper(20)}\n`;
    assert.deepEqual(values(code, 'config/.env'), []);
    assert.deepEqual(values(`"crashReporterKey" : "${g.hex(40)}",\n`, 'crashes/App-2024-04-11.ips'), []);
    const server = `SB-Mid-server-${g.base64url(24)}`;
    assert.deepEqual(values(`MIDTRANS_SERVER_KEY="${server}"\n`, 'config/.env'), [server]);
  });

  it('reads a Maps key as public in a Cordova plugin variable or a note in another language', () => {
    const key = () => `AIza${g.base64url(35).replace(/[-_]/g, 'x')}`;
    const xml = `<plugin name="cordova-plugin-googlemaps" spec="^2.7.1">\n    <variable name="API_KEY_FOR_ANDROID" value="${key()}" />\n</plugin>\n`;
    assert.deepEqual(values(xml, 'config.xml'), []);
    assert.deepEqual(values(`> 구글 지도 API 키(${key()})는 패키지명+SHA-1로 제한되어 있음.\n`, 'docs/notes.md'), []);
  });

  it('reads a Swift or Objective-C key-value setter whose key names a secret', () => {
    const [a, b] = [g.alnum(40), human()];
    assert.deepEqual(values(`UserDefaults.standard.set("${a}", forKey: "plaidAccessToken")\nUserDefaults.standard.set("dark", forKey: "theme")\n`, 'App/Seed.swift'), [a]);
    assert.deepEqual(values(`[defaults setObject:@"${b}" forKey:@"password"];\n[defaults setObject:user forKey:@"password"];\n`, 'Classes/Login.m'), [b]);
  });

  it('reads a JVM or Gradle property flag in a log as data', () => {
    const [a, b] = [human(), human()];
    assert.deepEqual(values(`Gradle command: gradlew.bat assembleRelease -Pandroid.injected.signing.store.password=${a} -Pandroid.injected.signing.key.alias=app\n`, 'Logs/Editor.log'), [a]);
    assert.deepEqual(values(`[INFO] Executing: mvn deploy -Dgpg.passphrase=${b} -DskipTests\n`, 'ci/build.log'), [b]);
    assert.deepEqual(values('+ ./gradlew bundleRelease -Pandroid.injected.signing.store.password=***\n-Dpassword.policy=strict\n', 'ci/build.log'), []);
  });

  it('reads ENCRYPT_KEY and CIPHER_KEY as keys, a function of that name not', () => {
    const [a, b] = [g.alnum(32), g.hex(32)];
    assert.deepEqual(values(`flutter build apk --dart-define=ENCRYPT_KEY=${a} --release\n`, 'scripts/build.sh'), [a]);
    assert.deepEqual(values(`CIPHER_KEY="${b}"\nENCRYPT_KEY=aes-256-gcm\n`, 'config/.env'), [b]);
    assert.deepEqual(values('const encryptKey = (data, key) => crypto.encrypt(data, key);\n', 'src/crypto.js'), []);
  });

  it('reads capitalised words run together with a digit after them under a password name in a properties file', () => {
    const words = () =>
      ['Cobalt', 'Glacier', 'Mango', 'Cactus', 'Orbit', 'Falcon']
        .sort(() => (g.digits(1) < '5' ? -1 : 1))
        .slice(0, 4)
        .join('');
    const [a, b] = [`${words()}${g.digits(1)}`, `${words()}${g.digits(1)}`];
    assert.deepEqual(values(`storeFile=upload.jks\nkeyAlias=upload\nkeyPassword=${a}\nstorePassword=${b}\n`, 'android/key.properties'), [a, b]);
    assert.deepEqual(values('password=PasswordMustBeAtLeast6Chars\npassword=EnterYourPassword1\n', 'config/app.properties'), []);
  });
});
