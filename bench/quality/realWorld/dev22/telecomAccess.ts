// Fibre and DSL access: OLT provisioning scripts (Huawei, ZTE, Nokia), ONT/CPE config exports, TR-069 ACS
// settings (GenieACS, ConnectionRequest passwords), PPPoE logins, where PON serials, VLANs and MACs abound.
import type { RealWorldDoc } from '../types';
import { tDoc, T } from './telecomValues';

export const TELECOM_ACCESS_DOCS: RealWorldDoc[] = [
  tDoc(
    'telecom-huawei-olt-provision-script',
    ['command-line', 'precision'],
    'scripts/olt/provision_ont_0-1-3.txt',
    (k) => `enable
config
interface gpon 0/1
 ont add 3 ${k.g.digits(2)} sn-auth "${k.n(T.ponSn(k.g))}" omci ont-lineprofile-id 10 ont-srvprofile-id 10 desc "CLIENTE ${k.n(T.account(k.g))}"
 ont ipconfig 3 ${k.g.digits(2)} ip-index 0 dhcp vlan ${T.vlan(k.g)} priority 0
 ont wan-config 3 ${k.g.digits(2)} ip-index 0 profile-id 1
 quit
ont pppoe 0/1/3 ${k.g.digits(2)} user-name ${k.g.lower(4)}${k.g.digits(6)}@fibra password ${k.dev()}
ont web-user 0/1/3 ${k.g.digits(2)} name telecomadmin password ${k.dev()}
service-port vlan ${T.vlan(k.g)} gpon 0/1/3 ont ${k.g.digits(2)} gemport 1 multi-service user-vlan ${T.vlan(k.g)} tag-transform translate
save
`,
  ),

  tDoc(
    'telecom-zte-olt-onu-config',
    ['command-line', 'config-syntax', 'precision'],
    'scripts/olt/zte-c320-onu-${1}.txt'.replace('${1}', 'template'),
    (k) => `configure terminal
interface gpon-olt_1/2/4
  onu 17 type ZTE-F660 sn ${k.n(T.ponSn(k.g))}
exit
interface gpon-onu_1/2/4:17
  name ${k.n(T.account(k.g))}
  tcont 1 profile 100M
  gemport 1 tcont 1
  service-port 1 vport 1 user-vlan ${T.vlan(k.g)} vlan ${T.vlan(k.g)}
exit
pon-onu-mng gpon-onu_1/2/4:17
  service internet gemport 1 vlan ${T.vlan(k.g)}
  wan-ip 1 mode pppoe username ${k.g.lower(5)}.${k.g.digits(4)} password ${k.dev()} vlan-profile pppoe host 1
  security-mgmt 1 state enable mode forward protocol web
  security-mgmt 1 username admin password ${k.dev()}
exit
`,
  ),

  tDoc(
    'telecom-genieacs-provision-js',
    ['code', 'defaults-in-code', 'precision'],
    'genieacs/provisions/default-wifi.js',
    (k) => `// GenieACS provision: push PPPoE, Wi-Fi and ConnectionRequest credentials on BOOTSTRAP
const now = Date.now();
const serial = declare("DeviceID.SerialNumber", { value: 1 }).value[0];

const pppUser = declare("VirtualParameters.pppoe_username", { value: now }).value[0];
declare("InternetGatewayDevice.WANDevice.1.WANConnectionDevice.1.WANPPPConnection.1.Username", { value: now }, { value: pppUser });

// fallback when the billing lookup fails (TODO remove)
declare("InternetGatewayDevice.WANDevice.1.WANConnectionDevice.1.WANPPPConnection.1.Password", { value: now }, { value: "${k.dev()}" });

declare("InternetGatewayDevice.ManagementServer.ConnectionRequestUsername", { value: now }, { value: "acs" });
declare("InternetGatewayDevice.ManagementServer.ConnectionRequestPassword", { value: now }, { value: "${k.gpw()}" });

declare("InternetGatewayDevice.LANDevice.1.WLANConfiguration.1.PreSharedKey.1.KeyPassphrase", { value: now }, { value: serial.slice(-8) });
log("provisioned " + serial + " oui ${k.n(k.g.hex(6).toUpperCase())}");
`,
  ),

  tDoc(
    'telecom-genieacs-env',
    ['config-syntax', 'precision'],
    'genieacs/genieacs.env',
    (k) => `GENIEACS_CWMP_ACCESS_LOG_FILE=/var/log/genieacs/genieacs-cwmp-access.log
GENIEACS_NBI_ACCESS_LOG_FILE=/var/log/genieacs/genieacs-nbi-access.log
GENIEACS_FS_ACCESS_LOG_FILE=/var/log/genieacs/genieacs-fs-access.log
GENIEACS_UI_JWT_SECRET=${k.tok()}
GENIEACS_EXT_DIR=/opt/genieacs/ext
GENIEACS_MONGODB_CONNECTION_URL=mongodb://genieacs:${k.cs()}@${T.ipv4(k.g, '10.90')}:27017/genieacs?authSource=admin
GENIEACS_CWMP_SSL_CERT=/etc/ssl/acs/cert.pem
GENIEACS_CWMP_SSL_KEY=/etc/ssl/acs/key.pem
`,
  ),

  tDoc(
    'telecom-cpe-config-export-xml',
    ['config-syntax', 'credential-file', 'precision'],
    'support/exports/cpe-backup-' + 'F660.xml',
    (k) => `<?xml version="1.0" encoding="UTF-8"?>
<DB>
  <Tbl name="DevInfo">
    <Row No="0"><DM name="SerialNumber" val="${k.n(T.ponSn(k.g))}"/><DM name="MACAddress" val="${k.n(T.mac(k.g))}"/></Row>
  </Tbl>
  <Tbl name="WANCPPP">
    <Row No="0">
      <DM name="UserName" val="${k.g.lower(6)}@velox"/>
      <DM name="Password" val="${k.dev()}"/>
      <DM name="VLANID" val="${T.vlan(k.g)}"/>
    </Row>
  </Tbl>
  <Tbl name="WLANCfg">
    <Row No="0"><DM name="ESSID" val="VIVO-${k.g.hex(4).toUpperCase()}"/><DM name="KeyPassphrase" val="${k.hpw()}"/></Row>
  </Tbl>
  <Tbl name="MgtServer">
    <Row No="0">
      <DM name="URL" val="http://acs.isp.example:7547/"/>
      <DM name="Username" val="cpe"/>
      <DM name="Password" val="${k.gpw()}"/>
      <DM name="ConnectionRequestPassword" val="${k.gpw()}"/>
    </Row>
  </Tbl>
  <Tbl name="DevAuthInfo">
    <Row No="0"><DM name="User" val="admin"/><DM name="Pass" val="${k.n(T.sha256(k.g))}"/><DM name="Level" val="1"/></Row>
  </Tbl>
</DB>
`,
  ),

  tDoc(
    'telecom-nokia-isam-ont-cli',
    ['command-line', 'precision'],
    'scripts/olt/nokia-isam-activation.txt',
    (k) => `# ISAM FX-16 activation, ticket ${k.n(T.ticket(k.g))}
configure equipment ont interface 1/1/3/1/${k.g.digits(2)} sw-ver-pland disabled subslocid ${k.n(k.g.upper(2) + k.g.digits(8))} sernum ${k.n('ALCL:' + k.g.hex(8).toUpperCase())} fec-up disable optics-hist enable
configure equipment ont interface 1/1/3/1/${k.g.digits(2)} admin-state up
configure equipment ont interface 1/1/3/1/${k.g.digits(2)} pland-cfgfile1 auto dnload-cfgfile1 auto
configure equipment ont interface 1/1/3/1/${k.g.digits(2)} password ascii:${k.dev()}
configure system security snmp community ${k.s('password', T.snmpCommunity(k.g))} host-address ${T.ipv4(k.g, '10.3')}/32 context ihub
admin equipment ont interface 1/1/3/1/${k.g.digits(2)} reboot with-active-image
`,
  ),

  tDoc('telecom-ont-bulk-csv', ['config-syntax', 'precision'], 'exports/ativacoes-2026-03.csv', (k) => {
    const rows = Array.from(
      { length: 5 },
      () => `${k.n(T.account(k.g))};${k.n(T.ponSn(k.g))};${T.vlan(k.g)};${k.g.lower(5)}${k.g.digits(5)}@fibra;${k.dev()};${k.n(T.mac(k.g))};${k.g.pick(['Recife', 'Olinda', 'Jaboatao'])}`,
    );
    return `contrato;serial_ont;vlan;usuario_pppoe;senha_pppoe;mac_cpe;cidade\n${rows.join('\n')}\n`;
  }),

  tDoc(
    'telecom-axiros-acs-yaml',
    ['config-syntax', 'precision'],
    'deploy/axiros/values.yaml',
    (k) => `axess:
  url: https://acs.operator.example/live/CPEManager/AXCommon
  username: nbi_integration
  password: ${k.gpw()}
  connection_request:
    default_username: cr_user
    default_password: ${k.n('${CR_PASSWORD}')}
  tls:
    ca_bundle: /etc/ssl/certs/operator-ca.pem
  devices:
    - oui: ${k.n(k.g.hex(6).toUpperCase())}
      product_class: HG8245Q2
      firmware_sha1: ${k.n(T.sha1(k.g))}
`,
  ),

  tDoc(
    'telecom-field-install-checklist',
    ['prose', 'precision'],
    'docs/campo/checklist-instalacao.md',
    (k) => `# Checklist de instalação FTTH

1. Conferir potência óptica na caixa CTO (entre -15 e -25 dBm).
2. Registrar o serial da ONT (ex.: ${k.n(T.ponSn(k.g))}) na OS ${k.n(T.ticket(k.g))}.
3. Configurar PPPoE com usuário e senha da OS. **Nunca** use a senha padrão do técnico (${k.dev()}) em cliente.
4. Trocar a senha do Wi-Fi para a escolhida pelo cliente; se ele não escolher, usar ${k.n('<senha da OS>')}.
5. Senha de acesso remoto da ONT para o suporte N2: ${k.dev()}.
6. Tirar foto da etiqueta (MAC ${k.n(T.mac(k.g))}).
`,
  ),

  tDoc(
    'telecom-dslam-expect-script',
    ['code', 'command-line', 'precision'],
    'scripts/dslam_port_reset.exp',
    (k) => `#!/usr/bin/expect -f
set timeout 20
set host [lindex $argv 0]
set port [lindex $argv 1]
spawn telnet $host
expect "login:"
send "isadmin\\r"
expect "password:"
send "${k.dev()}\\r"
expect "#"
send "configure xdsl line $port admin-up\\r"
expect "#"
send "logout\\r"
# remember: legacy box ${k.n(T.serial(k.g))} at POP ${k.g.upper(3)} still has the old login ${k.u('isadmin/isadmin')}
`,
  ),
];
