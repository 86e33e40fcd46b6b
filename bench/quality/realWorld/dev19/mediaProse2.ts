// More newsroom and studio prose: a freelancer onboarding page, a radio volunteer wiki, a podcast network's handbook,
// an OB booking confirmation, an incident post-mortem, and notes in German, French, Portuguese, Dutch, Swedish,
// Turkish, Korean and Spanish.
import type { RealWorldDoc } from '../types';
import { mDoc, V } from './mediaValues';

export const MEDIA_PROSE2_DOCS: RealWorldDoc[] = [
  mDoc(
    'media-freelancer-onboarding-de',
    ['prose', 'precision'],
    'wiki/Freie/Onboarding.md',
    (k) => `# Willkommen, freie Mitarbeiter:innen!

## Zugänge
- **CMS (WordPress):** Benutzername = Kürzel, Startpasswort kommt per SMS. Bitte sofort ändern.
- **Bilddatenbank (ResourceSpace):** Sammel-Login \`freie\` / ${k.pw()} (nur Lesen).
- **dpa-Bildfunk:** Zugang über die Bilddatenbank, kein eigenes Passwort.
- **Schnittplatz-PCs:** Benutzer \`schnitt\`, Passwort ${k.pw()}
- **WLAN Redaktion-Gast:** ${k.pw()}

## Bitte nicht
- Passwörter in Slack posten (Beispiel, wie es *nicht* geht: "pw ist ${k.n('********')}").
- Den Ghost Content-Key (${k.n(V.ghostContent(k.g))}) mit dem Admin-Key verwechseln.
`,
  ),

  mDoc(
    'media-community-radio-volunteer-wiki',
    ['prose', 'command-line'],
    'wiki/volunteers/going-live.md',
    (k) => `# Going live from home (community radio)

1. Open BUTT, pick the server "Studio relay".
2. Address: \`relay.campusradio.example\`, port 8001, mount \`/live\`, user \`source\`, password \`${k.spw()}\`.
3. If BUTT says "connect failed", check the password again — it changed in September (old one was ${k.spw()}).
4. Mixxx users: Preferences → Live Broadcasting, same settings.
5. From a Linux box: \`ffmpeg -i default -f mp3 icecast://source:${k.cs()}@relay.campusradio.example:8001/live\`

Questions: #tech on Discord. Don't share this page outside the station.
`,
  ),

  mDoc(
    'media-podcast-network-handbook',
    ['prose', 'precision'],
    'handbook/hosting-accounts.md',
    (k) => `# Podcast network — hosting accounts

| Show | Host | Account | Password / key |
|---|---|---|---|
| Tech Tuesday | Transistor | network@pod.example | API key ${k.s('token', k.g.alnum(22))} |
| Kulturzeit Kompakt | Libsyn | kulturzeit | ${k.pw()} |
| Onda Sport | Buzzsprout | ondasport@pod.example | token ${k.s('token', k.g.hex(32))} |
| Archive | Podbean | archive@pod.example | in 1Password |
| Daily Brief | Spotify | daily@pod.example | ${k.pw()} |

Analytics (Chartable/Podtrac) prefixes are public: \`${k.n('https://dts.podtrac.com/redirect.mp3/')}\`, \`${k.n('https://chtbl.com/track/' + k.g.upper(5) + '/')}\`.
`,
  ),

  mDoc(
    'media-ob-booking-confirmation-fr',
    ['prose'],
    'mail/reservation-car-regie.eml',
    (k) => `Objet : Confirmation de réservation — car régie CR3 — match du 18/10

Bonjour,

votre réservation du car régie CR3 est confirmée. Informations techniques :
- Liaison satellite : Eutelsat 7B, porteuse ${k.n(k.g.digits(5))} kHz
- Contribution IP (SRT) vers la régie finale : srt://contrib.chaine.example:7010, passphrase ${k.s('password', k.g.alnum(16))}
- Accès Wi-Fi technique du car : réseau CR3-TECH, clé ${k.pw()}
- Intercom : identifiant cr3, mot de passe ${k.pw()}

Merci de ne pas diffuser ces informations en dehors de l'équipe technique.
Cordialement, le service planification
`,
  ),

  mDoc(
    'media-incident-postmortem-en',
    ['prose', 'precision'],
    'postmortems/2025-08-stream-key-leak.md',
    (k) => `# Post-mortem: stream key shown on air (2025-08-14)

**Summary:** During the 19:00 bulletin the OBS window was on the multiviewer for 40 s, showing the YouTube stream key
\`${k.s('token', V.youtubeKey(k.g))}\`. A third party started a stream on our channel at 21:12.

**Timeline**
- 19:04 key visible on air
- 21:12 unknown stream on the channel, removed 21:20
- 21:25 key reset in YouTube Studio; new key distributed via vault

**Root cause:** OBS settings dialog left open; multiviewer input 7 mapped to the streaming PC.

**Actions:** multiviewer input removed (${k.n(V.ticket(k.g))}); keys only in the vault; the old key above is revoked.
The new key is *not* in this document. Asset ids of the clips: ${k.n(k.g.alnum(11))}, ${k.n(k.g.alnum(11))}.
`,
  ),

  mDoc(
    'media-notes-pt-br-redacao',
    ['prose'],
    'notas/redacao-plantao.txt',
    (k) => `Plantão de domingo — recados

- Senha do CMS para os estagiários: ${k.pw()} (usuário estagio)
- A senha do Wi-Fi do estúdio mudou para ${k.pw()}
- Servidor de vídeo: acessar com usuário video e senha ${k.spw()}
- Chave da API do Brightcove NÃO é para colocar aqui; pedir para o Rafael.
`,
  ),

  mDoc(
    'media-notes-sv-tr-ko',
    ['prose', 'precision'],
    'notes/intl/studio-notes.md',
    (k) => `## Sverige (Göteborg-studion)
Lösenord till ljudservern: ${k.pw()}  (användare: ljud)
Kom ihåg: lösenordet till Instagram-kontot står i lösenordshanteraren.

## Türkiye (İstanbul bürosu)
Yayın sunucusu kullanıcı adı: yayin, şifre: ${k.pw()}
Kurgu bilgisayarı şifresi: ${k.hpw()}

## 한국 (서울 지국)
송출 서버 비밀번호: ${k.pw()}
유튜브 스트림 키: ${k.s('token', V.youtubeKey(k.g))}
비밀번호는 메신저로 보내지 마세요. 티켓 번호 ${k.n(V.ticket(k.g))}
`,
  ),

  mDoc(
    'media-slack-adops-thread',
    ['prose', 'precision'],
    'exports/slack/adops-2025-09.txt',
    (k) => `#adops

[10:11] Hannah: Magnite reporting broke again, did someone rotate the key?
[10:14] Felix: yes, new secret ${k.s('token', k.g.hex(40))} — updated in Airflow vars too
[10:15] Hannah: 🙏
[10:20] Felix: also GAM network code is ${k.n(k.g.digits(8))} if anyone asks, that's not secret
[10:31] Hannah: Xandr login for the dashboard is adops@gazzetta.example / ${k.pw()}
[10:32] Felix: please delete that message
[10:32] Hannah: oops, will change it at lunch
[11:02] Felix: ads.txt line for the new SSP: \`${k.n('newssp.com, ' + k.g.digits(5) + ', DIRECT')}\`
`,
  ),

  mDoc(
    'media-spanish-radio-manual',
    ['prose', 'config-syntax'],
    'docs/es/manual-emisora.md',
    (k) => `# Manual de la emisora — streaming

Configuración del codificador (sc_trans / DSP de Winamp):

\`\`\`
Servidor: stream.radiosur.example
Puerto: 8000
Contraseña: ${k.spw()}
Contraseña de administrador: ${k.spw()}
\`\`\`

La contraseña por defecto del servidor era \`${k.n('changeme')}\`; ya no funciona.
Para el panel de Centova Cast: usuario radiosur, contraseña ${k.pw()}.
`,
  ),
];
