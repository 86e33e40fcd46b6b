// nginx checking a client's credential itself, without an auth module: a `map $http_x_api_key $client { "KEY" name; }`
// block whose keys are the accepted API keys, and `if ($http_authorization != "Bearer KEY")` guarding a location.
// The variable says the value is a credential: a request header, query argument or cookie named for a key or token.
import { isLiteralToken } from '../validators/literalArgument';
import type { MatchContext, Rule } from '../types';

/** A request header, argument or cookie variable named for a credential (`$http_x_api_key`, `$arg_token`). */
const CREDENTIAL_VARIABLE = /^\$(?:http|arg|cookie)_(?:\w{0,40}_)?(?:api_?key|apikey|key|token|auth|authorization|secret|access_key|password)(?:_\w{0,20})?$/i;

/** A map block's header, up to its opening brace. */
const MAP_HEADER = /map[ \t]{1,8}(\$\w{1,80})[ \t]{1,8}\$\w{1,80}[ \t]{0,8}\{/g;

/** Whether the value opens and closes with the same quote, or with none. */
function quotedAlike(ctx: MatchContext): boolean {
  const before = ctx.text.charAt(ctx.start - 1);
  const after = ctx.text.charAt(ctx.end);
  return /["']/.test(before) ? after === before : !/["']/.test(after);
}

/** The map block the value is a key of: its header within 4,000 characters before, no closing brace between. */
function inCredentialMap(ctx: MatchContext): boolean {
  const from = Math.max(0, ctx.start - 4000);
  const before = ctx.text.slice(from, ctx.start);
  let variable: string | undefined;
  let bodyAt = -1;
  MAP_HEADER.lastIndex = 0;
  for (let m = MAP_HEADER.exec(before); m; m = MAP_HEADER.exec(before)) {
    variable = m[1];
    bodyAt = m.index + m[0].length;
  }
  return variable !== undefined && !before.slice(bodyAt).includes('}') && CREDENTIAL_VARIABLE.test(variable);
}

const base = {
  provider: 'Web server',
  family: 'generic',
  priority: 'generic',
  skipPlaceholderCheck: false,
  envName: 'API_KEY',
  severity: 'error',
  docsUrl: 'https://nginx.org/en/docs/http/ngx_http_map_module.html',
  revocationUrl: null,
  revocationNote: 'Issue the client a new key and remove this one from the configuration; keep accepted keys in a file outside the repository (include) or use an auth module.',
} as const;

export const nginxCredentialCheckRules: Rule[] = [
  {
    ...base,
    id: 'nginx-map-credential-key',
    description: 'API key accepted by nginx as a key of a map over a credential header, argument or cookie (map $http_x_api_key $client { "KEY" name; })',
    keywords: ['map $http_', 'map $arg_', 'map $cookie_'],
    keywordWindow: { before: 0, after: 4000 },
    pattern: /^[ \t]{1,16}["']?(?<secret>[^\s"';#{}~\\]{12,256})["']?[ \t]{1,16}[^\s;{}]{1,200}[ \t]{0,8};/m,
    validate: (secret, ctx) => quotedAlike(ctx) && isLiteralToken(secret, 16) && inCredentialMap(ctx),
    examples: {
      positives: (g) => [
        `map $http_x_api_key $api_partner {\n    default "";\n    "${g.s(g.hex(48))}" "reisebuero-nord";\n    "${g.s(g.hex(48))}" "hotelportal";\n}\n`,
        `map $arg_token $allowed {\n    default 0;\n    ${g.s(g.alnum(32))} 1;\n}\n`,
      ],
      negatives: (g) => [
        `map $http_user_agent $bot {\n    default 0;\n    "${g.alnum(24)}" 1;\n}\n`,
        `map $http_x_api_key $api_partner {\n    default "";\n    hostnames;\n    "<new-key>" "partner-x";\n}\n`,
        `map $http_x_api_key $api_partner {\n    default "";\n}\nserver {\n    listen 443;\n    set $x ${g.alnum(24)};\n}\n`,
      ],
    },
  },
  {
    ...base,
    id: 'nginx-if-credential-compare',
    description: 'Token compared by an nginx if against a credential header, argument or cookie (if ($http_authorization != "Bearer KEY"))',
    keywords: ['$http_', '$arg_', '$cookie_'],
    keywordWindow: { before: 8, after: 300 },
    pattern: /\bif[ \t]{0,8}\([ \t]{0,8}(?<key>\$(?:http|arg|cookie)_\w{1,80})[ \t]{1,8}!?=[ \t]{1,8}["']?(?:Bearer|Token|Basic)[ \t]{1,4}(?<secret>[^\s"')]{12,512})["']?[ \t]{0,8}\)/i,
    // Only with a scheme (nginx-header-comparison reads bare values, and keeps request ids quiet); no quote check: the
    // scheme stands between the opening quote and the value, and the pattern ends it at a quote or `)`.
    validate: (secret, ctx) => CREDENTIAL_VARIABLE.test(ctx.keyName ?? '') && !secret.startsWith('$') && isLiteralToken(secret, 16),
    examples: {
      positives: (g) => [
        `location /api/ {\n    if ($http_authorization != "Bearer ${g.s(g.alnum(32))}") {\n        return 401;\n    }\n}\n`,
        `if ($http_authorization != "Token ${g.s(g.hex(48))}") { return 403; }`,
      ],
      negatives: (g) => [
        'if ($http_authorization = "") { return 401; }',
        'if ($http_authorization != "Bearer $expected_token") { return 401; }',
        `if ($http_user_agent ~* "${g.alnum(20)}") { return 403; }`,
        `if ($http_x_forwarded_proto != "https") { return 301 https://$host$request_uri; }`,
      ],
    },
  },
];
