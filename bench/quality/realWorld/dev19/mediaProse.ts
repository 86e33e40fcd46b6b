// Prose of newsrooms and broadcasters in many languages: editorial Slack/Teams threads, tickets, runbooks, handover
// notes for the night shift and the OB van, vendor emails, wiki pages — German, French, Spanish, Portuguese, Italian,
// Dutch, Polish, Arabic, Hindi, Japanese, English.
import type { RealWorldDoc } from '../types';
import { mDoc, V } from './mediaValues';

export const MEDIA_PROSE_DOCS: RealWorldDoc[] = [
  mDoc(
    'media-slack-breaking-news-thread',
    ['prose', 'precision'],
    'exports/slack/video-desk-2025-10-01.txt',
    (k) => `#video-desk — Wed 1 Oct

[21:02] Priya: live stream for the press conference at 22:00, who has the YouTube key?
[21:03] Marco: rtmp://a.rtmp.youtube.com/live2 key ${k.s('token', V.youtubeKey(k.g))}
[21:03] Marco: backup stream on our Wowza: user studio_b pw ${k.hpw()}
[21:04] Priya: thx. and the LiveU portal?
[21:05] Marco: liveu login is video-desk@sender.example / ${k.pw()} — changing it tomorrow, promise
[21:05] Sam: please stop putting passwords in here 🙃 use the vault (entry "LiveU Central")
[21:40] Priya: stream id for the logs: ${k.n(V.streamId(k.g))}, started at ${k.n(V.timecode(k.g))}
[22:58] Marco: done, VOD up. embed code is public: <iframe src="https://www.youtube.com/embed/${k.n(k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 11))}"></iframe>
`,
  ),

  mDoc(
    'media-handover-night-shift-de',
    ['prose'],
    'wiki/Nachtdienst/Uebergabe-KW40.md',
    (k) => `# Übergabe Nachtdienst KW 40

- **Playout:** Server B hängt sporadisch, Ticket ${k.n(V.ticket(k.g))} bei Harmonic offen.
- **Sendeablauf 18 Uhr:** MOS-Gateway neu gestartet (Login am Gateway-PC: \`mosadmin\`, Kennwort ${k.pw()}).
- **Radio-Stream:** Icecast-Quellpasswort wurde geändert, neues Passwort: ${k.spw()}. butt auf dem Studio-PC ist angepasst.
- **Übertragungswagen (Ü3):** WLAN-Schlüssel für den Technik-Router: ${k.pw()}
- **Archiv:** Aspera-Zugang des Verleihs läuft Ende des Monats aus.
- Neues Passwort für den Wetter-Grafik-PC kommt per SMS, nicht hier reinschreiben.
`,
  ),

  mDoc(
    'media-runbook-encoder-failover-fr',
    ['prose', 'command-line'],
    'docs/exploitation/bascule-encodeur.md',
    (k) => `# Bascule de l'encodeur principal vers le secours

1. Se connecter à l'interface web de l'encodeur de secours (\`https://enc-secours.regie.local\`)
   avec l'identifiant \`exploit\` et le mot de passe : ${k.pw()}
2. Vérifier que l'entrée SDI 2 reçoit bien le programme (mire si rien).
3. Sur le serveur de diffusion, lancer :
   \`\`\`
   ssh regie@diff01 'sudo systemctl restart srt-relay'
   \`\`\`
   Mot de passe sudo : ${k.spw()}
4. Prévenir le CDN (Akamai) si la coupure dépasse 2 minutes ; identifiant du flux : ${k.n(k.g.digits(6))}.
5. Le mot de passe SRT (passphrase) du relais est : ${k.s('password', k.g.alnum(16))}

Dernière mise à jour : équipe exploitation, septembre 2025.
`,
  ),

  mDoc(
    'media-ticket-es-cms-acceso',
    ['prose', 'precision'],
    'tickets/SOPORTE-2291.txt',
    (k) => `Ticket SOPORTE-2291 — Acceso al CMS para colaboradores del Mundial
Estado: Resuelto
Solicitante: Redacción Deportes

Hola equipo,
he creado las cuentas para los tres colaboradores externos:
  - jgarcia / contraseña temporal: ${k.pw()}
  - lmartinez / contraseña temporal: ${k.pw()}
  - pfernandez / contraseña temporal: ${k.pw()}
Tienen que cambiarla en el primer inicio de sesión. La política exige 12 caracteres.

La clave de la API de resultados (proveedor de datos deportivos) es ${k.tok()} — solo para el widget del servidor.
El ID público del widget es ${k.n(k.g.alnum(12))}, ese sí puede ir en la página.
Un saludo,
Soporte Sistemas Editoriales
`,
  ),

  mDoc(
    'media-email-vendor-pt',
    ['prose'],
    'mail/fornecedor-playout.eml',
    (k) => `De: suporte@fornecedor-playout.example
Para: engenharia@tvregional.example
Assunto: Acesso remoto ao servidor de playout — manutenção sábado

Prezados,

para a manutenção de sábado precisamos de acesso ao servidor de playout. Seguem as credenciais que configuramos:
  - TeamViewer ID ${k.n(k.g.digits(3) + ' ' + k.g.digits(3) + ' ' + k.g.digits(3))}, senha: ${k.pw()}
  - Usuário local "suporte", senha ${k.pw()}
Depois da manutenção, por favor alterem a senha do usuário local.

Atenciosamente,
Suporte Técnico
`,
  ),

  mDoc(
    'media-teams-it-regia',
    ['prose', 'precision'],
    'exports/teams/regia-milano.txt',
    (k) => `[09:12] Giulia Bianchi: Ragazzi, la password del NAS della regia è cambiata?
[09:13] Luca Ferri: sì, ora è ${k.pw()} (utente montaggio)
[09:14] Giulia Bianchi: grazie! e quella del Dalet web?
[09:16] Luca Ferri: quella no, è sempre quella del dominio. Non la scrivo qui 😅
[09:20] Luca Ferri: ah, per il FTP dell'agenzia ANSA: utente rednord, password ${k.hpw()}
[09:21] Giulia Bianchi: perfetto
[09:30] Luca Ferri: promemoria: la password deve avere almeno 10 caratteri e un simbolo
`,
  ),

  mDoc(
    'media-wiki-nl-uitzendwagen',
    ['prose', 'precision'],
    'wiki/Techniek/Uitzendwagen-OB2.md',
    (k) => `## Uitzendwagen OB2 — inloggegevens

| Systeem | Gebruiker | Wachtwoord |
|---|---|---|
| Router (4G bonding) | admin | ${k.pw()} |
| Intercom Riedel | riedel | ${k.pw()} |
| Vision mixer | — | geen |
| Laptop regie | ob2 | zie kluis, niet hier |
| Wifi "OB2-TECH" | — | ${k.pw()} |

Standaard wachtwoord van nieuwe camera's is \`${k.u('admin123')}\`; meteen wijzigen bij ingebruikname.
Serienummers: ${k.n('SN' + k.g.digits(9))}, ${k.n('SN' + k.g.digits(9))}.
`,
  ),

  mDoc(
    'media-notes-pl-studio',
    ['prose'],
    'notatki/studio-radiowe.txt',
    (k) => `Notatki — przekazanie studia (Radio Kraków Nowa Huta)

Konsola Axia: login admin, hasło ${k.pw()}
Serwer emisyjny (Jazler): użytkownik emisja, hasło ${k.pw()}
Hasło do strumienia Icecast (source): ${k.spw()}
Wi-Fi dla gości: RadioGosc / ${k.hpw()}

Uwaga: hasło do konta YouTube jest w sejfie, nie zapisujcie go w notatkach.
`,
  ),

  mDoc(
    'media-arabic-newsroom-note',
    ['prose', 'precision'],
    'notes/ar/gharfat-al-akhbar.txt',
    (k) => `ملاحظات تسليم المناوبة — غرفة الأخبار

- نظام التحرير: اسم المستخدم editor_night وكلمة المرور: ${k.pw()}
- خادم البث المباشر: كلمة مرور المصدر ${k.spw()}
- مفتاح البث على يوتيوب: ${k.s('token', V.youtubeKey(k.g))}
- لا تكتبوا كلمة مرور حساب تويتر هنا، موجودة في الخزنة.
- رقم التذكرة: ${k.n(V.ticket(k.g))}
`,
  ),

  mDoc(
    'media-hindi-desk-handover',
    ['prose'],
    'notes/hi/desk-handover.md',
    (k) => `# डेस्क हैंडओवर — रात की पाली

- CMS लॉगिन: night_desk, पासवर्ड: ${k.pw()}
- लाइव स्ट्रीम सर्वर (SRT) का पासफ़्रेज़: ${k.s('password', k.g.alnum(18))}
- वायर फ़ीड FTP: यूज़र pti_feed, पासवर्ड ${k.spw()}
- सोशल मीडिया टूल का पासवर्ड बदल दिया गया है, नया पासवर्ड मैनेजर में है।
`,
  ),

  mDoc(
    'media-japanese-haishin-memo',
    ['prose', 'precision'],
    'docs/ja/haishin-memo.md',
    (k) => `# 配信メモ（選挙特番）

- 配信先: YouTube Live、ストリームキー: ${k.s('token', V.youtubeKey(k.g))}
- バックアップ配信サーバー: rtmp://backup.hoso.example/live ユーザー hoso パスワード: ${k.pw()}
- エンコーダー管理画面のパスワード: ${k.pw()}
- タイムコード開始: ${k.n(V.timecode(k.g))}
- ※ 本番のパスワードはこのメモに書かないこと（パスワード管理ツールを使う）
`,
  ),

  mDoc(
    'media-jira-ticket-ott-app',
    ['prose', 'http-auth', 'precision'],
    'tickets/OTT-1532.md',
    (k) => `### OTT-1532: Android TV app shows "playback not authorised" for premium VOD

**Steps:** log in with the QA subscriber (qa-premium@sender.example / ${k.pw()}), open any premium episode.

**Observed:** DRM licence request returns 403. Request from Charles:

\`\`\`
POST https://drm.sender.example/widevine/license HTTP/1.1
Authorization: Bearer ${k.bearer()}
X-Device-Id: ${k.n(V.uuid(k.g))}
Content-Type: application/octet-stream
\`\`\`

**Expected:** licence granted. Content id ${k.n(V.eidr(k.g))}.
**Note:** the token above is from QA, expires after 1 h. Akamai token in the manifest URL looks fine:
\`hdnts=exp=1759400000~acl=/vod/premium/*~hmac=${k.http(V.akamaiKey(k.g))}\`
`,
  ),

  mDoc(
    'media-email-en-contractor-access',
    ['prose', 'precision'],
    'mail/contractor-graphics-access.eml',
    (k) => `From: broadcast-it@channel5.example
To: freelancer@gfx-studio.example
Subject: Access for the election graphics build

Hi Tom,

as agreed, here is your access for the election-night build week:

  VPN (FortiClient): user ext-tdavies, password ${k.pw()}
  XPression render PC (RDP): GFX-RENDER02 \\ gfx, password ${k.pw()}
  Results DB (read only): Server=ELECTIONSQL;User Id=xpr_read;Password=${k.cs()};

Your account expires on 10 Nov. Please don't forward this email; if you need to share access, ask us.

The data feed API key you asked about is the public one (${k.n(k.g.hex(12))}) — rate limited, fine for dev.

Cheers,
Broadcast IT
`,
  ),

  mDoc(
    'media-podcast-producer-chat-es',
    ['prose'],
    'exports/whatsapp/podcast-produccion.txt',
    (k) => `[12/9/25, 10:02] Lucía: ¿alguien tiene la contraseña de Spotify for Podcasters?
[12/9/25, 10:05] Andrés: es ${k.pw()} (cuenta podcasts@ondanueve.example)
[12/9/25, 10:06] Lucía: y la de Audacity Cloud / Riverside?
[12/9/25, 10:08] Andrés: riverside: ${k.pw()}
[12/9/25, 10:09] Lucía: gracias!! luego las cambio
[12/9/25, 10:15] Andrés: ojo, la del feed privado de mecenas es otra, está en el gestor
`,
  ),
];
