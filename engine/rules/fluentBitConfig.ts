// Fluent Bit's classic configuration (`fluent-bit.conf`): `[OUTPUT]` blocks of `Key   Value` lines aligned with blanks,
// no `=` or `:`. An output plugin's credential sits there under its own key: Datadog's `apikey`, `HTTP_Passwd` (es,
// http, loki, opensearch), `Splunk_Token`, `Cloud_Auth user:password` (Elastic Cloud), `Shared_Key` (Azure),
// `license_key` (New Relic). The generic rule reads blank-separated pairs only where a key leads a config line of
// known syntax; this format has none of its markers (rw-dev).
import { lineStartNear } from '../detect/lineStartNear';
import { fileKind } from '../validators/fileKind';
import { passwordVerdict, tokenVerdict } from '../validators/secretValue';
import type { MatchContext, Rule } from '../types';

/** Output plugins' credential keys (Fluent Bit matches keys case-insensitively). */
const KEYS = ['apikey', 'api_key', 'http_passwd', 'http_token', 'bearer_token', 'splunk_token', 'cloud_auth', 'shared_key', 'license_key', 'licensekey', 'client_secret'];

/**
 * The key's block is a plugin's: walking up from its line over `Key Value` lines, comments and blank lines (at most 60
 * lines), the first section header is `[OUTPUT]`, `[INPUT]` or `[FILTER]` (`[PARSER]` and `[SERVICE]` hold no credentials).
 */
function inPluginBlock(text: string, at: number): boolean {
  let end = lineStartNear(text, at, at - 400);
  for (let n = 0; n < 60 && end > 0; n++) {
    const start = lineStartNear(text, end - 1, end - 400);
    const line = text.slice(start, end - 1).replace(/\r$/, '');
    if (/^[ \t]*\[(?:OUTPUT|INPUT|FILTER)\][ \t]*$/i.test(line)) return true;
    if (!/^[ \t]*(?:#.*|[\w.-]{1,60}[ \t]+\S.*)?$/.test(line)) return false;
    end = start;
  }
  return false;
}

function validate(value: string, ctx: MatchContext): boolean {
  const kind = fileKind(ctx.path);
  if (kind === 'lockfile' || kind === 'minified' || kind === 'example') return false;
  if (!inPluginBlock(ctx.text, ctx.start)) return false;
  const key = (ctx.keyName ?? '').toLowerCase();
  // Only `Cloud_Auth` holds `user:password`; another key's value with a colon was cut by the pattern's user part.
  if (key !== 'cloud_auth' && ctx.text.charAt(ctx.start - 1) === ':') return false;
  if (key === 'http_passwd' || key === 'cloud_auth') return passwordVerdict(value, 'password', { strict: kind === 'test', quote: '"' }) === undefined;
  return tokenVerdict(value, key, key === 'client_secret' ? 'secret' : 'key', { strict: kind === 'test', config: true }) === undefined;
}

export const fluentBitConfigRules: Rule[] = [
  {
    id: 'fluent-bit-output-credential',
    provider: 'Fluent Bit',
    family: 'observability',
    priority: 'context',
    description: 'Credential of a Fluent Bit output plugin in its classic config (`apikey`, `HTTP_Passwd`, `Splunk_Token`, `Cloud_Auth` in an `[OUTPUT]` block)',
    keywords: KEYS,
    contextKeywords: ['[output]', '[input]', '[filter]'],
    keywordWindow: { before: 20, after: 260 },
    // The key leads its line; `Cloud_Auth user:password` keeps the password after the user.
    pattern:
      /(?<=^|\n)[ \t]{1,16}(?<key>[Aa][Pp][Ii]_?[Kk][Ee][Yy]|[Hh][Tt][Tt][Pp]_(?:[Pp][Aa][Ss][Ss][Ww][Dd]|[Tt][Oo][Kk][Ee][Nn])|[Bb][Ee][Aa][Rr][Ee][Rr]_[Tt][Oo][Kk][Ee][Nn]|[Ss][Pp][Ll][Uu][Nn][Kk]_[Tt][Oo][Kk][Ee][Nn]|[Cc][Ll][Oo][Uu][Dd]_[Aa][Uu][Tt][Hh]|[Ss][Hh][Aa][Rr][Ee][Dd]_[Kk][Ee][Yy]|[Ll][Ii][Cc][Ee][Nn][Ss][Ee]_?[Kk][Ee][Yy]|[Cc][Ll][Ii][Ee][Nn][Tt]_[Ss][Ee][Cc][Rr][Ee][Tt])[ \t]{1,40}(?:[^\s:]{1,64}:(?=[^\s]{4}))?(?<secret>[^\s]{4,200})[ \t]*(?=\r?\n|$)/,
    validate,
    envName: 'FLUENT_BIT_OUTPUT_KEY',
    severity: 'warning',
    docsUrl: 'https://docs.fluentbit.io/manual/pipeline/outputs',
    revocationUrl: null,
    revocationNote: "Revoke the key or change the password at the output's service (Datadog, Elastic, Splunk, …), then reference it from the environment (`${DD_API_KEY}`) in the config.",
    examples: {
      positives: (g) => [
        `[OUTPUT]\n    Name        datadog\n    Match       *\n    Host        http-intake.logs.datadoghq.eu\n    TLS         on\n    apikey      ${g.s(g.hex(32))}\n    dd_service  api\n`,
        `[SERVICE]\n    Flush 1\n\n[OUTPUT]\n    Name            es\n    Match           kube.*\n    Host            es.internal\n    HTTP_User       fluent\n    HTTP_Passwd     ${g.s(`${g.pick(['Harbor', 'Falcon', 'Copper'])}${g.digits(3)}!${g.lower(3)}`)}\n`,
        `[OUTPUT]\n    Name        es\n    Cloud_ID    logs:${g.base64(40)}\n    Cloud_Auth  elastic:${g.s(g.alnum(20))}\n`,
      ],
      negatives: (g) => [
        `[OUTPUT]\n    Name        datadog\n    apikey      \${DD_API_KEY}\n`,
        `[OUTPUT]\n    Name        es\n    HTTP_Passwd changeme\n`,
        `# apikey      ${g.hex(32)}\n`,
        `[PARSER]\n    Name   json\n    apikey ${g.hex(32)}\n`,
      ],
    },
  },
];
