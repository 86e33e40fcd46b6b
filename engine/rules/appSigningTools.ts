// Passwords and tokens given to the tools apps are signed, uploaded and debugged with (found while tuning on
// rw-dev13's app part): macOS `security` (a keychain's password to its unlock-keychain, create-keychain and
// set-key-partition-list commands, a .p12's to `import -P`), Apple's `altool` (`xcrun altool --upload-app … -p X`: the
// Apple ID's app-specific password), Windows `signtool sign /p X` (a code-signing .pfx password; Inno Setup's
// `SignTool=` line and NSIS `!finalize` run it too), and extras handed to an Android app by `adb shell am
// start|broadcast --es NAME X` under a secret's name. The tool decides (engine/detect/shellCommand.ts): `-p` and
// `-P` mean other things elsewhere.
import type { MatchContext, Rule } from '../types';
import { positionalRule, toolFlagRule } from './cliRuleBuilder';
import { humanPassword, passphrase } from './humanPasswords';

/** altool's `-p @keychain:ITEM` / `@env:VAR` and signtool's Inno Setup `{#SignPass}` are references, not values. */
function notReference(rule: Rule): Rule {
  const inner = rule.validate!;
  return { ...rule, validate: (secret: string, ctx: MatchContext) => !/^[@{%]/.test(secret) && inner(secret, ctx) };
}

const appleAppPassword = (g: { lower(n: number): string }) => `${g.lower(4)}-${g.lower(4)}-${g.lower(4)}-${g.lower(4)}`;

export const appSigningToolRules: Rule[] = [
  toolFlagRule({
    id: 'cli-macos-keychain-password',
    description: 'Keychain password given to macOS security (unlock-keychain, create-keychain -p; set-key-partition-list -k)',
    envName: 'KEYCHAIN_PASSWORD',
    docsUrl: 'https://ss64.com/mac/security.html',
    tools: ['security'],
    keywords: ['unlock-keychain', 'create-keychain', 'set-key-partition-list'],
    // The flag right after the command's own options (a later line's `-k NAME.keychain` belongs to another command).
    subcommand: /^[ \t]{1,4}(?:(?:unlock|create)-keychain|set-key-partition-list(?:[ \t]{1,4}[^\s\\]{1,60}){0,8})(?:[ \t]{1,4}-[a-z])?[ \t]{0,4}$/,
    flag: '-[pk]',
    value: 'spaced',
    kind: 'password',
    positives: (g) => [
      `security unlock-keychain -p "${g.s(humanPassword(g))}" ~/Library/Keychains/login.keychain-db`,
      `security create-keychain -p ${g.s(g.alnum(20))} build.keychain`,
      `security set-key-partition-list -S apple-tool:,apple: -s -k '${g.s(humanPassword(g))}' build.keychain`,
    ],
    negatives: () => [
      'security unlock-keychain -p "$KEYCHAIN_PASSWORD" build.keychain',
      'security set-key-partition-list -S apple-tool:,apple: -s -k "$KEYCHAIN_PASSWORD" build.keychain',
      'security find-generic-password -a ci -s deploy -w',
      'security default-keychain -s build.keychain',
      'security unlock-keychain -p "$KEYCHAIN_PASSWORD" build.keychain\\nsecurity import dist.p12 -k build.keychain -T /usr/bin/codesign',
    ],
  }),
  toolFlagRule({
    id: 'cli-macos-security-import-password',
    description: 'Password of a .p12 certificate imported into a keychain by macOS security import (-P)',
    envName: 'P12_PASSWORD',
    docsUrl: 'https://ss64.com/mac/security.html',
    tools: ['security'],
    keywords: ['security import'],
    subcommand: /^[ \t]{1,4}import\b/,
    // import's `-k` names the keychain file, its `-P` is the .p12's password.
    flag: '-P',
    value: 'spaced',
    kind: 'password',
    positives: (g) => [`security import certs/devid.p12 -k build.keychain -P '${g.s(passphrase(g))}' -T /usr/bin/codesign`, `security import dist.p12 -P ${g.s(g.alnum(16))} -A`],
    negatives: () => ['security import dist.p12 -k ~/Library/Keychains/build.keychain -P "$P12_PASSWORD" -T /usr/bin/codesign', 'security import dist.p12 -k build.keychain -T /usr/bin/codesign'],
  }),
  notReference(
    toolFlagRule({
      id: 'cli-altool-password',
      description: 'Apple ID app-specific password given to xcrun altool (-p, --password)',
      envName: 'APPLE_APP_SPECIFIC_PASSWORD',
      docsUrl: 'https://help.apple.com/itc/apploader/#/apdATD1E53-D1E1A1303-D1E53A1126',
      tools: ['altool'],
      keywords: ['altool'],
      flag: '-p|--password',
      value: 'spaced',
      kind: 'password',
      positives: (g) => [
        `xcrun altool --upload-app -f build/App.ipa -t ios -u build@example.com -p "${g.s(appleAppPassword(g))}"`,
        `xcrun altool --notarize-app --primary-bundle-id com.example.app -u dev@example.com --password ${g.s(appleAppPassword(g))} --file App.zip`,
      ],
      negatives: () => [
        'xcrun altool --upload-app -f App.ipa -t ios -u "$APPLE_ID" -p "@keychain:AC_PASSWORD"',
        'xcrun altool --upload-app -f App.ipa -u me@example.com -p @env:ASP_PASSWORD',
        'xcrun altool --upload-app -f App.ipa --apiKey $ASC_KEY_ID --apiIssuer $ASC_ISSUER',
        'xcrun simctl boot -p iPhone',
      ],
    }),
  ),
  notReference(
    toolFlagRule({
      id: 'cli-signtool-pfx-password',
      description: 'Code-signing certificate (.pfx) password given to Windows signtool sign (/p)',
      envName: 'SIGNING_CERT_PASSWORD',
      docsUrl: 'https://learn.microsoft.com/en-us/dotnet/framework/tools/signtool-exe',
      tools: ['signtool'],
      keywords: ['signtool'],
      flag: '/p',
      value: 'spaced',
      kind: 'password',
      positives: (g) => [
        `signtool sign /f certs\\codesign.pfx /p ${g.s(humanPassword(g))} /tr http://timestamp.digicert.com /td sha256 setup.exe`,
        `!finalize 'signtool.exe sign /f "%CERT_PATH%" /p "${g.s(g.alnum(18))}" /fd sha256 "%1"'`,
        `"C:\\Program Files (x86)\\Windows Kits\\10\\bin\\x64\\signtool.exe" sign /fd SHA256 /f build\\corp.pfx /p "${g.s(g.alnum(16))}" setup.msi`,
      ],
      negatives: () => [
        'SignTool=signtool sign /f "C:\\certs\\app.pfx" /p {#SignPass} /tr http://timestamp.sectigo.com $f',
        'signtool sign /f app.pfx /p %PFX_PASSWORD% /fd sha256 app.exe',
        'signtool sign /f app.pfx /p $env:PFX_PASSWORD /fd sha256 app.exe',
        'signtool verify /pa /v app.exe',
        'signtool sign /a /fd sha256 app.exe',
      ],
    }),
  ),
  positionalRule({
    id: 'cli-adb-intent-extra-secret',
    description: 'Secret handed to an Android app as an intent extra (adb shell am start|broadcast --es NAME X) under a secret-named extra',
    envName: 'APP_DEBUG_TOKEN',
    docsUrl: 'https://developer.android.com/tools/adb#IntentSpec',
    keywords: ['--es'],
    lead: `am[ \\t]{1,4}(?:start|broadcast|startservice|start-activity|start-foreground-service)\\b[^\\n]{0,300}?[ \\t]--es[ \\t]{1,4}["']?[\\w.]{0,40}(?:token|secret|password|passwd|api[_-]?key|apikey|pin)["']?[ \\t]{1,4}`,
    ignoreCase: true,
    kind: 'password',
    positives: (g) => [
      `adb shell am broadcast -a com.example.SET_TOKEN --es token ${g.s(g.base64url(43))} -n com.example/.debug.TokenReceiver`,
      `adb shell am start -n com.example/.LoginActivity --es password '${g.s(humanPassword(g))}'`,
    ],
    negatives: () => [
      'adb shell am broadcast -a com.example.SET_TOKEN --es token "$TOKEN"',
      'adb shell am start -n com.example/.Main --es mode demo',
      'adb shell am start -n com.example/.Main --es username qa01',
    ],
  }),
];
