// Chat exports and quick notes of plant IT, key users and consultants: Teams, Slack and WhatsApp exports, sticky
// notes, whiteboard photos typed up, in many languages, with passwords passed around next to order numbers and
// masked values.
import type { RealWorldDoc } from '../types';
import { rDoc, R } from './erpValues';

export const ERP_CHAT_DOCS: RealWorldDoc[] = [
  rDoc(
    'erp-teams-chat-basis-en',
    ['prose', 'precision'],
    'exports/teams/basis-oncall-2026-03.txt',
    (k) => `[22:41] Novak, Lukas: PRD batch job Z_MRP_NIGHT cancelled, "Logon of user BATCH_PP failed"
[22:43] Meyer, Jonas: someone changed the password of BATCH_PP during the audit cleanup
[22:44] Meyer, Jonas: I set it back to ${k.hpw()} for tonight, will switch it to a system user tomorrow
[22:46] Novak, Lukas: job restarted, count 1 of ${k.n('14')} steps ok. Job id ${k.n(k.g.digits(8))}
[22:50] Meyer, Jonas: fyi the DDIC password in the envelope is still ${k.n('(sealed, not telling)')}
[22:51] Novak, Lukas: 😂 good
`,
  ),

  rDoc(
    'erp-slack-export-edi',
    ['prose', 'precision'],
    'exports/slack/edi-team/2026-02-11.json',
    (k) => `[
  { "type": "message", "user": "${k.n('U0' + k.g.upper(8))}", "text": "VAN mailbox password expired again :unamused:", "ts": "1770800000.000100" },
  { "type": "message", "user": "${k.n('U0' + k.g.upper(8))}", "text": "new one from the VAN portal: ${k.s('password', R.generated(k.g).replace(/[\\\\"]/g, ''))}", "ts": "1770800060.000200" },
  { "type": "message", "user": "${k.n('U0' + k.g.upper(8))}", "text": "thx, updated in the WinSCP script. ISA ${k.n(R.isaCtrl(k.g))} went through", "ts": "1770800120.000300" },
  { "type": "message", "user": "${k.n('U0' + k.g.upper(8))}", "text": "please put it in 1Password next time, not here", "ts": "1770800180.000400" }
]
`,
  ),

  rDoc(
    'erp-whatsapp-plant-it',
    ['prose', 'precision'],
    'exports/whatsapp/werk-it.txt',
    (k) => `14.03.26, 06:02 - Stefan: Morgen, Scanner in Halle 2 gehen nicht, WLAN?
14.03.26, 06:05 - Ayse: Ja, WLAN-Schlüssel wurde gestern geändert. Neuer Schlüssel: ${k.s('password', R.phrase(k.g))}
14.03.26, 06:07 - Stefan: danke, geht wieder
14.03.26, 06:31 - Ayse: Und fürs Drucker-Webinterface: admin / ${k.dev()}
14.03.26, 06:32 - Stefan: 👍 Lieferschein ${k.n(R.delivery(k.g))} druckt jetzt
14.03.26, 07:10 - Ayse: <Medien ausgeschlossen>
`,
  ),

  rDoc(
    'erp-teams-chat-consultant-pl',
    ['prose', 'precision'],
    'exports/teams/wdrozenie-katowice.txt',
    (k) => `[10:02] Wiśniewski, Piotr: cześć, potrzebuję dostępu do systemu testowego na jutro
[10:05] Zielińska, Anna: użytkownik KONS_PW, hasło startowe ${k.init()}, mandant ${k.n('300')}
[10:06] Zielińska, Anna: i do bazy MES: mes_ro / ${k.gpw()}
[10:07] Wiśniewski, Piotr: dzięki! numer zlecenia testowego?
[10:08] Zielińska, Anna: ${k.n('1000' + k.g.digits(6))}, partia ${k.n(R.batch(k.g))}
[10:15] Wiśniewski, Piotr: hasło musi mieć ${k.n('min. 8 znaków')}? system nie chce przyjąć mojego
`,
  ),

  rDoc(
    'erp-sticky-note-typed',
    ['prose', 'precision'],
    'scans/ocr/lagerbuero-monitor-zettel.txt',
    (k) => `OCR result (confidence 0.87) – photo of note on the warehouse office monitor

SAP  LAGER01   ${k.hpw()}
WMS  lager     ${k.dev()}
Waage (Bizerba)  PIN ${k.s('password', k.g.digits(4))}
Staplerterminal  ${k.n('siehe Ordner')}
Tel. IT 4711
`,
  ),

  rDoc(
    'erp-teams-chat-it-mes',
    ['prose', 'precision'],
    'exports/teams/mes-bologna.txt',
    (k) => `[07:55] Bianchi, Giulia: il MES non si collega più al PLC della linea 2
[07:58] Romano, Paolo: ho cambiato la password dell'utente OPC ieri, la nuova è ${k.hpw()}
[07:59] Bianchi, Giulia: ok aggiorno il connettore. E quella del database storico?
[08:01] Romano, Paolo: hist_user / ${k.gpw()} – poi la cambiamo
[08:10] Bianchi, Giulia: funziona, ordine di produzione ${k.n('OP-' + k.g.digits(7))} ripartito
[08:11] Romano, Paolo: ricordati che la vecchia (${k.n('********')}) è ancora nel file di config del server di test
`,
  ),

  rDoc(
    'erp-teams-chat-ja',
    ['prose', 'precision'],
    'exports/teams/名古屋-生産管理.txt',
    (k) => `[9:01] 田中: 倉庫のハンディ端末がWMSにログインできません
[9:03] 鈴木: 共通アカウント wh_handy のパスワードを昨日変更しました。新しいパスワードは ${k.hpw()} です
[9:04] 田中: ありがとうございます。出荷番号 ${k.n(R.delivery(k.g))} の処理を再開します
[9:10] 鈴木: ラベルプリンタの管理パスワードは ${k.dev()} です（変更後）
[9:11] 田中: 了解です。古いパスワード（${k.n('****')}）は削除しました
`,
  ),

  rDoc(
    'erp-teams-chat-ko-zh',
    ['prose', 'precision'],
    'exports/teams/ulsan-suzhou-sync.txt',
    (k) => `[14:20] 김민수: 쑤저우 공장 ERP 인터페이스 계정 비밀번호 알려주세요
[14:22] 王伟: 账号 IF_KR_CN，密码 ${k.hpw()}
[14:23] 김민수: 감사합니다. 테스트 오더 ${k.n(R.po(k.g))} 로 확인할게요
[14:30] 王伟: 另外 SFTP 的密码是 ${k.gpw()}，下周会改
[14:31] 김민수: 👍 인증서 지문 ${k.n(R.fingerprint(k.g))} 맞죠?
`,
  ),

  rDoc(
    'erp-teams-chat-pt-br',
    ['prose', 'precision'],
    'exports/teams/curitiba-sap.txt',
    (k) => `[11:02] Souza, Mariana: alguém sabe a senha do usuário de integração com o WMS?
[11:04] Oliveira, Bruno: WMS_INT / ${k.hpw()}
[11:05] Oliveira, Bruno: e a senha do certificado digital (e-CNPJ) para a NF-e é ${k.gpw()}
[11:06] Souza, Mariana: valeu! pedido de compra ${k.n(R.po(k.g))} liberado
[11:10] Oliveira, Bruno: apaga essa mensagem depois, por favor 🙏
`,
  ),

  rDoc(
    'erp-slack-dm-devops',
    ['prose', 'precision'],
    'exports/slack/dm-erp-devops.txt',
    (k) => `Mar 5th at 4:12 PM  Ali: can you add the GitHub token for the ABAP CI (abapGit pulls)?
Mar 5th at 4:15 PM  Ravi: ${k.prov('GitHub personal access token', R.githubPat(k.g))}
Mar 5th at 4:15 PM  Ravi: read-only on kohlmann/abap-*, expires in 90 days
Mar 5th at 4:20 PM  Ali: works. commit ${k.n(R.sha1(k.g))} is building now
Mar 5th at 4:21 PM  Ravi: and the Docker Hub token for pulling the abaplint image: ${k.prov('Docker Hub personal access token', R.dockerPat(k.g))}
Mar 5th at 4:22 PM  Ravi: also the Teams webhook for the build channel: ${k.prov('Microsoft Teams webhook', R.teamsHook(k.g))}
`,
  ),

  rDoc(
    'erp-chat-fr-entrepot',
    ['prose', 'precision'],
    'exports/teams/lyon-entrepot.txt',
    (k) => `[06:45] Durand, Julien : les terminaux RF ne se connectent plus à l'entrepôt B
[06:47] Petit, Camille : nouveau mot de passe du compte générique RF_QUAI : ${k.hpw()}
[06:48] Durand, Julien : merci, et pour l'imprimante d'étiquettes ?
[06:49] Petit, Camille : ${k.dev()} (panneau web, utilisateur admin)
[06:55] Durand, Julien : OK, expédition ${k.n(R.delivery(k.g))} étiquetée, SSCC ${k.n(R.sscc(k.g))}
`,
  ),

  rDoc(
    'erp-teams-chat-es-mx',
    ['prose', 'precision'],
    'exports/teams/monterrey-erp.txt',
    (k) => `[13:00] Hernández, Luis: ¿quién tiene la contraseña del usuario de SAP para el timbrado CFDI?
[13:02] García, Sofía: CFDI_SVC / ${k.hpw()}
[13:03] García, Sofía: y la del PAC (portal de timbrado) es ${k.gpw()}
[13:05] Hernández, Luis: gracias, factura ${k.n('FAC-' + k.g.digits(8))} timbrada, UUID fiscal ${k.n(k.g.uuid().toUpperCase())}
[13:06] García, Sofía: cámbienlas el lunes, ya lo pedí en el ticket ${k.n(R.ticket(k.g))}
`,
  ),
];
