// fastlane and App Store tooling: Fastfile, Appfile, Matchfile, .env.default, App Store Connect API keys,
// altool/notarytool command lines, TestFlight "What to Test" notes, App Review notes with demo logins.
import type { RealWorldDoc } from '../types';
import { appDoc, V } from './appValues';

export const APP_FASTLANE_DOCS: RealWorldDoc[] = [
  appDoc(
    'app-fastlane-fastfile-inline',
    ['code', 'command-line'],
    'fastlane/Fastfile',
    (k) => `default_platform(:ios)

ENV["FASTLANE_XCODEBUILD_SETTINGS_TIMEOUT"] = "120"
ENV["MATCH_PASSWORD"] = "${k.phrase()}"
ENV["FASTLANE_PASSWORD"] = "${k.hpw()}"
ENV["FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD"] = "${k.s('password', `${k.g.lower(4)}-${k.g.lower(4)}-${k.g.lower(4)}-${k.g.lower(4)}`)}"

platform :ios do
  desc "Push a new beta build to TestFlight"
  lane :beta do
    setup_ci if ENV['CI']
    match(type: "appstore", readonly: true, git_basic_authorization: "${k.http(V.b64('shopr-ci:' + V.githubPat(k.g)))}")
    increment_build_number(build_number: latest_testflight_build_number + 1)
    build_app(scheme: "Shopr", export_method: "app-store")
    upload_to_testflight(
      skip_waiting_for_build_processing: true,
      changelog: "Bug fixes and performance improvements"
    )
    slack(message: "New beta uploaded!", slack_url: "${k.prov('Slack', V.slackHook(k.g))}")
  end

  lane :sentry do
    sentry_upload_dif(auth_token: "${k.prov('Sentry', V.sentryAuth(k.g))}", org_slug: "shopr", project_slug: "ios")
  end
end
`,
  ),

  appDoc(
    'app-fastlane-appfile',
    ['config-syntax', 'precision'],
    'fastlane/Appfile',
    (k) => `app_identifier("com.petpal.ios") # The bundle identifier of your app
apple_id("${k.n('ios-team@petpal.io')}") # Your Apple Developer Portal username

itc_team_id("${k.n(k.g.digits(9))}") # App Store Connect Team ID
team_id("${k.n(V.teamId(k.g))}") # Developer Portal Team ID

# For more information about the Appfile, see:
#     https://docs.fastlane.tools/advanced/#appfile
`,
  ),

  appDoc(
    'app-fastlane-matchfile',
    ['config-syntax'],
    'fastlane/Matchfile',
    (k) => `git_url("https://ci-bot:${k.prov('GitHub', V.githubPat(k.g))}@github.com/rider-inc/certificates.git")
storage_mode("git")
type("appstore") # The default type, can be: appstore, adhoc, enterprise or development
app_identifier(["com.rider.app", "com.rider.app.widget"])
username("${k.n('mobile@rider.com')}")
# match passphrase lives in 1Password → "Rider match"
`,
  ),

  appDoc(
    'app-fastlane-env-default',
    ['config-syntax', 'credential-file'],
    'fastlane/.env.default',
    (k) => `# fastlane env — loaded automatically
FASTLANE_USER=release@notey.app
FASTLANE_PASSWORD=${k.hpw()}
FASTLANE_SESSION=${k.n('""')}
MATCH_PASSWORD=${k.gpw()}
MATCH_KEYCHAIN_PASSWORD=${k.letters()}
APP_STORE_CONNECT_API_KEY_KEY_ID=${k.n(k.g.upper(10))}
APP_STORE_CONNECT_API_KEY_ISSUER_ID=${k.n(k.g.uuid())}
APP_STORE_CONNECT_API_KEY_KEY_FILEPATH=./AuthKey.p8
SUPPLY_JSON_KEY=fastlane/play-store.json
FIREBASE_TOKEN=${k.s('token', '1//' + k.g.base64url(100))}
CRASHLYTICS_API_TOKEN=${k.hex(40)}
`,
  ),

  appDoc(
    'app-asc-api-key-json',
    ['credential-file'],
    'fastlane/asc_api_key.json',
    (k) => `{
  "key_id": "${k.n(k.g.upper(10))}",
  "issuer_id": "${k.n(k.g.uuid())}",
  "key": "${k.s('private-key', V.p8(k.g)).replace(/\n/g, '\\n')}",
  "duration": 1200,
  "in_house": false
}
`,
  ),

  appDoc(
    'app-altool-notary-shell',
    ['command-line'],
    'scripts/upload-ios.sh',
    (k) => `#!/usr/bin/env bash
set -euo pipefail
# upload IPA to App Store Connect (legacy way, altool deprecated but still works on our Xcode 14 runner)

IPA="build/Bookit.ipa"
APPLE_ID="build@bookit.es"

xcrun altool --upload-app -f "$IPA" -t ios -u "$APPLE_ID" -p "${k.s('password', `${k.g.lower(4)}-${k.g.lower(4)}-${k.g.lower(4)}-${k.g.lower(4)}`)}"

# macOS build notarization
xcrun notarytool submit build/Bookit.dmg --apple-id "$APPLE_ID" --team-id ${k.n(V.teamId(k.g))} --password "${k.s('password', `${k.g.lower(4)}-${k.g.lower(4)}-${k.g.lower(4)}-${k.g.lower(4)}`)}" --wait
xcrun notarytool submit build/Bookit.zip --keychain-profile "${k.n('AC_NOTARY')}" --wait

# the right way (kept for later)
# xcrun altool --upload-app -f "$IPA" -t ios --apiKey ${k.n('$ASC_KEY_ID')} --apiIssuer ${k.n('$ASC_ISSUER')}
`,
  ),

  appDoc(
    'app-testflight-what-to-test',
    ['prose'],
    'release-notes/testflight-3.2.0.txt',
    (k) => `What to Test — Shopr 3.2.0 (1057)

- New checkout flow (Apple Pay + card). Use Stripe test card 4242 4242 4242 4242, any CVC.
- Login with the beta account:
    email: beta@shopr.io
    password: ${k.hpw()}
- Promo code for free shipping: ${k.n('BETA2024')}
- Known issue: wishlist sync can be slow on cellular.

Thanks for testing!
`,
  ),

  appDoc(
    'app-review-notes-demo',
    ['prose'],
    'appstore/review-notes.md',
    (k) => `# App Review Information (paste into App Store Connect → App Review → Notes)

**Sign-in required:** Yes

Username: appreview@moneyo.co
Password: ${k.hpw()}

The account is pre-loaded with a sandbox bank connection (Plaid sandbox). If asked for an OTP during
bank linking, enter **${k.u('1234')}**.

For the business tier, use the second account:
  Username: appreview-biz@moneyo.co
  Password: ${k.gpw()}

Contact: Oleg K., +1 415 555 0188

---
_Previous rejection (Guideline 2.1): reviewer could not log in because the password had expired. The
password above does not expire._
`,
  ),

  appDoc(
    'app-review-notes-pt',
    ['prose'],
    'loja/notas-revisao-google-play.txt',
    (k) => `Acesso ao app para revisão do Google Play (Política de Acesso ao App)

Conta de demonstração:
  usuário: revisor.play@petpal.com.br
  senha: ${k.hpw()}

Conta com plano premium (para testar assinatura):
  usuário: premium.demo@petpal.com.br
  senha: ${k.phrase()}

Código de verificação por SMS: não é necessário para essas contas.
O campo "senha" no app aceita no mínimo ${k.n('8')} caracteres.
`,
  ),

  appDoc('app-fastlane-supply-json-key', ['credential-file'], 'fastlane/play-store-credentials.json', (k) => {
    const proj = `tripster-${k.g.digits(6)}`;
    return `{
  "type": "service_account",
  "project_id": "${proj}",
  "private_key_id": "${k.u(k.g.hex(40))}",
  "private_key": "${k.s('private-key', V.p8(k.g)).replace(/\n/g, '\\n')}",
  "client_email": "fastlane-supply@${proj}.iam.gserviceaccount.com",
  "client_id": "${k.n(k.g.digits(21))}",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/fastlane-supply%40${proj}.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
`;
  }),

  appDoc(
    'app-fastlane-gymfile-precision',
    ['config-syntax', 'precision'],
    'fastlane/Gymfile',
    (k) => `scheme("Quizzy")
clean(true)
output_directory("./build")
export_method("app-store")
export_options({
  provisioningProfiles: {
    "app.quizzy.ios" => "${k.n(k.g.uuid().toUpperCase())}",
    "app.quizzy.ios.widget" => "${k.n(k.g.uuid().toUpperCase())}"
  },
  signingCertificate: "Apple Distribution: Quizzy GmbH (${k.n(V.teamId(k.g))})",
  teamID: "${k.n(V.teamId(k.g))}"
})
`,
  ),

  appDoc(
    'app-push-cert-readme-tr',
    ['prose', 'command-line'],
    'docs/push-sertifikasi.md',
    (k) => `# APNs push sertifikası yenileme (Rider iOS)

1. Apple Developer → Certificates → "Apple Push Notification service SSL (Sandbox & Production)".
2. İndirilen .cer dosyasını Keychain'e ekle, .p12 olarak dışa aktar.
   **.p12 şifresi:** ${k.hpw()}
3. Sunucu için PEM'e çevir:

${'```'}sh
openssl pkcs12 -in rider_push.p12 -out rider_push.pem -nodes -passin pass:${k.hpw()}
${'```'}

4. OneSignal panelinde yükle (App ID: ${k.n(k.g.uuid())} — bu gizli değil).
5. Eski sertifikanın parmak izi: ${k.n(V.sha1Fp(k.g))}
`,
  ),
];
