// Files that live on targets and engineers' machines: BlueZ bonding info, iwd network files, SWUpdate/openssl
// image encryption keys, adb keys, Home Assistant auth storage, .netrc and Conan credentials for SDK fetches,
// fleet dashboards' .env with the providers IoT backends use (SMS, mail, maps), Azure IoT CLI sessions.
import type { RealWorldDoc } from '../types';
import { embedDoc, V } from './embedValues';

export const EMBED_TARGET_FILE_DOCS: RealWorldDoc[] = [
  embedDoc(
    'embed-bluez-bond-info',
    ['credential-file', 'config-syntax'],
    'rootfs/var/lib/bluetooth/DC-A6-32-00-11-22/F4-12-FA-33-44-55/info',
    (k) => `[General]
Name=OBDII
Class=${k.n('0x001f00')}
SupportedTechnologies=BR/EDR;
Trusted=true
Blocked=false
Services=${k.n('00001101-0000-1000-8000-00805f9b34fb')};

[LinkKey]
Key=${k.k128()}
Type=4
PINLength=0

[LongTermKey]
Key=${k.k128()}
Authenticated=0
EncSize=16
EDiv=${k.n(k.g.digits(5))}
Rand=${k.n(k.g.digits(19))}

[DeviceID]
Source=1
Vendor=${k.n('1027')}
`,
  ),

  embedDoc(
    'embed-iwd-psk-file',
    ['credential-file', 'config-syntax'],
    'rootfs/var/lib/iwd/Halle2.psk',
    (k) => `[Security]
Passphrase=${k.wifi()}
PreSharedKey=${k.s('password', k.g.hex(64))}
SAE-PT-Group19=${k.n(k.g.hex(128))}

[Settings]
AutoConnect=true
`,
  ),

  embedDoc(
    'embed-swupdate-encrypt',
    ['command-line', 'credential-file'],
    'scripts/encrypt_update.sh',
    (k) => `#!/bin/sh
# SWUpdate encrypted images: aes-256-cbc, key and IV in hex (the same file is in the rootfs as /etc/swupdate/aes.key)
KEY=${k.hex(64)}
IV=${k.n(k.g.hex(32))}
openssl enc -aes-256-cbc -in rootfs.ext4.gz -out rootfs.ext4.gz.enc -K $KEY -iv $IV
openssl enc -aes-256-cbc -in uboot.bin -out uboot.bin.enc -K ${k.hex(64)} -iv ${k.n(k.g.hex(32))}
sha256sum rootfs.ext4.gz.enc > rootfs.sha256     # ${k.n(V.sha256(k.g))}
`,
  ),

  embedDoc(
    'embed-adbkey',
    ['credential-file'],
    'home/ci/.android/adbkey',
    (k) => `${k.key(V.pem(k.g, 'PRIVATE KEY'))}
`,
  ),

  embedDoc(
    'embed-netrc-sdk-fetch',
    ['credential-file'],
    'docker/toolchain/netrc',
    (k) => `machine git.vendor-silicon.example.com
  login acme-fae
  password ${k.spw()}
machine downloads.rtos-vendor.example.com login acme-build password ${k.spw()}
machine gitlab.acme.example.com login ci-bot password ${k.prov('GitLab', V.gitlabPat(k.g))}
`,
  ),

  embedDoc(
    'embed-conan-remote-login',
    ['command-line', 'credential-file'],
    'ci/conan-setup.sh',
    (k) => `#!/bin/bash
conan remote add acme https://acme.jfrog.io/artifactory/api/conan/conan-embedded
conan remote login acme ci-embedded -p ${k.spw()}
conan profile detect
conan install . --profile:host=profiles/armv7hf-gcc12 --build=missing
# ~/.conan2/credentials.json ends up like:
# {"credentials": [{"remote": "acme", "user": "ci-embedded", "password": "${k.n('*******')}"}]}
`,
  ),

  embedDoc(
    'embed-fleet-dashboard-env',
    ['config-syntax'],
    'fleet-dashboard/.env',
    (k) => `NODE_ENV=development
DATABASE_URL=postgresql://fleet:${k.cs()}@localhost:5432/fleet
MQTT_URL=mqtts://dashboard:${k.cs()}@vehicle-broker.dev.example.com:8883
TWILIO_ACCOUNT_SID=${k.n('AC' + k.g.hex(32))}
TWILIO_AUTH_TOKEN=${k.s('token', k.g.hex(32), 'Twilio auth token')}
SENDGRID_API_KEY=${k.prov('SendGrid', `SG.${k.g.base64url(22)}.${k.g.base64url(43)}`)}
MAPBOX_ACCESS_TOKEN=${k.n(`pk.eyJ1Ijoi${k.g.base64url(20)}iLCJhIjoi${k.g.base64url(22)}In0.${k.g.base64url(22)}`)}
SESSION_SECRET=${k.tok()}
ALERT_WEBHOOK=${k.prov('Slack webhook', V.slackHook(k.g))}
`,
  ),

  embedDoc(
    'embed-ha-auth-storage',
    ['credential-file', 'precision'],
    'homeassistant/.storage/auth',
    (k) => `{
  "version": 1,
  "minor_version": 1,
  "key": "auth",
  "data": {
    "users": [{"id": "${k.n(k.g.hex(32))}", "group_ids": ["system-admin"], "is_owner": true, "is_active": true, "name": "Jonas"}],
    "refresh_tokens": [
      {
        "id": "${k.n(k.g.hex(32))}",
        "user_id": "${k.n(k.g.hex(32))}",
        "client_id": "http://homeassistant.local:8123/",
        "client_name": null,
        "token_type": "normal",
        "created_at": "2025-01-04T10:11:12.123456+00:00",
        "access_token_expiration": 1800.0,
        "token": "${k.hex(128)}",
        "jwt_key": "${k.hex(128)}"
      }
    ]
  }
}
`,
  ),

  embedDoc(
    'embed-az-iot-cli',
    ['command-line', 'logs-and-output'],
    'docs/azure/iot-hub-cli.md',
    (k) => `## Azure IoT Hub from the CLI

\`\`\`
$ az iot hub connection-string show --hub-name acme-prod-hub --policy-name iothubowner
{
  "connectionString": "HostName=acme-prod-hub.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=${k.prov('Azure IoT Hub', V.azureSak(k.g))}"
}
$ az iot hub monitor-events --hub-name acme-prod-hub --device-id press-line-07
$ az iot hub device-identity connection-string show --hub-name acme-prod-hub --device-id press-line-08
{
  "connectionString": "HostName=acme-prod-hub.azure-devices.net;DeviceId=press-line-08;SharedAccessKey=${k.prov('Azure IoT Hub', V.azureSak(k.g))}"
}
$ az iot dps enrollment-group show --dps-name acme-dps -g iot-rg --enrollment-id line-devices --show-keys
  "primaryKey": "${k.prov('Azure DPS enrollment key', k.g.base64(86) + '==')}",
\`\`\`

Use \`--auth-type login\` instead of pasting keys; the device ids and hub host names are fine to share.
`,
  ),

  embedDoc(
    'embed-gitmodules-token',
    ['config-syntax'],
    '.gitmodules',
    (k) => `[submodule "components/acme-hal"]
	path = components/acme-hal
	url = https://oauth2:${k.prov('GitLab', V.gitlabPat(k.g))}@gitlab.acme.example.com/fw/acme-hal.git
[submodule "components/esp-aws-iot"]
	path = components/esp-aws-iot
	url = https://github.com/espressif/esp-aws-iot.git
[submodule "third_party/vendor-bsp"]
	path = third_party/vendor-bsp
	url = https://acme-fae:${k.cs()}@git.vendor-silicon.example.com/bsp/gw2.git
`,
  ),

  embedDoc(
    'embed-ros2-robot-env',
    ['config-syntax', 'command-line'],
    'robot/docker/.env.robot',
    (k) => `ROS_DOMAIN_ID=42
ROS_SECURITY_ENABLE=true
ROS_SECURITY_STRATEGY=Enforce
ROS_SECURITY_KEYSTORE=/opt/keystore
FOXGLOVE_API_KEY=${k.s('token', 'fox_sk_' + k.g.alnum(32))}
ROSBRIDGE_AUTH_SECRET=${k.tok()}
LIDAR_WEB_PASSWORD=${k.hpw()}
# docker run --env-file .env.robot -e ROBOT_SERIAL=${k.n(V.serial(k.g))} acme/robot:humble
`,
  ),

  embedDoc(
    'embed-greengrass-config',
    ['config-syntax'],
    'greengrass/config/config.yaml',
    (k) => `system:
  certificateFilePath: "/greengrass/v2/device.pem.crt"
  privateKeyPath: "/greengrass/v2/private.pem.key"
  rootCaPath: "/greengrass/v2/AmazonRootCA1.pem"
  rootpath: "/greengrass/v2"
  thingName: "edge-gw-muc-03"
services:
  aws.greengrass.Nucleus:
    componentType: "NUCLEUS"
    version: "2.12.1"
    configuration:
      awsRegion: "eu-central-1"
      iotRoleAlias: "GreengrassCoreTokenExchangeRoleAlias"
      iotDataEndpoint: "${k.n(k.g.lower(14))}-ats.iot.eu-central-1.amazonaws.com"
  com.acme.ModbusBridge:
    configuration:
      modbusHost: "10.20.0.21"
      influxToken: "${k.tok()}"
      mqttPassword: "${k.spw()}"
`,
  ),
];
