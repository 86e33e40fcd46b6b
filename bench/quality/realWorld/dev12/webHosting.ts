// Shared hosting back rooms: FTP/SFTP site managers and editor upload configs, deploy scripts, control panel notes.
import { doc } from '../dev/kit';
import type { RealWorldDoc } from '../types';
import { web, b64, pw as rawPw } from './webValues';

export const WEB_HOSTING_DOCS: RealWorldDoc[] = [
  doc('web-filezilla-sitemanager', ['credential-file', 'config-syntax'], 'backup/FileZilla/sitemanager.xml', (k) => {
    const site = (name: string, host: string, user: string, proto: number, port: number) => {
      const enc = k.g.pick([true, true, false]);
      const pass = enc ? k.s('password', b64(rawPw(k.g))) : k.s('password', rawPw(k.g));
      return `            <Server>
                <Host>${host}</Host>
                <Port>${port}</Port>
                <Protocol>${proto}</Protocol>
                <Type>0</Type>
                <User>${user}</User>
                <Pass${enc ? ' encoding="base64"' : ''}>${pass}</Pass>
                <Logontype>1</Logontype>
                <PasvMode>MODE_DEFAULT</PasvMode>
                <EncodingType>Auto</EncodingType>
                <BypassProxy>0</BypassProxy>
                <Name>${name}</Name>
                <SyncBrowsing>0</SyncBrowsing>
                <DirectoryComparison>0</DirectoryComparison>
            </Server>`;
    };
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
<FileZilla3 version="3.66.4" platform="windows">
    <Servers>
        <Folder expanded="1">Kunden
${site('Bäckerei Huber (live)', 'ftp.baeckerei-huber.example.de', 'web123_huber', 0, 21)}
${site('Hotel Seeblick', 'w0${k.g.digits(5)}.kasserver.com', 'w0' + k.g.digits(5), 0, 21)}
${site('Autohaus SFTP', 'ssh.strato.de', 'autohaus-example.de', 1, 22)}
        </Folder>
        <Server>
            <Host>files.example-agentur.de</Host>
            <Port>22</Port>
            <Protocol>1</Protocol>
            <Type>0</Type>
            <User>deploy</User>
            <Logontype>5</Logontype>
            <Keyfile>C:\\Users\\${web(k).who()}\\.ssh\\agentur_ed25519.ppk</Keyfile>
            <Name>Agentur Fileserver (Key)</Name>
        </Server>
        <Server>
            <Host>ftp.kunde-neu.example.de</Host>
            <Port>21</Port>
            <Protocol>0</Protocol>
            <User>kundeneu</User>
            <Logontype>2</Logontype>
            <Name>Kunde neu (Passwort fragen)</Name>
        </Server>
    </Servers>
</FileZilla3>
`;
  }),

  doc('web-winscp-ini', ['credential-file', 'config-syntax'], 'WinSCP.ini', (k) => {
    const w = web(k);
    const obf = () => k.s('password', 'A35C' + k.g.hex(k.g.pick([44, 52, 60])).toUpperCase());
    return `[Configuration\\Interface]
RandomSeedFile=%APPDATA%\\winscp.rnd
Theme=Auto

[Sessions\\klient%20pizzeria/ftp]
HostName=ftp.pizzeria-example.pl
UserName=pizzeria_www
FSProtocol=5
Ftps=0
Password=${obf()}

[Sessions\\klient%20kancelaria/sftp]
HostName=s${k.g.digits(2)}.mydevil.net
UserName=kancelaria
PortNumber=22
Password=${obf()}
PublicKeyFile=

[Sessions\\vps%20agencja]
HostName=${w.ip()}
UserName=root
PublicKeyFile=C:%5CUsers%5Cadmin%5C.ssh%5Cvps.ppk
; hasło do klucza: ${w.hum()}

[SshHostKeys]
ssh-rsa@22:files.example-agentur.de=${k.n('0x10001,0x' + k.g.hex(64))}
ssh-ed25519@22:${w.ip()}=${k.n('0x' + k.g.hex(64))}
`;
  }),

  doc('web-vscode-sftp-json', ['config-syntax', 'credential-file'], '.vscode/sftp.json', (k) => {
    const w = web(k);
    return `{
    "name": "Hostinger - loja",
    "host": "ftp.sabores-do-minho.pt",
    "protocol": "ftp",
    "port": 21,
    "username": "u${k.g.digits(9)}.sabores",
    "password": "${w.pw()}",
    "remotePath": "/public_html",
    "uploadOnSave": true,
    "useTempFile": false,
    "openSsh": false,
    "ignore": [".vscode", ".git", ".DS_Store", "node_modules"],
    "profiles": {
        "staging": {
            "host": "ftp.staging.sabores-do-minho.pt",
            "username": "u${k.g.digits(9)}.staging",
            "password": "${w.hum()}",
            "remotePath": "/domains/staging/public_html"
        },
        "vps": {
            "protocol": "sftp",
            "host": "${w.ip()}",
            "port": 22,
            "username": "deploy",
            "privateKeyPath": "~/.ssh/id_ed25519",
            "passphrase": true
        }
    }
}
`;
  }),

  doc('web-sublime-sftp-config', ['config-syntax', 'credential-file'], 'sftp-config.json', (k) => {
    const w = web(k);
    return `{
    // The tab key will cycle through the settings when first created
    // Visit https://codexns.io/products/sftp_for_subime/settings for help

    // sftp, ftp or ftps
    "type": "sftp",

    "save_before_upload": true,
    "upload_on_save": true,
    "sync_down_on_open": false,
    "sync_skip_deletes": false,
    "sync_same_age": true,
    "confirm_downloads": false,
    "confirm_sync": true,
    "confirm_overwrite_newer": false,

    "host": "vh${k.g.digits(3)}.timeweb.ru",
    "user": "cl${k.g.digits(5)}",
    "password": "${w.gen()}",
    "port": "22",

    "remote_path": "/home/c/cl${k.g.digits(5)}/public_html/",
    "ignore_regexes": [
        "\\\\.sublime-(project|workspace)", "sftp-config(-alt\\\\d?)?\\\\.json",
        "sftp-settings\\\\.json", "/venv/", "\\\\.svn/", "\\\\.hg/", "\\\\.git/",
        "\\\\.bzr", "_darcs", "CVS", "\\\\.DS_Store", "Thumbs\\\\.db", "desktop\\\\.ini"
    ],
    //"file_permissions": "664",
    //"dir_permissions": "775",

    //"extra_list_connections": 0,

    "connect_timeout": 30,
    //"keepalive": 120,
    //"ftp_passive_mode": true,
    //"ftp_obey_passive_host": false,
    //"ssh_key_file": "~/.ssh/id_rsa",
    //"sftp_flags": ["-F", "/path/to/ssh_config"],

    //"preserve_modification_times": false,
    //"remote_time_offset_in_hours": 0,
    //"remote_encoding": "utf-8",
    //"remote_locale": "C",
    //"allow_config_upload": false,
}
`;
  }),

  doc('web-atom-ftpconfig', ['config-syntax', 'credential-file'], '.ftpconfig', (k) => {
    const w = web(k);
    return `{
    "protocol": "ftp",
    "host": "files.000webhost.example",
    "port": 21,
    "user": "${k.g.lower(8)}",
    "pass": "${w.let()}",
    "promptForPass": false,
    "remote": "/public_html/",
    "local": "",
    "secure": false,
    "secureOptions": null,
    "connTimeout": 10000,
    "pasvTimeout": 10000,
    "keepalive": 10000,
    "watch": [],
    "watchTimeout": 500
}
`;
  }),

  doc('web-deploy-lftp', ['command-line', 'code'], 'deploy.sh', (k) => {
    const w = web(k);
    return `#!/bin/bash
# Deploy na hospedagem compartilhada (Locaweb) — roda depois do "npm run build"
# uso: ./deploy.sh [prod|homolog]
set -e

ALVO=\${1:-homolog}
FTP_HOST="ftp.clinica-sorriso.example.com.br"

if [ "$ALVO" = "prod" ]; then
  FTP_USER="clinicasorriso1"
  FTP_PASS='${w.hum()}'
  DIR_REMOTO="/public_html"
else
  FTP_USER="clinicasorriso1_homolog"
  FTP_PASS="${w.pw()}"
  DIR_REMOTO="/homolog"
fi

npm run build

lftp -c "set ftp:ssl-allow no; set net:max-retries 2;
  open -u $FTP_USER,$FTP_PASS $FTP_HOST;
  mirror -R --delete --verbose --exclude-glob .git* dist/ $DIR_REMOTO"

# limpar cache do LiteSpeed
curl -s -u "admin:${w.gen()}" "https://$FTP_HOST:2083/execute/LiteSpeed/purge_all" > /dev/null || true

echo "ok: deploy $ALVO em $(date +%F\\ %T)"
`;
  }),

  doc('web-deploy-curl-ftp', ['command-line'], 'scripts/upload-backup.sh', (k) => {
    const w = web(k);
    return `#!/bin/sh
# nightly: dump + upload to the storage box (cron: 30 3 * * *)
DATE=$(date +%Y%m%d)
mysqldump -u shop -p'${w.gen()}' --single-transaction shop | gzip > /tmp/shop-$DATE.sql.gz
curl -sS -T /tmp/shop-$DATE.sql.gz "ftp://u${k.g.digits(6)}:${w.cs()}@u${k.g.digits(6)}.your-storagebox.de/backups/"
# alt (wenn curl zickt):
# wput /tmp/shop-$DATE.sql.gz ftp://u${k.g.digits(6)}:${k.n('PASSWORT')}@u${k.g.digits(6)}.your-storagebox.de/backups/
sshpass -p "${w.hum()}" scp -o StrictHostKeyChecking=no /tmp/shop-$DATE.sql.gz backup@nas.home.example:/volume1/shop/
rm -f /tmp/shop-$DATE.sql.gz
`;
  }),

  doc('web-git-ftp-config', ['command-line', 'config-syntax'], '.git/config', (k) => {
    const w = web(k);
    return `[core]
	repositoryformatversion = 0
	filemode = false
	bare = false
	logallrefupdates = true
	symlinks = false
	ignorecase = true
[remote "origin"]
	url = https://${k.g.lower(7)}:${k.s('provider', k.raw.p.githubClassic(k.g), 'github')}@github.com/agencia-example/site-clinica.git
	fetch = +refs/heads/*:refs/remotes/origin/*
[branch "main"]
	remote = origin
	merge = refs/heads/main
[git-ftp]
	url = ftp.clinica-example.com.br/public_html
	user = clinica
	password = ${w.hum()}
[git-ftp "homolog"]
	url = ftp.clinica-example.com.br/homolog
	user = clinica_homolog
	password = ${w.pw()}
`;
  }),

  doc('web-deployer-php', ['code', 'config-syntax'], 'deploy.php', (k) => {
    const w = web(k);
    return `<?php
namespace Deployer;

require 'recipe/laravel.php';

set('application', 'portal-ogrenci');
set('repository', 'git@gitlab.com:example-dershane/portal.git');
set('keep_releases', 3);

host('canli')
    ->set('hostname', '${w.ip()}')
    ->set('remote_user', 'deployer')
    ->set('deploy_path', '/var/www/portal');

host('paylasimli') // paylaşımlı hosting (natro), ssh şifreyle :(
    ->set('hostname', 'ftp.example-dershane.com.tr')
    ->set('remote_user', 'dershane')
    ->set('ssh_arguments', ['-o PreferredAuthentications=password'])
    ->set('deploy_path', '~/public_html/portal');

// ssh şifresi: ${w.hum()}   (Ayşe hanımdan alındı, değiştirilecek)

task('veritabani:yedek', function () {
    run('mysqldump -u portal -p"${w.gen()}" portal > ~/yedek/portal-$(date +%F).sql');
});

after('deploy:failed', 'deploy:unlock');
`;
  }),

  doc('web-cpanel-notes', ['prose', 'credential-file'], 'docs/hosting-notes.md', (k) => {
    const w = web(k);
    return `# Hosting – quick notes (don't share outside the team)

## cPanel (HostGator, plan "Baby")
- URL: https://gator${k.g.digits(4)}.hostgator.com:2083
- user: \`bkrycafe\`
- pass: \`${w.gen()}\`
- cPanel API token (for the backup script, created 2024-11-03, name "backup-bot"): \`${k.s('token', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 32))}\`
- used as: \`Authorization: cpanel bkrycafe:<token>\`

## WHM (reseller)
- root access: ask ${w.who()}, it's in Bitwarden ("WHM reseller")
- WHM token for the monitoring: ${k.n('see Bitwarden')}

## Email accounts
| mailbox | password | notes |
|---|---|---|
| hello@ | ${w.hum()} | owner reads this |
| orders@ | ${w.hum()} | forwards to Shopify |
| noreply@ | ${w.gen()} | SMTP for WP Mail SMTP |
| old-info@ | ${k.n('(deleted)')} | |

## MySQL
- \`bkrycafe_wp\` / \`bkrycafe_wpusr\` — password is in wp-config (don't copy here)
- phpMyAdmin via cPanel

## DNS
Cloudflare (account: owner's gmail). API token (Zone.DNS edit only): \`${k.s('provider', k.raw.p.cloudflare(k.g), 'cloudflare')}\`
`;
  }),

  doc('web-plesk-ticket-ru', ['prose'], 'support/ticket-48213.txt', (k) => {
    const w = web(k);
    return `Тема: Не открывается сайт после переноса (Plesk)
От: ${w.who()}@example-studio.ru
Кому: support@hoster.example.ru

Здравствуйте!

Перенесли сайт на новый тариф, теперь 500 ошибка. Доступы ниже, посмотрите пожалуйста.

Панель Plesk: https://${w.ip()}:8443
Логин: studio_admin
Пароль: ${w.hum()}

FTP: тот же логин, пароль другой — ${w.gen()}
База: studio_bitrix / пользователь studio_bx / пароль ${w.pw()}

Для 1С-Битрикс в /bitrix/.settings.php лежит тот же пароль базы, менять не надо.

Заранее спасибо!

--
С уважением,
${w.who()}
Веб-студия «Пример»
тел. +7 (495) ${k.g.digits(3)}-${k.g.digits(2)}-${k.g.digits(2)}
`;
  }),

  doc('web-directadmin-welcome', ['prose', 'precision'], 'mail/welcome-directadmin.eml', (k) => {
    const w = web(k);
    return `From: "Hosting Example" <noreply@hosting-example.pl>
To: ${w.who()}@example-kwiaciarnia.pl
Subject: Twoje konto hostingowe zostało utworzone
Date: Mon, 6 Jan 2025 10:02:11 +0100
Content-Type: text/plain; charset=UTF-8
Message-ID: <${k.n(k.g.hex(24))}@hosting-example.pl>

Dzień dobry,

Twoje konto zostało utworzone. Poniżej dane dostępowe:

Panel DirectAdmin: https://s${k.g.digits(2)}.hosting-example.pl:2222
Nazwa użytkownika: kwiaciarnia
Hasło: ${w.gen()}

Serwer FTP: ftp.example-kwiaciarnia.pl
Login FTP: kwiaciarnia
Hasło FTP: takie samo jak do panelu

Serwer pocztowy: mail.example-kwiaciarnia.pl (IMAP 993, SMTP 465)

Ze względów bezpieczeństwa zalecamy zmianę hasła po pierwszym logowaniu
(Panel > Hasło). Nigdy nie prosimy o podanie hasła w wiadomości e-mail.

Pozdrawiamy,
Zespół Hosting Example
`;
  }),
];
