// Secrets in carrier and ISP equipment and platform files whose syntax names no secret word the generic rules read
// (found while tuning on rw-dev22's telecom part): Huawei VRP `shared-key simple X` / `local-user U password simple X`,
// a ZTE OLT's ONU template `… pppoe username U password X`, tac_plus-ng `password = clear "X"`, Jasmin's jcli
// session (`> password X` while adding an SMPP connector or a user), Asterisk's `register => user:secret@host`,
// Kamailio/OpenSIPS `modparam("topoh", "mask_key", "X")`, Zabbix user macros named for a secret, a LuCI session
// token in a URL (`/cgi-bin/luci/;stok=X/`) and Infobip's API key (`App` + 32 hex + a UUID).
import type { MatchContext, Rule } from '../types';
import { humanPassword } from './humanPasswords';
import { passwordVerdict, tokenVerdict } from '../validators/secretValue';
import { isHashOrEncrypted } from '../validators/storedHash';
import { isDefaultCommunity } from '../validators/deviceSyntax';

const SP = '[ \\t]{1,4}';

const base = {
  provider: 'Network device',
  family: 'credential-file',
  priority: 'context',
  skipPlaceholderCheck: true,
  revocationUrl: null,
  revocationNote: 'Change the password or shared secret on the device or platform and on its peer, then keep only hashed or encrypted forms (or a vault reference) in the saved configuration.',
} as const;

const isTypedPassword = (value: string) => !isHashOrEncrypted(value) && !/^[$<{[*%]/.test(value) && !isDefaultCommunity(value) && passwordVerdict(value, 'password') === undefined;

/** Line forms that end right before a clear-text password or key. */
const DEVICE_LEADS = [
  // Huawei VRP: `radius-server shared-key simple X`, `hwtacacs-server shared-key simple X`, `local-user U password simple X`.
  `\\bshared-key${SP}simple${SP}`,
  `\\blocal-user${SP}[^\\s]{1,64}${SP}password${SP}simple${SP}`,
  // A ZTE OLT's ONU WAN template: `wan-ip 1 mode pppoe username U password X`.
  `\\bpppoe${SP}username${SP}[^\\s]{1,80}${SP}password${SP}`,
  // tac_plus-ng / tac_plus: `password = clear "X"`, `login = clear X`, `pap = clear X`, `enable = clear X`.
  `\\b(?:password|login|pap|chap|enable)[ \\t]{0,4}=[ \\t]{0,4}clear${SP}"?`,
];

/** Jasmin's jcli: `> password X` while adding an SMPP client connector (`smppccm -a`) or a user (`user -a`). */
const JCLI_LEAD = `(?:^|\\n)(?:jcli[ \\t]:[ \\t]|>[ \\t]{1,2})password${SP}`;

function validateJcli(value: string, ctx: MatchContext): boolean {
  const before = ctx.text.slice(Math.max(0, ctx.start - 1500), ctx.start);
  return /\b(?:jcli|smppccm|httpccm|jasmin)\b|\buser[ \t]+-a\b/i.test(before) && isTypedPassword(value);
}

/** Kamailio / OpenSIPS module parameters that hold a key or a secret (not a column, an AVP or a file name). */
const MODPARAM_NAME = '(?:mask_key|secret|shared_secret|auth_secret|api_key|apikey|auth_key|password|passwd|secret_key|hmac_key|token|auth_password)';

/** Zabbix user macro names (`{$OLT.SSH.PASSWORD}`, `{$SNMP_COMMUNITY}`) naming a secret. */
const ZABBIX_SECRET_MACRO = /(?:^|[._])(?:PASS(?:WORD)?|PASSWD|PWD|SECRET|COMMUNITY|TOKEN|API[._]?KEY|PSK|AUTH[._]?KEY)(?:$|[._])/;

function validateZabbixMacro(value: string, ctx: MatchContext): boolean {
  const between = ctx.text.slice(Math.max(0, ctx.start - 300), ctx.start);
  const macro = /\{\$([A-Z0-9_.]{1,64})(?::[^}\n]{0,60})?\}["']?[^{]*$/.exec(between);
  if (!macro || !ZABBIX_SECRET_MACRO.test(macro[1]!)) return false;
  // A VAULT macro's value is the secret's path in the vault, not the secret.
  if (/\btype:[ \t]*["']?(?:VAULT|2)\b|"type":[ \t]*"?(?:VAULT|2)\b/.test(between.slice(macro.index))) return false;
  if (/^(?:\d{1,5}|true|false|yes|no|on|off)$/i.test(value) || /^[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,6}$/.test(value) || /:\/\/|^\//.test(value)) return false;
  return isTypedPassword(value);
}

export const carrierDeviceSecretRules: Rule[] = [
  {
    ...base,
    id: 'carrier-device-password',
    description: 'Clear-text shared key or password in a carrier device configuration (Huawei VRP `simple`, ZTE ONU PPPoE template, tac_plus-ng `clear`)',
    keywords: ['shared-key simple', 'password simple', 'pppoe username', '= clear', '=clear'],
    keywordWindow: { before: 140, after: 160 },
    pattern: new RegExp(`(?:${DEVICE_LEADS.join('|')})(?<secret>[^\\s"'\`\\\\;{}]{4,128})`),
    validate: (value) => isTypedPassword(value),
    envName: 'DEVICE_PASSWORD',
    docsUrl: 'https://support.huawei.com/enterprise/en/doc/EDOC1100086644',
    examples: {
      positives: (g) => [
        `radius-server template rad-lab\n radius-server shared-key simple ${g.s(g.alnum(13))}\n`,
        `aaa\n local-user fe-vendor password simple ${g.s(humanPassword(g))}\n`,
        `pon-onu-mng gpon-onu_1/2/4:17\n  wan-ip 1 mode pppoe username ${g.lower(5)}.${g.digits(4)} password ${g.s(g.alnum(10))} vlan-profile pppoe host 1\n`,
        `user = breakglass {\n    password = clear "${g.s(`${g.lower(3)}${g.upper(2)}-${g.alnum(5)}-${g.alnum(5)}`)}"\n    member = admin\n}\n`,
      ],
      negatives: (g) => [
        ` radius-server shared-key cipher %^%#${g.alnum(40)}%^%#\n`,
        ` local-user netops password irreversible-cipher $1c$${g.alnum(40)}$\n`,
        `    password = crypt "$1$${g.alnum(8)}$${g.alnum(22)}"\n`,
        `    password = clear "changeme"\n`,
        `git clean -fdx && make clear password\n`,
      ],
    },
  },
  {
    ...base,
    id: 'jasmin-jcli-password',
    provider: 'Jasmin SMS gateway',
    description: "Password typed in a Jasmin jcli session (an SMPP client connector's or an HTTP user's)",
    keywords: ['> password', 'jcli : password'],
    keywordWindow: { before: 16, after: 140 },
    pattern: new RegExp(`${JCLI_LEAD}(?<secret>[^\\s"'\`]{4,128})`),
    validate: validateJcli,
    envName: 'SMPP_PASSWORD',
    docsUrl: 'https://docs.jasminsms.com/en/latest/management/jcli/modules.html',
    examples: {
      positives: (g) => [
        `jcli : smppccm -a\n> cid SMSC_A\n> host 10.2.3.4\n> username ${g.lower(6)}\n> password ${g.s(g.alnum(8))}\n> ok\n`,
        `jcli : user -a\n> username ${g.lower(6)}\n> password ${g.s(g.alnum(12))}\n> gid marketing\n> ok\n`,
      ],
      negatives: (g) => [`> password ${g.alnum(10)}\n`, `jcli : user -a\n> password <secret>\n`],
    },
  },
  {
    ...base,
    id: 'asterisk-register-secret',
    provider: 'Asterisk',
    description: 'SIP trunk secret in an Asterisk chan_sip `register => user:secret@host` line',
    keywords: ['register =>', 'register=>'],
    keywordWindow: { before: 8, after: 200 },
    pattern: /(?:^|\n)[ \t]{0,8}register[ \t]{0,4}=>[ \t]{0,4}(?:[\w.+-]{1,60}\?)?(?:(?:udp|tcp|tls):\/\/)?[^\s:@/]{1,80}:(?<secret>[^\s:@/]{4,80})(?=[:@])/,
    validate: (value) => isTypedPassword(value),
    envName: 'SIP_SECRET',
    docsUrl: 'https://docs.asterisk.org/Configuration/Channel-Drivers/SIP/Configuring-chan_sip/',
    examples: {
      positives: (g) => [
        `[general]\nregister => ${g.digits(8)}:${g.s(g.alnum(14))}@sip.trunk.example/4863\n`,
        `register => trunk?${g.digits(7)}:${g.s(`${g.alnum(9)}${g.digits(3)}`)}:${g.digits(7)}@sip.example\n`,
      ],
      negatives: () => ['register => kqzsxm:${TRUNK_SECRET}@voip.example\n', 'register => 1234@sip.example\n', 'register => user:password@sip.example\n'],
    },
  },
  {
    ...base,
    id: 'sip-proxy-modparam-secret',
    provider: 'Kamailio',
    description: 'Key or secret given to a Kamailio / OpenSIPS module (`modparam("topoh", "mask_key", "X")`, `modparam("auth", "secret", "X")`)',
    keywords: ['modparam'],
    keywordWindow: { before: 8, after: 260 },
    pattern: new RegExp(`\\bmodparam\\([ \\t]{0,4}"[\\w-]{1,40}"[ \\t]{0,4},[ \\t]{0,4}"${MODPARAM_NAME}"[ \\t]{0,4},[ \\t]{0,4}"(?<secret>[^"\\s]{6,128})"`),
    validate: (value) => !/^[/$]|\$[a-z]|:\/\//.test(value) && !isHashOrEncrypted(value) && (passwordVerdict(value, 'password') === undefined || tokenVerdict(value, 'secret', 'secret') === undefined),
    envName: 'SIP_MODULE_SECRET',
    docsUrl: 'https://www.kamailio.org/docs/modules/stable/modules/topoh.html#topoh.p.mask_key',
    examples: {
      positives: (g) => [`modparam("topoh", "mask_key", "${g.s(g.hex(40))}")\n`, `modparam("auth", "secret", "${g.s(g.alnum(20))}")\n`],
      negatives: () => [
        'modparam("auth_db", "password_column", "password")\n',
        'modparam("tls", "private_key", "/etc/kamailio/kamailio.key")\n',
        `modparam("topoh", "mask_key", "$def(MASK_KEY)")\n`,
        `modparam("auth", "secret", "${'x'.repeat(8)}")\n`,
      ],
    },
  },
  {
    ...base,
    id: 'zabbix-secret-macro',
    provider: 'Zabbix',
    family: 'credential-file',
    description: 'Value of a Zabbix user macro named for a secret (`{$SNMP_COMMUNITY}`, `{$SSH.PASSWORD}`) in a template or host export',
    keywords: ['macro'],
    keywordWindow: { before: 16, after: 320 },
    pattern:
      /["']?macro["']?[ \t]{0,4}:[ \t]{0,4}["']?\{\$[A-Z0-9_.]{1,64}(?::[^}\n]{0,60})?\}["']?[ \t]{0,4},?[ \t]{0,4}(?:\r?\n[ \t]{0,16}(?:["']?(?:type|description)["']?[ \t]{0,4}:[^\n]{0,200}\r?\n){0,2}[ \t]{0,16})?["']?value["']?[ \t]{0,4}:[ \t]{0,4}["']?(?<secret>[^\s"',}]{4,128})/,
    validate: validateZabbixMacro,
    envName: 'ZABBIX_MACRO_SECRET',
    docsUrl: 'https://www.zabbix.com/documentation/current/en/manual/config/macros/user_macros',
    revocationNote: 'Change the password or community on the monitored devices, then make the macro a Secret text or Vault macro instead of a plain one in the exported template.',
    examples: {
      positives: (g) => [
        `      macros:\n        - macro: '{$SNMP_COMMUNITY}'\n          value: ${g.s(g.alnum(12))}\n`,
        `        - macro: '{$OLT.SSH.PASSWORD}'\n          type: SECRET_TEXT\n          value: ${g.s(g.alnum(20))}\n`,
        `{"macro": "{$API.TOKEN}", "value": "${g.s(g.alnum(32))}"}\n`,
      ],
      negatives: (g) => [
        `        - macro: '{$OLT.API.TOKEN}'\n          type: VAULT\n          value: secret/zabbix/olt:${g.lower(6)}\n`,
        `        - macro: '{$IF.UTIL.MAX}'\n          value: '90'\n`,
        `        - macro: '{$SNMP_COMMUNITY}'\n          value: public\n`,
        `        - macro: '{$SNMP.TIMEOUT}'\n          value: ${g.lower(4)}${g.digits(2)}\n`,
      ],
    },
  },
  {
    ...base,
    id: 'luci-session-token',
    provider: 'OpenWrt LuCI',
    family: 'token-format',
    priority: 'format',
    description: 'OpenWrt LuCI session token in a URL (`/cgi-bin/luci/;stok=X/`): it is the logged-in admin session',
    keywords: [';stok='],
    keywordWindow: { before: 8, after: 48 },
    pattern: /;stok=(?<secret>[0-9a-f]{32})(?![0-9A-Za-z])/,
    validate: (value) => !/^(.)\1+$/.test(value),
    envName: 'LUCI_STOK',
    docsUrl: 'https://github.com/openwrt/luci/wiki/JsonRpcHowTo',
    revocationNote: 'Log the session out (or reboot the router) so the token expires, and change the admin password if the capture left the network.',
    examples: {
      positives: (g) => [`GET /cgi-bin/luci/;stok=${g.s(g.hex(32))}/admin/status HTTP/1.1\n`, `curl 'http://192.168.1.1/cgi-bin/luci/;stok=${g.s(g.hex(32))}/admin/system/flashops'\n`],
      negatives: () => ['GET /cgi-bin/luci/;stok=/admin/status HTTP/1.1\n', 'http://192.168.1.1/cgi-bin/luci/;stok=<token>/admin\n'],
    },
  },
  {
    ...base,
    id: 'infobip-api-key',
    provider: 'Infobip',
    family: 'saas',
    priority: 'format',
    description: 'Infobip API key (32 hex digits, a dash and a UUID), as sent in `Authorization: App …`',
    keywords: ['infobip', 'app '],
    keywordWindow: { before: 600, after: 600 },
    pattern: /(?<![0-9A-Za-z-])(?<secret>[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9A-Za-z-])/,
    minEntropy: 3,
    envName: 'INFOBIP_API_KEY',
    docsUrl: 'https://www.infobip.com/docs/essentials/api-essentials/api-authentication',
    revocationUrl: 'https://portal.infobip.com/settings/accounts/api-keys',
    revocationNote: 'Revoke the key in the Infobip portal (Developer settings → API keys) and create a new one.',
    examples: {
      positives: (g) => [
        `curl -X POST https://xyz.api.infobip.com/sms/2/text/advanced -H "Authorization: App ${g.s(`${g.hex(32)}-${g.hex(8)}-${g.hex(4)}-4${g.hex(3)}-a${g.hex(3)}-${g.hex(12)}`)}"\n`,
        `INFOBIP_API_KEY=${g.s(`${g.hex(32)}-${g.hex(8)}-${g.hex(4)}-4${g.hex(3)}-8${g.hex(3)}-${g.hex(12)}`)}\n`,
      ],
      negatives: (g) => [`INFOBIP_API_KEY=${g.hex(32)}\n`, `Authorization: App ${'0'.repeat(32)}-00000000-0000-0000-0000-000000000000\n`],
    },
  },
];
