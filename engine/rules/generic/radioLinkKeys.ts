// Keys of short-range radio networks written where their tools keep them: the Thread network key and PSKc typed at
// OpenThread's CLI (`ot-ctl dataset networkkey …`, `dataset pskc …`, a whole active dataset given as TLV hex to
// `dataset set active` or to chip-tool's `pairing ble-thread <node> hex:…`), and the Bluetooth bonding keys BlueZ
// stores per paired device (`/var/lib/bluetooth/<adapter>/<device>/info`: `[LinkKey]` / `[LongTermKey]` sections'
// `Key=`), which let anyone holding them impersonate or decrypt the bonded device. No secret-like name precedes the
// value; the command or the section does.
import { tokenVerdict } from '../../validators/secretValue';
import type { MatchContext, Rule } from '../../types';

function validateThreadKey(value: string, ctx: MatchContext): boolean {
  const before = ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start);
  // The network key and PSKc are 16 bytes; a dataset's TLVs are longer and hold the key inside.
  if (/(?:networkkey|masterkey|pskc)[ \t]{1,4}$/i.test(before) && value.length !== 32) return false;
  return tokenVerdict(value, 'network_key', 'key') === undefined;
}

export const threadNetworkKeyRule: Rule = {
  id: 'thread-network-key',
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  description: 'Thread network key, PSKc or active dataset given to OpenThread CLI (ot-ctl dataset networkkey / pskc / set active) or chip-tool',
  keywords: ['networkkey', 'masterkey', 'pskc', 'dataset set', 'ble-thread'],
  keywordWindow: { before: 40, after: 560 },
  pattern:
    /(?<![A-Za-z0-9_-])(?:(?:networkkey|masterkey|pskc)[ \t]{1,4}|dataset[ \t]{1,4}set[ \t]{1,4}(?:active|pending)[ \t]{1,4}|pairing[ \t]{1,4}ble-thread[ \t]{1,4}\d{1,20}[ \t]{1,4}hex:)(?<secret>[0-9a-fA-F]{32,512})(?![0-9A-Za-z])/,
  validate: validateThreadKey,
  envName: 'THREAD_NETWORK_KEY',
  severity: 'warning',
  docsUrl: 'https://openthread.io/reference/cli/commands',
  revocationUrl: null,
  revocationNote: 'Form the Thread network again with a new network key (dataset init new) and recommission the devices; keep datasets out of notes and logs.',
  examples: {
    positives: (g) => [
      `> dataset init new\nDone\n> dataset networkkey ${g.s(g.hex(32))}\nDone\n`,
      `sudo ot-ctl dataset pskc ${g.s(g.hex(32))}`,
      `ot-ctl dataset set active ${g.s(`0e080000000000010000000300000f35060004001fffe0020811111111222222220708fd${g.hex(14)}0510${g.hex(32)}030f4f70656e54687265616444656d6f`)}`,
      `chip-tool pairing ble-thread 1 hex:${g.s(`0e080000000000010000000300001${g.hex(120)}`)} 20202021 3840`,
    ],
    negatives: (g) => ['> dataset networkkey\nDone', `> extpanid ${g.hex(16)}\nDone`, 'ot-ctl dataset networkkey 00112233445566778899aabbccddeeff', `dataset pskc -p ${g.alnum(10)}`],
  },
};

export const bluezBondKeyRule: Rule = {
  id: 'bluez-bond-key',
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  description: "Bluetooth bonding key in a BlueZ device info file ([LinkKey] / [LongTermKey] section's Key=)",
  keywords: ['linkkey]', 'longtermkey]', 'signaturekey]'],
  keywordWindow: { before: 24, after: 80 },
  pattern: /\[(?:LinkKey|LongTermKey|PeripheralLongTermKey|SlaveLongTermKey|LocalSignatureKey|RemoteSignatureKey)\][ \t]*\r?\nKey=(?<secret>[0-9A-Fa-f]{32})(?![0-9A-Za-z])/,
  validate: (value) => tokenVerdict(value, 'link_key', 'key') === undefined,
  envName: 'BT_LINK_KEY',
  severity: 'warning',
  docsUrl: 'https://github.com/bluez/bluez/blob/master/doc/settings-storage.txt',
  revocationUrl: null,
  revocationNote: 'Remove the pairing on both devices and pair them again (new keys); keep /var/lib/bluetooth out of images and backups you share.',
  examples: {
    positives: (g) => [
      `[General]\nName=OBDII\nTrusted=true\n\n[LinkKey]\nKey=${g.s(g.hex(32).toUpperCase())}\nType=4\nPINLength=0\n`,
      `[LongTermKey]\nKey=${g.s(g.hex(32).toUpperCase())}\nAuthenticated=0\nEncSize=16\n`,
    ],
    negatives: (g) => [`[IdentityResolvingKey]\nKey=${g.hex(32).toUpperCase()}\n`, `[DeviceID]\nSource=1\nVendor=1027\n`, '[LinkKey]\nKey=00000000000000000000000000000000\n'],
  },
};
