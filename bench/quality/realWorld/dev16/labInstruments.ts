// Lab instruments and their control PCs: LabVIEW INI files, vendor acquisition software configs, SMB shares
// mapped in batch files, OPC UA clients, EPICS and Tango, Python instrument drivers, autosave scripts.
import type { RealWorldDoc } from '../types';
import { labDoc, V } from './labValues';

export const LAB_INSTRUMENT_DOCS: RealWorldDoc[] = [
  labDoc(
    'lab-labview-ini',
    ['config-syntax', 'precision'],
    'C/ProgramData/SpectroDAQ/SpectroDAQ.ini',
    (k) => `[SpectroDAQ]
server.tcp.enabled=True
server.tcp.port=3363
FPFont="0"13
AcquisitionPath="D:\\Data\\Spectra"
ExportPath="\\\\nas-physchem\\spectra\\export"
[Database]
DSN=SpectraDB
Server=sql01.physchem.local\\SQLEXPRESS
User=spectro_writer
Password="${k.spw()}"
[FTP]
Host=ftp.physchem.local
User=daq
Pass=${k.spw()}
[Instrument]
Serial=${k.n('SN-' + k.g.digits(7))}
Firmware=4.12.3
CalibrationHash=${k.n(V.md5(k.g))}
`,
  ),

  labDoc(
    'lab-map-share-bat',
    ['command-line', 'code'],
    'C/Users/Public/map_drives.bat',
    (k) => `@echo off
REM Map the group shares on the microscope PC at logon (put in shell:startup)
net use M: /delete /y >nul 2>&1
net use M: \\\\fs01.bio.uni-example.de\\microscopy /user:BIO\\svc-microscope ${k.spw()} /persistent:yes
net use R: \\\\fs01.bio.uni-example.de\\rawdata /user:BIO\\svc-microscope ${k.spw()} /persistent:yes
net use S: \\\\nas-lab\\scratch
echo Drives mapped. Checksum of the acquisition profile: ${k.n(V.sha1(k.g))}
robocopy D:\\Acquisitions M:\\Acquisitions /E /Z /MT:8 /XO /LOG+:C:\\Logs\\robocopy.log
`,
  ),

  labDoc(
    'lab-fstab-cifs',
    ['config-syntax', 'credential-file'],
    'etc/fstab',
    (k) => `UUID=${k.n(k.g.uuid())} /               ext4    defaults        0 1
UUID=${k.n(k.g.uuid())} /boot/efi       vfat    umask=0077      0 1
//nas-lab.chem.local/instruments /mnt/instruments cifs username=nmrdata,password=${k.spw()},uid=1000,gid=1000,vers=3.0 0 0
//nas-lab.chem.local/archive /mnt/archive cifs credentials=/root/.smbcredentials,vers=3.0 0 0
lustre-mds01@o2ib:/scratch /lustre/scratch lustre defaults,_netdev,flock 0 0
beegfs_nodev /mnt/beegfs beegfs rw,relatime,cfgFile=/etc/beegfs/beegfs-client.conf,_netdev 0 0
`,
  ),

  labDoc(
    'lab-smbcredentials',
    ['credential-file'],
    'root/.smbcredentials',
    (k) => `username=archive-mount
password=${k.pw()}
domain=CHEM
`,
  ),

  labDoc(
    'lab-opcua-client-python',
    ['code', 'precision'],
    'bioreactor/opcua_logger.py',
    (k) => `"""Log bioreactor setpoints and PVs from the OPC UA server of the fermenter controller."""
import asyncio
from asyncua import Client

URL = "opc.tcp://fermenter-01.bioprocess.local:4840/freeopcua/server/"
USER = "logger"
PASSWORD = "${k.spw()}"
NODES = {"temp": "ns=2;s=Reactor1.Temperature.PV", "ph": "ns=2;s=Reactor1.pH.PV", "do": "ns=2;s=Reactor1.DO.PV"}

async def main():
    client = Client(url=URL)
    client.set_user(USER)
    client.set_password(PASSWORD)
    await client.set_security_string("Basic256Sha256,SignAndEncrypt,certs/logger.der,certs/logger_key.pem")
    async with client:
        for name, nid in NODES.items():
            print(name, await client.get_node(nid).read_value())

asyncio.run(main())
`,
  ),

  labDoc(
    'lab-epics-archiver-env',
    ['config-syntax', 'command-line'],
    'epics/archappl/archappl.env',
    (k) => `EPICS_CA_ADDR_LIST="10.50.0.255 10.50.1.255"
EPICS_CA_AUTO_ADDR_LIST=NO
EPICS_CA_MAX_ARRAY_BYTES=10000000
ARCHAPPL_APPLIANCES=/opt/archappl/appliances.xml
ARCHAPPL_MYIDENTITY=appliance0
ARCHAPPL_SHORT_TERM_FOLDER=/arch/sts
MYSQL_USER=archappl
MYSQL_PASSWORD=${k.spw()}
MYSQL_DB=archappl
# Tango for the beamline: TANGO_HOST=tango-db.beamline.local:10000
TANGO_DB_PASSWORD=${k.spw()}
`,
  ),

  labDoc(
    'lab-tango-docker-compose',
    ['config-syntax', 'precision'],
    'beamline/docker-compose.yml',
    (k) => `services:
  tango-db:
    image: registry.gitlab.com/tango-controls/docker/mysql:5.16.3
    environment:
      - MYSQL_ROOT_PASSWORD=${k.spw()}
      - MYSQL_DATABASE=tango
      - MYSQL_USER=tango
      - MYSQL_PASSWORD=\${TANGO_DB_PASSWORD}
  tango-cs:
    image: registry.gitlab.com/tango-controls/docker/tango-cs:9.3.4
    ports: ["10000:10000"]
    environment:
      - TANGO_HOST=localhost:10000
      - MYSQL_HOST=tango-db:3306
      - MYSQL_USER=tango
      - MYSQL_PASSWORD=${k.n('${TANGO_DB_PASSWORD}')}
    depends_on: [tango-db]
  grafana:
    image: grafana/grafana:10.4.2
    environment:
      GF_SECURITY_ADMIN_PASSWORD: ${k.pw()}
`,
  ),

  labDoc(
    'lab-pyvisa-driver',
    ['code', 'precision'],
    'drivers/keysight_scope.py',
    (k) => `"""Minimal driver for the Keysight DSOX scope over LAN (VISA)."""
import pyvisa

RESOURCE = "TCPIP0::10.60.2.41::inst0::INSTR"
# the scope's web UI password, needed for the screenshot endpoint
WEB_PASSWORD = "${k.hpw()}"
SERIAL_EXPECTED = "${k.n('MY' + k.g.digits(8))}"

class Scope:
    def __init__(self, resource=RESOURCE):
        self.inst = pyvisa.ResourceManager("@py").open_resource(resource)
        self.inst.timeout = 5000

    def idn(self):
        return self.inst.query("*IDN?")

    def screenshot(self, path):
        import requests
        r = requests.get("http://10.60.2.41/getImage.asp", auth=("admin", WEB_PASSWORD))
        open(path, "wb").write(r.content)
`,
  ),

  labDoc(
    'lab-vendor-xml-config',
    ['config-syntax', 'precision'],
    'C/ProgramData/CryoScan/Settings.xml',
    (k) => `<?xml version="1.0" encoding="utf-8"?>
<Settings version="3.2">
  <Acquisition DefaultExposure="1.2" Binning="1" />
  <Storage Root="\\\\cryo-store\\sessions" FreeSpaceWarningGB="500" />
  <Transfer Protocol="SFTP" Host="cryo-dtn.hpc.local" Port="22" User="cryoscan" Password="${k.spw()}" />
  <Licence Key="${k.u(k.g.chars('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 5) + '-' + k.g.chars('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 5) + '-' + k.g.chars('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 5))}" Seats="2" />
  <Notify SlackWebhook="${k.prov('Slack webhook', V.slackHook(k.g))}" />
  <Session Id="${k.n(k.g.uuid())}" Grid="${k.n('Quantifoil R1.2/1.3')}" />
</Settings>
`,
  ),

  labDoc(
    'lab-instrument-autosave-ps1',
    ['code', 'command-line'],
    'scripts/Upload-Plates.ps1',
    (k) => `# Runs every 15 min on the plate reader PC (Task Scheduler)
$ErrorActionPreference = "Stop"
$pw = ConvertTo-SecureString "${k.spw()}" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ("LAB\\platereader", $pw)
New-PSDrive -Name P -PSProvider FileSystem -Root "\\\\fs-lab\\plates" -Credential $cred
Get-ChildItem "C:\\Export\\*.xlsx" | ForEach-Object {
    Copy-Item $_.FullName "P:\\incoming\\" -Force
    $hash = (Get-FileHash $_.FullName -Algorithm SHA256).Hash   # e.g. ${k.n(V.sha256(k.g).toUpperCase())}
    Invoke-RestMethod -Uri "https://lims.genomics.local/api/plates" -Method Post -Headers @{ "X-Api-Key" = "${k.tok()}" } -Body (@{file=$_.Name; sha256=$hash} | ConvertTo-Json)
}
`,
  ),

  labDoc(
    'lab-nmr-topspin-sync',
    ['command-line', 'code'],
    'nmr/sync_to_archive.sh',
    (k) => `#!/bin/sh
# TopSpin data → archive server; run from cron on the NMR workstation
export RSYNC_PASSWORD='${k.spw()}'
rsync -av --exclude '*.tmp' /opt/data/nmr/ rsync://nmrarchive@archive.chem.local/nmr/
# also push the spectra list to the ELN
curl -s -u nmr:${k.cs()} -F "file=@/opt/data/nmr/index.csv" https://eln.chem.local/api/v1/uploads
`,
  ),

  labDoc(
    'lab-arduino-incubator',
    ['code'],
    'firmware/incubator_monitor/incubator_monitor.ino',
    (k) => `#include <WiFi.h>
#include <HTTPClient.h>

const char* ssid     = "LabIoT";
const char* password = "${k.hpw()}";
const char* influxUrl = "https://influx.lab-example.org/api/v2/write?org=lab&bucket=incubators";
const char* influxToken = "${k.s('token', k.g.base64url(64).replace(/=+$/, '') + '==')}";

void setup() {
  Serial.begin(115200);
  WiFi.begin(ssid, password);
  while (WiFi.status() != WL_CONNECTED) delay(500);
}

void loop() {
  HTTPClient http;
  http.begin(influxUrl);
  http.addHeader("Authorization", String("Token ") + influxToken);
  http.POST("incubator,id=INC-03 temp=37.02,co2=5.01");
  http.end();
  delay(60000);
}
`,
  ),
];
