// Przelewy24: the CRC key a shop mixes into every transaction's signature (16 hex characters, from the merchant
// panel). Shops write it as a bare `crc` beside their merchant or POS id, so a bare `crc` counts only there: a CRC64
// checksum elsewhere has the same shape.
import type { MatchContext, Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

/** The key is the CRC key's own name: `crc`, `p24_crc`, `przelewy24.crc`, `crc_key`. */
const CRC_KEY = /^(?:(?:przelewy24|p24)[_.-]?)?crc(?:[_-]?key)?$/i;
const PROVIDER_WORD = /przelewy|p24/i;
/** A payment integration's other settings near a bare `crc`. */
const PAYMENT_NEAR = /przelewy|p24|merchant|pos[_-]?id|payu/i;

function crcOfPaymentSettings(_secret: string, ctx: MatchContext): boolean {
  const key = ctx.keyName ?? '';
  if (!CRC_KEY.test(key)) return false;
  if (PROVIDER_WORD.test(key)) return true;
  return PAYMENT_NEAR.test(ctx.text.slice(Math.max(0, ctx.start - 300), Math.min(ctx.text.length, ctx.end + 200)));
}

const crcKeyRule = contextRule({
  id: 'przelewy24-crc-key',
  provider: 'Przelewy24',
  family: 'payments',
  description: 'Przelewy24 CRC key (transaction signing)',
  names: ['przelewy24[_-]?crc', 'p24[_-]?crc', 'crc'],
  // The name and its separator or quote: a bare `crc` is in every checksum routine (`crc32(`, `crc.update`).
  keywords: ['crc"', "crc'", 'crc`', 'crc:', 'crc=', 'crc =', 'crc\t', 'crc>', 'crc_key', 'crc-key', 'crckey'],
  value: '[0-9a-f]{16}',
  // Sixteen hex characters rarely reach the default 3 bits per character.
  minEntropy: 2.5,
  envName: 'P24_CRC',
  docsUrl: 'https://developers.przelewy24.pl/index.php?en#tag/Transaction-service-API',
  revocationUrl: null,
  revocationNote: 'Generate a new CRC key in the Przelewy24 merchant panel (My data → API configuration) and update every shop that signs with it.',
  validate: crcOfPaymentSettings,
  sample: (g) => g.hex(16),
  positives: (g) => [
    `$p24 = [\n    'merchant_id' => ${g.digits(6)},\n    'pos_id' => ${g.digits(6)},\n    'crc' => '${g.s(g.hex(16))}',\n];`,
    `var p24_params = {"merchant_id":"${g.digits(6)}","mode":"live","crc":"${g.s(g.hex(16))}"};`,
    `payu:\n  merchant_id: ${g.digits(6)}\n  crc: "${g.s(g.hex(16))}"`,
  ],
  negatives: (g) => [
    // A CRC64 checksum of a file: no payment settings near it.
    `artifact:\n  name: firmware.bin\n  crc: "${g.hex(16)}"`,
    `{"merchant_id": "${g.digits(6)}", "crc32": "${g.hex(16)}"}`,
  ],
});

// `crc` is in every checksum routine: only windows that hold 16 hex digits in a row can hold the key.
export const przelewy24Rules: Rule[] = [{ ...crcKeyRule, windowNeeds: /[0-9a-f]{16}/ }];
