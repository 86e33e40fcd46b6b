// Forum questions, family wiki pages and notes in many languages: German, French, Spanish, Portuguese, Dutch,
// Polish, Russian, Italian, Czech, Chinese and Japanese. Passwords inside sentences, beside look-alikes.
import type { RealWorldDoc } from '../types';
import { hDoc, H } from './selfhostValues';

export const SELFHOST_INTL_DOCS: RealWorldDoc[] = [
  hDoc(
    'de-forum-nextcloud',
    ['prose', 'precision'],
    'posts/de/nextcloud-forum-fehler.md',
    (k) => `**Nextcloud auf Raspberry Pi 5: "Interner Serverfehler" nach Update**

Hallo zusammen, seit dem Update auf 29 bekomme ich nur noch einen Fehler. Zugangsdaten zur Datenbank habe ich
geprüft: Benutzer \`ncuser\`, Passwort \`${k.spw()}\`, Host localhost. Mit \`mysql -u ncuser -p\` komme ich rein.
Das Admin-Passwort habe ich per \`occ user:resetpassword admin\` auf ${k.hpw()} gesetzt, hilft auch nicht.

Log-Eintrag (reqId ${k.n(k.g.alnum(20))}):
\`Doctrine\\DBAL\\Exception: Failed to connect to the database\`

Instanz-ID ${k.n(`oc${k.g.lower(10)}`)}, Version 29.0.${H.num(k.g, 0, 9)}.

Danke im Voraus!
`,
  ),

  hDoc(
    'de-familien-wiki',
    ['prose', 'precision'],
    'wiki/Familie/Heimnetz.md',
    (k) => `# Heimnetz – für Notfälle (falls Papa nicht da ist)

- **WLAN "Mueller"**: Passwort steht auf der Karte am Kühlschrank (nicht hier!)
- **Gäste-WLAN**: ${k.hpw()}
- **FRITZ!Box** (http://fritz.box): Kennwort ${k.s('password', H.human(k.g))}
- **NAS** (Synology, http://192.168.178.20:5000): Benutzer "familie", Kennwort ${k.pw()}
- **Drucker** Seriennummer ${k.n(`E7${k.g.upper(2)}${k.g.digits(6)}`)}
- Router-MAC: ${k.n(H.mac(k.g).toUpperCase())}
- Wenn das Internet weg ist: Router 30 Sekunden vom Strom nehmen.
`,
  ),

  hDoc(
    'fr-forum-jeedom-mqtt',
    ['prose', 'config-syntax', 'precision'],
    'posts/fr/forum-mqtt-zigbee2mqtt.md',
    (k) => `Bonjour à tous,

je n'arrive pas à connecter Zigbee2MQTT à mon broker Mosquitto. Voici ma config (j'ai masqué le mot de passe) :

\`\`\`yaml
mqtt:
  server: mqtt://192.168.1.50
  user: jeedom
  password: ${k.n('********')}
\`\`\`

Dans le log de Mosquitto je vois \`Client zigbee2mqtt_${k.n(k.g.hex(8))} disconnected, not authorised.\`
Pourtant le mot de passe est bon, c'est ${k.spw()}, je l'ai testé avec mosquitto_sub. La clé réseau Zigbee
n'a pas changé (pan_id ${k.n(H.panId(k.g))}). Hash du firmware du dongle : ${k.n(H.md5(k.g))}. Une idée ?
`,
  ),

  hDoc(
    'es-notas-servidor-casa',
    ['prose', 'precision'],
    'notas/servidor-casa.txt',
    (k) => `SERVIDOR DE CASA – notas

Proxmox: https://192.168.0.10:8006  usuario root, contraseña ${k.hpw()}
Jellyfin: usuario "familia", clave ${k.pw()}
Router Movistar: la contraseña de admin es la de la pegatina, la del wifi la cambié a ${k.hpw()}
Disco nuevo: número de serie ${k.n(`ZR${k.g.upper(3)}${k.g.digits(3)}`)}
UUID de la partición: ${k.n(k.g.uuid())}
La contraseña de Netflix NO la pongo aquí (${k.n('********')})
`,
  ),

  hDoc(
    'pt-forum-homeassistant',
    ['prose', 'precision'],
    'posts/pt/home-assistant-duckdns.md',
    (k) => `Pessoal, configurei o add-on DuckDNS no Home Assistant mas o certificado não é gerado.

Configuração do add-on:
- domains: minhacasa${k.g.digits(2)}.duckdns.org
- token: ${k.prov('DuckDNS', H.duckdns(k.g))}
- aliases: []

O log mostra \`[INFO] Renew certificate for domains: minhacasa.duckdns.org\` e depois fica parado.
A senha do usuário admin do HA é ${k.hpw()}, se alguém quiser me ajudar por acesso remoto posso passar o link do Tailscale.
Token antigo: ${k.n('xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx')}
ID do pedido no fórum: ${k.n(`#${k.g.digits(6)}`)}
`,
  ),

  hDoc(
    'nl-huisnotities',
    ['prose', 'precision'],
    'notities/voor-sanne.md',
    (k) => `Hoi Sanne,

zodat je niet vastloopt als ik weg ben:
- De NAS (in de meterkast) log je in met "sanne" en wachtwoord ${k.pw()}
- Home Assistant app: zelfde account als altijd, het wachtwoord is nu ${k.hpw()} (oude werkt niet meer)
- Als de lampen niet werken: Zigbee-stick eruit en erin. Stick id ${k.n(H.ieee(k.g))}
- Het wifi-wachtwoord van de gasten staat in de app, niet hier (${k.n('[verwijderd]')})

Kus, Bram
`,
  ),

  hDoc(
    'pl-forum-unraid',
    ['prose', 'precision'],
    'posts/pl/forum-unraid-smb.md',
    (k) => `Cześć, mam problem z udziałem SMB na Unraidzie – Windows ciągle pyta o hasło.

Użytkownik: \`marek\`, hasło ustawione w Users: ${k.hpw()}
Próbowałem też \`net use Z: \\\\tower\\media /user:marek ${k.spw()}\` – błąd 86.
Wersja Unraid 6.12.${H.num(k.g, 4, 14)}, GUID pendrive'a ${k.n(`${k.g.hex(4).toUpperCase()}-${k.g.hex(4).toUpperCase()}-${k.g.hex(4).toUpperCase()}-${k.g.hex(12).toUpperCase()}`)}.
Hasło do WiFi dla gości to oczywiście nie to samo (${k.n('<hasło>')}).
`,
  ),

  hDoc(
    'ru-habr-notes',
    ['prose', 'command-line', 'precision'],
    'posts/ru/domashniy-server.md',
    (k) => `## Домашний сервер: заметки

Поставил OpenMediaVault на старый ноутбук. Пароль веб-интерфейса по умолчанию \`${k.u('openmediavault')}\`, я сменил на ${k.hpw()}.

Бэкап через restic на Яндекс Object Storage:

    export AWS_ACCESS_KEY_ID=${k.u(`YCAJE${k.g.alnum(20)}`)}
    export AWS_SECRET_ACCESS_KEY=${k.s('token', `YCP${k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 37)}`)}
    export RESTIC_PASSWORD='${k.pw()}'
    restic -r s3:storage.yandexcloud.net/home-backup backup /srv
    # пароль репозитория также в ${k.n('~/.config/restic/pass')}

Хэш последнего коммита конфигов: ${k.n(H.shortSha(k.g))}
`,
  ),

  hDoc(
    'it-forum-plex',
    ['prose', 'http-auth', 'precision'],
    'posts/it/plex-accesso-remoto.md',
    (k) => `Ciao a tutti, Plex non è raggiungibile da fuori casa. Porta 32400 aperta sul router (Fastweb).

Se apro \`http://${H.ipv4(k.g, '93')}:32400/identity?X-Plex-Token=${k.http(H.plexToken(k.g))}\` da telefono in 4G funziona,
ma l'app dice "non disponibile". La password dell'account Plex l'ho cambiata ieri in ${k.hpw()}, potrebbe essere quello?
machineIdentifier: ${k.n(k.g.hex(40))}
clientIdentifier: ${k.n(k.g.alnum(24).toLowerCase())}
`,
  ),

  hDoc(
    'cs-navod-pro-rodinu',
    ['prose', 'precision'],
    'wiki/navod-server.md',
    (k) => `# Návod pro rodinu

**Fotky (Immich):** https://fotky.novakovi.cz – každý má svůj účet, heslo pro babičku je ${k.hpw()}
**Filmy (Jellyfin):** uživatel "obyvak", heslo ${k.pw()}
**Wi-Fi:** síť "Novakovi", heslo najdete na routeru.
**Když nic nejde:** restartovat server tlačítkem (sériové číslo ${k.n(k.g.upper(4) + k.g.digits(6))}).
Heslo k routeru neměnit (${k.n('[smazáno]')}).
`,
  ),

  hDoc(
    'zh-v2ex-post',
    ['prose', 'config-syntax', 'precision'],
    'posts/zh/v2ex-frp-nas.md',
    (k) => `# 用 frp 内网穿透群晖，配置求助

frpc.toml 配置如下：

\`\`\`toml
serverAddr = "${H.ipv4(k.g, '47')}"
serverPort = 7000
auth.method = "token"
auth.token = "${k.s('token', k.g.alnum(24))}"

[[proxies]]
name = "dsm"
type = "tcp"
localPort = 5000
remotePort = 15000
\`\`\`

群晖管理员密码是 ${k.hpw()}，frps 的 dashboard 密码：${k.spw()}。
连接时报错 \`login to server failed: authorization failed\`，请问 token 是不是要和服务端一致？
客户端 run id：${k.n(k.g.hex(16))}
服务端 dashboard 用户名：${k.n('admin')}，群晖序列号 ${k.n(k.g.digits(4) + k.g.upper(3) + k.g.digits(6))}
`,
  ),

  hDoc(
    'ja-blog-homelab',
    ['prose', 'command-line', 'precision'],
    'posts/ja/homelab-memo.md',
    (k) => `## 自宅サーバー構築メモ（Proxmox + TrueNAS）

- Proxmox の root パスワード：${k.hpw()}
- TrueNAS の管理画面：http://192.168.10.5、admin のパスワードは ${k.pw()}
- SMB 共有 "kazoku" は別ユーザー（パスワードは 1Password に保存、${k.n('********')}）
- ZFS プール GUID：${k.n(k.g.digits(19))}

Cloudflare Tunnel で外部公開：

\`\`\`
cloudflared service install ${k.prov('Cloudflare Tunnel', H.cfTunnel(k.g))}
\`\`\`
`,
  ),
];
