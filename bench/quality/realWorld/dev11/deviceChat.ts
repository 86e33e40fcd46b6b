// People talking about their homes: family chat exports and smart-home forum posts in many languages, with
// Wi-Fi keys, alarm and door codes, router logins and app tokens written the way people write them.
import type { RealWorldDoc } from '../types';
import { doc } from '../dev/kit';
import { plain, pw, tk } from './deviceKit';
import * as V from './deviceValues';

export const DEVICE_CHAT_DOCS: RealWorldDoc[] = [
  doc(
    'device-chat-whatsapp-de-familie',
    ['prose'],
    'exports/WhatsApp Chat mit Familie Berger.txt',
    (k) => `[03.11.24, 18:42:10] Mama: Kinder, der Techniker war da, neuer Router 🙄
[03.11.24, 18:42:31] Mama: WLAN heißt jetzt Berger_Home und das Passwort ist ${pw(k, plain(V.routerKey))}
[03.11.24, 18:45:02] Jonas: steht das nicht hinten auf dem Ding drauf?
[03.11.24, 18:45:40] Mama: Ja, hab's abgeschrieben. Für die Gäste: Berger_Gast, Kennwort ${pw(k, plain(V.human))}
[03.11.24, 18:51:12] Papa: Alarmanlage-Code bleibt ${k.s('password', V.pin(k.g))}, Garagentor neu: ${k.s('password', V.pin(k.g, 4))}
[03.11.24, 18:52:03] Lea: 👍
[03.11.24, 19:10:44] Jonas: und das Netflix pw?
[03.11.24, 19:11:20] Mama: <Medien ausgeschlossen>
[03.11.24, 19:12:05] Papa: Netflix: berger.familie@gmx.de / ${pw(k, V.human)}
[03.11.24, 19:12:30] Lea: Danke!! Haustür-Schlüsselsafe ist übrigens immer noch ${k.s('password', V.pin(k.g, 4))} 🙈
`,
  ),

  doc(
    'device-chat-fr-famille',
    ['prose'],
    'exports/Discussion WhatsApp avec Famille Moreau.txt',
    (k) => `05/08/2024 20:14 - Papi: Coucou, pour la maison de vacances à Biarritz :
05/08/2024 20:14 - Papi: le code du portail c'est ${k.s('password', V.pin(k.g, 4))}, la boîte à clés ${k.s('password', V.pin(k.g, 4))}
05/08/2024 20:15 - Papi: wifi : Livebox-${k.n(k.g.chars('0123456789ABCDEF', 4))} / clé ${pw(k, (g) => g.chars('ABCDEF0123456789', 26).slice(0, 26))}
05/08/2024 20:17 - Claire: Merci Papi ❤️ et l'alarme ?
05/08/2024 20:18 - Papi: code alarme ${k.s('password', V.pin(k.g, 6))}, et si elle sonne appelez Verisure avec le mot de passe "${pw(k, plain(V.lettersOnly))}"
05/08/2024 20:20 - Hugo: c'est quoi le mdp de la box pour brancher la Switch ?
05/08/2024 20:21 - Papi: admin / ${pw(k, plain(V.human))} mais ne touchez à rien svp
05/08/2024 20:22 - Claire: <Médias omis>
`,
  ),

  doc(
    'device-chat-es-grupo-piso',
    ['prose'],
    'exports/Chat de WhatsApp con Piso Lavapiés.txt',
    (k) => `12/9/24, 22:01 - Marta: chicos, he cambiado la contraseña del wifi porque la vecina la tenía 😂
12/9/24, 22:01 - Marta: red: MOVISTAR_${k.n(k.g.chars('0123456789ABCDEF', 4))}
12/9/24, 22:02 - Marta: clave: ${pw(k, plain(V.human))}
12/9/24, 22:05 - Dani: la del router sigue siendo la de la pegatina?
12/9/24, 22:06 - Marta: sí, usuario 1234 y contraseña ${pw(k, (g) => g.chars('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789', 12))}
12/9/24, 22:10 - Lucía: el código del portal es ${k.s('password', V.pin(k.g, 4))}# por si venís tarde
12/9/24, 22:11 - Dani: y la cuenta de HBO? contraseña porfa
12/9/24, 22:13 - Marta: pisolavapies@gmail.com // ${pw(k, V.human)}
12/9/24, 22:13 - Marta: Se eliminó este mensaje
`,
  ),

  doc(
    'device-chat-ptbr-familia',
    ['prose'],
    'exports/Conversa do WhatsApp com Família Souza.txt',
    (k) => `[14/07/2024 09:12:33] Vó Lurdes: Bom dia família 🌻
[14/07/2024 09:30:02] Rafael: gente, a senha do wifi da casa da praia mudou
[14/07/2024 09:30:15] Rafael: rede CasaPraia_5G senha ${pw(k, plain(V.human))}
[14/07/2024 09:31:40] Tia Bia: e a senha do portão eletrônico?
[14/07/2024 09:32:01] Rafael: controle está na gaveta, mas o teclado é ${k.s('password', V.pin(k.g, 6))}
[14/07/2024 09:35:22] Vó Lurdes: Rafa qual a senha do meu email mesmo
[14/07/2024 09:36:10] Rafael: vó, é ${pw(k, V.human)} 🙏 não manda no grupo da próxima vez kkk
[14/07/2024 09:36:44] Tia Bia: código de acesso do app da câmera: ${k.n('******')} (Rafa tem)
`,
  ),

  doc(
    'device-chat-ru-dacha',
    ['prose'],
    'exports/Telegram Дача.txt',
    (k) => `Сергей, [21.06.2024 19:04]
Пароль от вайфая на даче поменял, теперь ${pw(k, plain(V.human))}

Ольга, [21.06.2024 19:06]
А от роутера? Хочу телевизор подключить

Сергей, [21.06.2024 19:07]
логин admin, пароль: ${pw(k, plain(V.generated))}

Ольга, [21.06.2024 19:10]
Код от калитки тот же?

Сергей, [21.06.2024 19:11]
нет, новый код ${k.s('password', V.pin(k.g, 4))}. И сигнализация — ${k.s('password', V.pin(k.g, 4))}, не путай

Ольга, [21.06.2024 19:12]
Спасибо 👍 А токен для умной розетки где взять?

Сергей, [21.06.2024 19:15]
в приложении, но вот мой: ${tk(k, (g) => g.hex(32))}
`,
  ),

  doc(
    'device-chat-zh-wechat',
    ['prose'],
    'exports/微信聊天记录-家人群.txt',
    (k) => `2024-02-10 20:31 妈妈
新家的wifi名字是 TP-LINK_${k.n(k.g.chars('0123456789ABCDEF', 4))}，密码是${pw(k, plain(V.human))}

2024-02-10 20:33 小明
路由器管理密码呢？

2024-02-10 20:35 爸爸
管理员密码：${pw(k, plain(V.generated))}，别乱改

2024-02-10 20:40 妈妈
门锁密码${k.s('password', V.pin(k.g, 6))}#，记得按井号

2024-02-10 20:42 小明
好的👌 米家的账号密码也发一下
2024-02-10 20:44 爸爸
账号是手机号，密码 ${pw(k, V.human)}
`,
  ),

  doc(
    'device-chat-ja-line',
    ['prose'],
    'exports/[LINE] 家族のトーク.txt',
    (k) => `2024/04/02(火)
21:03	お父さん	新しいWi-Fiのパスワードは ${pw(k, plain(V.routerKey))} です
21:05	ゆい	SSIDは？
21:05	お父さん	aterm-${k.n(k.g.hex(6))}-g
21:07	お母さん	玄関の暗証番号も変えました。${k.s('password', V.pin(k.g, 4))} です
21:10	ゆい	了解！ルーターの管理者パスワードは?
21:12	お父さん	パスワード：${pw(k, plain(V.human))}（変えないでね）
21:15	お母さん	[スタンプ]
`,
  ),

  doc(
    'device-chat-ko-kakao',
    ['prose'],
    'exports/KakaoTalk_가족방.txt',
    (k) => `2024년 5월 3일 오후 8:12, 엄마 : 와이파이 비번 바꿨어
2024년 5월 3일 오후 8:12, 엄마 : ${pw(k, plain(V.human))}
2024년 5월 3일 오후 8:15, 민준 : 공유기 관리자 비밀번호는 그대로야?
2024년 5월 3일 오후 8:16, 아빠 : 아니 바꿨음 비밀번호: ${pw(k, plain(V.generated))}
2024년 5월 3일 오후 8:20, 엄마 : 현관 도어락 번호 ${k.s('password', V.pin(k.g, 6))} 잊지마
2024년 5월 3일 오후 8:21, 민준 : 넵
`,
  ),

  doc(
    'device-chat-tr-aile',
    ['prose'],
    'exports/WhatsApp Sohbeti - Aile.txt',
    (k) => `18.08.2024 21:40 - Babam: Yazlığın wifi şifresi: ${pw(k, plain(V.human))}
18.08.2024 21:41 - Elif: modem arayüzü şifresi ne?
18.08.2024 21:43 - Babam: kullanıcı adı admin, şifre ${pw(k, plain(V.routerKey))}
18.08.2024 21:45 - Annem: Alarm kodu ${k.s('password', V.pin(k.g, 4))}, kapı şifresi ${k.s('password', V.pin(k.g, 6))} unutmayın
18.08.2024 21:46 - Elif: 👍🏻
`,
  ),

  doc(
    'device-chat-pl-rodzina',
    ['prose'],
    'exports/Messenger - Rodzina Wiśniewskich.txt',
    (k) => `Tata (19:02): hasło do nowego wifi: ${pw(k, plain(V.human))}
Kasia (19:03): a do routera?
Tata (19:04): login admin hasło ${pw(k, plain(V.lettersOnly))}
Mama (19:10): kod do bramy garażowej ${k.s('password', V.pin(k.g, 4))}, alarm ${k.s('password', V.pin(k.g, 4))}
Kasia (19:11): dzięki! a PIN do karty SIM w routerze LTE?
Tata (19:12): ${k.s('password', V.pin(k.g, 4))}, PUK jest w szufladzie
`,
  ),

  doc(
    'device-forum-reddit-ha-help',
    ['prose', 'config-syntax'],
    'forum/reddit-homeassistant-mqtt-help.md',
    (k) => `**[Help] MQTT integration keeps saying "Failed to connect" after migrating to HAOS**

I moved from docker to HAOS on a NUC and now nothing connects. Mosquitto add-on config:

\`\`\`yaml
logins:
  - username: mqtt-user
    password: ${pw(k, plain(V.human))}
require_certificate: false
\`\`\`

and in the MQTT integration I entered the same user + password. Logs show:

\`\`\`
2024-10-02 18:22:10.331 ERROR (MainThread) [homeassistant.components.mqtt.client] Failed to connect to MQTT server due to exception: [Errno 111] Connection refused
\`\`\`

Also my Shelly shows "MQTT: not connected", I set it via curl:

\`\`\`
curl "http://192.168.1.50/settings?mqtt_enable=true&mqtt_server=192.168.1.10:1883&mqtt_user=mqtt-user&mqtt_pass=${pw(k, plain(V.human))}"
\`\`\`

**Edit:** yes I know I posted my password, it's only local lol. Solved: I had to use the add-on's hostname \`core-mosquitto\`.

> *u/helpful_bot*: please redact, and rotate your long-lived token too, it's in your screenshot: \`${tk(k, V.jwt)}\`
`,
  ),

  doc(
    'device-forum-esphome-de',
    ['prose', 'config-syntax'],
    'forum/esphome-api-key-frage.md',
    (k) => `Hallo,

nach dem Update auf 2024.6 will HA den Verschlüsselungsschlüssel für mein Gerät. In der YAML steht:

    api:
      encryption:
        key: "${tk(k, V.apiKey32)}"

Ich hab genau den in HA eingetragen, aber es kommt "Invalid encryption key". Das OTA-Passwort (\`${pw(k, plain(V.human))}\`) geht dagegen.

Edit: Lösung – ich hatte in HA aus Versehen den Schlüssel vom anderen Gerät (\`${tk(k, V.apiKey32)}\`) genommen. Jetzt geht's, danke an alle!

Gruß Andi
`,
  ),

  doc(
    'device-forum-it-router',
    ['prose'],
    'forum/fibra-tim-modem.md',
    (k) => `Ciao a tutti, ho il TIM Hub+ e volevo mettere un mio router.
Le credenziali PPPoE sono sempre quelle: utente \`${k.n('timadsl')}\` e password \`${k.u('timadsl')}\`.
La password del wifi originale (quella sull'etichetta) era ${pw(k, plain(V.routerKey))}, l'ho cambiata in ${pw(k, plain(V.human))}.
Per il pannello di amministrazione invece uso admin / ${pw(k, plain(V.human))}.
Qualcuno sa se devo mettere il VLAN 835?
`,
  ),

  doc(
    'device-handover-note-airbnb',
    ['prose', 'precision'],
    'docs/ferienwohnung-infos.md',
    (k) => `# Willkommen in der Ferienwohnung Seeblick 🌊

**WLAN:** Seeblick-Gast
**Passwort:** ${pw(k, plain(V.human))}

**Schlüsselbox:** Code ${k.s('password', V.pin(k.g, 4))} (bitte nach Benutzung verdrehen)

**Smart-TV:** Netflix ist angemeldet, bitte *nicht* abmelden. Falls doch: Zugangsdaten beim Gastgeber erfragen (${k.n('[REDACTED]')}).

**Heizung:** tado°-App, Gastzugang per Einladung. Die Heizung nicht unter 16 °C stellen.

Notfall-Nr.: 0171 ${k.n(k.g.digits(7))} (Frau Jansen)
`,
  ),
];
