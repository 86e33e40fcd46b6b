// Debugging and bring-up: OpenOCD/J-Link/pyOCD scripts, serial console captures with boot output, esptool and
// NVS dumps, minicom/picocom sessions, lab bench scripts that log in to targets over ssh and telnet.
import type { RealWorldDoc } from '../types';
import { embedDoc, V } from './embedValues';

export const EMBED_DEBUG_DOCS: RealWorldDoc[] = [
  embedDoc(
    'embed-openocd-cfg',
    ['config-syntax', 'precision'],
    'debug/openocd/stm32h7_bench.cfg',
    (k) => `source [find interface/stlink.cfg]
transport select hla_swd
set CHIPNAME stm32h743
source [find target/stm32h7x.cfg]
reset_config srst_only
adapter speed 4000

# option bytes: RDP level 1 is 0xBB, never write 0xCC (level 2 is permanent)
set RDP_LEVEL ${k.n('0xBB')}
# flash base and size
set FLASH_BASE ${k.n('0x08000000')}
set FLASH_SIZE ${k.n('0x00200000')}

proc flash_app {} {
    program build/app.elf verify reset
}
# expected CRC of the bootloader region: ${k.n(V.crc32(k.g))}
`,
  ),

  embedDoc(
    'embed-jlink-script',
    ['command-line', 'config-syntax'],
    'debug/jlink/flash_and_unlock.jlink',
    (k) => `// J-Link Commander script: unlock the debug port with the device's debug auth key, then flash
device NRF5340_XXAA_APP
si SWD
speed 4000
// authenticated debug: 128-bit key provisioned at EOL
exec SetDebugAuthKey=${k.k128()}
connect
r
h
loadfile build/zephyr/merged.hex
r
g
qc
`,
  ),

  embedDoc(
    'embed-pyocd-yaml',
    ['config-syntax', 'precision'],
    'pyocd.yaml',
    (k) => `probes:
  ${k.n(k.g.hex(24).toUpperCase())}:
    target_override: nrf52840
    frequency: 8000000
  ${k.n('0240000032044e45001d700ea0a2000c8a81000097969900')}:
    target_override: stm32l475xg
pack: packs/Keil.STM32L4xx_DFP.2.6.2.pack
connect_mode: under-reset
`,
  ),

  embedDoc(
    'embed-serial-boot-log',
    ['logs-and-output'],
    'issues/attachments/boot-log-gw-07.txt',
    (k) => `U-Boot SPL 2023.04-imx_v2023.04_6.1.55_2.2.0+g${k.n(k.g.hex(10))} (Feb 02 2025 - 10:21:13 +0000)
DDRINFO: start DRAM init
DDRINFO: DRAM rate 4000MTS
Normal Boot
Trying to boot from BOOTROM
Find img info 0x4802b000, size 1052
Authenticate image from DDR location 0x401fcdc0...
NOTICE:  BL31: v2.8(release):lf-6.1.55-2.2.0-0-g08e9d4eef
U-Boot 2023.04 (Feb 02 2025 - 10:21:13 +0000)
CPU:   i.MX8MP[8] rev1.1 1600 MHz (running at 1200 MHz)
Net:   eth0: ethernet@30be0000 [PRIME]
Hit any key to stop autoboot:  0
Starting kernel ...
[    0.000000] Booting Linux on physical CPU 0x0000000000 [0x410fd034]
[    3.412004] wlan0: authenticate with ${k.n(V.mac(k.g).toLowerCase())}
[    5.100234] acme-agent[412]: config: endpoint=https://telemetry.acme-iot.example.com token=${k.tok()}
[    5.100530] acme-agent[412]: mqtt connect user=gw-07 password=${k.spw()}
[    5.611001] acme-agent[412]: connected, session ${k.n(k.g.uuid())}

acme-gw login: root
Password:
root@acme-gw:~#
`,
  ),

  embedDoc(
    'embed-esp32-monitor-log',
    ['logs-and-output'],
    'issues/attachments/esp32-crash.txt',
    (k) => `I (312) cpu_start: Pro cpu start user code
I (331) app_init: Application information:
I (334) app_init: Project name:     gateway
I (338) app_init: App version:      v2.4.1
I (343) app_init: ELF file SHA256:  ${k.n(k.g.hex(16))}...
I (612) wifi:connected with GW-Testlab, aid = 3, channel 6, BW20, bssid = ${k.n(V.mac(k.g).toLowerCase())}
I (615) wifi_station: connect to ap SSID:GW-Testlab password:${k.wifi()}
I (1702) mqtt_client: uri=mqtts://mqtt.testlab.example.net:8883 username=gw01 password=${k.spw()}
E (2011) esp-tls-mbedtls: mbedtls_ssl_handshake returned -0x2700
E (2012) esp-tls: Failed to open new connection
Guru Meditation Error: Core  1 panic'ed (LoadProhibited). Exception was unhandled.
Backtrace: ${k.n('0x400d5b2e:0x3ffb1f50 0x400d2f17:0x3ffb1f80 0x40089f6e:0x3ffb1fa0')}
`,
  ),

  embedDoc(
    'embed-nvs-partition-csv',
    ['config-syntax', 'credential-file'],
    'factory/nvs_provision.csv',
    (k) => `key,type,encoding,value
wifi,namespace,,
ssid,data,string,Factory-Line-2
pass,data,string,${k.wifi()}
cloud,namespace,,
device_id,data,string,${k.n(V.serial(k.g))}
api_key,data,string,${k.tok()}
cert,file,string,certs/device.crt
key,file,string,certs/device.key
calib,namespace,,
adc_offset,data,i32,${k.n('-112')}
adc_gain,data,string,${k.n('1.00342')}
`,
  ),

  embedDoc(
    'embed-bench-ssh-script',
    ['code', 'command-line'],
    'hil/tests/conftest.py',
    (k) => `import paramiko
import pytest
import telnetlib

DUT_HOST = "192.168.7.2"
DUT_USER = "root"
DUT_PASSWORD = "${k.hpw()}"
POWER_SWITCH = "192.168.7.250"
POWER_SWITCH_PASSWORD = "${k.spw()}"


@pytest.fixture
def dut():
    c = paramiko.SSHClient()
    c.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    c.connect(DUT_HOST, username=DUT_USER, password=DUT_PASSWORD)
    yield c
    c.close()


@pytest.fixture
def power():
    t = telnetlib.Telnet(POWER_SWITCH)
    t.read_until(b"User Name : ")
    t.write(b"apc\\r\\n")
    t.read_until(b"Password  : ")
    t.write(POWER_SWITCH_PASSWORD.encode() + b"\\r\\n")
    return t
`,
  ),

  embedDoc(
    'embed-esptool-efuse-summary',
    ['logs-and-output', 'precision'],
    'docs/secure-boot/efuse-summary.txt',
    (k) => `espefuse.py v4.7.0
Connecting....
=== Run "summary" command ===
Security fuses:
SECURE_BOOT_EN (BLOCK0)                       Enables secure boot                 = True R/W (0b1)
FLASH_CRYPT_CNT (BLOCK0)                      Flash encryption counter            = 1 R/W (0b001)
BLOCK_KEY0 (BLOCK4)                           Purpose: XTS_AES_128_KEY
   = ?? ?? ?? ?? ?? ?? ?? ?? ?? ?? ?? ?? ?? ?? ?? ?? ?? ?? ?? ?? ?? ?? ?? ?? ?? ?? ?? ?? ?? ?? ?? ?? -/-
BLOCK_KEY1 (BLOCK5)                           Purpose: SECURE_BOOT_DIGEST0
   = ${k.n(V.canBytes(k.g, 32).toLowerCase())} R/-
MAC (BLOCK1)                                  MAC address                         = ${k.n(V.mac(k.g).toLowerCase())} (OK) R/W
`,
  ),

  embedDoc(
    'embed-minicom-capture',
    ['logs-and-output'],
    'issues/attachments/minicom.cap',
    (k) => `Welcome to minicom 2.8

OPTIONS: I18n
Port /dev/ttyUSB1, 14:02:11

Press CTRL-A Z for help on special keys

acme-gw login: fieldtech
Password:
Last login: Mon Feb 10 13:55:02 UTC 2025 on ttymxc1
fieldtech@acme-gw:~$ sudo -S cat /etc/acme/cloud.env
[sudo] password for fieldtech: ${k.hpw()}
CLOUD_URL=https://telemetry.acme-iot.example.com
CLOUD_API_KEY=${k.tok()}
fieldtech@acme-gw:~$ cat /sys/class/net/eth0/address
${k.n(V.mac(k.g).toLowerCase())}
fieldtech@acme-gw:~$ exit
`,
  ),
];
