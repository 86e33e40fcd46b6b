// Broadcast playout and newsroom systems as broadcast engineers keep them: ENPS/iNews MOS gateways, Avid
// MediaCentral, Dalet, Harmonic and Grass Valley configs, Ross XPression data links, SNMP on encoders, device web
// UIs with default admin passwords, Ansible inventories for the playout servers.
import type { RealWorldDoc } from '../types';
import { mDoc, V } from './mediaValues';

export const MEDIA_BROADCAST_DOCS: RealWorldDoc[] = [
  mDoc(
    'media-mos-gateway-ini',
    ['config-syntax', 'precision'],
    'mosgw/MOSGateway.ini',
    (k) => `[General]
NCSID=ENPS_PROD
MOSID=XPRESSION.MOS.RTV7
Port_Lower=10540
Port_Upper=10541

[ENPS]
Server=enps-prod01.rtv7.local
Database=ENPS
User=mosgw
Password=${k.spw()}

[iNEWS]
; legacy iNEWS FTP for rundown export
FTPHost=inews-a.rtv7.local
FTPUser=mosftp
FTPPassword=${k.spw()}
Queue=SHOW.NIEUWS-18UUR.RUNDOWN

[Logging]
Level=INFO
`,
  ),

  mDoc(
    'media-avid-mediacentral-ansible',
    ['config-syntax', 'precision'],
    'ansible/inventories/prod/group_vars/mediacentral.yml',
    (k) => `---
mcux_hosts: [mcux01.news.local, mcux02.news.local]
mcux_admin_user: Administrator
mcux_admin_password: "{{ ${k.n('vault_mcux_admin_password')} }}"
interplay_engine_user: svc_interplay
interplay_engine_password: "${k.pw()}"
rabbitmq_user: acs
rabbitmq_password: ${k.spw()}
mongodb_uri: "mongodb://mcs:${k.cs()}@mongo01.news.local:27017/mcs?authSource=admin"
nexis_workspace: NEWS_MEDIA
ldap_bind_password: !vault |
  ${k.n('$ANSIBLE_VAULT;1.1;AES256')}
  ${k.n(k.g.hex(64))}
  ${k.n(k.g.hex(64))}
`,
  ),

  mDoc(
    'media-dalet-galaxy-connection',
    ['config-syntax'],
    'dalet/Galaxy.Server.config',
    (k) => `<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="DaletDB" connectionString="Data Source=SQLDALET01\\DALET;Initial Catalog=DaletPlus;User ID=dalet_app;Password=${k.cs()};MultipleActiveResultSets=True" />
    <add name="Archive" connectionString="Server=SQLARCH01;Database=DaletArchive;Integrated Security=SSPI" />
  </connectionStrings>
  <appSettings>
    <add key="StorageUnc" value="\\\\isilon01\\dalet_media" />
    <add key="StorageUser" value="NEWS\\svc_dalet" />
    <add key="StoragePassword" value="${k.spw()}" />
    <add key="WebSpaceUrl" value="https://dalet-web.news.local" />
  </appSettings>
</configuration>
`,
  ),

  mDoc(
    'media-harmonic-xos-api-script',
    ['code', 'http-auth', 'precision'],
    'tools/harmonic/xos_failover.py',
    (k) => `#!/usr/bin/env python3
"""Switch an XOS service to its backup input (used by the MCR when the primary contribution drops)."""
import requests, sys
XOS = "https://xos-mcr01.playout.local"
SESSION = requests.Session()
SESSION.verify = False  # self-signed on the appliance
SESSION.auth = ("mcr_operator", "${k.pw()}")

def switch(service_id: str, input_name="backup"):
    r = SESSION.post(f"{XOS}/api/v1/services/{service_id}/actions/switch-input", json={"input": input_name})
    r.raise_for_status()

if __name__ == "__main__":
    switch(sys.argv[1] if len(sys.argv) > 1 else "${k.n(V.uuid(k.g))}")
`,
  ),

  mDoc(
    'media-snmp-encoders-config',
    ['config-syntax', 'precision'],
    'monitoring/prometheus/snmp.yml',
    (k) => `auths:
  public_v2:
    community: ${k.n('public')}
    version: 2
  encoders_v2:
    community: ${k.s('password', k.g.alnum(14))}
    version: 2
  playout_v3:
    version: 3
    username: prom_snmp
    security_level: authPriv
    auth_protocol: SHA
    password: ${k.spw()}
    priv_protocol: AES
    priv_password: ${k.spw()}
modules:
  harmonic_electra:
    walk: [1.3.6.1.4.1.1563.10]
`,
  ),

  mDoc(
    'media-device-inventory-defaults',
    ['prose', 'precision'],
    'docs/mcr/device-inventory.md',
    (k) => `# MCR device inventory

| Device | IP | Web UI login | Notes |
|---|---|---|---|
| Blackmagic ATEM 2 M/E | ${V.ipv4(k.g, '10.20')} | — | no auth |
| Matrox Monarch HD | ${V.ipv4(k.g, '10.20')} | admin / ${k.u('admin')} | factory default, VLAN isolated |
| AJA HELO Plus | ${V.ipv4(k.g, '10.20')} | admin / ${k.pw()} | changed 2025-04 |
| Haivision Makito X4 | ${V.ipv4(k.g, '10.20')} | haiadmin / ${k.pw()} | SRT gateway |
| Ross Ultrix | ${V.ipv4(k.g, '10.20')} | admin / ${k.n('********')} | see 1Password "MCR" |
| Grass Valley K-Frame | ${V.ipv4(k.g, '10.20')} | root / ${k.u('grass')} | vendor default, vendor says do not change |
| Teradek Prism | ${V.ipv4(k.g, '10.20')} | admin / ${k.pw()} | OB van |

Serial numbers and asset tags: see the asset DB (ids like ${k.n('AST-' + k.g.digits(6))}).
`,
  ),

  mDoc(
    'media-grassvalley-igt-hosts',
    ['config-syntax', 'credential-file'],
    'playout/igt/pgpass',
    (k) => `# ~/.pgpass on the iTX/AMPP bridge host: hostname:port:database:username:password
playoutdb01.playout.local:5432:itx_schedule:itx_reader:${k.spw()}
playoutdb01.playout.local:5432:itx_schedule:itx_writer:${k.spw()}
*:5432:asrun:asrun:${k.spw()}
`,
  ),

  mDoc(
    'media-ross-xpression-datalinq',
    ['config-syntax', 'precision'],
    'xpression/DataLinq/Elections.dlq.xml',
    (k) => `<DataLinqServer>
  <Source Name="ElectionResults" Type="SQL">
    <Connection>Provider=SQLOLEDB;Data Source=ELECTIONSQL;Initial Catalog=Results2025;User Id=xpr_read;Password=${k.cs()};</Connection>
    <Refresh>5</Refresh>
  </Source>
  <Source Name="Weather" Type="JSON">
    <Url>https://api.weather-partner.example/v3/obs?stations=10637,10738&amp;apiKey=${k.http(k.g.hex(32))}</Url>
  </Source>
  <Source Name="Ticker" Type="RSS">
    <Url>https://www.rtv7.example/rss/ticker.xml</Url>
  </Source>
  <Template Id="${k.n(V.uuid(k.g))}" Scene="L3_ELECT" />
</DataLinqServer>
`,
  ),

  mDoc(
    'media-ndi-discovery-config',
    ['config-syntax', 'precision'],
    'ndi/ndi-config.v1.json',
    (k) => `{
  "ndi": {
    "machinename": "GFX-PC",
    "networks": { "ips": "${V.ipv4(k.g, '10.30')},${V.ipv4(k.g, '10.30')}", "discovery": "${V.ipv4(k.g, '10.30')}" },
    "groups": { "send": "Studio A", "recv": "Studio A,MCR" },
    "rudp": { "send": { "enable": true } },
    "vendor": { "name": "NewTek", "id": "${k.n(k.g.hex(32))}" }
  }
}
`,
  ),

  mDoc(
    'media-playout-ansible-hosts',
    ['config-syntax'],
    'ansible/inventories/playout/hosts.ini',
    (k) => `[playout]
casparcg01 ansible_host=${V.ipv4(k.g, '10.40')}
casparcg02 ansible_host=${V.ipv4(k.g, '10.40')}

[playout:vars]
ansible_user=Administrator
ansible_password=${k.spw()}
ansible_connection=winrm
ansible_winrm_transport=ntlm
ansible_winrm_server_cert_validation=ignore

[automation]
sofie-core ansible_host=${V.ipv4(k.g, '10.40')} ansible_user=sofie ansible_become_pass=${k.spw()}
`,
  ),

  mDoc(
    'media-sofie-core-compose',
    ['config-syntax', 'precision'],
    'sofie/docker-compose.yaml',
    (k) => `services:
  core:
    image: sofietv/tv-automation-server-core:release51
    environment:
      MONGO_URL: mongodb://sofie:${k.cs()}@mongo:27017/meteor?authSource=admin
      ROOT_URL: http://sofie.studio.local
      MAIL_URL: smtp://sofie-alerts:${k.cs()}@smtp.studio.local:587
  mongo:
    image: mongo:6
    environment:
      MONGO_INITDB_ROOT_USERNAME: sofie
      MONGO_INITDB_ROOT_PASSWORD: \${${k.n('MONGO_ROOT_PASSWORD')}}
  playout-gateway:
    image: sofietv/tv-automation-playout-gateway:release51
    command: yarn start -host core -port 3000 -id playoutGateway0 -token ${k.s('token', k.g.alnum(32))}
`,
  ),
];
