// Prose of the firmware and vehicle world in several languages: GitHub issues and forum posts that paste configs,
// Teams/Slack threads with lab colleagues and suppliers, test-bench runbooks, handover notes.
import type { RealWorldDoc } from '../types';
import { embedDoc, V } from './embedValues';

export const EMBED_PROSE_DOCS: RealWorldDoc[] = [
  embedDoc(
    'embed-github-issue-esp32-mqtt',
    ['prose', 'code'],
    'issues/esp-mqtt-412.md',
    (k) => `### ESP32 cannot connect to broker after update to 2.0.14

**Describe the bug**
After updating the arduino-esp32 core the board reconnects every few seconds. Same code worked on 2.0.11.

**Code**
\`\`\`cpp
const char* ssid = "TP-Link_4F2A";
const char* password = "${k.wifi()}";
const char* mqtt_server = "192.168.0.110";
client.connect("ESP32Client", "mqttuser", "${k.spw()}");
\`\`\`

**Serial output**
\`\`\`
[E][WiFiClient.cpp:258] connect(): socket error on fd 48, errno: 113, "Software caused connection abort"
\`\`\`

EDIT: oops, that is my real Wi-Fi password, whatever, it's only reachable from my flat.
`,
  ),

  embedDoc(
    'embed-forum-post-esphome-de',
    ['prose', 'config-syntax'],
    'forum/esphome-shelly-de.md',
    (k) => `**Shelly 1PM mit ESPHome – OTA schlägt fehl**

Hallo zusammen, ich habe meinen Shelly mit ESPHome geflasht und jetzt klappt OTA nicht mehr. Meine YAML:

\`\`\`yaml
wifi:
  ssid: "FRITZ!Box 6660 Cable UX"
  password: "${k.wifi()}"
ota:
  - platform: esphome
    password: "${k.hpw()}"
api:
  encryption:
    key: "${k.s('token', V.esphomeKey(k.g))}"
\`\`\`

Fehlermeldung: \`ERROR Error auth result: Error: Authentication invalid. Is the password correct?\`

Das Passwort in der secrets.yaml ist dasselbe (\`!secret ota_pw\` hatte ich vorher). Jemand eine Idee?

> Antwort: Wenn du das OTA-Passwort änderst, musst du einmal mit dem alten flashen. Und bitte Passwörter hier nicht posten ;)
`,
  ),

  embedDoc(
    'embed-teams-chat-supplier-de',
    ['prose'],
    'chat/teams-export-tier1-bcm.txt',
    (k) => `[10:02] Weber, Lukas (Tier1): Guten Morgen, die neue Seed-Key-DLL für den BCM liegt auf dem Austauschserver.
[10:03] Novak, Jana: Danke! Wie ist der Zugang zum Austauschserver?
[10:05] Weber, Lukas (Tier1): sftp exchange.tier1-example.de, User acme_diag, Passwort ${k.hpw()}
[10:05] Weber, Lukas (Tier1): das ZIP ist zusätzlich verschlüsselt, Passwort kommt per SMS... ach egal: ${k.gpw()}
[10:07] Novak, Jana: 👍 läuft. Für Level 0x11 brauchen wir noch das Secret aus der Spezifikation, Kap. 7.4?
[10:09] Weber, Lukas (Tier1): steht im PDF, ist aber ${k.k128()} (nur Entwicklungsfahrzeuge!)
[10:10] Novak, Jana: Super, danke. VIN vom Versuchsträger ist ${k.n(V.vin(k.g))}, falls ihr die Logs braucht.
`,
  ),

  embedDoc(
    'embed-slack-lab-thread',
    ['prose', 'command-line'],
    'chat/slack-hw-lab.txt',
    (k) => `#hw-lab
mira  09:12  anyone know the password for the new Keysight scope? it wants one for the LAN share
tom   09:15  admin / ${k.hpw()} (I set it last week, will change it to the team vault one later)
mira  09:16  thx. and the bench Pi for HIL rig 2?
tom   09:16  pi / ${k.hpw()}
tom   09:17  ssh pi@hil-rig-2.lab.local
mira  09:40  the J-Link on rig 2 shows serial ${k.n(k.g.digits(9))} but won't connect, is it locked?
tom   09:41  try \`nrfjprog --recover\`, then reflash. Debug auth key is in Vault under lab/nrf5340-authkey, do NOT paste it here
mira  09:41  ok 🙂 (for the record: the vault path is not the key)
`,
  ),

  embedDoc(
    'embed-runbook-eol-provisioning',
    ['prose', 'command-line'],
    'docs/production/eol-provisioning.md',
    (k) => `# End-of-line provisioning, GW-2

## Station PCs
- Windows login: \`eol-station\` / \`${k.hpw()}\`
- Provisioning tool: \`C:\\\\EOL\\\\provision.exe --mes https://mes.plant.local --user eol --password ${k.spw()}\`

## Steps
1. Scan the housing label (serial \`${k.n(V.serial(k.g))}\`, MAC \`${k.n(V.mac(k.g))}\`).
2. The tool requests a device certificate from the PKI (\`est.acme.example.com\`, EST basic auth \`eol-est:${k.spw()}\`).
3. Burn eFuses: \`espefuse.py --do-not-confirm burn_key BLOCK_KEY0 flash_enc_key.bin XTS_AES_128_KEY\`
4. Print the label.

Known issue: if the MES returns HTTP 401, the station password expired; the MES admin resets it to \`${k.u('Start123!')}\` and forces a change.
`,
  ),

  embedDoc(
    'embed-handover-notes-fr',
    ['prose'],
    'docs/passation-banc-hil.md',
    (k) => `# Passation – banc HIL ligne 3

Salut Julien, voici ce qu'il te faut pour le banc pendant mon congé :

- PC du banc : utilisateur \`hil\`, mot de passe : ${k.hpw()}
- dSPACE ControlDesk : licence sur le dongle, pas de mot de passe.
- Le routeur 4G du banc (Teltonika RUT955) : admin / ${k.hpw()}
- Le point d'accès Wi-Fi « HIL-L3 » : clé WPA2 ${k.wifi()}
- Le serveur de logs : voir le coffre KeePass, entrée « hil-logs » (ne pas copier ici).

L'empreinte du certificat du serveur est ${k.n(V.fingerprint(k.g))}, c'est normal qu'elle change chaque année.
`,
  ),

  embedDoc(
    'embed-issue-ja-lorawan',
    ['prose', 'code'],
    'issues/lorawan-join-fail-ja.md',
    (k) => `## LoRaWAN の OTAA Join が失敗します

RAK3172 で TTN に Join できません。AT コマンドのログを貼ります。

\`\`\`
AT+NWM=1
OK
AT+DEVEUI=${k.n(V.eui(k.g))}
OK
AT+APPEUI=${k.n(V.joinEui(k.g))}
OK
AT+APPKEY=${k.k128()}
OK
AT+JOIN=1:0:10:8
OK
+EVT:JOIN_FAILED_RX_TIMEOUT
\`\`\`

ゲートウェイは室内にあります。AppKey はコンソールからコピーしました（MSB）。何が悪いでしょうか？

> 回答：AppKey を公開してしまったので、コンソールで再生成してください。あと周波数プランが AS923-1 か確認を。
`,
  ),

  embedDoc(
    'embed-wiki-zh-gateway',
    ['prose', 'config-syntax'],
    'docs/wiki/网关调试.md',
    (k) => `# 网关调试说明

1. 串口波特率 115200，登录用户 root，密码：${k.hpw()}
2. 修改 4G 模块 APN：\`uci set network.wwan.apn=cmiot && uci commit\`
3. MQTT 平台账号：\`gw_factory\`，密码 \`${k.spw()}\`
4. 阿里云 IoT 三元组（测试设备）：
   - ProductKey: ${k.n('a1' + k.g.alnum(9))}
   - DeviceName: gw-test-003
   - DeviceSecret: ${k.hex(32)}

注意：量产设备的 DeviceSecret 由产线烧录，不要写在文档里。固件 MD5：${k.n(V.md5(k.g))}
`,
  ),

  embedDoc(
    'embed-kakao-ko-bench',
    ['prose'],
    'chat/kakaowork-벤치.txt',
    (k) => `[오전 9:31] 김민수: 벤치 PC 비밀번호 바뀌었나요?
[오전 9:32] 박지훈: 네, 새 비번은 ${k.hpw()} 입니다
[오전 9:33] 김민수: CANoe 라이선스 서버는요?
[오전 9:33] 박지훈: 그건 비번 없어요. 포트 27000
[오전 9:35] 김민수: 진단기 보안 접근 키(레벨 1)도 알려주세요
[오전 9:36] 박지훈: 마스크 값 ${k.s('token', '0x' + k.g.hex(8).toUpperCase())} 쓰시면 됩니다. 양산 ECU에는 안 먹혀요
[오전 9:37] 김민수: 감사합니다 🙏 ECU 시리얼은 ${k.n(V.serial(k.g))}
`,
  ),

  embedDoc(
    'embed-mail-it-supplier-sw',
    ['prose'],
    'mail/leverantor-flash.eml',
    (k) => `From: Erik Lindqvist <erik.lindqvist@leverantor.example.se>
To: diag-team@acme-auto.example.com
Subject: Re: Flashverktyg och åtkomst
Date: Tue, 11 Feb 2025 14:22:10 +0100

Hej!

Här kommer åtkomsten till vår portal för mjukvarunedladdning:
Användare: acme_flash
Lösenord: ${k.hpw()}

Flashfilen (.vbf) är signerad, checksumman är ${k.n(V.sha256(k.g))}.
Nyckeln för säkerhetsåtkomst nivå 0x05 har vi ändrat till ${k.k128()}, den gamla gäller inte längre.

Med vänliga hälsningar
Erik
`,
  ),

  embedDoc(
    'embed-ticket-cs-it',
    ['prose'],
    'tickets/JIRA-FW-2291.md',
    (k) => `**FW-2291: Gateway se po OTA nepřipojí k Wi-Fi**

Popis (Petr Dvořák): Po aktualizaci na 2.4.1 se brána v hale 2 nepřipojí. Heslo Wi-Fi na routeru je pořád ${k.wifi()}, v NVS je ale uloženo staré.

Commento (Giulia Ferri): Ho verificato sul banco, la password di fabbrica del provisioning AP è ${k.spw()} e funziona. Il problema è la migrazione NVS (chiave \`wifi/pass\`), vedi commit ${k.n(V.sha1(k.g).slice(0, 10))}.

Commento (Petr Dvořák): Díky, otestováno. Zavírám.
`,
  ),

  embedDoc(
    'embed-readme-quickstart',
    ['prose', 'command-line', 'precision'],
    'README.md',
    (k) => `# acme-gw firmware

## Quick start
\`\`\`sh
cp include/secrets.h.example include/secrets.h   # then edit it
pio run -e esp32dev -t upload
pio device monitor
\`\`\`

Set \`WIFI_PASS\` and \`MQTT_PASSWORD\` as environment variables for CI builds (\`${k.n('$WIFI_PASS')}\`, \`${k.n('$MQTT_PASSWORD')}\`).
The OTA password defaults to \`${k.n('<ota-password>')}\` and must be changed. For a local broker, \`mosquitto_pub -u test -P ${k.n('<password>')}\` works.

Device defaults (from the factory): web UI \`admin\` / ${k.u('admin')}, AP \`acme-setup\` / ${k.u('12345678')}.

Checksums of the released images are in \`SHA256SUMS\` (e.g. \`${k.n(V.sha256(k.g))}  gw-2.4.1.bin\`).
`,
  ),

  embedDoc(
    'embed-stackoverflow-wpa',
    ['prose', 'config-syntax'],
    'forum/raspberry-wpa-headless.md',
    (k) => `**Q: Raspberry Pi Zero W won't join Wi-Fi headless**

I put this in /boot/wpa_supplicant.conf:

\`\`\`
country=US
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
network={
  ssid="MyHomeNet"
  psk="${k.wifi()}"
}
\`\`\`

**A:** On Bookworm that file is ignored, use \`nmcli dev wifi connect MyHomeNet password ${k.wifi()}\` via the console or Raspberry Pi Imager's settings. Also you can store the hashed PSK instead: run \`wpa_passphrase MyHomeNet\` and paste the \`psk=\` line (64 hex), which is still a secret for that SSID though.
`,
  ),

  embedDoc(
    'embed-meeting-notes-it',
    ['prose'],
    'docs/verbali/2025-02-12-banco-prova.md',
    (k) => `# Verbale riunione banco prova – 12/02

Presenti: Ferri, Rossi, Lindqvist (fornitore)

1. Il fornitore ha consegnato il nuovo bootloader. Password dell'archivio 7z: ${k.gpw()}
2. Accesso VPN al banco remoto: utente \`banco-ext\`, password ${k.hpw()} (scade a fine mese)
3. Il PIN del token HSM di sviluppo è ${k.u('123456')} (default del produttore, da cambiare!)
4. Prossima riunione: 19/02.
`,
  ),
];
