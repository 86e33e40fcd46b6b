// Device provisioning sheets: a CSV whose first row names a device's own key column, one device a row. LoRaWAN
// batches (`dev_eui,join_eui,app_key`: the AppKey every session key is derived from) and Wi-Fi router or CPE
// batches (`serial,mac,ssid,wpa_key`: each unit's printed Wi-Fi passphrase) are uploaded to network servers and
// ACS tools and end up in repositories (rw-dev15, rw-dev17). Smart meter key batches (`meter_serial;guek;gak`: the
// DLMS/COSEM global unicast encryption and authentication keys a head-end imports) and charge point or switch
// batches (`charge_point_id,…,auth_key`: the OCPP AuthorizationKey; `snmp_ro`: a switch's community) too (rw-dev20).
// A `password` column is prose-csv-password's.
import { isLiteralPassword } from '../validators/literalArgument';
import { passwordVerdict } from '../validators/secretValue';
import { lineEndNear, lineStartNear } from '../detect/lineStartNear';
import { isDefaultCommunity } from '../validators/deviceSyntax';
import type { MatchContext, Rule } from '../types';
import { humanPassword } from './humanPasswords';
import { CSV_PATH, csvCells, csvColumn } from './proseTables';

/** Header names (lower case, separators removed) of a LoRaWAN root or session key: 32 hex digits (AES-128). */
const LORAWAN_KEY_COLUMNS = new Set(['appkey', 'nwkkey', 'appskey', 'nwkskey', 'fnwksintkey', 'snwksintkey', 'nwksenckey', 'genappkey']);
/** Header names of a meter's DLMS/COSEM AES-128 keys: global unicast encryption, broadcast, authentication, master. */
const DLMS_KEY_COLUMNS = new Set(['guek', 'gbek', 'gak', 'globalunicastkey', 'globalunicastencryptionkey', 'globalbroadcastkey', 'dlmsauthenticationkey', 'dlmsencryptionkey', 'dlmsmasterkey', 'kek']);
/** Header names of a unit's own login secret: an OCPP AuthorizationKey, a meter's HLS/LLS secret, an SNMP community. */
const DEVICE_SECRET_COLUMNS = new Set([
  'authkey',
  'authorizationkey',
  'ocppkey',
  'ocppauthkey',
  'ocpppassword',
  'basicauthpassword',
  'hlssecret',
  'hlspassword',
  'llssecret',
  'llspassword',
  'snmpro',
  'snmprw',
  'snmpcommunity',
  'rocommunity',
  'rwcommunity',
]);
/** Header names of a unit's Wi-Fi passphrase or pre-shared key. */
const WIFI_KEY_COLUMNS = new Set(['wpakey', 'wpapsk', 'wpa2key', 'wpa2psk', 'wpapassphrase', 'wifikey', 'wifipsk', 'wlankey', 'wlanpsk', 'psk', 'presharedkey', 'wirelesskey']);

/** A header cell's name folded for lookup: `App Key`, `app_key`, `AppKey` and `"appKey"` are one name. */
const foldName = (cell: string) => cell.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Longest header or row read (a longer first line is no header). */
const MAX_LINE = 2000;

let memo: { text: string; delimiter: string; header: string[] } | undefined;

/** The key column's kind for the cell at ctx.start, when its row has as many cells as the file's header. */
function keyColumn(ctx: MatchContext): 'lorawan' | 'wifi' | 'device' | undefined {
  const { text } = ctx;
  // Bounded walks: an unbounded search per hit is quadratic on a megabyte-long minified line.
  const rowStart = lineStartNear(text, ctx.start, ctx.start - MAX_LINE);
  if (rowStart === 0 || text.charCodeAt(rowStart - 1) !== 10) return undefined;
  if (memo?.text !== text) {
    const firstEnd = text.indexOf('\n');
    const first = firstEnd > 0 && firstEnd <= MAX_LINE ? text.slice(0, firstEnd).replace(/\r$/, '') : '';
    const delimiter = first.includes('\t') ? '\t' : (first.match(/;/g)?.length ?? 0) > (first.match(/,/g)?.length ?? 0) ? ';' : ',';
    memo = { text, delimiter, header: csvCells(first, delimiter) };
  }
  const { delimiter, header } = memo;
  if (header.length < 3 || header.length > 200) return undefined;
  const rowEnd = lineEndNear(text, ctx.end, rowStart + MAX_LINE + 1);
  if (rowEnd - rowStart > MAX_LINE) return undefined;
  const row = text.slice(rowStart, rowEnd).replace(/\r$/, '');
  if (csvCells(row, delimiter).length !== header.length) return undefined;
  const name = foldName(header[csvColumn(text.slice(rowStart, ctx.start), delimiter)] ?? '');
  if (LORAWAN_KEY_COLUMNS.has(name) || DLMS_KEY_COLUMNS.has(name)) return 'lorawan';
  return WIFI_KEY_COLUMNS.has(name) ? 'wifi' : DEVICE_SECRET_COLUMNS.has(name) ? 'device' : undefined;
}

/** An AES-128 key that is a sequence or a published test vector (FIPS-197's `2B7E1516…`), not a device's own. */
function sampleAesKey(hex: string): boolean {
  const h = hex.toUpperCase();
  return /^(.)\1+$/.test(h) || h === '000102030405060708090A0B0C0D0E0F' || h === '2B7E151628AED2A6ABF7158809CF4F3C' || /^(?:0123456789ABCDEF){2}$/.test(h);
}

function validate(value: string, ctx: MatchContext): boolean {
  if (ctx.path !== undefined && !CSV_PATH.test(ctx.path)) return false;
  const kind = keyColumn(ctx);
  if (kind === 'lorawan') return /^[0-9A-Fa-f]{32}$/.test(value) && !sampleAesKey(value);
  if (kind === 'device') return isLiteralPassword(value) && !isDefaultCommunity(value) && passwordVerdict(value, 'password') === undefined && !sampleAesKey(value);
  // WPA passphrases are 8 to 63 characters, or the 64 hex digits of the key itself.
  return kind === 'wifi' && value.length >= 8 && value.length <= 64 && isLiteralPassword(value) && passwordVerdict(value, 'wpa_key') === undefined;
}

export const provisioningCsvKeyRules: Rule[] = [
  {
    id: 'provisioning-csv-device-key',
    provider: 'Generic',
    family: 'generic',
    priority: 'context',
    description: "Device key in a provisioning CSV's key column (LoRaWAN AppKey / NwkKey, a meter's DLMS keys, a unit's WPA key or PSK, a charge point's OCPP key, an SNMP community)",
    appliesToPath: (path) => path === undefined || CSV_PATH.test(path),
    // The header's name wakes the rule; the rows below it may be far from it.
    keywords: [
      'appkey',
      'app_key',
      'app key',
      'nwkkey',
      'nwk_key',
      'appskey',
      'app_s_key',
      'nwkskey',
      'nwk_s_key',
      'sintkey',
      'senckey',
      'wpa',
      'psk',
      'wifi_key',
      'wifikey',
      'wlan_key',
      'wlankey',
      'wireless_key',
      'guek',
      'gbek',
      'gak',
      'unicast',
      'dlms',
      'auth_key',
      'authkey',
      'authorization_key',
      'authorizationkey',
      'ocpp',
      'hls_',
      'lls_',
      'hlssecret',
      'llspassword',
      'snmp',
      'community',
    ],
    pattern: /(?:^|(?<=[,;\t]))"?(?<secret>[^,;\t"\r\n]{6,64})"?(?=[,;\t\r\n]|$)/m,
    validate,
    severity: 'error',
    envName: 'DEVICE_KEY',
    docsUrl: 'https://www.thethingsindustries.com/docs/devices/adding-devices/adding-devices-in-bulk/',
    revocationUrl: null,
    revocationNote: 'Re-key the devices (a new AppKey joined over the air, a new Wi-Fi passphrase pushed by the ACS) and keep the provisioning sheet out of the repository.',
    examples: {
      positives: (g) => [
        `name,dev_eui,join_eui,app_key,serial\nsoil-020,70B3D57ED00${g.hex(5).toUpperCase()},0000000000000091,${g.s(g.hex(32).toUpperCase())},SN${g.digits(6)}\nsoil-021,70B3D57ED00${g.hex(5).toUpperCase()},0000000000000091,${g.s(g.hex(32).toUpperCase())},SN${g.digits(6)}\n`,
        `serial,mac,model,ssid,wpa_key,profile\nZTEG${g.hex(8).toUpperCase()},7c:d7:04:e9:ff:d5,F680,Fibrex-${g.hex(4).toUpperCase()},${g.s(g.chars('abcdefghijkmnpqrstuvwxyz23456789', 12))},residential\n`,
        `DevEUI;AppEUI;AppKey\n${g.hex(16)};${g.hex(16)};${g.s(g.hex(32))}\n`,
        `hostname\tssid\tpsk\tvlan\nap-lobby\tGuest\t${g.s(humanPassword(g))}\t20\n`,
        `meter_serial;mpan;system_title;guek;gak\nLGZ${g.digits(8)};${g.digits(13)};4C475A${g.hex(10).toUpperCase()};${g.s(g.hex(32).toUpperCase())};${g.s(g.hex(32).toUpperCase())}\n`,
        `charge_point_id,vendor,serial,ocpp_url,auth_key\nCP-PT-0201,Efacec,${g.alnum(12).toUpperCase()},wss://csms.example/ocpp,${g.s(g.alnum(20))}\n`,
        `site;device;ip;admin_user;snmp_ro\nSS-West;SW-01;10.1.2.3;admin;${g.s(humanPassword(g))}\n`,
      ],
      negatives: (g) => [
        `name,dev_eui,join_eui,app_key\nsoil-001,${g.hex(16)},0000000000000000,00000000000000000000000000000000\nsoil-002,${g.hex(16)},0000000000000000,2B7E151628AED2A6ABF7158809CF4F3C\n`,
        `serial,mac,ssid,wpa_key,profile\nZTEG${g.hex(8)},7c:d7:04:e9:ff:d5,Fibrex-87BA,<printed on label>,residential\nZTEG${g.hex(8)},7c:d7:04:e9:ff:d6,Fibrex-87BB,see sticker,residential\n`,
        // The key's name, not its column: the value is under another header.
        `name,dev_eui,app_key_id,serial\nsoil-020,${g.hex(16)},${g.hex(32)},SN${g.digits(6)}\n`,
        `hostname,ssid,psk,vlan\nap-lobby,Guest,********,20\nap-hall,Guest,changeme,20\n`,
        `meter_serial;guek;gak\nLGZ${g.digits(8)};000102030405060708090A0B0C0D0E0F;00000000000000000000000000000000\n`,
        `site;device;ip;snmp_ro\nSS-West;SW-01;10.1.2.3;public\nSS-West;SW-02;10.1.2.4;<see vault>\n`,
        `charge_point_id,vendor,auth_key_id\nCP-PT-0201,Efacec,${g.hex(40)}\n`,
      ],
    },
  },
];
