// Lab and LIS/LIMS (instrument middleware, ASTM, Sunquest, Beaker), pharmacy and e-prescribing (Surescripts,
// NCPDP, dispensing cabinets), clearinghouses and EDI X12 over SFTP (Availity, Change Healthcare, Waystar).
import type { RealWorldDoc } from '../types';
import { hDoc, V } from './healthValues';

export const HEALTH_LAB_PHARM_DOCS: RealWorldDoc[] = [
  hDoc(
    'health-lis-middleware-ini',
    ['config-syntax', 'precision'],
    'middleware/config/instrument-manager.ini',
    (k) => `[LIS]
Host=sunquest-app01.nsh.local
Port=${V.port(k.g)}
Protocol=HL7
Facility=${k.n('NSHLAB')}
User=IMGR
Password=${k.spw()}

[Instrument.cobas8000]
Driver=astm_roche_c8000.dll
Port=COM3
BaudRate=9600
Parity=None
AutoVerify=true

[Instrument.Sysmex_XN]
Driver=astm_sysmex_xn.dll
Host=10.44.7.31
Port=5001

[QC]
Westgard=1_2s,1_3s,2_2s,R_4s
Bio-Rad UnityConnect user=nshlab_qc
Bio-Rad UnityConnect password=${k.pw()}

[Database]
ConnectionString=Driver={ODBC Driver 18 for SQL Server};Server=lab-sql01;Database=IM;Uid=im_app;Pwd=${k.cs()};Encrypt=yes
`,
  ),

  hDoc(
    'health-beaker-interface-spec',
    ['prose', 'config-syntax', 'precision'],
    'docs/beaker-reference-lab-interface.md',
    (k) => `# Epic Beaker ⇄ reference lab (outreach) — interface specification v1.3

| Item | Value |
|---|---|
| Orders out | ORM^O01 (HL7 2.5.1), MLLP over VPN, port ${V.port(k.g)} |
| Results in | ORU^R01, MLLP, port ${V.port(k.g)} |
| Sending facility OID | ${k.n(V.oid(k.g))} |
| Client account | ${k.n('NSH' + k.g.digits(5))} |
| Test codes | LOINC (e.g. ${k.n(V.loinc(k.g))} glucose, ${k.n(V.loinc(k.g))} HbA1c) |
| Requisition PDF SFTP | sftp.reflab-partner.com, user \`nsh_outreach\`, password \`${k.spw()}\` |
| Web portal (test) | https://test.reflab-partner.com, login \`nsh_test\` / \`${k.hpw()}\` |

**Note**: production credentials are in the Interfaces KeePass (entry "RefLab PROD"). The ones above are for
the TEST environment, which still receives real PHI during validation, so treat them as secret.

Order control: NW / CA / XO. Specimen source from SPM-4 (SNOMED ${k.n(V.snomed(k.g))}).
`,
  ),

  hDoc(
    'health-surescripts-config',
    ['config-syntax', 'precision'],
    'erx-gateway/config/surescripts.xml',
    (k) => `<SurescriptsConfig environment="staging">
  <Endpoint>https://staging.surescripts.net/ErxAPI/v2017071</Endpoint>
  <PortalId>${k.n(k.g.digits(8))}</PortalId>
  <AccountId>${k.n(k.g.digits(5))}</AccountId>
  <SPI>${k.n(k.g.digits(13))}</SPI>
  <ClientCertificate path="certs/surescripts-staging.pfx" password="${k.pw()}" />
  <BasicAuth user="nsh_erx_stg" password="${k.pw()}" />
  <NCPDPVersion>SCRIPT 2017071</NCPDPVersion>
  <PrescriberNPI>${k.n(V.npi(k.g))}</PrescriberNPI>
  <PharmacyNCPDPID>${k.n(k.g.digits(7))}</PharmacyNCPDPID>
  <DEA>${k.n('AB' + k.g.digits(7))}</DEA>
</SurescriptsConfig>
`,
  ),

  hDoc(
    'health-ncpdp-claims-switch',
    ['config-syntax', 'precision'],
    'pharmacy/switch.properties',
    (k) => `# NCPDP D.0 claims switch (retail pharmacy -> PBM)
switch.host=claims.switch-vendor.com
switch.port=5700
switch.tls=true
switch.vendor.certification.id=${k.n(k.g.alnum(10).toUpperCase())}
switch.bin=${k.n(k.g.digits(6))}
switch.pcn=${k.n('ADV')}
switch.login=NSHRX01
switch.password=${k.spw()}
pharmacy.npi=${k.n(V.npi(k.g))}
pharmacy.ncpdp=${k.n(k.g.digits(7))}
pdmp.api.url=https://api.pmp-gateway.net/v5
pdmp.api.user=nsh-rx
pdmp.api.secret=${k.tok()}
`,
  ),

  hDoc(
    'health-dispensing-cabinet-handover',
    ['prose', 'precision'],
    'pharmacy/omnicell-handover.txt',
    (k) => `Pharmacy automation handover (night shift → day shift)

- Omnicell XT on 4 West: override list updated, no issues.
- Pyxis server PYX01 rebooted 03:10 after the Windows patch; console admin login is now
  admin / ${k.pw()} (vendor changed it during the visit, they will send the new one by mail too).
- The carousel (Swisslog) service PIN is ${k.u('1234')} — factory default, vendor says it's fine.
- Controlled substance discrepancy on 5E resolved (NDC ${k.n(k.g.digits(5) + '-' + k.g.digits(4) + '-' + k.g.digits(2))}).
- Reminder: the ADC interface user for Epic Willow is "adc_willow", its password is in KeePass, NOT here.
`,
  ),

  hDoc(
    'health-edi-winscp-ini',
    ['credential-file', 'config-syntax'],
    'billing/WinSCP.ini',
    (k) => `[Sessions\\Availity%20SFTP]
HostName=ftp.availity.com
UserName=nsh_billing01
PortNumber=9922
FSProtocol=2
Password=${k.u('A35C' + k.g.hex(60).toUpperCase())}
LocalDirectory=D:%5CEDI%5COutbound%5C837
RemoteDirectory=/SendFiles

[Sessions\\Waystar%20Claims]
HostName=sftp.waystar.com
UserName=nshclaims
PortNumber=22
FSProtocol=2
PublicKeyFile=D:%5CEDI%5Ckeys%5Cwaystar.ppk
LocalDirectory=D:%5CEDI%5COutbound

[Configuration\\Interface]
Theme=2
`,
  ),

  hDoc(
    'health-edi-sftp-batch-script',
    ['command-line', 'config-syntax'],
    'billing/send_837.bat',
    (k) => `@echo off
REM Nightly 837P/837I upload to the clearinghouse, pick up 999/277CA/835
set WINSCP="C:\\Program Files (x86)\\WinSCP\\WinSCP.com"
set LOG=D:\\EDI\\logs\\%DATE:~10,4%%DATE:~4,2%%DATE:~7,2%.log

%WINSCP% /log=%LOG% /ini=nul /command ^
  "open sftp://nshclaims:${k.cs()}@sftp.changehealthcare-partner.com/ -hostkey=""ssh-ed25519 255 ${k.n(k.g.base64(43).replace(/=+$/, ''))}""" ^
  "cd /inbound" ^
  "put D:\\EDI\\Outbound\\837\\*.x12" ^
  "cd /outbound" ^
  "get *.835 D:\\EDI\\Inbound\\835\\" ^
  "exit"

REM backup clearinghouse (Availity)
curl -sS --user nsh_billing01:${k.spw()} -T D:\\EDI\\Outbound\\837\\batch.x12 sftp://ftp.availity.com:9922/SendFiles/
`,
  ),

  hDoc(
    'health-x12-837-sample',
    ['logs-and-output', 'precision'],
    'billing/samples/837P_test.x12',
    (k) => `ISA*00*          *00*          *ZZ*${k.n('NSH' + k.g.digits(9))}   *ZZ*${k.n('CLAIMSCH' + k.g.digits(4))}    *240611*1230*^*00501*${k.n(k.g.digits(9))}*0*T*:~
GS*HC*NSH*CLAIMSCH*20240611*1230*${k.n(k.g.digits(6))}*X*005010X222A1~
ST*837*0001*005010X222A1~
BHT*0019*00*${k.n(k.g.digits(10))}*20240611*1230*CH~
NM1*41*2*NORTHSIDE HEALTH*****46*${k.n(k.g.digits(9))}~
NM1*85*2*NORTHSIDE HEALTH CLINIC*****XX*${k.n(V.npi(k.g))}~
N3*100 HOSPITAL DR~
REF*EI*${k.n(k.g.digits(9))}~
NM1*IL*1*TESTPATIENT*CHARLIE****MI*${k.n(k.g.alnum(11).toUpperCase())}~
CLM*${k.n('PCN' + k.g.digits(8))}*150***11:B:1*Y*A*Y*Y~
HI*ABK:${k.n(V.icd10(k.g).replace('.', ''))}~
SV1*HC:99213*150*UN*1***1~
SE*12*0001~
GE*1*${k.n(k.g.digits(6))}~
IEA*1*${k.n(k.g.digits(9))}~
`,
  ),

  hDoc(
    'health-clearinghouse-api-python',
    ['code', 'precision'],
    'billing/eligibility_check.py',
    (k) => `"""Real-time 270/271 eligibility via the clearinghouse REST API (used by registration)."""
import os
import requests

TOKEN_URL = "https://apigw.changehealthcare.com/apip/auth/v2/token"
ELIG_URL = "https://apigw.changehealthcare.com/medicalnetwork/eligibility/v3"

CLIENT_ID = os.environ.get("CHC_CLIENT_ID", "${k.n(k.g.alnum(32))}")
CLIENT_SECRET = os.environ.get("CHC_CLIENT_SECRET", "${k.s('token', k.g.alnum(16))}")


def token():
    r = requests.post(TOKEN_URL, data={"client_id": CLIENT_ID, "client_secret": CLIENT_SECRET, "grant_type": "client_credentials"})
    r.raise_for_status()
    return r.json()["access_token"]


def check(member_id: str, npi: str = "${k.n(V.npi(k.g))}"):
    body = {"controlNumber": "${k.n(k.g.digits(9))}", "tradingPartnerServiceId": "${k.n(k.g.digits(5))}",
            "provider": {"organizationName": "NORTHSIDE", "npi": npi},
            "subscriber": {"memberId": member_id, "firstName": "TEST", "lastName": "PATIENT", "dateOfBirth": "19800101"}}
    return requests.post(ELIG_URL, json=body, headers={"Authorization": f"Bearer {token()}"}).json()
`,
  ),

  hDoc(
    'health-limslims-labvantage-props',
    ['config-syntax', 'precision'],
    'lims/WEB-INF/classes/lims.properties',
    (k) => `# LIMS (biobank) application properties
lims.db.url=jdbc:oracle:thin:@//lims-db01.nsh.local:1521/LIMSPRD
lims.db.user=LIMS_APP
lims.db.password=${k.spw()}
lims.ldap.url=ldaps://dc01.nsh.local:636
lims.ldap.manager.dn=CN=svc_lims,OU=Service Accounts,DC=nsh,DC=local
lims.ldap.manager.password=${k.pw()}
lims.freezer.monitoring.api=https://freezerwatch.vendor.io/api
lims.freezer.monitoring.apikey=${k.tok()}
lims.barcode.prefix=BB
lims.sample.example=${k.n('BB' + k.g.digits(10))}
lims.report.signing.keystore=/opt/lims/conf/signing.p12
lims.report.signing.keystore.password=${k.n('${LIMS_KEYSTORE_PASSWORD}')}
`,
  ),

  hDoc(
    'health-poct-connectivity',
    ['config-syntax', 'precision'],
    'poct/rals-site.yaml',
    (k) => `# Point-of-care testing connectivity (glucose meters, blood gas) — site configuration
site: NSH-MAIN
poct1a:
  listenPort: ${V.port(k.g)}
  devices:
    - type: AccuChek Inform II
      count: 84
      operatorLockout: true
    - type: ABL90 FLEX
      serials: [${k.n(k.g.digits(9))}, ${k.n(k.g.digits(9))}]
operatorImport:
  source: ldap
  bindUser: svc_poct
  bindPassword: ${k.pw()}
lis:
  host: sunquest-app01.nsh.local
  user: POCT
  password: ${k.spw()}
wifi:
  ssid: NSH-POCT
  eapIdentity: poct-meter
  eapPassword: ${k.pw()}
`,
  ),
];
