// More prose in Portuguese, Dutch, Polish, Japanese, Chinese, Hindi/English and Arabic: bank IT chats, insurer
// e-mails, treasury notes and vendor tickets, with account numbers, policy numbers and masked values beside passwords.
import type { RealWorldDoc } from '../types';
import { fDoc, F } from './financeValues';

export const FINANCE_PROSE_INTL_DOCS: RealWorldDoc[] = [
  fDoc(
    'email-pt-seguradora',
    ['prose', 'precision'],
    'mail/2026-03-portal-corretores.txt',
    (k) => `De: TI Seguros <ti@seguradora.example>
Para: Equipa de Sinistros
Assunto: Acesso ao portal de peritagem

Olá a todos,

o portal de peritagem foi migrado. As novas credenciais da conta partilhada são:
  utilizador: sinistros.lisboa
  senha: ${k.hpw()}

A conta de serviço da integração com o banco (débitos diretos) tem a senha ${k.gpw()}.
Apólice de teste: ${k.n(F.policyNo(k.g))}; NIB/IBAN de teste: ${k.n(F.ibanSpaced(k.g))}.

Obrigado,
TI
`,
  ),

  fDoc(
    'chat-nl-betalingen',
    ['prose', 'precision'],
    'exports/teams/betalingsverkeer.txt',
    (k) => `[09:14] Bakker, Sanne: de batch naar de bank faalt weer met "authentication failed"
[09:15] Jansen, Daan: wachtwoord van de SFTP-gebruiker is vorige week gewijzigd: ${k.hpw()}
[09:16] Bakker, Sanne: thx, het oude (${k.n('Ro******21')}) staat nog in de job
[09:25] Bakker, Sanne: job aangepast, batch ${k.n('B' + k.g.digits(9))} verstuurd naar ${k.n(F.ibanSpaced(k.g))}
[09:40] Jansen, Daan: ook de API-sleutel van de incasso-provider is nieuw: ${k.s('token', k.g.alnum(32))}
`,
  ),

  fDoc(
    'ticket-pl-bank-hurtownia',
    ['prose', 'precision'],
    'tickets/SR-772019-pl.md',
    (k) => `## SR-772019 – brak dostępu do hurtowni danych (raportowanie KNF)

Zgłaszający: Anna Kowalska, Departament Sprawozdawczości

Po zmianie haseł użytkownik techniczny \`DWH_KNF\` nie może się zalogować. Administrator ustawił nowe hasło:
${k.hpw()} – proszę przekazać je zespołowi ETL i usunąć z tego zgłoszenia.

Dodatkowo hasło do pliku z kluczem certyfikatu (raportowanie do KNF): ${k.gpw()}.
Rachunek testowy: ${k.n(F.ibanSpaced(k.g))}, numer umowy ${k.n('UM/' + k.g.digits(4) + '/2026')}.
`,
  ),

  fDoc(
    'memo-ja-shoken-system',
    ['prose', 'precision'],
    'docs/運用/証券バックオフィス_引継ぎ.txt',
    (k) => `証券バックオフィスシステム 引継ぎメモ

・約定照合バッチ：毎営業日 18:30 起動（ジョブID ${k.n('JOB' + k.g.digits(5))}）
・保振（ほふり）接続端末のログインパスワード：${k.hpw()}
・照合用DBユーザー bo_match のパスワード：${k.gpw()}
・ISINサンプル：${k.n(F.isin(k.g))}、${k.n(F.isin(k.g))}
・口座番号（テスト）：${k.n(k.g.digits(7))}

パスワードは引継ぎ完了後に変更し、このメモからは削除してください。
`,
  ),

  fDoc(
    'wiki-zh-zhifu-duijie',
    ['prose', 'precision'],
    'docs/支付对接/银联商户配置.md',
    (k) => `# 银联商户对接配置（测试环境）

- 商户号：${k.n(k.g.digits(15))}
- 终端号：${k.n(k.g.digits(8))}
- 商户后台登录密码：${k.hpw()}
- 签名证书密码：${k.gpw()}
- 对账文件下载 SFTP 密码：${k.spw()}
- 测试卡号：${k.n(F.maskedPan(k.g))}

生产环境密钥由安全部门保管，请勿写入本文档。
`,
  ),

  fDoc(
    'whatsapp-hinglish-nbfc',
    ['prose', 'precision'],
    'exports/whatsapp/nbfc-ops.txt',
    (k) => `[06/03/26, 10:02] Rohit: bhai CIBIL portal ka password change ho gaya kya?
[06/03/26, 10:03] Sneha: haan, naya password hai ${k.hpw()}
[06/03/26, 10:04] Rohit: thanks. aur NACH mandate wala SFTP?
[06/03/26, 10:06] Sneha: same purana hai, ${k.spw()} – month end ke baad change karenge
[06/03/26, 10:10] Rohit: loan account ${k.n('LN' + k.g.digits(10))} ka mandate UMRN ${k.n('HDFC' + k.g.digits(16))} reject ho gaya
[06/03/26, 10:12] Sneha: Razorpay key secret bhi rotate kar diya, naya ${k.prov('Razorpay', F.razorpaySecret(k.g))}
`,
  ),

  fDoc(
    'email-ar-bank-integration',
    ['prose', 'precision'],
    'mail/2026-02-ربط-البنك.txt',
    (k) => `من: فريق التكامل المصرفي
إلى: قسم الخزينة
الموضوع: بيانات الدخول لبوابة الربط مع البنك

السلام عليكم،

تم إنشاء حساب الخدمة لبوابة المدفوعات:
اسم المستخدم: treasury_h2h
كلمة المرور: ${k.hpw()}

كلمة مرور ملف الشهادة (PFX): ${k.gpw()}
رقم الحساب (IBAN): ${k.n(F.ibanSpaced(k.g))}
رمز السويفت: ${k.n(F.bic(k.g))}

يرجى تغيير كلمة المرور بعد أول تسجيل دخول.
`,
  ),

  fDoc(
    'note-de-zahlungsverkehr-passphrase',
    ['prose', 'precision'],
    'notizen/zahlungsverkehr-schluessel.txt',
    (k) => `Notiz Zahlungsverkehr – bitte nicht weitergeben

Passphrase für den privaten GPG-Schlüssel (Versand der DTAZV-Dateien): ${k.phrase()}
Fingerprint des Bankschlüssels: ${k.n(F.pgpFingerprint(k.g))}
Auftraggeberkonto: ${k.n(F.ibanSpaced(k.g))}
Gläubiger-ID: ${k.n('DE98ZZZ0' + k.g.digits(10))}
`,
  ),

  fDoc(
    'email-it-broker-assicurativo',
    ['prose', 'precision'],
    'mail/2026-03-accesso-portale-ivass.txt',
    (k) => `Da: Ufficio Compliance
A: Direzione
Oggetto: Accesso al portale IVASS e alla piattaforma sinistri

Buongiorno,

per le segnalazioni periodiche il portale IVASS usa l'utenza ${k.n('RUI-' + k.g.digits(7))} con la password ${k.hpw()}.
La piattaforma sinistri della compagnia mandante invece: utente broker.milano, password ${k.gpw()}.
Polizze di esempio per il test: ${k.n(F.policyNo(k.g))}, ${k.n(F.policyNo(k.g))}.

Cordiali saluti
`,
  ),

  fDoc(
    'ticket-fr-banque-api',
    ['prose', 'http-auth', 'precision'],
    'tickets/FINOPS-8821-fr.md',
    (k) => `## FINOPS-8821 – Erreur 401 sur l'API d'agrégation bancaire

L'appel renvoie 401 depuis ce matin. Requête reproduite :

\`\`\`
curl -H "Authorization: Bearer ${k.bearer()}" https://api.agregateur.example/v2/accounts
\`\`\`

Le jeton a expiré à 06:00 (exp dans le JWT). Le client_secret de l'application est ${k.s('token', k.g.alnum(40))},
à stocker dans le coffre (\`${k.n('vault:secret/agregateur/client')}\`) et non dans le ticket.
Compte testé : ${k.n(F.ibanSpaced(k.g))}.
`,
  ),

  fDoc(
    'chat-ja-fx-dealing',
    ['prose', 'precision'],
    'exports/symphony/為替ディーリング.txt',
    (k) => `[08:41] 田中: ロイターのディーリング端末、パスワード期限切れで入れない
[08:42] 鈴木: 新しいのは ${k.hpw()} です（本日中に各自変更）
[08:45] 田中: 入れました。取引番号 ${k.n(F.tradeId(k.g))} の約定確認します
[08:50] 鈴木: EBS のログインも変わってます → ${k.gpw()}
[08:51] 田中: 了解。ハッシュ ${k.n(F.md5(k.g))} の約定ファイルも照合済み
`,
  ),

  fDoc(
    'onboarding-checklist-en-nl',
    ['prose', 'precision'],
    'hr/onboarding/finance-analyst-checklist.md',
    (k) => `# Onboarding checklist – finance analyst (Amsterdam)

- [x] Laptop issued (asset ${k.n('NL-LT-' + k.g.digits(5))})
- [x] AD account, first-login password ${k.hpw()} (must change)
- [x] Office Wi-Fi (ACME-STAFF) key: ${k.pw()}
- [ ] Exact Online: invited, no password yet (\`${k.ph()}\`)
- [ ] Bank portal token ordered (ABN AMRO Access Online), reference ${k.n(k.g.digits(8))}
- [ ] Read the treasury policy (v4.2), section "Four-eyes payments"
`,
  ),
];
