// API keys passed by position to an API client: `Client("https://crm.example.com/api", "v")`,
// `NewClient(baseURL, "v", timeout)`, `new ShippingClient(BASE_URL, ACCOUNT, "v")`, `new Acme_Client('https://…', 'v')`.
// No name says what the literal is; the call does: a type named for an API client, built with its endpoint first
// (a URL literal or a name that says URL, endpoint or host), and then an opaque literal — the client's key.
import { fileKind } from '../../validators/fileKind';
import { isLiteralToken } from '../../validators/literalArgument';
import { looksRandom } from '../../validators/valueStats';
import { isUnsignedOrAnonJwt } from '../../validators/tokenStructure';
import type { MatchContext, Rule } from '../../types';

/** An identifier that holds an endpoint (`defaultBaseURL`, `API_ENDPOINT`, `self.host`). */
const ENDPOINT_NAME = /(?:url|uri|endpoint|host|base|server|address|domain)\w{0,20}$/i;
/** Digests given beside a URL are checksums of what it serves (`download(url, sha256)`), never keys. */
const DIGEST_WORDS = /\b(?:sha\d{0,3}|hash|checksum|digest|integrity|md5|etag)\b/i;

function validateClientArgument(value: string, ctx: MatchContext): boolean {
  const kind = fileKind(ctx.path);
  if (kind === 'lockfile' || kind === 'minified' || kind === 'example') return false;
  const call = ctx.text.slice(Math.max(0, ctx.start - 400), ctx.start);
  const open = call.lastIndexOf('(');
  if (open < 0) return false;
  const first = /^[ \t]{0,2}(?:["'](https?:\/\/[^"'\s]+)["']|([A-Za-z_][\w.]*))/.exec(call.slice(open + 1));
  if (!first || (first[2] !== undefined && !ENDPOINT_NAME.test(first[2]))) return false;
  // A URL of a file (`…/x.tar.gz`) is a download; the literal beside it is its checksum.
  if (first[1] !== undefined && /\.(?:t?gz|tar|zip|jar|whl|bz2|xz|deb|rpm|exe|msi|dmg|bin|iso|img)$/i.test(first[1])) return false;
  if (DIGEST_WORDS.test(call.slice(open - 80 < 0 ? 0 : open - 80))) return false;
  if (!isLiteralToken(value, 16) || isUnsignedOrAnonJwt(value)) return false;
  // It must read as random (`ProductionReportsClient`, `acme-reporting-client-v2` are names, not keys); hex and UUIDs do.
  return looksRandom(value) || /^[0-9a-f-]+$/.test(value);
}

export const clientArgumentRule: Rule = {
  id: 'api-client-key-argument',
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  description: 'Hard-coded API key passed by position to an API client built with its endpoint',
  keywords: ['client(', 'api(', 'sdk(', 'connector('],
  keywordWindow: { before: 80, after: 400 },
  pattern:
    /(?<![\w$])(?:[A-Za-z_]\w{0,60}(?:\.|::|->))?(?:[A-Za-z_]\w{0,60})?(?:Client|Api|API|Sdk|SDK|Connector)[ \t]{0,2}\([ \t]{0,2}(?:["']https?:\/\/[^"'\s]{3,200}["']|[A-Za-z_][\w.]{0,60})[ \t]{0,2},[ \t]{0,2}(?:[A-Za-z_][\w.]{0,60}[ \t]{0,2},[ \t]{0,2}){0,2}["'](?<secret>[A-Za-z0-9+/=_.-]{16,200})["']/,
  validate: validateClientArgument,
  envName: 'API_KEY',
  severity: 'warning',
  docsUrl: 'https://owasp.org/Top10/A07_2021-Identification_and_Authentication_Failures/',
  revocationUrl: null,
  revocationNote: 'A generic API key: revoke it with the service it belongs to and read it from the environment or a secret store.',
  examples: {
    positives: (g) => [
      `client = Client("https://crm.example.com/api", "${g.s(g.alnum(40))}")`,
      `\treturn NewClient(defaultBaseURL, "${g.s(g.uuid())}", 10*time.Second)`,
      `        var client = new ShippingClient(BASE_URL, ACCOUNT_ID, "${g.s(g.base64(32))}");`,
      `$c = new Acme_Client('https://sync.acme.dev', '${g.s(g.hex(32))}');`,
    ],
    negatives: (g) => [
      'client = Client("https://crm.example.com/api", os.environ["CRM_KEY"])',
      'client = Client("https://crm.example.com/api", "acme-reporting-client-v2")',
      `dl = DownloadClient("https://cdn.example.com/x.tgz", "sha256", "${g.hex(64)}")`,
      `client = ApiClient(timeout, "${g.alnum(32)}")`,
      'client = HttpClient("https://api.example.com", "ProductionReportsClientName")',
      'client = Client("https://api.example.com", "YOUR_API_KEY_HERE_PLEASE")',
    ],
  },
};
