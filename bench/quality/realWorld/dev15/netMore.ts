// More network-tool files: backup users' SSH keys, FreeRADIUS modules, GenieACS and Homer stacks with database
// URLs, Netdisco, and IPsec/IKE debug output full of SPIs, cookies and nonces that are not secrets.
import type { RealWorldDoc } from '../types';
import { netDoc, V } from './netValues';

export const NET_MORE_DOCS: RealWorldDoc[] = [
  netDoc(
    'net-rancid-ssh-key',
    ['credential-file', 'precision'],
    'rancid/.ssh/id_ed25519',
    (k) => `${k.key(V.openssh(k.g))}
`,
  ),

  netDoc(
    'net-freeradius-sql-and-eap',
    ['config-syntax', 'precision'],
    'freeradius/3.0/mods-available/sql',
    (k) => `sql {
	dialect = "postgresql"
	driver = "rlm_sql_\${dialect}"
	server = "pg-radius.internal"
	port = 5432
	login = "radius"
	password = "${k.cpw()}"
	radius_db = "radius"
	acct_table1 = "radacct"
	acct_table2 = "radacct"
	postauth_table = "radpostauth"
	authcheck_table = "radcheck"
	read_clients = yes
	client_table = "nas"
}

# mods-available/eap (tls-config tls-common)
#	private_key_password = ${k.cpw()}
#	private_key_file = \${certdir}/server.key
#	certificate_file = \${certdir}/server.pem
#	ca_file = \${cadir}/ca.pem

# radcheck rows as exported for the migration (attribute, op, value):
# 'noc-fallback', 'Cleartext-Password', ':=', '${k.cpw()}'
# 'monitor',      'Crypt-Password',     ':=', '${k.n(V.sha512crypt(k.g))}'
# 'wifi-guest',   'NT-Password',        ':=', '${k.n('0x' + V.md5(k.g).toUpperCase())}'
`,
  ),

  netDoc(
    'net-genieacs-env',
    ['config-syntax', 'precision'],
    'genieacs/genieacs.env',
    (k) => `GENIEACS_CWMP_ACCESS_LOG_FILE=/var/log/genieacs/genieacs-cwmp-access.log
GENIEACS_NBI_ACCESS_LOG_FILE=/var/log/genieacs/genieacs-nbi-access.log
GENIEACS_FS_ACCESS_LOG_FILE=/var/log/genieacs/genieacs-fs-access.log
GENIEACS_UI_ACCESS_LOG_FILE=/var/log/genieacs/genieacs-ui-access.log
GENIEACS_DEBUG_FILE=/var/log/genieacs/genieacs-debug.yaml
GENIEACS_EXT_DIR=/opt/genieacs/ext
GENIEACS_UI_JWT_SECRET=${k.tok()}
GENIEACS_MONGODB_CONNECTION_URL=mongodb://genieacs:${k.cs()}@mongo-acs-01:27017,mongo-acs-02:27017/genieacs?replicaSet=rs0&authSource=admin
GENIEACS_CWMP_SSL_CERT=/etc/genieacs/acs.crt
GENIEACS_CWMP_SSL_KEY=/etc/genieacs/acs.key
`,
  ),

  netDoc(
    'net-homer-sipcapture-compose',
    ['config-syntax', 'precision'],
    'stacks/homer/docker-compose.yml',
    (k) => `version: "3.8"
services:
  heplify-server:
    image: sipcapture/heplify-server:1.30
    environment:
      - "HEPLIFYSERVER_HEPADDR=0.0.0.0:9060"
      - "HEPLIFYSERVER_DBSHEMA=homer7"
      - "HEPLIFYSERVER_DBDRIVER=postgres"
      - "HEPLIFYSERVER_DBADDR=db:5432"
      - "HEPLIFYSERVER_DBUSER=homer"
      - "HEPLIFYSERVER_DBPASS=${k.cpw()}"
  homer-webapp:
    image: sipcapture/webapp:1.4
    environment:
      - "DB_HOST=db"
      - "DB_USER=homer"
      - "DB_PASS=${k.cpw()}"
      - "HOMER_ADMIN_PASSWORD=${k.n('${HOMER_ADMIN_PASSWORD:?set it}')}"
  db:
    image: postgres:15
    environment:
      POSTGRES_PASSWORD: ${k.cpw()}
      POSTGRES_USER: homer
  grafana:
    image: grafana/grafana:10.4.2
    environment:
      GF_DATABASE_URL: postgres://grafana:${k.cs()}@db:5432/grafana
      GF_SECURITY_ADMIN_PASSWORD__FILE: /run/secrets/grafana_admin
`,
  ),

  netDoc(
    'net-netdisco-deployment-yml',
    ['config-syntax', 'precision'],
    'netdisco/environments/deployment.yml',
    (k) => `database:
  name: 'netdisco'
  user: 'netdisco'
  pass: '${k.cpw()}'
  host: 'localhost'

domain_suffix: ['.telnord.example']

device_auth:
  - tag: 'default_v2_readonly'
    community: '${k.comm()}'
    read: true
  - tag: 'lab_public'
    community: '${k.n('public')}'
    only: '10.99.0.0/16'
  - tag: 'v3_core'
    user: 'netdisco'
    auth:
      pass: '${k.phrase()}'
      proto: 'SHA'
    priv:
      pass: '${k.phrase()}'
      proto: 'AES'
  - tag: 'ssh_cisco'
    driver: 'cli'
    username: 'netdisco'
    password: '${k.cpw()}'

schedule:
  discoverall: { when: '5 7 * * *' }
  macwalk: { when: { min: 20 } }
`,
  ),

  netDoc(
    'net-ike-debug-output',
    ['logs-and-output', 'precision'],
    'logs/ike-debug-voxline.txt',
    (k) => `rtr-edge-02#show crypto isakmp sa detail
Codes: C - IKE configuration mode, D - Dead Peer Detection
       K - Keepalives, N - NAT-traversal
       T - cTCP encapsulation, X - IKE Extended Authentication
       psk - Preshared key, rsig - RSA signature
       renc - RSA encryption
IPv4 Crypto ISAKMP SA

C-id  Local           Remote          I-VRF  Status Encr Hash   Auth DH Lifetime Cap.
1042  198.51.100.2    203.0.113.45           ACTIVE aes  sha256 psk  14 07:58:12
       Engine-id:Conn-id =  SW:42

rtr-edge-02#show crypto ipsec sa | i spi|peer
   current_peer 203.0.113.45 port 500
     current outbound spi: 0x${k.n(k.g.hex(8).toUpperCase())}(${k.n(k.g.digits(10))})
      spi: 0x${k.n(k.g.hex(8).toUpperCase())}(${k.n(k.g.digits(10))})
      spi: 0x${k.n(k.g.hex(8).toUpperCase())}(${k.n(k.g.digits(10))})

charon log from the far end:
09[IKE] initiating IKE_SA partner-voxline[12] to 203.0.113.45
09[ENC] generating IKE_SA_INIT request 0 [ SA KE No N(NATD_S_IP) N(NATD_D_IP) N(FRAG_SUP) N(HASH_ALG) N(REDIR_SUP) ]
09[IKE] IKE_SA partner-voxline[12] established between 192.0.2.200[vpn.telnord.example]...203.0.113.45[203.0.113.45]
09[IKE] SPIs: ${k.n(k.g.hex(16))}_i ${k.n(k.g.hex(16))}_r
09[IKE] nonce: ${k.n(k.g.hex(64))}
09[CHD] CHILD_SA net{7} established with SPIs ${k.n(k.g.hex(8))}_i ${k.n(k.g.hex(8))}_o
`,
  ),

  netDoc(
    'net-cpe-wifi-provisioning-csv',
    ['config-syntax', 'precision'],
    'provisioning/batch-2024-11-cpe.csv',
    (k) => `serial,mac,model,firmware,ssid,wpa_key,acs_profile
${k.n('ZTEG' + k.g.hex(8).toUpperCase())},${k.n(V.mac(k.g))},F680,V9.0.11P1N7,Fibrex-${k.n(k.g.hex(4).toUpperCase())},${k.s('password', k.g.chars('abcdefghjkmnpqrstuvwxyz23456789', 12))},residential
${k.n('ZTEG' + k.g.hex(8).toUpperCase())},${k.n(V.mac(k.g))},F680,V9.0.11P1N7,Fibrex-${k.n(k.g.hex(4).toUpperCase())},${k.s('password', k.g.chars('abcdefghjkmnpqrstuvwxyz23456789', 12))},residential
${k.n('HWTC' + k.g.hex(8).toUpperCase())},${k.n(V.mac(k.g))},HG8245W5,V5R020C10S115,Fibrex-${k.n(k.g.hex(4).toUpperCase())},${k.s('password', k.g.chars('abcdefghjkmnpqrstuvwxyz23456789', 12))},business
${k.n('HWTC' + k.g.hex(8).toUpperCase())},${k.n(V.mac(k.g))},HG8245W5,V5R020C10S115,Fibrex-${k.n(k.g.hex(4).toUpperCase())},(customer-set),business
`,
  ),

  netDoc(
    'net-snmp-mib-and-oid-notes',
    ['prose', 'precision'],
    'docs/monitoring/oid-cheatsheet.md',
    (k) => `# OID cheat sheet

| What | OID | Example value |
|---|---|---|
| sysDescr | .1.3.6.1.2.1.1.1.0 | Cisco IOS XE Software, Version 17.09.04a |
| sysObjectID | .1.3.6.1.2.1.1.2.0 | .1.3.6.1.4.1.9.1.2494 |
| ifPhysAddress | .1.3.6.1.2.1.2.2.1.6 | ${k.n(V.mac(k.g))} |
| entPhysicalSerialNum | .1.3.6.1.2.1.47.1.1.1.1.11 | ${k.n(V.ciscoSerial(k.g))} |
| snmpEngineID | .1.3.6.1.6.3.10.2.1.1.0 | ${k.n('0x' + V.engineId(k.g))} |
| usmUserAuthProtocol | .1.3.6.1.6.3.15.1.2.2.1.5 | usmHMACSHAAuthProtocol |
| docsIfCmStatusValue | .1.3.6.1.2.1.10.127.2.2.1.1 | operational(12) |

The community in the examples below is \`${k.n('public')}\`; replace with yours (\`-c ${k.n('<community>')}\`).
SNMPv3 examples use \`-A ${k.n('<authpass>')} -X ${k.n('<privpass>')}\` — never put real passphrases in this page.
`,
  ),
];
