// Look-alikes OT files are full of: tag lists and Modbus maps, IEC 61850 SCL, meter registers with MPANs and EANs,
// certificate stores and firmware manifests, vendor documentation with example values, masked exports. Mostly
// negatives, with the odd real password people leave between them.
import type { RealWorldDoc } from '../types';
import { eDoc, E } from './energyValues';

export const ENERGY_LOOKALIKE_DOCS: RealWorldDoc[] = [
  eDoc(
    'energy-modbus-register-map-csv',
    ['precision', 'config-syntax'],
    'docs/modbus/inverter-register-map.csv',
    (k) => `register,name,type,scale,unit,access
${k.n('40001')},SerialNumber,STRING16,1,,R
${k.n('40021')},FirmwareHash,UINT32x4,1,,R
${k.n('40069')},ActivePower,INT32,0.1,kW,R
${k.n('40071')},ReactivePower,INT32,0.1,kvar,R
${k.n('40100')},PowerLimitPct,UINT16,0.01,%,RW
${k.n('40200')},InstallerPassword,UINT16x4,1,,W
${k.n('40204')},GridCode,UINT16,1,,RW
# writing the installer password register: 4 x UINT16 ASCII, e.g. the default ${k.n('0x3030 0x3030 0x3030 0x3030')}
`,
  ),

  eDoc(
    'energy-iec61850-scl-icd',
    ['precision', 'config-syntax'],
    'substation/scl/BAY12_PROT.icd',
    (k) => `<?xml version="1.0" encoding="UTF-8"?>
<SCL xmlns="http://www.iec.ch/61850/2003/SCL" version="2007" revision="B">
  <Header id="${k.n('BAY12_PROT')}" version="3" revision="1" toolID="IED Configurator"/>
  <Communication>
    <SubNetwork name="StationBus" type="8-MMS">
      <ConnectedAP iedName="BAY12_PROT" apName="S1">
        <Address>
          <P type="IP">${E.ipv4(k.g)}</P>
          <P type="OSI-AP-Title">${k.n('1,3,9999,23')}</P>
          <P type="OSI-PSEL">${k.n('00000001')}</P>
          <P type="OSI-SSEL">${k.n('0001')}</P>
        </Address>
        <GSE ldInst="PROT" cbName="GCB01">
          <Address><P type="MAC-Address">${k.n('01-0C-CD-01-00-' + k.g.hex(2).toUpperCase())}</P><P type="APPID">${k.n(k.g.hex(4).toUpperCase())}</P></Address>
        </GSE>
      </ConnectedAP>
    </SubNetwork>
  </Communication>
  <IED name="BAY12_PROT" manufacturer="Vendor" type="REL670">
    <AccessPoint name="S1"><Server><Authentication none="true"/>
      <LDevice inst="PROT"><LN0 lnClass="LLN0" inst="" lnType="${k.n('LLN0_' + k.g.hex(8))}"/>
        <LN lnClass="PTOC" inst="1" lnType="${k.n('PTOC_' + k.g.hex(8))}"/>
        <LN lnClass="PDIS" inst="1" lnType="${k.n('PDIS_' + k.g.hex(8))}"/>
      </LDevice>
    </Server></AccessPoint>
  </IED>
</SCL>
`,
  ),

  eDoc(
    'energy-meter-register-export',
    ['precision', 'logs-and-output'],
    'exports/meter-register-2026-06.csv',
    (k) => `mpan,meter_serial,ean,melo,msn_checksum,install_date,firmware_sha1,status
${k.n(E.mpan(k.g))},${k.n(E.meterSerial(k.g))},${k.n(E.ean(k.g))},${k.n(E.meloId(k.g))},${k.n(k.g.hex(8))},2024-03-11,${k.n(E.sha1(k.g))},active
${k.n(E.mpan(k.g))},${k.n(E.meterSerial(k.g))},${k.n(E.ean(k.g))},${k.n(E.meloId(k.g))},${k.n(k.g.hex(8))},2024-05-02,${k.n(E.sha1(k.g))},active
${k.n(E.mpan(k.g))},${k.n(E.meterSerial(k.g))},${k.n(E.ean(k.g))},${k.n(E.meloId(k.g))},${k.n(k.g.hex(8))},2025-01-17,${k.n(E.sha1(k.g))},removed
${k.n(E.mpan(k.g))},${k.n(E.meterSerial(k.g))},${k.n(E.ean(k.g))},${k.n(E.meloId(k.g))},${k.n(k.g.hex(8))},2025-09-30,${k.n(E.sha1(k.g))},active
`,
  ),

  eDoc(
    'energy-firmware-manifest-json',
    ['precision', 'config-syntax'],
    'firmware/rtu-fleet/manifest.json',
    (k) => `{
  "product": "RTU560-compatible gateway",
  "version": "12.4.3",
  "released": "2026-02-01",
  "files": [
    { "name": "rootfs.squashfs", "sha256": "${k.n(E.sha256(k.g))}", "size": 48234496 },
    { "name": "kernel.itb", "sha256": "${k.n(E.sha256(k.g))}", "size": 6291456 },
    { "name": "app.tar.zst", "sha256": "${k.n(E.sha256(k.g))}", "size": 12582912 }
  ],
  "signature": {
    "alg": "ES256",
    "keyId": "${k.n(k.g.hex(16))}",
    "value": "${k.n(k.g.base64(88))}"
  },
  "publicKey": "${k.n(E.pubPem(k.g).replace(/\n/g, '\\n'))}"
}
`,
  ),

  eDoc(
    'energy-opcua-cert-store-listing',
    ['precision', 'logs-and-output', 'command-line'],
    'notes/opcua-pki.txt',
    (k) => `PS C:\\ProgramData\\OPC Foundation\\pki> Get-ChildItem -Recurse own, trusted | Select Name
own\\certs\\KepwareServer [${k.n(E.thumbprint(k.g))}].der
own\\private\\KepwareServer [${k.n(E.thumbprint(k.g))}].pfx
trusted\\certs\\IgnitionClient [${k.n(E.thumbprint(k.g))}].der
trusted\\certs\\UaExpert [${k.n(E.thumbprint(k.g))}].der
PS> openssl x509 -in ignition.der -inform der -noout -fingerprint -sha1
SHA1 Fingerprint=${k.n(E.fingerprint(k.g))}
PS> openssl pkcs12 -in "own\\private\\KepwareServer.pfx" -nokeys -passin pass:${k.spw()}
`,
  ),

  eDoc(
    'energy-vendor-manual-example-values',
    ['precision', 'prose'],
    'docs/vendor/gateway-api-manual-excerpt.md',
    (k) => `## 4.2 Authentication

Every request carries the header \`X-Auth-Key\`. Example (the key below is the documentation example, not valid):

    GET /api/v2/measurements HTTP/1.1
    Host: gateway.local
    X-Auth-Key: ${k.n('0123456789abcdef0123456789abcdef')}

The default web login is \`admin\` / ${k.u('admin1234')}; the device forces a change at first login.

## 4.3 Tag addressing

Tags are addressed as \`${k.n(E.opcNode(k.g))}\` (OPC UA) or \`${k.n(E.modbusAddr(k.g))}\` (Modbus). The DLMS test
keys printed on the evaluation kit label (\`${k.n('000102030405060708090A0B0C0D0E0F')}\`) are the same on every kit.

## 4.4 Password field

The password field accepts \`${k.n('<password>')}\` up to 20 characters; \`${k.n('********')}\` is shown after saving.
`,
  ),

  eDoc(
    'energy-keepass-export-masked',
    ['precision', 'logs-and-output'],
    'audits/keepass-ot-masked-export.csv',
    (k) => `"Group","Title","Username","Password","URL","Notes"
"OT/SS-West","IE4000-SSW-01","netadmin","${k.n('****************')}","ssh://${E.ipv4(k.g)}","rotated 2026-01"
"OT/SS-West","BAY12_PROT","digsi","${k.n('[REDACTED]')}","","protection relay"
"OT/Plant3","Ignition gateway","admin","${k.n('<masked>')}","http://ign01:8088",""
"OT/Wind","WTG controllers","service","${k.n('Se**********!')}","","same on all 24"
"OT/Wind","Turbine web","customer","${k.hpw()}","","export bug: not masked"
`,
  ),

  eDoc(
    'energy-dnp3-point-list-and-keys-doc',
    ['precision', 'prose'],
    'docs/telemetry/dnp3-point-list.md',
    (k) => `# DNP3 point list – pumping stations

| Index | Type | Description |
|---|---|---|
| ${k.n('AI 0')} | Analog input | Wet well level |
| ${k.n('AI 1')} | Analog input | Pump 1 current |
| ${k.n('BI 4')} | Binary input | Intruder alarm |
| ${k.n('BO 0')} | Binary output | Pump 1 start |

Secure Authentication: the update key is unique per outstation and loaded with the vendor tool; the column
"update_key" in the commissioning sheet shows only its KCV (\`${k.n(k.g.hex(6).toUpperCase())}\`).
The key change method is ${k.n('AES-256 / HMAC-SHA-256')}.
`,
  ),

  eDoc(
    'energy-scada-alarm-log-lookalikes',
    ['precision', 'logs-and-output'],
    'logs/alarm-journal-export.txt',
    (k) => `2026-06-01 03:12:44.120  HI   U2.BLR.DRUM.LVL            ${k.n(k.g.hex(16))}  ACK by opr3
2026-06-01 03:12:58.005  HIHI U2.BLR.DRUM.LVL            ${k.n(k.g.hex(16))}  ACK by opr3
2026-06-01 03:20:10.777  LO   FDR12.Ia                   ${k.n(k.g.hex(16))}
2026-06-01 03:21:00.000  EVT  User "eng1" login from ENG-02 (session ${k.n(k.g.base64url(22))})
2026-06-01 03:21:05.100  EVT  User "eng1" failed login, reason=bad password, attempt=2
2026-06-01 03:40:12.010  EVT  Password changed for user "opr3" (hash ${k.n(E.sha256(k.g))})
2026-06-01 04:02:33.900  EVT  Config download to ${k.n('PLC_BOILER_2')} crc=${k.n(k.g.hex(8).toUpperCase())}
`,
  ),

  eDoc(
    'energy-tia-portal-xml-export-lookalikes',
    ['precision', 'config-syntax'],
    'tia/export/PLC_1/Blocks/FB_PumpControl.xml',
    (k) => `<?xml version="1.0" encoding="utf-8"?>
<Document>
  <Engineering version="V18" />
  <SW.Blocks.FB ID="0">
    <AttributeList>
      <Name>FB_PumpControl</Name>
      <Number>${k.g.digits(3)}</Number>
      <ProgrammingLanguage>SCL</ProgrammingLanguage>
      <KnowHowProtected>true</KnowHowProtected>
      <KnowHowProtectionHash>${k.n(k.g.base64(44))}</KnowHowProtectionHash>
      <BlockGuid>${k.n(k.g.uuid())}</BlockGuid>
      <CodeModifiedDate>2026-03-14T10:22:31.0000000Z</CodeModifiedDate>
    </AttributeList>
    <Interface>
      <Member Name="Password" Datatype="String[16]" Remanence="NonRetain" />
      <Member Name="StartCmd" Datatype="Bool" />
      <Member Name="Setpoint" Datatype="Real" />
    </Interface>
  </SW.Blocks.FB>
</Document>
`,
  ),
];
