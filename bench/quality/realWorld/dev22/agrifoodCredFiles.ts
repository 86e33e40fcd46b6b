// Credential files and spreadsheets of farm, factory and restaurant IT: .pgpass, .netrc, wpa_supplicant, rclone,
// kubeconfig, SSH keys, Docker auths, password-sheet CSV exports, beside public keys, hashes and masked cells.
import type { RealWorldDoc } from '../types';
import { aDoc, A } from './agrifoodValues';

export const AGRIFOOD_CRED_DOCS: RealWorldDoc[] = [
  aDoc(
    'agri-pgpass-farm',
    ['credential-file', 'precision'],
    'home/agro/.pgpass',
    (k) => `# hostname:port:database:username:password
localhost:5432:agro:agro:${k.spw()}
agro-db.local:5432:yield:analyst:${k.spw()}
*:*:*:readonly:${k.ph()}
`,
  ),
  aDoc(
    'agri-netrc-deploy',
    ['credential-file', 'precision'],
    'home/deploy/.netrc',
    (k) => `machine git.foods.example
  login deploy-bot
  password ${k.s('token', k.g.alnum(20))}
machine pypi.coldchain.example login ci password ${k.spw()}
`,
  ),
  aDoc(
    'agri-wpa-supplicant-pi',
    ['credential-file', 'config-syntax', 'precision'],
    'rootfs/etc/wpa_supplicant/wpa_supplicant.conf',
    (k) => `ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=NL

network={
    ssid="Kas-Noord"
    psk="${k.wifi()}"
    priority=2
}

network={
    ssid="Stal-AP"
    psk=${k.s('token', k.g.hex(64))}
    priority=1
}
`,
  ),
  aDoc(
    'agri-rclone-conf-backup',
    ['credential-file', 'config-syntax', 'precision'],
    'home/winery/.config/rclone/rclone.conf',
    (k) => `[nas]
type = sftp
host = ${A.ipv4(k.g)}
user = backup
pass = ${k.u(k.g.base64url(30))}
key_file = ~/.ssh/id_ed25519

[b2]
type = b2
account = ${k.u('00' + k.g.hex(10) + '0000000001')}
key = ${k.prov('Backblaze B2', 'K00' + k.g.alnum(28))}
hard_delete = false
`,
  ),
  aDoc(
    'agri-ssh-key-gateway',
    ['credential-file', 'precision'],
    'lorawan/gateway-provisioning/keys/gw_deploy',
    (k) => `${k.key(A.pem(k.g, 'OPENSSH PRIVATE KEY'))}
`,
  ),
  aDoc(
    'agri-authorized-keys',
    ['credential-file', 'precision'],
    'lorawan/gateway-provisioning/authorized_keys',
    (k) => `${k.n('ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI' + k.g.base64(43))} farm-ops@laptop
${k.n('ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ' + k.g.base64(340))} contractor@gateway
`,
  ),
  aDoc(
    'agri-kubeconfig-ordering',
    ['credential-file', 'config-syntax', 'precision'],
    'ordering/deploy/kubeconfig-prod.yaml',
    (k) => `apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: ${k.n('LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t' + k.g.base64(120))}
    server: https://k8s.ordering.example:6443
  name: prod
users:
- name: ci-deployer
  user:
    token: ${k.http(A.jwt(k.g))}
contexts:
- context: { cluster: prod, user: ci-deployer, namespace: ordering }
  name: prod
current-context: prod
`,
  ),
  aDoc(
    'agri-docker-config-json',
    ['credential-file', 'precision'],
    'home/ci/.docker/config.json',
    (k) => `{
  "auths": {
    "registry.foods.example": { "auth": "${k.basic('ci-pusher')}" },
    "ghcr.io": { "auth": "${k.s('provider', A.b64('farmdev:' + A.githubPat(k.g)), 'GitHub')}" }
  },
  "credsStore": "desktop"
}
`,
  ),
  aDoc(
    'agri-tls-key-pos-bridge',
    ['credential-file', 'precision'],
    'PosBridge/certs/posbridge.pem',
    (k) => `${k.n(`-----BEGIN CERTIFICATE-----\nMIID${k.g.base64(64)}\n${k.g.base64(64)}\n${k.g.base64(40)}\n-----END CERTIFICATE-----`)}
${k.key(A.pem(k.g, 'PRIVATE KEY'))}
`,
  ),
  aDoc(
    'agri-restaurant-passwords-csv',
    ['credential-file', 'config-syntax', 'precision'],
    'backoffice/exports/Zugaenge_Filialen.csv',
    (k) => `Filiale;System;Benutzer;Passwort;Bemerkung
Leipzig;Orderbird;filiale.leipzig;${k.hpw()};
Leipzig;WLAN Gäste;;${k.wifi()};Aushang
Dresden;Orderbird;filiale.dresden;${k.hpw()};geändert 03/26
Dresden;NVR;admin;${k.dev()};
Dresden;Lieferando;dresden@restaurant.example;${k.gpw()};
Chemnitz;Orderbird;filiale.chemnitz;${k.n('********')};bei IT anfragen
Chemnitz;Kasse TSE-PIN;;${k.u('12345')};Werkseinstellung
`,
  ),
  aDoc(
    'agri-farm-logins-xlsx-csv',
    ['credential-file', 'config-syntax', 'precision'],
    'office/Farm logins 2026.csv',
    (k) => `Service,URL,Username,Password,Last changed,Notes
John Deere Ops Center,https://operationscenter.deere.com,hillcrestfarm,${k.hpw()},2026-01-04,
FieldView,https://climate.com,tom@hillcrest.example,${k.hpw()},2025-09-12,
Rural Payments,https://www.ruralpayments.service.gov.uk,SBI ${k.n(k.g.digits(9))},${k.gpw()},2026-02-20,
BCMS (cattle),https://www.gov.uk/bcms,CPH ${k.n(k.g.digits(2) + '/' + k.g.digits(3) + '/' + k.g.digits(4))},${k.pw()},,
Vet portal,https://vet.example,hillcrest,${k.n('(see Sarah)')},,
Router,http://192.168.1.1,admin,${k.dev()},,
`,
  ),
  aDoc(
    'agri-service-account-json',
    ['credential-file', 'precision'],
    'agro/keys/earthengine-sa.json',
    (k) => `{
  "type": "service_account",
  "project_id": "agro-ndvi-${k.g.digits(4)}",
  "private_key_id": "${k.n(k.g.hex(40))}",
  "private_key": "${k.key(A.pem(k.g, 'PRIVATE KEY').replace(/\n/g, '\\n'))}\\n",
  "client_email": "ndvi-export@agro-ndvi.iam.gserviceaccount.com",
  "client_id": "${k.n(k.g.digits(21))}",
  "token_uri": "https://oauth2.googleapis.com/token"
}
`,
  ),
];
