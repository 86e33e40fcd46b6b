// Prose from marketing, sales and people teams in many languages: Notion pages, tickets, chat exports, e-mails and
// meeting notes where passwords are handed over in sentences, next to campaign ids, employee ids and masked values.
import type { RealWorldDoc } from '../types';
import { mDoc, V } from './martechValues';

export const MARTECH_PROSE_DOCS: RealWorldDoc[] = [
  mDoc(
    'martech-notion-agency-logins-en',
    ['prose', 'precision'],
    'notion/Agency Handover – Brand Co.md',
    (k) => `# Agency handover – Brand Co

## Accounts we created for you
- **Meta Business Manager** – admin: marketing@brandco.example, password: ${k.hpw()}
- **Google Ads MCC** (${k.n(V.customerId(k.g))}) – same login as Google Workspace, no separate password
- **Webflow** – designer seat, password ${k.pw()}
- **Hostinger (old microsites)** – cpanel user \`brandco\`, pw \`${k.gpw()}\`

## Tracking
GTM container ${k.n(V.gtm(k.g))}, GA4 ${k.n(V.ga4(k.g))}, Meta pixel ${k.n(V.pixelId(k.g))}. None of these are secret.

Please change every password above once you have taken over (we keep no copies after ${k.n('2026-04-30')}).
`,
  ),
  mDoc(
    'martech-meeting-notes-de',
    ['prose', 'precision'],
    'protokolle/2026-02-19-marketing-jourfixe.md',
    (k) => `# Jour fixe Marketing – 19.02.2026

Teilnehmer: Nina, Felix, Aylin, Tobias (Agentur)

1. **Newsletter:** Öffnungsrate 31 %, Kampagne ${k.n(V.campaignId(k.g))} läuft bis Ende März.
2. **Zugänge:** Tobias braucht Zugriff auf HubSpot. Nina legt ihn an, Startpasswort ${k.hpw()}.
3. **Messe-Tablet:** PIN bleibt, das WLAN-Passwort am Stand ist ${k.pw()}.
4. **Lohn/HR:** Aylin fragt, warum das Personio-Passwort (${k.n('********')}) in der Excel stand – wurde gelöscht.
5. **Canva:** gemeinsames Konto design@marke.example, Kennwort: ${k.gpw()}

Nächster Termin: 05.03.2026
`,
  ),
  mDoc(
    'martech-sales-whatsapp-export-ptbr',
    ['prose', 'precision'],
    'exports/whatsapp/Time Comercial SP.txt',
    (k) => `05/03/2026 09:14 - Rafael: bom dia time! alguém tem a senha do RD Station?
05/03/2026 09:16 - Camila: marketing@marca.example / ${k.hpw()}
05/03/2026 09:16 - Camila: e a do Pipedrive mudou pra ${k.pw()}
05/03/2026 09:20 - Rafael: valeu!! a do LinkedIn Sales Navigator continua ${k.gpw()}?
05/03/2026 09:22 - Camila: sim. apaga essas mensagens depois 😅
05/03/2026 09:25 - Rafael: o ID da campanha é ${k.n(V.campaignId(k.g))}
`,
  ),
  mDoc(
    'martech-jira-ticket-hris-en',
    ['prose', 'precision'],
    'tickets/HRIS-402.md',
    (k) => `**HRIS-402** Workday → Okta provisioning failing for new hires

Reporter: people-systems · Priority: High · Employee affected: ${k.n(V.employeeId(k.g))}

> Error 401 from the Workday SOAP endpoint since the ISU password rotation.

Comment (M. Ortiz): I reset the ISU_Okta password to ${k.gpw()} and updated Okta. Works again.
Comment (J. Lee): please never paste passwords in Jira. Rotated again, new value is in the vault
(${k.n('vault:secret/hris/isu_okta')}).
Comment (M. Ortiz): sorry! For the record, the sandbox one is ${k.hpw()} and that one is fine to share with IT.
`,
  ),
  mDoc(
    'martech-recruiting-wechat-zh',
    ['prose', 'precision'],
    'exports/wechat/招聘群-2026-02.txt',
    (k) => `[2026-02-20 10:01] 王芳：Boss直聘企业账号的密码是多少？我登录不上了
[2026-02-20 10:03] 李强：账号 hr@brand.example，密码 ${k.hpw()}
[2026-02-20 10:04] 王芳：谢谢！猎聘的呢？
[2026-02-20 10:06] 李强：猎聘密码是 ${k.pw()}，用完记得退出
[2026-02-20 10:08] 王芳：候选人编号 ${k.n(V.candidateId(k.g))} 已经发了 offer
[2026-02-20 10:10] 李强：好的，工号是 ${k.n(V.employeeId(k.g))}
`,
  ),
  mDoc(
    'martech-email-client-access-sv',
    ['prose', 'precision'],
    'email/2026-01-kundaccess.eml',
    (k) => `Från: Oskar Lind <oskar@byra.example>
Till: marknad@kund.example
Ämne: Inloggningar till kampanjverktygen

Hej Maja!

Här kommer inloggningarna till kampanjverktygen:
- Mailchimp: marknad@kund.example / ${k.hpw()}
- Google Analytics: via ert Google-konto (inget lösenord från oss)
- Meta Business Suite: lösenordet för systemkontot är ${k.gpw()}

Konto-ID i Google Ads är ${k.n(V.customerId(k.g))}. Hör av dig om något inte fungerar!

Vänliga hälsningar, Oskar
`,
  ),
  mDoc(
    'martech-hr-line-message-ja',
    ['prose', 'precision'],
    'exports/line/人事部-2026-03.txt',
    (k) => `2026/03/02 9:10 田中: SmartHR の管理者パスワードを教えてください
2026/03/02 9:12 鈴木: ${k.hpw()} です。今月末に変更予定です
2026/03/02 9:15 田中: ありがとうございます。ジョブカンの方は？
2026/03/02 9:16 鈴木: jobcan-admin / ${k.pw()}
2026/03/02 9:20 田中: 社員番号 ${k.n(V.employeeId(k.g))} の勤怠が反映されていません
2026/03/02 9:25 鈴木: 確認します（パスワードは ${k.n('＊＊＊＊')} で伏せてください）
`,
  ),
  mDoc(
    'martech-kakao-marketing-ko',
    ['prose', 'precision'],
    'exports/kakao/마케팅팀.txt',
    (k) => `2026년 2월 12일 오전 10:02, 박민지 : 네이버 광고 계정 비밀번호 바뀌었어요
2026년 2월 12일 오전 10:02, 박민지 : ${k.hpw()}
2026년 2월 12일 오전 10:05, 최동훈 : 카카오모먼트는 그대로죠? ${k.pw()}
2026년 2월 12일 오전 10:06, 박민지 : 네 그대로예요. 픽셀 ID는 ${k.n(k.g.digits(19))} 입니다
2026년 2월 12일 오전 10:08, 최동훈 : 캠페인 ${k.n(V.campaignId(k.g))} 예산 올렸습니다
`,
  ),
  mDoc(
    'martech-growth-standup-hinglish',
    ['prose', 'precision'],
    'notes/growth-standup-2026-03-03.md',
    (k) => `## Growth standup – 3 Mar

- Rohit: Meta ads account dobara lock ho gaya, 2FA reset kiya. Naya password ${k.hpw()} hai, shared vault mein daal dunga.
- Priya: Zoho Campaigns ka SMTP password ${k.gpw()} – isko .env mein mat daalna bhai
- Aman: landing page pe GTM ${k.n(V.gtm(k.g))} lag gaya, UTM template \`${k.n(V.utm(k.g))}\`
- Sneha: Razorpay dashboard ka login hr-payments@brand.example / ${k.pw()}
`,
  ),
  mDoc(
    'martech-teams-payroll-it',
    ['prose', 'precision'],
    'exports/teams/paghe-2026-02.txt',
    (k) => `[09:30] Francesca: mi serve la password del portale Zucchetti per chiudere le paghe
[09:32] Luca: utente PAGHE01, password ${k.hpw()}
[09:33] Luca: il PDF dei cedolini è protetto con ${k.gpw()}
[09:35] Francesca: grazie! il codice fiscale di prova è ${k.n(`${k.g.upper(6)}${k.g.digits(2)}${k.g.upper(1)}${k.g.digits(2)}${k.g.upper(1)}${k.g.digits(3)}${k.g.upper(1)}`)}
[09:36] Luca: IBAN aziendale ${k.n(V.iban(k.g))}, centro di costo ${k.n(V.costCentre(k.g))}
`,
  ),
  mDoc(
    'martech-confluence-crm-admin-fr',
    ['prose', 'precision'],
    'confluence/CRM/Comptes-techniques.md',
    (k) => `# Comptes techniques CRM

| Compte | Usage | Mot de passe |
|---|---|---|
| integration@marque.example | Synchro Salesforce ↔ ERP | ${k.gpw()} |
| api.marketing@marque.example | Pardot | ${k.hpw()} |
| sandbox.admin@marque.example | Sandbox UAT | ${k.pw()} |
| ancien.admin@marque.example | désactivé | ${k.n('—')} |

Jeton de sécurité Salesforce du compte d'intégration : ${k.prov('Salesforce security token', V.sfSecurityToken(k.g))}
Identifiant de l'organisation : ${k.n(`00D${k.g.alnum(12)}`)}
`,
  ),
  mDoc(
    'martech-marketing-ops-runbook-nl',
    ['prose', 'command-line', 'precision'],
    'runbooks/nl/nieuwsbrief-versturen.md',
    (k) => `# Runbook: nieuwsbrief versturen

1. Log in op Laposta met nieuwsbrief@merk.example en wachtwoord ${k.hpw()}.
2. Controleer de lijst-ID (${k.n(k.g.alnum(10).toLowerCase())}).
3. Synchroniseer nieuwe inschrijvingen vanaf de server:

\`\`\`
mysql -h db.merk.internal -u nieuwsbrief --password=${k.spw()} crm -e "call export_optins()"
\`\`\`

4. Het wachtwoord van de testinbox is ${k.pw()}.
`,
  ),
  mDoc(
    'martech-slack-hr-onboarding-es',
    ['prose', 'precision'],
    'exports/slack/people-ops-es.txt',
    (k) => `[09:01] Marta: bienvenida a Laura 🎉 su número de empleada es ${k.n(V.employeeId(k.g))}
[09:03] Marta: contraseña provisional de Factorial: ${k.hpw()}
[09:04] Marta: y la del portátil (usuario laura.g): ${k.gpw()}
[09:10] Iván: Marta, la próxima vez mándalo por 1Password porfa 🙏
[09:11] Marta: sí sí, la cambia al entrar. La de la wifi de invitados es ${k.pw()}
`,
  ),
];
