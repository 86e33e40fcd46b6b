// SIM card keys (rw-dev22): a subscriber's Ki and OPc (the AES-128 keys every 3GPP authentication vector is derived
// from) and the card's ADM1 administrative PIN. They leave the SIM vendor in an output file (`ICCID IMSI KI OPC PIN1
// PUK1 ADM1`, one card a row), are loaded into an HSS or a core from a CSV export with `ki`/`opc` columns, and are
// typed into lab scripts (`open5gs-dbctl add IMSI KI OPC`, `pySim-prog.py -a ADM1 -k KI -o OPC`). A 32-hex value is
// a hash shape everywhere else, so only the column's name or the tool's argument position marks it.
import { lineEndNear, lineStartNear } from '../detect/lineStartNear';
import type { MatchContext, Rule } from '../types';

/** Header names (lower case, separators removed) of a SIM's own secret columns. */
const KEY_COLUMNS = new Set(['ki', 'k', 'opc', 'op', 'adm1', 'adm', 'admpin', 'pinadm', 'kic1', 'kid1', 'kik1']);
/** A header must name a Ki or OPc (or an ADM1) column, so an unrelated `k` column alone never qualifies. */
const ANCHOR_COLUMNS = new Set(['ki', 'opc', 'adm1']);
/** Cells of a vendor output file or CSV row: whitespace, commas, semicolons, tabs or pipes between them. */
const CELL_SPLIT = /[\s,;|]+/;
const MAX_LINE = 2000;
/** Rows of the table read upwards looking for its header. */
const MAX_ROWS_UP = 60;

const HEADER_REACH = 65536;
const isCellEdge = (code: number) => Number.isNaN(code) || code === 32 || code === 9 || code === 10 || code === 13 || code === 44 || code === 59 || code === 124 || code === 34 || code === 39;
const KI_CELL = /(?:^|[\s,;|"'])ki(?:[\s,;|"']|$)/i;

/**
 * Whether a table header names SIM key columns: an `OPC` cell on a line with a `KI` cell, or an `ADM1` cell. Native
 * `indexOf` over the few spellings (a regex pass over a large file that says `opcode` everywhere cost far more).
 */
function hasSimHeader(whole: string): boolean {
  // A vendor file's or an export's header is near its top: only the first 64 KB are read (a large bundle says `opcode` throughout).
  const text = whole.length > HEADER_REACH ? whole.slice(0, HEADER_REACH) : whole;
  for (const needle of ['OPC', 'opc', 'Opc', 'ADM1', 'adm1', 'Adm1']) {
    let seen = 0;
    for (let i = text.indexOf(needle); i >= 0 && seen < 500; i = text.indexOf(needle, i + needle.length), seen++) {
      if (!isCellEdge(text.charCodeAt(i - 1)) || !isCellEdge(text.charCodeAt(i + needle.length))) continue;
      if (needle.length === 4) return true;
      const line = text.slice(lineStartNear(text, i, i - 400), lineEndNear(text, i, i + 400));
      if (KI_CELL.test(line)) return true;
    }
  }
  return false;
}

const fold = (cell: string) =>
  cell
    .toLowerCase()
    .replace(/^["']|["']$/g, '')
    .replace(/[^a-z0-9]/g, '');
const cells = (line: string) =>
  line
    .trim()
    .split(CELL_SPLIT)
    .filter((c) => c !== '');

/** A key that is a sequence, one repeated digit, or the 3GPP TS 35.208 test set 1 key, not a card's own. */
function sampleKey(value: string): boolean {
  const v = value.toUpperCase();
  return /^(.)\1+$/.test(v) || /^(?:0123456789ABCDEF)+$/.test(v) || /^(?:00112233445566778899AABBCCDDEEFF)$/.test(v) || v === '465B5CE8B199B49FAA5F0A2EE238A6BC' || /^(?:12345678)+$/.test(v);
}

/** The folded header name of the column holding ctx's value, when a table header with SIM key columns is above it. */
function columnName(ctx: MatchContext): string | undefined {
  const { text } = ctx;
  const rowStart = lineStartNear(text, ctx.start, ctx.start - MAX_LINE);
  if (rowStart > 0 && text.charCodeAt(rowStart - 1) !== 10) return undefined;
  const rowEnd = lineEndNear(text, ctx.end, ctx.end + MAX_LINE);
  const row = cells(text.slice(rowStart, rowEnd));
  const column = cells(text.slice(rowStart, ctx.start)).length;
  let end = rowStart - 1;
  for (let i = 0; i < MAX_ROWS_UP && end > 0; i++) {
    const start = lineStartNear(text, end, end - MAX_LINE);
    if (start > 0 && text.charCodeAt(start - 1) !== 10) return undefined;
    const line = cells(text.slice(start, end));
    const names = line.map(fold);
    if (names.some((n) => ANCHOR_COLUMNS.has(n))) return names.length === row.length ? names[column] : undefined;
    end = start - 1;
  }
  return undefined;
}

function validateTableKey(value: string, ctx: MatchContext): boolean {
  if (sampleKey(value)) return false;
  const name = columnName(ctx);
  if (name === undefined || !KEY_COLUMNS.has(name)) return false;
  // Ki, OPc and the OTA keys are 128-bit; ADM1 is 8 digits or its 16-hex encoding.
  return name.startsWith('adm') || name.endsWith('adm') ? /^\d{8}$|^[0-9A-Fa-f]{16}$/.test(value) : /^[0-9A-Fa-f]{32}$/.test(value);
}

const HEX32 = '[0-9A-Fa-f]{32}';
/**
 * What stands right before a key given to a tool: open5gs-dbctl's documented forms (`add {imsi key opc}`, `addT1 …`,
 * `add_ue_with_apn {imsi key opc apn}`, `add_ue_with_slice …`), pySim's options (`-a/--pin-adm` ADM1,
 * `-A/--pin-adm-hex`, `-k/--ki`, `-o/--opc`, `--op`) and pySim-shell's `verify_adm`.
 */
const TOOL_LEAD = [
  `open5gs-dbctl[ \\t]{1,4}(?:add|addT1|add_ue_with_apn|add_ue_with_slice|addT1_ue_with_apn)[ \\t]{1,4}\\d{5,15}[ \\t]{1,4}(?:${HEX32}[ \\t]{1,4})?`,
  `pySim-[a-z]{3,8}(?:\\.py)?[ \\t][^\\n]{0,300}?[ \\t](?:-a|-A|-k|-o|--pin-adm|--pin-adm-hex|--ki|--opc|--op)(?:[ \\t]{1,4}|=)`,
  `\\bverify_adm[ \\t]{1,4}`,
];
const TOOL_PATTERN = new RegExp(`(?<=${TOOL_LEAD.join('|')})(?<secret>${HEX32}|[0-9A-Fa-f]{16}|\\d{8})(?![0-9A-Za-z])`);

const base = {
  provider: 'SIM card',
  family: 'credential-file',
  priority: 'context',
  severity: 'error',
  skipPlaceholderCheck: true,
  docsUrl: 'https://open5gs.org/open5gs/docs/tutorial/01-your-first-lte/',
  revocationUrl: null,
  revocationNote:
    "A SIM's Ki cannot be changed over the air: treat the cards as compromised (replace them or re-personalise them with new keys), update the HSS/UDM, and keep vendor output files in the key-management system, not in a repository.",
} as const;

export const simCardKeyRules: Rule[] = [
  {
    ...base,
    id: 'sim-card-key-table',
    envName: 'SIM_KI',
    description: 'SIM Ki, OPc or ADM1 in a vendor output file or subscriber export (a table whose header names the `KI`/`OPC`/`ADM1` columns)',
    // The header's names wake the rule (as cells: `opc` alone is in every `opcode`); the rows may be far below it.
    keywords: [',opc', 'opc,', ';opc', 'opc;', '\topc', 'opc\t', ' opc ', ' opc\n', ' opc\r', '"opc"', 'adm1'],
    // A header with a `KI` cell before an `OPC`/`OP` cell, or an `ADM1` cell, once per text (the rows' pattern runs on the whole text).
    appliesToText: (text) => hasSimHeader(text),
    pattern: /(?<![^\s,;|"'])(?<secret>[0-9A-Fa-f]{32}|[0-9A-Fa-f]{16}|\d{8})(?![^\s,;|"'])/,
    validate: validateTableKey,
    examples: {
      positives: (g) => [
        `imsi,msisdn,iccid,ki,opc,amf\n00101${g.digits(10)},${g.digits(11)},8988${g.digits(16)},${g.s(g.hex(32))},${g.s(g.hex(32))},8000\n`,
        `*OUTPUT VARIABLES\nICCID IMSI KI OPC PIN1 PUK1 ADM1\n8988${g.digits(16)} 00101${g.digits(10)} ${g.s(g.hex(32).toUpperCase())} ${g.s(g.hex(32).toUpperCase())} 1234 ${g.digits(8)} ${g.s(g.digits(8))}\n`,
        `IMSI;KI;OPC\n00101${g.digits(10)};${g.s(g.hex(32))};${g.s(g.hex(32))}\n`,
      ],
      negatives: (g) => [
        // The same shapes under other columns: a checksum, a hashed MSISDN.
        `imsi,msisdn_md5,opc_profile_id\n00101${g.digits(10)},${g.hex(32)},${g.digits(8)}\n`,
        `file,md5\nfirmware.bin,${g.hex(32)}\n`,
        `imsi,ki,opc\n001010000000001,00000000000000000000000000000000,00112233445566778899AABBCCDDEEFF\n`,
        // A row that does not line up with the header.
        `ICCID IMSI KI OPC\n${g.hex(32)}\n`,
      ],
    },
  },
  {
    ...base,
    id: 'sim-card-key-command',
    envName: 'SIM_KI',
    description: 'SIM Ki, OPc or ADM1 given to a provisioning tool (`open5gs-dbctl add IMSI KI OPC`, `pySim-prog -a ADM1 -k KI -o OPC`)',
    keywords: ['open5gs-dbctl', 'pysim-', 'verify_adm'],
    keywordWindow: { before: 360, after: 420 },
    pattern: TOOL_PATTERN,
    validate: (value) => !sampleKey(value),
    examples: {
      positives: (g) => [
        `./open5gs-dbctl add 00101${g.digits(10)} ${g.s(g.hex(32))} ${g.s(g.hex(32))}\n`,
        `open5gs-dbctl add_ue_with_apn 99970${g.digits(10)} ${g.s(g.hex(32).toUpperCase())} ${g.s(g.hex(32).toUpperCase())} internet\n`,
        `./pySim-prog.py -p0 -t sysmoISIM-SJA2 -a ${g.s(g.digits(8))} -x 001 -y 01 -i 00101${g.digits(10)}\n`,
        `pySim-prog.py -p 0 -n test -k ${g.s(g.hex(32))} --opc ${g.s(g.hex(32))}\n`,
        `pySIM-shell (MF)> verify_adm ${g.s(g.digits(8))}\n`,
      ],
      negatives: (g) => [
        './open5gs-dbctl add 001010000000001 00112233445566778899AABBCCDDEEFF 00112233445566778899AABBCCDDEEFF\n',
        `./open5gs-dbctl type 00101${g.digits(10)} 1\n`,
        `./pySim-prog.py -p0 -a 12345678 -x 001 -y 01\n`,
        `./pySim-read.py -p0\n`,
      ],
    },
  },
];
