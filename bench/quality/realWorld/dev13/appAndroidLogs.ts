// What comes out of Android apps: jadx/apktool output, smali, logcat dumps, ProGuard mapping, shared_prefs XML
// pulled with adb, a security write-up quoting a decompiled APK.
import type { RealWorldDoc } from '../types';
import { appDoc, V } from './appValues';

export const APP_ANDROID_LOG_DOCS: RealWorldDoc[] = [
  appDoc(
    'app-jadx-decompiled-config',
    ['code', 'logs-and-output'],
    'jadx-out/sources/com/moneyo/wallet/p012a/C0413a.java',
    (k) => `package com.moneyo.wallet.p012a;

import android.content.Context;
import kotlin.jvm.internal.Intrinsics;

/* compiled from: AppConfig.kt */
/* loaded from: classes3.dex */
public final class C0413a {

    /* renamed from: a */
    public static final String f1203a = "https://api.moneyo.co/v3";

    /* renamed from: b */
    public static final String f1204b = "${k.tok()}";

    /* renamed from: c */
    private static final String f1205c = "${k.gpw()}";

    /* renamed from: d */
    public static final String f1206d = "${k.n(k.g.hex(40))}";

    public static String m2291a(Context context) {
        Intrinsics.checkNotNullParameter(context, "context");
        return context.getSharedPreferences("moneyo", 0).getString("${k.n('session_token')}", null);
    }

    public static void m2292b() {
        String str = "aes_key";
        String str2 = "${k.tok()}";
        C0422b.m2301a(str, str2);
    }
}
`,
  ),

  appDoc(
    'app-smali-const-string',
    ['code', 'logs-and-output'],
    'apktool-out/smali_classes2/com/rider/net/Keys.smali',
    (k) => `.class public final Lcom/rider/net/Keys;
.super Ljava/lang/Object;
.source "Keys.kt"


# static fields
.field public static final INSTANCE:Lcom/rider/net/Keys;

.field private static final apiSecret:Ljava/lang/String; = "${k.tok()}"

.field private static final dbPassword:Ljava/lang/String; = "${k.hpw()}"


# direct methods
.method public static constructor <clinit>()V
    .locals 1

    new-instance v0, Lcom/rider/net/Keys;

    invoke-direct {v0}, Lcom/rider/net/Keys;-><init>()V

    sput-object v0, Lcom/rider/net/Keys;->INSTANCE:Lcom/rider/net/Keys;

    const-string v0, "${k.tok()}"

    sput-object v0, Lcom/rider/net/Keys;->pushSecret:Ljava/lang/String;

    const-string v0, "${k.n('com.rider.app')}"

    return-void
.end method
`,
  ),

  appDoc(
    'app-logcat-dump-okhttp',
    ['logs-and-output', 'http-auth'],
    'bugreports/logcat-2024-05-02.txt',
    (k) => `--------- beginning of main
05-02 10:14:22.481  8812  8812 I ActivityManager: Start proc 8812:com.shopr.app/u0a342 for activity
05-02 10:14:23.017  8812  8850 D OkHttp  : --> POST https://api.shopr.io/v2/auth/login
05-02 10:14:23.017  8812  8850 D OkHttp  : Content-Type: application/json; charset=UTF-8
05-02 10:14:23.018  8812  8850 D OkHttp  : {"email":"qa.tester@shopr.io","password":"${k.hpw()}","device":"${k.n(k.g.uuid())}"}
05-02 10:14:23.402  8812  8850 D OkHttp  : <-- 200 https://api.shopr.io/v2/auth/login (384ms)
05-02 10:14:23.403  8812  8850 D OkHttp  : {"access_token":"${k.jwt()}","refresh_token":"${k.tok()}","expires_in":3600}
05-02 10:14:23.550  8812  8850 D OkHttp  : --> GET https://api.shopr.io/v2/me
05-02 10:14:23.550  8812  8850 D OkHttp  : Authorization: Bearer ${k.jwt()}
05-02 10:14:23.551  8812  8850 D OkHttp  : X-Trace-Id: ${k.n(k.g.hex(32))}
05-02 10:14:23.712  8812  8850 D OkHttp  : <-- 200 https://api.shopr.io/v2/me (161ms)
05-02 10:14:24.001  8812  8812 W Glide   : Load failed for null with size [0x0]
05-02 10:14:24.310  8812  8868 I FirebaseInstanceId: FCM token: ${k.n(k.g.base64url(22) + ':APA91b' + k.g.base64url(134))}
05-02 10:14:25.118  8812  8812 E AndroidRuntime: FATAL EXCEPTION: main
05-02 10:14:25.118  8812  8812 E AndroidRuntime: java.lang.IllegalStateException: cart is empty
`,
  ),

  appDoc(
    'app-logcat-sharedprefs-debug',
    ['logs-and-output'],
    'notes/device-debug-session.txt',
    (k) => `$ adb shell run-as com.fitly.android cat shared_prefs/fitly_prefs.xml
<?xml version='1.0' encoding='utf-8' standalone='yes' ?>
<map>
    <string name="user_email">lukas.m@example.de</string>
    <string name="refresh_token">${k.tok()}</string>
    <string name="cached_pin">${k.pin()}</string>
    <boolean name="onboarding_done" value="true" />
    <long name="last_sync" value="1714639122000" />
    <string name="device_id">${k.n(k.g.uuid())}</string>
    <string name="garmin_oauth_secret">${k.tok()}</string>
</map>
$ adb logcat -s FitlyAuth
05-03 08:01:11.220 11203 11240 D FitlyAuth: login ok user=lukas.m@example.de pwd=${k.hpw()}
05-03 08:01:11.221 11203 11240 D FitlyAuth: token saved (len=${k.n('64')})
05-03 08:01:12.004 11203 11240 D FitlyAuth: garmin connect secret=${k.tok()}
`,
  ),

  appDoc(
    'app-proguard-mapping-negatives',
    ['logs-and-output', 'precision'],
    'app/build/outputs/mapping/release/mapping.txt',
    (k) => `# compiler: R8
# compiler_version: 8.2.42
# min_api: 24
# pg_map_id: ${k.n(k.g.hex(7))}
# pg_map_hash: SHA-256 ${k.n(k.g.hex(64))}
com.tripster.auth.PasswordValidator -> a.b.c:
    java.lang.String password -> a
    int minLength -> b
    1:4:void <init>(java.lang.String):12:15 -> <init>
    boolean isStrong() -> a
com.tripster.auth.TokenStore -> a.b.d:
    java.lang.String KEY_ACCESS_TOKEN -> a
    java.lang.String KEY_REFRESH_TOKEN -> b
    android.content.SharedPreferences prefs -> c
    1:1:java.lang.String getAccessToken():30:30 -> a
com.tripster.BuildConfig -> com.tripster.BuildConfig:
    java.lang.String API_KEY -> API_KEY
    java.lang.String APPLICATION_ID -> APPLICATION_ID
`,
  ),

  appDoc(
    'app-apk-pentest-writeup',
    ['prose', 'logs-and-output', 'code'],
    'reports/2024-Q2-mobile-pentest.md',
    (k) => `# Mobile pentest — Kasir POS Android 1.8.0 (build 88)

## Finding M-03: Hardcoded secrets in APK (High)

Decompiling the release APK with \`jadx -d out kasir-1.8.0.apk\` exposed the following in
\`out/resources/res/values/strings.xml\` and \`BuildConfig.java\`:

${'```'}java
public static final String KASIR_API_KEY = "${k.tok()}";
public static final String MIDTRANS_CLIENT_KEY = "${k.n('SB-Mid-client-' + k.g.alnum(16))}";
public static final String FIREBASE_DB_SECRET = "${k.tok()}";
${'```'}

Additionally \`assets/config.json\` contains the reporting database credentials:

${'```'}json
{ "reportDb": "mysql://kasir_ro:${k.cs()}@10.20.0.14:3306/kasir" }
${'```'}

The \`MIDTRANS_CLIENT_KEY\` is public by design. The Firebase legacy database secret gives full read/write
on the RTDB. Signing certificate SHA-1: \`${k.n(V.sha1Fp(k.g))}\` (not sensitive).

**Recommendation:** rotate all of the above, move secrets server-side.
`,
  ),

  appDoc(
    'app-logcat-crash-es',
    ['logs-and-output', 'prose'],
    'soporte/ticket-4821.txt',
    (k) => `Ticket #4821 — La app se cierra al iniciar sesión (Xiaomi Redmi Note 12, Android 13)

Hola equipo, adjunto el logcat que me pasó el cliente. Ojo que sale la contraseña del usuario de pruebas en texto plano,
habría que quitar ese log:

04-28 19:22:03.114  6620  6655 D LoginViewModel: intentando login usuario=diego.r@bookit.es contraseña=${k.hpw()}
04-28 19:22:03.580  6620  6655 D ApiRepo: respuesta token=${k.tok()}
04-28 19:22:03.581  6620  6620 E AndroidRuntime: FATAL EXCEPTION: main
04-28 19:22:03.581  6620  6620 E AndroidRuntime: Process: es.bookit.app, PID: 6620
04-28 19:22:03.581  6620  6620 E AndroidRuntime: java.lang.NullPointerException: Attempt to invoke virtual method 'java.lang.String com.bookit.model.User.getName()' on a null object reference

Versión: 2.3.1 (versionCode ${k.n('231')}), commit ${k.n(V.gitSha(k.g))}
Saludos, Sofía
`,
  ),

  appDoc(
    'app-android-network-security-config',
    ['config-syntax', 'precision'],
    'app/src/main/res/xml/network_security_config.xml',
    (k) => `<?xml version="1.0" encoding="utf-8"?>
<network-security-config>
    <domain-config cleartextTrafficPermitted="false">
        <domain includeSubdomains="true">api.moneyo.co</domain>
        <pin-set expiration="2025-12-31">
            <pin digest="SHA-256">${k.n(k.g.base64(44).replace(/.$/, '='))}</pin>
            <!-- backup pin -->
            <pin digest="SHA-256">${k.n(k.g.base64(44).replace(/.$/, '='))}</pin>
        </pin-set>
    </domain-config>
    <debug-overrides>
        <trust-anchors>
            <certificates src="user" />
        </trust-anchors>
    </debug-overrides>
</network-security-config>
`,
  ),
];
