// Web server configs: nginx/Apache basic auth and proxied Authorization headers, .htaccess/.htpasswd pairs,
// .user.ini and php-fpm pools, Caddy/Traefik/HAProxy with hashed and plain credentials.
import { doc } from '../dev/kit';
import type { RealWorldDoc } from '../types';
import { web } from './webValues';

export const WEB_SERVER_DOCS: RealWorldDoc[] = [
  doc('web-nginx-proxy-auth', ['config-syntax', 'http-auth'], 'etc/nginx/sites-available/shop.conf', (k) => {
    const w = web(k);
    return `upstream erp_backend {
    server 10.0.2.15:8069;
    keepalive 16;
}

server {
    listen 443 ssl http2;
    server_name shop.example-moebel.at;

    ssl_certificate     /etc/letsencrypt/live/shop.example-moebel.at/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/shop.example-moebel.at/privkey.pem;

    root /var/www/shop/public;
    index index.php;

    # Staging-Schutz
    location /staging/ {
        auth_basic "Nur intern";
        auth_basic_user_file /etc/nginx/.htpasswd-staging;
    }

    # ERP-API: nginx hängt die Zugangsdaten an, damit sie nicht im Frontend stehen
    location /erp/ {
        proxy_pass http://erp_backend/;
        proxy_set_header Host $host;
        proxy_set_header Authorization "Basic ${w.basic('shop-sync')}";
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    }

    location /lager/ {
        proxy_pass https://lager.example-logistik.at/api/;
        proxy_set_header X-API-Key ${w.tok()};
        proxy_ssl_server_name on;
    }

    location ~ \\.php$ {
        include snippets/fastcgi-php.conf;
        fastcgi_pass unix:/run/php/php8.2-fpm.sock;
        fastcgi_param DB_PASSWORD "${w.hum()}";
        fastcgi_param APP_ENV production;
    }
}
`;
  }),

  doc('web-apache-vhost', ['config-syntax', 'http-auth'], 'etc/apache2/sites-enabled/000-intranet.conf', (k) => {
    const w = web(k);
    return `<VirtualHost *:443>
    ServerName intranet.example-escola.pt
    DocumentRoot /var/www/intranet

    SetEnv DB_HOST localhost
    SetEnv APP_RELEASE ${k.n('2025.03.1')}
    SetEnv BUILD_SHA ${w.sha()}
    SetEnv DB_USER moodle
    SetEnv DB_PASS "${w.hum()}"
    SetEnv MOODLE_CRON_PASSWORD ${w.let()}

    <Location /relatorios>
        ProxyPass http://127.0.0.1:8080/jasperserver/
        ProxyPassReverse http://127.0.0.1:8080/jasperserver/
        RequestHeader set Authorization "Basic ${w.basic('jasperadmin')}"
    </Location>

    # antigo servidor de ficheiros (WebDAV)
    ProxyPass /arquivo https://arquivo:${w.cs()}@nas.example-escola.pt/webdav/
    
    <Directory /var/www/intranet/admin>
        AuthType Basic
        AuthName "Administração"
        AuthUserFile /etc/apache2/.htpasswd
        Require valid-user
    </Directory>

    ErrorLog \${APACHE_LOG_DIR}/intranet_error.log
    CustomLog \${APACHE_LOG_DIR}/intranet_access.log combined
</VirtualHost>
`;
  }),

  doc('web-htaccess-htpasswd', ['config-syntax', 'credential-file', 'precision'], 'public_html/admin/.htpasswd', (k) => {
    const w = web(k);
    return `# erzeugt mit htpasswd -B (bcrypt) bzw. alter Generator (apr1)
admin:${w.apr1()}
redaktion:${w.bcrypt()}
kunde:${k.n(k.raw.ssha(k.g).replace('{SSHA}', '{SHA}'))}
# Klartext-Notiz für den Kunden (bitte löschen!!): kunde / ${w.hum()}
`;
  }),

  doc('web-htaccess-rewrite', ['config-syntax', 'precision'], 'public_html/.htaccess', (k) => {
    const w = web(k);
    return `# BEGIN WordPress
<IfModule mod_rewrite.c>
RewriteEngine On
RewriteRule .* - [E=HTTP_AUTHORIZATION:%{HTTP:Authorization}]
RewriteBase /
RewriteRule ^index\\.php$ - [L]
RewriteCond %{REQUEST_FILENAME} !-f
RewriteCond %{REQUEST_FILENAME} !-d
RewriteRule . /index.php [L]
</IfModule>
# END WordPress

# Wartung: alle außer Büro-IP
AuthType Basic
AuthName "Wartungsmodus"
AuthUserFile /home/www/example/.htpasswd
Require valid-user
Require ip ${w.ip()}

# Blockiert: alte API-Keys im Query-String
RewriteCond %{QUERY_STRING} (^|&)key=${k.n('[A-Za-z0-9]{32}')} [NC]
RewriteRule ^api/ - [F]

SetEnv WP_ENVIRONMENT_TYPE production
SetEnv SMTP_PASSWORD ${w.pw()}
php_value upload_max_filesize 64M
`;
  }),

  doc('web-user-ini', ['config-syntax'], 'public_html/.user.ini', (k) => {
    const w = web(k);
    return `; .user.ini – PHP-Einstellungen für Shared Hosting (gilt ab Verzeichnis abwärts)
memory_limit = 512M
upload_max_filesize = 64M
post_max_size = 64M
max_execution_time = 300
display_errors = Off
date.timezone = "Europe/Berlin"

; mail() über lokales msmtp
sendmail_path = "/usr/bin/msmtp -t --host=smtp.example-mail.de --port=587 --auth=on --user=shop@example-fahrrad.de --passwordeval='echo ${w.hum()}'"

; Umgebungsvariablen gehen hier nicht, daher auto_prepend mit Konstanten:
auto_prepend_file = "/home/shop/secrets.php"

; mysqli Defaults (für ein altes Plugin, das ohne Passwort verbindet)
mysqli.default_user = "shop_legacy"
mysqli.default_pw = "${w.gen()}"
mysqli.default_host = "localhost"
`;
  }),

  doc('web-php-fpm-pool', ['config-syntax'], 'etc/php/8.1/fpm/pool.d/kunde42.conf', (k) => {
    const w = web(k);
    return `[kunde42]
user = kunde42
group = kunde42
listen = /run/php/kunde42.sock
listen.owner = www-data
listen.group = www-data
pm = ondemand
pm.max_children = 8
pm.process_idle_timeout = 10s

php_admin_value[open_basedir] = /var/www/kunde42:/tmp
php_admin_value[error_log] = /var/log/php/kunde42.log
php_admin_flag[log_errors] = on

env[DB_HOST] = 127.0.0.1
env[DB_NAME] = kunde42_shop
env[DB_USER] = kunde42
env[DB_PASSWORD] = ${w.gen()}
env[REDIS_PASSWORD] = ${w.tok()}
env[PATH] = /usr/local/bin:/usr/bin:/bin
env[TMP] = /tmp
`;
  }),

  doc('web-caddyfile', ['config-syntax', 'precision'], 'Caddyfile', (k) => {
    const w = web(k);
    return `{
	email admin@example-studio.io
}

preview.example-studio.io {
	basicauth /* {
		kunde ${w.bcrypt()}
		team ${w.bcrypt()}
	}
	reverse_proxy localhost:3000
}

api.example-studio.io {
	@internal remote_ip 10.0.0.0/8
	reverse_proxy @internal localhost:4000 {
		header_up X-Internal-Token ${w.tok()}
	}
	reverse_proxy localhost:4000
}

stats.example-studio.io {
	reverse_proxy localhost:8000
	header -Server
	# umami: app secret in env, not here -> {env.UMAMI_APP_SECRET}
}
`;
  }),

  doc('web-traefik-labels', ['config-syntax', 'precision'], 'docker-compose.yml', (k) => {
    const w = web(k);
    const hash = k.raw.bcrypt(k.g).replace(/\$/g, '$$$$');
    return `services:
  wordpress:
    image: wordpress:6.5-php8.2-apache
    restart: unless-stopped
    environment:
      WORDPRESS_DB_HOST: db
      WORDPRESS_DB_USER: wp
      WORDPRESS_DB_PASSWORD: ${w.hum()}
      WORDPRESS_DB_NAME: wordpress
      WORDPRESS_CONFIG_EXTRA: |
        define('WP_REDIS_PASSWORD', '${w.tok()}');
    labels:
      - traefik.enable=true
      - traefik.http.routers.wp.rule=Host(\`blog.example-kaffee.ch\`)
      - traefik.http.routers.wp.middlewares=wp-auth
      - "traefik.http.middlewares.wp-auth.basicauth.users=redaktion:${k.n(hash)}"

  db:
    image: mariadb:11
    environment:
      MARIADB_ROOT_PASSWORD: ${w.gen()}
      MARIADB_DATABASE: wordpress
      MARIADB_USER: wp
      MARIADB_PASSWORD: \${WORDPRESS_DB_PASSWORD:-${k.n('changeme')}}
    volumes:
      - db:/var/lib/mysql

  phpmyadmin:
    image: phpmyadmin:5
    environment:
      PMA_HOST: db
      PMA_USER: root
      PMA_PASSWORD: ${k.n('${MARIADB_ROOT_PASSWORD}')}
      PMA_ABSOLUTE_URI: https://pma.example-kaffee.ch/
volumes:
  db: {}
`;
  }),

  doc('web-haproxy-stats', ['config-syntax'], 'etc/haproxy/haproxy.cfg', (k) => {
    const w = web(k);
    return `global
    log /dev/log local0
    maxconn 4096
    user haproxy
    group haproxy

defaults
    mode http
    timeout connect 5s
    timeout client 30s
    timeout server 30s

listen stats
    bind :8404
    stats enable
    stats uri /haproxy?stats
    stats realm HAProxy\\ Statistics
    stats auth admin:${w.hum()}
    stats auth monitoring:${w.gen()}

userlist editors
    user redakteur password ${k.n(k.raw.shaCrypt(k.g))}
    user praktikant insecure-password ${w.pw()}

frontend web
    bind :443 ssl crt /etc/haproxy/certs/
    http-request auth realm cms if { path_beg /wp-admin } !{ http_auth(editors) }
    default_backend wp

backend wp
    http-request set-header X-Backend-Token ${w.tok()}
    server wp1 10.0.1.11:80 check
    server wp2 10.0.1.12:80 check
`;
  }),

  doc('web-nginx-map-api-keys', ['config-syntax'], 'etc/nginx/conf.d/api-keys.conf', (k) => {
    const w = web(k);
    return `# Partner-API-Schlüssel -> Partnername (wird geloggt)
# Neue Partner: Schlüssel mit \`openssl rand -hex 24\` erzeugen, hier eintragen, nginx -s reload
map $http_x_api_key $api_partner {
    default "";
    "${w.hex(48)}" "reisebuero-nord";
    "${w.hex(48)}" "hotelportal";
    "${w.hex(48)}" "app-ios";
    # "${k.n('<neuer-schluessel>')}" "partner-x";
}

log_format api '$remote_addr $api_partner [$time_local] "$request" $status';
`;
  }),

  doc('web-iis-webconfig', ['config-syntax'], 'wwwroot/web.config', (k) => {
    const w = web(k);
    return `<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="DefaultConnection" connectionString="Server=sql${k.g.digits(3)}.site4now.net;Database=db_a${k.g.hex(6)}_crm;User Id=db_a${k.g.hex(6)}_crm_admin;Password=${w.cs()};" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="SmtpServer" value="mail5019.site4now.net" />
    <add key="SmtpUser" value="noreply@example-dental.ae" />
    <add key="SmtpPass" value="${w.hum()}" />
    <add key="PaymentGatewaySecret" value="${w.tok()}" />
    <add key="webpages:Version" value="${k.n('3.0.0.0')}" />
  </appSettings>
  <system.webServer>
    <rewrite>
      <rules>
        <rule name="HTTPS" stopProcessing="true">
          <match url="(.*)" />
          <conditions><add input="{HTTPS}" pattern="off" /></conditions>
          <action type="Redirect" url="https://{HTTP_HOST}/{R:1}" redirectType="Permanent" />
        </rule>
      </rules>
    </rewrite>
    <machineKey validationKey="${w.hex(128)}" decryptionKey="${w.hex(48)}" validation="HMACSHA256" decryption="AES" />
  </system.webServer>
</configuration>
`;
  }),
];
