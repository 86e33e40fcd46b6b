// Embedded Linux: Yocto local.conf and recipes, Buildroot defconfigs and post-build scripts, U-Boot environment
// and fw_setenv, wpa_supplicant.conf and hostapd.conf, systemd units on the target.
import type { RealWorldDoc } from '../types';
import { embedDoc, V } from './embedValues';

export const EMBED_LINUX_DOCS: RealWorldDoc[] = [
  embedDoc(
    'embed-yocto-local-conf',
    ['config-syntax'],
    'build/conf/local.conf',
    (k) => `MACHINE ??= "imx8mp-lpddr4-evk"
DISTRO ?= "fsl-imx-xwayland"
PACKAGE_CLASSES ?= "package_rpm"
EXTRA_IMAGE_FEATURES ?= "debug-tweaks"
USER_CLASSES ?= "buildstats"
PATCHRESOLVE = "noop"
BB_NUMBER_THREADS = "16"
PARALLEL_MAKE = "-j 16"

DL_DIR ?= "/srv/yocto/downloads"
SSTATE_DIR ?= "/srv/yocto/sstate-cache"

# root password for the lab images (hash generated with openssl passwd -6)
INHERIT += "extrausers"
EXTRA_USERS_PARAMS = "\\
    usermod -p '${k.n(V.sha512crypt(k.g))}' root; \\
    useradd -p '' service; \\
    usermod -P ${k.hpw()} tester; \\
"

# private mirror
PREMIRRORS:prepend = "git://.*/.* https://ci:${k.cs()}@artifacts.corp.example.com/yocto-mirror/ \\n"
ACCEPT_FSL_EULA = "1"
CONF_VERSION = "2"
`,
  ),

  embedDoc(
    'embed-yocto-recipe-wifi',
    ['config-syntax', 'code'],
    'meta-acme/recipes-connectivity/wpa-supplicant/wpa-supplicant_%.bbappend',
    (k) => `FILESEXTRAPATHS:prepend := "\${THISDIR}/files:"

SRC_URI += "file://wpa_supplicant-wlan0.conf"

WIFI_SSID ?= "ACME-Factory"
WIFI_PSK ?= "${k.wifi()}"

do_install:append() {
    install -d \${D}\${sysconfdir}/wpa_supplicant
    sed -e "s/@SSID@/\${WIFI_SSID}/" -e "s/@PSK@/\${WIFI_PSK}/" \\
        \${WORKDIR}/wpa_supplicant-wlan0.conf > \${D}\${sysconfdir}/wpa_supplicant/wpa_supplicant-wlan0.conf
}

SYSTEMD_AUTO_ENABLE = "enable"
`,
  ),

  embedDoc(
    'embed-yocto-signing-conf',
    ['config-syntax'],
    'meta-acme/conf/distro/include/acme-signing.inc',
    (k) => `# Secure boot / FIT signing (HAB4 on i.MX8)
UBOOT_SIGN_ENABLE = "1"
UBOOT_SIGN_KEYDIR = "\${TOPDIR}/../keys/fit"
UBOOT_SIGN_KEYNAME = "dev-fit-key"
UBOOT_MKIMAGE_DTCOPTS = "-I dts -O dtb -p 2000"

CST_PATH = "/opt/cst-3.3.2"
CST_SRK = "\${TOPDIR}/../keys/crts/SRK_1_2_3_4_table.bin"
# key pass for the CSF/IMG keys, cst reads it from key_pass.txt
HAB_KEY_PASS = "${k.spw()}"
SRK_FUSE_HASH = "${k.n(V.sha256(k.g))}"

RAUC_KEY_FILE = "\${TOPDIR}/../keys/rauc/development-1.key.pem"
RAUC_CERT_FILE = "\${TOPDIR}/../keys/rauc/development-1.cert.pem"
`,
  ),

  embedDoc(
    'embed-buildroot-defconfig',
    ['config-syntax'],
    'configs/acme_gateway_defconfig',
    (k) => `BR2_aarch64=y
BR2_TOOLCHAIN_EXTERNAL=y
BR2_TOOLCHAIN_EXTERNAL_ARM_AARCH64=y
BR2_TARGET_GENERIC_HOSTNAME="acme-gw"
BR2_TARGET_GENERIC_ISSUE="Welcome to ACME gateway"
BR2_TARGET_GENERIC_ROOT_PASSWD="${k.hpw()}"
BR2_SYSTEM_DHCP="eth0"
BR2_ROOTFS_OVERLAY="board/acme/gateway/rootfs_overlay"
BR2_ROOTFS_POST_BUILD_SCRIPT="board/acme/gateway/post-build.sh"
BR2_LINUX_KERNEL=y
BR2_LINUX_KERNEL_CUSTOM_VERSION=y
BR2_LINUX_KERNEL_CUSTOM_VERSION_VALUE="6.6.30"
BR2_PACKAGE_DROPBEAR=y
BR2_PACKAGE_MOSQUITTO=y
BR2_PACKAGE_WPA_SUPPLICANT=y
BR2_TARGET_UBOOT=y
`,
  ),

  embedDoc(
    'embed-buildroot-post-build',
    ['code', 'command-line'],
    'board/acme/gateway/post-build.sh',
    (k) => `#!/bin/sh
set -e
TARGET_DIR=$1

# service account for the field technicians
echo "fieldtech:$(openssl passwd -6 '${k.hpw()}'):19000:0:99999:7:::" >> "\${TARGET_DIR}/etc/shadow"

# cloud endpoint
cat > "\${TARGET_DIR}/etc/acme/cloud.env" <<EOF
CLOUD_URL=https://telemetry.acme-iot.example.com
CLOUD_API_KEY=${k.tok()}
EOF

# build stamp
echo "${k.n(V.sha1(k.g))}" > "\${TARGET_DIR}/etc/acme/build-id"
`,
  ),

  embedDoc(
    'embed-uboot-env-txt',
    ['config-syntax', 'logs-and-output'],
    'board/acme/gateway/uboot-env.txt',
    (k) => `bootdelay=3
baudrate=115200
ethaddr=${k.n(V.mac(k.g))}
ipaddr=192.168.1.50
serverip=192.168.1.10
loadaddr=${k.n('0x40480000')}
fdt_addr=${k.n('0x43000000')}
bootcmd=run distro_bootcmd
bootargs=console=ttymxc1,115200 root=/dev/mmcblk2p2 rootwait rw
bootstopkey=${k.hpw()}
serial#=${k.n(V.serial(k.g))}
`,
  ),

  embedDoc(
    'embed-fw-setenv-runbook',
    ['command-line', 'prose'],
    'docs/field-service/recover-bootloader.md',
    (k) => `# Recovering a gateway stuck in U-Boot

Connect the USB-serial adapter (3.3 V!) to J12, 115200 8N1. Press any key during "Hit any key to stop autoboot".
The production U-Boot asks for the stop password; it is \`${k.hpw()}\` (same for all GW-2 units since batch 23/07).

From Linux the environment can be changed with fw_setenv:

\`\`\`sh
fw_printenv bootcount
fw_setenv bootcount 0
fw_setenv upgrade_available 0
fw_setenv mender_boot_part 2
\`\`\`

The hashed stop string (\`bootstopkeysha256\`) is \`${k.n(V.sha256(k.g))}\`; do not paste the clear password into tickets.
`,
  ),

  embedDoc(
    'embed-wpa-supplicant-conf',
    ['config-syntax', 'credential-file'],
    'rootfs_overlay/etc/wpa_supplicant/wpa_supplicant-wlan0.conf',
    (k) => `ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=DE

network={
    ssid="ACME-Factory"
    psk="${k.wifi()}"
    key_mgmt=WPA-PSK
    priority=10
}

network={
    ssid="ACME-Lab-5G"
    psk=${k.s('password', k.g.hex(64))}
    priority=5
}

network={
    ssid="eduroam"
    key_mgmt=WPA-EAP
    eap=PEAP
    identity="j.novak@uni.example.cz"
    password="${k.hpw()}"
    phase2="auth=MSCHAPV2"
}
`,
  ),

  embedDoc(
    'embed-hostapd-conf',
    ['config-syntax'],
    'rootfs_overlay/etc/hostapd/hostapd.conf',
    (k) => `interface=wlan1
driver=nl80211
ssid=ACME-GW-Setup
hw_mode=g
channel=6
wmm_enabled=1
macaddr_acl=0
auth_algs=1
ignore_broadcast_ssid=0
wpa=2
wpa_passphrase=${k.wifi()}
wpa_key_mgmt=WPA-PSK
rsn_pairwise=CCMP
# bssid of the reference unit: ${k.n(V.mac(k.g))}
`,
  ),

  embedDoc(
    'embed-nmconnection',
    ['config-syntax', 'credential-file'],
    'rootfs_overlay/etc/NetworkManager/system-connections/lab.nmconnection',
    (k) => `[connection]
id=lab
uuid=${k.n(k.g.uuid())}
type=wifi
autoconnect=true

[wifi]
mode=infrastructure
ssid=TestLab-Halle3

[wifi-security]
key-mgmt=wpa-psk
psk=${k.wifi()}

[ipv4]
method=auto

[ipv6]
method=disabled
`,
  ),

  embedDoc(
    'embed-systemd-unit-env',
    ['config-syntax'],
    'rootfs_overlay/etc/systemd/system/telemetry-agent.service',
    (k) => `[Unit]
Description=ACME telemetry agent
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
Environment=AGENT_ENDPOINT=https://telemetry.acme-iot.example.com/v2/ingest
Environment=AGENT_TOKEN=${k.tok()}
Environment=MODBUS_PORT=/dev/ttymxc3
ExecStart=/usr/bin/telemetry-agent --config /etc/acme/agent.toml
Restart=always
RestartSec=5

[Install]
WantedBy=multi-user.target
`,
  ),
];
