// How shop people reach their servers and back offices: FTP client exports, .my.cnf/.pgpass/.netrc, Magento 1
// local.xml, JTL-Wawi and other ERP connection strings, Ansible vars, shell histories and password lists
// handed over between store owners and agencies.
import type { RealWorldDoc } from '../types';
import { shopDoc, V } from './shopValues';

export const SHOP_ACCESS_DOCS: RealWorldDoc[] = [
  shopDoc(
    'shop-filezilla-sitemanager',
    ['credential-file', 'config-syntax'],
    'backup/FileZilla/sitemanager.xml',
    (k) => `<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.67.1" platform="windows">
  <Servers>
    <Folder expanded="1">Kunden
      <Server>
        <Host>ftp.teeladen.example</Host>
        <Port>21</Port>
        <Protocol>0</Protocol>
        <Type>0</Type>
        <User>teeladen_ftp</User>
        <Pass encoding="base64">${k.s('password', V.b64(V.safePw(k.g)))}</Pass>
        <Logontype>1</Logontype>
        <Name>Teeladen Live</Name>
      </Server>
      <Server>
        <Host>sftp.bergsport.example</Host>
        <Port>22</Port>
        <Protocol>1</Protocol>
        <User>deploy</User>
        <Keyfile>C:\\Users\\nina\\.ssh\\bergsport_ed25519</Keyfile>
        <Logontype>5</Logontype>
        <Name>Bergsport SFTP</Name>
      </Server>
      <Server>
        <Host>ftp.idealo.example</Host>
        <Port>21</Port>
        <User>casalinga_idealo</User>
        <Pass>${k.hpw()}</Pass>
        <Logontype>1</Logontype>
        <Name>Idealo Feed</Name>
      </Server>
    </Folder>
  </Servers>
</FileZilla3>
`,
  ),
  shopDoc(
    'shop-my-cnf-and-pgpass',
    ['credential-file'],
    'ops/dotfiles-shopserver.txt',
    (k) => `==> /root/.my.cnf <==
[client]
user=root
password=${k.gpw()}

[mysqldump]
user=backup
password="${k.pw()}"

==> /home/deploy/.pgpass <==
# hostname:port:database:username:password
pg-checkout.internal:5432:checkout:checkout:${k.spw()}
pg-checkout.internal:5432:*:readonly:${k.spw()}

==> /home/deploy/.netrc <==
machine repo.magento.com login ${k.n(V.magentoRepoKey(k.g))} password ${k.s('token', V.magentoRepoKey(k.g))}
machine ftp.steuerbuero.example login datev_export password ${k.spw()}
`,
  ),
  shopDoc(
    'shop-magento1-local-xml',
    ['config-syntax'],
    'app/etc/local.xml',
    (k) => `<?xml version="1.0"?>
<config>
    <global>
        <install>
            <date><![CDATA[Thu, 12 Mar 2015 09:41:17 +0000]]></date>
        </install>
        <crypt>
            <key><![CDATA[${k.hex(32)}]]></key>
        </crypt>
        <disable_local_modules>false</disable_local_modules>
        <resources>
            <db>
                <table_prefix><![CDATA[]]></table_prefix>
            </db>
            <default_setup>
                <connection>
                    <host><![CDATA[localhost]]></host>
                    <username><![CDATA[mage_shop]]></username>
                    <password><![CDATA[${k.pw()}]]></password>
                    <dbname><![CDATA[mage_papeterie]]></dbname>
                    <initStatements><![CDATA[SET NAMES utf8]]></initStatements>
                    <model><![CDATA[mysql4]]></model>
                    <type><![CDATA[pdo_mysql]]></type>
                    <active>1</active>
                </connection>
            </default_setup>
        </resources>
        <session_save><![CDATA[files]]></session_save>
    </global>
    <admin>
        <routers>
            <adminhtml>
                <args>
                    <frontName><![CDATA[backoffice]]></frontName>
                </args>
            </adminhtml>
        </routers>
    </admin>
</config>
`,
  ),
  shopDoc(
    'shop-jtl-wawi-connection',
    ['config-syntax', 'code'],
    'connector/appsettings.json',
    (k) => `{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Wawi": "Server=BUERO-SRV\\\\JTLWAWI;Database=eazybusiness;User Id=sa;Password=${k.cs()};TrustServerCertificate=True",
    "Shop": "Server=mysql-01.internal;Port=3306;Database=shopware;Uid=connector;Pwd=${k.cs()};SslMode=Required"
  },
  "Shopware": {
    "BaseUrl": "https://www.kaffeewerk.example",
    "ClientId": "${k.n(V.shopwareAccessKey(k.g))}",
    "ClientSecret": "${k.s('token', V.shopwareSecret(k.g))}"
  },
  "Sync": { "IntervalSeconds": 300, "Warehouses": ["Standardlager", "Amazon FBA"] }
}
`,
  ),
  shopDoc(
    'shop-ansible-group-vars',
    ['config-syntax', 'precision'],
    'ansible/group_vars/shop_prod.yml',
    (k) => `---
magento_base_url: https://www.bergsport.example/
magento_admin_user: jberg
magento_admin_password: ${k.pw()}
magento_db_password: "{{ vault_magento_db_password }}"
mysql_root_password: ${k.gpw()}
rabbitmq_users:
  - user: magento
    password: ${k.gpw()}
    vhost: /
    tags: []
redis_requirepass: ${k.gpw()}
opensearch_admin_password: "${k.pw()}"
php_fpm_pool_user: www-data
ssl_certificate_key_path: /etc/ssl/private/bergsport.key
ssh_deploy_public_key: "ssh-ed25519 ${k.n('AAAAC3NzaC1lZDI1NTE5AAAAI' + k.g.base64(43))} deploy@ci"
`,
  ),
  shopDoc(
    'shop-bash-history-shopserver',
    ['command-line', 'precision'],
    'forensics/web01-bash_history.txt',
    (k) => `cd /var/www/bergsport/current
bin/magento cache:clean
mysql -u m2_prod -p${k.spw()} m2_prod -e "select count(*) from sales_order where created_at > now() - interval 1 day"
mysqldump -h 127.0.0.1 -u backup --password=${k.spw()} m2_prod | gzip > /tmp/m2.sql.gz
redis-cli -a ${k.spw()} FLUSHDB
sshpass -p ${k.spw()} scp /tmp/m2.sql.gz backup@nas.bergsport.lan:/volume1/db/
curl -u admin:${k.spw()} -XGET "http://localhost:9200/_cat/indices?v"
htpasswd -b /etc/nginx/.htpasswd-feeds channable ${k.spw()}
bin/magento admin:user:unlock jberg
php -r 'echo password_hash("${k.spw()}", PASSWORD_DEFAULT);'
history | grep -i pass
git log --oneline -3
`,
  ),
  shopDoc(
    'shop-password-list-it',
    ['prose'],
    'docs/password_negozio.txt',
    (k) => `PASSWORD NEGOZIO (aggiornato 03/2024) — NON INOLTRARE

Pannello WooCommerce ........ admin / ${k.hpw()}
Hosting Aruba ............... casalinga / ${k.hpw()}
Casella ordini@ ............. ${k.hpw()}
Nexi XPay (back office) ..... ${k.gpw()}
Nexi alias ${k.n('payment_' + k.g.digits(7))}, chiave MAC: ${k.s('token', k.g.alnum(32))}
BRT (corriere) .............. 1020304 / ${k.hpw()}
Amazon Seller Central ....... ordini@casalinga.example / ${k.hpw()}
Wi-Fi magazzino ............. ${k.pw()}
`,
  ),
  shopDoc(
    'shop-onboarding-checklist-nl',
    ['prose', 'precision'],
    'docs/onboarding-nieuwe-medewerker.md',
    (k) => `# Onboarding webshop-medewerker (Bloemenhuis)

1. Je krijgt een eigen WordPress-account (rol: Shop manager). Tijdelijk wachtwoord: **${k.hpw()}** — wijzig het bij
   de eerste login.
2. Sendcloud (verzendlabels): inloggen met het gedeelde account \`logistiek@bloemenhuis.example\`, wachtwoord
   \`${k.gpw()}\`.
3. Mollie dashboard: vraag Sanne om een uitnodiging, **nooit** de API-keys gebruiken.
4. Pinautomaat in de winkel: beheerderscode is ${k.u(k.g.digits(4))}.
5. Wachtwoorden staan verder in Bitwarden (collectie "Webshop"), niet in dit document.

Handige links: bestellingen met status \`wc-processing\`, retouren via formulier RMA-${k.n(k.g.digits(5))}.
`,
  ),
  shopDoc(
    'shop-docker-env-file-sylius',
    ['config-syntax'],
    'sylius/.env.prod.local',
    (k) => `APP_ENV=prod
APP_DEBUG=0
APP_SECRET=${k.hex(32)}
DATABASE_URL=mysql://sylius:${k.cs()}@mysql:3306/sylius_prod?serverVersion=8.0
MAILER_DSN=smtp://postmaster%40mg.biciclo.example:${k.cs()}@smtp.eu.mailgun.org:587
MESSENGER_TRANSPORT_DSN=amqp://sylius:${k.cs()}@rabbitmq:5672/%2f/messages
JWT_PASSPHRASE=${k.pw()}
PAYUM_PAYPAL_USERNAME=biz_api1.biciclo.example
PAYUM_PAYPAL_PASSWORD=${k.s('password', k.g.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 16))}
PAYUM_PAYPAL_SIGNATURE=${k.s('token', `A${k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.-', 55)}`)}
`,
  ),
  shopDoc(
    'shop-deploy-key-gitlab-variable',
    ['credential-file', 'config-syntax'],
    'ops/ci-variables-export.json',
    (k) => `[
  { "key": "SSH_PRIVATE_KEY", "variable_type": "file", "protected": true, "masked": false, "value": "${k.key(V.pem(k.g, 'RSA PRIVATE KEY').replace(/\n/g, '\\n'))}" },
  { "key": "MAGENTO_PUBLIC_KEY", "variable_type": "env_var", "protected": false, "masked": false, "value": "${k.n(V.magentoRepoKey(k.g))}" },
  { "key": "MAGENTO_PRIVATE_KEY", "variable_type": "env_var", "protected": true, "masked": true, "value": "${k.s('token', V.magentoRepoKey(k.g))}" },
  { "key": "DEPLOY_HOST", "variable_type": "env_var", "protected": false, "masked": false, "value": "web01.bergsport.example" },
  { "key": "STAGING_BASIC_AUTH", "variable_type": "env_var", "protected": false, "masked": false, "value": "agentur:${k.pw()}" }
]
`,
  ),
  shopDoc(
    'shop-pos-terminal-ini',
    ['config-syntax'],
    'pos/kasse.ini',
    (k) => `[Kasse]
Filiale=Hamburg Altona
KassenNr=2
TSE=Fiskaly
[Fiskaly]
ApiKeyTest=${k.ph()}
ApiKeyLive=${k.s('token', `live_${k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 25)}`)}
ApiSecret=${k.s('token', k.g.alnum(43))}
AdminPuk=${k.gpw()}
AdminPin=${k.u(k.g.digits(5))}
[Shop]
WooUrl=https://teeladen.example
WooUser=kasse
WooAppPassword=${k.s('password', `${k.g.alnum(4)} ${k.g.alnum(4)} ${k.g.alnum(4)} ${k.g.alnum(4)} ${k.g.alnum(4)} ${k.g.alnum(4)}`)}
[Datenbank]
Pfad=C:\\Kasse\\daten.fdb
Benutzer=SYSDBA
Passwort=${k.pw()}
`,
  ),
  shopDoc(
    'shop-ticket-pl-hosting',
    ['prose'],
    'tickets/HOST-2291.txt',
    (k) => `Temat: Migracja sklepu na nowy serwer (home.pl -> VPS)

Dzień dobry,

w załączeniu dane do starego hostingu:
- panel: sklepik / ${k.hpw()}
- baza MySQL: sklepik_presta / ${k.gpw()}
- FTP: ftp.sklepik.example, login sklepik_ftp, hasło ${k.hpw()}

Nowy VPS: root@${k.n(V.ipv4(k.g, '91'))}, hasło roota wyślę SMS-em (nie mailem!).
Hasło do panelu administracyjnego PrestaShop zostaje bez zmian: ${k.hpw()}

Pozdrawiam,
Marek
`,
  ),
  shopDoc(
    'shop-hosting-welcome-mail-fr',
    ['prose', 'logs-and-output'],
    'mails/bienvenue-hebergement.eml',
    (k) => `From: "OVHcloud" <noreply@ovh.example>
To: contact@papeterie.example
Subject: Votre hébergement papeterie-fine.example est prêt

Bonjour,

Votre hébergement Pro est installé. Voici vos identifiants :

  Serveur FTP/SSH : ftp.cluster031.hosting.ovh.example
  Identifiant : papeter
  Mot de passe : ${k.gpw()}

  Base de données : papeterdb.mysql.db
  Utilisateur : papeterdb
  Mot de passe : ${k.gpw()}

Pour des raisons de sécurité, nous vous conseillons de modifier ces mots de passe depuis votre espace client.

L'équipe OVHcloud
Référence : ${k.n(k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 12))}
`,
  ),
  shopDoc(
    'shop-winscp-ini',
    ['credential-file'],
    'backup/WinSCP.ini',
    (k) => `[Configuration\\Interface]
RandomSeedFile=%APPDATA%\\winscp.rnd

[Sessions\\bergsport-prod]
HostName=web01.bergsport.example
UserName=deploy
PortNumber=22
FSProtocol=2
PublicKeyFile=C:%5CUsers%5Cnina%5C.ssh%5Cbergsport.ppk

[Sessions\\teeladen-ftp]
HostName=ftp.teeladen.example
UserName=teeladen_ftp
FSProtocol=5
Ftps=0
Password=${k.u('A35C' + k.g.hex(60).toUpperCase())}

[Sessions\\zapatos]
HostName=ftp.zapatos-madrid.example
UserName=ftp_tienda
; plain password from the client's mail, WinSCP did not encrypt it because the master password is off
PasswordPlain=${k.hpw()}
`,
  ),
];
