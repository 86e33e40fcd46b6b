// Warehouse devices as site technicians configure them: Zebra printers (ZPL/SGD over port 9100) and handhelds
// (StageNow/MX profiles), Honeywell scanners, RF gun Wi-Fi PSKs, label printer web UIs, conveyor PLC gateways and
// the scripts that push settings to them. Serial numbers, MAC addresses and printer factory defaults are not labels.
import type { RealWorldDoc } from '../types';
import { lDoc, L } from './logisticsValues';

export const LOGISTICS_DEVICE_DOCS: RealWorldDoc[] = [
  lDoc('logistics-zebra-printer-wlan-zpl', ['config-syntax', 'precision'], 'devices/zebra/ZT411-wlan-config.zpl', (k) => {
    return `^XA
^FX Zebra ZT411 dock printers: join the WMS-PRINT SSID (WPA2-PSK) and set static routing via SGD
^XZ
! U1 setvar "wlan.ssid" "WMS-PRINT"
! U1 setvar "wlan.security" "wpa_psk"
! U1 setvar "wlan.wpa.psk" "${k.psk()}"
! U1 setvar "ip.protocol" "permanent"
! U1 setvar "ip.addr" "${k.n(L.ipv4(k.g, '10.40'))}"
! U1 setvar "device.friendly_name" "DOCK-${L.dock(k.g)}"
! U1 setvar "ip.http.admin_password" "${k.dev()}"
! U1 setvar "weblink.ip.conn1.location" "https://printhub.northfreight.example/zebra"
! U1 do "device.reset" ""
`;
  }),

  lDoc('logistics-stagenow-wifi-profile-xml', ['config-syntax', 'precision'], 'mdm/stagenow/TC52-warehouse-wifi.xml', (k) => {
    return `<wap-provisioningdoc>
  <characteristic version="11.3" type="Wi-Fi">
    <parm name="WiFiAction" value="enable" />
    <characteristic type="System">
      <parm name="WiFiCountry" value="NL" />
    </characteristic>
    <characteristic type="Profiles">
      <parm name="ProfileAction" value="Add" />
      <parm name="SSID" value="NF-RF-VENLO" />
      <parm name="SecurityMode" value="1" />
      <parm name="WPAMode" value="3" />
      <characteristic type="PSK">
        <parm name="PreSharedKey" value="${k.psk()}" />
      </characteristic>
    </characteristic>
  </characteristic>
  <characteristic version="8.3" type="DevAdmin">
    <parm name="ScreenLockType" value="2" />
    <parm name="ScreenLockPin" value="${k.u(k.g.digits(4))}" />
  </characteristic>
  <characteristic type="AppMgr">
    <parm name="Action" value="Install" />
    <parm name="APK" value="/enterprise/usr/wms-rf-client-4.12.apk" />
  </characteristic>
</wap-provisioningdoc>
`;
  }),

  lDoc('logistics-honeywell-scanner-ezconfig-json', ['config-syntax', 'precision'], 'mdm/honeywell/CT40-profile.json', (k) => {
    return `{
  "DeviceConfig": {
    "Model": "CT40",
    "Serial": "${k.n(k.g.digits(5) + 'D' + k.g.digits(3))}",
    "Wifi": [
      { "SSID": "LAGER-SCAN", "Security": "WPA2-PSK", "Passphrase": "${k.psk()}" },
      { "SSID": "LAGER-GAST", "Security": "Open" }
    ],
    "Enterprise": {
      "LauncherAdminPassword": "${k.dev()}",
      "WebLaunch": { "StartUrl": "http://wms-rf.lager.local:8080/rf", "KioskExitPin": "${k.u(k.g.digits(4))}" }
    },
    "MAC": "${k.n(Array.from({ length: 6 }, () => k.g.hex(2).toUpperCase()).join(':'))}"
  }
}
`;
  }),

  lDoc('logistics-rf-wifi-controller-ansible', ['config-syntax', 'precision'], 'network/ansible/group_vars/warehouse_aps.yml', (k) => {
    return `# Aruba Instant APs in the high-bay warehouse, RF scanners and vehicle-mounted terminals
aruba_virtual_controller: ${k.n(L.ipv4(k.g, '10.30'))}
aruba_admin_user: admin
aruba_admin_password: !vault |
  $ANSIBLE_VAULT;1.1;AES256
  ${k.n(k.g.hex(64))}
  ${k.n(k.g.hex(64))}
wlans:
  - ssid: NF-RF
    opmode: wpa2-psk-aes
    wpa_passphrase: ${k.psk()}
    vlan: 40
  - ssid: NF-VMT
    opmode: wpa2-psk-aes
    wpa_passphrase: ${k.psk()}
    vlan: 41
  - ssid: NF-GUEST
    opmode: opensystem
radius_shared_secret: ${k.gpw()}
`;
  }),

  lDoc('logistics-label-printer-push-script', ['command-line', 'code', 'precision'], 'scripts/push_printer_settings.ps1', (k) => {
    return `# Pushes darkness/speed to every Zebra on the packing line and checks the web UI login.
$printers = Get-Content .\\printers.txt   # DOCK-01 .. DOCK-24
$cred = New-Object System.Management.Automation.PSCredential("admin", (ConvertTo-SecureString "${k.dev()}" -AsPlainText -Force))

foreach ($p in $printers) {
    $zpl = "^XA^MD15^PR4^XZ"
    $client = New-Object System.Net.Sockets.TcpClient($p, 9100)
    $stream = $client.GetStream()
    $bytes = [System.Text.Encoding]::ASCII.GetBytes($zpl)
    $stream.Write($bytes, 0, $bytes.Length)
    $client.Close()
    Invoke-WebRequest -Uri "http://$p/settings" -Credential $cred -UseBasicParsing | Out-Null
}
# factory default web UI password on new units is ${k.u('1234')} - change it when racking the printer
`;
  }),

  lDoc('logistics-plc-gateway-node-red', ['config-syntax', 'code', 'precision'], 'conveyor/node-red/flows_cred.json', (k) => {
    return `{
  "a1f3c2d4.sorter-mqtt": { "user": "sorter", "password": "${k.dev()}" },
  "b7e2a9c1.wms-http": { "user": "conveyor_bridge", "password": "${k.pw()}" },
  "c9d8e7f6.opcua-s7": { "user": "opcua", "password": "${k.dev()}" },
  "$": "${k.n(k.g.hex(32))}"
}
`;
  }),

  lDoc('logistics-conveyor-sorter-config-yaml', ['config-syntax', 'precision'], 'conveyor/sorter-controller/config.yaml', (k) => {
    return `plc:
  type: siemens-s7-1500
  host: ${k.n(L.ipv4(k.g, '192.168'))}
  rack: 0
  slot: 1
  # S7 access level protection password (full access)
  protection_password: ${k.dev()}
scanners:
  - id: scan-tunnel-1
    type: sick-lector
    host: ${k.n(L.ipv4(k.g, '192.168'))}
    barcode_types: [GS1-128, CODE128, DATAMATRIX]
wms:
  url: https://wms.northfreight.example/api/sort-decisions
  api_key: ${k.tok()}
chutes:
  "01": { destination: "DE-PLZ-4", carrier: DHL }
  "02": { destination: "NL", carrier: POSTNL }
  "03": { destination: "REJECT" }
test_labels:
  - sscc: "${k.n(L.sscc(k.g))}"
  - sscc: "${k.n(L.sscc(k.g))}"
`;
  }),

  lDoc('logistics-rf-gun-sticker-notes-nl', ['prose', 'precision'], 'wiki/magazijn/scanners.md', (k) => {
    return `# Handscanners magazijn Venlo

- Wifi voor de scanners: SSID **NF-RF**, wachtwoord \`${k.psk()}\` (NIET aan chauffeurs geven!)
- Gastwifi voor chauffeurs: SSID NF-CHAUFFEUR, wachtwoord staat op het bord bij de poort (${k.n('wordt wekelijks gewijzigd')}).
- Scanner vastgelopen? Houd de aan/uit-knop 10 sec ingedrukt. Kioskmodus verlaten: beheerders-PIN \`${k.s('password', k.g.digits(6))}\`.
- Serienummers en MAC-adressen staan in de inventaris (bijv. ${k.n(k.g.digits(5) + 'D' + k.g.digits(3))}).
- Labelprinters bij dock ${k.n(L.dock(k.g))}: web-interface admin / ${k.dev()}.
`;
  }),

  lDoc('logistics-zebra-link-os-python', ['code', 'precision'], 'printhub/zebra_client.py', (k) => {
    return `import socket

PRINTER_PORT = 9100
# Link-OS printers ask for this before "setvar" commands over the weblink channel
SGD_PASSWORD = "${k.dev()}"
DEFAULT_WEB_PASSWORD = "${k.u('1234')}"  # Zebra factory default, we check it is changed


def send(host: str, payload: str) -> None:
    with socket.create_connection((host, PRINTER_PORT), timeout=5) as s:
        s.sendall(payload.encode("ascii"))


def print_label(host: str, sscc: str, ship_to: str) -> None:
    zpl = f"^XA^FO50,50^A0N,40,40^FD{ship_to}^FS^FO50,120^BCN,120,Y,N,N^FD(00){sscc}^FS^XZ"
    send(host, zpl)


if __name__ == "__main__":
    print_label("${k.n(L.ipv4(k.g))}", "${k.n(L.sscc(k.g))}", "ALBERT HEIJN DC ZAANDAM")
`;
  }),

  lDoc('logistics-forklift-telemetry-env', ['config-syntax', 'precision'], 'forklift-telemetry/.env', (k) => {
    return `# Linde connect / Jungheinrich fleet data export to our BI
LINDE_CONNECT_URL=https://connect.linde-mh.example/api
LINDE_CONNECT_USER=fleet.venlo
LINDE_CONNECT_PASSWORD=${k.pw()}
JH_ISM_API_KEY=${k.tok()}
MQTT_URL=mqtts://telemetry:${k.cs()}@mqtt.northfreight.example:8883
FORKLIFT_IDS=${k.n('FL-0' + k.g.digits(2))},${k.n('FL-0' + k.g.digits(2))},${k.n('FL-0' + k.g.digits(2))}
`;
  }),
];
