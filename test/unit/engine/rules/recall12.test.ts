// Recall classes found while tuning on rw-dev11's device part (twelfth session): a bare `key` beside the address of
// what it opens or under a key's own name, Home Assistant alarm and lock codes, Tasmota console commands. Values
// are generated from a seed at test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0x7e12_a11c);

const { found, assertQuiet } = ruleAssertions(scanner, 'notes/x.txt');

const human = () => `${g.pick(['Sommer', 'Winter', 'Lukas', 'Bello'])}${g.pick(['19', '20'])}${g.digits(2)}${g.pick(['!', '.', '#', ''])}`;
const words12 = () => `${g.pick(['Meadow', 'Lantern'])}${g.pick(['Fjord', 'Cactus'])}${g.pick(['Ember', 'Orbit'])}`;
/** A code someone set: no run, no repeated digit. */
const code = () => g.pick(['4', '7', '2', '9']) + g.pick(['81', '06', '53', '39']) + g.digits(g.pick([1, 2, 3]));

describe('recall classes, twelfth session', () => {
  describe('a bare `key` beside an address or under a key', () => {
    it("reads a dashboard widget's `key:` beside its `url:`", () => {
      const [a, b] = [g.hex(32), g.alnum(40)];
      const text = `- Media:\n    - Jellyfin:\n        href: http://192.168.1.20:8096\n        widget:\n          type: jellyfin\n          url: http://192.168.1.20:8096\n          key: ${a}\n    - Radarr:\n        widget:\n          type: radarr\n          key: ${b}\n          url: http://192.168.1.20:7878\n`;
      assert.deepEqual(found(text, 'homepage/config/services.yaml'), [a, b]);
    });

    it("reads a device list's local key beside the device's `ip`", () => {
      const a = g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$%*+-./:;<=>?@^_|~', 16);
      const text = `[\n    {\n        "name": "Plug",\n        "id": "bf${g.hex(20)}",\n        "key": ${JSON.stringify(a)},\n        "mac": "10:5a:17:00:11:22",\n        "ip": "192.168.1.104",\n        "version": "3.3"\n    }\n]\n`;
      assert.deepEqual(found(text, 'tinytuya/devices.json'), [a]);
      const b = g.alnum(24);
      assert.deepEqual(found(`devices = [{ "host": "10.0.0.5", "key": "${b}", "name": "lamp" }]\n`, 'conf/devices.json'), [b]);
    });

    it('reads `{ "key": … }` under a parent that is a key (`network_key`, `link_key`)', () => {
      const [a, b] = [g.hex(32), g.hex(32)];
      const text = `{\n  "channel": 25,\n  "network_key": { "key": "${a}", "sequence_number": 0, "frame_counter": 108234 },\n  "devices": [\n    { "nwk_address": "17d4", "link_key": { "key": "${b}", "rx_counter": 0 } }\n  ]\n}\n`;
      assert.deepEqual(found(text, 'zigbee2mqtt/data/coordinator_backup.json'), [a, b]);
    });

    it('leaves a bare key without an address or a key parent, words and public keys', () => {
      assertQuiet(
        [
          `items:\n  - name: first\n    key: ${g.hex(32)}\n    label: First\n`,
          `widget:\n  url: http://192.168.1.20:8096\n  key: jellyfin-main-dashboard\n`,
          `{ "url": "https://cdn.example.org", "key": "assets/app/main.bundle.js" }\n`,
          `"public_key": { "key": "${g.base64(43)}=" }\n`,
        ],
        'config/x.yaml',
      );
    });
  });

  describe('Home Assistant alarm and lock codes', () => {
    it('reads `code:` of a manual alarm panel and of an arming or unlocking service call, and `alarm_code:`', () => {
      const [a, b, c, d] = [code(), code(), code(), code()];
      assert.deepEqual(found(`alarm_control_panel:\n  - platform: manual\n    name: Hausalarm\n    code: ${a}\n    arming_time: 30\n`, 'homeassistant/configuration.yaml'), [a]);
      assert.deepEqual(found(`wifi_ssid: "Home"\nmqtt_user: homeassistant\nalarm_code: "${b}"\n`, 'homeassistant/secrets.yaml'), [b]);
      const automations = `- alias: Night\n  action:\n    - service: alarm_control_panel.alarm_arm_night\n      target: { entity_id: alarm_control_panel.home }\n      data:\n        code: "${c}"\n- alias: Door\n  action:\n    - service: lock.unlock\n      target:\n        entity_id: lock.front\n      data:\n        code: ${d}\n`;
      assert.deepEqual(found(automations, 'homeassistant/automations.yaml'), [c, d]);
    });

    it('leaves secrets references, dummy codes and other `code:` fields', () => {
      assertQuiet(
        [
          'alarm_control_panel:\n  - platform: manual\n    code: !secret alarm_code\n',
          'alarm_control_panel:\n  - platform: manual\n    code: 1234\n',
          `responses:\n  - code: ${code()}\n    message: not found\n`,
          `lock:\n  - service: lock.unlock\n    data:\n      code: "{{ states('input_text.door') }}"\n`,
          `country:\n  code: ${code()}\n`,
        ],
        'homeassistant/configuration.yaml',
      );
    });
  });

  describe('Tasmota console commands', () => {
    it('reads Password1 and MqttPassword in a Backlog, and WebPassword in a code span', () => {
      const [a, b, c] = [human(), g.alnum(18), `${g.pick(['mariposa', 'kartoffel'])}${g.pick(['river', 'salat'])}`];
      const text = `In the console:\n\n    Backlog SSID1 Home; Password1 ${a}; MqttHost 192.168.2.5; MqttUser tasmota; MqttPassword ${b}; Topic plug_%06X\n\nWeb login set with \`WebPassword ${c}\`.\n`;
      assert.deepEqual(found(text, 'notes/tasmota.md'), [a, b, c]);
    });

    it('leaves masked log echoes, variables and prose about the commands', () => {
      assertQuiet([
        '00:00:01.203 CMD: Backlog SSID1 Home; Password1 ****; MqttHost 192.168.2.5\n',
        'Backlog MqttHost 192.168.1.5; MqttPassword %mqtt_pass%; Topic plug\n',
        'The WebPassword command sets the password of the web UI.\n',
        `if (password1 != password2) return;\n`,
      ]);
    });
  });

  describe('credential exports and dedicated slots', () => {
    it("reads an entry's password in a KeePass XML export, a word passphrase too", () => {
      const [a, b] = [human(), `${g.pick(['glacier', 'meadow'])} ${g.pick(['kotik', 'pebble'])} ${g.pick(['river', 'anchor'])} ${g.pick(['lantern', 'biscuit'])}`];
      const text = `<KeePassFile><Root><Group>\n  <Entry>\n    <String><Key>UserName</Key><Value>admin</Value></String>\n    <String><Key>Password</Key><Value ProtectInMemory="True">${a}</Value></String>\n  </Entry>\n  <Entry>\n    <String><Key>Password</Key><Value ProtectInMemory="True">${b}</Value></String>\n  </Entry>\n</Group></Root></KeePassFile>\n`;
      assert.deepEqual(found(text, 'Downloads/keepass-export.xml'), [a, b]);
    });

    it("reads a Windows WLAN profile's clear keyMaterial, not its protected blob", () => {
      const a = human();
      assert.deepEqual(found(`<sharedKey>\n\t<keyType>passPhrase</keyType>\n\t<protected>false</protected>\n\t<keyMaterial>${a}</keyMaterial>\n</sharedKey>\n`, 'export/WLAN-Home.xml'), [a]);
      assertQuiet([`<sharedKey>\n\t<protected>true</protected>\n\t<keyMaterial>01000000D08C9DDF0115D1118C7A00C04FC297EB${g.hex(180).toUpperCase()}</keyMaterial>\n</sharedKey>\n`], 'export/WLAN-Home.xml');
    });

    it("reads a short name-and-digits password under redis.conf's requirepass", () => {
      const a = `${g.pick(['anna', 'lena', 'ole'])}${g.digits(3)}`;
      assert.deepEqual(found(`bind 127.0.0.1\nport 6379\nrequirepass ${a}\n`, 'deploy/redis/redis.conf'), [a]);
      assertQuiet(['requirepass foobared\n', 'requirepass changeme\n', 'requirepass ${REDIS_PASSWORD}\n'], 'deploy/redis/redis.conf');
    });
  });

  describe('credentials handed to calls', () => {
    it("reads a TOTP seed given to pyotp's TOTP and HOTP", () => {
      const [a, b] = [g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 32), g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)];
      assert.deepEqual(found(`code = pyotp.TOTP("${a}").now()\nh = pyotp.HOTP('${b}')\n`, 'scraper/login.py'), [a, b]);
      assertQuiet(['totp = pyotp.TOTP(pyotp.random_base32())\n', 'totp = pyotp.TOTP(os.environ["OTP_SEED"])\n'], 'scraper/login.py');
    });

    it("reads a provider's key passed by keyword to a call on the provider's module, in a notebook too", () => {
      const [a, b] = [g.hex(40), g.hex(40)];
      assert.deepEqual(found(`import wandb\nwandb.login(key="${a}")\n`, 'train.py'), [a]);
      const notebook = `{\n "cells": [\n  {\n   "cell_type": "code",\n   "source": [\n    "import wandb\\n",\n    "wandb.login(key=\\"${b}\\")\\n"\n   ]\n  }\n ]\n}\n`;
      assert.deepEqual(found(notebook, 'experiments/train.ipynb'), [b]);
      assertQuiet([`import wandb\nlogin(key="${g.hex(40)}")\n`, `cache.get(key="${g.hex(40)}")\n`], 'train.py');
    });
  });

  describe("Go's %+v struct dump in a log", () => {
    it('reads `Name:value` fields of secret names after the dump opened with `{Name:`', () => {
      const [a, b] = [human(), g.alnum(40)];
      const text = `time="2026-11-18T08:00:00Z" level=debug msg="loaded config" cfg="{Port:8080 Env:prod RedisAddr:redis:6379 RedisPassword:${a} WebhookSecret:${b} LogLevel:debug}"\n`;
      assert.deepEqual(found(text, 'logs/billing-svc.log'), [a, b]);
    });

    it('leaves colon-joined values outside a dump and non-secret fields', () => {
      assertQuiet(
        [`2026-11-18 08:00:00 INFO connecting to redis:6379 with scope:${g.alnum(20)}\n`, `time="2026-11-18T08:00:00Z" msg="cfg" cfg="{Port:8080 Env:prod LogLevel:debug TokenTTL:3600}"\n`],
        'logs/app.log',
      );
    });
  });

  describe('a password setter given words run together', () => {
    it("reads a setter's quoted letters-only passphrase in code and in a log's stack frame", () => {
      const words = () => `${g.pick(['Meadow', 'Lantern', 'Harbor'])}${g.pick(['Fjord', 'Cactus', 'Pebble'])}${g.pick(['Ember', 'Walnut', 'Orbit'])}`;
      const [a, b] = [words(), words()];
      assert.deepEqual(found(`<?php\n$transport = new Swift_SmtpTransport('smtp.example.org', 587);\n$transport->setPassword('${a}');\n`, 'app/Services/Mailer.php'), [a]);
      assert.deepEqual(
        found(`[2026-11-18 08:00:00] production.ERROR: Connection refused\n#5 /var/www/shop/app/Services/Mailer.php(41): Swift_SmtpTransport->setPassword('${b}')\n`, 'storage/logs/laravel.log'),
        [b],
      );
    });

    it('leaves setters in tests, names and variables', () => {
      assertQuiet([`$transport->setPassword('${words12()}');\n`], 'tests/MailerTest.php');
      assertQuiet(["$transport->setPassword('passwordField');\n", '$transport->setPassword($password);\n'], 'app/Mailer.php');
    });
  });

  describe('extension-less variable files', () => {
    it("reads unquoted values in a compose service's `env` file and in /etc/default/*", () => {
      const [a, b, c] = [g.alnum(48), human() + '^' + g.alnum(6), g.alnum(32)];
      const text = `PYTHONUNBUFFERED=0\nREDASH_LOG_LEVEL=INFO\nREDASH_COOKIE_SECRET=${a}\nPOSTGRES_PASSWORD=${b}\nREDASH_MAIL_PASSWORD=\n`;
      assert.deepEqual(found(text, 'redash/env'), [a, b]);
      assert.deepEqual(found(`# Defaults for grafana-server\nGRAFANA_USER=grafana\nGF_SECURITY_SECRET_KEY=${c}\n`, 'etc/default/grafana-server'), [c]);
    });

    it('leaves names and placeholders there', () => {
      assertQuiet(['POSTGRES_PASSWORD=changeme\nREDASH_SECRET_KEY=\nAPI_TOKEN=${API_TOKEN}\n'], 'redash/env');
    });
  });
});
