// Shell history and command notes: Proxmox pvesh/pveum, Nextcloud occ, docker run one-liners, curl against the
// *arr and Plex APIs, mysql/psql logins, smbclient and rsync. Container ids, hashes and ports around them.
import type { RealWorldDoc } from '../types';
import { hDoc, H } from './selfhostValues';

export const SELFHOST_SHELL_DOCS: RealWorldDoc[] = [
  hDoc(
    'bash-history-pve',
    ['command-line', 'precision'],
    'root/.bash_history',
    (k) => `apt update && apt dist-upgrade -y
pveum user add terraform@pve
pveum aclmod / -user terraform@pve -role PVEVMAdmin
pveum user token add terraform@pve tf --privsep 0
export PM_API_TOKEN_ID='terraform@pve!tf'
export PM_API_TOKEN_SECRET='${k.prov('Proxmox', H.proxmoxSecret(k.g))}'
qm list
echo $PM_API_TOKEN_SECRET | sha256sum   # ${k.n(k.g.hex(64))}
qm set 104 --ipconfig0 ip=dhcp --cipassword '${k.hpw()}'
pct enter 201
zpool status
ls -la /etc/pve/nodes/pve/qemu-server/
docker ps -a | grep ${k.n(H.containerId(k.g))}
history | grep pveum
`,
  ),

  hDoc(
    'zsh-history-nextcloud-occ',
    ['command-line', 'precision'],
    'home/admin/.zsh_history',
    (k) => `: 1741771200:0;sudo -u www-data php occ maintenance:mode --on
: 1741771232:0;sudo -u www-data php occ db:add-missing-indices
: 1741771301:0;export OC_PASS='${k.pw()}'
: 1741771310:0;sudo -E -u www-data php occ user:add --password-from-env --display-name="Oma" oma
: 1741771390:0;sudo -u www-data php occ config:system:set mail_smtppassword --value='${k.spw()}'
: 1741771455:0;sudo -u www-data php occ config:system:get instanceid
: 1741771460:0;echo ${k.n(`oc${k.g.lower(10)}`)}
: 1741771502:0;sudo -u www-data php occ files:scan --all
`,
  ),

  hDoc(
    'docker-run-oneliners',
    ['command-line', 'precision'],
    'notes/docker-run.txt',
    (k) => `# portainer agent
docker run -d -p 9001:9001 --name portainer_agent --restart=always -v /var/run/docker.sock:/var/run/docker.sock portainer/agent:2.21.${H.num(k.g, 0, 4)}

# postgres for the wiki
docker run -d --name wikidb -e POSTGRES_USER=wiki -e POSTGRES_PASSWORD=${k.spw()} -v wikidb:/var/lib/postgresql/data postgres:15

# wiki itself
docker run -d --name wiki -e DB_TYPE=postgres -e DB_PASS=${k.n('$WIKI_DB_PASS')} -e DATABASE_URL=postgres://wiki:${k.cs()}@wikidb/wiki requarks/wiki:2

# pihole
docker run -d --name pihole -e TZ=Europe/Madrid -e FTLCONF_webserver_api_password='${k.hpw()}' -p 53:53/udp -p 8081:80 pihole/pihole:latest

# mariadb root (old container, id ${k.n(H.containerId(k.g))})
docker exec -it mariadb mariadb -uroot -p${k.spw()} -e 'SHOW DATABASES;'
`,
  ),

  hDoc(
    'curl-arr-api',
    ['command-line', 'http-auth', 'precision'],
    'scripts/arr-api-examples.sh',
    (k) => `# list series
curl -s "http://localhost:8989/api/v3/series" -H "X-Api-Key: ${k.http(H.arrKey(k.g))}" | jq '.[].title'
# trigger a search in radarr (apikey as query parameter works too)
curl -s -X POST "http://localhost:7878/api/v3/command?apikey=${k.http(H.arrKey(k.g))}" -d '{"name":"MissingMoviesSearch"}'
# prowlarr indexer health
curl -s "http://localhost:9696/api/v1/health" -H "X-Api-Key: \${PROWLARR_KEY}"
# torrent hash to check: ${k.n(H.infoHash(k.g))}
`,
  ),

  hDoc(
    'plex-curl-notes',
    ['command-line', 'http-auth', 'precision'],
    'notes/plex.md',
    (k) => `## Plex API bits

Refresh the movies library (section 1):

    curl "http://192.168.1.20:32400/library/sections/1/refresh?X-Plex-Token=${k.http(H.plexToken(k.g))}"

Get the token: play something in the web app → "Get Info" → "View XML" → copy \`X-Plex-Token\` from the URL.
Machine identifier (not secret): ${k.n(k.g.hex(40))}
Claim token for a new server (valid 4 minutes): ${k.n('claim-xxxxxxxxxxxxxxxxxxxx')}
`,
  ),

  hDoc(
    'mysql-psql-history',
    ['command-line', 'precision'],
    'home/ubuntu/.bash_history',
    (k) => `mysql -u nextcloud -p'${k.spw()}' -h 127.0.0.1 nextcloud
psql "postgresql://immich:${k.cs()}@localhost:5432/immich" -c '\\dt'
pg_dump -U paperless -h db paperless > paperless.sql
PGPASSWORD=${k.spw()} pg_dumpall -h 127.0.0.1 -U postgres > /mnt/backup/all.sql
redis-cli -a '${k.spw()}' INFO keyspace
mysql -u root -p${k.n('$MYSQL_ROOT_PASSWORD')} -e 'select 1'
sha256sum paperless.sql
# ${k.n(H.volumeId(k.g))}  paperless.sql
`,
  ),

  hDoc(
    'smbclient-rsync-commands',
    ['command-line', 'precision'],
    'docs/migrate-old-nas.md',
    (k) => `Moving everything off the old ReadyNAS:

\`\`\`
smbclient //192.168.1.15/backup -U admin%${k.spw()} -c 'ls'
mount -t cifs //192.168.1.15/media /mnt/old -o username=admin,password=${k.n('$OLDNAS_PW')}
rsync -aHAX --info=progress2 /mnt/old/ /mnt/tank/media/
sshpass -p '${k.hpw()}' rsync -av root@192.168.1.15:/data/ /mnt/tank/data/
\`\`\`
Old NAS MAC: ${k.n(H.mac(k.g))} (for the DHCP reservation)
`,
  ),

  hDoc(
    'powershell-homelab',
    ['command-line', 'code', 'precision'],
    'scripts/Map-Drives.ps1',
    (k) => `# maps the NAS shares on the kids' PCs
$nas = "\\\\nas.home.arpa"
$user = "HOME\\kids"
$old = ${k.n('$env:NAS_PASS')}
$pass = ConvertTo-SecureString "${k.hpw()}" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)
New-PSDrive -Name "M" -PSProvider FileSystem -Root "$nas\\media" -Credential $cred -Persist
# SID of the kids account: ${k.n(`S-1-5-21-${k.g.digits(10)}-${k.g.digits(10)}-${k.g.digits(9)}-1001`)}
cmdkey /add:nas.home.arpa /user:HOME\\kids /pass:${k.spw()}
`,
  ),

  hDoc(
    'ansible-inventory-lab',
    ['config-syntax', 'precision'],
    'ansible/inventory/hosts.ini',
    (k) => `[proxmox]
pve1 ansible_host=192.168.1.2
pve2 ansible_host=192.168.1.3

[pis]
pihole ansible_host=192.168.1.53 ansible_user=pi ansible_password=${k.hpw()}
octopi ansible_host=192.168.1.60 ansible_user=pi ansible_ssh_pass=${k.ph()}

[all:vars]
ansible_ssh_private_key_file=${k.n('~/.ssh/lab_ed25519')}
ansible_become_pass=${k.spw()}
ansible_python_interpreter=/usr/bin/python3
`,
  ),

  hDoc(
    'ansible-group-vars-vault',
    ['config-syntax', 'precision'],
    'ansible/group_vars/all/vault.yml',
    (k) => `$ANSIBLE_VAULT;1.1;AES256
${k.n(Array.from({ length: 6 }, () => k.g.hex(80)).join('\n'))}
`,
  ),

  hDoc(
    'ansible-playbook-nextcloud',
    ['config-syntax', 'precision'],
    'ansible/playbooks/nextcloud.yml',
    (k) => `- hosts: cloud
  become: true
  vars:
    nextcloud_admin_user: admin
    nextcloud_admin_pass: "{{ vault_nextcloud_admin_pass }}"
    nextcloud_db_pass: "${k.spw()}"
    redis_password: ${k.s('token', k.g.hex(40))}
    nextcloud_redis_url: ${k.n('redis://:{{ redis_password }}@localhost:6379')}
    nextcloud_trusted_domains: [cloud.example.org]
  tasks:
    - name: set smtp password
      command: php occ config:system:set mail_smtppassword --value={{ smtp_pass }}
      args: { chdir: /var/www/nextcloud }
      become_user: www-data
      no_log: true
    - name: deployed commit
      debug: { msg: "${k.n(H.sha1(k.g))}" }
`,
  ),

  hDoc(
    'fish-history-tailscale',
    ['command-line', 'precision'],
    'home/me/.local/share/fish/fish_history',
    (k) => `- cmd: sudo tailscale up --ssh --authkey ${k.prov('Tailscale', H.tailscale(k.g))}
  when: 1741000000
- cmd: tailscale status
  when: 1741000011
- cmd: tailscale up --authkey=${k.n('$TS_KEY')}
  when: 1741000012
- cmd: tailscale ip -4
  when: 1741000020
- cmd: gh auth login --with-token <<< ${k.prov('GitHub', H.githubPat(k.g))}
  when: 1741000300
- cmd: docker login -u ${k.g.lower(7)} -p ${k.prov('Docker Hub', H.dockerPat(k.g))}
  when: 1741000400
- cmd: git log -1 --format=%H
  when: 1741000500
- cmd: echo ${k.n(H.sha1(k.g))}
  when: 1741000501
`,
  ),
];
