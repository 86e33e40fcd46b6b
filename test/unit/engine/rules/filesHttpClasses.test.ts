// Classes found missing by rw-dev2's files/HTTP/logs/config documents: headers as debug output and other
// languages print them, pgpass files under other names, Redis passwords set at run time or in ACL files, Wi-Fi
// PSKs, YAML anchors and block scalars, `user:password` strings under auth names, secret flags in exec-form
// argument lists. Each case says what must be found and what must stay quiet; values come from a seed.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { humanPassword } from '../../../../engine/rules/humanPasswords';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(2026);

const { found: values } = ruleAssertions(scanner);

const basic = (user: string, pw: string) => btoa(`${user}:${pw}`);

describe('files, HTTP, logs and config classes (rw-dev2)', () => {
  describe('HTTP credentials as debug output and other languages write them', () => {
    it('finds headers in a request dumped as one escaped string, in Go http.Header, in a PowerShell hashtable', () => {
      const bearer = g.alnum(40);
      const blob = basic('export', `${humanPassword(g)}x`);
      const key = g.hex(32);
      assert.deepEqual(values(`send: b'GET /v1/items HTTP/1.1\\r\\nHost: api.example.com\\r\\nAuthorization: Bearer ${bearer}\\r\\n\\r\\n'\n`, 'debug/http.log'), [bearer]);
      assert.deepEqual(values(`<- "GET /export HTTP/1.1\\r\\nAuthorization: Basic ${blob}\\r\\nHost: legacy.example.com\\r\\n\\r\\n"\n`, 'debug/net-http.log'), [blob]);
      assert.deepEqual(values(`DEBUG go http.Header map[Authorization:[Basic ${blob}] User-Agent:[Go-http-client/1.1]]\n`, 'logs/client.txt'), [blob]);
      assert.deepEqual(values(`DEBUG headers map[X-Api-Key:[${key}] Accept:[*/*]]\n`, 'logs/client.txt'), [key]);
      assert.deepEqual(values(`Invoke-RestMethod -Uri $u -Headers @{ "Authorization" = "Bearer ${bearer}" }\n`, 'tools/Deploy.ps1'), [bearer]);
    });

    it("finds Caddy's header_up, curl's --oauth2-bearer and the HTTP client's clear Basic and Digest", () => {
      const key = g.alnum(32);
      const bearer = `${g.alnum(12)}.${g.base64url(32)}`;
      const pw = humanPassword(g);
      const pw2 = g.alnum(14);
      assert.deepEqual(values(`api.example.com {\n    reverse_proxy 10.0.0.5:8080 {\n        header_up X-Internal-Key ${key}\n    }\n}\n`, 'deploy/Caddyfile'), [key]);
      assert.deepEqual(values(`curl --oauth2-bearer ${bearer} https://api.example.com/v2/me\n`, 'docs/api.md'), [bearer]);
      assert.deepEqual(values(`### legacy\nGET {{host}}/legacy/users\nAuthorization: Basic admin ${pw}\n\n### report\nGET {{host}}/report\nAuthorization: Digest reporter ${pw2}\n`, 'http/users.http'), [
        pw,
        pw2,
      ]);
    });

    it('finds a session cookie in an exported cookie list (browser extensions, storage state), not the analytics ones', () => {
      const sid = `${g.base64url(32)}.${g.base64url(43)}`;
      const text = `[\n  { "domain": ".example.com", "name": "_ga", "value": "GA1.2.${g.digits(10)}.${g.digits(10)}" },\n  { "domain": ".example.com", "name": "connect.sid", "value": "s%3A${sid}", "httpOnly": true }\n]\n`;
      assert.deepEqual(values(text, 'qa/state.json'), [sid]);
    });

    it('leaves variables, templates, base64 blobs and Digest parameters alone', () => {
      const texts: [string, string][] = [
        ['Invoke-RestMethod -Headers @{ "Authorization" = "Bearer $token" }\n', 'tools/Deploy.ps1'],
        ['DEBUG map[Authorization:[Bearer <redacted>]]\n', 'logs/client.txt'],
        ['curl --oauth2-bearer "$TOKEN" https://api.example.com\n', 'scripts/x.sh'],
        ['GET {{host}}/x\nAuthorization: Basic {{user}} {{password}}\n', 'http/x.http'],
        [`Authorization: Digest username="admin", realm="HP", nonce="${g.hex(32)}", response="${g.hex(32)}"\n`, 'debug/capture.txt'],
        ['        header_up Authorization {env.UPSTREAM_AUTH}\n', 'deploy/Caddyfile'],
      ];
      for (const [text, path] of texts) assert.deepEqual(values(text, path), [], text);
    });
  });

  describe('credential files and server configs', () => {
    it('finds pgpass lines in a file named for the format or headed by its format line, with escaped colons', () => {
      const a = humanPassword(g).replace(/[:\\\s]/g, '');
      const b = `${g.alnum(8)}\\:${g.digits(3)}`;
      assert.deepEqual(values(`db01.internal:5432:billing:billing_ro:${a}\n`, 'ops/dba/pgpass.txt'), [a]);
      assert.deepEqual(values(`# hostname:port:database:username:password\npg-main:5432:app:app_rw:${b}\n`, 'notes/db-access.conf'), [b]);
    });

    it('finds a password in an XML element with attributes or a namespace (WSSE PasswordText), not a digest', () => {
      const a = humanPassword(g).replace(/[<>&\s]/g, '');
      const text = `<wsse:UsernameToken>\n  <wsse:Username>erp_soap</wsse:Username>\n  <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">${a}</wsse:Password>\n</wsse:UsernameToken>\n`;
      assert.deepEqual(values(text, 'soap/request.xml'), [a]);
      assert.deepEqual(values(text.replace('#PasswordText', '#PasswordDigest').replace(a, `${g.base64(27)}=`), 'soap/request.xml'), []);
    });

    it('leaves colon rows elsewhere alone', () => {
      assert.deepEqual(values(`db01:5432:billing:billing_ro:${g.alnum(12)}\n`, 'notes/hosts.conf'), []);
    });

    it('finds Redis passwords set at run time and in ACL files, not their hashes', () => {
      const a = g.alnum(20);
      const b = humanPassword(g).replace(/[#\s"']/g, '');
      assert.deepEqual(values(`redis-cli -h cache01 CONFIG SET requirepass ${a}\n`, 'notes/redis.sh'), [a]);
      assert.deepEqual(values(`user default off\nuser app on >${b} ~app:* +@read +@write\nuser metrics on #${g.hex(64)} ~* +info\n`, 'deploy/redis/users.acl'), [b]);
      assert.deepEqual(values('user default on nopass ~* &* +@all\nuser alice on >$ALICE_PASS ~cached:* +get\n', 'deploy/redis/users.acl'), []);
    });

    it('reads psk and authtok as password names (wpa_supplicant, NetworkManager, SSSD)', () => {
      const a = humanPassword(g).replace(/["\\]/g, '');
      const hex = g.hex(64);
      // Unquoted `@word` reads as code (an annotation) to the generic rule: not this test's subject.
      const c = humanPassword(g).replace(/^[@\s]+|\s/g, '');
      assert.deepEqual(values(`network={\n    ssid="Office"\n    psk="${a}"\n}\nnetwork={\n    ssid="IoT"\n    psk=${hex}\n}\n`, 'boot/wpa_supplicant.conf'), [a, hex]);
      assert.deepEqual(values(`[domain/corp]\nldap_default_authtok_type = password\nldap_default_authtok = ${c}\n`, 'etc/sssd/sssd.conf'), [c]);
      assert.deepEqual(values('network={\n    ssid="Guest"\n    #psk="your-wifi-password"\n    key_mgmt=NONE\n}\n', 'boot/wpa_supplicant.conf'), []);
    });
  });

  describe('config syntax', () => {
    it('reads through YAML anchors, tags and block scalars', () => {
      const a = humanPassword(g).replace(/['\s]/g, '');
      const b = g.alnum(20);
      const c = `${humanPassword(g).replace(/[\s#:]/g, '')}x`;
      const d = g.hex(40);
      const text = `defaults: &db\n  password: &pw '${a}'\nother:\n  password: !!str ${b}\nmailer:\n  password: >-\n    ${c}\npartner:\n  api_key: |\n    ${d}\nprod:\n  <<: *db\n  password: *pw\n`;
      assert.deepEqual(values(text, 'config/application.yml'), [a, b, c, d]);
    });

    it('finds user:password strings under auth names and secret flags in argument lists', () => {
      const a = humanPassword(g).replace(/["\s]/g, '');
      const b = humanPassword(g).replace(/["\s]/g, '');
      const c = g.alnum(20);
      const d = g.alnum(32);
      assert.deepEqual(values(`npmScopes:\n  legacy:\n    npmAuthIdent: "deployer:${a}"\n`, '.yarnrc.yml'), [a]);
      assert.deepEqual(values(`provider "grafana" {\n  url  = "https://grafana.example.com"\n  auth = "grafana-sync:${b}"\n}\n`, 'infra/main.tf'), [b]);
      assert.deepEqual(values(`containers:\n  - name: worker\n    args: ["--db-password", "${c}", "--port", "8080"]\n`, 'k8s/worker.yaml'), [c]);
      assert.deepEqual(values(`{"extra": {"sys.argv": ["worker.py", "--api-token", "${d}"]}}\n`, 'debug/event.json'), [d]);
    });

    it('reads .NET configuration paths as keys (`"Smtp:Password": "v"`), not colon chains', () => {
      const a = `${humanPassword(g).replace(/["\\\s]/g, '')}7`;
      const b = g.base64(48);
      assert.deepEqual(values(`{\n  "Smtp:Password": "${a}",\n  "Jwt:SigningKey": "${b}",\n  "Features:UseMocks": "false"\n}\n`, 'UserSecrets/app/secrets.json'), [a, b]);
      assert.deepEqual(values(`arn:aws:secretsmanager:eu-west-1:123456789012:secret:${g.alnum(12)}\n`, 'notes/arns.conf'), []);
    });

    it('reads quoted names in words (`"Client Secret": "v"`) and MySQL SET PASSWORD', () => {
      const a = g.base64url(40);
      const b = humanPassword(g).replace(/['\\\s]/g, '');
      assert.deepEqual(values(`{ "Client ID": "http-client", "Client Secret": "${a}", "Token URL": "https://id.example.com/token" }\n`, 'http/http-client.private.env.json'), [a]);
      assert.deepEqual(values(`mysql> SET PASSWORD FOR 'root'@'localhost' = '${b}';\n`, 'notes/db.md'), [b]);
      assert.deepEqual(values(`{ "label": "Enter your Password", "hint": "Password" }\nSET PASSWORD FOR 'app'@'%' = '<new password>';\n`, 'web/i18n.json'), []);
    });

    it('reads MySQL history lines whose blanks are written as \\040', () => {
      const a = humanPassword(g).replace(/['\\\s]/g, '');
      const text = `_HiStOrY_V2_\nshow\\040databases;\nCREATE\\040USER\\040'etl'@'%'\\040IDENTIFIED\\040BY\\040'${a}';\nGRANT\\040SELECT\\040ON\\040shop.*\\040TO\\040'etl'@'%';\n`;
      assert.deepEqual(values(text, 'home/dba/.mysql_history'), [a]);
      assert.deepEqual(values("CREATE\\040USER\\040'etl'@'%'\\040IDENTIFIED\\040BY\\040'<password>';\n", 'home/dba/.mysql_history'), []);
    });

    it('leaves user:group, host:port, references, hashes and other flags alone', () => {
      const texts: [string, string][] = [
        ['services:\n  app:\n    user: "node:node"\n  db:\n    user: "1000:1000"\n', 'docker-compose.yml'],
        ['auth = "admin:${ADMIN_PASSWORD}"\n', 'infra/main.tf'],
        ['auth: "localhost:8080"\n', 'config/proxy.yml'],
        ['args: ["--db-password", "$(DB_PASSWORD)", "--password-file", "/run/secrets/pw"]\n', 'k8s/worker.yaml'],
        ['CMD ["/app/server", "--password", "--verbose"]\n', 'Dockerfile'],
        [`CREATE ROLE legacy LOGIN PASSWORD 'SCRAM-SHA-256$4096:${g.base64(24)}$${g.base64(44)}:${g.base64(44)}';\n`, 'db/roles.sql'],
      ];
      for (const [text, path] of texts) assert.deepEqual(values(text, path), [], text);
    });
  });

  describe('tokens stored with their scheme, short Vault tokens, and look-alikes left alone', () => {
    it('finds a token stored with its scheme and a 24-character Vault root token', () => {
      const a = g.base64url(40);
      const b = g.hex(40);
      const c = `hvs.${g.alnum(24)}`;
      assert.deepEqual(values(`[registries.acme]\ntoken = "Bearer ${a}"\n`, '.cargo/credentials.toml'), [a]);
      assert.deepEqual(values(`AUTH_HEADER="Token ${b}"\n`, 'deploy/app.env'), [b]);
      assert.deepEqual(values(`export VAULT_TOKEN=${c}\n`, 'home/ops/.bash_history'), [c]);
    });

    it('leaves anon-role JWTs, methods under auth names, long hex digests and capitalised URL slots alone', () => {
      const b64url = (o: object) => btoa(JSON.stringify(o)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
      const anon = `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url({ iss: 'supabase', role: 'anon', iat: 1700000000 })}.${g.base64url(43)}`;
      const texts: [string, string][] = [
        [`SUPABASE_ANON_KEY=${anon}\n`, 'web/.env.production'],
        ['network={\n    eap=PEAP\n    phase2="auth=MSCHAPV2"\n}\n', 'boot/wpa_supplicant.conf'],
        [`[users]\npassword = ${g.hex(100)}\n`, 'grafana/users.ini'],
        ['https://USERNAME:PERSONAL_ACCESS_TOKEN@github.com\n', 'home/ci/.git-credentials'],
        ['token_type: Bearer\nauth_header = "Bearer " + token\n', 'config/client.yml'],
      ];
      for (const [text, path] of texts) assert.deepEqual(values(text, path), [], text);
    });
  });

  describe('cluster secrets in server configs and registry credentials in Secrets', () => {
    it('finds Erlang cookies, Consul gossip keys and agent ACL tokens', () => {
      const cookie = g.upper(20);
      const gossip = `${g.base64(43)}=`;
      const mgmt = g.uuid();
      const agent = g.uuid();
      assert.deepEqual(values(`rabbitmq:\n  auth:\n    username: shop\n    erlangCookie: ${cookie}\n`, 'charts/values.yaml'), [cookie]);
      const hcl = `datacenter = "eu1"\nencrypt    = "${gossip}"\nacl {\n  enabled = true\n  tokens {\n    initial_management = "${mgmt}"\n    agent              = "${agent}"\n  }\n}\nnode_id = "${g.uuid()}"\n`;
      assert.deepEqual(values(hcl, 'deploy/consul/consul.hcl'), [gossip, mgmt, agent]);
    });

    it('finds the registry password inside a base64 .dockerconfigjson, not a stand-in', () => {
      const cfg = (pw: string) => btoa(JSON.stringify({ auths: { 'registry.example.com': { auth: btoa(`robot:${pw}`) } } }));
      const real = cfg(g.alnum(32));
      const doc = (v: string) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: regcred\ntype: kubernetes.io/dockerconfigjson\ndata:\n  .dockerconfigjson: ${v}\n`;
      assert.deepEqual(values(doc(real), 'k8s/regcred.yaml'), [real]);
      assert.deepEqual(values(doc(cfg('changeme')), 'k8s/regcred.yaml'), []);
    });
  });
});
