// rw-dev9 cmd part: command lines in other people's words and in output: non-English notes and chats that
// quote commands, `set -x` traces, `ps` listings, docker inspect, terminal sessions pasted into tickets.
import type { RealWorldDoc } from '../types';
import { cdoc } from './cmdValues';

export const CMD_MISC_DOCS: RealWorldDoc[] = [
  cdoc(
    'cmd-set-x-trace',
    ['command-line', 'logs-and-output'],
    'logs/deploy-2025-10-21.log',
    (c) => `+ cd /srv/shop
+ git fetch origin
+ git reset --hard origin/main
HEAD is now at ${c.n(c.g.hex(7))} fix checkout rounding
+ export DB_PASSWORD=${c.bpw()}
+ DB_PASSWORD=${c.n('[hidden]')}
+ mysql -h db01 -u shop -p${c.bpw()} shop -e 'SELECT COUNT(*) FROM migrations'
mysql: [Warning] Using a password on the command line interface can be insecure.
COUNT(*)
212
+ curl -fsS -H 'X-Api-Key: ${c.tok()}' https://cdn-admin.example.net/purge -d 'path=/*'
{"status":"ok","id":"${c.reqId()}"}
+ systemctl restart shop-php
`,
  ),

  cdoc(
    'cmd-ps-aux-output',
    ['command-line', 'logs-and-output'],
    'tickets/INC-8812-ps.txt',
    (c) => `USER       PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND
root         1  0.0  0.1 167364 11828 ?        Ss   Oct20   0:09 /sbin/init
mysql      812  1.2 18.4 2398112 1489320 ?     Ssl  Oct20  41:10 /usr/sbin/mysqld
app       2291  0.4  2.1 912344 171220 ?       Sl   09:12   0:33 java -Xmx1g -Dspring.datasource.password=${c.bpw()} -jar /opt/app/app.jar
app       2390  0.0  0.3  90112 25400 ?        S    09:13   0:00 /usr/bin/python3 worker.py --redis-url redis://:${c.cs()}@10.0.0.7:6379/1
backup    4410  0.1  0.0  12000  3120 ?        S    02:15   0:02 mysqldump -u backup -p${c.n('xxxxxxxxxxx')} --all-databases
root      5120  0.0  0.0   9000   900 pts/0    S+   10:01   0:00 grep --color=auto mysql
nobody    5301  0.0  0.1  22000  8000 ?        S    10:02   0:00 /usr/local/bin/exporter --web.listen-address=:9104 --mysqld.password=${c.gbpw()}
`,
  ),

  cdoc(
    'cmd-docker-inspect-env',
    ['command-line', 'logs-and-output'],
    'tickets/SUP-301-inspect.json',
    (c) => `[
  {
    "Id": "${c.n(c.g.hex(64))}",
    "Created": "2025-10-19T07:41:12.913Z",
    "Path": "docker-entrypoint.sh",
    "Args": ["postgres", "-c", "max_connections=200"],
    "Config": {
      "Hostname": "${c.n(c.g.hex(12))}",
      "Env": [
        "POSTGRES_PASSWORD=${c.gbpw()}",
        "POSTGRES_USER=keycloak",
        "KC_DB_PASSWORD=${c.bpw()}",
        "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
        "PG_SHA256=${c.n(c.g.hex(64))}",
        "LANG=en_US.utf8"
      ],
      "Image": "postgres:16.4"
    }
  }
]
`,
  ),

  cdoc(
    'cmd-zh-notes-commands',
    ['command-line', 'prose'],
    'docs/zh/运维笔记.md',
    (c) => `# 运维笔记

## 数据库
连接生产库（只读账号）：

    mysql -h 10.8.0.12 -P 3306 -u readonly -p${c.bpw()} order_db

备份用的账号密码是 ${c.n('backup')} / ${c.pw()}，每季度更换一次。

## 跳板机
    sshpass -p '${c.pw()}' ssh -p 60022 ops@jump.example.cn

## 对象存储
    ossutil config -e oss-cn-hangzhou.aliyuncs.com -i ${c.u('LTAI' + c.g.alnum(20))} -k ${c.tok(c.g.alnum(30))}
`,
  ),

  cdoc(
    'cmd-ja-runbook',
    ['command-line', 'prose'],
    'docs/ja/手順書-リリース.md',
    (c) => `# リリース手順

1. 踏み台にログイン: \`ssh release@bastion.example.jp\`
2. DBのバックアップ:
   \`pg_dump "postgresql://release:${c.cs()}@db-prod.example.jp/app" > before_release.sql\`
3. デプロイ: \`DEPLOY_KEY=${c.tok()} ./deploy.sh production\`
4. 確認: \`curl -u admin:${c.bpw()} https://admin.example.jp/health\`

※パスワードは「${c.n('パスワード管理表.xlsx')}」を参照（このページには書かないこと）
`,
  ),

  cdoc(
    'cmd-ko-chat-export',
    ['command-line', 'prose'],
    'chat/infra-channel-export.txt',
    (c) => `[2025-10-14 10:21] 김민지: 스테이징 redis 접속 안 돼요
[2025-10-14 10:22] 박준호: redis-cli -h stg-redis -a ${c.bpw()} 로 해보세요
[2025-10-14 10:23] 김민지: 됐어요 감사합니다
[2025-10-14 10:40] 박준호: 그리고 젠킨스 배포 계정 비번 바뀜 → ${c.pw()}
[2025-10-14 10:41] 이서연: 채팅에 비번 올리지 마세요 ㅠㅠ 볼트에 넣어주세요
[2025-10-14 10:42] 박준호: vault kv put secret/jenkins/deploy password=${c.bpw()}
[2025-10-14 10:42] 박준호: 넣었어요
`,
  ),

  cdoc(
    'cmd-ru-wiki-commands',
    ['command-line', 'prose'],
    'wiki/ru/dostup-k-serveram.md',
    (c) => `# Доступ к серверам

Подключение к 1С-серверу:

    net use \\\\srv1c\\bases /user:OFFICE\\buh ${c.bpw()}

Перезапуск агента (пароль администратора кластера — ${c.pw()}):

    rac cluster admin --cluster=${c.n(c.g.uuid())} --cluster-user=admin --cluster-pwd=${c.bpw()} list

Postgres для 1С:

    psql -h srv1c -U postgres -W
    PGPASSWORD=${c.bpw()} pg_dump -h srv1c -U postgres buh_2025 > buh.sql
`,
  ),

  cdoc(
    'cmd-es-pt-notes',
    ['command-line', 'prose'],
    'docs/notas-servidor.md',
    (c) => `# Notas del servidor de facturación

Para entrar a la base de datos (usuario facturacion, contraseña ${c.pw()}):

    mysql -u facturacion -p -h 192.168.1.20 facturas

Reiniciar el servicio SMTP con la nueva clave:

    postconf -e "smtp_sasl_password_maps = static:avisos@empresa.example:${c.bpw()}"
    systemctl reload postfix

## Notas (pt-BR) do João
Backup do banco: \`mysqldump -u backup -p'${c.pw()}' --all-databases > /backup/full.sql\`
Senha do root do Proxmox: ${c.pw()}  (trocar depois da migração!)
`,
  ),

  cdoc(
    'cmd-tr-pl-notes',
    ['command-line', 'prose'],
    'notes/sunucu-notlari.txt',
    (c) => `Sunucu notları (Mehmet)
------------------------
FTP yükleme: curl -T rapor.pdf ftp://muhasebe:${c.cs()}@ftp.sirket.example/raporlar/
VPN kullanıcı: mehmet.k  şifre: ${c.pw()}
Yedek zip şifresi: ${c.bpw()}   -> 7z x -p... yedek.7z

Notatki (Agnieszka)
-------------------
Hasło do routera: ${c.pw()}
Logowanie: ssh admin@192.168.0.1 (hasło jak wyżej)
Skrypt kopii: rsync -av --password-file=${c.n('/etc/rsync.pass')} /dane backup@nas::kopie
Hash z /etc/shadow dla porównania: ${c.n('$y$j9T$' + c.g.base64(22).replace(/[+]/g, '.') + '$' + c.g.base64(43).replace(/[+]/g, '.'))}
`,
  ),

  cdoc(
    'cmd-terminal-paste-ticket',
    ['command-line', 'logs-and-output', 'prose'],
    'tickets/HELP-1207.md',
    (c) => `**Subject:** Cannot connect to staging DB after password change

Hi team, I get this error since this morning:

\`\`\`
$ psql -h stg-db.example.net -U bob -d orders
Password for user bob:
psql: error: connection to server at "stg-db.example.net" (10.2.0.14), port 5432 failed: FATAL:  password authentication failed for user "bob"
$ PGPASSWORD='${c.pw()}' psql -h stg-db.example.net -U bob -d orders
psql: error: ... FATAL:  password authentication failed for user "bob"
$ PGPASSWORD='${c.pw()}' psql -h stg-db.example.net -U bob -d orders
psql (16.3)
orders=>
\`\`\`

So the old one (first try) fails and the new one works only from my laptop? From the build agent:

\`\`\`
$ curl -s -u bob:${c.bpw()} https://ci.example.net/job/orders/lastBuild/consoleText | tail -3
ERROR: ${c.n('Access denied for user bob (correlation id ' + c.g.uuid() + ')')}
\`\`\`
`,
  ),

  cdoc(
    'cmd-fr-script-commentaires',
    ['command-line'],
    'scripts/sauvegarde.sh',
    (c) => `#!/bin/bash
# Script de sauvegarde quotidienne — NE PAS modifier sans prévenir Camille
# mot de passe de chiffrement de l'archive :
CLE_ARCHIVE="${c.pp()}"
MDP_BDD=${c.bpw()}   # utilisateur sauvegarde, lecture seule

mysqldump -u sauvegarde --password=${c.n('"$MDP_BDD"')} --all-databases | gzip > /tmp/bdd.sql.gz
tar czf - /etc /var/www /tmp/bdd.sql.gz | openssl enc -aes-256-cbc -pbkdf2 -pass pass:${c.n('"$CLE_ARCHIVE"')} > /mnt/nas/sauvegarde-$(date +%u).tar.gz.enc
smbclient //nas/sauvegardes -U sauvegarde%${c.bpw()} -c "put /mnt/nas/sauvegarde-$(date +%u).tar.gz.enc"
`,
  ),
];
