// fastlane match clones its certificates repository with `git_basic_authorization`: base64 of `user:token` (a
// personal access token), or `git_bearer_authorization` with the token itself, written into a Fastfile or Matchfile
// as `git_basic_authorization("…")` or `git_basic_authorization: "…"`.
import { isLiteralToken } from '../validators/literalArgument';
import type { MatchContext, Rule } from '../types';
import { isBasicCredential } from './tokenFormats';

function validate(secret: string, ctx: MatchContext): boolean {
  return /basic/i.test(ctx.keyName ?? '') ? isBasicCredential(secret) : isLiteralToken(secret, 20);
}

export const fastlaneMatchAuthorizationRules: Rule[] = [
  {
    id: 'fastlane-match-git-authorization',
    provider: 'fastlane',
    family: 'generic',
    priority: 'context',
    description: 'Credential fastlane match clones its certificates repository with (git_basic_authorization: base64 user:token, git_bearer_authorization)',
    keywords: ['git_basic_authorization', 'git_bearer_authorization'],
    keywordWindow: { before: 0, after: 700 },
    pattern: /(?<key>git_(?:basic|bearer)_authorization)[ \t]{0,4}(?:\([ \t]{0,4}|:[ \t]{0,4}|=[ \t]{0,4})["'](?<secret>[A-Za-z0-9+/_.-]{16,600}={0,2})["']/,
    validate,
    envName: 'MATCH_GIT_BASIC_AUTHORIZATION',
    severity: 'error',
    docsUrl: 'https://docs.fastlane.tools/actions/match/',
    revocationUrl: null,
    revocationNote: 'Revoke the personal access token it holds at the git host; pass it in MATCH_GIT_BASIC_AUTHORIZATION from the CI secrets.',
    examples: {
      positives: (g) => [
        `  match(type: "appstore", readonly: true, git_basic_authorization: "${g.s(btoa(`${g.lower(6)}:${g.alnum(40)}`))}")`,
        `git_url("https://github.com/acme/certs")\ngit_basic_authorization("${g.s(btoa(`ci-bot:${g.alnum(36)}`))}")\n`,
        `git_bearer_authorization("${g.s(g.alnum(40))}")`,
      ],
      negatives: () => ['git_basic_authorization(ENV["MATCH_GIT_BASIC_AUTHORIZATION"])', `git_basic_authorization: ENV.fetch("MATCH_AUTH")`, `git_basic_authorization("${btoa('user:')}")`],
    },
  },
];
