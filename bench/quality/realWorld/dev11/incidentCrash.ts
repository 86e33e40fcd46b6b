// rw-dev11 incident part: crash reports and error-tracker events (Sentry / Datadog / Bugsnag JSON, hs_err files,
// gdb backtraces, exception emails, .NET unhandled exceptions, Go panics).
import type { RealWorldDoc } from '../types';
import { idoc } from './incidentValues';

export const INCIDENT_CRASH_DOCS: RealWorldDoc[] = [
  idoc(
    'sentry-event-json',
    ['logs-and-output', 'http-auth', 'precision'],
    'exports/sentry-event-4411.json',
    (x) => `{
  "event_id": "${x.trace()}",
  "project": "${x.n(x.g.digits(7))}",
  "release": "checkout@3.18.0+${x.short()}",
  "platform": "python",
  "level": "error",
  "culprit": "checkout.payments.capture",
  "message": "PaymentGatewayError: 401 Unauthorized",
  "request": {
    "url": "https://checkout.example.com/api/pay/capture",
    "method": "POST",
    "query_string": "order=88123&access_token=${x.http()}",
    "headers": [
      ["Authorization", "${x.n('[Filtered]')}"],
      ["Cookie", "${x.n('[Filtered]')}"],
      ["X-Gateway-Key", "${x.http(x.g.alnum(32))}"],
      ["User-Agent", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X)"],
      ["X-Request-Id", "${x.rid()}"]
    ],
    "data": {"amount": 4999, "currency": "EUR", "card_token": "${x.n('tok_' + x.g.alnum(24))}"}
  },
  "breadcrumbs": {"values": [
    {"timestamp": 1795502401.2, "category": "httplib", "data": {"method": "POST", "url": "https://gateway.psp.example/v2/auth?merchant=EXM-20931&secret=${x.tok()}", "status_code": 401}},
    {"timestamp": 1795502401.3, "category": "log", "message": "retrying capture with fallback merchant creds user=exm_fallback pass=${x.pw(true)}"}
  ]},
  "extra": {"sys.argv": ["gunicorn", "checkout.wsgi", "-b", "0.0.0.0:8000"], "settings_password": "${x.n('[Filtered]')}"},
  "contexts": {"trace": {"trace_id": "${x.trace()}", "span_id": "${x.trace(16)}", "op": "http.server"}},
  "sdk": {"name": "sentry.python.django", "version": "1.38.0"}
}
`,
  ),

  idoc(
    'datadog-log-event',
    ['logs-and-output', 'http-auth', 'precision'],
    'exports/dd-log-event.json',
    (x) => `{
  "id": "AY${x.n(x.g.alnum(30))}",
  "content": {
    "timestamp": "2026-11-18T13:40:12.331Z",
    "host": "i-${x.n(x.g.hex(17))}",
    "service": "auth-proxy",
    "status": "warn",
    "message": "token exchange failed for client crm-sync",
    "attributes": {
      "http": {
        "method": "POST",
        "url": "https://idp.example.org/oauth2/token?grant_type=client_credentials&client_id=crm-sync&client_secret=${x.tok()}",
        "status_code": 400,
        "useragent": "Apache-HttpClient/4.5.14 (Java/11.0.21)"
      },
      "dd": {"trace_id": "${x.n(x.g.digits(19))}", "span_id": "${x.n(x.g.digits(19))}", "env": "prod", "version": "5.2.0"},
      "upstream_body": "grant_type=password&username=svc_crm&password=${x.pw(true)}&scope=crm.read",
      "usr": {"id": "${x.rid()}", "email": "svc_crm@example.org"}
    }
  }
}
`,
  ),

  idoc(
    'jvm-hs-err',
    ['logs-and-output', 'command-line'],
    'crash/hs_err_pid2231.log',
    (x) => `#
# A fatal error has been detected by the Java Runtime Environment:
#
#  SIGSEGV (0xb) at pc=0x00007f3b2c1a2e60, pid=2231, tid=2244
#
# JRE version: OpenJDK Runtime Environment Temurin-17.0.9+9 (17.0.9+9) (build 17.0.9+9)
# Java VM: OpenJDK 64-Bit Server VM Temurin-17.0.9+9 (17.0.9+9, mixed mode, sharing, tiered, compressed oops, g1 gc, linux-amd64)
# Problematic frame:
# C  [libnative-pdf.so+0x2e60]  render_page+0x40
#

---------------  S U M M A R Y ------------

Command Line: -Xmx2g -Ddb.url=jdbc:mysql://db-docs:3306/docs -Ddb.user=docs -Ddb.password=${x.pw(true)} -Dpdf.license=${x.tok(x.g.upper(4) + '-' + x.g.hex(24))} -Djavax.net.ssl.trustStorePassword=${x.n('changeit')} com.example.docs.Main

Host: Intel(R) Xeon(R) Platinum 8375C CPU @ 2.90GHz, 8 cores, 31G, Ubuntu 22.04.3 LTS
Time: Wed Nov 18 09:41:22 2026 UTC elapsed time: 81234.418 seconds (0d 22h 33m 54s)

---------------  T H R E A D  ---------------

Current thread (0x00007f3b44021000):  JavaThread "pdf-worker-3" daemon [_thread_in_native, id=2244, stack(0x00007f3b0c1ff000,0x00007f3b0c300000)]

Stack: [0x00007f3b0c1ff000,0x00007f3b0c300000],  sp=0x00007f3b0c2fe8a0,  free space=1022k
Native frames: (J=compiled Java code, j=interpreted, Vv=VM code, C=native code)
C  [libnative-pdf.so+0x2e60]  render_page+0x40

Environment Variables:
JAVA_HOME=/opt/java/openjdk
PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin
S3_SECRET=${x.tok(x.g.base64(40).replace(/[+/]/g, 'k'))}
LANG=C.UTF-8
`,
  ),

  idoc(
    'gdb-backtrace-mysql',
    ['logs-and-output', 'code'],
    'bugs/segv-backtrace.txt',
    (x) => `(gdb) bt
#0  0x00007ffff7a42e97 in __GI_raise (sig=sig@entry=6) at ../sysdeps/unix/sysv/linux/raise.c:51
#1  0x00007ffff7a44801 in __GI_abort () at abort.c:79
#2  0x0000555555559c1e in db_open (cfg=0x5555557a12a0) at src/db.c:88
#3  0x00007ffff7e3b4d1 in mysql_real_connect (mysql=0x5555557a4020, host=0x5555557a13c0 "10.0.8.21", user=0x5555557a13e0 "telemetry", passwd=0x5555557a1400 "${x.pw(true)}", db=0x5555557a1420 "telemetry", port=3306, unix_socket=0x0, client_flag=0) at libmysql.c:1322
#4  0x000055555555a3b0 in main (argc=3, argv=0x7fffffffe3c8) at src/main.c:41
(gdb) p *cfg
$1 = {host = "10.0.8.21", port = 3306, user = "telemetry", pass = "${x.pw(true)}", mqtt_token = "${x.tok()}", retries = 3}
(gdb) p cfg->build_id
$2 = "${x.sha()}"
(gdb) info sharedlibrary
From                To                  Syms Read   Shared Object Library
0x00007ffff7fc5090  0x00007ffff7fee335  Yes         /lib64/ld-linux-x86-64.so.2
`,
  ),

  idoc(
    'rails-exception-email',
    ['logs-and-output', 'http-auth', 'prose'],
    'mail/exception-notification.eml',
    (x) => `From: "Exception Notifier" <exceptions@shop.example>
To: dev-alerts@shop.example
Subject: [SHOP ERROR] orders#create (Stripe::AuthenticationError) "Invalid API Key provided"
Date: Wed, 18 Nov 2026 16:02:11 +0000
Message-ID: <${x.n(x.g.hex(24))}@shop.example>

A Stripe::AuthenticationError occurred in orders#create:

  Invalid API Key provided: sk_live_${x.n('****' + x.g.alnum(4))}
  app/services/payment_service.rb:22:in \`charge'

-------------------------------
Request:
-------------------------------

  * URL        : https://shop.example/orders
  * HTTP Method: POST
  * IP address : 91.64.2.11
  * Parameters : {"order"=>{"sku"=>"KB-77", "qty"=>"1"}, "authenticity_token"=>"${x.u(x.g.base64(86).replace(/[+/]/g, 'A'))}"}
  * Timestamp  : 2026-11-18 16:02:11 UTC
  * Server : web-2
  * Process: 13012

-------------------------------
Session:
-------------------------------

  * session id: ${x.http(x.g.hex(32))}
  * data: {"session_id"=>"${x.n('(same as above)')}", "warden.user.user.key"=>[[4411], "${x.n('$2a$12$' + x.g.base64(22).replace(/[+]/g, '.'))}"], "_csrf_token"=>"${x.u(x.g.base64(43).replace(/[+/]/g, 'z') + '=')}"}

-------------------------------
Environment:
-------------------------------

  * HTTP_AUTHORIZATION                              : Basic ${x.basic('staging')}
  * HTTP_COOKIE                                     : _shop_session=${x.http(x.g.base64(64).replace(/[+/]/g, 'x') + '--' + x.g.hex(40))}
  * HTTP_USER_AGENT                                 : Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36
  * SECRET_KEY_BASE                                 : ${x.tok(x.g.hex(128))}
  * action_dispatch.request_id                      : ${x.rid()}
`,
  ),

  idoc(
    'dotnet-unhandled-exception',
    ['logs-and-output', 'precision'],
    'logs/EventViewer-Application-1026.txt',
    (x) => `Log Name:      Application
Source:        .NET Runtime
Date:          18.11.2026 07:14:55
Event ID:      1026
Level:         Error
Computer:      APP-LOHN-01.firma.local
Description:
Application: Lohnbuchhaltung.Service.exe
CoreCLR Version: 8.0.23.53103
.NET Version: 8.0.0
Description: The process was terminated due to an unhandled exception.
Exception Info: System.InvalidOperationException: Verbindung fehlgeschlagen für "Data Source=SQL-LOHN\\PROD;Initial Catalog=Lohn;User ID=lohn_svc;Password=${x.cs()};Encrypt=False"
 ---> Microsoft.Data.SqlClient.SqlException (0x80131904): Anmeldung für den Benutzer "lohn_svc" fehlgeschlagen.
   at Microsoft.Data.SqlClient.SqlInternalConnection.OnError(SqlException exception, Boolean breakConnection, Action\`1 wrapCloseInAction)
   at Lohnbuchhaltung.Data.DbFactory.Open(String cs) in D:\\a\\1\\s\\src\\Data\\DbFactory.cs:line 31
ClientConnectionId:${x.rid()}
Error Number:18456,State:1,Class:14
   at Lohnbuchhaltung.Service.Worker.ExecuteAsync(CancellationToken stoppingToken)
Additional: AzureStorage="DefaultEndpointsProtocol=https;AccountName=lohnarchiv;AccountKey=${x.prov('azureSas', 'Azure storage account key')};EndpointSuffix=core.windows.net"
Event Xml: <Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System><EventRecordID>${x.n(x.g.digits(6))}</EventRecordID></System></Event>
`,
  ),

  idoc(
    'go-panic-goroutine',
    ['logs-and-output', 'precision'],
    'logs/ingest-panic.txt',
    (x) => `panic: runtime error: invalid memory address or nil pointer dereference
[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x8c1f2a]

goroutine 41 [running]:
github.com/acme/ingest/internal/sink.(*Kafka).Send(0x0, {0xc0001a2000, 0x1f4, 0x200})
	/build/internal/sink/kafka.go:77 +0x2a
github.com/acme/ingest/internal/pipeline.(*Runner).flush(0xc000118000)
	/build/internal/pipeline/runner.go:133 +0x1b4
created by github.com/acme/ingest/internal/pipeline.New in goroutine 1
	/build/internal/pipeline/runner.go:58 +0x2f1

last config: brokers=[kafka-0:9093 kafka-1:9093] sasl.user=ingest sasl.pass=${x.pw(true)} topic=events.raw
build: vcs.revision=${x.sha()} vcs.time=2026-11-15T12:00:00Z vcs.modified=false
pod uid=${x.rid()} node=ip-10-0-12-7.eu-west-1.compute.internal
`,
  ),

  idoc(
    'bugsnag-payload',
    ['logs-and-output', 'http-auth'],
    'support/bugsnag-raw.json',
    (x) => `{
  "apiKey": "${x.n(x.g.hex(32))}",
  "notifier": {"name": "Bugsnag Android", "version": "5.31.1"},
  "events": [{
    "exceptions": [{"errorClass": "retrofit2.HttpException", "message": "HTTP 403 Forbidden", "stacktrace": [{"file": "LoyaltyRepository.kt", "lineNumber": 88, "method": "com.example.loyalty.LoyaltyRepository.sync"}]}],
    "metaData": {
      "request": {"url": "https://loyalty.example.com/api/v1/points?member=8812", "headers": {"Authorization": "Bearer ${x.bearerJwt()}", "X-Device-Id": "${x.rid()}"}},
      "user_prefs": {"pin_lock_enabled": true, "pin_code": "${x.pin()}", "theme": "dark"},
      "build": {"gitSha": "${x.sha()}", "flavor": "prodRelease"}
    },
    "device": {"manufacturer": "samsung", "model": "SM-S911B", "osVersion": "14"},
    "user": {"id": "8812", "email": "lea.m@example.com"}
  }]
}
`,
  ),

  idoc(
    'symfony-debug-server-params',
    ['logs-and-output', 'config-syntax', 'precision'],
    'support/attachments/symfony-profiler-server.txt',
    (x) => `Symfony Profiler — Request / Server Parameters (token ${x.n(x.g.hex(6))})

Key                         Value
APP_ENV                     prod
APP_DEBUG                   1
APP_SECRET                  ${x.tok(x.g.hex(32))}
DATABASE_URL                mysql://shop:${x.cs()}@127.0.0.1:3306/shop?serverVersion=8.0.32&charset=utf8mb4
MAILER_DSN                  smtp://contact%40boutique.example:${x.cs()}@smtp.ovh.net:587
MESSENGER_TRANSPORT_DSN     doctrine://default?auto_setup=0
JWT_PASSPHRASE              ${x.phrase(true)}
JWT_SECRET_KEY              %kernel.project_dir%/config/jwt/private.pem
CORS_ALLOW_ORIGIN           '^https?://(localhost|127\\.0\\.0\\.1)(:[0-9]+)?$'
HTTP_X_REQUEST_ID           ${x.rid()}
HTTP_COOKIE                 PHPSESSID=${x.http(x.g.lower(26))}; cookieconsent=accepted
SYMFONY_DOTENV_VARS         APP_ENV,APP_SECRET,DATABASE_URL,MAILER_DSN,JWT_PASSPHRASE
`,
  ),

  idoc(
    'electron-crash-metadata',
    ['logs-and-output', 'precision'],
    'crashes/notes-app-crash-meta.txt',
    (x) => `--- Crashpad annotations ---
prod: NotesDesktop
ver: 4.2.0
plat: Win64
ptype: renderer
guid: ${x.rid()}
electron_version: 28.1.0
crash_id: ${x.trace(16)}
sync_endpoint: https://sync.notes.example/v2
sync_token: ${x.tok()}
local_vault_pin: ${x.pin()}
last_url: https://sync.notes.example/v2/pull?since=1795500000&device=${x.n(x.g.hex(16))}
--- end ---
`,
  ),
];
