// MIFARE Classic sector keys in a card system's config (`Sector1KeyB=…` in a campus-card gateway's INI, `mifare_key_b:`):
// six bytes, twelve hex digits. Key B usually writes the sector (a stored-value purse, a door credential); the keys
// cards ship with and the published transport and NFC Forum keys are public and stay quiet.
import type { MatchContext, Rule } from '../types';

/** Factory, transport and published application keys (the MIFARE application directory's, NFC Forum's, well-known dumps). */
const PUBLIC_KEYS = new Set([
  'FFFFFFFFFFFF',
  '000000000000',
  'A0A1A2A3A4A5',
  'B0B1B2B3B4B5',
  'D3F7D3F7D3F7',
  'AABBCCDDEEFF',
  '4D3A99C351DD',
  '1A982C7E459A',
  '714C5C886E97',
  '587EE5F9350F',
  'A0478CC39091',
  '533CB6C723F6',
  '8FD0A4F256E9',
  'A1A2A3A4A5A6',
  'C0C1C2C3C4C5',
  'D0D1D2D3D4D5',
  '123456789ABC',
]);

/** The config names MIFARE near the key: in the key's name, or within the 1,500 characters before it (`[Mifare]`). */
const MIFARE_NEAR = /mifare/i;

export const mifareKeyRules: Rule[] = [
  {
    id: 'mifare-sector-key',
    provider: 'MIFARE',
    family: 'credential-file',
    priority: 'context',
    description: 'A MIFARE Classic sector key (key A / key B, 12 hex digits) in a card system config',
    keywords: ['keya', 'keyb', 'key_a', 'key_b', 'key-a', 'key-b', 'key a', 'key b'],
    keywordWindow: { before: 40, after: 40 },
    pattern: /(?<![A-Za-z0-9])(?<key>(?:sector[ _-]?\d{1,2}[ _-]?|mifare[ _-]?)?key[ _-]?[AB])["']?[ \t]{0,4}[=:][ \t]{0,4}["']?(?<secret>[0-9A-Fa-f]{12})(?![0-9A-Za-z])/i,
    validate: (secret: string, ctx: MatchContext) => {
      const name = ctx.keyName ?? '';
      if (!/sector|mifare/i.test(name) && !MIFARE_NEAR.test(ctx.text.slice(Math.max(0, ctx.start - 1500), ctx.start))) return false;
      const hex = secret.toUpperCase();
      return !PUBLIC_KEYS.has(hex) && new Set(hex).size >= 6 && /[0-9]/.test(hex) && /[A-F]/.test(hex);
    },
    envName: 'MIFARE_SECTOR_KEY',
    severity: 'error',
    docsUrl: 'https://www.nxp.com/docs/en/data-sheet/MF1S50YYX_V1.pdf',
    revocationUrl: null,
    revocationNote: 'Re-key the sectors on the cards in circulation (the card system does it at the readers) and keep the new key in the gateway’s protected store, not in its config file.',
    examples: {
      positives: (g) => [`[Mifare]\nSector1KeyA=A0A1A2A3A4A5\nSector1KeyB=${g.s(`${g.hex(5).toUpperCase()}9F${g.hex(5).toUpperCase()}`)}\n`, `mifare_key_b: "${g.s(`${g.hex(5)}a7${g.hex(5)}`)}"`],
      negatives: (g) => [`[Mifare]\nSector1KeyA=A0A1A2A3A4A5\nSector1KeyB=FFFFFFFFFFFF\n`, `keyB = "${g.hex(12)}"`, `Sector2KeyB=${g.digits(12)}`],
    },
  },
];
