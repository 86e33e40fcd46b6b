// Runbooks, onboarding pages, meeting notes and handovers of crypto teams, written in many languages: the passwords
// of hot wallets, keystores, dashboards and servers given in sentences, beside addresses, tickets and masked values.
import type { RealWorldDoc } from '../types';
import { W, wDoc } from './web3Values';

export const WEB3_RUNBOOK_DOCS: RealWorldDoc[] = [
  wDoc(
    'web3-runbook-validator-failover',
    ['prose', 'command-line', 'precision'],
    'runbooks/validator-failover.md',
    (k) => `# Validator failover (mainnet)

**Never run two validator clients with the same keys.** Doppelganger protection must stay on.

1. SSH to the standby: \`ssh ops@${W.ipv4(k.g, '10.20')}\` (password ${k.hpw()} until we switch to keys).
2. Stop the primary VC and wait two epochs (check ${k.n('https://beaconcha.in/validator/' + k.g.digits(6))}).
3. Unlock the keystores on the standby: \`echo '${k.spw()}' > /run/vc/pass && systemctl start lighthouse-vc\`.
4. Watch the logs for "Successfully published attestations".
5. The Grafana board \`validators\` (user \`ops\`, password ${k.gpw()}) should show the attestations again.

Ticket template: ${k.n(W.ticket(k.g))}. Escalation: on-call in #staking-ops.
Beacon node metrics are behind basic auth: user \`metrics\`, password ${k.gpw()}.
`,
  ),
  wDoc(
    'web3-onboarding-trading-desk',
    ['prose', 'precision'],
    'wiki/onboarding/trading-desk.md',
    (k) => `# Welcome to the desk 👋

Accounts you get on day one:

| System | User | Initial password | Notes |
|---|---|---|---|
| Fireblocks console | your e-mail | (invite link) | approve on your phone |
| Grafana (PnL boards) | firstname | ${k.hpw()} | change on first login |
| Jump host | firstname | ${k.gpw()} | then add your SSH key |
| Backtest DB (read only) | analyst | ${k.gpw()} | shared account |
| Hummingbot dashboard | desk | ${k.hpw()} | |

Exchange sub-accounts are created by ops only. Never use the master account keys
(${k.n(W.mask(W.binanceKey(k.g)))}) in scripts.
VPN profile password (same for everyone until the SSO project lands): ${k.hpw()}
`,
  ),
  wDoc(
    'web3-meeting-notes-nft-launch',
    ['prose', 'precision'],
    'notes/2025-10-20-launch-sync.md',
    (k) => `# Launch sync — Pixel Frens (20 Oct)

Attendees: Noor, Kai, Lena, Max

- Mint price 0.02 ETH, 3,333 supply, allowlist merkle root ${k.n(W.txHash(k.g))}
- Contract ${k.addr()} verified; ownership to the Safe after mint
- Reveal: metadata CID ${k.n(W.cidV1(k.g))}
- Opensea collection admin login: frens-admin / ${k.hpw()} (Lena will set up 2FA)
- Discord bot panel password: ${k.hpw()}
- Twitter/X: Max has the password (${k.pw()}) — move to the team vault!

Action items: Kai to rotate the deployer key after mint (current one ends in ${k.n('…' + k.g.hex(4))}).
- Snapshot space admin keystore password: ${k.phrase()}
`,
  ),
  wDoc(
    'web3-handover-de',
    ['prose', 'precision'],
    'docs/uebergabe/node-betrieb.md',
    (k) => `# Übergabe Node-Betrieb (an Jonas)

- Erigon-Archivnode: \`erigon-01\`, Login root / ${k.hpw()}
- Monitoring (Prometheus + Alertmanager), Basic-Auth-Benutzer \`prom\`, Passwort: ${k.gpw()}
- Das Passwort für die Keystore-Dateien der Validatoren lautet ${k.phrase()} (bitte nach Übergabe ändern)
- Der Wallet-Export (Ledger) liegt NICHT digital vor. Die Adresse ist ${k.addr()}.
- Offene Tickets: ${k.n(W.ticket(k.g))}, ${k.n(W.ticket(k.g))}

Hinweis: Das Passwort im alten Wiki (${k.n('********')}) ist veraltet.
- Passwort der Hetzner-Robot-Konsole: ${k.hpw()}
`,
  ),
  wDoc(
    'web3-runbook-es',
    ['prose', 'precision'],
    'docs/manual/operaciones-exchange.md',
    (k) => `# Operaciones diarias del bot de arbitraje

1. Entrar al VPS (usuario \`bot\`, contraseña ${k.hpw()}).
2. Revisar que el proceso está vivo: \`systemctl status arb-bot\`.
3. Si Binance devuelve -1021 (timestamp), sincronizar reloj con \`chronyc makestep\`.
4. El panel web de métricas usa la contraseña ${k.gpw()}.
5. Retiros: solo a la dirección fría ${k.n(W.btcAddr(k.g))}; la contraseña de retiro de la cuenta es ${k.hpw()}.

Hash de la última versión desplegada: ${k.n(W.sha1(k.g))}.
La contraseña de la base de datos de operaciones es ${k.gpw()}.
`,
  ),
  wDoc(
    'web3-runbook-pt',
    ['prose', 'precision'],
    'docs/runbooks/nó-solana.md',
    (k) => `# Operação do nó RPC Solana

- Acesso: \`ssh sol@${W.ipv4(k.g, '172.16')}\` — senha ${k.hpw()}
- A senha do painel do Grafana é ${k.gpw()}
- Chave de identidade do validador: \`/home/sol/validator-keypair.json\` (pubkey ${k.n(W.solAddr(k.g))})
- Conta de voto: ${k.n(W.solAddr(k.g))}
- Em caso de atraso de slots: \`solana catchup --our-localhost\`

A senha antiga (${k.n('[removida]')}) foi trocada em 03/2025.
Senha do usuário root do banco de dados: ${k.gpw()}
`,
  ),
  wDoc(
    'web3-notes-zh-wallet-ops',
    ['prose', 'precision'],
    'docs/运维/热钱包.md',
    (k) => `# 热钱包运维说明

- 热钱包地址：${k.addr()}
- Keystore 文件：\`/secure/hot-wallet.json\`，解锁密码：${k.gpw()}
- 归集脚本每小时运行一次，阈值 5 ETH，冷钱包地址：${k.addr()}
- 管理后台账号 admin，密码 ${k.hpw()}
- 链上交易示例：${k.tx()}

注意：助记词只保存在纸质备份中，不要写在任何文档里。
- 数据库 root 密码：${k.gpw()}
`,
  ),
  wDoc(
    'web3-notes-ko-exchange-ops',
    ['prose', 'precision'],
    'docs/운영/거래소-운영.md',
    (k) => `# 거래소 운영 메모

- 콜드월렛 주소: ${k.addr()}
- 핫월렛 키스토어 비밀번호: ${k.gpw()}
- 관리자 페이지 비밀번호: ${k.hpw()} (다음 주 변경 예정)
- 노드 RPC 인증 토큰: ${k.tok()}
- 최근 출금 TXID: ${k.tx()}
- 데이터베이스 비밀번호: ${k.hpw()}
`,
  ),
  wDoc(
    'web3-notes-ja-mining',
    ['prose', 'precision'],
    'docs/マイニング/プール設定.md',
    (k) => `# マイニングプール設定メモ

- プール: stratum+tcp://jp.pool.example:3333
- ワーカー名: ${k.n('yuki.rig01')}、パスワード: ${k.n('x')}（プール側は使わない）
- プールのダッシュボードのパスワード: ${k.hpw()}
- 支払いアドレス: ${k.n(W.btcAddr(k.g))}
- HiveOS のファーム・ハッシュ: ${k.n(k.g.hex(40))}
- HiveOS ログインパスワード: ${k.gpw()}
- 予備プールアカウントのパスワード: ${k.hpw()}
`,
  ),
  wDoc(
    'web3-notes-ru-node',
    ['prose', 'precision'],
    'docs/ноды/инструкция.md',
    (k) => `# Инструкция по ноде Cosmos

- Сервер: ${W.ipv4(k.g, '95')}, пользователь cosmos, пароль ${k.hpw()}
- Пароль от keyring (file backend): ${k.gpw()}
- Адрес валидатора: ${k.n(W.cosmosValoper(k.g))}
- Для голосования: \`gaiad tx gov vote 912 yes --from validator --keyring-backend file\`
- Snapshot: ${k.n('https://snapshots.polkachu.com/snapshots/cosmos/cosmos_' + k.g.digits(8) + '.tar.lz4')}
- Пароль Grafana: ${k.gpw()}
`,
  ),
  wDoc(
    'web3-notes-vi-bot',
    ['prose', 'precision'],
    'docs/huong-dan/bot-giao-dich.md',
    (k) => `# Hướng dẫn chạy bot giao dịch

1. Đăng nhập VPS: root / ${k.hpw()}
2. Mật khẩu cơ sở dữ liệu MySQL: ${k.gpw()}
3. Mật khẩu trang quản trị bot: ${k.hpw()}
4. Ví nhận lợi nhuận: ${k.addr()}
5. Mã giao dịch thử nghiệm: ${k.tx()}
6. Mật khẩu Grafana: ${k.gpw()}
`,
  ),
  wDoc(
    'web3-notes-tr-ops',
    ['prose', 'precision'],
    'docs/operasyon/borsa-botu.md',
    (k) => `# Borsa botu işletim notları

- Sunucu şifresi: ${k.hpw()}
- Yönetim paneli şifresi: ${k.gpw()}
- Soğuk cüzdan adresi: ${k.addr()}
- Son dağıtım işlemi: ${k.tx()}
- Eski şifre ${k.n('(iptal edildi)')} artık çalışmıyor.
- Veritabanı şifresi: ${k.gpw()}
`,
  ),
];
