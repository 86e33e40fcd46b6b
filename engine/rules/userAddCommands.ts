// Commands that add a user with its password as a positional argument after the user's name: Mosquitto's
// `mosquitto_passwd -b FILE USER PASSWORD` (batch mode, the documented way to script it) and OpenSIPS's
// `opensips-cli -x user add USER@DOMAIN PASSWORD` (rw-dev15, rw-dev17). rabbitmqctl's `add_user` lives in commandLine.ts.
import { positionalRule } from './cliRuleBuilder';
import { humanPassword } from './humanPasswords';
import type { Rule } from '../types';

/** A shell word: a file or a user name. */
const WORD = `(?:"[^"\\n]{1,128}"|'[^'\\n]{1,128}'|[^\\s"'|;&<>$]{1,128})`;

export const userAddCommandRules: Rule[] = [
  positionalRule({
    id: 'cli-mosquitto-passwd-batch',
    description: 'MQTT user password given to mosquitto_passwd -b FILE USER PASSWORD',
    family: 'infrastructure',
    envName: 'MQTT_PASSWORD',
    docsUrl: 'https://mosquitto.org/man/mosquitto_passwd-1.html',
    keywords: ['mosquitto_passwd'],
    lead: `mosquitto_passwd(?:[ \\t]{1,4}-[cDHU](?:[ \\t]{1,4}sha512(?:-pbkdf2)?)?){0,3}[ \\t]{1,4}-b(?:[ \\t]{1,4}-[cH](?:[ \\t]{1,4}sha512(?:-pbkdf2)?)?){0,2}[ \\t]{1,4}${WORD}[ \\t]{1,4}${WORD}[ \\t]{1,4}`,
    kind: 'password',
    positives: (g) => [`sudo mosquitto_passwd -b /etc/mosquitto/passwd nodered ${g.s(humanPassword(g))}`, `mosquitto_passwd -c -b /mosquitto/config/passwd homeassistant '${g.s(humanPassword(g))}'`],
    negatives: () => ['mosquitto_passwd -c /etc/mosquitto/passwd sensor1', 'mosquitto_passwd -b /etc/mosquitto/passwd nodered "$MQTT_PASSWORD"', 'mosquitto_passwd -U /etc/mosquitto/passwd'],
  }),
  positionalRule({
    id: 'cli-opensips-user-add',
    description: 'SIP subscriber password given to opensips-cli -x user add USER@DOMAIN PASSWORD',
    family: 'infrastructure',
    envName: 'SIP_PASSWORD',
    docsUrl: 'https://github.com/OpenSIPS/opensips-cli/blob/master/docs/modules/user.md',
    keywords: ['user add'],
    lead: `opensips-cli(?:[ \\t]{1,4}-[a-wyz][ \\t]{1,4}[^\\s"'|;&<>]{1,64}){0,2}[ \\t]{1,4}-x[ \\t]{1,4}user[ \\t]{1,4}add[ \\t]{1,4}[^\\s"'|;&<>@]{1,64}@[^\\s"'|;&<>]{1,128}[ \\t]{1,4}`,
    kind: 'password',
    positives: (g) => [`#   opensips-cli -x user add 3001@sip.example.net ${g.s(humanPassword(g))}`, `opensips-cli -x user add alice@voip.example.org '${g.s(humanPassword(g))}'`],
    negatives: () => ['opensips-cli -x user add alice@voip.example.org', 'opensips-cli -x user add alice@voip.example.org "$SIP_PW"', 'opensips-cli -x user delete alice@voip.example.org'],
  }),
];
