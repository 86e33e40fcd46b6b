// iOS projects: Info.plist and xcconfig keys, GoogleService-Info.plist (public by design), fastlane's Appfile,
// Matchfile, Fastfile and .env, App Store Connect keys, Swift constants, Xcode scheme variables, .netrc for SDKs.
import type { RealWorldDoc } from '../types';
import { doc } from '../dev/kit';
import { ph, plain, pv, pw, tk } from './deviceKit';
import * as V from './deviceValues';

export const DEVICE_IOS_DOCS: RealWorldDoc[] = [
  doc(
    'device-ios-info-plist',
    ['config-syntax', 'precision'],
    'Wetterstation/Info.plist',
    (k) => `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleDisplayName</key>
	<string>Wetterstation</string>
	<key>CFBundleShortVersionString</key>
	<string>${k.n('4.0.2')}</string>
	<key>CFBundleURLTypes</key>
	<array>
		<dict>
			<key>CFBundleURLSchemes</key>
			<array>
				<string>fb${k.n(k.g.digits(16))}</string>
			</array>
		</dict>
	</array>
	<key>FacebookClientToken</key>
	<string>${k.u(k.g.hex(32))}</string>
	<key>NSLocationWhenInUseUsageDescription</key>
	<string>Wir brauchen deinen Standort für das lokale Wetter.</string>
	<key>RevenueCatPublicKey</key>
	<string>${k.n('appl_' + k.g.alnum(27))}</string>
	<key>WeatherKitFallbackKey</key>
	<string>${tk(k, (g) => g.hex(32))}</string>
	<key>StationUploadSecret</key>
	<string>${tk(k, (g) => g.alnum(24))}</string>
	<key>UIBackgroundModes</key>
	<array><string>fetch</string></array>
</dict>
</plist>
`,
  ),

  doc(
    'device-ios-xcconfig',
    ['config-syntax'],
    'Config/Release.xcconfig',
    (k) => `// Release.xcconfig
// NB: "//" starts a comment in xcconfig, hence the $() in URLs
#include "Pods/Target Support Files/Pods-Runner/Pods-Runner.release.xcconfig"

API_BASE_URL = https:/$()/api.kleingarten-verein.de
API_KEY = ${tk(k, (g) => g.alnum(32))}
MAPBOX_ACCESS_TOKEN = ${k.n('pk.eyJ1Ijoi' + k.g.base64url(30) + '.' + k.g.base64url(22))}
PUSH_SIGNING_SECRET = ${tk(k, (g) => g.hex(64))}
DEVELOPMENT_TEAM = ${k.n(k.g.upper(10))}
PRODUCT_BUNDLE_IDENTIFIER = de.kleingarten.app
`,
  ),

  doc(
    'device-ios-googleservice-plist',
    ['precision', 'config-syntax'],
    'Runner/GoogleService-Info.plist',
    (k) => `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CLIENT_ID</key>
	<string>${k.n(`${k.g.digits(12)}-${k.g.lower(32)}.apps.googleusercontent.com`)}</string>
	<key>REVERSED_CLIENT_ID</key>
	<string>${k.n(`com.googleusercontent.apps.${k.g.digits(12)}-${k.g.lower(32)}`)}</string>
	<key>API_KEY</key>
	<string>${k.n(V.prov.googleApi(k.g))}</string>
	<key>GCM_SENDER_ID</key>
	<string>${k.n(k.g.digits(12))}</string>
	<key>PLIST_VERSION</key>
	<string>1</string>
	<key>BUNDLE_ID</key>
	<string>io.familienkalender.app</string>
	<key>PROJECT_ID</key>
	<string>${k.n('familienkalender-4f2a1')}</string>
	<key>STORAGE_BUCKET</key>
	<string>familienkalender-4f2a1.appspot.com</string>
	<key>GOOGLE_APP_ID</key>
	<string>${k.n(`1:${k.g.digits(12)}:ios:${k.g.hex(16)}`)}</string>
	<key>DATABASE_URL</key>
	<string>https://familienkalender-4f2a1-default-rtdb.europe-west1.firebasedatabase.app</string>
</dict>
</plist>
`,
  ),

  doc('device-fastlane-appfile-matchfile', ['config-syntax', 'code'], 'fastlane/Matchfile', (k) => {
    const user = 'ci-bot-kleingarten';
    return `# Appfile lives next door: app_identifier("de.kleingarten.app"), apple_id("dev@kleingarten-verein.de"), team_id("${k.n(k.g.upper(10))}")
git_url("https://github.com/kleingarten-verein/certificates.git")
storage_mode("git")
type("appstore")
app_identifier(["de.kleingarten.app", "de.kleingarten.app.widget"])
username("dev@kleingarten-verein.de")
git_basic_authorization("${k.s('http-auth', V.b64(`${user}:${V.prov.github(k.g)}`))}")
# git_basic_authorization(Base64.strict_encode64("#{ENV['MATCH_USER']}:${k.n("#{ENV['MATCH_TOKEN']}")}"))
readonly(true)
`;
  }),

  doc(
    'device-fastlane-dotenv',
    ['credential-file', 'config-syntax'],
    'fastlane/.env.default',
    (k) => `# fastlane reads this automatically
FASTLANE_USER=release@fahrradverleih.pt
FASTLANE_PASSWORD=${pw(k, V.human)}
FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD=${pw(k, V.appleAppPw)}
MATCH_PASSWORD=${pw(k, V.passphrase)}
MATCH_KEYCHAIN_PASSWORD=${pw(k, plain(V.human))}
FASTLANE_ITC_TEAM_ID=${k.n(k.g.digits(9))}
SLACK_URL=${pv(k, 'slackHook', 'Slack incoming webhook')}
FASTLANE_SKIP_UPDATE_CHECK=1
LC_ALL=en_US.UTF-8
`,
  ),

  doc(
    'device-fastlane-fastfile',
    ['code', 'defaults-in-code'],
    'fastlane/Fastfile',
    (k) => `default_platform(:ios)

platform :ios do
  before_all do
    ENV["MATCH_PASSWORD"] ||= "${pw(k, V.passphrase)}"
    ENV["FASTLANE_XCODEBUILD_SETTINGS_TIMEOUT"] = "120"
  end

  desc "Push a new beta build to TestFlight"
  lane :beta do
    setup_ci if ENV['CI']
    app_store_connect_api_key(
      key_id: "${k.n(k.g.upper(2) + k.g.digits(8).slice(0, 8))}",
      issuer_id: "${k.n(k.g.uuid())}",
      key_filepath: "./fastlane/AuthKey.p8",
    )
    match(type: "appstore", readonly: is_ci, keychain_password: ENV.fetch("KC_PASS", "${pw(k, plain(V.human))}"))
    increment_build_number(xcodeproj: "Bikes.xcodeproj")
    build_app(scheme: "Bikes")
    upload_to_testflight(skip_waiting_for_build_processing: true)
    slack(message: "Beta up!", slack_url: ENV["SLACK_URL"])
  end
end
`,
  ),

  doc('device-ios-asc-api-key-json', ['credential-file'], 'fastlane/api_key.json', (k) => {
    const key = V.p8(k.g);
    return `{
  "key_id": "${k.n(k.g.upper(10))}",
  "issuer_id": "${k.n(k.g.uuid())}",
  "key": "${k.s('private-key', key.replace(/\n/g, '\\n'))}",
  "duration": 1200,
  "in_house": false
}
`;
  }),

  doc(
    'device-ios-swift-secrets',
    ['code', 'precision'],
    'Sources/Core/Secrets.swift',
    (k) => `//
//  Secrets.swift
//  Hausbuch
//
//  Created by Théo Marchand on 02/05/2024.
//  ⚠️ ne pas committer (c'est dans le .gitignore normalement...)

import Foundation

enum Secrets {
    static let openAIKey = "${pv(k, 'openai', 'OpenAI project key')}"
    static let receiptSharedSecret = "${tk(k, (g) => g.hex(32))}"
    static let keychainService = "${k.n('fr.hausbuch.keychain')}"
    static let passwordKey = "${k.n('password')}"
    static let sandboxTester = (email: "sandbox.theo@hausbuch.fr", password: "${pw(k, V.human)}")
    static let analyticsWriteKey = "${tk(k, (g) => g.alnum(32))}"
}

extension URLRequest {
    mutating func authorize(token: String) {
        setValue("Bearer \\(token)", forHTTPHeaderField: "Authorization")
    }
}
`,
  ),

  doc(
    'device-ios-xcscheme-env',
    ['config-syntax'],
    'Hausbuch.xcodeproj/xcshareddata/xcschemes/Hausbuch.xcscheme',
    (k) => `<?xml version="1.0" encoding="UTF-8"?>
<Scheme LastUpgradeVersion = "1530" version = "1.7">
   <LaunchAction buildConfiguration = "Debug" selectedDebuggerIdentifier = "Xcode.DebuggerFoundation.Debugger.LLDB" launchStyle = "0" useCustomWorkingDirectory = "NO">
      <EnvironmentVariables>
         <EnvironmentVariable key = "API_TOKEN" value = "${tk(k, (g) => g.hex(40))}" isEnabled = "YES">
         </EnvironmentVariable>
         <EnvironmentVariable key = "STAGING_PASSWORD" value = "${pw(k, plain(V.human))}" isEnabled = "NO">
         </EnvironmentVariable>
         <EnvironmentVariable key = "OS_ACTIVITY_MODE" value = "disable" isEnabled = "YES">
         </EnvironmentVariable>
         <EnvironmentVariable key = "SESSION_ID" value = "${k.n(k.g.uuid())}" isEnabled = "NO">
         </EnvironmentVariable>
      </EnvironmentVariables>
   </LaunchAction>
</Scheme>
`,
  ),

  doc(
    'device-ios-netrc-mapbox',
    ['credential-file'],
    'ci/netrc',
    (k) => `machine api.mapbox.com
  login mapbox
  password ${pv(k, 'mapboxSecret', 'Mapbox secret token')}
machine github.com login kleingarten-ci password ${pv(k, 'github', 'GitHub personal access token')}
`,
  ),

  doc(
    'device-ios-readme-testflight',
    ['prose', 'precision'],
    'docs/TESTFLIGHT.md',
    (k) => `# TestFlight & Sandbox

- Sandbox-Tester: \`sandbox1@hausbuch.fr\` / Passwort ${pw(k, V.human)} (Land: Frankreich)
- Zweiter Tester für Abo-Tests: \`sandbox2@hausbuch.fr\`, mot de passe : ${pw(k, V.human)}
- The App Store review demo account is \`review@hausbuch.fr\` with password \`${pw(k, plain(V.human))}\`; don't change it, Apple uses it.
- Build numbers come from CI (\`${k.n('CFBundleVersion')}\`), don't bump by hand.
- Match repo password is in 1Password (\`${k.n('op://Mobile/match/password')}\`).
- Receipt validation secret: ${ph(k)} (see Secrets.swift, not here!)
`,
  ),
];
