// rw-dev10 chat part: wiki pages, runbooks, onboarding notes and post-mortems (Confluence, MediaWiki, DokuWiki,
// Notion, Obsidian exports) with credentials in tables, definition lists, steps and narrative.
import { F } from '../dev/kit';
import type { RealWorldDoc } from '../types';
import { cdoc } from './chatKit';

export const CHAT_WIKI_DOCS: RealWorldDoc[] = [
  cdoc(
    'chat-wiki-confluence-lab',
    ['prose'],
    'wiki/confluence/Lab-Equipment.txt',
    (c) => `Lab Equipment Access
Created by Ingrid Solberg, last modified on Oct 12, 2026

|| Device || Address || Login || Password || Comment ||
| Switch lab-sw01 | 10.20.0.2 | admin | ${c.gpw(12)} | console only |
| PDU rack A | 10.20.0.5 | apc | ${c.hpw()} | |
| Oscilloscope | 10.20.0.40 | — | ${c.n('(none)')} | front panel |
| NAS lab-nas | 10.20.0.9 | labadmin | ${c.pw()} | DSM ${c.ver()} |
| Printer | 10.20.0.60 | admin | ${c.u('admin')} | factory default, TODO |

The SNMP community for the lab switches is ${c.lpw()} (read-only).
`,
  ),
  cdoc(
    'chat-wiki-mediawiki-table',
    ['prose'],
    'wiki/mediawiki/Server_Accounts.wiki',
    (c) => `== Server accounts ==
{| class="wikitable"
! Host !! User !! Passwort !! Bemerkung
|-
| build01 || jenkins || ${c.gpw()} || CI
|-
| mon01 || nagios || ${c.hpw()} || nur intern
|-
| mail01 || postmaster || ${c.pw()} ||
|-
| ldap01 || cn=admin || ${c.n('siehe KeePass')} ||
|}

Der Zugang zum iLO von build01: Administrator / ${c.gpw(8)}
`,
  ),
  cdoc(
    'chat-wiki-dokuwiki',
    ['prose'],
    'wiki/dokuwiki/pages/it/zugaenge.txt',
    (c) => `====== Zugänge Büro ======

^ Dienst ^ Benutzer ^ Kennwort ^
| Router (Fritz) | — | ${c.hpw()} |
| Telefonanlage | admin | ${c.pin()} |
| Drucker Kyocera | Admin | ${c.pw()} |
| NAS | buero | ${c.lpw()} |

Der Lizenzschlüssel der Buchhaltung (${c.n(c.k.g.upper(5) + '-' + c.k.g.upper(5) + '-' + c.k.g.upper(5))}) liegt im Ordner.
Stand: ${c.n('2026-09-30')}, Version ${c.ver()}
`,
  ),
  cdoc(
    'chat-notion-onboarding',
    ['prose'],
    'wiki/notion/Onboarding - Backend.md',
    (c) => `# Onboarding — Backend

## Day 1
- Get laptop from IT, FileVault on
- Ask @Chidi for the **staging** admin: \`staging-admin\` / \`${c.hpw()}\`
- Local dev API token (shared, read-only): \`${c.tok()}\`

## Day 2
- Clone the repos, run \`make bootstrap\`
- Sentry DSN is in the README (it's fine to be public: ${c.n('https://' + c.k.g.hex(32) + '@o' + c.k.g.digits(6) + '.ingest.sentry.io/' + c.k.g.digits(7))})
- Staging DB: \`postgres://dev:${c.cs()}@staging-db.internal:5432/app\`

## FAQ
**What's the VPN password?** Your SSO password, not a shared one.
**What's the wifi?** Network \`Office-5G\`, password **${c.lpw()}**
`,
  ),
  cdoc(
    'chat-obsidian-notes',
    ['prose'],
    'vault/Work/Daily/2026-11-03.md',
    (c) => `# 2026-11-03

- [x] standup
- [ ] rotate the staging keys (${c.tkt()})
- new laptop pw: ${c.hpw()}
- bitwarden master: ${c.pp()}
- mailgun api: ${c.tok(c.k.g.hex(32) + '-' + c.k.g.hex(8) + '-' + c.k.g.hex(8))}
- meeting w/ Dana re: budget, ask about ${c.n('PO 4500' + c.k.g.digits(6))}

## ideas
- password manager rollout, default length ${c.n('24')}
`,
  ),
  cdoc(
    'chat-runbook-restore',
    ['prose'],
    'wiki/runbooks/restore-customer-db.md',
    (c) => `# Runbook: restore a customer database

1. Open the backup console at https://backup.internal and log in as \`restore-operator\` (password: ${c.gpw()}).
2. Pick the snapshot by its id (e.g. ${c.n('snap-' + c.k.g.hex(17))}) — the id is not secret.
3. Decrypt with the archive passphrase **${c.pp()}**.
4. Restore into the scratch instance:

${F}bash
pg_restore -h scratch-db.internal -U restore -d customer_tmp dump.pgc
# password prompt: ${c.pw()}
${F}

5. Compare row counts, then hand over to the customer team. Ticket template: ${c.tkt()}.
`,
  ),
  cdoc(
    'chat-postmortem-leaked-token',
    ['prose'],
    'wiki/postmortems/2026-10-27-token-in-logs.md',
    (c) => `# Post-mortem: API token written to application logs

**Date:** 2026-10-27  **Severity:** SEV-2  **Author:** Grace Adeyemi

## Summary
A debug log line printed the full partner API token for ~6 hours. The token was:

\`${c.tok()}\`

It was revoked at 14:02 UTC. The replacement token (${c.mask()}) was issued via the vault.

## Timeline
- 08:03 deploy ${c.ver()} (commit ${c.sha()}) with \`LOG_LEVEL=debug\`
- 13:41 alert from the log scanner, request id ${c.rid()}
- 14:02 token revoked

## Lessons
- the log redactor only knew tokens with a prefix; this one had none
- the staging copy of the same token, ${c.tok()}, was still valid until 16:00
`,
  ),
  cdoc(
    'chat-postmortem-es',
    ['prose'],
    'wiki/postmortems/2026-09-incidente-db.md',
    (c) => `# Postmortem: caída de la base de datos de pedidos

## Resumen
El ${c.n('14/09/2026')} la base de datos de pedidos dejó de aceptar conexiones durante 47 minutos.

## Causa raíz
La contraseña del usuario \`orders_app\` se rotó (nueva: ${c.gpw()}) pero el pool de conexiones seguía usando la anterior (${c.u(c.raw.humanPw(c.k.g))}).

## Acciones
- [x] actualizar el secreto en Kubernetes (\`${c.n('secretKeyRef: orders-db/password')}\`)
- [ ] automatizar la rotación (${c.tkt()})
`,
  ),
  cdoc(
    'chat-wiki-runbook-pt-vpn',
    ['prose'],
    'wiki/runbooks/vpn-site-to-site.md',
    (c) => `# VPN site-to-site com o parceiro

| Parâmetro | Valor |
|---|---|
| Peer | ${c.n('203.0.113.10')} |
| IKE | v2, AES256-SHA256, DH 14 |
| PSK | ${c.tok(c.k.g.alnum(32))} |
| Rede local | 10.40.0.0/16 |
| Contato | noc@parceiro.example |

A PSK antiga (${c.mask()}) foi desativada em ${c.n('2026-08-01')}.
Senha do usuário de leitura do firewall: ${c.hpw()}
`,
  ),
  cdoc(
    'chat-wiki-ko-guide',
    ['prose'],
    'wiki/guides/개발환경-설정.md',
    (c) => `# 개발 환경 설정 가이드

1. VPN 접속: 계정은 사번, 비밀번호는 ${c.n('SSO 비밀번호')}
2. 테스트 DB 접속 정보
   - 호스트: test-db.internal
   - 사용자: dev_user
   - 비밀번호: \`${c.pw()}\`
3. 내부 API 토큰: \`${c.tok()}\`
4. 관리자 페이지 초기 비밀번호: ${c.gpw(12)} (최초 로그인 시 변경)

버전 ${c.ver()} 기준, 커밋 ${c.sha(true)}
`,
  ),
  cdoc(
    'chat-wiki-tr-kurulum',
    ['prose'],
    'wiki/kurulum/test-ortami.md',
    (c) => `# Test ortamı erişim bilgileri

* Yönetim paneli kullanıcı adı: \`yonetici\`
* Şifre: **${c.hpw()}**
* Ödeme sağlayıcısının test anahtarı: \`${c.tok()}\`
* Redis şifresi → ${c.pw()}

Not: canlı ortam şifreleri burada DEĞİL, kasada (${c.n('Vault: kv/prod/*')}).
`,
  ),
  cdoc(
    'chat-wiki-cn-handbook',
    ['prose'],
    'wiki/手册/测试环境.md',
    (c) => `# 测试环境说明

| 服务 | 地址 | 账号 | 密码 |
| --- | --- | --- | --- |
| Jenkins | jenkins.test.local | admin | ${c.gpw()} |
| Grafana | grafana.test.local | viewer | ${c.hpw()} |
| Harbor | harbor.test.local | robot$ci | ${c.tok(c.k.g.alnum(32))} |

阿里云 AccessKey ID：${c.u('LTAI' + c.k.g.alnum(20))}（ID 不是密钥）
AccessKey Secret：${c.tok(c.k.g.alnum(30))}
`,
  ),
  cdoc(
    'chat-wiki-definition-list',
    ['prose'],
    'wiki/services/payments-sandbox.md',
    (c) => `# Payments sandbox

Merchant id
: ${c.n('M' + c.k.g.digits(9))} (public, shows on receipts)

Sandbox API secret
: ${c.tok()}

Callback HMAC key
: ${c.tok()}

Portal login
: sandbox-ops / ${c.hpw()}

Docs version
: ${c.ver()}
`,
  ),
  cdoc(
    'chat-wiki-negatives-howto',
    ['precision'],
    'wiki/howto/rotate-secrets.md',
    (c) => `# How to rotate a secret

1. Generate a new value: \`openssl rand -hex 32\` (output looks like ${c.n('3f9c...e1a0')}).
2. Store it: \`vault kv put kv/app/api token=${c.n('@token.txt')}\`
3. Reference it in the deployment: \`${c.n('valueFrom: secretKeyRef: {name: app-api, key: token}')}\`
4. In CI, read it as \`${c.n('${{ secrets.APP_API_TOKEN }}')}\`.
5. Never write the value here. If you must show it in a screenshot, mask it: ${c.mask()}.

Example config (placeholders only):

${F}ini
api_token = ${c.ph()}
db_password = ${c.ph()}
${F}

Last rotation: ${c.n('2026-10-01')} by ${c.n('@ops-bot')}, change ${c.tkt()}, commit ${c.sha()}.
`,
  ),
  cdoc(
    'chat-wiki-kb-printer-pl',
    ['prose'],
    'wiki/kb/drukarki.md',
    (c) => `# Drukarki — konfiguracja

Hasło administratora drukarek HP w biurze: **${c.hpw()}**
PIN do wydruku poufnego: ${c.pin()}
Konto SMTP do skanowania: skaner@firma.example.pl, hasło ${c.pw()}

Wersja firmware: ${c.ver()}
`,
  ),
];
