// Reverse proxies and single sign-on: Traefik labels and static config, Caddyfiles, Nginx, Nginx Proxy Manager,
// Authelia configuration.yml and users database, Authentik blueprints. htpasswd hashes are the look-alikes here.
import type { RealWorldDoc } from '../types';
import { hDoc, H } from './selfhostValues';

export const SELFHOST_PROXY_DOCS: RealWorldDoc[] = [
  hDoc(
    'traefik-static',
    ['config-syntax', 'precision'],
    'traefik/traefik.yml',
    (k) => `entryPoints:
  web: { address: ":80" }
  websecure: { address: ":443" }
api:
  dashboard: true
certificatesResolvers:
  letsencrypt:
    acme:
      email: admin@example.net
      eab: { kid: ${k.n(k.g.alnum(22))}, hmacEncoded: ${k.ph()} }
      storage: /letsencrypt/acme.json
      dnsChallenge:
        provider: cloudflare
        resolvers: ["1.1.1.1:53"]
providers:
  docker: { exposedByDefault: false }
# env for the container:
#   CF_DNS_API_TOKEN=${k.prov('Cloudflare', H.cfToken(k.g))}
#   CF_API_EMAIL=${k.n('you@example.com')}
#   CF_ZONE_API_TOKEN=${k.n('${CF_DNS_API_TOKEN}')}
`,
  ),

  hDoc(
    'traefik-labels-basicauth',
    ['config-syntax', 'precision'],
    'traefik/docker-compose.yml',
    (k) => `services:
  traefik:
    image: traefik:v3.1
    labels:
      - "traefik.http.routers.dashboard.rule=Host(\`traefik.lab.example.net\`)"
      - "traefik.http.routers.dashboard.middlewares=dash-auth"
      # echo $(htpasswd -nB admin) | sed -e s/\\$/\\$\\$/g
      - "traefik.http.middlewares.dash-auth.basicauth.users=admin:${k.n(H.apr1(k.g).replace(/\$/g, '$$$$'))}"
    environment:
      - DUCKDNS_TOKEN=${k.prov('DuckDNS', H.duckdns(k.g))}
  whoami:
    image: traefik/whoami@${k.n(H.digest(k.g))}
`,
  ),

  hDoc(
    'caddyfile',
    ['config-syntax', 'precision'],
    'caddy/Caddyfile',
    (k) => `{
	email admin@example.org
	acme_dns porkbun {
		api_key ${k.u(H.porkbunKey(k.g))}
		api_secret_key ${k.prov('Porkbun', H.porkbunSecret(k.g))}
	}
}

jellyfin.example.org {
	reverse_proxy 192.168.1.20:8096
	header X-Request-Id ${k.n('{http.request.uuid}')}
}

prometheus.example.org {
	basic_auth {
		grafana ${k.n(H.bcrypt(k.g))}
	}
	reverse_proxy 127.0.0.1:9090
}

kuma.example.org {
	reverse_proxy uptime-kuma:3001 {
		header_up Authorization "Basic ${k.basic('kuma')}"
	}
}
`,
  ),

  hDoc(
    'nginx-site-sonarr',
    ['config-syntax', 'http-auth', 'precision'],
    'etc/nginx/sites-available/arr.conf',
    (k) => `server {
    listen 443 ssl http2;
    server_name arr.example.net;
    ssl_certificate     /etc/letsencrypt/live/arr.example.net/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/arr.example.net/privkey.pem;

    location /sonarr {
        proxy_pass http://127.0.0.1:8989;
        # old: proxy_set_header X-Api-Key ${k.n('$sonarr_api_key')};
        proxy_set_header X-Api-Key ${k.http(H.arrKey(k.g))};
    }
    location /plex/ {
        proxy_pass http://127.0.0.1:32400/;
        proxy_set_header X-Plex-Token "${k.http(H.plexToken(k.g))}";
    }
    location /status {
        auth_basic "lab";
        auth_basic_user_file /etc/nginx/.htpasswd;   # ${k.n(H.apr1(k.g))}
    }
}
`,
  ),

  hDoc(
    'authelia-configuration',
    ['config-syntax', 'precision'],
    'authelia/config/configuration.yml',
    (k) => `theme: dark
identity_validation:
  reset_password:
    jwt_secret: '${k.s('token', k.g.alnum(64))}'
authentication_backend:
  ldap:
    implementation: lldap
    address: ldap://lldap:3890
    base_dn: dc=home,dc=arpa
    user: uid=authelia,ou=people,dc=home,dc=arpa
    password: '${k.gpw()}'
session:
  secret: ${k.n('{{ secret "/config/secrets/session" }}')}
  redis:
    password: ${k.n('{{ env "REDIS_PASSWORD" }}')}
  cookies:
    - domain: home.arpa
      authelia_url: https://auth.home.arpa
storage:
  encryption_key: '${k.s('token', k.g.alnum(64))}'
  local:
    path: /config/db.sqlite3
notifier:
  filesystem:
    filename: /config/notification.txt
`,
  ),

  hDoc(
    'authelia-users-database',
    ['config-syntax', 'precision'],
    'authelia/config/users_database.yml',
    (k) => `users:
  dad:
    disabled: false
    displayname: "Dad"
    password: "${k.n(H.argon2(k.g))}"
    email: dad@example.org
    groups: [admins, dev]
  kids:
    displayname: "Kids"
    # plain one so I remember it: ${k.hpw()}
    password: "${k.n(H.argon2(k.g))}"
    email: kids@example.org
    groups: [media]
`,
  ),

  hDoc(
    'lldap-config',
    ['config-syntax', 'precision'],
    'lldap/lldap_config.toml',
    (k) => `## Default configuration for LLDAP
ldap_port = 3890
http_port = 17170
http_url = "https://ldap.home.arpa"
jwt_secret = "${k.s('token', k.g.alnum(32))}"
ldap_base_dn = "dc=home,dc=arpa"
ldap_user_dn = "admin"
ldap_user_pass = "${k.spw()}"
# ldap_user_pass_file = "${k.n('/run/secrets/lldap_pass')}"
key_seed = "${k.s('token', k.g.alnum(32))}"
database_url = "sqlite:///data/users.db?mode=rwc"
# server_key_file = "/data/private_key"  (old, replaced by key_seed)
`,
  ),

  hDoc(
    'npm-default-login-issue',
    ['prose', 'precision'],
    'issues/npm-login.md',
    (k) => `### Can't log in to Nginx Proxy Manager after update

Fresh install, the default login \`${k.u('admin@example.com')}\` / \`${k.n('changeme')}\` does not work anymore.
I had changed it to \`${k.hpw()}\` on the first day, that does not work either. The sqlite db is mounted from
\`./data\`. The log shows:

\`\`\`
[3/5/2026] [10:14:52 AM] [Global   ] › ⬤  debug     CMD: /usr/sbin/nginx -t -g "error_log off;"
[3/5/2026] [10:14:53 AM] [Express  ] › ⚠  warning   Invalid email or password
\`\`\`

image: jc21/nginx-proxy-manager@${k.n(H.digest(k.g))}
`,
  ),

  hDoc(
    'nginx-htpasswd-readme',
    ['command-line', 'precision'],
    'docs/basic-auth.md',
    (k) => `## Putting basic auth in front of Prometheus

    sudo htpasswd -c /etc/nginx/.htpasswd grafana
    New password: ${k.n('********')}
    # or non-interactive, from the script:
    sudo htpasswd -b /etc/nginx/.htpasswd grafana ${k.spw()}

Resulting line (this is a hash, it's fine):

    grafana:${k.n(H.apr1(k.g))}

Grafana data source -> Basic auth -> user \`grafana\`, password as above. Test with
\`curl -u grafana:${k.spw()} https://prom.example.net/api/v1/targets\`.
`,
  ),

  hDoc(
    'authentik-blueprint',
    ['config-syntax', 'precision'],
    'authentik/blueprints/proxmox-oidc.yaml',
    (k) => `version: 1
metadata:
  name: Proxmox OIDC
entries:
  - model: authentik_providers_oauth2.oauth2provider
    identifiers: { name: proxmox }
    attrs:
      client_type: confidential
      client_id: ${k.n(k.g.alnum(40))}
      client_secret: ${k.s('token', k.g.alnum(128))}
      redirect_uris: "https://pve.home.arpa:8006"
      signing_key: ${k.n(k.g.uuid())}
  - model: authentik_core.token
    identifiers: { identifier: ha-service }
    attrs:
      intent: api
      key: ${k.s('token', k.g.alnum(60))}
`,
  ),

  hDoc(
    'caddy-forward-auth-env',
    ['config-syntax', 'precision'],
    'caddy/.env',
    (k) => `ACME_EMAIL=me@example.org
CLOUDFLARE_API_TOKEN=${k.prov('Cloudflare', H.cfToken(k.g))}
CLOUDFLARE_ZONE_ID=${k.n(k.g.hex(32))}
CLOUDFLARE_ACCOUNT_ID=${k.n(k.g.hex(32))}
CROWDSEC_LAPI_URL=http://crowdsec:8080
CROWDSEC_BOUNCER_KEY=${k.s('token', k.g.base64(32).replace(/[+/=]/g, 'c'))}
`,
  ),

  hDoc(
    'traefik-dynamic-file',
    ['config-syntax', 'precision'],
    'traefik/dynamic/services.yml',
    (k) => `http:
  middlewares:
    auth-headers:
      headers:
        customRequestHeaders:
          X-Emby-Token: "${k.http(H.arrKey(k.g))}"
    lan-only:
      ipAllowList:
        sourceRange: ["192.168.0.0/16", "10.0.0.0/8"]
  routers:
    pve:
      rule: Host(\`pve.lab.example.net\`)
      service: pve
      tls: { certResolver: letsencrypt }
  services:
    pve:
      loadBalancer:
        servers: [{ url: "https://192.168.1.2:8006" }]
        serversTransport: insecure
# last change ${k.n(H.shortSha(k.g))}, emby device id ${k.n(k.g.hex(16))}
`,
  ),
];
