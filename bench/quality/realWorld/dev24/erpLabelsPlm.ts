// Label-printing, barcode and PLM admins' files: BarTender and NiceLabel integration configs, Zebra printer
// scripts, handheld scanner profiles, Teamcenter, Windchill, SolidWorks PDM and Autodesk Vault admin notes, beside
// GTINs, SSCCs, printer serials, ZPL code and document numbers.
// The Windchill `@@…` directory-service value is unscored: `@@` is no documented encryption marker, so a reviewer
// could read it as the password itself.
import type { RealWorldDoc } from '../types';
import { rDoc, R } from './erpValues';

export const ERP_LABELS_PLM_DOCS: RealWorldDoc[] = [
  rDoc(
    'erp-bartender-integration-xml',
    ['config-syntax', 'precision'],
    'bartender/Integrations/SAP_IDoc_Labels.btin.xml',
    (k) => `<?xml version="1.0" encoding="utf-8"?>
<Integration Name="SAP IDoc Labels" Version="2022 R7">
  <FileIntegration Folder="\\\\fs01\\bartender\\sap_idoc_in" Filter="*.xml" DeleteAfterProcessing="true" />
  <Database Type="SQLServer" Server="BTSQL01" Database="BarTender_System">
    <Credential UserName="bt_system" Password="${k.spw()}" />
  </Database>
  <Print Document="\\\\fs01\\bartender\\templates\\SSCC_Pallet.btw" Printer="ZT411_Versand_01" />
  <!-- document password protects the template against edits -->
  <DocumentPassword>${k.s('password', R.human(k.g).replace(/[<>&]/g, ''))}</DocumentPassword>
  <SampleData SSCC="${k.n(R.sscc(k.g))}" GTIN="${k.n(R.gtin(k.g))}" Batch="${k.n(R.batch(k.g))}" />
</Integration>
`,
  ),

  rDoc(
    'erp-zebra-printer-setup-sh',
    ['command-line', 'code', 'precision'],
    'scripts/zebra_set_network.sh',
    (k) => `#!/bin/bash
# Push network and security settings to the new Zebra ZT411s in shipping (SGD over port 9100)
PRINTERS="${R.ipv4(k.g, '10.40')} ${R.ipv4(k.g, '10.40')}"
for p in $PRINTERS; do
  printf '! U1 setvar "ip.http.admin_password" "%s"\\r\\n' "${k.s('password', k.g.digits(4))}" | nc -w 3 $p 9100
  printf '! U1 setvar "wlan.wpa.psk" "%s"\\r\\n' "${k.s('password', R.generated(k.g).replace(/[%"\\\\]/g, ''))}" | nc -w 3 $p 9100
  printf '! U1 setvar "device.friendly_name" "SHIP-%s"\\r\\n' "$p" | nc -w 3 $p 9100
done
# factory default front-panel password is ${k.n('1234')} (Zebra manual) - we changed it above
# ZPL test label:
# ^XA^FO50,50^BCN,100,Y,N,N^FD${k.n(R.sscc(k.g).replace(/[()]/g, ''))}^FS^XZ
`,
  ),

  rDoc(
    'erp-nicelabel-automation-config',
    ['config-syntax', 'precision'],
    'nicelabel/Automation/Config/ShippingLabels.misx.json',
    (k) => `{
  "name": "ShippingLabels",
  "trigger": { "type": "HTTP", "port": 56425, "authentication": { "type": "Basic", "user": "erp-print", "password": "${k.spw()}" } },
  "actions": [
    { "type": "OpenLabel", "file": "\\\\\\\fs01\\\\labels\\\\GS1_128_Pallet.nlbl" },
    { "type": "SetVariable", "name": "SSCC", "value": "${k.n(R.sscc(k.g))}" },
    { "type": "PrintLabel", "printer": "Zebra ZT610 (Versand)" }
  ],
  "controlCenter": {
    "url": "https://labelcloud.kohlmann.example/",
    "apiKey": "${k.s('token', k.g.hex(32))}"
  }
}
`,
  ),

  rDoc(
    'erp-scanner-stagenow-profile',
    ['config-syntax', 'precision'],
    'mdm/stagenow/warehouse-wifi.xml',
    (k) => `<wap-provisioningdoc>
  <characteristic type="Wi-Fi" version="9.1">
    <parm name="SSID" value="WH-SCAN" />
    <parm name="SecurityMode" value="1" />
    <parm name="WPAMode" value="3" />
    <characteristic type="PSKParams">
      <parm name="PassphraseType" value="0" />
      <parm name="Passphrase" value="${k.s('password', R.phrase(k.g).replace(/ /g, '-'))}" />
    </characteristic>
  </characteristic>
  <characteristic type="AppMgr">
    <parm name="Action" value="Install" />
    <parm name="APK" value="/sdcard/wms-client-4.2.1.apk" />
    <parm name="ApkSha256" value="${k.n(R.sha256(k.g))}" />
  </characteristic>
  <!-- device admin pin for the kiosk exit -->
  <parm name="KioskExitPassword" value="${k.s('password', k.g.digits(6))}" />
</wap-provisioningdoc>
`,
  ),

  rDoc(
    'erp-teamcenter-tcprofilevars',
    ['command-line', 'config-syntax', 'precision'],
    'tc/tc_profilevars.bat.local',
    (k) => `@echo off
rem Teamcenter 14 – local overrides for the batch utilities on tc-app01
set TC_ROOT=D:\\Siemens\\Teamcenter14
set TC_DATA=D:\\Siemens\\tcdata
set TC_DB_SERVER=TCSQL01
rem infodba password for the nightly jobs (dsa_util, clearlocks)
set TC_INFODBA_PW=${k.s('password', R.safePw(k.g))}
call %TC_DATA%\\tc_profilevars.bat
clearlocks -u=infodba -p=%TC_INFODBA_PW% -g=dba -assert_all_dead
item_export -u=infodba -pf=D:\\secure\\infodba.pwf -g=dba -item=${k.n('000' + k.g.digits(6))}
rem -pf points to a password file instead of a clear password, use that everywhere
`,
  ),

  rDoc(
    'erp-windchill-site-xconf',
    ['config-syntax', 'precision'],
    'Windchill/site.xconf',
    (k) => `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE Configuration SYSTEM "xconf.dtd">
<Configuration targetFile="codebase/wt.properties">
  <Property name="wt.rmi.server.hostname" overridable="true" targetFile="codebase/wt.properties" default="windchill.kohlmann.example"/>
  <Property name="wt.pom.dbUser" overridable="true" targetFile="db/db.properties" default="wcadmin"/>
  <Property name="wt.pom.dbPassword" overridable="true" targetFile="db/db.properties" default="${k.spw()}"/>
  <Property name="wt.mail.mailhost" overridable="true" targetFile="codebase/wt.properties" default="smtp.kohlmann.example"/>
  <Property name="wt.ldap.adminPassword" overridable="true" targetFile="codebase/wt.properties" default="${k.n('encrypted.wt.ldap.adminPassword')}"/>
  <Property name="wt.org.directoryService.password" overridable="true" targetFile="codebase/wt.properties" default="${k.u('@@' + k.g.base64(24))}"/>
</Configuration>
`,
  ),

  rDoc(
    'erp-solidworks-pdm-notes-it',
    ['prose', 'precision'],
    'docs/ufficio-tecnico/pdm-vault.md',
    (k) => `# SOLIDWORKS PDM – vault "PROGETTI" (stabilimento di Bologna)

- Server archivio: \`pdm-srv01\`, database \`PROGETTI\` su \`PDMSQL\\SQLEXPRESS\`
- Utente SQL usato dal server archivio: \`pdm_sql\`, password ${k.hpw()}
- Utente Admin del vault: \`Admin\`, password ${k.gpw()} (cambiata dopo l'installazione, la predefinita era ${k.n('vuota')})
- Licenza SolidNetWork: server \`25734@lic01\`, numero di serie ${k.n(`9${k.g.digits(3)} ${k.g.digits(4)} ${k.g.digits(4)} ${k.g.digits(4)} ${k.g.upper(4)}`)} (non è una password: identifica il contratto)
- Codice disegno di esempio: ${k.n('DIS-' + k.g.digits(6) + '-A')}

Nota: la password deve contenere ${k.n('almeno 8 caratteri')}; non usare la stessa del dominio.
`,
  ),

  rDoc(
    'erp-autodesk-vault-powershell',
    ['code', 'precision'],
    'scripts/Export-VaultBom.ps1',
    (k) => `# powerVault: export released BOMs for the ERP item master
Import-Module powerVault
Open-VaultConnection -Server "vault01" -Vault "Engineering" -User "erp_sync" -Password "${k.s('password', R.anyPw(k.g).replace(/["$\u0060]/g, ''))}"
$files = Get-VaultFiles -Properties @{ 'State' = 'Released'; 'Category Name' = 'Assembly' }
foreach ($f in $files) {
    $bom = Get-VaultFileBOM -File $f._FullPath
    # Part number e.g. ${k.n('P-' + k.g.digits(6))}, checksum ${k.n(R.md5(k.g))}
    $bom | Export-Csv -Path "\\\\fs01\\erp\\bom\\$($f._PartNumber).csv" -NoTypeInformation
}
Close-VaultConnection
`,
  ),

  rDoc(
    'erp-label-printing-ticket-pl',
    ['prose', 'precision'],
    'tickets/druk-etykiet-2026-09.txt',
    (k) => `Zgłoszenie ${k.n(R.ticket(k.g))}: drukarka etykiet na magazynie nie drukuje etykiet SSCC

Opis: od rana drukarka Zebra ZT411 (nr seryjny ${k.n(R.serial(k.g))}) pokazuje błąd uwierzytelnienia przy
połączeniu z serwerem BarTender. Zmieniliśmy wczoraj hasło konta bt_service na ${k.hpw()} i chyba
usługa integracji ma jeszcze stare hasło (${k.n('******')}).

Hasło do panelu WWW drukarki: ${k.dev()}
Przykładowy SSCC z błędem: ${k.n(R.sscc(k.g))}
Magazyn: ${k.n('PL01')}, brama 4.

Pozdrawiam, Krzysztof
`,
  ),

  rDoc(
    'erp-label-template-vb-script',
    ['code', 'precision'],
    'bartender/scripts/OnNewRecord.vbs',
    (k) => `' BarTender VBScript: fetch the customer's item text from the ERP staging DB
Dim conn, rs
Set conn = CreateObject("ADODB.Connection")
conn.Open "Provider=SQLOLEDB;Data Source=ERPSTAGE01;Initial Catalog=Labels;User Id=label_reader;Password=${k.cs()};"
Set rs = conn.Execute("SELECT CustItemText FROM dbo.CustomerItems WHERE GTIN = '" & Format.NamedSubStrings("GTIN").Value & "'")
If Not rs.EOF Then Value = rs("CustItemText")
' example GTIN ${k.n(R.gtin(k.g))}
rs.Close
conn.Close
`,
  ),

  rDoc(
    'erp-plm-sso-saml-metadata',
    ['config-syntax', 'precision'],
    'tc/sso/idp-metadata.xml',
    (k) => `<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://sts.kohlmann.example/adfs/services/trust">
  <IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <KeyDescriptor use="signing">
      <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">
        <X509Data><X509Certificate>${k.n(k.g.base64(600))}</X509Certificate></X509Data>
      </KeyInfo>
    </KeyDescriptor>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://sts.kohlmann.example/adfs/ls/"/>
  </IDPSSODescriptor>
</EntityDescriptor>
<!-- Teamcenter SSO login service app id: ${k.n('TcSSO-' + k.g.uuid())}; signing cert thumbprint ${k.n(R.thumbprint(k.g))} -->
`,
  ),
];
