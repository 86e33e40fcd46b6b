// Renewables: solar inverter portals and local APIs (SMA, Fronius, SolarEdge, Huawei FusionSolar), installer
// passwords, wind turbine SCADA, battery EMS and PPC configs. Plant ids, inverter serials and string numbers are
// not secrets.
import type { RealWorldDoc } from '../types';
import { eDoc, E } from './energyValues';

export const ENERGY_RENEWABLE_DOCS: RealWorldDoc[] = [
  eDoc(
    'energy-fusionsolar-northbound-python',
    ['code', 'http-auth', 'precision'],
    'pv-monitoring/fusionsolar_client.py',
    (k) => `import requests

BASE = "https://eu5.fusionsolar.huawei.com/thirdData"
USER = "api_pv_portfolio"
SYSTEM_CODE = "${k.pw()}"   # "system code" = the northbound API password


def login(session: requests.Session) -> str:
    r = session.post(f"{BASE}/login", json={"userName": USER, "systemCode": SYSTEM_CODE}, timeout=20)
    r.raise_for_status()
    return r.headers["xsrf-token"]


def station_list(session, token):
    r = session.post(f"{BASE}/getStationList", headers={"XSRF-TOKEN": token}, json={})
    return [s["stationCode"] for s in r.json()["data"]]   # e.g. "${k.n('NE=' + k.g.digits(8))}"


if __name__ == "__main__":
    s = requests.Session()
    print(station_list(s, login(s)))
`,
  ),

  eDoc(
    'energy-sma-inverter-commissioning-report',
    ['prose', 'precision'],
    'commissioning/PV-Ourense/inbetriebnahme-protokoll.md',
    (k) => `# Inbetriebnahmeprotokoll PV-Park Ourense (12,4 MWp)

| Gerät | Seriennummer | IP | Benutzergruppe | Passwort |
|---|---|---|---|---|
| SMA Sunny Central 2750-EV #1 | ${k.n(k.g.digits(10))} | ${E.ipv4(k.g, '172.20')} | Installateur | ${k.dev()} |
| SMA Sunny Central 2750-EV #2 | ${k.n(k.g.digits(10))} | ${E.ipv4(k.g, '172.20')} | Installateur | ${k.dev()} |
| SMA Data Manager M | ${k.n(k.g.digits(10))} | ${E.ipv4(k.g, '172.20')} | Installateur | ${k.dev()} |
| Power Plant Controller | ${k.n(k.g.digits(10))} | ${E.ipv4(k.g, '172.20')} | admin | ${k.n('siehe Übergabe-USB')} |

Grid Guard Code (SMA, für Ländernorm-Änderung) des Installateurs: ${k.s('password', k.g.digits(8))}
Sunny Portal Anlage: "${k.n('PV Ourense')}", Anlagen-ID ${k.n(k.g.uuid())}
Portal-Login Betreiber: betrieb@solarpark-ourense.example / ${k.hpw()}

Hinweis: nach Übergabe alle Installateur-Passwörter ändern (Checkliste Punkt 14).
`,
  ),

  eDoc(
    'energy-fronius-solarapi-curl',
    ['command-line', 'http-auth', 'precision'],
    'notes/fronius-local.sh',
    (k) => `# Fronius Solar API v1 is open on the LAN (no auth), the web UI needs the service login
curl http://${E.ipv4(k.g, '192.168')}/solar_api/v1/GetInverterRealtimeData.cgi?Scope=System
curl --digest -u service:${k.spw()} http://${E.ipv4(k.g, '192.168')}/config/batteries
curl -H "Authorization: Basic ${k.basic('technician')}" http://${E.ipv4(k.g, '192.168')}/api/config/modbus
# Solar.web query API (portfolio)
curl -H "AccessKeyId: ${k.u('FKIA' + k.g.hex(32).toUpperCase())}" -H "AccessKeyValue: ${k.s('provider', k.g.uuid(), 'Fronius Solar.web')}" https://api.solarweb.com/swqapi/pvsystems
`,
  ),

  eDoc(
    'energy-solaredge-monitoring-config-json',
    ['config-syntax', 'precision'],
    'pv-monitoring/config/sites.json',
    (k) => `{
  "provider": "solaredge",
  "apiBase": "https://monitoringapi.solaredge.com",
  "apiKey": "${k.s('token', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 32))}",
  "sites": [
    { "id": ${k.g.digits(7)}, "name": "Almacen Sevilla", "peakPowerKw": 410.4, "inverterSerial": "${k.n('7E' + k.g.hex(6).toUpperCase() + '-' + k.g.hex(2).toUpperCase())}" },
    { "id": ${k.g.digits(7)}, "name": "Nave Cordoba", "peakPowerKw": 260.0, "inverterSerial": "${k.n('7E' + k.g.hex(6).toUpperCase() + '-' + k.g.hex(2).toUpperCase())}" }
  ],
  "grafanaWebhook": "${k.n('https://grafana.internal/api/alerts')}",
  "pollMinutes": 15
}
`,
  ),

  eDoc(
    'energy-wind-scada-ini',
    ['config-syntax', 'precision'],
    'windfarm/scada-server/WindSCADA.ini',
    (k) => `[Farm]
Name=Aalborg Vest
Turbines=24
TurbinePrefix=WTG

[TurbineController]
Protocol=ModbusTCP
Port=502
ServiceUser=service
ServicePassword=${k.dev()}
; the "customer" level can only read
CustomerPassword=${k.dev()}

[GridOperator]
Protocol=IEC104
CommonAddress=${k.n(k.g.digits(3))}
Host=${E.ipv4(k.g)}

[Database]
ConnectionString=Server=${E.ipv4(k.g)};Database=WindSCADA;User Id=scada;Password=${k.cs()};

[Reports]
SmtpUser=reports@aalborg-vest.example
SmtpPassword=${k.pw()}
`,
  ),

  eDoc(
    'energy-bess-ems-docker-compose',
    ['config-syntax', 'precision'],
    'bess/ems/docker-compose.yml',
    (k) => `services:
  ems:
    image: registry.storage-co.example/ems:4.2.0
    environment:
      EMS_DB_URL: postgres://ems:${k.cs()}@db:5432/ems
      EMS_MODBUS_PCS_HOST: ${E.ipv4(k.g)}
      EMS_MARKET_API_KEY: ${k.tok()}
      EMS_ADMIN_PASSWORD: ${k.pw()}
      EMS_JWT_SECRET: ${k.s('token', k.g.base64(48))}
      EMS_SITE_ID: ${k.n(k.g.uuid())}
    depends_on: [db]
  db:
    image: timescale/timescaledb:2.14.2-pg16
    environment:
      POSTGRES_USER: ems
      POSTGRES_PASSWORD: \${POSTGRES_PASSWORD}
    volumes: [pgdata:/var/lib/postgresql/data]
volumes:
  pgdata: {}
`,
  ),

  eDoc(
    'energy-huawei-inverter-app-note-pl',
    ['prose', 'precision'],
    'docs/serwis/falownik-huawei.txt',
    (k) => `Instrukcja dla serwisu – farma PV Gdańsk Port

1. Połącz się z Wi-Fi falownika (SSID SUN2000-${k.n(k.g.digits(12))}), hasło Wi-Fi: ${k.dev()}
2. W aplikacji FusionSolar zaloguj się jako "installer", hasło: ${k.hpw()}
   (domyślne hasło fabryczne ${k.u('00000a')} zostało zmienione przy uruchomieniu).
3. SmartLogger: http://${E.ipv4(k.g)} , konto "Advanced User", hasło ${k.dev()}
4. Numer seryjny SmartLoggera: ${k.n(E.serial(k.g))}
5. Nie zmieniaj kodu sieci (grid code) bez zgody OSD.

Hasło do VPN farmy przekazujemy telefonicznie.
`,
  ),

  eDoc(
    'energy-ppc-plant-controller-yaml',
    ['config-syntax', 'precision'],
    'ppc/config/plant.yaml',
    (k) => `plant:
  name: Sines Solar I
  poi_voltage_kv: 150
  p_max_mw: 48.0
control:
  mode: q_v_droop
  ramp_rate_mw_min: 4.8
tso_interface:
  protocol: iec61850
  ied: ${k.n(E.iec61850(k.g))}
  goose_app_id: ${k.n('0x' + k.g.hex(4))}
inverters:
  driver: sungrow_modbus
  hosts: [${E.ipv4(k.g)}, ${E.ipv4(k.g)}, ${E.ipv4(k.g)}]
scada_link:
  opcua_endpoint: opc.tcp://${E.ipv4(k.g)}:4840
  opcua_user: ppc
  opcua_password: ${k.gpw()}
  certificate_thumbprint: ${k.n(E.thumbprint(k.g))}
`,
  ),

  eDoc(
    'energy-solar-forecast-api-env',
    ['config-syntax', 'credential-file', 'precision'],
    'forecasting/.env.production',
    (k) => `SOLCAST_API_KEY=${k.tok()}
METEOMATICS_USER=energyco_ops
METEOMATICS_PASSWORD=${k.gpw()}
OPENWEATHER_APPID=${k.hex(32)}
TOMORROW_IO_API_KEY=${k.tok()}
SITE_LAT=37.95
SITE_LON=-8.86
OPENWEATHER_DEV_APPID=${k.n('<your-openweather-appid>')}
`,
  ),

  eDoc(
    'energy-battery-bms-log',
    ['logs-and-output', 'precision'],
    'logs/bms-gateway-2026-03-14.log',
    (k) => `2026-03-14T06:00:01Z INFO  bms-gw starting v3.1.7 (build ${k.n(E.sha1(k.g))})
2026-03-14T06:00:01Z INFO  rack count=12 modules/rack=18 soc_avg=54.2
2026-03-14T06:00:02Z DEBUG mqtt connect url=mqtts://broker.storage-co.example:8883 user=bess-ems-07 password=${k.gpw()}
2026-03-14T06:00:02Z INFO  mqtt connected session=${k.n(k.g.hex(16))}
2026-03-14T06:00:03Z WARN  rack 7 cell 14 delta_v=42mV
2026-03-14T06:00:05Z DEBUG cloud POST https://api.storage-co.example/v1/telemetry headers={"x-api-key":"${k.http(k.g.alnum(40))}","content-type":"application/json"}
2026-03-14T06:00:05Z INFO  cloud 202 accepted trace=${k.n(k.g.hex(32))}
`,
  ),
];
