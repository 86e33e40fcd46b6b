// Named values in the forms apps are taken apart or saved in (found while tuning on rw-dev13's app part): smali,
// the Dalvik assembly apktool writes, declares a string field's value on its `.field` line
// (`.field private static final apiSecret:Ljava/lang/String; = "v"`) or loads it into a register and stores it in
// the field (`const-string v0, "v"` then `sput-object v0, Lcom/x/Keys;->apiSecret:Ljava/lang/String;`); .NET's
// settings files (`user.config`, `App.config`, `Settings.settings`) keep a setting's value in a `<value>` element
// on the lines after `<setting name="SavedPassword" …>`; Apple's key-value stores take the value first and its name
// after (`UserDefaults.standard.set("v", forKey: "apiToken")`, `[defaults setObject:@"v" forKey:@"password"]`,
// `NSUbiquitousKeyValueStore`, a Keychain wrapper's `set("v", forKey: "refreshToken")`). The field's, setting's or
// entry's name reads as an assignment's would.
import { fileKind } from '../../validators/fileKind';
import { readSecretName } from '../../validators/secretName';
import { namedValueVerdict } from '../../validators/secretValue';
import type { MatchContext, Rule } from '../../types';
import { APP_BUNDLED_NOTE } from '../revocationNotes';

function validateNamed(value: string, ctx: MatchContext): boolean {
  const kind = fileKind(ctx.path);
  if (kind === 'lockfile' || kind === 'minified' || kind === 'example' || !ctx.keyName) return false;
  const reading = readSecretName(ctx.keyName);
  if (!reading) return false;
  return namedValueVerdict(value, ctx.keyName, reading, { strict: kind === 'test', quote: '"' }) === undefined;
}

const STRING_TYPE = ':Ljava/lang/String;';

const FIELD_TYPE = STRING_TYPE.replace(/[/;]/g, '\\$&');

const smaliCommon: Omit<Rule, 'id' | 'description' | 'pattern' | 'examples'> = {
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  keywords: ['ljava/lang/string;'],
  keywordWindow: { before: 260, after: 260 },
  validate: validateNamed,
  skipPlaceholderCheck: true,
  envName: 'SECRET',
  severity: 'warning',
  docsUrl: 'https://source.android.com/docs/core/runtime/dalvik-bytecode',
  revocationUrl: null,
  revocationNote: APP_BUNDLED_NOTE,
};

export const smaliStringFieldRule: Rule = {
  ...smaliCommon,
  id: 'smali-string-field-secret',
  description: 'Secret-named string field declared with a literal in smali (apktool output of an Android app)',
  pattern: new RegExp(`\\.field[ \\t][\\w \\t]{0,60}?(?<![\\w$])(?<key>[\\w$]{1,60})${FIELD_TYPE}[ \\t]{0,2}=[ \\t]{0,2}"(?<secret>[^"\\\\\\n]{4,200})"`),
  examples: {
    positives: (g) => [`.field private static final apiSecret:Ljava/lang/String; = "${g.s(g.alnum(32))}"`, `.field public static final DB_PASSWORD:Ljava/lang/String; = "${g.s(`Herbst${g.digits(4)}!`)}"`],
    negatives: (g) => [
      '.field public static final BASE_URL:Ljava/lang/String; = "https://api.example.com/"',
      '.field private static final KEY_PASSWORD:Ljava/lang/String; = "pref_password"',
      `.field public static final GIT_SHA:Ljava/lang/String; = "${g.hex(40)}"`,
    ],
  },
};

export const smaliConstStringFieldRule: Rule = {
  ...smaliCommon,
  id: 'smali-const-string-secret',
  description: 'Literal loaded by const-string and stored into a secret-named string field by the next smali instruction',
  pattern: new RegExp(
    `const-string(?:/jumbo)?[ \\t]{1,4}[vp]\\d{1,3},[ \\t]{0,2}"(?<secret>[^"\\\\\\n]{4,200})"[ \\t]*\\r?\\n(?:[ \\t]*\\r?\\n){0,2}[ \\t]{0,12}[is]put-object[ \\t]{1,4}[vp]\\d{1,3},[ \\t]{0,2}(?:[vp]\\d{1,3},[ \\t]{0,2})?L[\\w/$]{1,160};->(?<key>[\\w$]{1,60})${FIELD_TYPE}`,
  ),
  examples: {
    positives: (g) => [
      `    const-string v0, "${g.s(g.hex(32))}"\n\n    sput-object v0, Lcom/example/net/Keys;->pushSecret:Ljava/lang/String;`,
      `    const-string v1, "${g.s(g.base64(32))}"\n    iput-object v1, p0, Lcom/example/Api;->clientToken:Ljava/lang/String;`,
    ],
    negatives: () => [
      '    const-string v0, "com.example.app"\n    sput-object v0, Lcom/example/Keys;->apiToken:Ljava/lang/String;',
      '    const-string v0, "hello there"\n    sput-object v0, Lcom/example/Keys;->greeting:Ljava/lang/String;',
    ],
  },
};

export const dotnetSettingValueRule: Rule = {
  id: 'dotnet-setting-value-secret',
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  description: 'Secret-named setting with its value in a .NET settings file (user.config, App.config, Settings.settings)',
  keywords: ['serializeas', 'settings.settings', '<setting name', '<setting '],
  keywordWindow: { before: 40, after: 400 },
  pattern: /<[Ss]etting[ \t]{1,4}[Nn]ame="(?<key>[\w.]{1,80})"[^>\n]{0,120}>[ \t]{0,4}(?:\r?\n[ \t]{0,40})?<[Vv]alue(?:[ \t]{1,4}[Pp]rofile="[^"\n]{0,40}")?>(?<secret>[^<\n]{4,200})<\/[Vv]alue>/,
  validate: validateNamed,
  envName: 'SECRET',
  severity: 'warning',
  docsUrl: 'https://learn.microsoft.com/en-us/dotnet/desktop/winforms/advanced/application-settings-architecture',
  revocationUrl: null,
  revocationNote: "A settings file on a user's disk holds the value in clear: change it where it was issued and keep it in the Windows credential store (DPAPI) instead.",
  examples: {
    positives: (g) => [
      `<setting name="SavedPassword" serializeAs="String">\n    <value>${g.s(`${g.pick(['Winter', 'Summer'])}${g.digits(4)}!`)}</value>\n</setting>`,
      `<Setting Name="ApiToken" Type="System.String" Scope="User">\n  <Value Profile="(Default)">${g.s(g.alnum(32))}</Value>\n</Setting>`,
    ],
    negatives: (g) => [
      '<setting name="SavedUser" serializeAs="String">\n    <value>dispatcher.ana</value>\n</setting>',
      '<setting name="RememberPassword" serializeAs="String">\n    <value>True</value>\n</setting>',
      `<setting name="InstallId" serializeAs="String">\n    <value>${g.uuid()}</value>\n</setting>`,
    ],
  },
};

export const forKeySetterRule: Rule = {
  id: 'for-key-setter-secret',
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  description: 'Literal stored under a secret-named key by a Swift or Objective-C key-value setter (UserDefaults, Keychain wrappers: set(v, forKey:))',
  keywords: ['forkey:'],
  keywordWindow: { before: 260, after: 100 },
  pattern: /\bset(?:Object|Value|String)?[ \t]{0,2}[(:][ \t]{0,2}@?"(?<secret>[^"\\\n]{4,200})"[ \t]{0,2},?[ \t]{0,2}forKey:[ \t]{0,2}@?"(?<key>[\w.-]{1,80})"/,
  validate: validateNamed,
  envName: 'SECRET',
  severity: 'warning',
  docsUrl: 'https://developer.apple.com/documentation/foundation/userdefaults/1414067-set',
  revocationUrl: null,
  revocationNote: 'A literal in the app binary can be read back by anyone who has the app: revoke it where it was issued and fetch it at run time instead.',
  examples: {
    positives: (g) => [
      `UserDefaults.standard.set("${g.s(g.alnum(40))}", forKey: "plaidAccessToken")`,
      `[defaults setObject:@"${g.s(`Winter${g.digits(4)}!`)}" forKey:@"password"];`,
      `keychain.set("${g.s(g.base64url(43))}", forKey: "refreshToken")`,
    ],
    negatives: (g) => [
      'UserDefaults.standard.set("dark", forKey: "theme")',
      'UserDefaults.standard.set(token, forKey: "apiToken")',
      `UserDefaults.standard.set("${g.uuid()}", forKey: "deviceId")`,
      '[defaults setObject:@"pref_password" forKey:@"passwordKeyName"];',
    ],
  },
};
