// rw-dev6 prose: notes, handover pages, wikis, forum posts and release notes: passwords given in sentences
// (letters only, phrases, labels after the value), tokens handed over without a prefix, and pages that only
// talk about passwords, ids and hashes.
import { F, doc } from '../dev/kit';
import type { RealWorldDoc } from '../types';
import { mk } from './proseValues';

export const NOTE_DOCS: RealWorldDoc[] = [
  doc('dev6-prose-handover-md-en', ['prose', 'precision'], 'docs/handover/office-it-2026.md', (k) => {
    const v = mk(k);
    return `# Office IT handover (Maren → Tobias)

Everything I look after in the Hamburg office, in no particular order.

## Network
- The guest wifi password is ${v.le()} and changes never (I know).
- Staff wifi uses certificates, nothing to type.
- Firewall admin: \`admin\`, password ${v.ma()}. Vendor support contract ${v.n('SC-' + k.g.digits(7))}.

## Printers
${v.ch()} ← the admin password on both Kyocera printers. The copier vendor knows it too.

## Accounts that are not in SSO
| Service | Login | Where is the password |
|---|---|---|
| Domain registrar | it@example.net | 1Password, vault "Office" |
| Old NAS | admin | ${v.red()} (wiped, not needed) |
| Alarm system | — | code ${v.pin()} |

## Monitoring
The uptime checker's API key is ${v.tok()}; the status page token is ${v.hex(40)}.

## Open tickets
${v.tid('IT')}, ${v.tid('IT')} — both waiting on the landlord.
`;
  }),

  doc('dev6-prose-wiki-de-buero', ['prose', 'precision'], 'wiki/Buero/Neue-Mitarbeiter.md', (k) => {
    const v = mk(k, 'de');
    return `# Willkommen im Büro Köln

## Erster Tag
1. Laptop bei Klaus abholen (Inventarnummer auf dem Aufkleber, z.B. ${v.n('INV-' + k.g.digits(5))}).
2. Beim ersten Anmelden das Startkennwort ${v.le()} eingeben und sofort ändern.
3. Zeiterfassung: Link im Intranet, Anmeldung mit dem Windows-Konto.

## WLAN
Das Mitarbeiter-WLAN heißt KOELN-STAFF. Kennwort: ${v.ch()}
Für Besucher gibt es KOELN-GAST, Kennwort steht auf dem Aufsteller am Empfang.

## Häufige Fragen
- *Ich habe mein Kennwort vergessen.* — Auf „Kennwort vergessen“ klicken; Sie bekommen eine Mail („Link zum Zurücksetzen gesendet“).
- *Wie lang muss das Kennwort sein?* — Mindestens 12 Zeichen.
`;
  }),

  doc('dev6-prose-notes-fr-reunion', ['prose'], 'notes/compte-rendu-reunion-informatique.md', (k) => {
    const v = mk(k, 'fr');
    return `# Compte rendu — réunion informatique du 3 mars

Présents : Claire, Hugo, Léa

- Le nouveau mot de passe du Wi-Fi invités est ${v.le()} (à afficher à l'accueil).
- Hugo a changé le mdp du compte partagé "communication" : ${v.ch()}
- Léa demande qu'on arrête d'écrire les mots de passe dans les comptes rendus. Adopté à l'unanimité (à partir de la prochaine fois).
- Le code de l'alarme ne change pas.
- Prochaine réunion : 7 avril.
`;
  }),

  doc('dev6-prose-forum-post-es', ['prose', 'precision'], 'forum/foro-ayuda-router-hilo-8812.txt', (k) => {
    const v = mk(k, 'es');
    return `Tema: Router no acepta la contraseña después de actualizar firmware

Mensaje de jlopez » 12 Mar 2026, 18:22
Hola, actualicé el firmware a la ${v.ver()} y ahora no puedo entrar a la configuración.
Antes la contraseña era ${v.le()} y ahora me dice "contraseña incorrecta".
¿Alguien sabe si la resetea?

Mensaje de moderador_ana » 12 Mar 2026, 19:05
Por favor no publiques contraseñas en el foro, la he editado: ${v.red()}
Tras la actualización vuelve a la de fábrica, que está en la pegatina.

Mensaje de jlopez » 12 Mar 2026, 19:40
Gracias, funcionó con la de la pegatina. La nueva que he puesto es ${v.ch()} jaja (ya la cambio)
`;
  }),

  doc('dev6-prose-readme-it-tool', ['prose', 'precision'], 'tools/report-exporter/LEGGIMI.md', (k) => {
    const v = mk(k, 'it');
    return `# report-exporter

Esporta i report mensili dal gestionale e li carica su SharePoint.

## Configurazione

Copia \`config.example.ini\` in \`config.ini\` e inserisci:

- \`user\`: l'utente tecnico (chiedi a Paolo)
- \`password\`: ${v.red()} nell'esempio — quella vera non va in git

Per i test in locale l'utente \`report_test\` ha password ${v.le()}, che funziona solo sull'ambiente di collaudo.

La chiave API di collaudo è ${v.tok()}; quella di produzione è nel vault.

## Changelog
- ${v.ver()}: corretto il fuso orario (commit ${v.sha()})
`;
  }),

  doc('dev6-prose-runbook-pt-prose', ['prose', 'precision'], 'docs/runbooks/restaurar-backup.md', (k) => {
    const v = mk(k, 'pt');
    return `# Restaurar backup do ERP

1. Acesse o servidor de backup (\`bkp-01\`) com o usuário \`restore\`. A senha é ${v.ch()}, mas ela expira todo trimestre.
2. Monte o volume: a senha de criptografia do volume é a frase ${v.phr()}
3. Confira o hash do arquivo (${v.h256()}) com o do relatório do job.
4. Abra um chamado (${v.tid('OPS')}) informando o horário da restauração.

> **Atenção:** o link "esqueci minha senha" do ERP não funciona para contas técnicas.
`;
  }),

  doc('dev6-prose-sticky-note-txt', ['prose'], 'Desktop/passwörter.txt', (k) => {
    const v = mk(k, 'de');
    return `bank: siehe Zettel
gmx ${v.ch()}
ebay  ${v.le()}
wlan ${v.wifi()}
handy pin ${v.pin()}
amazon = gleiche wie gmx aber mit ! am ende
kennwort laptop: ${v.le()}
`;
  }),

  doc('dev6-prose-notes-app-export-en', ['prose', 'precision'], 'Notes/Notes export/Home stuff.txt', (k) => {
    const v = mk(k);
    return `Home stuff

Boiler service: call 0800 ${k.g.digits(3)} ${k.g.digits(4)}, ref ${v.n('BS' + k.g.digits(8))}
Wifi: ${v.phr()} (network "Casa")
Netflix: same as wifi but no spaces
Kids' iPad screen time code ${v.pin()}
Car insurance policy ${v.n('POL-' + k.g.digits(9))}
Bike lock ${v.n(k.g.digits(4))}? no wait that was the old one
Amazon order for the garden chairs: ${v.order()}
${v.le()} is the password for the school portal (Emma's account)
`;
  }),

  doc('dev6-prose-gitlab-issue-md-token', ['prose', 'precision'], 'exports/gitlab/issues/412.md', (k) => {
    const v = mk(k);
    return `# Deploy to staging fails with 401 from artifact store (#412)

**Opened by** @chen.wei · 3 days ago

The deploy job fails since the token rotation:

${F}
ERROR: 401 Unauthorized (request ${v.uuid()})
${F}

---

**@rafael.souza** commented:

The CI variable still has the old value. New token for the artifact store is

${v.tok()}

I couldn't update the protected variable myself, can a maintainer do it? (also the old one ${v.red()} is revoked)

---

**@ines.duarte** commented:

Updated, and please never paste tokens into issues again 😅 — rotated once more, the one above is dead now. Pipeline #${v.n(k.g.digits(7))} green on ${v.sha()}.
`;
  }),

  doc('dev6-prose-github-discussion-precision', ['precision'], 'exports/github/discussions/88.md', (k) => {
    const v = mk(k);
    return `## How do I rotate the admin password without downtime?

**@lukas-weber** asked:

The docs say "set ADMIN_PASSWORD and restart", but that means downtime. Is there a CLI for it?

**@maintainer** answered:

Yes: \`app admin:password --user admin\` prompts for the new password (it never echoes it, and it is stored as an argon2 hash, e.g. \`${v.n('$argon2id$v=19$m=65536,t=3,p=4$' + k.g.base64(22) + '$' + k.g.base64(43))}\`).
The env var is only read on first start. See ${v.commit()} and release ${v.ver()}.

Placeholders in the docs like \`${v.red()}\` or \`${v.red()}\` are never accepted — startup fails with "password too weak".

**@lukas-weber**:

Thanks! Marked as answer. For reference my request id was ${v.uuid()}.
`;
  }),

  doc('dev6-prose-release-notes-precision', ['precision'], 'CHANGELOG-portal.md', (k) => {
    const v = mk(k);
    return `# Customer portal — release notes

## ${v.ver()}
- "Forgot password" now sends a password reset link even when the address is unknown (${v.tid('SEC')}).
- The password field shows a strength meter; labels: "Weak password", "Strong password".
- Fixed: the "Change password" dialog lost focus on mobile (${v.sha()}).

## ${v.ver()}
- Session cookie renamed to \`portal_sid\`; old cookies are ignored.
- Build ${v.commit()}; artifact checksum ${v.h256()}.
- Tracking numbers of shipped orders (e.g. ${v.track()}) are now linked to the carrier.

## ${v.ver()}
- Order ids like ${v.order()} are shown in the header.
- UUIDs in URLs (${v.uuid()}) replaced by short ids.
`;
  }),

  doc('dev6-prose-i18n-strings-precision', ['precision'], 'docs/translations/password-strings.md', (k) => {
    const v = mk(k);
    const rows = [
      ['en', 'Password', 'Forgot your password?', 'Password reset link sent'],
      ['de', 'Kennwort', 'Kennwort vergessen?', 'Link zum Zurücksetzen wurde gesendet'],
      ['fr', 'Mot de passe', 'Mot de passe oublié ?', 'Lien de réinitialisation envoyé'],
      ['es', 'Contraseña', '¿Olvidaste tu contraseña?', 'Enlace para restablecer enviado'],
      ['pt', 'Senha', 'Esqueceu a senha?', 'Link de redefinição enviado'],
      ['pl', 'Hasło', 'Nie pamiętasz hasła?', 'Wysłano link do resetu hasła'],
      ['ru', 'Пароль', 'Забыли пароль?', 'Ссылка для сброса пароля отправлена'],
      ['tr', 'Şifre', 'Şifrenizi mi unuttunuz?', 'Şifre sıfırlama bağlantısı gönderildi'],
      ['zh', '密码', '忘记密码？', '密码重置链接已发送'],
      ['ja', 'パスワード', 'パスワードをお忘れですか？', 'パスワード再設定リンクを送信しました'],
      ['ko', '비밀번호', '비밀번호를 잊으셨나요?', '비밀번호 재설정 링크를 보냈습니다'],
    ];
    return `# Password screen strings (${v.tid('L10N')})

| Locale | Label | Link | Toast |
|---|---|---|---|
${rows.map((r) => `| ${r[0]} | ${v.n(r[1]!)} | ${r[2]} | ${r[3]} |`).join('\n')}

Keys: \`auth.password.label\`, \`auth.password.forgot\`, \`auth.password.reset_sent\`. Screenshot hash ${v.md5()}.
`;
  }),

  doc('dev6-prose-support-macros-precision', ['precision', 'prose'], 'support/macros.md', (k) => {
    const v = mk(k);
    return `# Support macros

### Password reset
> Hi {{ticket.requester.first_name}}, a password reset link was sent to your address. It expires in 30 minutes.
> If it doesn't arrive, check spam or reply with your order number (looks like ${v.order()}).

### Never ask for passwords
We never ask customers for their password. If a customer sends one anyway, redact it as ${v.red()} and tell them to change it.

### Shipping
> Your tracking number is {{ticket.custom.tracking}} (e.g. ${v.track()}).

### Internal (not for customers)
Test customer account for reproducing bugs: qa+support@example.com / ${v.le()}
`;
  }),

  doc('dev6-prose-onenote-export-nl', ['prose'], 'OneNote export/IT/Wachtwoorden.txt', (k) => {
    const v = mk(k, 'nl');
    return `Wachtwoorden kantoor
dinsdag 14 april 2026 10:12

Boekhouding: ${v.ch()}
ww router: ${v.le()}
pincode alarm ${v.pin()}
Wifi gasten: ${v.wifi()}
`;
  }),

  doc('dev6-prose-doc-ko-guide', ['prose', 'precision'], 'docs/신규입사자_가이드.md', (k) => {
    const v = mk(k, 'ko');
    return `# 신규 입사자 가이드

## 계정
- 사내 메일 초기 비밀번호: ${v.ch()} (첫 로그인 시 변경)
- 회의실 예약 시스템은 SSO로 로그인합니다.

## 와이파이
- SSID: OFFICE-5G, 비밀번호: ${v.le()}

## 문의
- IT 헬프데스크: 내선 ${k.g.digits(4)}, 티켓 ${v.tid('IT')}
- "비밀번호 재설정 링크가 발송되었습니다" 메일은 정상입니다.
`;
  }),

  doc('dev6-prose-doc-ja-manual', ['prose', 'precision'], 'docs/店舗マニュアル.md', (k) => {
    const v = mk(k, 'ja');
    return `# 店舗マニュアル（渋谷店）

## レジ
- 管理者パスワード：${v.ch()}
- 店長のみ使用すること

## Wi-Fi
お客様用：SHIBUYA-FREE（パスワードなし）
スタッフ用：${v.le()}

## 注文番号
注文番号の例：${v.order()}（お客様に伝えてよい）
`;
  }),

  doc('dev6-prose-doc-zh-wiki', ['prose', 'precision'], 'wiki/运维/跳板机.md', (k) => {
    const v = mk(k, 'zh');
    return `# 跳板机使用说明

1. 使用 VPN 登录内网。VPN 账号统一为工号，初始密码 ${v.ch()}
2. 登录跳板机：\`ssh ops@jump-01\`，密码见下方
3. 跳板机密码：${v.le()}

> 注意：提交代码时不要把密码写进配置，提交 ${v.sha()} 曾经泄露过一次。
> 配置文件示例中的 ${v.red()} 是占位符。
`;
  }),

  doc('dev6-prose-doc-hi-office', ['prose'], 'docs/office-setup-pune.md', (k) => {
    const v = mk(k, 'hi');
    return `# Pune office — setup notes

- Wifi (staff): PUNE-STAFF, पासवर्ड ${v.le()}
- Printer admin ka password ${v.ch()} hai
- Biometric attendance device pin ${v.pin()}
- Courier se aaya laptop, AWB ${v.track()}
`;
  }),

  doc('dev6-prose-doc-ar-guide', ['prose', 'precision'], 'docs/دليل-المكتب.md', (k) => {
    const v = mk(k, 'ar');
    return `# دليل المكتب

- شبكة الواي فاي: DXB-OFFICE
- كلمة المرور: ${v.le()}
- حساب الطابعة: admin / ${v.ch()}
- رقم التذكرة: ${v.tid('IT')}
- رابط "نسيت كلمة المرور" يرسل رسالة إلى البريد.
`;
  }),

  doc('dev6-prose-doc-tr-kurulum', ['prose', 'precision'], 'docs/kurulum-notlari.md', (k) => {
    const v = mk(k, 'tr');
    return `# Kurulum notları

Sunucuya \`deploy\` kullanıcısıyla bağlanın, şifre ${v.ch()}.
Veritabanı şifresi ${v.le()} — sadece test ortamı için.
Servis API anahtarı: ${v.tok()}

Not: commit ${v.commit()} ile gelen örnek yapılandırmadaki ${v.red()} bir yer tutucudur.
`;
  }),

  doc('dev6-prose-meeting-notes-en-phrases', ['prose', 'precision'], 'notes/2026-05-20 all-hands.md', (k) => {
    const v = mk(k);
    return `# All-hands 20 May — notes (Priya)

- Office move: new building from June. Door code for the first weeks: ${v.pin()}
- New wifi: "${v.phr()}" — yes, it's a phrase, with the spaces.
- Security reminder from Omar: phishing mails say "your password expires today" — report them.
- Q&A: where do shared passwords go? → 1Password, not Slack, not notes like this one.
- Demo account for the trade fair: demo@example.com, pw ${v.le()}
- Invoice ${v.n('INV-' + k.g.digits(6))} from the caterer still open.
`;
  }),

  doc('dev6-prose-ticket-txt-ru', ['prose', 'precision'], 'exports/otrs/Ticket-2026031010000123.txt', (k) => {
    const v = mk(k, 'ru');
    return `Тикет#: 2026031010000123
Тема: Нет доступа к 1С
Статус: закрыт

--- Сообщение от клиента (10.03.2026 09:14) ---
Не могу войти в 1С, пишет "неверный пароль".

--- Ответ агента (10.03.2026 09:40) ---
Сбросил пароль. Новый пароль: ${v.ch()}
При входе система попросит его сменить.

--- Внутренняя заметка (10.03.2026 09:42) ---
Старый пароль был ${v.red()}, пользователь записал его на стикере. Номер заявки ${v.tid('HELP')}.
`;
  }),

  doc('dev6-prose-pr-description-precision', ['precision', 'prose'], 'exports/github/pulls/1207.md', (k) => {
    const v = mk(k);
    return `## auth: hash reset tokens at rest (#1207)

Reset tokens were stored in plain text in \`password_resets\`. This PR stores \`sha256(token)\` instead (example row: \`${v.h256()}\`).

- migration ${v.n('20260512_hash_reset_tokens')}
- the "password reset link sent" screen is unchanged
- test fixtures use \`${v.red()}\` as password

Closes ${v.tid('SEC')}. Squashed from ${v.sha()}, ${v.sha()}.

Reviewer note (@omar): in staging the test user's password is now ${v.le()}, I reset it while testing.
`;
  }),

  doc('dev6-prose-vault-migration-notes', ['prose', 'precision'], 'docs/migrations/keepass-to-1password.md', (k) => {
    const v = mk(k);
    return `# Moving the team's KeePass file to 1Password

The KeePass database (\`team.kdbx\`) is protected by the master passphrase ${v.phr()}; after the import it will be deleted.

Entries that were *not* imported:
- "Old FTP" — server gone.
- "Test user" — the password (${v.le()}) only worked on the dev VM.
- Every entry whose password is ${v.red()} (they were placeholders).

File hash before deletion: ${v.md5()}
`;
  }),

  doc('dev6-prose-school-letter-pl', ['prose'], 'szkola/list-do-rodzicow.txt', (k) => {
    const v = mk(k, 'pl');
    return `Szanowni Państwo,

od poniedziałku uczniowie klasy 4B logują się do platformy e-learningowej.
Login ucznia: imię.nazwisko
Hasło startowe dla całej klasy: ${v.le()}

Prosimy o zmianę hasła po pierwszym logowaniu.
Wychowawczyni
`;
  }),

  doc('dev6-prose-notes-api-keys-prose', ['prose', 'precision'], 'notes/integration-partners.md', (k) => {
    const v = mk(k);
    return `# Integration partners — status

**Fjord Freight**: they sent their sandbox credentials by mail. Client id ${v.n('ff-' + k.g.digits(6))}, client secret ${v.tok()}. Prod after the contract.

**Kirsch & Co**: the API key they use with us is ${v.tok()} (sandbox). They asked for IP allow-listing.

**Tanpopo KK**: still waiting; their ticket is ${v.tid('CS')}, order ${v.order()}.

Reminder: the webhook signing secret for all sandboxes is ${v.hex(32)}.
`;
  }),

  doc('dev6-prose-sms-export-csv-like', ['prose'], 'backup/sms-backup-2026.txt', (k) => {
    const v = mk(k);
    return `2026-03-02 08:14 From: +49 151 ${k.g.digits(8)}: Your verification code is ${v.u(k.g.digits(6))}
2026-03-02 09:30 From: Mum: the wifi at grandma's is ${v.le()}
2026-03-02 12:01 From: DHL: Ihre Sendung ${v.track()} wird heute zugestellt
2026-03-03 18:44 From: Finn: locker code ${v.pin()}
2026-03-04 07:10 From: Finn: gym app pw is ${v.le()} if you want to book the court
2026-03-05 21:30 From: Mum: ${v.phr()} is grandma's new wifi, she changed it again
`;
  }),
];
