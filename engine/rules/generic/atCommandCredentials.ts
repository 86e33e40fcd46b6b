// Credentials in modem and Wi-Fi module AT commands, as firmware sends them and serial logs and forum posts show them:
// a cellular APN login (Quectel `AT+QICSGP=1,1,"apn","user","PW"`, u-blox `AT+UPSD=0,3,"PW"`), an MQTT login on the
// module's own client (Quectel `AT+QMTCONN=0,"client","user","PW"`, SIMCom `AT+CMQTTCONNECT=0,"tcp://…",60,1,"user",
// "PW"`), a Wi-Fi join or access point (Espressif AT `AT+CWJAP="ssid","PW"`, `AT+CWSAP="ssid","PW",5,3`) and a TLS
// pre-shared key stored in a Nordic modem (`AT%CMNG=0,<tag>,4,"PSK"`: type 4 is the PSK). No name stands before the
// value; the command and the argument's position say what it is.
import { fileKind } from '../../validators/fileKind';
import { passwordVerdict } from '../../validators/secretValue';
import type { MatchContext, Rule } from '../../types';

const Q = '"[^"\\n]{0,64}"';

function validateAtCredential(value: string, ctx: MatchContext): boolean {
  const kind = fileKind(ctx.path);
  if (kind === 'lockfile' || kind === 'minified') return false;
  return passwordVerdict(value, 'password', { quote: '"' }) === undefined;
}

export const atCommandCredentialRule: Rule = {
  id: 'at-command-credential',
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  description: 'Password or pre-shared key given to a modem or Wi-Fi module by AT command (QICSGP, QMTCONN, CMQTTCONNECT, UPSD, CWJAP, CWSAP, %CMNG)',
  keywords: ['at+qicsgp', 'at+qmtconn', 'at+cmqttconnect', 'at+upsd', 'at+cwjap', 'at+cwsap', 'at%cmng'],
  keywordWindow: { before: 4, after: 420 },
  pattern: new RegExp(
    `\\bAT(?:\\+(?:QICSGP=\\d{1,2},\\d,${Q},${Q},|QMTCONN=\\d,${Q},${Q},|CMQTTCONNECT=\\d,"[^"\\n]{1,128}",\\d{1,5},\\d,${Q},|UPSD=\\d,3,|CW(?:JAP|SAP)(?:_CUR|_DEF)?="[^"\\n]{1,32}",)|%CMNG=0,\\d{1,10},4,)"(?<secret>[^"\\n]{4,128})"`,
    'i',
  ),
  validate: validateAtCredential,
  envName: 'MODEM_PASSWORD',
  severity: 'warning',
  docsUrl: 'https://cwe.mitre.org/data/definitions/798.html',
  revocationUrl: null,
  revocationNote: 'Change the password (or PSK) at the network, broker or access point it opens, and provision the new one at run time instead of in the firmware or log.',
  examples: {
    positives: (g) => [
      `AT+QICSGP=1,1,"iot.example.net","apnuser","${g.s(g.alnum(12))}",1`,
      `AT+QMTCONN=0,"tracker-${g.digits(6)}","tracker","${g.s(`${g.pick(['Fleet', 'Tracker'])}${g.digits(4)}!`)}"`,
      `AT+CMQTTCONNECT=0,"tcp://mqtt.example.com:1883",60,1,"dev01","${g.s(g.alnum(16))}"`,
      `AT+UPSD=0,3,"${g.s(g.alnum(14))}"`,
      `AT+CWJAP="Werkstatt","${g.s(`${g.pick(['Sommer', 'Garten'])}${g.digits(4)}#`)}"`,
      `AT+CWSAP="ESP-Setup","${g.s(g.alnum(12))}",5,3`,
      `AT%CMNG=0,16842753,4,"${g.s(g.hex(32))}"`,
    ],
    negatives: (g) => ['AT+QICSGP=1,1,"internet","","",0', 'AT+QMTCONN=0,"client01"', 'AT+CWJAP="ssid","password"', 'AT+CWJAP?', `AT%CMNG=0,16842753,3,"psk-identity-${g.digits(2)}"`, 'AT+UPSD=0,1,"internet"'],
  },
};
