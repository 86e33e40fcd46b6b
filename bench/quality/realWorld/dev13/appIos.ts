// iOS: Info.plist, GoogleService-Info.plist, .xcconfig, Swift and Objective-C sources, Keychain code, crash logs.
import type { RealWorldDoc } from '../types';
import { appDoc, V } from './appValues';

export const APP_IOS_DOCS: RealWorldDoc[] = [
  appDoc(
    'app-ios-info-plist-keys',
    ['config-syntax'],
    'Tripster/Info.plist',
    (k) => `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleDisplayName</key>
	<string>Tripster</string>
	<key>CFBundleIdentifier</key>
	<string>${k.n('$(PRODUCT_BUNDLE_IDENTIFIER)')}</string>
	<key>CFBundleShortVersionString</key>
	<string>$(MARKETING_VERSION)</string>
	<key>CFBundleVersion</key>
	<string>${k.n('412')}</string>
	<key>FacebookAppID</key>
	<string>${k.n(k.g.digits(16))}</string>
	<key>FacebookClientToken</key>
	<string>${k.tok()}</string>
	<key>GADApplicationIdentifier</key>
	<string>${k.n(V.admobApp(k.g))}</string>
	<key>TripsterAPIKey</key>
	<string>${k.tok()}</string>
	<key>TripsterAPISecret</key>
	<string>${k.tok()}</string>
	<key>MapboxAccessToken</key>
	<string>${k.n(V.mapboxPublic(k.g))}</string>
	<key>NSLocationWhenInUseUsageDescription</key>
	<string>We use your location to show nearby trips.</string>
	<key>API_KEY</key>
	<string>${k.n('$(API_KEY)')}</string>
</dict>
</plist>
`,
  ),

  appDoc('app-ios-googleservice-info', ['config-syntax', 'precision'], 'Petpal/GoogleService-Info.plist', (k) => {
    const num = V.gcmSender(k.g);
    return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CLIENT_ID</key>
	<string>${k.n(V.oauthClient(k.g))}</string>
	<key>REVERSED_CLIENT_ID</key>
	<string>com.googleusercontent.apps.${num}-${k.g.lower(32)}</string>
	<key>API_KEY</key>
	<string>${k.n(V.googleKey(k.g))}</string>
	<key>GCM_SENDER_ID</key>
	<string>${k.n(num)}</string>
	<key>PLIST_VERSION</key>
	<string>1</string>
	<key>BUNDLE_ID</key>
	<string>com.petpal.ios</string>
	<key>PROJECT_ID</key>
	<string>petpal-prod</string>
	<key>STORAGE_BUCKET</key>
	<string>petpal-prod.appspot.com</string>
	<key>IS_ADS_ENABLED</key>
	<false></false>
	<key>GOOGLE_APP_ID</key>
	<string>${k.n(`1:${num}:ios:${k.g.hex(22)}`)}</string>
</dict>
</plist>
`;
  }),

  appDoc(
    'app-ios-xcconfig-release',
    ['config-syntax'],
    'Config/Release.xcconfig',
    (k) => `// Release.xcconfig
// NOTE: xcconfig treats // as a comment, so URLs need the $() trick
#include "Pods/Target Support Files/Pods-Moneyo/Pods-Moneyo.release.xcconfig"

SLASH = /
API_BASE_URL = https:$(SLASH)$(SLASH)api.moneyo.co
API_KEY = ${k.tok()}
PLAID_SECRET = ${k.hex(30)}
PLAID_CLIENT_ID = ${k.n(k.g.hex(24))}
SENTRY_DSN = https:$(SLASH)$(SLASH)${k.n(k.g.hex(32))}@o${k.g.digits(6)}.ingest.sentry.io$(SLASH)${k.g.digits(7)}
DEVELOPMENT_TEAM = ${k.n(V.teamId(k.g))}
PRODUCT_BUNDLE_IDENTIFIER = co.moneyo.ios
CODE_SIGN_IDENTITY = Apple Distribution
PROVISIONING_PROFILE_SPECIFIER = match AppStore co.moneyo.ios
`,
  ),

  appDoc(
    'app-ios-xcconfig-debug-secrets',
    ['config-syntax'],
    'Config/Secrets.xcconfig',
    (k) => `//
//  Secrets.xcconfig
//  Notey
//
//  Created by Minji Park on 2023/11/02.
//  ⚠️ gitignore에 추가할 것!!
//

NOTEY_API_TOKEN = ${k.tok()}
OPENAI_API_KEY = ${k.prov('OpenAI', V.openai(k.g))}
REVENUECAT_PUBLIC_KEY = ${k.n(V.revenuecatPublic(k.g))}
SUPABASE_URL = notey.supabase.co
SUPABASE_ANON_KEY = ${k.n(V.supabaseAnon(k.g))}
`,
  ),

  appDoc(
    'app-ios-swift-apikeys',
    ['code', 'defaults-in-code'],
    'Quizzy/Services/APIKeys.swift',
    (k) => `//
//  APIKeys.swift
//  Quizzy
//

import Foundation

enum APIKeys {
    static let baseURL = URL(string: "https://quizzy-api.herokuapp.com")!
    static let apiKey = "${k.tok()}"
    static let triviaSecret: String = "${k.hex(40)}"
    static let pusherKey = "${k.n(k.g.hex(20))}"     // public app key, fine to ship
    static let pusherCluster = "eu"
    // Demo account used by App Review
    static let demoUser = "review@quizzy.app"
    static let demoPassword = "${k.hpw()}"
}

struct Secrets {
    let sharedSecret = Bundle.main.object(forInfoDictionaryKey: "${k.n('SharedSecret')}") as? String
    let apiKey = ProcessInfo.processInfo.environment["${k.n('API_KEY')}"] ?? ""
}
`,
  ),

  appDoc(
    'app-ios-swift-keychain',
    ['code'],
    'Moneyo/Auth/KeychainHelper.swift',
    (k) => `import Security
import Foundation

final class KeychainHelper {
    static let shared = KeychainHelper()
    private let service = "co.moneyo.auth"

    func save(_ data: Data, account: String) {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: account,
            kSecValueData as String: data,
        ]
        SecItemDelete(query as CFDictionary)
        SecItemAdd(query as CFDictionary, nil)
    }

    #if DEBUG
    /// Seeds the simulator so QA can log straight in.
    func seedForSimulator() {
        save(Data("${k.hpw()}".utf8), account: "qa@moneyo.co")
        save(Data("${k.tok()}".utf8), account: "refreshToken")
        UserDefaults.standard.set("${k.tok()}", forKey: "plaidAccessToken")
        UserDefaults.standard.set(${k.n('"dark"')}, forKey: "theme")
    }
    #endif
}
`,
  ),

  appDoc(
    'app-ios-objc-defines',
    ['code', 'defaults-in-code'],
    'Legacy/Classes/AppConstants.h',
    (k) => `//
//  AppConstants.h
//  Rider (legacy ObjC module)
//
//  Copyright (c) 2016 Rider Inc. All rights reserved.
//

#ifndef AppConstants_h
#define AppConstants_h

#define kBaseURL          @"https://api.rider.com/v1"
#define kAPIKey           @"${k.tok()}"
#define kAPISecret        @"${k.tok()}"
#define kParseAppId       @"${k.n(k.g.alnum(40))}"
#define kParseClientKey   @"${k.tok()}"
#define kFlurryKey        @"${k.n(k.g.upper(20))}"
#define kXMPPPassword     @"${k.hpw()}"
#define kPasswordMinLen   8
#define kPasswordFieldKey @"${k.n('password')}"

static NSString * const kAESKey = @"${k.s('token', k.g.alnum(32))}";

#endif /* AppConstants_h */
`,
  ),

  appDoc(
    'app-ios-objc-nsuserdefaults',
    ['code'],
    'Legacy/Classes/LoginManager.m',
    (k) => `#import "LoginManager.h"
#import "AppConstants.h"

@implementation LoginManager

- (void)autoLogin {
    NSUserDefaults *defaults = [NSUserDefaults standardUserDefaults];
    NSString *user = [defaults stringForKey:@"username"];
    NSString *pass = [defaults stringForKey:@"password"];
    if (user == nil) {
        // fallback test account (remove before submit!!)
        user = @"tester01";
        pass = @"${k.hpw()}";
    }
    NSString *auth = [NSString stringWithFormat:@"%@:%@", user, pass];
    NSData *d = [auth dataUsingEncoding:NSUTF8StringEncoding];
    NSString *b64 = [d base64EncodedStringWithOptions:0];
    [self.request setValue:[@"Basic " stringByAppendingString:b64] forHTTPHeaderField:@"Authorization"];
    [self.request setValue:@"${k.tok()}" forHTTPHeaderField:@"X-Rider-Token"];
}

@end
`,
  ),

  appDoc(
    'app-ios-crash-log',
    ['logs-and-output', 'precision'],
    'crashes/Notey-2024-04-11-101422.ips',
    (
      k,
    ) => `{"app_name":"Notey","timestamp":"2024-04-11 10:14:22.00 +0900","app_version":"1.6.0","slice_uuid":"${k.n(k.g.uuid())}","adam_id":"${k.n(k.g.digits(10))}","build_version":"77","platform":2,"bundleID":"app.notey.ios","share_with_app_devs":1,"is_first_party":0,"bug_type":"309","os_version":"iPhone OS 17.4.1 (21E236)","incident_id":"${k.n(k.g.uuid().toUpperCase())}","name":"Notey"}
{
  "uptime" : 41022,
  "procRole" : "Foreground",
  "version" : 2,
  "userID" : 501,
  "deployVersion" : 210,
  "modelCode" : "iPhone15,2",
  "crashReporterKey" : "${k.n(k.g.hex(40))}",
  "exception" : {"codes":"0x0000000000000001, 0x00000001a2b3c4d5","rawCodes":[1,7024132309],"type":"EXC_BREAKPOINT","signal":"SIGTRAP"},
  "termination" : {"flags":0,"code":5,"namespace":"SIGNAL","indicator":"Trace/BPT trap: 5"},
  "faultingThread" : 0,
  "threads" : [{"triggered":true,"id":1120033,"queue":"com.apple.main-thread","frames":[{"imageOffset":24512,"symbol":"NoteStore.decrypt(_:)","symbolLocation":212,"imageIndex":0}]}],
  "usedImages" : [{"source":"P","arch":"arm64","base":4341891072,"size":1507328,"uuid":"${k.n(k.g.uuid())}","path":"/private/var/containers/Bundle/Application/${k.g.uuid().toUpperCase()}/Notey.app/Notey","name":"Notey"}]
}
`,
  ),

  appDoc(
    'app-ios-console-log-ja',
    ['logs-and-output'],
    'docs/不具合/ログイン失敗ログ.txt',
    (k) => `Xcode コンソール出力（iPhone 14 シミュレータ）— ログイン失敗の調査
2024-06-03 14:02:11.331 Kasir[41207:2219301] [Auth] request body: {"username":"yuki.t","password":"${k.hpw()}"}
2024-06-03 14:02:11.902 Kasir[41207:2219301] [Auth] HTTP 401 {"error":"invalid_grant"}
2024-06-03 14:02:12.004 Kasir[41207:2219301] [Auth] retry with cached refresh_token=${k.tok()}
2024-06-03 14:02:12.410 Kasir[41207:2219301] [Net] Authorization: Bearer ${k.jwt()}
2024-06-03 14:02:12.411 Kasir[41207:2219301] [Net] x-request-id: ${k.n(k.g.uuid())}
※ パスワードはテスト用アカウントのもの。共有後に変更済み…のはず。
`,
  ),

  appDoc(
    'app-ios-entitlements-precision',
    ['config-syntax', 'precision'],
    'Bookit/Bookit.entitlements',
    (k) => `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>aps-environment</key>
	<string>production</string>
	<key>com.apple.developer.associated-domains</key>
	<array>
		<string>applinks:bookit.es</string>
	</array>
	<key>com.apple.developer.team-identifier</key>
	<string>${k.n(V.teamId(k.g))}</string>
	<key>keychain-access-groups</key>
	<array>
		<string>${k.n('$(AppIdentifierPrefix)es.bookit.app')}</string>
	</array>
	<key>com.apple.developer.icloud-container-identifiers</key>
	<array>
		<string>iCloud.es.bookit.app</string>
	</array>
</dict>
</plist>
`,
  ),

  appDoc(
    'app-ios-swift-iap-receipt',
    ['code'],
    'Fitly/Store/ReceiptValidator.swift',
    (k) => `import Foundation

/// Validates receipts against Apple directly from the app.
/// Yes, Apple says do this on a server. We know. Ticket FIT-211.
struct ReceiptValidator {
    // App-specific shared secret from App Store Connect > App Information
    private let sharedSecret = "${k.hex(32)}"
    private let productionURL = URL(string: "https://buy.itunes.apple.com/verifyReceipt")!
    private let sandboxURL = URL(string: "https://sandbox.itunes.apple.com/verifyReceipt")!

    func validate(receipt: Data) async throws -> Bool {
        let body: [String: Any] = [
            "receipt-data": receipt.base64EncodedString(),
            "password": sharedSecret,
            "exclude-old-transactions": true,
        ]
        var req = URLRequest(url: productionURL)
        req.httpMethod = "POST"
        req.httpBody = try JSONSerialization.data(withJSONObject: body)
        let (data, _) = try await URLSession.shared.data(for: req)
        let json = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        return (json?["status"] as? Int) == 0
    }
}
`,
  ),
];
