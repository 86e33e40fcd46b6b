// Prose between devs, QA, publishers, server staff and players: Discord and Slack threads, Jira tickets, Reddit and
// forum posts, handover notes, in Japanese, Korean, Chinese, Polish, Russian, Portuguese, Spanish, German, French,
// Turkish and English, with credentials pasted mid-sentence next to ids that are fine to share.
import type { RealWorldDoc } from '../types';
import { gDoc, V } from './gameValues';

export const GAME_PROSE_DOCS: RealWorldDoc[] = [
  gDoc(
    'game-discord-staff-thread-pl',
    ['prose', 'precision'],
    'exports/discord/kaczki-staff-2025-03.txt',
    (k) => `[11.03.2025 19:02] Kuba: ej, serwer scrimowy padł, ktoś ma dostęp do panelu?
[11.03.2025 19:03] Ola: ja mam, restartuję
[11.03.2025 19:05] Ola: ok działa. hasło do serwera na dziś: ${k.spw()}
[11.03.2025 19:05] Kuba: a rcon?
[11.03.2025 19:06] Ola: rcon_password ${k.spw()} tylko nie wrzucajcie tego na #ogólny
[11.03.2025 19:07] Mati: steamid drużyny przeciwnej do whitelisty: ${k.n(V.steamId64(k.g))}, ${k.n(V.steamId64(k.g))}
[11.03.2025 19:09] Ola: dodane. GOTV hasło to ${k.spw()} dla castera
[11.03.2025 19:12] Kuba: dzięki 🙏 a konto do panelu pterodactyl: kuba / ${k.pw()} ? bo nie wchodzi
[11.03.2025 19:13] Ola: zmieniłam wczoraj, nowe wyślę na priv
`,
  ),

  gDoc(
    'game-slack-release-thread-en',
    ['prose', 'precision'],
    'exports/slack/ironclad-release.txt',
    (k) => `#release-ironveil
Marta Wiśniewska  10:14
heads up: cert submission for Xbox is today. @Dan can you confirm the Partner Center app secret still works? it expired last time mid-upload
Dan Okafor  10:21
rotated it friday. new one is ${k.s('token', `${k.g.alnum(3)}8Q~${k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_~.-', 34)}`)} (client id ${k.n(k.g.uuid())}), also in 1Password under "PC Submission API"
Marta Wiśniewska  10:22
👍 and the NDI account for Nintendo?
Dan Okafor  10:24
ironclad-release / ${k.pw()}. 2FA goes to the release phone in the safe
Priya N  10:40
steam side: build ${k.n(k.g.digits(8))} is on the qa branch, beta password for the publisher reviewers is ${k.s('password', k.g.pick(['IronVeil', 'veil', 'Ironclad']) + k.g.pick(['_qa_', '-review-', '']) + k.g.digits(4))}
Priya N  10:41
(that's the Steam *branch* password, not an account, fine to share with the publisher)
Marta Wiśniewska  10:44
it's still a password, please don't paste it in #general 😅
`,
  ),

  gDoc(
    'game-jira-ticket-de',
    ['prose', 'precision'],
    'exports/jira/MOON-1442.md',
    (k) => `**MOON-1442: Android-Build schlägt fehl: "Keystore was tampered with, or password was incorrect"**

*Reporter:* Jonas Becker · *Assignee:* Kasia Wójcik · *Priority:* Blocker · *Sprint:* 0.4.2

**Beschreibung**
Seit dem Merge von #318 bricht der Nightly-Build (Cloud Build Target \`android-release\`) ab. Im Log:
\`\`\`
Failure: Keystore was tampered with, or password was incorrect
\`\`\`

**Kommentar (Kasia):**
Im Unity-Projekt steht noch das alte Passwort. Das neue Keystore-Passwort ist \`${k.pw()}\`, Alias-Passwort
\`${k.pw()}\`. Bitte in Cloud Build unter *Config > Android > Keystore* eintragen, NICHT ins Repo.

**Kommentar (Jonas):**
Erledigt, Build #${k.n('1187')} ist grün. SHA-1 des Upload-Zertifikats: ${k.n(k.g.hex(40).toUpperCase().match(/../g)!.join(':'))}
(für Firebase). Ticket kann zu.
`,
  ),

  gDoc(
    'game-reddit-admincraft-post',
    ['prose', 'config-syntax', 'precision'],
    'posts/reddit-admincraft-help.md',
    (k) => `**[Help] BungeeCord says "If you wish to use IP forwarding, please enable it in your BungeeCord config as well!"**

posted by u/creeperking2009 in r/admincraft

I've been at this for 3 hours. Setup is BungeeCord + 2 Paper 1.20.4 servers on the same VPS. I set
\`bungeecord: true\` in spigot.yml on both. Here's my bungee config.yml (removed the ips):

\`\`\`yaml
listeners:
- query_port: 25577
  motd: '&1Another Bungee server'
  host: 0.0.0.0:25577
  forced_hosts:
    pvp.md-5.net: pvp
servers:
  lobby:
    motd: '&1Just another BungeeCord - Forced Host'
    address: localhost:25566
    restricted: false
ip_forward: false
online_mode: true
\`\`\`

and my server.properties on lobby has \`rcon.password=${k.spw()}\` and \`online-mode=false\`. what am I missing??

> **u/md_helper_bot** · top comment
> \`ip_forward: false\` → set it to true. Also you just posted your RCON password, change it. And firewall
> ports 25566/25567 so nobody can join the backends directly with a cracked client.

> **u/creeperking2009**
> omg thank you it works. changed the rcon pw to ${k.spw()} lol
`,
  ),

  gDoc(
    'game-forum-post-ru',
    ['prose', 'precision'],
    'posts/forum-ru-rust-server.md',
    (k) => `**Тема: Не могу подключиться к RCON на своём Rust-сервере**

Всем привет. Поднял сервер Rust на VDS (Ubuntu 22.04), запускаю через LinuxGSM. Игроки заходят нормально,
а RustAdmin пишет «Connection refused». В конфиге \`rustserver.cfg\`:

\`\`\`
rconport="28016"
rconpassword="${k.spw()}"
rconweb="1"
\`\`\`

Порт 28016 в ufw открыт. Что не так?

**Ответ (admin_Serega):**
Для RustAdmin нужен \`rconweb="0"\`, он работает по старому протоколу. И пароль смени, ты его только что
выложил на форум. Поставь что-нибудь вроде \`${k.n('<длинный_пароль>')}\`, а не словарное слово.

**Ответ (автор):**
Спасибо, заработало. Поменял на ${k.gpw()}, теперь норм.
`,
  ),

  gDoc(
    'game-handover-notes-pt',
    ['prose', 'precision'],
    'docs/handover-servidor.md',
    (k) => `# Passagem de bastão: servidores do Palverse BR

Oi pessoal, estou saindo da staff no fim do mês, então aqui vai tudo o que vocês precisam:

- **Painel (Pterodactyl):** https://painel.palverse.com.br, usuário \`admin\`, senha \`${k.pw()}\`
- **AdminPassword do Palworld** (comando /AdminPassword no jogo): \`${k.spw()}\`
- **Senha do servidor** (pública no Discord, #como-entrar): ${k.u('palverse2025')}
- **Banco MySQL do site:** \`mysql -u site -p${k.spw()} palverse_site\`
- **Token do bot do Discord:** está no \`.env\` da VPS, não vou colar aqui. Se precisar resetar, é no portal de devs.
- **Chave do Steam Web API** (para o site mostrar quem está online): ${k.s('token', V.steamWebApiKey(k.g))}

O AppID do Palworld dedicated é ${k.n('2394010')}, não precisa de login para baixar (anonymous).
Qualquer coisa me chamem no privado. Valeu! 🎮
`,
  ),

  gDoc(
    'game-discord-dev-thread-ja',
    ['prose', 'precision'],
    'exports/discord/moonlit-jp-dev.txt',
    (k) => `[2025/03/08 14:10] さくら: App Store Connect のAPIキー、誰か持ってる？TestFlightのアップロードが止まってる
[2025/03/08 14:12] けんた: Key ID は ${k.n(k.g.upper(2) + k.g.digits(2) + k.g.upper(6))}、Issuer ID は ${k.n(k.g.uuid())} です。p8ファイルは共有ドライブの「証明書」フォルダにあります
[2025/03/08 14:13] さくら: ありがとう！あと fastlane match のパスワードも教えてもらえる？
[2025/03/08 14:15] けんた: match のパスワードは ${k.pw()} です（DMにすればよかった…）
[2025/03/08 14:16] ゆうき: ビルド用のMac miniのログインパスワードは ${k.spw()} に変わりました。
[2025/03/08 14:20] さくら: 了解、助かります 🙏 ビルド番号は ${k.n('0.4.1 (41)')} で上げますね
`,
  ),

  gDoc(
    'game-kakao-qa-notes-ko',
    ['prose', 'precision'],
    'docs/qa/테스트계정.md',
    (k) => `# QA 테스트 계정 정리 (라이브 서버 아님!)

| 용도 | 계정 | 비밀번호 |
|---|---|---|
| 일반 유저 | qa_user01@skyforge-game.com | ${k.pw()} |
| VIP 유저 | qa_vip01@skyforge-game.com | ${k.pw()} |
| 운영툴 관리자 | gm_admin | ${k.pw()} |
| 신규 가입 테스트 | (매번 새로 생성) | ${k.n('<임의>')} |

- PlayFab 타이틀 ID: ${k.n('7F3A1')} (공개돼도 괜찮음)
- GM 툴 접속: https://gm.skyforge-game.com (사내 VPN 필요)
- 운영 서버 비밀번호는 여기에 적지 마세요. 1Password "라이브 운영" 금고를 사용하세요.
- 아이템 지급 테스트용 아이템 ID: ${k.n(V.itemId(k.g))}, ${k.n(V.itemId(k.g))}
`,
  ),

  gDoc(
    'game-wechat-publisher-zh',
    ['prose', 'precision'],
    'exports/wechat/发行商对接.txt',
    (k) => `【发行对接群】2025-03-06
王磊：TapTap 的 SDK 参数发一下，我们这边要接登录和防沉迷
Ola：Client ID 是 ${k.n(k.g.lower(18))}，Client Token 是 ${k.s('token', k.g.alnum(40))}，服务端密钥 Server Secret：${k.s('token', k.g.alnum(40))}
王磊：收到。测试服地址和 GM 后台账号呢？
Ola：GM 后台 https://gm-cn.slimeshop.gg 账号 publisher_cn 密码 ${k.pw()}
王磊：好的。版号申请材料里的软著登记号是 ${k.n('2024SR' + k.g.digits(7))}，没问题吧
Ola：没问题。包名 com.papercut.slimeshop.cn，签名 MD5：${k.n(k.g.hex(32).toUpperCase())}
`,
  ),

  gDoc(
    'game-discord-modding-es',
    ['prose', 'precision'],
    'exports/discord/modding-hispano.txt',
    (k) => `[09/03/2025 21:14] Nacho: alguien sabe por qué el gradle no me sube el mod a modrinth? me da 401
[09/03/2025 21:16] Lucía: pega el bloque modrinth {} (sin el token)
[09/03/2025 21:18] Nacho: modrinth { token = "${k.prov('Modrinth', V.modrinth(k.g))}" projectId = "${k.n(k.g.alnum(8))}" ... }
[09/03/2025 21:18] Lucía: acabas de pegar el token 💀 revócalo ya en modrinth.com/settings/pats
[09/03/2025 21:20] Nacho: uff ya lo revoqué. el nuevo lo pongo en gradle.properties como modrinth_token
[09/03/2025 21:21] Lucía: mejor variable de entorno: System.getenv("MODRINTH_TOKEN")
[09/03/2025 21:25] Nacho: y para curseforge la api key de desarrollador la pongo igual? es tipo ${k.n('$2a$10$...')}
[09/03/2025 21:26] Lucía: sí, igual. la mía por si quieres probar el endpoint: ${k.prov('CurseForge', V.curseforgeCore(k.g))} (es de una cuenta de pruebas)
`,
  ),

  gDoc(
    'game-teams-chat-fr',
    ['prose', 'precision'],
    'exports/teams/studio-lyon-ops.txt',
    (k) => `Camille Roux (14:02) : Le serveur de build Perforce refuse le login du compte "buildfarm" depuis ce matin.
Hugo Martin (14:05) : J'ai changé le mot de passe hier soir suite à l'audit. Nouveau mot de passe : ${k.pw()}
Camille Roux (14:06) : Merci. Et le ticket P4 pour la machine BA-03 ? Il a expiré.
Hugo Martin (14:08) : Fais un \`p4 login -a\` avec le nouveau mot de passe, ou colle ce ticket dans P4TICKETS : ${k.s('token', V.p4Ticket(k.g))}
Camille Roux (14:10) : C'est bon, la sync de la CL ${k.n('48213')} passe.
Hugo Martin (14:12) : Parfait. Pour info, la clé de chiffrement des .pak (AES) est maintenant dans Horde, plus dans DefaultGame.ini.
`,
  ),

  gDoc(
    'game-forum-post-tr',
    ['prose', 'precision'],
    'posts/forum-tr-mta-sunucu.md',
    (k) => `**Konu: Minecraft sunucuma AuthMe MySQL bağlantısı kurulmuyor**

Merhaba arkadaşlar, AuthMe eklentisini MySQL ile kullanmak istiyorum ama konsolda "Access denied" hatası alıyorum.
config.yml ayarlarım şöyle:

\`\`\`yaml
DataSource:
  backend: MYSQL
  mySQLHost: 127.0.0.1
  mySQLPort: '3306'
  mySQLUsername: authme
  mySQLPassword: '${k.pw()}'
  mySQLDatabase: authme
\`\`\`

phpMyAdmin'e root / ${k.spw()} ile girebiliyorum, ama authme kullanıcısı girmiyor.

**Yanıt (ErenTR):** Kullanıcıya yetki vermemişsin: \`GRANT ALL ON authme.* TO 'authme'@'localhost';\` Ayrıca root
şifreni foruma yazmışsın, hemen değiştir.
`,
  ),

  gDoc(
    'game-playtest-email-en',
    ['prose', 'precision'],
    'docs/playtest/invite-email.md',
    (k) => `Subject: Iron Veil closed playtest #3: your access

Hi {{first_name}},

Thanks for signing up! Playtest #3 runs **March 14-17**. Here's how to get in:

1. Open Steam > Library > Iron Veil Playtest (app ${k.n(V.steamAppId(k.g))}). If you don't see it, redeem this key:
   **${k.u(`${k.g.upper(5)}-${k.g.upper(5)}-${k.g.upper(5)}`)}**
2. Right-click > Properties > Betas, enter the beta access code: **${k.s('password', k.g.pick(['veil', 'iron', 'playtest']) + k.g.pick(['_', '-']) + k.g.lower(4) + k.g.digits(3))}**
3. Join our Discord (discord.gg/ironveil) and link your account with \`/link\`.

Please don't share your key or the beta code; both are tied to this email. Bugs go to #playtest-bugs with your
build number (bottom right of the main menu, e.g. \`${k.n(V.buildNo(k.g))}\`).

The Ironclad team
`,
  ),

  gDoc(
    'game-jira-qa-bug-en',
    ['prose', 'logs-and-output', 'precision'],
    'exports/jira/IV-2291.md',
    (k) => `**IV-2291 Dedicated server fails to register with matchmaker (401)**

*Steps:* start \`IronVeilServer.sh -log -ServerAuthKey=...\` on the staging fleet; watch the log.

*Actual:*
\`\`\`
LogHttp: Warning: 401 from http://matchmaker.staging.svc:8080/v1/servers/register
LogMatchmaking: Error: Registration rejected: "invalid server key"
\`\`\`

*Notes (Priya):* staging fleet was launched with the prod key. Staging key is \`${k.tok()}\`, prod key is in the
\`gameservices\` secret (don't paste it here). Matchmaker pod restarted at 14:02, build \`${k.n(V.buildNo(k.g))}\`.

*Notes (Dan):* also the EOS client secret on staging was rotated, the new one is
${k.s('token', V.eosSecret(k.g))}; updated in the k8s secret.
`,
  ),

  gDoc(
    'game-server-rules-channel-de',
    ['prose', 'precision'],
    'exports/discord/wolfsburg-ankuendigungen.txt',
    (k) => `📢 **Ankündigung** (03.03.2025)

Hallo zusammen! Ab heute läuft der Server auf **1.21.4**. Wichtig:

• Die IP bleibt \`play.wolfsburg-mc.de\`, Whitelist ist weiter aktiv.
• Das Passwort für das Event-Welt-Portal (\`/warp event\`) lautet diese Woche: **${k.hpw()}**
• Team-intern: das neue RCON-Passwort steht im Staff-Kanal, NICHT hier. (Für die, die es suchen: nein, es ist nicht mehr ${k.u('wolfsburg123')}.)
• Der Seed der neuen Farmwelt ist ${k.n(V.seed(k.g))}, viel Spaß beim Erkunden!

Euer Wolfsburg-Team 🐺
`,
  ),
];
