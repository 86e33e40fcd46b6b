// Metering and AMI: DLMS/COSEM keys (global unicast encryption key, authentication key, HLS secret, LLS password)
// in head-end imports, Gurux command lines and Python, Itron / Landis+Gyr head-end configs, MDM integrations, MV-90.
// Meter serials, MPANs, EANs, OBIS codes and logical device names are not secrets.
import type { RealWorldDoc } from '../types';
import { eDoc, E } from './energyValues';

export const ENERGY_METERING_DOCS: RealWorldDoc[] = [
  eDoc(
    'energy-dlms-key-import-csv',
    ['config-syntax', 'precision'],
    'ami/import/keys_batch_2026_07.csv',
    (k) => `meter_serial;mpan;system_title;guek;gak;hls_secret
${k.n(E.meterSerial(k.g))};${k.n(E.mpan(k.g))};${k.n('4C475A' + k.g.hex(10).toUpperCase())};${k.s('token', E.dlmsKey(k.g))};${k.s('token', E.dlmsKey(k.g))};${k.s('password', k.g.hex(32).toUpperCase())}
${k.n(E.meterSerial(k.g))};${k.n(E.mpan(k.g))};${k.n('4C475A' + k.g.hex(10).toUpperCase())};${k.s('token', E.dlmsKey(k.g))};${k.s('token', E.dlmsKey(k.g))};${k.s('password', k.g.hex(32).toUpperCase())}
${k.n(E.meterSerial(k.g))};${k.n(E.mpan(k.g))};${k.n('4C475A' + k.g.hex(10).toUpperCase())};${k.s('token', E.dlmsKey(k.g))};${k.s('token', E.dlmsKey(k.g))};${k.s('password', k.g.hex(32).toUpperCase())}
`,
  ),

  eDoc(
    'energy-gurux-dlms-cli',
    ['command-line', 'precision'],
    'docs/meter-lab/gurux-reader.md',
    (k) => `# Reading a meter in the lab with Gurux

Optical probe on COM3, HDLC, low-level security (LLS) for the public client is off:

    GXDLMSReader.exe -S COM3:9600:8None1 -c 16 -s 1 -a None -g "0.0.1.0.0.255:2"

Management client with LLS:

    GXDLMSReader.exe -h ${E.ipv4(k.g)} -p 4059 -c 1 -s 1 -a Low -P ${k.dev()} -r sn

Management client with HLS-GMAC and ciphering (meter ${k.n(E.meterSerial(k.g))}):

    GXDLMSReader.exe -h ${E.ipv4(k.g)} -p 4059 -c 1 -s 1 -a HighGMac -C AuthenticationEncryption \\
      -T ${k.n('4C475A' + k.g.hex(10).toUpperCase())} -A ${k.s('token', E.dlmsKey(k.g))} -B ${k.s('token', E.dlmsKey(k.g))}

OBIS codes we read: \`${k.n('1.0.1.8.0.255')}\` (A+), \`${k.n('1.0.2.8.0.255')}\` (A−), \`${k.n('0.0.96.1.0.255')}\` (serial).
The default test keys of the vendor kit (\`${k.n('000102030405060708090A0B0C0D0E0F')}\`) never leave the lab.
`,
  ),

  eDoc(
    'energy-dlms-python-headend-client',
    ['code', 'precision'],
    'headend/tools/read_register.py',
    (k) => `from dlms_cosem.client import DlmsClient
from dlms_cosem.security import HighLevelSecurityGmacAuthentication
from dlms_cosem import cosem, enumerations

# keys of the pilot batch (Gdansk), copied from the factory key file
ENCRYPTION_KEY = bytes.fromhex("${k.s('token', E.dlmsKey(k.g))}")
AUTHENTICATION_KEY = bytes.fromhex("${k.s('token', E.dlmsKey(k.g))}")
SYSTEM_TITLE = bytes.fromhex("${k.n('4954520000' + k.g.hex(6).toUpperCase())}")

client = DlmsClient.with_tcp_transport(
    server_logical_address=1,
    client_logical_address=1,
    host="${E.ipv4(k.g)}",
    port=4059,
    authentication=HighLevelSecurityGmacAuthentication(challenge_length=32),
    encryption_key=ENCRYPTION_KEY,
    authentication_key=AUTHENTICATION_KEY,
    client_system_title=SYSTEM_TITLE,
)

with client.session() as c:
    print(c.get(cosem.CosemAttribute(interface=enumerations.CosemInterface.REGISTER,
                                     instance=cosem.Obis(1, 0, 1, 8, 0), attribute=2)))
`,
  ),

  eDoc(
    'energy-headend-application-properties',
    ['config-syntax', 'precision'],
    'headend/config/application.properties',
    (k) => `# AMI head-end (meter data collection) – production
spring.datasource.url=jdbc:oracle:thin:@ami-db01:1521/HEADEND
spring.datasource.username=HE_APP
spring.datasource.password=${k.spw()}
spring.rabbitmq.host=mq.ami.local
spring.rabbitmq.username=headend
spring.rabbitmq.password=${k.gpw()}
mdm.endpoint=https://mdm.utility.local/api/v2/readings
mdm.api-key=${k.tok()}
dlms.master-key=${k.s('token', E.dlmsKey(k.g))}
dlms.default-lls-password=${k.u('00000000')}
ldap.bind-password=\${LDAP_BIND_PASSWORD}
meter.serial.pattern=${k.n('^(LGZ|ITR|EMH)\\d{8}$')}
`,
  ),

  eDoc(
    'energy-itron-openway-ticket',
    ['prose', 'precision'],
    'tickets/AMI-2291.md',
    (k) => `### AMI-2291 – Collector CL-0457 not uploading since firmware update

Collector: ${k.n(E.serial(k.g))} (Itron OpenWay Riva), feeder ${k.n('FDR-12')}, substation SS-West.
Meters behind it: ${k.n(E.meterSerial(k.g))}, ${k.n(E.meterSerial(k.g))}, … (1,284 in total).

Field tech logged in to the collector web UI with the site password \`${k.dev()}\` and sees
"C12.22 registration failed". Itron support asked for the collector's C12.18 optical password; it is the
utility-wide one, so **not pasting it here** – ask the AMI team lead.

Firmware image: \`riva-fw-5.3.2.bin\` sha256 \`${k.n(E.sha256(k.g))}\`

Update 14:20: registration works again after re-keying; new AMI service account password for the head-end
is ${k.pw()} (rotating with the next release).
`,
  ),

  eDoc(
    'energy-mv90-translation-ini',
    ['config-syntax', 'precision'],
    'mv90/MV90xi/TRANSLATE.INI',
    (k) => `[General]
Installation=NorthGrid
DataDirectory=E:\\MV90\\Data
ExportFormat=MV90XML

[Database]
Server=mv90-db01
Database=MV90XI
User=mv90app
Password=${k.spw()}

[FTP]
Host=sftp.meterreads.example
User=northgrid
Password=${k.hpw()}
RemoteDir=/inbound/interval

[Meters]
; C&I customers read daily
${k.n(E.meterSerial(k.g))}=DAILY
${k.n(E.meterSerial(k.g))}=DAILY
${k.n(E.meterSerial(k.g))}=WEEKLY
`,
  ),

  eDoc(
    'energy-landis-gyr-hes-env-yaml',
    ['config-syntax', 'precision'],
    'deploy/lg-hes-adapter/values.yaml',
    (k) => `image:
  repository: registry.utility.local/ami/lg-hes-adapter
  tag: 2.8.1
env:
  HES_BASE_URL: https://hes.lgplatform.example/api
  HES_CLIENT_ID: ${k.n(k.g.uuid())}
  HES_CLIENT_SECRET: ${k.tok()}
  MDM_URL: https://mdm.utility.local
  MDM_PASSWORD:
    valueFrom:
      secretKeyRef:
        name: mdm-credentials
        key: password
  DEFAULT_EAN_PREFIX: "${k.n('871')}"
  SAMPLE_EAN: "${k.n(E.ean(k.g))}"
resources:
  limits: { cpu: 500m, memory: 512Mi }
`,
  ),

  eDoc(
    'energy-smart-meter-key-email-nl',
    ['prose', 'precision'],
    'mail/2026-01-sleutels-pilot.txt',
    (k) => `Van: Meterbeheer <meterbeheer@netbeheer.example>
Aan: Leverancier Kaifa
Onderwerp: Sleutels pilot Eemshaven (24 meters)

Beste,

Voor de pilot hebben we de sleutels per meter in het bijgevoegde bestand gezet (versleuteld, wachtwoord volgt per sms).
Voor de twee testmeters in het lab hieronder alvast de sleutels zodat jullie kunnen beginnen:

  EAN ${k.n(E.ean(k.g))}  serienummer ${k.n(E.meterSerial(k.g))}
    GUEK: ${k.s('token', E.dlmsKey(k.g))}
    GAK:  ${k.s('token', E.dlmsKey(k.g))}

  EAN ${k.n(E.ean(k.g))}  serienummer ${k.n(E.meterSerial(k.g))}
    GUEK: ${k.s('token', E.dlmsKey(k.g))}
    GAK:  ${k.s('token', E.dlmsKey(k.g))}

De P1-poort sleutel van DSMR 5 meters (alleen de klant heeft die) hoort hier niet bij.

Met vriendelijke groet,
Sanne de Vries
`,
  ),

  eDoc(
    'energy-mdm-sftp-cron',
    ['command-line', 'precision'],
    'mdm/cron/pull-reads.sh',
    (k) => `#!/bin/sh
# Pull the daily interval reads from the retailer SFTP (cron 02:15)
export SSHPASS='${k.spw()}'
sshpass -e sftp -oBatchMode=no retailer_reads@sftp.retail.example <<EOF
cd outbound
mget MDM_READS_$(date +%Y%m%d)*.csv /data/inbound/
bye
EOF
lftp -u mdmsync,${k.spw()} sftp://sftp2.retail.example -e "mirror --only-newer /outbound /data/inbound2; quit"
sha256sum /data/inbound/*.csv >> /var/log/mdm/checksums.log   # e.g. ${k.n(E.sha256(k.g))}
`,
  ),

  eDoc(
    'energy-p1-dsmr-homeassistant',
    ['config-syntax', 'precision'],
    'homeassistant/configuration.yaml',
    (k) => `# Home energy dashboard (DSMR P1 reader + SolarEdge + EV charger)
homeassistant:
  name: Thuis
  unit_system: metric

sensor:
  - platform: dsmr
    port: /dev/ttyUSB0
    dsmr_version: "5"

solaredge:
  api_key: ${k.s('token', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 32))}
  site_id: "${k.n(k.g.digits(7))}"

mqtt:
  broker: 192.168.1.20
  username: homeassistant
  password: !secret mqtt_password

recorder:
  db_url: mysql://hass:${k.cs()}@core-mariadb/homeassistant?charset=utf8mb4
`,
  ),
];
