// Credential files found on lab machines and in their backups: .netrc, .git-credentials, Docker config.json,
// k3s kubeconfig, SSH and TLS private keys, NetworkManager profiles, OpenVPN auth files, .pgpass, and password
// manager CSV exports left in the Downloads folder. Public keys and certificates sit beside them.
import type { RealWorldDoc } from '../types';
import { hDoc, H } from './selfhostValues';

export const SELFHOST_CREDFILES_DOCS: RealWorldDoc[] = [
  hDoc(
    'netrc',
    ['credential-file', 'precision'],
    'home/me/.netrc',
    (k) => `machine git.lab.example.net
  login me
  password ${k.s('token', k.g.hex(40))}
machine cloud.example.org login anna password ${k.s('password', `${k.g.alnum(5)}-${k.g.alnum(5)}-${k.g.alnum(5)}-${k.g.alnum(5)}-${k.g.alnum(5)}`)}
machine api.github.com login me password ${k.ph()}
machine registry.npmjs.org login me password ${k.n('${NPM_TOKEN}')}
`,
  ),

  hDoc(
    'git-credentials',
    ['credential-file', 'precision'],
    'home/me/.git-credentials',
    (k) => `https://me:${k.prov('GitHub', H.githubPat(k.g))}@github.com
https://oauth2:${k.prov('GitLab', H.gitlabPat(k.g))}@gitlab.com
http://me:${k.cs()}@192.168.1.2:3000
# removed: https://me:${k.n('<token>')}@codeberg.org
`,
  ),

  hDoc(
    'docker-config-json',
    ['credential-file', 'precision'],
    'root/.docker/config.json',
    (k) => `{
	"auths": {
		"ghcr.io": {
			"auth": "${k.basic(k.g.lower(8))}"
		},
		"registry.lab.example.net": {
			"auth": "${k.basic('admin')}"
		},
		"https://index.docker.io/v1/": {}
	},
	"HttpHeaders": {
		"X-Meta-Build": "${k.n(H.shortSha(k.g))}"
	},
	"credsStore": "desktop",
	"credHelpers": { "123456789012.dkr.ecr.eu-west-1.amazonaws.com": "${k.n('ecr-login')}" },
	"currentContext": "default"
}
`,
  ),

  hDoc(
    'k3s-kubeconfig',
    ['credential-file', 'config-syntax', 'precision'],
    'home/me/.kube/config',
    (k) => `apiVersion: v1
clusters:
- cluster:
    certificate-authority-data: ${k.n(k.g.base64(560))}
    server: https://192.168.1.30:6443
  name: default
contexts:
- context: { cluster: default, user: default }
  name: default
current-context: default
preferences: {}
# node token lives in ${k.n('/var/lib/rancher/k3s/server/node-token')}
kind: Config
users:
- name: default
  user:
    client-certificate-data: ${k.n(`LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSU${k.g.base64(520)}`)}
    client-key-data: ${k.key(`LS0tLS1CRUdJTiBFQyBQUklWQVRFIEtFWS0tLS0tCk1IY0NBUUVFS${k.g.base64(220)}`)}
`,
  ),

  hDoc(
    'ssh-key-in-notes',
    ['credential-file', 'prose', 'precision'],
    'notes/storagebox-ssh.md',
    (k) => `# Storage box SSH key (borg)

Public part, added in Robot: ${k.n(H.sshPub(k.g, 'root@pve1'))}

Private part, in case the PVE root disk dies:

\`\`\`
${k.key(H.pem(k.g, 'OPENSSH PRIVATE KEY'))}
\`\`\`

Fingerprint: ${k.n(`SHA256:${k.g.base64(43)}`)}
`,
  ),

  hDoc(
    'tls-key-and-cert',
    ['credential-file', 'precision'],
    'nginx/ssl/lab.pem',
    (k) => `# sha256 fingerprint ${k.n(Array.from({ length: 32 }, () => k.g.hex(2).toUpperCase()).join(':'))}
# self-signed for *.home.arpa, valid 10 years (openssl req -x509 -newkey rsa:2048 -nodes ...)
${k.n(H.certPem(k.g))}
${k.key(H.pem(k.g, 'PRIVATE KEY'))}
`,
  ),

  hDoc(
    'networkmanager-profile',
    ['credential-file', 'config-syntax', 'precision'],
    'etc/NetworkManager/system-connections/Home-5G.nmconnection',
    (k) => `[connection]
id=Home-5G
uuid=${k.n(k.g.uuid())}
type=wifi
interface-name=wlan0

[ethernet]
cloned-mac-address=${k.n(H.mac(k.g))}

[wifi]
mode=infrastructure
ssid=Home-5G

[wifi-security]
key-mgmt=wpa-psk
psk=${k.pw()}

[ipv4]
method=auto
`,
  ),

  hDoc(
    'openvpn-auth-file',
    ['credential-file', 'precision'],
    'etc/openvpn/client/pia-auth.txt',
    (k) => `${k.n(`p${k.g.digits(7)}`)}
${k.s('password', H.safePw(k.g))}
`,
  ),

  hDoc(
    'pgpass',
    ['credential-file', 'precision'],
    'root/.pgpass',
    (k) => `# hostname:port:database:username:password
127.0.0.1:5432:immich:postgres:${k.spw()}
db.lab.example.net:5432:*:paperless:${k.spw()}
localhost:5432:*:replicator:${k.n('*')}
`,
  ),

  hDoc(
    'bitwarden-csv-export',
    ['credential-file', 'precision'],
    'Downloads/bitwarden_export_20260301.csv',
    (k) => `folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp
Homelab,1,login,Proxmox,,,0,https://192.168.1.2:8006,root,${k.hpw()},
Homelab,,login,TrueNAS,,,0,http://192.168.1.5,admin,${k.gpw()},
Homelab,,login,UniFi,,,0,https://unifi.ui.com,${k.n('me@example.org')},${k.gpw()},${k.s('token', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 32))}
Family,,login,Netflix,,,0,https://netflix.com,${k.n('family@example.org')},${k.pw()},
Family,,note,Wifi,"${k.n('see fridge')}",,0,,,,
`,
  ),

  hDoc(
    'keepass-csv-export',
    ['credential-file', 'precision'],
    'Downloads/Datenbank.csv',
    (k) => `"Group","Title","Username","Password","URL","Notes","TOTP","Icon","Last Modified","Created"
"Root/Server","Vaultwarden Admin","","${k.s('password', H.randB64(k.g, 32))}","https://vault.home.arpa/admin","","","0","2026-02-01T10:00:00Z","2024-05-11T09:12:44Z"
"Root/Server","Router","admin","${k.hpw()}","http://192.168.178.1","Seriennummer ${k.n(k.g.digits(16))}","","0","2026-01-15T08:00:00Z","2023-03-02T18:40:10Z"
"Root/Server","MQTT","homeassistant","${k.spw()}","mqtt://192.168.178.5","","","0","2025-11-01T08:00:00Z","2025-11-01T08:00:00Z"
"Root/Email","GMX","me@gmx.de","${k.n('')}","https://gmx.de","Passkey","","0","2025-11-01T08:00:00Z","2025-11-01T08:00:00Z"
`,
  ),

  hDoc(
    'ssh-config-and-known-hosts',
    ['credential-file', 'config-syntax', 'precision'],
    'home/me/.ssh/README-restore.txt',
    (k) => `~/.ssh/config
  Host pve
    HostName 192.168.1.2
    User root
    IdentityFile ~/.ssh/id_ed25519_lab

~/.ssh/known_hosts (first line)
  192.168.1.2 ${k.n(`ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB${k.g.base64(86)}=`)}

~/.ssh/id_ed25519_lab.pub
  ${k.n(H.sshPub(k.g, 'me@desktop'))}

~/.ssh/id_rsa_old (keep for the old NAS, it only speaks RSA)
${k.key(H.pem(k.g, 'RSA PRIVATE KEY'))}
`,
  ),
];
