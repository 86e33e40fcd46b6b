// An SNMP community given in a network team's prose: `the community for the new PE is X btw`, `SNMP-Community …, sie
// lautet X`, `The RW community configured by the template (\`X\`) was the same on all of them`. The community is the
// password of SNMPv1/v2c; the keyed rules read it in configs, the sentence rules know no such word. The value must
// look chosen (letters with digits and a capital or symbol, or a long mixed-case run), so the defaults (`public`,
// `private`), versions and the word's other senses (a forum, an edition) stay quiet.
import type { MatchContext, Rule } from '../types';
import { isPlaceholder } from '../validators/placeholder';
import { looksRandom } from '../validators/valueStats';
import { base, looksLikeCode, proseApplies, strongLooking } from './prose';
import { chatPath, NOT_A_VALUE_LINE } from './proseFollowup';

/** The word (`community`, `community string`, German `Community`), with up to 80 characters of the clause, then a copula, a colon or a bracket. */
const PATTERN =
  /(?<![\p{L}\p{N}_])community(?:[ \t-]string)?(?![\p{L}])[^\n.!?`]{0,80}?(?:[ \t](?:is|was|ist|lautet|est|es|era|é|è|jest|is still)[ \t]{1,3}|[:：=][ \t]{0,3}|[ \t]\()(?:`|"|'|\*\*)?(?<secret>[^\s`"'*<>()[\]{},;]{7,39}[^\s`"'*<>()[\]{},;.:!?])(?=(?:`|"|'|\*\*|\))?(?:[ \t]{0,3}(?:$|\r?\n|[.,;!?:)]|\()|[ \t]{1,2}\p{L}))/imu;

/** Words before the value that make it no community string: an edition, a forum, a version or a release. */
const OTHER_SENSE = /\b(?:edition|version|forum|slack|discord|server|guidelines?|manager|plugin|member|site|page|call|meeting|event|support)\b/i;

function validateCommunity(value: string, ctx: MatchContext): boolean {
  if (!chatPath(ctx.path, true) || !proseApplies(ctx) || looksLikeCode(ctx)) return false;
  if (isPlaceholder(value) || /^v?[0-9]+(?:\.[0-9]+)+/i.test(value) || /[/\\@=]|:\/\//.test(value)) return false;
  const before = ctx.text.slice(Math.max(0, ctx.start - 120), ctx.start);
  const clause = before.slice(before.search(/community(?:[ \t-]string)?[^\n]*$/i));
  if (OTHER_SENSE.test(clause) || NOT_A_VALUE_LINE.test(clause)) return false;
  // Chosen: letters with digits and a capital or a symbol, or 12 or more letters of both cases that read as random.
  return (strongLooking(value) && /[0-9]/.test(value) && value.length >= 8) || (/^[A-Za-z]{12,}$/.test(value) && /[a-z]/.test(value) && /[A-Z].*[A-Z]/.test(value) && looksRandom(value));
}

export const proseSnmpCommunityRules: Rule[] = [
  {
    ...base,
    id: 'prose-snmp-community',
    appliesToPath: (path) => chatPath(path, true),
    description: 'SNMP community string given in prose (the community for the new PE is …, SNMP-Community … lautet …)',
    keywords: ['community'],
    keywordWindow: { before: 0, after: 180 },
    pattern: PATTERN,
    validate: validateCommunity,
    examples: {
      positives: (g) => [
        `  { "ts": "1726131300.000300", "user": "U01NOC", "text": "thx. the community for the new PE is ${g.s(`${g.upper(1)}${g.lower(1)}${g.digits(1)}_${g.upper(2)}${g.lower(1)}${g.digits(1)}${g.lower(3)}${g.upper(2)}${g.lower(1)}`)} btw, LibreNMS can't poll it" },`,
        `- SNMP-Community für das neue CMTS habe ich noch nicht in LibreNMS eingetragen, sie lautet ${g.s(`${g.lower(1)}${g.upper(1)}${g.lower(4)}${g.upper(1)}${g.lower(1)}${g.upper(1)}${g.lower(1)}${g.upper(1)}${g.lower(1)}`)}`,
        `On 2024-02-19 an external scan showed UDP/161 open. The RW community configured by the provisioning template (\`${g.s(`${g.lower(8)}${g.upper(2)}${g.digits(2)}#`)}\`) was the same on all of them.`,
      ],
      negatives: (g) => [
        'The SNMP community is public on the lab switches.',
        'The community string is configured in LibreNMS, not here.',
        `The community edition is v${g.digits(1)}.${g.digits(1)}.${g.digits(1)}-beta.`,
        'Join the community at https://forum.example.org/c/help.',
        `Our community server is ${g.lower(4)}-${g.digits(2)}.example.org.`,
        'Which community do the new PEs use?',
        `The community (see vault entry net/snmp/ro) was rotated.`,
        `Community: ${g.lower(6)}`,
      ],
    },
  },
];
