// Discord, Telegram and Slack exports from crypto communities and teams, in many languages: newbies pasting keys,
// "support" scammers asking for seed phrases, teams sharing testnet keys and exchange logins, next to addresses,
// tx hashes and the documented dev mnemonic.
import type { RealWorldDoc } from '../types';
import { DEV, W, wDoc } from './web3Values';

export const WEB3_CHAT_DOCS: RealWorldDoc[] = [
  wDoc(
    'web3-discord-support-scam',
    ['prose', 'precision'],
    'exports/discord/moonbirds-support-2025-11.txt',
    (k) => `[11/03/2025 14:02] newbie_gm: my mint tx is stuck for 3 hours ${k.tx()}
[11/03/2025 14:03] Support | Mod 🛡️: Hello sir, to sync your wallet please verify it on our dApp validator
[11/03/2025 14:03] Support | Mod 🛡️: enter your 12 words there or send them here and I fix manually
[11/03/2025 14:05] newbie_gm: ok here: ${k.seed()}
[11/03/2025 14:06] real_mod_kat: @newbie_gm THAT IS A SCAMMER. Move your funds NOW. Mods never DM or ask for seed phrases.
[11/03/2025 14:09] newbie_gm: wallet already empty… drained to ${k.addr()}
[11/03/2025 14:10] real_mod_kat: sorry fren. revoke approvals at revoke.cash, report the address to the Etherscan phishing list
[11/03/2025 14:12] newbie_gm: my metamask password was ${k.hpw()} do I need to change it too?
`,
  ),
  wDoc(
    'web3-telegram-team-zh',
    ['prose', 'precision'],
    'exports/telegram/量化小组-2025-10.txt',
    (k) => `[2025-10-08 21:14] 老王: 币安子账户 API 我建好了，只开了现货交易
[2025-10-08 21:15] 老王: API Key: ${k.u(W.binanceKey(k.g))}
[2025-10-08 21:15] 老王: Secret: ${k.prov('binance', W.binanceSecret(k.g))}
[2025-10-08 21:17] 小李: 收到，服务器 IP 加白名单了吗？ ${W.ipv4(k.g, '47')}
[2025-10-08 21:20] 老王: 加了。服务器 root 密码还是 ${k.hpw()}，明天改
[2025-10-08 21:22] 小李: 测试网部署私钥用这个 ${k.pk()}，地址 ${k.addr()}
[2025-10-08 21:30] 老王: 合约哈希 ${k.tx()} 已确认
[2025-10-08 21:35] 小李: 行情数据库密码 ${k.gpw()}，只读账号
`,
  ),
  wDoc(
    'web3-kakaotalk-ko',
    ['prose', 'precision'],
    'exports/kakao/코인방_2025-09.txt',
    (k) => `2025년 9월 14일 오후 10:02, 민준 : 업비트 API 키 새로 발급했어 (조회 전용)
2025년 9월 14일 오후 10:03, 민준 : Access key ${k.u(k.g.alnum(40))}
2025년 9월 14일 오후 10:03, 민준 : Secret key ${k.prov('upbit', k.g.alnum(40))}
2025년 9월 14일 오후 10:05, 지수 : 메타마스크 비밀번호 뭐였지?
2025년 9월 14일 오후 10:06, 민준 : ${k.hpw()} ㅋㅋ 바꿔
2025년 9월 14일 오후 10:07, 지수 : 입금 주소 ${k.addr()} 맞지?
2025년 9월 14일 오후 10:08, 민준 : 응 그리고 TXID ${k.tx()}
2025년 9월 14일 오후 10:10, 지수 : 서버 비번은 ${k.hpw()} 맞아?
`,
  ),
  wDoc(
    'web3-line-ja',
    ['prose', 'precision'],
    'exports/line/ノード運用.txt',
    (k) => `2025/08/02(土)
09:12 健太 バリデータのキーストアのパスワード、共有しておきます → ${k.gpw()}
09:13 健太 ノードのSSH: ubuntu@${W.ipv4(k.g, '133')} パスワード ${k.hpw()}
09:20 由紀 了解。フィー受取アドレスは ${k.addr()} で合ってますか？
09:21 健太 はい。ブロック ${k.n(W.blockNo(k.g))} から提案が入ってます
09:30 由紀 bitFlyer の API シークレットも教えて
09:31 健太 ${k.prov('bitflyer', k.g.base64(43) + '=')}（キー ${k.u(k.g.alnum(22))}）
09:40 由紀 Grafana のパスワードは ${k.hpw()} でした、共有ありがとう
`,
  ),
  wDoc(
    'web3-telegram-ru',
    ['prose', 'precision'],
    'exports/telegram/арбитраж-чат.txt',
    (k) => `Дмитрий, [03.07.2025 18:40]
Кто-нибудь знает, почему бот падает на Bybit с ошибкой 10003 "API key is invalid"?

Алексей, [03.07.2025 18:42]
Скинь конфиг без ключей

Дмитрий, [03.07.2025 18:45]
api_key: ${k.u(W.bybitKey(k.g))}
api_secret: ${k.prov('bybit', W.bybitSecret(k.g))}
testnet: true

Алексей, [03.07.2025 18:46]
Ты только что слил секрет в чат на 4000 человек 🤦 Удаляй ключ. И пароль от сервера тоже смени, ты его вчера писал (${k.hpw()})

Дмитрий, [03.07.2025 18:50]
Удалил. Новый ключ ${k.n(W.mask(W.bybitKey(k.g)))}, теперь только в .env

Дмитрий, [03.07.2025 18:55]
Новый пароль сервера: ${k.gpw()}, скинул сюда чтобы не потерять
`,
  ),
  wDoc(
    'web3-discord-hackathon-en',
    ['prose', 'precision'],
    'exports/discord/ethglobal-team-42.txt',
    (k) => `[Sat 02:11] kai: deployed the escrow to base sepolia ${k.addr()}
[Sat 02:12] kai: deployer pk if you need to redeploy: ${k.pk(false)} (testnet!!)
[Sat 02:13] noor: thx. frontend uses wagmi, WalletConnect projectId ${k.n(W.wcProjectId(k.g))}
[Sat 02:15] noor: also the pinata JWT for the upload route: ${k.prov('pinata', W.pinataJwt(k.g))}
[Sat 02:16] kai: local anvil uses the default "${k.n(DEV.hardhatMnemonic)}" btw
[Sat 02:20] lena: vercel login is team@gm.xyz / ${k.hpw()}
[Sat 02:21] lena: our ENS ${k.n('gmescrow.eth')} points to ${k.addr()}
[Sat 02:25] kai: db password for the indexer is ${k.gpw()}
`,
  ),
  wDoc(
    'web3-telegram-tr',
    ['prose', 'precision'],
    'exports/telegram/kripto-botlar-tr.txt',
    (k) => `[12.05.2025 20:01] Mehmet: BtcTurk API anahtarım çalışmıyor, yardım eder misiniz?
[12.05.2025 20:02] Mehmet: public key ${k.u(k.g.uuid())} private key ${k.prov('btcturk', k.g.base64(43) + '=')}
[12.05.2025 20:04] Elif: Anahtarları buraya yazma! Hemen sil.
[12.05.2025 20:05] Mehmet: tamam. sunucu şifresi de ${k.hpw()} idi onu da değiştiriyorum
[12.05.2025 20:06] Elif: Cüzdan adresini paylaşabilirsin, o sorun değil: ${k.addr()}
[12.05.2025 20:09] Mehmet: yeni sunucu şifresi ${k.hpw()}, kimseye söylemeyin 🙂
`,
  ),
  wDoc(
    'web3-zalo-vi',
    ['prose', 'precision'],
    'exports/zalo/nhom-dau-tu.txt',
    (k) => `[10/06/2025 21:30] Minh: Anh em ơi, ví Trust Wallet của mình bị mất, ai biết khôi phục không?
[10/06/2025 21:31] Tuấn: Dùng cụm từ khôi phục 12 từ nhé
[10/06/2025 21:33] Minh: đây: ${k.seed()}
[10/06/2025 21:34] Tuấn: Đừng gửi cụm từ này cho ai!!! Chuyển tiền sang ví mới ngay.
[10/06/2025 21:40] Minh: ok mật khẩu ví mới là ${k.hpw()} nhé để nhớ
[10/06/2025 21:41] Tuấn: Địa chỉ ví mới ${k.addr()}
[10/06/2025 21:45] Minh: mật khẩu tài khoản sàn mới là ${k.hpw()}
`,
  ),
  wDoc(
    'web3-whatsapp-es',
    ['prose', 'precision'],
    'exports/whatsapp/grupo-cripto-es.txt',
    (k) => `15/4/25, 19:02 - Carlos: La contraseña de Binance de la empresa es ${k.hpw()}
15/4/25, 19:03 - Ana: Y el 2FA? lo tiene Pedro
15/4/25, 19:05 - Carlos: Para el bot de grid la clave API es ${k.u(W.binanceKey(k.g))} y el secret ${k.prov('binance', W.binanceSecret(k.g))}
15/4/25, 19:06 - Ana: Dirección de depósito USDT (TRC20): ${k.n('T' + k.g.chars('123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz', 33))}
15/4/25, 19:10 - Carlos: <Multimedia omitido>
15/4/25, 19:12 - Ana: y la del correo de soporte es ${k.hpw()}
`,
  ),
  wDoc(
    'web3-slack-pt',
    ['prose', 'precision'],
    'exports/slack/time-defi-pt.txt',
    (k) => `João Silva  10:04
bom dia! subi o indexer, senha do postgres: ${k.gpw()}
Mariana  10:06
e a chave da Alchemy? a antiga estourou o limite
João Silva  10:07
nova: ${k.prov('alchemy', W.alchemyKey(k.g))}
Mariana  10:09
valeu. o hash do deploy é ${k.tx()}, contrato ${k.addr()}
João Silva  10:12
a senha da carteira de operações (keystore) é ${k.phrase()}
Mariana  10:15
a senha do grafana mudou para ${k.gpw()}
`,
  ),
  wDoc(
    'web3-matrix-de',
    ['prose', 'precision'],
    'exports/matrix/staking-ops-de.txt',
    (k) => `[2025-09-01 08:15] lukas: Moin, der neue Teku-Validator läuft. Keystore-Passwort: ${k.gpw()}
[2025-09-01 08:16] lukas: Grafana: admin / ${k.hpw()}
[2025-09-01 08:20] anna: Danke. Fee-Recipient ist ${k.addr()}?
[2025-09-01 08:21] lukas: Ja. Pubkey des Validators: ${k.n(W.blsPub(k.g))}
[2025-09-01 08:25] anna: Die Mnemonic liegt nur auf Papier im Tresor, oder?
[2025-09-01 08:26] lukas: Richtig, nirgends digital. Die Wörter "${k.n('abandon ability able about above absent')}" im Wiki sind nur das Beispiel aus der Doku.
[2025-09-01 08:30] anna: Und das Passwort für den Jump-Host?
[2025-09-01 08:31] lukas: ${k.hpw()}
`,
  ),
  wDoc(
    'web3-discord-dev-help',
    ['prose', 'precision'],
    'exports/discord/foundry-support.txt',
    (k) => `[Thu 16:40] anon_dev: why does cast say "invalid private key"? I pass --private-key ${k.n('0xabc...123')}
[Thu 16:41] helper: paste the real one without 0x? no wait, don't paste it
[Thu 16:42] anon_dev: it's testnet only: ${k.pk()}
[Thu 16:45] helper: your key has 66 chars incl 0x, that's fine. error is the RPC: ${k.n('https://sepolia.infura.io/v3/YOUR_PROJECT_ID')}
[Thu 16:46] anon_dev: ahh I left the placeholder. ty
[Thu 16:47] helper: and please rotate that key, bots sweep public chats in seconds
[Thu 16:50] anon_dev: done, new key is in a keystore now, password ${k.gpw()}
`,
  ),
];
