// Logs, HTTP captures and build output of banking and payment services: HAR files, curl -v, Postman exports,
// application and gateway logs, with request ids, trace ids, UETRs and masked card data beside real tokens.
import type { RealWorldDoc } from '../types';
import { fDoc, F } from './financeValues';

export const FINANCE_LOG_DOCS: RealWorldDoc[] = [
  fDoc(
    'har-open-banking',
    ['http-auth', 'logs-and-output', 'precision'],
    'captures/psd2-consent.har',
    (k) => `{
  "log": {
    "version": "1.2",
    "creator": { "name": "Firefox", "version": "124.0" },
    "entries": [
      {
        "request": {
          "method": "POST",
          "url": "https://api.bank.example/psd2/v1/consents",
          "headers": [
            { "name": "Authorization", "value": "Bearer ${k.bearer()}" },
            { "name": "X-Request-ID", "value": "${k.n(k.g.uuid())}" },
            { "name": "TPP-Signature-Certificate", "value": "${k.n('MIID' + k.g.base64(120))}" },
            { "name": "PSU-IP-Address", "value": "${F.ipv4(k.g, '192.168')}" }
          ],
          "postData": { "mimeType": "application/json", "text": "{\\"access\\":{\\"accounts\\":[{\\"iban\\":\\"${k.n(F.iban(k.g))}\\"}]},\\"recurringIndicator\\":true}" }
        },
        "response": { "status": 201, "headers": [{ "name": "Location", "value": "/psd2/v1/consents/${k.n(k.g.uuid())}" }] }
      },
      {
        "request": {
          "method": "GET",
          "url": "https://online.bank.example/app/accounts",
          "headers": [{ "name": "Cookie", "value": "JSESSIONID=${k.http(k.g.hex(32).toUpperCase())}; lang=en; _ga=${k.n('GA1.2.' + k.g.digits(10) + '.' + k.g.digits(10))}" }]
        },
        "response": { "status": 200, "headers": [] }
      }
    ]
  }
}
`,
  ),

  fDoc(
    'curl-verbose-token-endpoint',
    ['http-auth', 'logs-and-output', 'command-line'],
    'docs/debug/token-endpoint-curl.txt',
    (k) => `$ curl -v -X POST https://auth.paymentsplatform.example/oauth2/token \\
    -u '${k.n(k.g.uuid())}:${k.s('token', k.g.alnum(40))}' \\
    -d 'grant_type=client_credentials&scope=payments:write'
*   Trying ${F.ipv4(k.g, '52')}:443...
* Connected to auth.paymentsplatform.example
> POST /oauth2/token HTTP/2
> Host: auth.paymentsplatform.example
> authorization: Basic ${k.basic('payments-client')}
> content-type: application/x-www-form-urlencoded
>
< HTTP/2 200
< x-request-id: ${k.n(k.g.hex(32))}
{"access_token":"${k.http(F.jwt(k.g))}","token_type":"Bearer","expires_in":3600}
`,
  ),

  fDoc(
    'app-log-payments-debug',
    ['logs-and-output', 'precision'],
    'logs/payments-api-2026-03-05.log',
    (k) => `2026-03-05 09:12:01.442 INFO  [main] c.a.p.Application - Started PaymentsApi in 8.41 seconds (build ${k.n(F.sha1(k.g).slice(0, 8))})
2026-03-05 09:12:02.010 DEBUG [main] c.a.p.config.DataSourceConfig - url=jdbc:postgresql://pg-pay01:5432/payments user=payments password=${k.spw()}
2026-03-05 09:12:14.771 INFO  [http-3] c.a.p.api.PaymentController - payment accepted uetr=${k.n(F.uetr(k.g))} amount=1500.00 EUR debtor=${k.n(F.iban(k.g))}
2026-03-05 09:12:14.802 DEBUG [http-3] c.a.p.client.AcquirerClient - POST /v3/authorise headers={X-API-Key=${k.http(k.g.alnum(32))}, Idempotency-Key=${k.n(k.g.uuid())}}
2026-03-05 09:12:15.118 INFO  [http-3] c.a.p.client.AcquirerClient - response 200 authCode=${k.n(k.g.digits(6))} pan=${k.n(F.maskedPan(k.g))}
2026-03-05 09:13:00.000 WARN  [sched-1] c.a.p.recon.Recon - 3 unmatched entries, trace=${k.n(k.g.hex(32))}
`,
  ),

  fDoc(
    'postman-collection-core-api',
    ['http-auth', 'config-syntax', 'precision'],
    'postman/CoreBanking-API.postman_collection.json',
    (k) => `{
  "info": { "name": "Core Banking API (UAT)", "_postman_id": "${k.n(k.g.uuid())}", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
  "auth": { "type": "basic", "basic": [ { "key": "username", "value": "uat_tester", "type": "string" }, { "key": "password", "value": "${k.spw()}", "type": "string" } ] },
  "item": [
    {
      "name": "Get balance",
      "request": {
        "method": "GET",
        "header": [ { "key": "X-Api-Key", "value": "${k.http(k.g.hex(40))}" } ],
        "url": "{{baseUrl}}/accounts/${k.n(F.account(k.g))}/balance"
      }
    },
    {
      "name": "Create transfer",
      "request": {
        "method": "POST",
        "header": [ { "key": "Authorization", "value": "Bearer {{accessToken}}" } ],
        "url": "{{baseUrl}}/transfers"
      }
    }
  ],
  "variable": [ { "key": "baseUrl", "value": "https://core-uat.bank.local/api" }, { "key": "accessToken", "value": "${k.ph()}" } ]
}
`,
  ),

  fDoc(
    'nginx-access-log-query-token',
    ['logs-and-output', 'http-auth', 'precision'],
    'logs/nginx/statements-access.log',
    (
      k,
    ) => `${F.ipv4(k.g, '10.8')} - - [05/Mar/2026:08:01:12 +0000] "GET /statements/download?account=${k.n(F.account(k.g))}&month=2026-02&access_token=${k.http(k.g.base64url(43))} HTTP/1.1" 200 48211 "-" "Mozilla/5.0"
${F.ipv4(k.g, '10.8')} - - [05/Mar/2026:08:01:40 +0000] "GET /statements/download?account=${k.n(F.account(k.g))}&month=2026-01&sig=${k.u(k.g.hex(64))} HTTP/1.1" 403 162 "-" "curl/8.5.0"
${F.ipv4(k.g, '10.8')} - - [05/Mar/2026:08:02:03 +0000] "POST /api/login HTTP/1.1" 200 512 "-" "okhttp/4.12.0"
${F.ipv4(k.g, '10.8')} - - [05/Mar/2026:08:02:55 +0000] "GET /health?rid=${k.n(k.g.hex(16))} HTTP/1.1" 200 2 "-" "kube-probe/1.29"
`,
  ),

  fDoc(
    'gradle-build-output-leak',
    ['logs-and-output', 'precision'],
    'ci-logs/build-8812.txt',
    (k) => `> Task :ledger-core:compileJava UP-TO-DATE
> Task :ledger-core:test
LedgerPostingTest > doubleEntryBalances() PASSED
LedgerPostingTest > rejectsUnbalancedJournal() PASSED
> Task :ledger-app:bootRun
Picked up JAVA_TOOL_OPTIONS: -Dspring.datasource.password=${k.spw()} -Dfile.encoding=UTF-8
> Task :ledger-app:publish
Uploading ledger-app-3.14.0.jar to https://nexus.bank.local/repository/releases/ (sha1 ${k.n(F.sha1(k.g))})
BUILD SUCCESSFUL in 2m 41s
Run id ${k.n(k.g.uuid())}
`,
  ),

  fDoc(
    'swift-gpi-api-python-log',
    ['logs-and-output', 'code', 'http-auth'],
    'tools/gpi_tracker_check.py',
    (k) => `"""Polls SWIFT gpi Tracker for the status of yesterday's outbound payments."""
import base64
import requests

CONSUMER_KEY = "${k.u(k.g.alnum(32))}"
CONSUMER_SECRET = "${k.s('token', k.g.alnum(16))}"
auth = base64.b64encode(f"{CONSUMER_KEY}:{CONSUMER_SECRET}".encode()).decode()

# Output of the last run, pasted for the ticket:
# >>> POST https://sandbox.swift.com/oauth2/v1/token  Authorization: Basic ${k.http(F.b64(k.g.alnum(32) + ':' + k.g.alnum(16)))}
# <<< 200 {"access_token":"${k.http(k.g.alnum(28))}","expires_in":"1799"}
# >>> GET /swift-apitracker/v5/payments/${k.n(F.uetr(k.g))}/transactions  -> ACSC
`,
  ),

  fDoc(
    'ibm-mq-client-log',
    ['logs-and-output', 'config-syntax'],
    'logs/mq/payments-bridge.log',
    (k) => `[2026-03-05 06:00:01] MQ connection factory: QMGR=QMPAY01 CHANNEL=PAY.SVRCONN CONNAME=mq-pay01(1414)
[2026-03-05 06:00:01] MQ user=mqpay password=${k.spw()} (MQCSP authentication)
[2026-03-05 06:00:02] Connected. Queue PAY.OUT.SEPA depth=0
[2026-03-05 06:00:31] Put message MsgId=${k.n(k.g.hex(48).toUpperCase())} CorrelId=${k.n(k.g.hex(48).toUpperCase())}
[2026-03-05 06:00:31] Payload pain.002 for MsgId ${k.n('ACME' + k.g.digits(14))} status ACCP
`,
  ),

  fDoc(
    'fiddler-raw-insurance-api',
    ['http-auth', 'logs-and-output'],
    'captures/rating-api-raw.txt',
    (k) => `POST https://rating.insurer.example/api/v2/quotes HTTP/1.1
Host: rating.insurer.example
Ocp-Apim-Subscription-Key: ${k.http(k.g.hex(32))}
Content-Type: application/json
Cookie: ASP.NET_SessionId=${k.http(k.g.chars('abcdefghijklmnopqrstuvwxyz012345', 24))}; ARRAffinity=${k.n(k.g.hex(64))}

{"product":"HOME","postcode":"SW1A 1AA","sumInsured":350000,"broker":"${k.n('BRK' + k.g.digits(5))}"}

HTTP/1.1 200 OK
Content-Type: application/json

{"quoteId":"${k.n('Q-' + k.g.digits(9))}","premium":412.38,"currency":"GBP"}
`,
  ),

  fDoc(
    'splunk-export-auth-failures',
    ['logs-and-output', 'precision'],
    'exports/splunk/auth_failures_treasury.csv',
    (k) => `_time,host,user,src,reason,detail
2026-03-04T22:01:13Z,tms-app01,svc_tms,${F.ipv4(k.g)},bad_password,"login failed for svc_tms (password='${k.spw()}')"
2026-03-04T22:01:45Z,tms-app01,svc_tms,${F.ipv4(k.g)},bad_password,"login failed for svc_tms (password='${k.n('***')}')"
2026-03-04T22:07:02Z,swift-saa01,SAA_OPS1,${F.ipv4(k.g)},locked,"account locked after 5 attempts, session ${k.n(k.g.hex(20))}"
2026-03-04T23:15:30Z,ebics-gw01,ACME0001,${F.ipv4(k.g)},expired_cert,"certificate ${k.n(F.thumbprint(k.g))} expired"
`,
  ),

  fDoc(
    'stripe-cli-output',
    ['logs-and-output', 'command-line'],
    'docs/dev/stripe-cli-session.txt',
    (k) => `$ stripe login
Your pairing code is: ${k.n('brave-sleek-cheery-hero')}
This pairing code verifies your authentication with Stripe.
> Done! The Stripe CLI is configured for Acme Payments with account id ${k.n('acct_' + k.g.alnum(16))}

$ stripe listen --forward-to localhost:4242/webhook
> Ready! You are using Stripe API Version [2024-06-20]. Your webhook signing secret is ${k.prov('Stripe', F.stripeWebhook(k.g))} (^C to quit)
2026-03-05 10:01:11   --> payment_intent.created [${k.n('evt_' + k.g.alnum(24))}]
2026-03-05 10:01:11  <--  [200] POST http://localhost:4242/webhook [${k.n('evt_' + k.g.alnum(24))}]
`,
  ),

  fDoc(
    'kafka-connect-config-dump',
    ['logs-and-output', 'config-syntax'],
    'logs/connect/ledger-sink-startup.log',
    (k) => `[2026-03-05 04:00:02,114] INFO JdbcSinkConfig values:
	auto.create = false
	batch.size = 3000
	connection.password = ${k.spw()}
	connection.url = jdbc:postgresql://pg-ledger:5432/ledger
	connection.user = kafka_sink
	insert.mode = upsert
	pk.fields = [entry_id]
	topics = [ledger.journal.v1]
[2026-03-05 04:00:02,201] INFO SaslConfig: sasl.jaas.config = org.apache.kafka.common.security.plain.PlainLoginModule required username="ledger-sink" password="${k.spw()}";
[2026-03-05 04:00:03,010] INFO Cluster ID: ${k.n(k.g.base64url(22))}
`,
  ),
];
