// Keys and passwords in network device configurations beyond `password 0` and `snmp-server community` (found
// while tuning on rw-dev15's network part): routing-protocol and NTP keys (`message-digest-key 1 md5 X`,
// `key-string X`, `authentication mode hmac-sha-256 X`), TACACS+/RADIUS host keys on one line, IKE pre-shared keys
// (`pre-shared-key local X`, `ikev1 pre-shared-key X`), NHRP and WPA keys, DOCSIS shared secrets, a local user's
// password typed without a type (`username x privilege 15 secret X`), SNMPv3 user passphrases, and the `set`
// forms of Junos, VyOS and FortiOS (`plain-text-password-value X`, `plaintext-password 'X'`, `set psksecret X`).
// Hashed and encrypted forms are not credentials here: types 5/6/8/9, `$9$`, ASA `encrypted`/`pbkdf2`, FortiOS
// `ENC`, Net-SNMP `localizedkey`.
import type { MatchContext, Rule } from '../types';
import { humanPassword, passphrase } from './humanPasswords';
import { passwordVerdict } from '../validators/secretValue';
import { isHashOrEncrypted } from '../validators/storedHash';
import { isDefaultCommunity } from '../validators/deviceSyntax';

const SP = '[ \\t]{1,4}';
/** An optional clear-text type marker before the value (`key 0 X`, `key plaintext X`, `key simple X`). */
const CLEAR = `(?:(?:0|plaintext|simple)${SP})?`;
const VALUE = `(?<secret>[^\\s"'\`\\\\;{}]{4,128})`;

/** Cisco-family line forms, each ending right before the value. */
const CISCO_LEADS = [
  // OSPF/NTP/BGP keys with a key id and an algorithm.
  `\\b(?:message-digest-key|authentication-key)${SP}\\d{1,10}${SP}(?:md5|sha1|sha256|hmac-sha-?\\d{1,3})${SP}${CLEAR}`,
  `\\bkey-string${SP}${CLEAR}`,
  `\\b(?:tacacs|radius)-server${SP}host${SP}[^\\s]{1,80}(?:${SP}vrf${SP}[^\\s]{1,40})?(?:${SP}port${SP}\\d{1,5})?(?:${SP}timeout${SP}\\d{1,4})?${SP}key${SP}${CLEAR}`,
  `\\bpre-shared-key${SP}(?:local|remote|address${SP}[\\d.:a-fA-F/]{2,45}(?:${SP}[\\d.]{7,15})?${SP}key)${SP}${CLEAR}`,
  `\\b(?:ikev[12]|(?:local|remote)-authentication)${SP}pre-shared-key${SP}${CLEAR}`,
  `\\bip${SP}nhrp${SP}authentication${SP}`,
  `\\bauthentication${SP}mode${SP}hmac-sha-\\d{3}${SP}${CLEAR}`,
  `\\bwpa${SP}psk${SP}set-key${SP}ascii${SP}0${SP}`,
  `\\bcable${SP}shared-(?:secondary-)?secret${SP}(?:index${SP}\\d{1,2}${SP})?0${SP}`,
  // Ruckus SmartZone / ZoneDirector CLI: a WLAN's passphrase and an AAA server's secret after its port.
  `\\bencryption${SP}wpa[0-9a-z-]{0,10}${SP}passphrase${SP}`,
  `\\bport${SP}\\d{1,5}${SP}shared-secret${SP}`,
  // A local user typed without a type (it is stored hashed or as type 7 afterwards, but this line is the text).
  `(?:^|\\n|#)[+-]?[ \\t]{0,8}username${SP}[^\\s]{1,64}(?:${SP}(?:privilege${SP}\\d{1,2}|role${SP}[\\w-]{1,40}))?${SP}(?:password|secret)${SP}`,
  // SNMPv3 users: `snmp-server user U G [v3] auth sha X priv aes 128 X` (and NX-OS `… auth sha X priv aes-128 X`).
  `\\bsnmp-server${SP}user${SP}[^\\s]{1,64}(?:${SP}[^\\s]{1,64})?(?:${SP}v3)?${SP}auth${SP}(?:md5|sha\\d{0,3})${SP}`,
  // …and its privacy passphrase after the auth one (the line is checked in validateDeviceValue).
  `\\bpriv${SP}(?:aes(?:[ \\t-]?(?:128|192|256))?|3?des)${SP}`,
];

/** Junos, VyOS, FortiOS, Yamaha and Comware `set`-style forms, the value maybe quoted. */
const SET_LEADS = [
  `\\b(?:plain-text-password-value|plaintext-password|pre-shared-secret|privacy-password|authentication-password)${SP}`,
  `\\b(?:tacplus-server|radius-server|radius${SP}server)${SP}[^\\s]{1,60}${SP}(?:secret|key)${SP}`,
  `\\bauthentication-key${SP}`,
  `\\bauthentication${SP}md5${SP}\\d{1,3}${SP}key${SP}`,
  `\\bpre-shared-key${SP}ascii-text${SP}`,
  `\\bipsec${SP}ike${SP}pre-shared-key${SP}\\d{1,3}${SP}text${SP}`,
  `\\bpp${SP}auth${SP}myname${SP}[^\\s]{1,80}${SP}`,
  `(?:^|\\n)[ \\t]{0,12}set${SP}(?:psksecret|passwd|auth-password|priv-password)${SP}`,
];

const CISCO_PATTERN = new RegExp(`(?:${CISCO_LEADS.join('|')})${VALUE}`);
const SET_PATTERN = new RegExp(`(?:${SET_LEADS.join('|')})["']?${VALUE}`);

/** What follows the value on its line says it is stored, not typed: ASA `encrypted`/`pbkdf2`, NX-OS `… 7`, Net-SNMP `localizedkey`. */
const STORED_AFTER = /^[ \t]{1,4}(?:encrypted|pbkdf2|nt-encrypted|hashed|7\b)|^[^\n]{0,200}\blocalizedkey\b/;

function validateDeviceValue(secret: string, ctx: MatchContext): boolean {
  const lineStart = ctx.text.lastIndexOf('\n', ctx.start - 1) + 1;
  if (
    /\bpriv[ \t]{1,4}\S{1,8}(?:[ \t]\d{3})?[ \t]{1,4}$/.test(ctx.text.slice(lineStart, ctx.start)) &&
    !/^[ \t]{0,8}snmp-server[ \t]{1,4}user[ \t][^\n]{0,200}\bauth[ \t]/.test(ctx.text.slice(lineStart, ctx.start))
  )
    return false;
  if (/^\$[89]\$/.test(secret) || /^(?:ENC|0x)/.test(secret) || isHashOrEncrypted(secret)) return false;
  if (/^\*+$/.test(secret) || /^[<{[]/.test(secret)) return false;
  if (isDefaultCommunity(secret)) return false;
  if (STORED_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 220))) return false;
  return passwordVerdict(secret, 'password') === undefined;
}

const base = {
  provider: 'Network device',
  family: 'credential-file',
  priority: 'context',
  keywordWindow: { before: 120, after: 240 },
  validate: validateDeviceValue,
  skipPlaceholderCheck: true,
  envName: 'DEVICE_PASSWORD',
  revocationUrl: null,
  revocationNote: 'Change the key or password on the device and on its peer (the other router, the TACACS+/RADIUS server, the VPN gateway), then keep only hashed or encrypted forms in saved configurations.',
} as const;

export const networkDeviceKeyRules: Rule[] = [
  {
    ...base,
    id: 'network-device-key',
    description: 'Routing, NTP, TACACS+/RADIUS, IKE, NHRP, WPA or DOCSIS key, local user password or SNMPv3 passphrase in a Cisco-style device configuration',
    keywords: [
      'message-digest-key',
      'authentication-key',
      'key-string',
      'tacacs-server',
      'radius-server',
      'pre-shared-key',
      'nhrp',
      'hmac-sha-',
      'set-key',
      'shared-secret',
      'shared-secondary-secret',
      'encryption wpa',
      'username',
      'snmp-server user',
      'priv ',
    ],
    pattern: CISCO_PATTERN,
    docsUrl: 'https://www.cisco.com/c/en/us/support/docs/security-vpn/remote-authentication-dial-user-service-radius/107614-64.html',
    examples: {
      positives: (g) => [
        `interface Tunnel100\n ip ospf message-digest-key 1 md5 ${g.s(humanPassword(g))}\n`,
        `ntp authentication-key 1 md5 ${g.s(g.alnum(16))}\n`,
        `key chain ISIS\n key 1\n  key-string ${g.s(g.alnum(14))}\n`,
        `tacacs-server host 10.0.5.10 key 0 ${g.s(humanPassword(g))}\n`,
        `crypto ikev2 keyring KR\n peer B\n  pre-shared-key local ${g.s(g.alnum(20))}\n`,
        `crypto keyring DMVPN\n  pre-shared-key address 0.0.0.0 0.0.0.0 key ${g.s(g.alnum(18))}\n`,
        `tunnel-group 203.0.113.7 ipsec-attributes\n ikev1 pre-shared-key ${g.s(g.alnum(24))}\n`,
        `interface Tunnel0\n ip nhrp authentication ${g.s(g.alnum(8))}\n`,
        `wlan GUEST 3 Guest\n security wpa psk set-key ascii 0 ${g.s(humanPassword(g))}\n`,
        `interface Cable1/0/0\n cable shared-secret 0 ${g.s(g.alnum(16))}\n`,
        `ruckus(config-wlan)# encryption wpa2 passphrase ${g.s(humanPassword(g))} algorithm aes\n`,
        `ruckus(config-aaa)# ip-addr 10.6.4.6 port 1812 shared-secret ${g.s(g.alnum(12))}\n`,
        `username vendor privilege 15 password ${g.s(`${g.lower(6)}${g.digits(3)}`)}\n`,
        `rtr-01(config)#username admin privilege 15 secret ${g.s(humanPassword(g))}\n`,
        `snmp-server user zabbix network-operator auth sha ${g.s(passphrase(g).replace(/ /g, '-'))} priv aes-128 ${g.s(g.alnum(16))}\n`,
      ],
      negatives: (g) => [
        `ntp authentication-key 2 md5 ${g.lower(12)} 7\n`,
        `username admin privilege 15 secret 9 $9$${g.alnum(14)}$${g.alnum(43)}\n`,
        `username vpn password ${g.alnum(16)} pbkdf2\n`,
        `username vpn password ${g.alnum(16)} encrypted\n`,
        ` ikev2 remote-authentication pre-shared-key *****\n`,
        `snmp-server user admin network-admin auth md5 0x${g.hex(32)} priv 0x${g.hex(32)} localizedkey\n`,
        `tacacs-server host 10.0.5.10 key 7 "0822455D0A16"\n`,
        `username {{ admin_user }} privilege 15 secret 0 {{ admin_password }}\n`,
        `crypto isakmp key 6 ${g.alnum(30)} address 203.0.113.46\n`,
        `ruckus(config-wlan)# encryption wpa2 passphrase ******** algorithm aes\n`,
      ],
    },
  },
  {
    ...base,
    id: 'network-device-set-password',
    description: 'Clear-text password or key in a Junos, VyOS, FortiOS or Yamaha `set` configuration line',
    keywords: [
      'plain-text-password-value',
      'plaintext-password',
      'pre-shared-secret',
      'privacy-password',
      'authentication-password',
      'tacplus-server',
      'radius-server',
      'radius server',
      'authentication-key',
      'authentication md5',
      'ascii-text',
      'pre-shared-key',
      'myname',
      'psksecret',
      'passwd',
      'auth-password',
      'priv-password',
    ],
    pattern: SET_PATTERN,
    docsUrl: 'https://www.juniper.net/documentation/us/en/software/junos/user-access/topics/ref/statement/plain-text-password-value.html',
    examples: {
      positives: (g) => [
        `set system login user oxidized authentication plain-text-password-value ${g.s(g.alnum(20))}\n`,
        `set system tacplus-server 10.0.5.11 secret ${g.s(humanPassword(g))}\n`,
        `set protocols bgp group PEERING neighbor 80.249.209.66 authentication-key ${g.s(g.alnum(13))}\n`,
        `set system login user ops authentication plaintext-password '${g.s(g.alnum(24))}'\n`,
        `set vpn ipsec site-to-site peer 203.0.113.45 authentication pre-shared-secret '${g.s(humanPassword(g))}'\n`,
        `        policy IKE-AWS {\n            pre-shared-key ascii-text ${g.s(humanPassword(g))};\n        }\n`,
        `config vpn ipsec phase1-interface\n    edit "to-HQ"\n        set psksecret ${g.s(g.hex(32))}\n    next\nend\n`,
        `ipsec ike pre-shared-key 1 text ${g.s(g.alnum(18))}\n`,
      ],
      negatives: (g) => [
        `set system tacplus-server 10.0.5.10 secret "$9$${g.alnum(24)}"\n`,
        `            pre-shared-key ascii-text "$9$${g.alnum(30)}"; ## SECRET-DATA\n`,
        `        set psksecret ENC ${g.base64(88)}\n`,
        `set system login user temp authentication plain-text-password\n`,
        `set snmp v3 usm local-engine user librenms authentication-sha authentication-key "$9$${g.alnum(20)}"\n`,
        `set system root-authentication encrypted-password "$6$${g.alnum(16)}$${g.alnum(86)}"\n`,
      ],
    },
  },
];
