// Cluster administration and more lab prose: Ansible group_vars of an HPC site, xCAT/Warewulf tables, BMC
// inventories, Zero-to-JupyterHub values, Earth Engine service accounts, keys pasted to students, and prose in
// Dutch, Polish, Korean, German and English where passwords travel in sentences.
import type { RealWorldDoc } from '../types';
import { labDoc, V } from './labValues';

export const LAB_ADMIN_DOCS: RealWorldDoc[] = [
  labDoc(
    'lab-ansible-group-vars-hpc',
    ['config-syntax', 'precision'],
    'ansible/group_vars/all/main.yml',
    (k) => `---
cluster_name: kepler
slurm_version: "23.11.6"
slurmdbd_storage_user: slurm
slurmdbd_storage_pass: "${k.spw()}"
mariadb_root_password: "${k.spw()}"
munge_key_b64: "${k.key(k.g.base64(172))}"
ldap_uri: ldaps://ldap.hpc.local
ldap_bind_dn: cn=sssd,ou=services,dc=hpc,dc=local
ldap_bind_pw: "${k.pw()}"
grafana_admin_password: "{{ vault_grafana_admin_password }}"
xdmod_db_password: ${k.n('"{{ vault_xdmod_db_password }}"')}
lustre_fsname: scratch
beegfs_conn_auth_secret: "${k.s('token', k.g.alnum(32))}"
ood_oidc_client_secret: !vault |
  ${k.n('$ANSIBLE_VAULT;1.1;AES256')}
  ${k.n(k.g.hex(64))}
  ${k.n(k.g.hex(64))}
node_root_password_hash: "${k.n('$6$' + k.g.chars('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 16) + '$' + k.g.chars('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 86))}"
`,
  ),

  labDoc(
    'lab-xcat-passwd-table',
    ['command-line', 'logs-and-output'],
    'notes/xcat-passwd.txt',
    (k) => `# tabdump passwd
#key,username,password,cryptmethod,authdomain,comments,disable
"system","root","${k.spw()}",,,,
"ipmi","ADMIN","${k.spw()}",,,,
"switch","admin","${k.spw()}",,,,
"omapi","xcat_key","${k.s('token', k.g.base64(24))}",,,,
# chtab key=system passwd.username=root passwd.password=<new> to change
`,
  ),

  labDoc(
    'lab-warewulf-nodes-conf',
    ['config-syntax'],
    'etc/warewulf/nodes.conf',
    (k) => `nodeprofiles:
  default:
    comment: compute nodes
    container name: rocky-9-hpc
    ipmi:
      username: ADMIN
      password: ${k.spw()}
      interface: lanplus
    network devices:
      default:
        device: eno1
        netmask: 255.255.0.0
nodes:
  cn001:
    profiles: [default]
    network devices:
      default:
        ipaddr: 10.20.1.1
        hwaddr: ${k.n(Array.from({ length: 6 }, () => k.g.hex(2)).join(':'))}
`,
  ),

  labDoc(
    'lab-bmc-inventory-csv',
    ['config-syntax', 'precision'],
    'inventory/bmc.csv',
    (k) =>
      `hostname,bmc_ip,serial,user,password\n` +
      Array.from({ length: 4 }, (_, i) => `cn00${i + 1},10.30.1.${i + 1},${k.n('J' + k.g.digits(3) + k.g.upper(4))},ADMIN,${k.spw()}`).join('\n') +
      `\ngpu001,10.30.2.1,${k.n('J' + k.g.digits(3) + k.g.upper(4))},root,${k.u('calvin')}\n`,
  ),

  labDoc(
    'lab-z2jh-values',
    ['config-syntax', 'precision'],
    'k8s/jupyterhub/values.yaml',
    (k) => `proxy:
  secretToken: "${k.hex(64)}"
hub:
  cookieSecret: "${k.hex(64)}"
  config:
    GitHubOAuthenticator:
      client_id: ${k.n(k.g.hex(20))}
      client_secret: ${k.hex(40)}
      oauth_callback_url: https://hub.lab-example.org/hub/oauth_callback
      allowed_organizations: [weber-lab]
    JupyterHub:
      authenticator_class: github
singleuser:
  image:
    name: quay.io/jupyter/datascience-notebook
    tag: "2024-04-29"
  storage:
    capacity: 20Gi
  extraEnv:
    MINIO_ENDPOINT: https://minio.lab-example.org
    MINIO_SECRET_KEY: ${k.n('${MINIO_SECRET_KEY}')}
`,
  ),

  labDoc(
    'lab-earth-engine-service-account',
    ['credential-file'],
    'keys/ee-service-account.json',
    (k) => `{
  "type": "service_account",
  "project_id": "geo-lab-ee",
  "private_key_id": "${k.n(k.g.hex(40))}",
  "private_key": "${k.key(V.pem(k.g, 'PRIVATE KEY').replace(/\n/g, '\\n'))}\\n",
  "client_email": "ee-runner@geo-lab-ee.iam.gserviceaccount.com",
  "client_id": "${k.n(k.g.digits(21))}",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/ee-runner%40geo-lab-ee.iam.gserviceaccount.com"
}
`,
  ),

  labDoc(
    'lab-email-ssh-key-to-student',
    ['prose', 'credential-file'],
    'mail/your-cluster-key.eml',
    (k) => `From: hpc-support@uni-example.edu
To: s2198@student.uni-example.edu
Subject: Your key for the teaching cluster

Dear student,

since you could not generate a key on the lab Windows PC, here is one we made for you. Save it as ~/.ssh/id_teaching,
\`chmod 600\` it, and use \`ssh -i ~/.ssh/id_teaching s2198@teach.hpc.local\`.

${k.key(V.openssh(k.g))}

The public half is already installed (${k.n(V.sshPub(k.g, 's2198@teach'))}).
The key passphrase is: ${k.phrase()}

HPC support
`,
  ),

  labDoc(
    'lab-wiki-nl-labserver',
    ['prose', 'precision'],
    'wiki/nl/labserver.md',
    (k) => `# Labserver en opslag

- Inloggen op de analyseserver: \`ssh <studentnummer>@analyse.lab-example.nl\`. Het tijdelijke wachtwoord is ${k.hpw()}.
- De gedeelde schijf (\\\\opslag\\groep) gebruikt het groepsaccount "groep-lab" met wachtwoord ${k.pw()}.
- Het wachtwoord van de microscoop-pc staat op de sticker — niet hier. (Oké, het is ${k.hpw()}.)
- Voor de iRODS-omgeving gebruik je je eigen account; \`iinit\` vraagt om je wachtwoord.
- Checksum van de referentie: ${k.n(V.md5(k.g))}
`,
  ),

  labDoc(
    'lab-email-pl-dostep',
    ['prose'],
    'mail/dostep-do-klastra.txt',
    (k) => `Temat: Dostęp do klastra i bazy danych

Cześć Kasia,

konto na klastrze jest gotowe: login kwisniewska, hasło tymczasowe ${k.hpw()} (zmień przy pierwszym logowaniu).
Baza danych próbek: użytkownik probki_ro, hasło: ${k.spw()}
Klucz API do serwisu sekwencjonowania: ${k.tok()}

Pozdrawiam,
Tomek
`,
  ),

  labDoc(
    'lab-chat-ko-lab',
    ['prose', 'precision'],
    'chat/연구실-공지.txt',
    (k) => `[공지] 연구실 서버 접속 정보
- GPU 서버: ssh labuser@gpu.lab-example.kr , 비밀번호: ${k.hpw()}
- NAS 계정: lab / 비밀번호 ${k.pw()}
- Hugging Face 조직 토큰: ${k.prov('Hugging Face', V.hf(k.g))}
- 데이터셋 DOI: ${k.n(V.doi(k.g))} (공개)
- 작업 번호 ${k.n(V.jobId(k.g))} 끝나면 알려주세요.
`,
  ),

  labDoc(
    'lab-runbook-de-slurm-db',
    ['prose', 'command-line'],
    'runbooks/slurmdbd-migration.md',
    (k) => `# Runbook: Umzug der Slurm-Accounting-Datenbank

1. \`systemctl stop slurmdbd\` auf slurmdb01.
2. Dump ziehen: \`mysqldump -u slurm -p'${k.spw()}' slurm_acct_db > /backup/slurm_acct_db.sql\`
3. Auf dem neuen Server den Benutzer anlegen:
   \`CREATE USER 'slurm'@'slurmdb02' IDENTIFIED BY '${k.spw()}';\`
4. In \`slurmdbd.conf\` StorageHost und StoragePass anpassen (StoragePass ist jetzt das neue Kennwort aus Schritt 3).
5. \`systemctl start slurmdbd\`, dann \`sacctmgr show cluster\`.

Das alte root-Kennwort der MariaDB (${k.pw()}) bitte nach dem Umzug im Passwortsafe als "abgelaufen" markieren.
`,
  ),

  labDoc(
    'lab-jupyter-getpass-and-literal',
    ['code', 'precision'],
    'notebooks/01_connect.py',
    (k) => `# %% [markdown]
# Connect to the LIMS. Prefer the getpass cell; the literal one is for the shared demo account.

# %%
from getpass import getpass
import psycopg2
pw = getpass("LIMS password: ")
conn = psycopg2.connect(host="lims-db.genomics.local", dbname="lims", user="${k.n('me')}", password=pw)

# %%
demo = psycopg2.connect(host="lims-demo.genomics.local", dbname="lims", user="demo", password="${k.hpw()}")

# %%
import keyring
token = keyring.get_password("${k.n('benchling')}", "${k.n('api')}")
`,
  ),

  labDoc(
    'lab-torque-qmgr-and-moab',
    ['config-syntax', 'command-line'],
    'notes/torque-legacy.txt',
    (k) => `# legacy Torque/Moab cluster, still running for the chemistry group
qmgr -c "set server managers += admin@head01"
qmgr -c "set queue batch resources_default.walltime = 24:00:00"
# moab-private.cfg
CLIENTCFG[DEFAULT] KEY=${k.s('token', k.g.alnum(16))}
CLIENTCFG[RM:pbs] AUTHTYPE=munge
# MAM (accounting) database
MAM.DB.PASSWORD=${k.spw()}
`,
  ),
];
