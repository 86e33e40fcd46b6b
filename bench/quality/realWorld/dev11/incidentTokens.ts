// rw-dev11 incident part: bare tokens (no provider prefix) in tool debug output and support chat: TF_LOG=DEBUG,
// agent status / flare dumps, reverse-proxy debug logs, Crashlytics keys, licence keys in chat transcripts.
import type { RealWorldDoc } from '../types';
import { idoc } from './incidentValues';

export const INCIDENT_TOKEN_DOCS: RealWorldDoc[] = [
  idoc(
    'tf-log-debug-http',
    ['logs-and-output', 'http-auth', 'precision'],
    'ci-logs/tf-debug.log',
    (x) => `2026-11-18T08:00:01.118Z [INFO]  Terraform version: 1.6.4
2026-11-18T08:00:01.200Z [DEBUG] provider.terraform-provider-cloudflare_v4.19.0: ---[ REQUEST ]---------------------------------------
2026-11-18T08:00:01.200Z [DEBUG] provider.terraform-provider-cloudflare_v4.19.0: GET /client/v4/zones?name=example.com HTTP/1.1
2026-11-18T08:00:01.200Z [DEBUG] provider.terraform-provider-cloudflare_v4.19.0: Host: api.cloudflare.com
2026-11-18T08:00:01.200Z [DEBUG] provider.terraform-provider-cloudflare_v4.19.0: Authorization: Bearer ${x.http(x.g.base64url(40))}
2026-11-18T08:00:01.200Z [DEBUG] provider.terraform-provider-cloudflare_v4.19.0: User-Agent: terraform-provider-cloudflare/4.19.0
2026-11-18T08:00:01.611Z [DEBUG] provider.terraform-provider-cloudflare_v4.19.0: ---[ RESPONSE ]--------------------------------------
2026-11-18T08:00:01.611Z [DEBUG] provider.terraform-provider-cloudflare_v4.19.0: Cf-Ray: ${x.n(x.g.hex(16) + '-FRA')}
2026-11-18T08:00:02.004Z [DEBUG] provider.terraform-provider-pagerduty_v3.2.1: Authorization: Token token=${x.http(x.g.alnum(20))}
2026-11-18T08:00:02.771Z [DEBUG] provider.terraform-provider-grafana_v2.6.0: setting auth=${x.tok('glsa_' + x.g.alnum(32) + '_' + x.g.hex(8))}
2026-11-18T08:00:03.000Z [DEBUG] provider.terraform-provider-statuscake: api_token=${x.tok(x.g.alnum(30))}
2026-11-18T08:00:03.118Z [DEBUG] ReferenceTransformer: "module.dns.cloudflare_record.www" references: []
`,
  ),

  idoc(
    'agent-flare-config',
    ['logs-and-output', 'config-syntax', 'precision'],
    'support/flare-2026-11-18/runtime_config_dump.yaml',
    (x) => `api_key: ${x.n('***************************' + x.g.hex(5))}
app_key: ${x.n('***********************************' + x.g.hex(5))}
site: datadoghq.eu
hostname: db-replica-2
logs_enabled: true
tags:
  - env:prod
  - team:data
# integrations (not scrubbed by the flare because the keys are custom)
confd:
  rabbitmq.d/conf.yaml:
    instances:
      - prometheus_plugin:
          url: http://localhost:15692
        username: dd_monitor
        pass: ${x.pw(true)}
  http_check.d/conf.yaml:
    instances:
      - name: billing
        url: https://billing.internal/health
        headers:
          X-Health-Key: ${x.tok()}
      - name: partner
        url: https://partner.example/status?k=${x.tok(x.g.hex(32))}
  snowflake.d/conf.yaml:
    instances:
      - account: acme-xy12345
        username: DATADOG
        pw: ${x.pw(true)}
`,
  ),

  idoc(
    'traefik-debug-log',
    ['logs-and-output', 'precision'],
    'logs/traefik.log',
    (x) => `time="2026-11-18T07:00:01Z" level=info msg="Configuration loaded from file: /etc/traefik/traefik.yml"
time="2026-11-18T07:00:02Z" level=debug msg="Configuration received: {\\"http\\":{\\"middlewares\\":{\\"admin-auth\\":{\\"basicAuth\\":{\\"users\\":[\\"admin:${x.n('$apr1$' + x.g.alnum(8) + '$' + x.g.base64(22).replace(/[+]/g, '.'))}\\"]}},\\"ext-auth\\":{\\"forwardAuth\\":{\\"address\\":\\"http://auth:4181\\",\\"authRequestHeaders\\":[\\"X-Forwarded-User\\"]}},\\"add-key\\":{\\"headers\\":{\\"customRequestHeaders\\":{\\"X-Upstream-Key\\":\\"${x.tok()}\\"}}}}}}" providerName=file
time="2026-11-18T07:00:02Z" level=debug msg="Creating middleware" middlewareName=admin-auth@file middlewareType=BasicAuth
time="2026-11-18T07:00:03Z" level=debug msg="Provider config: {\\"acme\\":{\\"dnsChallenge\\":{\\"provider\\":\\"ovh\\"}},\\"env\\":{\\"OVH_APPLICATION_KEY\\":\\"${x.tok(x.g.alnum(16))}\\",\\"OVH_APPLICATION_SECRET\\":\\"${x.tok(x.g.alnum(32))}\\",\\"OVH_CONSUMER_KEY\\":\\"${x.tok(x.g.alnum(32))}\\"}}"
time="2026-11-18T07:00:09Z" level=debug msg="Serving default certificate for request: \\"\\""
`,
  ),

  idoc(
    'crashlytics-custom-keys',
    ['logs-and-output', 'precision'],
    'support/crashlytics-issue-export.csv',
    (x) => `issue_id,event_id,device,os,custom_key,custom_value
${x.n(x.g.hex(32))},${x.n(x.g.hex(32))},Pixel 6,Android 14,app_build,4.8.1 (4811)
${x.n(x.g.hex(32))},${x.n(x.g.hex(32))},Pixel 6,Android 14,session_token,${x.http(x.g.hex(40))}
${x.n(x.g.hex(32))},${x.n(x.g.hex(32))},Pixel 6,Android 14,backend_api_key,${x.tok(x.g.alnum(32))}
${x.n(x.g.hex(32))},${x.n(x.g.hex(32))},Galaxy A54,Android 13,user_id,${x.n(x.g.digits(7))}
${x.n(x.g.hex(32))},${x.n(x.g.hex(32))},Galaxy A54,Android 13,last_screen,CheckoutFragment
${x.n(x.g.hex(32))},${x.n(x.g.hex(32))},iPhone 14,iOS 17.1,wallet_pin,${x.pin()}
`,
  ),

  idoc(
    'license-key-chat',
    ['prose', 'precision'],
    'support/chat/livechat-transcript-7712.txt',
    (x) => `LiveChat transcript #7712 — 18 Nov 2026

[10:02] Visitor (Hans): Hallo, meine Lizenz wird nicht mehr akzeptiert. Der Schlüssel ist ${x.tok(x.g.upper(5) + '-' + x.g.upper(5) + '-' + x.g.digits(5) + '-' + x.g.upper(5))}
[10:03] Agent (Nora): Hi Hans, one moment please, I'll check. Your order number?
[10:03] Visitor (Hans): ${x.n('ORD-' + x.g.digits(8))}
[10:05] Agent (Nora): The key was moved to your new machine. For the cloud sync you also need the sync key from the account page.
[10:07] Visitor (Hans): das hier? ${x.tok()}
[10:07] Agent (Nora): Yes — but please don't share it in chat; I'll reset it after we're done. Installer checksum, if you want to verify: ${x.n(x.g.hex(64))}
[10:10] Visitor (Hans): Mein Konto-Passwort ist übrigens ${x.hpw()}, falls Sie das brauchen
[10:10] Agent (Nora): We never need your password 🙂 Please change it. Anything else?
[10:11] Visitor (Hans): nein danke
`,
  ),

  idoc(
    'gitlab-webhook-delivery',
    ['logs-and-output', 'http-auth', 'precision'],
    'support/webhook-recent-delivery.txt',
    (x) => `Webhook: https://ci-bridge.example.net/hooks/gitlab   Trigger: Push Hook   Status: 500   Elapsed: 10.02s
Request headers:
  Content-Type: application/json
  User-Agent: GitLab/16.6.0
  X-Gitlab-Event: Push Hook
  X-Gitlab-Token: ${x.http(x.g.alnum(24))}
  X-Gitlab-Instance: https://gitlab.example.net
  X-Gitlab-Webhook-UUID: ${x.rid()}
  X-Gitlab-Event-UUID: ${x.rid()}
Request body:
  {"object_kind":"push","before":"${x.sha()}","after":"${x.sha()}","ref":"refs/heads/main","checkout_sha":"${x.sha()}","user_name":"Zeynep Aydın","project_id":1182}
Response body:
  Internal error: upstream jenkins rejected crumb; used api token ${x.tok(x.g.hex(34))} for user bridge-bot
`,
  ),

  idoc(
    'openvpn-and-vpn-logs',
    ['logs-and-output', 'precision'],
    'logs/vpn-client-debug.log',
    (x) => `2026-11-18 07:58:01 OpenVPN 2.6.8 x86_64-pc-linux-gnu [SSL (OpenSSL)] [LZO] [LZ4] [EPOLL] [MH/PKTINFO] [AEAD]
2026-11-18 07:58:01 library versions: OpenSSL 3.0.2 15 Mar 2022, LZO 2.10
2026-11-18 07:58:01 WARNING: --auth-user-pass file /etc/openvpn/creds.txt is group or others accessible
2026-11-18 07:58:01 DEBUG: creds.txt contents: line1=vpn.kowalczyk line2=${x.pw(true)}
2026-11-18 07:58:02 TCP/UDP: Preserving recently used remote address: [AF_INET]198.51.100.10:1194
2026-11-18 07:58:02 tls-crypt key fingerprint ${x.n(x.g.hex(40))}
2026-11-18 07:58:03 PUSH: Received control message: 'PUSH_REPLY,route 10.8.0.0 255.255.0.0,auth-token ${x.http(x.g.base64(32).replace(/[+/]/g, 'T'))},peer-id 3'
2026-11-18 07:58:03 Initialization Sequence Completed
2026-11-18 08:01:44 [wireguard] peer ${x.n(x.g.base64(43).replace(/[+/]/g, 'W') + '=')} handshake ok
2026-11-18 08:01:45 [wireguard] config PrivateKey = ${x.tok(x.g.base64(43).replace(/[+/]/g, 'P') + '=')}
`,
  ),

  idoc(
    'support-macro-en-masked',
    ['prose', 'precision'],
    'support/macros/api-key-rotation.md',
    (x) => `# Macro: customer pasted an API key

Hi {{ticket.requester.first_name}},

Thanks for reaching out! For your security we have **revoked** the API key you included in your message
(ending in \`${x.n(x.g.alnum(4))}\`). Please create a new key at https://dashboard.example.com/settings/api and store it
somewhere safe — we will never ask you for a full key or your password.

If you need to share diagnostics, please send the request id (e.g. \`${x.rid()}\`) instead of headers.

---
Internal: when using this macro, paste the customer's original message below the line and mask it first.
> Customer wrote: "my key is ${x.tok()} and it doesn't work since Monday"
`,
  ),
];
