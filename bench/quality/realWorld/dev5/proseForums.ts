// rw-dev5 prose: forum and Q&A posts, commit messages and PR descriptions, and short texts in languages whose
// word order puts the value before its name (Japanese, Korean, Turkish, Hindi) or reads right to left.
import { doc, F } from '../dev/kit';
import type { RealWorldDoc } from '../types';
import { makers, sha, longSha, ticketKey, ver, invoice, phone, serial, sha256 } from './proseValues';

export const FORUM_DOCS: RealWorldDoc[] = [
  doc('stackoverflow-question-connection-fails', ['prose'], 'forum/stackoverflow/q-78812345.md', (k) => {
    const v = makers(k);
    const g = k.g;
    return `## MySQL "Access denied for user" even though the password is right

I created the user like this and then try to connect from PHP. The password definitely is ${v.ch()} (I copy-pasted it).

${F}
Warning: mysqli::__construct(): (HY000/1045): Access denied for user 'shop'@'172.18.0.5' (using password: YES)
${F}

Server version ${v.n(ver(g))}. What am I missing?

---

**Answer** (score 12)

Your user is \`'shop'@'localhost'\`, but you connect from the container network. Also, please change that password now, you posted it publicly. Placeholders like \`${v.n('YOUR_PASSWORD')}\` are fine in questions.

**Comment:** thanks, changed it to ${v.le()} and granted on '%' — works. *(edited: oops)*
`;
  }),

  doc('reddit-post-homelab', ['prose'], 'forum/reddit/r-homelab-post.md', (k) => {
    const v = makers(k);
    const g = k.g;
    return `**Locked out of my own Unifi controller after update, help**

posted by u/rackmount_randy

Updated to ${v.n(ver(g))} and now the admin login says invalid. Password was ${v.ch()}, I'm 100% sure. SSH into the cloud key with ubnt and ${v.ma()} works though.

> **u/netgear_ninja**: reset via the recovery mode. Also dude you just posted your passwords lol

> **u/rackmount_randy**: lol it's a lab, whatever. the wifi key is ${v.wifi()} if anyone's in the neighbourhood 😂

> **u/automoderator**: Your post may contain personal information.
`;
  }),

  doc('forum-post-de-hilfe', ['prose'], 'forum/computerbase/thread-22871.txt', (k) => {
    const v = makers(k);
    const g = k.g;
    return `Betreff: Speedport lässt mich nicht mehr rein

Hallo zusammen,
seit dem Firmware-Update (${v.n(ver(g))}) komme ich nicht mehr ins Menü. Das Gerätepasswort auf dem Aufkleber ist ${v.ma()}, das nimmt er nicht. Mein eigenes war ${v.ch()}.

Antwort von Router-Rudi:
Einmal Reset-Knopf 10 Sekunden, dann wieder das Gerätepasswort. Und bitte keine Passwörter posten ;)

Antwort von Threadersteller:
Hat geklappt, danke! Neues Passwort ist jetzt natürlich ein anderes.
`;
  }),

  doc('qa-post-pt-br', ['prose'], 'forum/pt-stackoverflow/p-55123.md', (k) => {
    const v = makers(k);
    const g = k.g;
    return `### Erro de autenticação SMTP no Laravel com Gmail

Configurei o .env assim e dá erro 535. A senha de app que gerei no Google é ${v.le()} e o usuário é contato@loja.com.br.

Já tentei com a senha normal da conta (${v.ch()}) também.

**Resposta:**
A senha de app tem 16 letras e deve ir sem espaços. E por favor, edite a pergunta e remova as senhas. Use algo como \`${v.n('sua_senha_aqui')}\`.

Laravel ${v.n(ver(g))}.
`;
  }),

  doc('commit-messages-git-log', ['prose'], 'notes/git-log-release-branch.txt', (k) => {
    const v = makers(k);
    const g = k.g;
    return `commit ${v.n(longSha(g))}
Author: Kenji Watanabe <kenji@tsubame.dev>
Date:   Mon Nov 2 18:44:10 2026 +0900

    Fix staging deploy: new DB password ${v.ma()}

    The old one expired. Refs ${v.n(ticketKey(g))}.

commit ${v.n(longSha(g))}
Author: Laura Gómez <laura@tsubame.dev>
Date:   Mon Nov 2 11:02:31 2026 +0100

    Remove hardcoded SMTP password (was ${v.ch()}), read from env instead

commit ${v.n(longSha(g))}
Author: Kenji Watanabe <kenji@tsubame.dev>
Date:   Fri Oct 30 09:15:00 2026 +0900

    Bump version to ${v.n(ver(g))}
`;
  }),

  doc('pr-description-rotate', ['prose'], 'exports/github/pr-2231.md', (k) => {
    const v = makers(k);
    const g = k.g;
    return `## Rotate the webhook secret and move it to the secret store

### What
- Reads \`WEBHOOK_SECRET\` from the environment instead of the config file.
- The value that was committed (${v.tok()}) is revoked in the provider dashboard.

### How to test
1. \`export WEBHOOK_SECRET=${v.n('<any string>')}\`
2. Send a signed test event; the signature header looks like \`sha256=${v.n(sha256(g))}\`.

### Notes for reviewers
The staging value is ${v.tok()} — staging only, fine to share inside the team.

Closes #${v.n(g.digits(4))}. CI run ${v.n(g.digits(10))}.
`;
  }),

  doc('gitlab-mr-description-de', ['prose'], 'exports/gitlab/mr-418.md', (k) => {
    const v = makers(k);
    const g = k.g;
    return `## Testdaten für die Abnahme

Die Abnahme-Instanz braucht einen festen Benutzer. Ich habe \`abnahme\` angelegt, Kennwort ${v.ch()}.
Für die Schnittstelle zum Lager gibt es einen eigenen API-Schlüssel: \`${v.tok()}\`.

/cc @fachbereich — bitte nach der Abnahme das Kennwort ändern lassen.

Pipeline: #${v.n(g.digits(6))}, Commit ${v.n(sha(g))}
`;
  }),

  doc('short-texts-arabic', ['prose'], 'notes/ar-office.txt', (k) => {
    const v = makers(k);
    const g = k.g;
    return `ملاحظات المكتب
كلمة المرور للراوتر: ${v.ch()}
كلمة سر الواي فاي هي ${v.wifi()}
رقم الفاتورة ${v.n(invoice(g))}
الرمز السري لبطاقة الشركة ${v.pin()}
رقم الهاتف ${v.n(phone(g))}
`;
  }),

  doc('short-texts-hebrew', ['prose'], 'notes/he-office.txt', (k) => {
    const v = makers(k);
    const g = k.g;
    return `סיכום פגישה
הסיסמה למערכת השכר היא ${v.ch()}
סיסמת ה-Wi-Fi של האורחים: ${v.wifi()}
מספר הזמנה ${v.n(g.digits(9))}
גרסה ${v.n(ver(g))}
`;
  }),

  doc('short-texts-hindi', ['prose'], 'notes/hi-notes.txt', (k) => {
    const v = makers(k);
    const g = k.g;
    return `टीम नोट्स
सर्वर का पासवर्ड ${v.ma()} है
वाई-फाई पासवर्ड: ${v.wifi()}
एटीएम पिन ${v.pin()} — किसी को मत बताना
टिकट ${v.n(ticketKey(g))}
`;
  }),

  doc('short-texts-greek', ['prose'], 'notes/el-simeioseis.txt', (k) => {
    const v = makers(k);
    const g = k.g;
    return `Σημειώσεις
Ο κωδικός του email είναι ${v.ch()}
Κωδικός πρόσβασης router: ${v.ma()}
Αριθμός παραγγελίας ${v.n(g.digits(8))}
Έκδοση ${v.n(ver(g))}
`;
  }),

  doc('short-texts-vietnamese-indonesian', ['prose'], 'notes/vi-id.txt', (k) => {
    const v = makers(k);
    const g = k.g;
    return `Ghi chú
Mật khẩu wifi là ${v.wifi()}
Mật khẩu tài khoản quản trị: ${v.ch()}
Mã đơn hàng ${v.n(g.digits(10))}

Catatan
Kata sandi server staging ${v.ma()}
Password email kantor: ${v.le()}
Nomor tiket ${v.n(ticketKey(g))}
`;
  }),

  doc('short-texts-thai-danish', ['prose'], 'notes/th-da.txt', (k) => {
    const v = makers(k);
    const g = k.g;
    return `บันทึก
รหัสผ่านเข้าระบบคือ ${v.ch()}
รหัส wifi ${v.wifi()}
เลขที่ใบแจ้งหนี้ ${v.n(invoice(g))}

Noter
Adgangskoden til kassen er ${v.le()}
Kodeord til routeren: ${v.ma()}
Serienummer ${v.n(serial(g))}
`;
  }),

  doc('short-texts-turkish-order', ['prose'], 'notes/tr-notlar.txt', (k) => {
    const v = makers(k);
    const g = k.g;
    return `Notlar
${v.ch()} muhasebe programının şifresi
Wi-Fi şifresi ${v.wifi()} olarak değişti
Kasa PIN kodu: ${v.pin()}
Fatura no ${v.n(invoice(g))}, sürüm ${v.n(ver(g))}
`;
  }),

  doc('recovery-codes-txt', ['prose'], 'Downloads/github-recovery-codes.txt', (k) => {
    const v = makers(k);
    const g = k.g;
    return `${v.rc()}
${v.rc()}
${v.rc()}
${v.rc()}
${v.rc()}
${v.rc()}

Keep your recovery codes in a safe place. These codes are the last resort for accessing your account in case you lose your password and second factors.
Generated for account ${v.n('octo-' + g.digits(5))}.
`;
  }),

  doc('totp-setup-notes', ['prose'], 'notes/2fa-setup.md', (k) => {
    const v = makers(k);
    const g = k.g;
    return `# 2FA for the shared accounts

Because three people need the same TOTP, we stored the seed here (I know, I know):

- Registrar: ${v.totp()}
- Social media scheduler secret key: ${v.totp()}
- Payroll portal — no TOTP, SMS to ${v.n(phone(g))}

When scanning the QR, if the app asks for a "setup key", paste the seed above.
Example from the docs (not ours): \`${v.n('JBSWY3DPEHPK3PXP')}\`.
`;
  }),

  doc('forum-post-ko-question', ['prose'], 'forum/okky/q-9912.md', (k) => {
    const v = makers(k);
    const g = k.g;
    return `## 스프링부트에서 DB 접속이 안 됩니다

application.yml 에 비밀번호를 ${v.ch()} 로 넣었는데 계속 인증 실패가 납니다.
MySQL 버전은 ${v.n(ver(g))} 입니다.

**답변**
root 말고 전용 계정 만드세요. 그리고 비밀번호 공개하시면 안 됩니다 😅

**작성자 댓글**
네 바꿨어요. 새 비번은 ${v.le()} 인데 이것도 안 되네요
`;
  }),

  doc('forum-post-jp-qiita-comment', ['prose'], 'forum/qiita/comment-4412.md', (k) => {
    const v = makers(k);
    const g = k.g;
    return `@yamada_taro さん
記事の通りに設定したのですが、Redisに接続できません。requirepassは ${v.ma()} にしています。
パスワードを「${v.ch()}」にしても同じでした。

> 返信: bindの設定を確認してください。それとパスワードは記事のコメントに書かない方がいいですよ。

バージョン ${v.n(ver(g))}
`;
  }),

  doc('pr-description-seed-data-precision', ['prose', 'precision'], 'exports/github/pr-2290.md', (k) => {
    const v = makers(k);
    const g = k.g;
    return `## Add password strength meter to the signup form

- Rejects passwords from the top-10k list (e.g. \`${v.n('qwerty123')}\`, \`${v.n('iloveyou')}\`).
- Shows "Password must contain at least one number" under the field.
- Translations: de "Passwort zu kurz", fr "Mot de passe trop court", ja "パスワードが短すぎます".
- Test fixtures use \`${v.n('correct-horse-battery-staple')}\` as the known-good passphrase.
- Screenshot: ![meter](https://user-images.example.com/${v.n(g.hex(32))}.png)

Hashes in the test DB are argon2 (\`${v.n('$argon2id$v=19$m=65536,t=3,p=4$' + g.base64(22) + '$' + g.base64(43))}\`).
Closes ${v.n(ticketKey(g))}; commit ${v.n(sha(g))}.
`;
  }),
  doc('slack-paste-connection-url', ['prose'], 'notes/slack-db-urls.txt', (k) => {
    const v = makers(k);
    const g = k.g;
    return `Noor Aziz  3:12 PM
can you give me the analytics replica url, the one in the README is dead

Felix Brandt  3:15 PM
postgresql://analyst:${v.cs()}@replica-2.db.internal:5432/analytics
pw is in the url, it's read only

Noor Aziz  3:16 PM
and mongo for the events?

Felix Brandt  3:20 PM
mongodb://events_ro:${v.cs()}@mongo-a.internal,mongo-b.internal/events?replicaSet=${v.n('rs0')}

Noor Aziz  3:21 PM
ty. query id ${v.n(g.hex(24))}
`;
  }),

  doc('mail-subject-line-password', ['prose'], 'mail/pw-for-the-nas.eml', (k) => {
    const v = makers(k);
    const g = k.g;
    return `From: Ines Duarte <ines@casa-duarte.pt>
To: Rui Duarte <rui@casa-duarte.pt>
Subject: password for the NAS: ${v.ch()}
Date: Sat, 7 Nov 2026 21:14:55 +0000
Message-ID: <${v.n(g.hex(20))}@casa-duarte.pt>

(no body)

Sent from my phone

From: Rui Duarte
Subject: Re: password for the NAS

and the photos share? same?

From: Ines Duarte
Subject: Re: Re: password for the NAS

no, photos is ${v.le()}
`;
  }),

  doc('spelled-out-password-chat', ['prose'], 'notes/call-notes-spelled.txt', (k) => {
    const v = makers(k);
    const g = k.g;
    return `Call with the hotel IT, 9 Nov

They read the admin password for the conference room PC over the phone:
${v.ma()}  (capital letters as written, zero not O)

The projector's web panel has PIN ${v.pin()}.

Guest Wi-Fi in the ballroom: network EVENT-HALL, key ${v.wifi()}

Their ticket number ${v.n(ticketKey(g))}, contact ${v.n(phone(g))}.
`;
  }),

  doc('logseq-page-properties', ['prose'], 'logseq/pages/Home Server.md', (k) => {
    const v = makers(k);
    const g = k.g;
    return `type:: device
location:: basement
ip:: ${v.n('192.168.1.20')}

- Home Server
	- admin-user:: ben
	- admin-password:: ${v.ch()}
	- disk encryption passphrase:: ${v.sp()}
	- TODO replace fan, part no ${v.n(serial(g))}
	- runs [[Jellyfin]] ${v.n(ver(g))}
`;
  }),

  doc('apple-notes-export-es', ['prose'], 'exports/notas/Claves casa.txt', (k) => {
    const v = makers(k);
    const g = k.g;
    return `Claves casa

Wifi: ${v.wifi()}
Movistar app: usuario el DNI, clave ${v.ch()}
Netflix → ${v.le()}
Código alarma: ${v.pin()}
PIN tarjeta sanitaria? no, eso no va aquí
Referencia contrato luz ${v.n(g.upper(2) + g.digits(18))}
`;
  }),
];
