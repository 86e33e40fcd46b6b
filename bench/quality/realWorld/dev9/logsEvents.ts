// rw-dev9 logs: structured events — Sentry/Bugsnag event JSON, crash reports, audit logs (cloud, app, k8s),
// database general/slow query logs with IDENTIFIED BY / PASSWORD, where the scrubbers caught some fields only.
import type { RealWorldDoc } from '../types';
import { ld, LO, LP, LH } from './logsValues';

export const EVENT_DOCS: RealWorldDoc[] = [
  ld(
    'sentry-event-json-extra',
    LP,
    'debug/sentry-event-4b1f.json',
    (t) => `{
  "event_id": "${t.n(t.raw.hex(32))}",
  "timestamp": "${t.ts()}Z",
  "platform": "python",
  "release": "billing@${t.short()}",
  "environment": "production",
  "exception": { "values": [{ "type": "StripeAuthenticationError", "value": "Invalid API Key provided: sk_live_****${t.raw.alnum(4)}" }] },
  "request": {
    "url": "https://billing.acme.io/webhooks/stripe",
    "method": "POST",
    "headers": { "Stripe-Signature": "${t.n('t=1759400000,v1=' + t.raw.hex(64))}", "Authorization": "[Filtered]" },
    "data": "[Filtered]"
  },
  "extra": {
    "settings.STRIPE_KEY": "${t.prov('stripeRestricted', 'Stripe restricted key')}",
    "settings.BILLING_DB": "postgresql://billing:${t.cs()}@pg-billing:5432/billing",
    "settings.INTERNAL_TOKEN": "${t.tok()}",
    "settings.SECRET_KEY": "********"
  },
  "contexts": { "trace": { "trace_id": "${t.trace()}", "span_id": "${t.span()}", "op": "http.server" } },
  "tags": { "server_name": "billing-7f9c", "transaction": "/webhooks/stripe" }
}
`,
  ),
  ld(
    'bugsnag-event-metadata',
    LO,
    'debug/bugsnag-event.json',
    (t) => `{
  "apiKey": "${t.n(t.raw.hex(32))}",
  "payloadVersion": "5",
  "notifier": { "name": "Bugsnag Ruby", "version": "6.27.1", "url": "https://github.com/bugsnag/bugsnag-ruby" },
  "events": [{
    "exceptions": [{ "errorClass": "Net::SMTPAuthenticationError", "message": "535 5.7.8 Username and Password not accepted" }],
    "context": "NewsletterMailer#deliver",
    "metaData": {
      "smtp": { "address": "smtp.gmail.com", "port": 587, "user_name": "newsletter@acme.shop", "password": "${t.s('password', t.g.lower(16))}", "authentication": "plain" },
      "request": { "clientIp": "10.9.0.12", "headers": { "Cookie": "[FILTERED]" }, "httpMethod": "POST" },
      "job": { "jid": "${t.n(t.raw.hex(24))}", "queue": "mailers" }
    },
    "device": { "hostname": "worker-3", "runtimeVersions": { "ruby": "3.3.4", "rails": "7.1.3" } },
    "session": { "id": "${t.rid()}", "startedAt": "${t.ts()}Z" }
  }]
}
`,
  ),
  ld(
    'mysql-general-log-identified-by',
    LO,
    'var/lib/mysql/db01.log',
    (t) => `/usr/sbin/mysqld, Version: 8.0.39 (MySQL Community Server - GPL). started with:
Tcp port: 3306  Unix socket: /var/run/mysqld/mysqld.sock
Time                 Id Command    Argument
2025-10-01T02:00:01.112233Z	   41 Connect	root@localhost on  using Socket
2025-10-01T02:00:01.112901Z	   41 Query	CREATE USER 'wiki'@'%' IDENTIFIED BY '${t.hpw()}'
2025-10-01T02:00:01.113400Z	   41 Query	GRANT SELECT, INSERT, UPDATE, DELETE ON wiki.* TO 'wiki'@'%'
2025-10-01T02:00:01.114000Z	   41 Query	ALTER USER 'replica'@'10.0.%' IDENTIFIED WITH caching_sha2_password BY '${t.gpw()}'
2025-10-01T02:00:01.114500Z	   41 Query	CHANGE REPLICATION SOURCE TO SOURCE_HOST='db02', SOURCE_USER='replica', SOURCE_PASSWORD='${t.gpw()}', SOURCE_AUTO_POSITION=1
2025-10-01T02:00:01.115000Z	   41 Query	SET PASSWORD FOR 'report'@'%' = '${t.n('<secret>')}'
2025-10-01T02:00:01.115600Z	   41 Query	SELECT authentication_string FROM mysql.user WHERE user='wiki'
2025-10-01T02:00:01.116000Z	   41 Query	UPDATE users SET api_token='${t.tok()}' WHERE id=17
2025-10-01T02:00:01.116600Z	   41 Query	UPDATE users SET password_hash='${t.n('$2y$10$' + t.raw.alnum(53))}' WHERE id=17
2025-10-01T02:00:01.117000Z	   41 Quit
`,
  ),
  ld(
    'postgres-log-alter-role',
    LP,
    'var/log/postgresql/postgresql-16-main.log',
    (t) => `2025-10-01 03:10:11.201 UTC [1881] LOG:  checkpoint starting: time
2025-10-01 03:10:14.042 UTC [2210] postgres@postgres LOG:  statement: ALTER ROLE app_rw WITH LOGIN PASSWORD '${t.hpw()}';
2025-10-01 03:10:14.050 UTC [2210] postgres@postgres LOG:  statement: CREATE ROLE grafana_ro LOGIN PASSWORD '${t.pp()}' VALID UNTIL '2026-10-01';
2025-10-01 03:10:14.051 UTC [2210] postgres@postgres LOG:  statement: ALTER ROLE legacy PASSWORD 'SCRAM-SHA-256$4096:${t.n(t.raw.b64(t.raw.hex(12)))}$${t.raw.b64(t.raw.hex(24))}:${t.raw.b64(t.raw.hex(24))}';
2025-10-01 03:10:15.300 UTC [2211] app_rw@app FATAL:  password authentication failed for user "app_rw"
2025-10-01 03:10:15.300 UTC [2211] app_rw@app DETAIL:  Connection matched file "/etc/postgresql/16/main/pg_hba.conf" line 102: "host all all 10.0.0.0/8 scram-sha-256"
2025-10-01 03:10:20.901 UTC [2215] etl@warehouse LOG:  duration: 1201.442 ms  statement: SELECT dblink_connect('src', 'host=10.0.5.5 dbname=crm user=etl password=${t.cs()}')
2025-10-01 03:10:40.000 UTC [1881] LOG:  checkpoint complete: wrote 412 buffers (2.5%)
`,
  ),
  ld(
    'mongodb-log-json-createuser',
    LO,
    'var/log/mongodb/mongod.log',
    (
      t,
    ) => `{"t":{"$date":"${t.ts()}+00:00"},"s":"I",  "c":"NETWORK",  "id":22943,   "ctx":"listener","msg":"Connection accepted","attr":{"remote":"10.0.3.4:51022","uuid":"${t.rid()}","connectionId":88,"connectionCount":12}}
{"t":{"$date":"${t.ts()}+00:00"},"s":"I",  "c":"COMMAND",  "id":51803,   "ctx":"conn88","msg":"Slow query","attr":{"type":"command","ns":"admin.$cmd","command":{"createUser":"analytics","pwd":"${t.hpw()}","roles":[{"role":"read","db":"events"}],"$db":"admin"},"durationMillis":212}}
{"t":{"$date":"${t.ts()}+00:00"},"s":"I",  "c":"ACCESS",   "id":20250,   "ctx":"conn88","msg":"Authentication succeeded","attr":{"mechanism":"SCRAM-SHA-256","speculative":true,"principalName":"analytics","authenticationDatabase":"admin","remote":"10.0.3.4:51022","extraInfo":{}}}
{"t":{"$date":"${t.ts()}+00:00"},"s":"I",  "c":"COMMAND",  "id":51803,   "ctx":"conn91","msg":"Slow query","attr":{"type":"command","ns":"app.integrations","command":{"update":"integrations","updates":[{"q":{"_id":{"$oid":"${t.n(t.raw.hex(24))}"}},"u":{"$set":{"webhookSecret":"${t.tok()}"}}}]},"durationMillis":140}}
`,
  ),
  ld(
    'cloudtrail-audit-event',
    LP,
    'audit/cloudtrail-2025-10-01.json',
    (t) => `{"Records":[{
  "eventVersion": "1.09",
  "userIdentity": { "type": "IAMUser", "principalId": "${t.n('AIDA' + t.raw.alnum(17).toUpperCase())}", "arn": "arn:aws:iam::${t.raw.digits(12)}:user/ci-deployer", "accessKeyId": "${t.m.unscored('AKIA' + t.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16))}", "userName": "ci-deployer" },
  "eventTime": "2025-10-01T08:11:02Z",
  "eventSource": "ssm.amazonaws.com",
  "eventName": "PutParameter",
  "awsRegion": "eu-west-1",
  "sourceIPAddress": "203.0.113.12",
  "requestParameters": { "name": "/prod/app/db_password", "type": "SecureString", "value": "HIDDEN_DUE_TO_SECURITY_REASONS", "overwrite": true },
  "responseElements": { "version": 14, "tier": "Standard" },
  "requestID": "${t.rid()}",
  "eventID": "${t.rid()}"
},{
  "eventTime": "2025-10-01T08:11:09Z",
  "eventSource": "lambda.amazonaws.com",
  "eventName": "UpdateFunctionConfiguration20150331v2",
  "requestParameters": { "functionName": "invoice-mailer", "environment": { "variables": { "SMTP_USER": "mailer", "SMTP_PASS": "${t.hpw()}", "PDF_API_TOKEN": "${t.tok()}" } } },
  "requestID": "${t.rid()}"
}]}
`,
  ),
  ld(
    'app-audit-log-admin-actions',
    LP,
    'logs/audit/audit-2025-10.log',
    (t) => `${t.ts()}Z audit actor=admin@acme.io action=user.password_reset target=u_4411 result=ok new_password=${t.mask()}
${t.ts()}Z audit actor=admin@acme.io action=user.create target=u_4412 result=ok initial_password=${t.s('password', t.g.pick(['Temp', 'Start', 'Welcome', 'Inicio', 'Willkommen']) + t.g.digits(4) + '!')}
${t.ts()}Z audit actor=svc-sync action=apikey.rotate target=integration/zendesk old_fingerprint=${t.n(t.raw.hex(16))} new_fingerprint=${t.n(t.raw.hex(16))}
${t.ts()}Z audit actor=svc-sync action=apikey.create target=integration/ups key=${t.tok()} scopes=labels:write
${t.ts()}Z audit actor=j.kowalski@acme.io action=login result=fail reason=bad_password attempted=${t.hpw()} ip=10.4.4.18
${t.ts()}Z audit actor=j.kowalski@acme.io action=login result=ok mfa=totp session=${t.n(t.raw.hex(8))}
${t.ts()}Z audit actor=root action=settings.update key=smtp.password old=${t.mask()} new=${t.mask()}
`,
  ),
  ld(
    'k8s-apiserver-audit',
    LO,
    'audit/kube-audit.jsonl',
    (
      t,
    ) => `{"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"RequestResponse","auditID":"${t.rid()}","stage":"ResponseComplete","requestURI":"/api/v1/namespaces/payments/secrets","verb":"create","user":{"username":"system:serviceaccount:argocd:argocd-application-controller"},"objectRef":{"resource":"secrets","namespace":"payments","name":"psp-credentials"},"requestObject":{"kind":"Secret","apiVersion":"v1","metadata":{"name":"psp-credentials"},"stringData":{"PSP_USER":"acme-prod","PSP_PASSWORD":"${t.gpw()}","PSP_HMAC":"${t.hex(64)}"}},"responseStatus":{"code":201}}
{"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"Metadata","auditID":"${t.rid()}","stage":"ResponseComplete","requestURI":"/api/v1/namespaces/payments/secrets/psp-credentials","verb":"get","user":{"username":"oidc:m.tanaka@acme.io"},"responseStatus":{"code":200}}
`,
  ),
  ld(
    'macos-crash-report-env',
    LO,
    'support/crash-reports/Sync-2025-10-01-101112.ips',
    (t) => `{"app_name":"Sync","timestamp":"2025-10-01 10:11:12.00 +0200","app_version":"4.1.0","slice_uuid":"${t.rid()}","build_version":"412","bundleID":"io.acme.sync","incident_id":"${t.rid()}"}
{
  "uptime" : 88000,
  "procRole" : "Foreground",
  "exception" : {"codes":"0x0000000000000001, 0x0000000000000000","type":"EXC_BREAKPOINT","signal":"SIGTRAP"},
  "termination" : {"indicator":"Trace/BPT trap: 5","byProc":"exc handler"},
  "asi" : {"libswiftCore.dylib":["Fatal error: Unexpectedly found nil while unwrapping an Optional value: file Sync/Auth/KeychainStore.swift, line 88"]},
  "environment" : {
    "SYNC_SERVER" : "https://sync.acme.io",
    "SYNC_DEBUG_TOKEN" : "${t.tok()}",
    "__CFBundleIdentifier" : "io.acme.sync"
  },
  "lastExceptionBacktrace" : [{"imageOffset":412004,"symbol":"KeychainStore.password(for:)","imageIndex":0}]
}
`,
  ),
  ld(
    'windows-event-log-scheduled-task',
    LO,
    'support/eventlog-export.csv',
    (t) => `Level,Date and Time,Source,Event ID,Task Category,Message
Information,01.10.2025 02:00:00,Microsoft-Windows-TaskScheduler,200,Action started,"Task Scheduler launched action ""C:\\Tools\\robocopy-sync.cmd"" in instance ""{${t.rid()}}"" of task ""\\Backup\\NAS Sync""."
Information,01.10.2025 02:00:01,Application,1000,None,"net use Z: \\\\nas01\\backup /user:CORP\\svc_backup ${t.hpw()} /persistent:no"
Warning,01.10.2025 02:00:05,Application,1001,None,"sqlcmd -S sql01 -U sa -P ${t.gpw()} -Q ""BACKUP DATABASE [ERP] TO DISK='Z:\\erp.bak'"" finished with warnings"
Error,01.10.2025 02:03:44,Microsoft-Windows-Security-Auditing,4625,Logon,"An account failed to log on. Account Name: svc_backup  Failure Reason: Unknown user name or bad password. Logon ID: 0x${t.n(t.raw.hex(8).toUpperCase())}"
`,
  ),
  ld(
    'webhook-delivery-log',
    LH,
    'logs/webhooks/deliveries.log',
    (t) => `delivery=${t.rid()} event=order.paid url=https://hooks.partner.fr/acme?cle=${t.tok()} status=200 attempt=1 ms=88
delivery=${t.rid()} event=order.paid url=https://partner-b.example.com/in status=500 attempt=3 ms=3001 headers="X-Acme-Signature: sha256=${t.n(t.raw.hex(64))}"
delivery=${t.rid()} event=refund.created url=https://ops:${t.cs()}@n8n.partner-c.io/webhook/refunds status=401 attempt=1 ms=42
delivery=${t.rid()} event=refund.created url=https://partner-d.io/hook status=200 attempt=1 ms=120 auth="Bearer ${t.bearer()}"
`,
  ),
];
