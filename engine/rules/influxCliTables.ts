// InfluxDB 2's CLI prints tokens in its tables: `influx auth list`, `influx auth create` and `influx setup` answer with
// a row per authorization whose Token column holds the token itself (86 base64url characters and `==`). Pasted
// into notes with the command above it (rw-dev20), the row is a credential no name announces.
import type { MatchContext, Rule } from '../types';
import { looksRandom } from '../validators/valueStats';

/** The table's header: the columns `influx auth` prints, Token among them. */
const TOKEN_HEADER = /(?:^|\n)ID[ \t]{2,40}[A-Z][^\n]{0,120}\bToken\b/;

function influxTableToken(secret: string, ctx: MatchContext): boolean {
  // The header and the command are at most a few rows above the token.
  const before = ctx.text.slice(Math.max(0, ctx.start - 1500), ctx.start);
  return /\binflux[ \t]{1,4}(?:auth[ \t]{1,4}(?:list|ls|find|create)|setup)\b/.test(before) && TOKEN_HEADER.test(before) && looksRandom(secret.slice(0, 86));
}

export const influxCliTableRules: Rule[] = [
  {
    id: 'influxdb-cli-table-token',
    provider: 'InfluxDB',
    family: 'database',
    priority: 'context',
    description: 'InfluxDB token in the table `influx auth list` / `influx auth create` / `influx setup` prints (Token column)',
    keywords: ['influx auth', 'influx setup'],
    keywordWindow: { before: 0, after: 1500 },
    pattern: /(?<![A-Za-z0-9_=-])(?<secret>[A-Za-z0-9_-]{86}==)(?![A-Za-z0-9_=-])/,
    validate: influxTableToken,
    envName: 'INFLUX_TOKEN',
    severity: 'error',
    docsUrl: 'https://docs.influxdata.com/influxdb/v2/reference/cli/influx/auth/list/',
    revocationUrl: null,
    revocationNote: 'Delete the authorization (influx auth delete --id ID) and create a new one; share CLI output with the Token column cut.',
    examples: {
      positives: (g) => [
        `$ influx auth list --user grid-admin\nID                      Description             Token                                   User Name   Permissions\n${g.hex(16)}        grid-admin's Token      ${g.s(`${g.base64url(86)}==`)}     grid-admin  [read:/authorizations]\n`,
        `$ influx auth create --org ops --read-bucket ${g.hex(16)} --description grafana-ro\nID                      Description  Token                    Permissions\n${g.hex(16)}        grafana-ro   ${g.s(`${g.base64url(86)}==`)}  [read:orgs/${g.hex(16)}/buckets/...]\n`,
      ],
      negatives: (g) => [
        // Without the command and its header, a 64-byte base64 value is any digest.
        `integrity ${g.base64url(86)}==\n`,
        `$ influx auth list\nID                      Description             Token                                   User Name\n${g.hex(16)}        grafana-ro              ${'A'.repeat(86)}==    grafana\n`,
        `$ influx bucket list\nID                      Name            Retention\n${g.hex(16)}        sensors         720h0m0s\nchecksum ${g.base64url(86)}==\n`,
      ],
    },
  },
];
