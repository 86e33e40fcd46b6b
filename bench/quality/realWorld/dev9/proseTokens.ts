// rw-dev9 prose: tokens without a prefix written into prose — API keys, webhook secrets, signing keys, license
// keys that are really secrets, session tokens — beside the ids that look the same (request ids, trace ids,
// account ids, public keys, shas, digests).
import type { RealWorldDoc } from '../types';
import { F, pdoc } from './proseValues';

export const PROSE_TOKEN_DOCS: RealWorldDoc[] = [
  pdoc(
    'slack-integrations-keys',
    ['prose', 'precision'],
    'exports/slack/integrations-2026-04.txt',
    (x) => `[11:02] jonas.k: the new Datadog API key is ${x.s('token', x.g.hex(32))}, app key ${x.s('token', x.g.hex(40))}
[11:03] jonas.k: old ones revoked, the key id in the UI is ${x.n(x.g.uuid())} if you need to find it
[11:05] aylin.k: thanks — PagerDuty integration key for the billing service: ${x.s('token', x.g.hex(32))}
[11:06] aylin.k: (routing key, not the REST one)
[11:07] marek.w: and the REST one → ${x.s('token', x.g.base64url(20))}
[11:10] bot.github: ${x.neg.sha()} "rotate integration keys" merged by jonas.k
[11:11] bot.ci: pipeline ${x.n(x.g.digits(9))} passed (trace ${x.n(x.g.hex(32))})
`,
  ),
  pdoc(
    'ticket-webhook-secret-comparison',
    ['prose', 'precision'],
    'exports/jira/PAY-2210.md',
    (x) => `PAY-2210 Signature mismatch on order.created webhooks

We compute HMAC-SHA256 over the raw body with the secret from the dashboard: ${x.tok()}
Expected signature (from header): ${x.n('sha256=' + x.g.hex(64))}
Our signature: ${x.n('sha256=' + x.g.hex(64))}
Event id: ${x.n('evt_' + x.g.alnum(24))}, delivery ${x.neg.reqId()}

Update: the staging dashboard shows a different secret (${x.tok()}) — we were using the prod one against staging.
`,
  ),
  pdoc(
    'email-api-credentials-plain',
    ['prose'],
    'mail/api-credentials-logistics.txt',
    (x) => `Subject: API credentials – production

Hello,

please find your production credentials below.

Client ID:      ${x.n(x.g.uuid())}
Client Secret:  ${x.tok()}
API Key:        ${x.tok()}
Signing key (for label PDFs): ${x.s('token', x.g.base64(44))}

The client ID is not confidential; the other three are. Sandbox credentials stay valid until ${x.n('2026-06-30')}.
Your contract number: ${x.n('LC-' + x.g.digits(7))}

Best regards
Integration Team
`,
  ),
  pdoc(
    'wiki-integration-keys-table',
    ['prose', 'precision'],
    'wiki/Integrations/Keys.md',
    (x) => `# Integration keys (prod) — TO BE MOVED TO VAULT

| Integration | Key | Type | Public? |
|---|---|---|---|
| Maps (browser) | ${x.n('AIza' + x.g.base64url(35))} | browser key, referrer-restricted | yes |
| Geocoding (server) | ${x.tok()} | server key | no |
| Translation | ${x.tok()} | API key | no |
| Search (Algolia admin) | ${x.s('token', x.g.hex(32))} | admin key | **no** |
| Search (Algolia search-only) | ${x.n(x.g.hex(32))} | search key | yes |
| Sentry DSN | ${x.n(`https://${x.g.hex(32)}@o${x.g.digits(6)}.ingest.sentry.io/${x.g.digits(7)}`)} | DSN | yes |
| Segment write key | ${x.s('token', x.g.alnum(32))} | write key | no |
`,
  ),
  pdoc(
    'runbook-jwt-signing-rotation',
    ['prose', 'precision'],
    'docs/runbooks/jwt-signing-key-rotation.md',
    (x) => `# Rotate the JWT signing secret

1. Generate: \`openssl rand -hex 32\` → e.g. ${x.n('<64 hex chars>')}
2. Add it as the *next* key; the current one stays valid for 24h.

Current state (2026-03-20):
- current key id \`${x.n('kid-' + x.g.digits(8))}\`, secret: ${x.s('token', x.g.hex(64))}
- next key: ${x.s('token', x.g.hex(64))}
- retired: ${x.n('(deleted)')}

A token signed with the current key, for testing \`/me\` on staging:

${F}
${x.jwt()}
${F}
`,
  ),
  pdoc(
    'teams-chat-license-and-keys',
    ['prose', 'precision'],
    'exports/teams/license-chat.txt',
    (x) => `[1:12 PM] Hanna Berg: The Veeam license file is on the share, license id ${x.n(x.g.digits(8))}
[1:13 PM] Emre Yilmaz: ok. and the Cloudflare API token for the DNS automation?
[1:14 PM] Hanna Berg: ${x.prov('cloudflare', 'Cloudflare API token')}
[1:14 PM] Hanna Berg: zone id ${x.n(x.g.hex(32))} (that one is public)
[1:16 PM] Emre Yilmaz: and the SendGrid key for the alert mails?
[1:17 PM] Hanna Berg: ${x.prov('sendgrid', 'SendGrid API key')}
[1:20 PM] Emre Yilmaz: 👍 the old deploy token (${x.n('…' + x.g.alnum(6))}) is revoked, right?
[1:21 PM] Hanna Berg: yes, new deploy token is ${x.tok()}
`,
  ),
  pdoc(
    'de-ticket-schnittstelle',
    ['prose'],
    'exports/jira/de-SCHN-81.md',
    (x) => `SCHN-81: Schnittstelle zum Warenwirtschaftssystem liefert 403

Der API-Schlüssel aus der Doku (${x.n('<API-KEY>')}) wurde durch unseren echten ersetzt: ${x.tok()}
Das Webhook-Geheimnis lautet ${x.tok()}.
Fehler-ID aus der Antwort: ${x.neg.reqId()}

Kommentar Support: Der Schlüssel war für die Testumgebung. Produktiv-Schlüssel: ${x.tok()}
`,
  ),
  pdoc(
    'fr-slack-cles-api',
    ['prose'],
    'exports/slack/fr-integrations.txt',
    (x) => `[15:02] julien: la nouvelle clé API de l'ERP : ${x.tok()}
[15:03] camille: et le secret du webhook ?
[15:04] julien: ${x.tok()}
[15:06] camille: merci ! l'identifiant du compte (${x.n(x.g.digits(9))}) n'est pas secret je suppose
[15:07] julien: non. par contre le jeton d'accès de l'API comptable l'est : ${x.tok()}
`,
  ),
  pdoc(
    'postmortem-session-token-leak',
    ['prose', 'http-auth', 'precision'],
    'docs/postmortems/2026-01-session-leak.md',
    (x) => `# Postmortem: session tokens in support screenshots

Support agents attached HAR files to tickets. One of them (${x.neg.ticket()}) contained a live admin session:

    Cookie: session=${x.s('http-auth', x.g.base64url(43))}; theme=dark

and an API call with \`Authorization: Bearer ${x.bearer()}\`.

Both were invalidated. Trace ids in the HAR (${x.n(x.g.hex(32))}, ${x.n(x.g.hex(32))}) are harmless.
Follow-up: the HAR sanitizer (${x.neg.version()}) now strips cookies and auth headers.
`,
  ),
  pdoc(
    'es-correo-credenciales',
    ['prose'],
    'mail/es-credenciales-api.txt',
    (x) => `Asunto: Credenciales de la API de producción

Hola Mateo,

te paso las credenciales:
- ID de cliente: ${x.n(x.g.uuid())} (no es secreto)
- secreto del cliente: ${x.tok()}
- token de acceso (caduca en 90 días): ${x.tok()}

El número de pedido es ${x.n('PED-' + x.g.digits(6))}.

Saludos,
Inés
`,
  ),
  pdoc(
    'pt-ticket-token-integracao',
    ['prose'],
    'exports/jira/pt-INT-90.md',
    (x) => `INT-90: Integração com o ERP falha com 401

O token de integração que estamos usando é ${x.tok()}.
Também testei com a chave secundária ${x.tok()}, mesmo erro.
ID da requisição: ${x.neg.reqId()} · versão do conector ${x.neg.version()}

Comentário: a chave foi revogada ontem. Nova chave de produção: ${x.tok()}
`,
  ),
  pdoc(
    'ja-wiki-api-keys',
    ['prose', 'precision'],
    'wiki/ja/外部API.md',
    (x) => `# 外部API 接続情報

- 地図API（サーバー用）キー：${x.tok()}
- 決済API シークレットキー：${x.tok()}
- Webhook 署名シークレット：${x.tok()}
- GitHub トークン（CI用）：${x.prov('githubClassic', 'GitHub classic token')}
- アカウントID ${x.n(x.g.digits(10))} は公開情報です
- リクエストID の例：${x.neg.reqId()}
`,
  ),
  pdoc(
    'ko-slack-tokens',
    ['prose'],
    'exports/slack/ko-backend.txt',
    (x) => `[14:10] 민수: 푸시 알림 서버 키 새로 발급했어요 → ${x.tok()}
[14:11] 지연: 감사합니다. 웹훅 시크릿도 바뀌었나요?
[14:12] 민수: 네 ${x.tok()}
[14:12] 지연: 슬랙 봇 토큰도 공유해 주세요
[14:13] 민수: ${x.prov('slackBot', 'Slack bot token')}
[14:13] 민수: 배포 커밋은 ${x.neg.sha()} 입니다
`,
  ),
];
